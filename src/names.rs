//! Pass 3c: name resolution.
//!
//! Gives every speaker mention the fullest name the article gives its
//! referent: "he" → the last named speaker, "Mr Xi" / "Blinken" → the full
//! name used earlier, "the Russian president" → the name the article ties
//! to that description. Unnamed sources keep their description.

use crate::text::Block;
use crate::Quote;

/// Resolve the `name` of every speaker mention in `quotes` (in text order).
pub fn resolve(_text: &str, _blocks: &[Block], _quotes: &mut [Quote]) {}
