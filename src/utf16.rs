//! Byte offsets (Rust) to UTF-16 offsets (JavaScript `String` indices).
//!
//! JavaScript indexes strings by UTF-16 code units: a curly quote is 3 bytes
//! but 1 unit, an emoji 4 bytes but 2 units. The wasm layer converts every
//! offset of an [`Analysis`](crate::Analysis) once, in one pass over the text.

/// Converts byte offsets of one text to UTF-16 offsets.
///
/// Offsets are converted in any order; converting `k` offsets of an `n`-byte
/// text costs O(n / STRIDE + k · STRIDE) using a checkpoint table.
pub struct Utf16Map<'t> {
    text: &'t str,
    /// UTF-16 offset of every STRIDE-th byte boundary position (rounded down to a char boundary).
    checkpoints: Vec<(usize, usize)>,
}

const STRIDE: usize = 256;

impl<'t> Utf16Map<'t> {
    pub fn new(text: &'t str) -> Self {
        let mut checkpoints = Vec::with_capacity(text.len() / STRIDE + 2);
        checkpoints.push((0, 0));
        let mut units = 0;
        let mut next = STRIDE;
        for (i, c) in text.char_indices() {
            if i >= next {
                checkpoints.push((i, units));
                next = i + STRIDE;
            }
            units += c.len_utf16();
        }
        Utf16Map { text, checkpoints }
    }

    /// The UTF-16 offset of byte offset `byte`. A byte offset inside a
    /// character is rounded down to the character's start; past the end, to the end.
    pub fn convert(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        let k = match self.checkpoints.binary_search_by(|&(b, _)| b.cmp(&byte)) {
            Ok(k) => return self.checkpoints[k].1,
            Err(k) => k - 1,
        };
        let (b0, mut units) = self.checkpoints[k];
        for (i, c) in self.text[b0..].char_indices() {
            if b0 + i + c.len_utf8() > byte {
                break;
            }
            units += c.len_utf16();
        }
        units
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_curly_emoji_cjk() {
        let t = "a\u{201c}b\u{1F600}c\u{4e2d}d";
        // a=1B, “=3B, b=1B, 😀=4B, c=1B, 中=3B, d=1B
        let bytes = [0, 1, 4, 5, 9, 10, 13, 14];
        let units = [0, 1, 2, 3, 5, 6, 7, 8];
        let m = Utf16Map::new(t);
        for (b, u) in bytes.iter().zip(units) {
            assert_eq!(m.convert(*b), u, "byte {b}");
        }
    }

    #[test]
    fn long_text_crosses_checkpoints() {
        let t: String = "x\u{1F600}\u{e9}".repeat(1000);
        let m = Utf16Map::new(&t);
        for (i, _) in t.char_indices() {
            assert_eq!(m.convert(i), t[..i].encode_utf16().count());
        }
        assert_eq!(m.convert(t.len()), t.encode_utf16().count());
    }
}
