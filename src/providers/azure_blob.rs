//! Azure Blob Storage (being written).

use crate::context::RequestContext;
use crate::input::xml::XmlDoc;
use crate::input::Response;

use super::Parsed;

/// An Azure Storage XML error.
pub fn from_xml(
    _resp: &Response<'_>,
    _ctx: Option<&RequestContext>,
    _doc: &XmlDoc,
) -> Option<Parsed> {
    None
}

/// An Azure error carried only by headers (`x-ms-error-code`), or an empty-body answer the
/// request context explains.
pub fn from_headers(_resp: &Response<'_>, _ctx: Option<&RequestContext>) -> Option<Parsed> {
    None
}
