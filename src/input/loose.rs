//! A forgiving reader for JSON and the JSON-like dumps people paste: JavaScript object literals
//! (unquoted keys, single quotes, trailing commas, `undefined`), Python reprs (`None`, `True`,
//! `b'...'` bytes literals, `\xNN` escapes), Ruby hashes (`=>`, `:symbol` keys).
//!
//! Why not serde_json: it reads strict JSON only, and a decoder for pasted errors must read all
//! of the above with the same code path. This reader is linear in the input, bounded in depth
//! ([`MAX_DEPTH`]) and never panics; strict JSON reads exactly as serde_json would read it into
//! strings, numbers (kept as their source text), booleans, null, arrays and objects.

use crate::search::SearchExt;

/// Deepest nesting read; deeper input is not a value.
pub const MAX_DEPTH: usize = 64;

/// A parsed value. Numbers keep their source text; object members keep their order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// `null`, `None`, `nil`, `undefined`.
    Null,
    /// `true`/`false`/`True`/`False`.
    Bool(bool),
    /// A number as written.
    Num(String),
    /// A string, unescaped.
    Str(String),
    /// An array / list.
    Arr(Vec<Value>),
    /// An object / dict / hash, in source order.
    Obj(Vec<(String, Value)>),
}

impl Value {
    /// Member `key` of an object.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Obj(m) => m.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// A scalar as text: strings as they are, numbers and booleans as written.
    pub fn as_text(&self) -> Option<&str> {
        match self {
            Value::Str(s) | Value::Num(s) => Some(s),
            Value::Bool(true) => Some("true"),
            Value::Bool(false) => Some("false"),
            _ => None,
        }
    }

    /// Member `key` as text.
    pub fn text(&self, key: &str) -> Option<&str> {
        self.get(key).and_then(Value::as_text)
    }

    /// Member `key` as an HTTP status (a number or a numeric string such as `"403"`).
    pub fn status(&self, key: &str) -> Option<u16> {
        let s = self.text(key)?.trim();
        let n: u16 = s.parse().ok()?;
        (100..=999).contains(&n).then_some(n)
    }

    /// Whether this is an object.
    pub fn is_obj(&self) -> bool {
        matches!(self, Value::Obj(_))
    }

    /// Flattens into `(path, text)` leaves: `a.b`, `list[0].c`. At most `max` leaves.
    pub fn flatten(&self, max: usize) -> Vec<(String, String)> {
        let mut out = Vec::new();
        flatten_into(self, String::new(), &mut out, max);
        out
    }
}

fn flatten_into(v: &Value, path: String, out: &mut Vec<(String, String)>, max: usize) {
    if out.len() >= max {
        return;
    }
    match v {
        Value::Obj(m) => {
            for (k, v) in m {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                flatten_into(v, p, out, max);
            }
        }
        Value::Arr(a) => {
            for (i, v) in a.iter().enumerate() {
                flatten_into(v, format!("{path}[{i}]"), out, max);
            }
        }
        Value::Null => out.push((path, "null".into())),
        other => out.push((path, other.as_text().unwrap_or("").to_string())),
    }
}

/// Parses the value at the start of `s` (after white space). Returns it and the byte offset just
/// past it, or `None` when no complete value starts there.
pub fn parse_prefix(s: &str) -> Option<(Value, usize)> {
    let mut p = Parser {
        s: s.as_bytes(),
        src: s,
        i: 0,
    };
    p.ws();
    let v = p.value(0)?;
    Some((v, p.i))
}

/// Parses `s` as one value with nothing but white space (or `;`) after it.
pub fn parse(s: &str) -> Option<Value> {
    let (v, end) = parse_prefix(s)?;
    let rest = s
        .get(end..)?
        .trim_matches(|c: char| c.is_whitespace() || c == ';');
    rest.is_empty().then_some(v)
}

