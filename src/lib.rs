//! # quotelens
//!
//! Finds, in pasted news text, every **quotation** with **who said it**
//! (speaker, cue, intermediary), reported speech, and every **number**
//! (counts, money, percentages, measures, dates, times, durations, ranges).
//! Everything runs locally: the same core is compiled to WebAssembly for the
//! page and the `<quote-lens>` widget.
//!
//! The analysis is a pipeline of passes, one module each, like a parser:
//!
//! 1. [`text`] — text structure: blocks (paragraph, heading, caption, list
//!    item, timestamp, boilerplate) and sentences;
//! 2. [`quotes`] — quotation marks and quote spans (pairing, nesting,
//!    multi-paragraph quotes, missing marks);
//! 3. [`attribution`] — speaker, cue and intermediary for each quote;
//!    [`reported`] — reported speech without quotation marks;
//!    [`names`] — pronoun, title and surname resolution of speaker mentions;
//! 4. [`numbers`] — number expressions with value, unit and kind.
//!
//! Every span is a pair of **byte offsets** into the original text (end
//! exclusive, always on a character boundary); nothing is copied. The wasm
//! layer converts them to UTF-16 offsets for JavaScript.
//!
//! ```
//! let text = "\u{201c}We will not retreat,\u{201d} the minister said on Tuesday. \
//!             Some 8,000 people had left.";
//! let a = quotelens::analyze(text);
//!
//! let q = &a.quotes[0];
//! assert_eq!(q.text(text), "We will not retreat,");
//! let speaker = q.speaker.as_ref().unwrap();
//! assert_eq!(&text[speaker.start..speaker.end], "the minister");
//! assert_eq!(&text[q.cue.unwrap().start..q.cue.unwrap().end], "said");
//!
//! let n = &a.numbers[0];
//! assert_eq!(n.text(text), "8,000");
//! assert_eq!(n.value, Some(quotelens::Value::Num(8000.0)));
//! ```

use serde::Serialize;

pub mod attribution;
mod hash;
mod lexicon;
#[doc(hidden)]
pub mod invariants;
pub mod names;
pub mod numbers;
pub mod quotes;
pub mod reported;
pub mod text;
pub mod utf16;
pub mod view;


#[cfg(target_arch = "wasm32")]
pub mod wasm;
#[cfg(target_arch = "wasm32")]
mod wasm_memcmp;

pub use text::{Block, BlockKind};

/// A half-open byte range `start..end` into the analysed text.
#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }
    /// The text this span covers.
    #[inline]
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// The result of [`analyze`].
#[derive(Serialize, Clone, Debug, Default, PartialEq)]
pub struct Analysis {
    /// Text blocks in order; every non-blank line belongs to exactly one.
    pub blocks: Vec<Block>,
    /// Sentences in order, inside blocks.
    pub sentences: Vec<Span>,
    /// Quotations and reported speech, in text order.
    pub quotes: Vec<Quote>,
    /// Distinct speakers after name resolution, in order of first quote.
    pub speakers: Vec<Speaker>,
    /// Number expressions, in text order, never overlapping.
    pub numbers: Vec<Number>,
}

/// What kind of attribution a [`Quote`] is.
#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Words between quotation marks.
    Direct,
    /// Reported speech without quotation marks ("she said the talks failed").
    Indirect,
    /// Reported speech that embeds quoted words (`he said the deal was "terrible"`).
    Mixed,
}

/// How a speaker mention's `name` was obtained.
#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Resolution {
    /// The mention itself is the fullest name the article gives.
    AsWritten,
    /// A surname or title form ("Mr Xi", "Blinken") matched a fuller name.
    Name,
    /// A pronoun ("he", "she", "they") resolved to an earlier speaker.
    Pronoun,
    /// A description ("the Russian president") the article ties to a name.
    Description,
    /// A quote with no cue of its own continues an earlier one.
    Continuation,
}

/// A mention of a person or body in the text, with the name it refers to.
#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct Mention {
    /// The fullest name the article gives (or the description, for unnamed sources).
    pub name: String,
    pub start: usize,
    pub end: usize,
    /// How `name` was obtained from the mention.
    pub resolution: Resolution,
}

