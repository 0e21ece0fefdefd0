//! A fast hasher for the passes' small in-memory maps (names, speakers).
//!
//! The standard `HashMap` hashes with SipHash, which resists hash flooding from untrusted keys at
//! some cost per key. Here the keys are words of one article, hashed thousands of times per
//! analysis; a flood could at worst slow one local analysis, never leak or corrupt it. The
//! multiply-rotate hash of rustc's `FxHasher` is several times faster, and smaller in wasm.

use core::hash::{BuildHasherDefault, Hasher};

/// `std::collections::HashMap` with [`FxHasher`]: create with `HashMap::default()`.
pub type HashMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<FxHasher>>;
/// `std::collections::HashSet` with [`FxHasher`]: create with `HashSet::default()`.
pub type HashSet<K> = std::collections::HashSet<K, BuildHasherDefault<FxHasher>>;

/// rustc's Fx hash: for each word of input, `hash = (hash.rotl(5) ^ word) * K`.
#[derive(Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

const K: u64 = 0x517c_c1b7_2722_0a95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(K);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            // the tail as a little-endian word padded with zeros (byte by byte: in wasm a
            // copy into a buffer calls `memcpy`)
            let mut word = 0u64;
            for (k, &b) in rest.iter().enumerate() {
                word |= u64::from(b) << (8 * k);
            }
            self.add(word);
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_work_and_equal_keys_hash_equally() {
        let mut m: HashMap<String, usize> = HashMap::default();
        let words = ["Putin", "Xi", "the ministry", "he", "Putin's", "", "a-very-long-name-of-more-than-16-bytes"];
        for (i, w) in words.iter().enumerate() {
            m.insert(w.to_string(), i);
        }
        for (i, w) in words.iter().enumerate() {
            assert_eq!(m.get(*w), Some(&i));
        }
        assert_eq!(m.get("Puti"), None);
        let h = |s: &str| {
            let mut x = FxHasher::default();
            x.write(s.as_bytes());
            x.finish()
        };
        assert_eq!(h("same words"), h("same words"));
        assert_ne!(h("abcdefgh1"), h("abcdefgh2"), "the tail after 8 bytes counts");
    }
}
