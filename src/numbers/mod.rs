//! Pass 4: numbers.
//!
//! Finds every number expression a careful reader would mark — counts, money,
//! percentages, measures, dates, clock times, durations, ages, ordinals, years and
//! ranges — with its value and unit normalised ("$2bn" → 2000000000 USD). Rules:
//! `ANNOTATION.md`, section Numbers, of the evaluation data.
//!
//! Three layers, each a single left-to-right pass over one block:
//! 1. [`lex`] — tokens: letter runs, digit runs with separators, punctuation;
//!    URLs, e-mail addresses and phone numbers are marked as skipped;
//! 2. [`grammar`] — approximator + currency + numeral + scale + range + unit;
//!    dates and clock times; the "not numbers" filters (codes, idioms, pronoun "one");
//! 3. classification inside the grammar: kind, value, unit (counted nouns are
//!    singularised by [`words::singular`]).

mod grammar;
mod lex;
pub(crate) mod words;

pub(crate) use words::month;

use crate::text::Block;
use crate::Number;

/// Find number expressions in every block, in text order, never overlapping. `low` is
/// `text.to_ascii_lowercase()`.
pub fn find(text: &str, low: &str, blocks: &[Block]) -> Vec<Number> {
    // (room for a number per 256 bytes, and a block of 256 tokens: rarely any regrowing)
    let mut out = Vec::with_capacity(text.len() / 256 + 1);
    let mut toks = Vec::with_capacity(256);
    for b in blocks {
        if text.get(b.start..b.end).is_none_or(str::is_empty) {
            continue;
        }
        lex::tokenize(text, b.start, b.end, &mut toks);
        // word keys are slices of the lowercased block (ASCII lowercasing keeps offsets)
        grammar::parse_block(text, b.start, &low[b.start..b.end], &toks, &mut out);
    }
    out
}

#[cfg(test)]
mod tests;
