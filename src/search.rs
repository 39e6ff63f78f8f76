//! Substring search for the short texts the rules read: messages, headers, the head of a page.
//!
//! `str::contains` / `str::find` with a `&str` needle set up a Two-Way searcher on every call
//! (the needle's critical factorisation and period: hundreds of instructions for a 25-byte
//! phrase) before reading a byte of the text, and the rules ask a few hundred such questions per
//! `explain()`, nearly all about phrases that are absent. That set-up was 14-45 % of the native
//! `explain` on the benchmark cases (callgrind). memchr's `memmem::find` builds a finder too, and
//! measured no cheaper on texts under a few hundred bytes.
//!
//! Here the first byte of the needle is found with `memchr` and the rest compared in place: no
//! set-up. That is O(text × needle) at worst where Two-Way is O(text): a text full of the
//! needle's first byte makes every byte a candidate. So texts longer than [`SHORT`] go to the
//! standard library's Two-Way search (over lower-cased windows when ignoring case), whose set-up
//! is then small beside the text and whose worst case is linear.
//! [`SearchExt::has_ignore_ascii_case`] also replaces the lower-cased copy of a text made only to
//! search it.

/// The longest text searched byte by byte (see the module's documentation): a message, a
/// header, the head of a page. Past it, a text full of candidates could cost needle-length times
/// more than Two-Way; below it, at most a few thousand compares.
const SHORT: usize = 4096;

/// Substring search on `str` without a searcher's set-up (see the module's documentation).
pub(crate) trait SearchExt {
    /// The byte offset of the first occurrence of `needle`, as `str::find` gives it.
    fn index_of(&self, needle: &str) -> Option<usize>;
    /// Whether `needle` occurs, as `str::contains`.
    fn has(&self, needle: &str) -> bool {
        self.index_of(needle).is_some()
    }
    /// The byte offset of the first occurrence of `needle` ignoring ASCII case: the offset
    /// `self.to_ascii_lowercase().find(&needle.to_ascii_lowercase())` gives, without the copies.
    fn index_of_ignore_ascii_case(&self, needle: &str) -> Option<usize>;
    /// Whether `needle` occurs ignoring ASCII case.
    fn has_ignore_ascii_case(&self, needle: &str) -> bool {
        self.index_of_ignore_ascii_case(needle).is_some()
    }
}

impl SearchExt for str {
    fn index_of(&self, needle: &str) -> Option<usize> {
        if self.len() > SHORT {
            return self.find(needle);
        }
        let (hay, needle) = (self.as_bytes(), needle.as_bytes());
        let Some((&first, rest)) = needle.split_first() else {
            return Some(0);
        };
        let last_start = hay.len().checked_sub(needle.len())?;
        let mut from = 0;
        while from <= last_start {
            let at = from + memchr::memchr(first, &hay[from..=last_start])?;
            if hay[at + 1..at + needle.len()] == *rest {
                return Some(at);
            }
            from = at + 1;
        }
        None
    }

    fn index_of_ignore_ascii_case(&self, needle: &str) -> Option<usize> {
        if self.len() > SHORT {
            return long_index_of_ignore_ascii_case(self, needle);
        }
        let (hay, needle) = (self.as_bytes(), needle.as_bytes());
        let Some((&first, rest)) = needle.split_first() else {
            return Some(0);
        };
        let (lower, upper) = (first.to_ascii_lowercase(), first.to_ascii_uppercase());
        let last_start = hay.len().checked_sub(needle.len())?;
        let mut from = 0;
        while from <= last_start {
            let at = from + memchr::memchr2(lower, upper, &hay[from..=last_start])?;
            // Byte by byte: a candidate nearly always differs within a byte or two, and the
            // slice method's set-up (it compares in chunks) costs more than that.
            let candidate = &hay[at + 1..at + needle.len()];
            if candidate
                .iter()
                .zip(rest)
                .all(|(a, b)| a.eq_ignore_ascii_case(b))
            {
                return Some(at);
            }
            from = at + 1;
        }
        None
    }
}