impl Mention {
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// One quotation piece or one reported-speech clause.
#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct Quote {
    /// Content span: the words inside the marks (marks excluded), or the
    /// reported clause (without "that" and the final period).
    pub start: usize,
    pub end: usize,
    pub kind: QuoteKind,
    /// The mention credited with the words, nearest the quote.
    pub speaker: Option<Mention>,
    /// The words that credit it ("said", "told reporters", "according to", ":").
    pub cue: Option<Span>,
    /// An intermediary that relays the words ("quoted by Xinhua").
    pub via: Option<Mention>,
    /// Pieces of one quotation (multi-paragraph, or split by its attribution) share a group.
    pub group: usize,
    /// 0..1; lower when a quotation mark was missing or the credit is inferred.
    pub confidence: f32,
}

impl Quote {
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
    /// The key quotes are kept sorted by: start, then end (one function, so that every sort
    /// of quotes shares one copy of the sorting code in the wasm).
    pub(crate) fn order(&self) -> (usize, usize) {
        (self.start, self.end)
    }
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

/// A distinct speaker with all the mentions that credit quotes to it.
#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct Speaker {
    pub name: String,
    pub mentions: Vec<Span>,
    /// Indices into [`Analysis::quotes`].
    pub quotes: Vec<usize>,
}

/// The category of a [`Number`].
#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum NumberKind {
    Count,
    Money,
    Percent,
    Measure,
    Date,
    Time,
    Duration,
    Ordinal,
    Year,
    Age,
    Range,
}

/// A number's value: a number, or an ISO-like string for dates ("XXXX-03-20") and times ("15:00").
#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(untagged)]
pub enum Value {
    Num(f64),
    Text(String),
}

/// An approximator kept in a number's span.
#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Approx {
    /// "more than", "over", "upwards of"
    Over,
    /// "less than", "under", "fewer than"
    Under,
    /// "about", "around", "nearly", "almost", "approximately", "some"
    About,
    /// "at least"
    AtLeast,
    /// "at most", "up to", "as long as"
    AtMost,
}

/// A number expression with its normalised value and unit.
#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct Number {
    pub start: usize,
    pub end: usize,
    pub kind: NumberKind,
    pub value: Option<Value>,
    /// Upper bound, for ranges.
    pub high: Option<f64>,
    /// Short unit name: ISO currency code, "km", "year", the counted noun in the singular, …
    pub unit: Option<String>,
    pub approx: Option<Approx>,
}

impl Number {
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

/// Analyse text given as bytes: UTF-8 is required, and anything else is a clear error rather
/// than a guess (offsets must stay exact, so invalid bytes are not replaced).
pub fn analyze_bytes(bytes: &[u8]) -> Result<Analysis, std::str::Utf8Error> {
    std::str::from_utf8(bytes).map(analyze)
}

/// Analyse a text: blocks, sentences, quotes with attribution, and numbers.
///
/// Never panics, whatever the input; time is linear in the input's length.
pub fn analyze(text: &str) -> Analysis {
    let blocks = text::blocks(text);
    let sentences = text::sentences(text, &blocks);
    let candidates = quotes::find(text, &blocks);
    // one lowercase copy of the text for every pass (ASCII lowercasing keeps byte offsets)
    let low = text.to_ascii_lowercase();
    let mut quotes = attribution::attribute(text, &low, &blocks, &sentences, &candidates);
    attribution::transcript_turns(text, &mut quotes);
    let tokens = text::tokens(text, Span::new(0, text.len()));
    let indirect = reported::find(text, &low, &tokens, &blocks, &sentences, &quotes);
    if !indirect.is_empty() {
        // (a safety net on any input: a reported clause that would cut a direct quote in two
        // is dropped, so every direct quote lies wholly inside a clause or outside it)
        let direct: Vec<Span> = quotes.iter().map(Quote::span).collect();
        let cuts = |s: Span| {
            let i = direct.partition_point(|d| d.end <= s.start);
            direct[i..].iter().take_while(|d| d.start < s.end).any(|d| !s.contains(*d) && !d.contains(s))
        };
        quotes.extend(indirect.into_iter().filter(|q| !cuts(q.span())));
        quotes.sort_by_key(Quote::order);
        reported::uncredited_fragments(text, &blocks, &candidates, &mut quotes);
        reported::share_cues(text, &mut quotes);
    }
    names::resolve(text, &tokens, &blocks, &mut quotes);
    let speakers = attribution::speakers_of(&quotes);
    let numbers = numbers::find(text, &low, &blocks);
    Analysis {
        blocks,
        sentences,
        quotes,
        speakers,
        numbers,
    }
}