/// Reads `name: value` lines (a devtools "Preview" copied as text, YAML-ish log output) as an
/// object. Every non-empty line must be such a pair, and there must be at least two.
pub fn parse_lines(s: &str) -> Option<Value> {
    let mut members = Vec::new();
    for line in s.lines().take(256) {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let (k, v) = line.split_once(':')?;
        let k = k.trim().trim_matches(['"', '\'']);
        if k.is_empty()
            || !k
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        {
            return None;
        }
        let v = v.trim().trim_end_matches(',');
        let value = parse(v)
            .filter(|v| !matches!(v, Value::Obj(_) | Value::Arr(_)))
            .unwrap_or_else(|| Value::Str(v.to_string()));
        members.push((k.to_string(), value));
    }
    (members.len() >= 2).then_some(Value::Obj(members))
}

/// Reads the innermost `Name(key: value, key: value)` (Dart, Kotlin and Swift exception
/// descriptions) as an object. Values are unquoted and run to the next `, key:`.
pub fn parse_named_args(s: &str) -> Option<Value> {
    // Every `(` directly followed by `identifier:`; the first that reads as two or more pairs.
    s.match_indices('(')
        .filter(|(i, _)| starts_with_key(&s[i + 1..]).is_some())
        .take(64)
        .find_map(|(i, _)| named_args_at(&s[i + 1..]))
}

fn named_args_at(inner: &str) -> Option<Value> {
    let close = inner.find(')').unwrap_or(inner.len());
    let inner = &inner[..close];
    // Split at `, key:` boundaries.
    let mut members = Vec::new();
    let mut rest = inner;
    while let Some(klen) = starts_with_key(rest) {
        let key = rest[..klen].trim();
        let after = rest[klen + 1..].trim_start();
        let mut end = after.len();
        let mut from = 0;
        while let Some(j) = after[from..].index_of(", ") {
            let at = from + j;
            if starts_with_key(&after[at + 2..]).is_some() {
                end = at;
                break;
            }
            from = at + 2;
        }
        let raw = after[..end].trim();
        let value = parse(raw)
            .filter(|v| !matches!(v, Value::Obj(_) | Value::Arr(_)))
            .unwrap_or_else(|| Value::Str(raw.to_string()));
        members.push((key.to_string(), value));
        rest = after.get(end + 2..).unwrap_or("");
        if end == after.len() {
            break;
        }
    }
    (members.len() >= 2).then_some(Value::Obj(members))
}

/// The length of a leading `identifier` when it is followed by `:`.
fn starts_with_key(s: &str) -> Option<usize> {
    let n = s
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'_')
        .count();
    (n > 0 && s.as_bytes().get(n) == Some(&b':') && s.as_bytes().get(n + 1) != Some(&b'/'))
        .then_some(n)
}

