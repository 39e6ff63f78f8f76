//! (being written)

use super::Evidence;
use crate::diagnosis::Diagnosis;

pub(super) fn apply(_d: &mut Diagnosis, _ev: &Evidence<'_>) {}
