//! Pass 3b: reported speech without quotation marks.
//!
//! "Putin said negotiations had been warm", "…, officials said", "according
//! to the ministry, …": a cue verb or noun with a clause as its content.
//! Returns quotes of kind `indirect` (or `mixed` when the clause embeds
//! quoted words), with the same cue span as a direct quote it contains so
//! that the two read as one attribution.

use crate::text::Block;
use crate::{Quote, Span};

/// Find reported-speech attributions that the direct quotes do not already cover.
pub fn find(_text: &str, _blocks: &[Block], _sentences: &[Span], _direct: &[Quote]) -> Vec<Quote> {
    Vec::new()
}
