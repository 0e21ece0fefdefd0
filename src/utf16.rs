//! Byte offsets (Rust) to UTF-16 offsets (JavaScript `String` indices).
//!
//! JavaScript indexes strings by UTF-16 code units: a curly quote is 3 bytes
//! but 1 unit, an emoji 4 bytes but 2 units. The wasm layer converts every
//! offset of an [`Analysis`](crate::Analysis) once, in one pass over the text.

/// Converts byte offsets of one text to UTF-16 offsets.
///
/// Offsets are converted in any order; converting `k` offsets of an `n`-byte
/// text costs O(n + k · STRIDE) with a table of the UTF-16 offset of every
/// STRIDE-th byte. Counting needs no decoding: every byte that starts a
/// character is one unit, and a 4-byte character (a leading byte ≥ 0xF0) is two.
pub struct Utf16Map<'t> {
    text: &'t str,
    /// `checkpoints[k]` = UTF-16 units in the first `k * STRIDE` bytes of `text`.
    checkpoints: Vec<usize>,
}

const STRIDE: usize = 32;

/// UTF-16 units of the characters that start in `bytes`.
#[inline]
fn units(bytes: &[u8]) -> usize {
    bytes.iter().map(|&b| usize::from((b as i8) >= -0x40) + usize::from(b >= 0xF0)).sum()
}

/// [`units`] of a chunk whose length is a multiple of 8, eight bytes at a time: a byte starts a
/// character unless it is `10xxxxxx`, and one `11110xxx` or above starts two units.
#[inline]
fn units_swar(chunk: &[u8]) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut n = 0;
    for w in chunk.chunks_exact(8) {
        let x = u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]);
        // bit 7 of each byte: set for a continuation byte (bit 7 set, bit 6 clear)
        let continuation = x & !(x << 1) & HIGH;
        // set for a byte >= 0xF0 (bits 7, 6, 5 and 4 all set)
        let four = x & (x << 1) & (x << 2) & (x << 3) & HIGH;
        n += 8 - continuation.count_ones() as usize + four.count_ones() as usize;
    }
    n
}

impl<'t> Utf16Map<'t> {
    pub fn new(text: &'t str) -> Self {
        let bytes = text.as_bytes();
        let mut checkpoints = Vec::with_capacity(bytes.len() / STRIDE + 1);
        let mut total = 0usize;
        checkpoints.push(0);
        for chunk in bytes.chunks_exact(STRIDE) {
            total += units_swar(chunk);
            checkpoints.push(total);
        }
        Utf16Map { text, checkpoints }
    }

    /// The UTF-16 offset of byte offset `byte`. A byte offset inside a
    /// character is rounded down to the character's start; past the end, to the end.
    pub fn convert(&self, byte: usize) -> usize {
        let mut byte = byte.min(self.text.len());
        while !self.text.is_char_boundary(byte) {
            byte -= 1;
        }
        let k = byte / STRIDE;
        self.checkpoints[k] + units(&self.text.as_bytes()[k * STRIDE..byte])
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
    fn eight_bytes_at_a_time_count_as_one_at_a_time() {
        let t = "x\u{1F600}\u{e9}\u{201c}ab\u{4e2d}\u{10FFFF}\u{7f}\u{80}".repeat(8);
        let b = &t.as_bytes()[..t.len() / 8 * 8];
        assert_eq!(units_swar(b), units(b));
        for s in 0..b.len() / 8 {
            assert_eq!(units_swar(&b[s * 8..s * 8 + 8]), units(&b[s * 8..s * 8 + 8]));
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

    #[test]
    fn inside_a_character_rounds_down_and_past_the_end_clamps() {
        let t = "a\u{1F600}b"; // a=1B, emoji=4B (2 units), b=1B
        let m = Utf16Map::new(t);
        for (b, u) in [(1, 1), (2, 1), (4, 1), (5, 3), (6, 4), (99, 4)] {
            assert_eq!(m.convert(b), u, "byte {b}");
        }
    }
}
