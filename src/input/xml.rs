//! XML error bodies (S3, GCS XML API, Azure) read with quick-xml into a flat, ordered list of
//! leaf elements. Nothing is lost: every leaf is kept under its path relative to the root
//! (`Code`, `Details.Reason`, repeated leaves as `Part[1]`).
//!
//! Safe on hostile input: entities other than the five predefined ones and character references
//! are kept literally (never expanded, never fetched), nesting deeper than [`MAX_DEPTH`] is
//! skipped, at most [`MAX_FIELDS`] leaves are kept, and a truncated document yields what was read
//! before the cut.

use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::Event;
use quick_xml::Reader;

/// Deepest element whose text is kept.
pub const MAX_DEPTH: usize = 32;
/// Most leaves kept.
pub const MAX_FIELDS: usize = 512;

/// A parsed XML document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct XmlDoc {
    /// The local name of the root element (`Error`).
    pub root: String,
    /// Leaves in document order: (path relative to the root, unescaped trimmed text).
    pub fields: Vec<(String, String)>,
    /// The document ended early or was malformed; `fields` holds what came before.
    pub truncated: bool,
}

impl XmlDoc {
    /// The text of the first leaf at `path`.
    pub fn get(&self, path: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(k, _)| k == path)
            .map(|(_, v)| v.as_str())
    }
}

fn local(name: &str) -> String {
    name.rsplit(':').next().unwrap_or(name).to_string()
}

/// Parses an XML body. `None` when no element was found at all.
pub fn parse(body: &str) -> Option<XmlDoc> {
    let mut reader = Reader::from_str(body);
    reader.config_mut().check_end_names = false;
    reader.config_mut().allow_unmatched_ends = true;

    let mut doc = XmlDoc::default();
    // Element names from the root down, and whether each has child elements.
    let mut stack: Vec<(String, bool)> = Vec::new();
    let mut text = String::new();
    let mut seen_root = false;

    loop {
        let event = match reader.read_event() {
            Ok(e) => e,
            Err(_) => {
                doc.truncated = true;
                break;
            }
        };
        match event {
            Event::Start(e) => {
                let name = local(e.local_name().as_ref());
                if let Some(parent) = stack.last_mut() {
                    parent.1 = true;
                }
                if !seen_root {
                    doc.root = name.clone();
                    seen_root = true;
                }
                stack.push((name, false));
                text.clear();
            }
            Event::Empty(e) => {
                let name = local(e.local_name().as_ref());
                if !seen_root {
                    doc.root = name;
                    seen_root = true;
                    continue;
                }
                if let Some(parent) = stack.last_mut() {
                    parent.1 = true;
                }
                if stack.len() < MAX_DEPTH {
                    let mut path = path_of(&stack);
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(&name);
                    push(&mut doc, path, String::new());
                }
            }
            Event::Text(t) if stack.len() <= MAX_DEPTH => text.push_str(&t.xml10_content()),
            Event::CData(t) if stack.len() <= MAX_DEPTH => text.push_str(&t.into_inner()),
            Event::GeneralRef(r) if stack.len() <= MAX_DEPTH => match r.resolve_char_ref() {
                Ok(Some(c)) => text.push(c),
                _ => {
                    let name = r.into_inner();
                    match resolve_predefined_entity(&name) {
                        Some(s) => text.push_str(s),
                        None => {
                            // Never expand user-defined entities.
                            text.push('&');
                            text.push_str(&name);
                            text.push(';');
                        }
                    }
                }
            },
            Event::End(_) => {
                let Some((_, has_children)) = stack.last().cloned() else {
                    continue;
                };
                if !has_children && stack.len() > 1 && stack.len() <= MAX_DEPTH {
                    let path = path_of(&stack);
                    let value = text.trim().to_string();
                    push(&mut doc, path, value);
                }
                stack.pop();
                text.clear();
            }
            Event::Eof => {
                if !stack.is_empty() {
                    doc.truncated = true;
                    // Keep the text of a leaf cut off mid-way (a truncated <Message>).
                    if let Some((_, false)) = stack.last() {
                        if stack.len() > 1 && !text.trim().is_empty() {
                            let path = path_of(&stack);
                            let value = text.trim().to_string();
                            push(&mut doc, path, value);
                        }
                    }
                }
                break;
            }
            _ => {}
        }
        if doc.fields.len() >= MAX_FIELDS {
            doc.truncated = true;
            break;
        }
    }
    seen_root.then_some(doc)
}

fn path_of(stack: &[(String, bool)]) -> String {
    let mut path = String::new();
    for (name, _) in stack.iter().skip(1) {
        if !path.is_empty() {
            path.push('.');
        }
        path.push_str(name);
    }
    path
}

fn push(doc: &mut XmlDoc, path: String, value: String) {
    if doc.fields.iter().any(|(k, _)| *k == path) {
        let n = doc
            .fields
            .iter()
            .filter(|(k, _)| k == &path || k.starts_with(&format!("{path}[")))
            .count();
        doc.fields.push((format!("{path}[{n}]"), value));
    } else {
        doc.fields.push((path, value));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn s3_error_with_entities() {
        let d = parse("\u{feff}<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>\n  <Code>AccessDenied</Code>\n  <Message>Don&apos;t &#39;x&#39; &amp; y</Message><ETag/></Error>").unwrap();
        assert_eq!(d.root, "Error");
        assert_eq!(d.get("Code"), Some("AccessDenied"));
        assert_eq!(d.get("Message"), Some("Don't 'x' & y"));
        assert_eq!(d.get("ETag"), Some(""));
        assert!(!d.truncated);
    }

    #[test]
    fn nested_repeated_and_truncated() {
        let d = parse("<Error><Code>InvalidPart</Code><Part><N>1</N></Part><Part><N>2</N></Part><Message>cut he").unwrap();
        assert_eq!(d.get("Part.N"), Some("1"));
        assert_eq!(d.get("Part.N[1]"), Some("2"));
        assert_eq!(d.get("Message"), Some("cut he"));
        assert!(d.truncated);
    }

    #[test]
    fn entities_are_never_expanded() {
        let d = parse("<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;\">]><Error><Code>&lol2;</Code></Error>").unwrap();
        assert_eq!(d.get("Code"), Some("&lol2;"));
    }

    #[test]
    fn deep_nesting_is_bounded() {
        let body = "<a>".repeat(10_000) + "x" + &"</a>".repeat(10_000);
        let d = parse(&body).unwrap();
        assert!(d.fields.is_empty());
    }
}
