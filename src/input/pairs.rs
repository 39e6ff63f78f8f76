//! Which byte pairs a text holds: one pass over the text, then a phrase that has a pair the text
//! lacks is known to be absent without searching for it.
//!
//! Detection and the rules look up tables of phrases (host suffixes, SDK wording, browser
//! messages) in the response text, and nearly all of them are absent from any one response: a
//! substring search each costs a searcher set-up plus a pass over the text, where a look at the
//! pairs of the phrase costs a few bit tests.

use std::fmt;

/// The set of adjacent byte pairs of a text, 7 bits of each byte (16,384 bits, 2 KiB): folding
/// the top bit only makes more pairs look present, so [`BytePairs::may_contain`] can answer
/// `true` for an absent phrase but never `false` for a present one.
#[derive(Clone, PartialEq, Eq)]
pub(crate) struct BytePairs {
    bits: [u64; 256],
}

fn index(a: u8, b: u8) -> usize {
    (usize::from(a & 0x7f) << 7) | usize::from(b & 0x7f)
}

impl BytePairs {
    /// The pairs of `text`.
    pub fn of(text: &str) -> Self {
        let mut bits = [0u64; 256];
        for w in text.as_bytes().windows(2) {
            let i = index(w[0], w[1]);
            bits[i >> 6] |= 1 << (i & 63);
        }
        BytePairs { bits }
    }

    /// `false` when `needle` cannot occur in the text (one of its pairs is absent); `true` when it
    /// may (needles shorter than two bytes always may).
    pub fn may_contain(&self, needle: &str) -> bool {
        needle.as_bytes().windows(2).all(|w| {
            let i = index(w[0], w[1]);
            self.bits[i >> 6] & (1 << (i & 63)) != 0
        })
    }
}

impl fmt::Debug for BytePairs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n: u32 = self.bits.iter().map(|w| w.count_ones()).sum();
        write!(f, "BytePairs({n} of 16384)")
    }
}

#[cfg(test)]
mod tests {
    use super::BytePairs;

    #[test]
    fn absent_pairs_rule_phrases_out_and_present_ones_never_do() {
        let text = "<Error><Code>AccessDenied</Code><HostId>x.s3.amazonaws.com</HostId></Error>";
        let pairs = BytePairs::of(text);
        for needle in ["AccessDenied", "s3.amazonaws.com", "</Code>", "<", "", "r>"] {
            assert!(pairs.may_contain(needle), "{needle}");
        }
        for needle in [
            "Failed to fetch",
            "storage.googleapis.com",
            "ERR_NETWORK",
            "zz",
        ] {
            assert!(!pairs.may_contain(needle), "{needle}");
        }
        // Non-ASCII bytes fold onto ASCII ones: a false "may", never a false "cannot".
        let pairs = BytePairs::of("naïve – ok");
        assert!(pairs.may_contain("ï"));
        assert!(pairs.may_contain("– ok"));
    }

    proptest::proptest! {
        /// Never a false "cannot": for any text, every substring may be contained, and the
        /// response's search agrees with `str::contains` on the text and on any prefix of it.
        #[test]
        fn never_rules_out_a_present_needle(
            text in "(?s)[a-zA-Z0-9 <>/:.\\-_é€😀\n]{0,200}",
            from in 0usize..200,
            len in 0usize..24,
            other in "[a-zA-Z:. ]{0,12}",
            cut in 0usize..220,
        ) {
            let pairs = BytePairs::of(&text);
            let chars: Vec<char> = text.chars().collect();
            let from = from.min(chars.len());
            let needle: String = chars[from..].iter().take(len).collect();
            proptest::prop_assert!(pairs.may_contain(&needle));

            let input = crate::input::Input::text(text.clone());
            let resp = crate::input::normalize(&input);
            let part = crate::input::cap_str(resp.text, cut);
            for n in [needle.as_str(), other.as_str()] {
                proptest::prop_assert_eq!(resp.text_contains(n), resp.text.contains(n));
                proptest::prop_assert_eq!(resp.contains_in(part, n), part.contains(n));
                proptest::prop_assert_eq!(resp.contains_in(n, "x"), n.contains('x'));
            }
        }
    }
}