struct Parser<'a> {
    s: &'a [u8],
    src: &'a str,
    i: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn ws(&mut self) {
        while let Some(c) = self.peek() {
            if c.is_ascii_whitespace() {
                self.i += 1;
            } else if c == b'/' && self.s.get(self.i + 1) == Some(&b'/') {
                while let Some(c) = self.peek() {
                    if c == b'\n' {
                        break;
                    }
                    self.i += 1;
                }
            } else {
                break;
            }
        }
    }

    fn value(&mut self, depth: usize) -> Option<Value> {
        if depth > MAX_DEPTH {
            return None;
        }
        match self.peek()? {
            b'{' => self.object(depth),
            b'[' => self.array(depth),
            b'"' | b'\'' => self.string().map(Value::Str),
            b'b' if matches!(self.s.get(self.i + 1), Some(b'\'' | b'"')) => {
                self.i += 1;
                self.string().map(Value::Str)
            }
            b'-' | b'+' | b'0'..=b'9' => self.number(),
            b':' => {
                // Ruby symbol as a value.
                self.i += 1;
                Some(Value::Str(self.ident()?))
            }
            _ => {
                let start = self.i;
                let word = self.ident();
                let after_word = self.peek();
                match word.as_deref() {
                    Some("null" | "None" | "nil" | "undefined") => return Some(Value::Null),
                    Some("true" | "True") => return Some(Value::Bool(true)),
                    Some("false" | "False") => return Some(Value::Bool(false)),
                    _ => {}
                }
                if depth == 0 {
                    return None;
                }
                // Inside a container, an unquoted value (`'error': Duplicate`, as some loggers
                // print them) runs to the next separator on its line.
                let _ = after_word;
                self.i = start;
                self.bare()
            }
        }
    }

    fn bare(&mut self) -> Option<Value> {
        let start = self.i;
        while let Some(c) = self.peek() {
            if matches!(c, b',' | b'}' | b']' | b'\n' | b'\r') {
                break;
            }
            self.i += 1;
        }
        let text = self.src.get(start..self.i)?.trim();
        (!text.is_empty()).then(|| Value::Str(text.to_string()))
    }

    fn ident(&mut self) -> Option<String> {
        let start = self.i;
        while let Some(c) = self.peek() {
            if c.is_ascii_alphanumeric() || c == b'_' || c == b'$' || c == b'-' || c == b'.' {
                self.i += 1;
            } else {
                break;
            }
        }
        (self.i > start).then(|| self.src.get(start..self.i).unwrap_or("").to_string())
    }

    fn number(&mut self) -> Option<Value> {
        let start = self.i;
        while let Some(c) = self.peek() {
            if c.is_ascii_digit() || matches!(c, b'-' | b'+' | b'.' | b'e' | b'E') {
                self.i += 1;
            } else {
                break;
            }
        }
        let text = self.src.get(start..self.i)?;
        text.bytes()
            .any(|b| b.is_ascii_digit())
            .then(|| Value::Num(text.to_string()))
    }

    fn string(&mut self) -> Option<String> {
        let quote = self.peek()?;
        self.i += 1;
        let mut out = String::new();
        let mut run = self.i;
        loop {
            let c = self.peek()?;
            if c == quote {
                out.push_str(self.src.get(run..self.i)?);
                self.i += 1;
                return Some(out);
            }
            if c == b'\\' {
                out.push_str(self.src.get(run..self.i)?);
                self.i += 1;
                let e = self.peek()?;
                self.i += 1;
                match e {
                    b'n' => out.push('\n'),
                    b't' => out.push('\t'),
                    b'r' => out.push('\r'),
                    b'b' => out.push('\u{8}'),
                    b'f' => out.push('\u{c}'),
                    b'0' => out.push('\0'),
                    b'u' => {
                        let hi = self.hex(4)?;
                        let c = if (0xD800..0xDC00).contains(&hi)
                            && self.s.get(self.i) == Some(&b'\\')
                            && self.s.get(self.i + 1) == Some(&b'u')
                        {
                            self.i += 2;
                            let lo = self.hex(4)?;
                            char::decode_utf16([hi as u16, lo as u16])
                                .next()
                                .and_then(Result::ok)
                        } else {
                            char::from_u32(hi)
                        };
                        out.push(c.unwrap_or(char::REPLACEMENT_CHARACTER));
                    }
                    b'x' => {
                        let v = self.hex(2)?;
                        out.push(char::from_u32(v).unwrap_or(char::REPLACEMENT_CHARACTER));
                    }
                    _ => {
                        // \" \' \\ \/ and anything else: the character itself.
                        let start = self.i - 1;
                        let mut end = self.i;
                        while end < self.s.len() && !self.src.is_char_boundary(end) {
                            end += 1;
                        }
                        out.push_str(self.src.get(start..end)?);
                        self.i = end;
                    }
                }
                run = self.i;
                continue;
            }
            self.i += 1;
        }
    }

    fn hex(&mut self, n: usize) -> Option<u32> {
        let digits = self.src.get(self.i..self.i + n)?;
        let v = u32::from_str_radix(digits, 16).ok()?;
        self.i += n;
        Some(v)
    }

    fn key(&mut self) -> Option<String> {
        match self.peek()? {
            b'"' | b'\'' => self.string(),
            b':' => {
                self.i += 1;
                self.ident()
            }
            _ => self.ident(),
        }
    }

    fn object(&mut self, depth: usize) -> Option<Value> {
        self.i += 1;
        let mut members = Vec::new();
        loop {
            self.ws();
            match self.peek()? {
                b'}' => {
                    self.i += 1;
                    return Some(Value::Obj(members));
                }
                b',' => {
                    self.i += 1;
                    continue;
                }
                _ => {}
            }
            let key = self.key()?;
            self.ws();
            match self.peek()? {
                b':' | b'=' => {
                    self.i += 1;
                    if self.peek() == Some(b'>') {
                        self.i += 1;
                    }
                }
                _ => return None,
            }
            self.ws();
            let v = self.value(depth + 1)?;
            members.push((key, v));
            self.ws();
        }
    }

    fn array(&mut self, depth: usize) -> Option<Value> {
        self.i += 1;
        let mut items = Vec::new();
        loop {
            self.ws();
            match self.peek()? {
                b']' => {
                    self.i += 1;
                    return Some(Value::Arr(items));
                }
                b',' => {
                    self.i += 1;
                    continue;
                }
                _ => {}
            }
            items.push(self.value(depth + 1)?);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strict_json() {
        let v = parse(r#"{"statusCode":"403","error":"Unauthorized","n":1.5e3,"a":[true,null],"u":"\u00e9\ud83d\ude00\"x"}"#).unwrap();
        assert_eq!(v.text("statusCode"), Some("403"));
        assert_eq!(v.status("statusCode"), Some(403));
        assert_eq!(v.text("n"), Some("1.5e3"));
        assert_eq!(v.text("u"), Some("é😀\"x"));
    }

    #[test]
    fn js_python_ruby() {
        let js = parse("{ code: 'NoSuchKey', message: \"gone\", }").unwrap();
        assert_eq!(js.text("code"), Some("NoSuchKey"));
        let py =
            parse("{'Error': {'Code': 'AccessDenied', 'Message': None}, 'ok': False}").unwrap();
        assert_eq!(
            py.get("Error").and_then(|e| e.text("Code")),
            Some("AccessDenied")
        );
        let rb = parse("{:code=>\"x\", \"m\" => :sym}").unwrap();
        assert_eq!(rb.text("code"), Some("x"));
        assert_eq!(rb.text("m"), Some("sym"));
        let bytes = parse("b'<Error>\\n</Error>'").unwrap();
        assert_eq!(bytes, Value::Str("<Error>\n</Error>".into()));
    }

    #[test]
    fn messy_forms() {
        let py = parse(
            "{'statusCode': 409, 'error': Duplicate, 'message': The resource already exists}",
        )
        .unwrap();
        assert_eq!(py.text("error"), Some("Duplicate"));
        assert_eq!(py.text("message"), Some("The resource already exists"));
        let lines =
            parse_lines("error:\"jwt malformed\"\nmessage: \"jwt malformed\"\nstatusCode: \"400\"")
                .unwrap();
        assert_eq!(lines.text("error"), Some("jwt malformed"));
        assert_eq!(lines.status("statusCode"), Some(400));
        let dart = parse_named_args("StorageException (StorageException(message: jwt expired, statusCode: 400, error: jwt expired))").unwrap();
        assert_eq!(dart.text("message"), Some("jwt expired"));
        assert_eq!(dart.text("statusCode"), Some("400"));
        assert_eq!(dart.text("error"), Some("jwt expired"));
        assert!(parse_lines("just one: line").is_none());
        assert!(parse_named_args("see https://x.io (docs)").is_none());
    }

    #[test]
    fn hostile() {
        assert!(parse(&"[".repeat(100_000)).is_none());
        assert!(parse("{\"a\":").is_none());
        assert!(parse("\"\\u12").is_none());
        assert!(parse("{\"é\\").is_none());
        assert_eq!(parse("\"\\é\""), Some(Value::Str("é".into())));
    }

    #[test]
    fn flatten_paths() {
        let v = parse(r#"{"error":{"errors":[{"reason":"notFound"}],"code":404}}"#).unwrap();
        assert_eq!(
            v.flatten(10),
            vec![
                ("error.errors[0].reason".to_string(), "notFound".to_string()),
                ("error.code".to_string(), "404".to_string())
            ]
        );
    }
}
