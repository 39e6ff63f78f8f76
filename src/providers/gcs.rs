//! Google Cloud Storage (being written).

use crate::context::RequestContext;
use crate::input::loose::Value;
use crate::input::xml::XmlDoc;
use crate::input::Response;

use super::Parsed;

/// A GCS XML API error.
pub fn from_xml(
    _resp: &Response<'_>,
    _ctx: Option<&RequestContext>,
    _doc: &XmlDoc,
) -> Option<Parsed> {
    None
}

/// A GCS JSON API error.
pub fn from_json(
    _resp: &Response<'_>,
    _ctx: Option<&RequestContext>,
    _v: &Value,
) -> Option<Parsed> {
    None
}