/// [`SearchExt::index_of_ignore_ascii_case`] on a long text: a window of [`SHORT`] bytes at a
/// time, cut at char boundaries, lower-cased into a buffer on the stack and searched with
/// `str::find` (Two-Way, linear); the windows overlap by the needle's length less one. Linear in
/// the text and without a copy of it.
fn long_index_of_ignore_ascii_case(hay: &str, needle: &str) -> Option<usize> {
    if needle.len() > SHORT / 2 {
        // Not a phrase of the source code; one copy of the text then.
        return hay.to_ascii_lowercase().find(&needle.to_ascii_lowercase());
    }
    let needle = needle.to_ascii_lowercase();
    let floor = |mut i: usize| {
        while !hay.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let mut window = [0u8; SHORT];
    let mut start = 0;
    loop {
        let end = floor(hay.len().min(start + SHORT));
        let lower = &mut window[..end - start];
        lower.copy_from_slice(&hay.as_bytes()[start..end]);
        lower.make_ascii_lowercase();
        // Valid: a str cut at char boundaries, with only ASCII letters changed.
        let text = std::str::from_utf8(lower).ok()?;
        if let Some(i) = text.find(needle.as_str()) {
            return Some(start + i);
        }
        if end == hay.len() {
            return None;
        }
        // Back to a char boundary: more overlap, and still ahead (the window is far longer than
        // the needle).
        start = floor(end + 1 - needle.len().max(1));
    }
}

#[cfg(test)]
mod tests {
    use super::SearchExt;

    #[test]
    fn finds_what_std_finds() {
        let text =
            "The us-west-2 location constraint is incompatible for the region specific endpoint.";
        assert_eq!(
            text.index_of("location constraint"),
            text.find("location constraint")
        );
        assert_eq!(text.index_of("e"), Some(2));
        assert_eq!(text.index_of(""), Some(0));
        assert_eq!("".index_of(""), Some(0));
        assert_eq!("".index_of("a"), None);
        assert_eq!("ab".index_of("abc"), None);
        assert_eq!("aab".index_of("ab"), Some(1));
        assert!(text.has("endpoint."));
        assert!(!text.has("Endpoint"));
        assert_eq!(text.index_of_ignore_ascii_case("THE REGION"), Some(54));
        assert!(text.has_ignore_ascii_case("US-WEST-2"));
        assert!(!text.has_ignore_ascii_case("us-east-1"));
        // Non-ASCII text and needles: bytes compared as they are, offsets on char boundaries.
        assert_eq!("naïve – ok".index_of("– ok"), "naïve – ok".find("– ok"));
        assert_eq!("NAÏVE".index_of_ignore_ascii_case("naï"), None); // Ï is not ASCII
        assert_eq!("NAïVE".index_of_ignore_ascii_case("naïv"), Some(0));
        // Past SHORT, the standard library's search gives the same answers.
        let long = format!("{}Request Has Expired", "<".repeat(super::SHORT));
        assert_eq!(long.index_of("Request"), Some(super::SHORT));
        assert_eq!(
            long.index_of_ignore_ascii_case("request has"),
            Some(super::SHORT)
        );
        assert_eq!(long.index_of("<Error>"), None);
        // A match across the boundary of two windows, and at the very end.
        for at in [
            super::SHORT - 3,
            super::SHORT,
            2 * super::SHORT - 1,
            3 * super::SHORT,
        ] {
            let text = format!("{}<CENTER>x", "a".repeat(at));
            assert_eq!(
                text.index_of_ignore_ascii_case("<center>"),
                Some(at),
                "{at}"
            );
            assert_eq!(text.index_of_ignore_ascii_case("<center>y"), None, "{at}");
        }
    }

    proptest::proptest! {
        /// The same answers as `str::find`, and as `find` over ASCII-lower-cased copies, on text
        /// and needles from a small alphabet (so that partial matches are frequent).
        #[test]
        fn agrees_with_std(hay in "[abAB \u{e9}-]{0,40}", needle in "[abAB\u{e9}-]{0,4}") {
            proptest::prop_assert_eq!(hay.index_of(&needle), hay.find(needle.as_str()));
            proptest::prop_assert_eq!(
                hay.index_of_ignore_ascii_case(&needle),
                hay.to_ascii_lowercase().find(needle.to_ascii_lowercase().as_str())
            );
        }

        /// The same on texts longer than SHORT, where the search goes window by window.
        #[test]
        fn agrees_with_std_past_short(
            pad in 0usize..3 * super::SHORT,
            tail in "[abAB \u{e9}-]{0,40}",
            needle in "[abAB\u{e9}-]{1,6}",
        ) {
            let hay = format!("{}{tail}", "-".repeat(super::SHORT + pad));
            proptest::prop_assert_eq!(hay.index_of(&needle), hay.find(needle.as_str()));
            proptest::prop_assert_eq!(
                hay.index_of_ignore_ascii_case(&needle),
                hay.to_ascii_lowercase().find(needle.to_ascii_lowercase().as_str())
            );
        }
    }
}
