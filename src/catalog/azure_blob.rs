//! Catalogue table (being written).

#[allow(unused_imports)]
use super::{cause, fix, CodeEntry, FixSpec};
#[allow(unused_imports)]
use crate::ids::CauseId::*;

/// Every code of this provider.
pub static TABLE: &[CodeEntry] = &[];
