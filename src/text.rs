//! Pass 1: text structure.
//!
//! Pasted web text has one paragraph per line (sometimes separated by blank
//! lines), with headings, captions, timestamps and "Share"/"Copy link" debris
//! between them. [`blocks`] turns each non-blank line into a [`Block`] and
//! labels it; [`sentences`] splits blocks into sentences without breaking at
//! abbreviations ("Mr.", "U.S.", "Sept.") or inside quotations.

use crate::Span;
use serde::Serialize;

/// Word sets of the lists this pass looks words up in (see `crate::lexicon::WordSet`).
static SET_BOILERPLATE: crate::lexicon::WordSet<{ BOILERPLATE.len() }> = crate::lexicon::WordSet::new(BOILERPLATE);
static SET_LEXICON_ABBREVIATIONS: crate::lexicon::WordSet<{ crate::lexicon::ABBREVIATIONS.len() }> = crate::lexicon::WordSet::new(crate::lexicon::ABBREVIATIONS);

/// What a block of text is.
#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    Paragraph,
    Heading,
    Caption,
    ListItem,
    Timestamp,
    Boilerplate,
    /// "By Jo Li and Sam Ng, Wire", "From Wire's Jo Li", "Reporting by Jo Li": who wrote it,
    /// not what it says (no quotes or names of sources there).
    Byline,
}

/// A line of text with its kind. The span excludes surrounding whitespace.
#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq)]
pub struct Block {
    pub start: usize,
    pub end: usize,
    pub kind: BlockKind,
}

impl Block {
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// Whitespace as pasted text has it, including NBSP and zero-width characters.
#[inline]
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        // `char::is_whitespace` holds for these six ASCII characters only
        return matches!(c, ' ' | '\t'..='\r');
    }
    is_non_ascii_space(c)
}

fn is_non_ascii_space(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}'
        )
}

/// Trim [`is_space`] characters from both ends of `span`.
pub fn trim(text: &str, span: Span) -> Span {
    let s = &text[span.start..span.end];
    let lead = s.len() - s.trim_start_matches(is_space).len();
    let trail = s.trim_end_matches(is_space).len();
    if trail <= lead {
        return Span::new(span.start + lead, span.start + lead);
    }
    Span::new(span.start + lead, span.start + trail)
}

/// The index of the first byte of `b` at or after `i` that is one of `set`, or `b.len()`.
/// Eight bytes at a time: a word that holds none of them is skipped whole (the scans for line,
/// sentence and quotation-mark bytes read every byte of the text, and such bytes are rare).
pub(crate) fn find_any(b: &[u8], mut i: usize, set: [u8; 4]) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // (`get` of eight bytes: one bounds test, not eight)
    while let Some(w) = b.get(i..i + 8) {
        let x = u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]);
        // `x` holds the byte `c` where `y = x ^ (c × ONES)` has a zero byte, which
        // `(y - ONES) & !y & HIGH` detects exactly (for the word as a whole); one test of the
        // four, without a branch each
        let zero = |c: u8| {
            let y = x ^ (u64::from(c) * ONES);
            y.wrapping_sub(ONES) & !y
        };
        if (zero(set[0]) | zero(set[1]) | zero(set[2]) | zero(set[3])) & HIGH != 0 {
            break;
        }
        i += 8;
    }
    // the byte itself, in the word found above or among the last few
    while i < b.len() && !(b[i] == set[0] || b[i] == set[1] || b[i] == set[2] || b[i] == set[3]) {
        i += 1;
    }
    i
}

/// Split `text` into blocks: one per non-blank line (`\n`, `\r\n`, `\r`,
/// U+2028 and U+2029 end a line).
pub fn blocks(text: &str) -> Vec<Block> {
    // (room for a block per 128 bytes, more than news text has: no regrowing)
    let mut out = Vec::with_capacity(text.len() / 128 + 1);
    let mut line_start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i <= bytes.len() {
        // (skip to the next byte that may break a line: one tight loop over the line)
        i = find_any(bytes, i, [b'\n', b'\r', 0xE2, 0xE2]);
        let (is_break, width) = if i == bytes.len() {
            (true, 0)
        } else {
            match bytes[i] {
                b'\n' | b'\r' => (true, 1),
                // U+2028 / U+2029 are E2 80 A8 / E2 80 A9
                0xE2 if bytes.get(i + 1) == Some(&0x80)
                    && matches!(bytes.get(i + 2), Some(0xA8) | Some(0xA9)) =>
                {
                    (true, 3)
                }
                _ => (false, 1),
            }
        };
        if is_break {
            let span = trim(text, Span::new(line_start, i));
            if !span.is_empty() {
                let kind = classify(span.slice(text));
                // a name alone on the line above a page's time stamp is its byline ("Lucía
                // Errázuriz" over "Published 14/04/2025 09:42 GMT")
                let line = span.slice(text);
                let stamp = kind == BlockKind::Timestamp || [&b"Published"[..], b"Updated", b"Posted", b"Last updated", b"First published"].iter().any(|p| line.as_bytes().starts_with(p)) || dateline(line);
                if stamp {
                    if let Some(prev) = out.last_mut().filter(|b: &&mut Block| b.kind == BlockKind::Heading && bare_names(b.span().slice(text))) {
                        prev.kind = BlockKind::Byline;
                    }
                }
                out.push(Block { start: span.start, end: span.end, kind });
            }
            line_start = i + width;
            i += width.max(1);
        } else {
            i += 1;
        }
    }
    out
}

const BOILERPLATE: &[&str] = &[
    "about sharing",
    "advertisement",
    "breaking",
    "breaking news",
    "copy link",
    "link copied",
    "pinned",
    "pinned post",
    "share",
    "share this",
    "share this article",
    "share on facebook",
    "share on twitter",
    "read more",
    "related",
    "related articles",
    "most read",
    "sign up",
    "subscribe",
    "live",
    "skip to content",
    "skip advertisement",
    "show key events only",
    "please turn on javascript",
    "close",
    "menu",
    "next",
    "previous",
    "comments",
    "watch",
    "listen",
    "reuse this content",
];

const BOILERPLATE_PREFIXES: &[&str] = &[
    "updated at ",
    "first published",
    "last modified",
    "read more:",
    "related:",
    "see also:",
    "sign up to",
    "please use chrome browser",
    "follow us",
    "click here",
    "why you can trust ",
];

/// Words that mark an image or video caption when followed by the mark (':' or ','), in any case,
/// and whether what follows names who made the picture (a credit, "Photograph: Ana Ruiz/Agency").
const CAPTION_MARKERS: &[(&str, u8, bool)] = &[
    ("photograph", b':', true),
    ("photo", b':', true),
    ("image", b':', true),
    ("picture", b':', true),
    ("illustration", b':', true),
    ("credit", b':', true),
    ("composite", b':', false),
    ("video", b':', false),
    ("source", b':', false),
    ("image source", b',', false),
    ("image caption", b',', false),
    ("media caption", b',', false),
];

/// The first caption marker in the line (only credits when `credit`): where its word starts. One
/// pass over the line's ':' and ',' bytes, comparing the text before each with the markers, ASCII
/// case-insensitively.
fn caption_marker(line: &str, credit: bool) -> Option<usize> {
    let b = line.as_bytes();
    b.iter().enumerate().find_map(|(i, &c)| {
        if c != b':' && c != b',' {
            return None;
        }
        CAPTION_MARKERS
            .iter()
            .find(|&&(m, mark, is_credit)| mark == c && (is_credit || !credit) && i >= m.len() && b[i - m.len()..i].eq_ignore_ascii_case(m.as_bytes()))
            .map(|&(m, _, _)| i - m.len())
    })
}

/// Does the line contain a caption marker ("Photograph:", "Image caption,")?
fn has_caption_marker(line: &str) -> bool {
    caption_marker(line, false).is_some()
}

/// Where a caption's credit starts ("… Photograph: Ana Ruiz/Lumen Press"): what follows names who
/// took the picture, no one in the story.
pub(crate) fn credit_start(line: &str) -> Option<usize> {
    caption_marker(line, true)
}

/// Two to four capitalised words and nothing else: a person's name on a line of its own.
fn bare_name(line: &str) -> bool {
    let mut n = 0;
    for w in line.split(' ') {
        n += 1;
        if n > 4 || !w.chars().next().is_some_and(char::is_uppercase) || !w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '\u{2019}' | '.')) {
            return false;
        }
    }
    n >= 2
}

/// A page's dateline: a weekday, the day and the month ("Wed 10 Feb 2027 16.05 GMT").
fn dateline(line: &str) -> bool {
    let mut w = line.split(' ');
    let day = w.next().unwrap_or("").trim_end_matches(',').to_ascii_lowercase();
    ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].iter().any(|d| day.starts_with(d) && day.ends_with("day") || day == *d)
        && w.next().is_some_and(|d| (1..=2).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()))
        && w.next().is_some_and(|m| crate::numbers::month(&m.to_ascii_lowercase()).is_some())
}

/// One to four bare names joined by commas or "and", each perhaps marked by a live page's
/// shift: "Priya Anand (now) and Lewis Carne (earlier)".
fn bare_names(line: &str) -> bool {
    let mut n = 0;
    // (a wire's share of the story after them: "Jo Li in Oslo and agencies")
    let line = line.strip_suffix(" and agencies").or_else(|| line.strip_suffix(" and agency")).unwrap_or(line);
    line.split(", ").flat_map(|p| p.split(" and ")).all(|p| {
        n += 1;
        let p = match p.rsplit_once(" (") {
            Some((name, shift)) if shift.strip_suffix(')').is_some_and(|w| (1..=10).contains(&w.len()) && w.chars().all(|c| c.is_ascii_lowercase())) => name,
            _ => p,
        };
        // (and where each one wrote from: "Jo Li in Ostrava Falls")
        let p = match p.split_once(" in ") {
            Some((name, place)) if (1..=3).contains(&place.split(' ').count()) && place.split(' ').all(|w| w.starts_with(char::is_uppercase)) => name,
            _ => p,
        };
        n <= 4 && bare_name(p)
    })
}

fn classify(line: &str) -> BlockKind {
    // Timestamps and boilerplate are short lines: only those are lowercased whole (a longer
    // line cannot trim down to one); long lines are compared with the prefixes in place.
    const SHORT: usize = 256;
    if line.len() <= SHORT {
        let lower = line.to_ascii_lowercase();
        if is_timestamp(&lower) {
            return BlockKind::Timestamp;
        }
        if SET_BOILERPLATE.contains(lower.trim_end_matches(['.', ':', '!'])) {
            return BlockKind::Boilerplate;
        }
    }
    let b = line.as_bytes();
    if let Some(p) = BOILERPLATE_PREFIXES.iter().find(|p| b.len() >= p.len() && b[..p.len()].eq_ignore_ascii_case(p.as_bytes())) {
        // a related article's teaser after its label is read like a headline (ANNOTATION:
        // teasers are annotated like body text): "Read more: Layoffs top 50,000, tracker says"
        if p.ends_with(':') && count_words(&line[p.len()..], 4) >= 4 {
            return BlockKind::Heading;
        }
        return BlockKind::Boilerplate;
    }
    // words are counted as far as a test looks, after its cheaper tests
    if has_caption_marker(line) && count_words(line, 61) <= 60 {
        return BlockKind::Caption;
    }
    if is_byline(line) && count_words(line, 15) <= 14 {
        return BlockKind::Byline;
    }
    let first = line.chars().next().unwrap_or(' ');
    if matches!(first, '•' | '·' | '▪' | '◦' | '–' | '-' | '*')
        && line[first.len_utf8()..].starts_with(is_space)
    {
        return BlockKind::ListItem;
    }
    if is_heading(line) {
        return BlockKind::Heading;
    }
    BlockKind::Paragraph
}

/// The openings of a byline, each followed by a name.
const BYLINE_OPENINGS: &[&str] =
    &["By ", "From ", "Reporting by ", "Edited by ", "Written by ", "Words by ", "Additional reporting by "];

/// "By Jo Li, Sam Ng and Al Kay, Wire", "From Wire's Jo Li", "Reporting by Jo Li in Oslo": an
/// opening, then only capitalised words and the joiners of names and places; no sentence
/// punctuation at the end. "By Tuesday, officials said …" has lowercase words and is no byline.
/// The writer's post that closes a byline ("Technology correspondent", "political editor").
const BYLINE_POSTS: [&str; 5] = ["correspondent", "editor", "reporter", "writer", "columnist"];

fn is_byline(line: &str) -> bool {
    let line = line.trim_end();
    // "Priya Anand, Technology correspondent": a name, then the writer's post
    if let Some((name, post)) = line.split_once(", ") {
        let last = post.rsplit(' ').next().unwrap_or("");
        if BYLINE_POSTS.contains(&last)
            && (2..=4).contains(&name.split(' ').count())
            && name.split(' ').all(|w| w.starts_with(char::is_uppercase))
            && post.split(' ').count() <= 4
        {
            return true;
        }
    }
    // "Priya Anand Technology correspondent": the same without the comma (the post's word is
    // looked for first: most lines end otherwise)
    if let Some(lead) = BYLINE_POSTS.iter().find_map(|p| line.strip_suffix(p).and_then(|l| l.strip_suffix(' '))) {
        let n = lead.split(' ').count();
        if (2..=5).contains(&n) && lead.split(' ').all(|w| w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'')) {
            return true;
        }
    }
    let Some(rest) = BYLINE_OPENINGS.iter().find_map(|o| line.strip_prefix(o)) else {
        return false;
    };
    !rest.is_empty()
        && !line.ends_with(['.', '!', '?', ':', '"', '\u{201d}'])
        && rest.split([' ', ',']).filter(|w| !w.is_empty()).all(|w| {
            w.starts_with(char::is_uppercase)
                || matches!(w, "and" | "&" | "in" | "at" | "for" | "of" | "the" | "de" | "van" | "von" | "|")
        })
}

/// The number of words (maximal runs of non-[`is_space`] characters) in `line`, up to `max`.
fn count_words(line: &str, max: usize) -> usize {
    let mut words = 0;
    let mut in_word = false;
    let mut i = 0;
    while i < line.len() {
        let (c, w) = char_at(line, i);
        let space = is_space(c);
        if !space && !in_word {
            words += 1;
            if words == max {
                break;
            }
        }
        in_word = !space;
        i += w;
    }
    words
}

/// "4m ago", "1h ago", "11:24", "11.24am", "2 hours ago", "Updated 3m ago".
fn is_timestamp(lower: &str) -> bool {
    let mut t = lower.trim();
    for p in ["updated", "posted", "published", "at"] {
        t = t.strip_prefix(p).map_or(t, str::trim_start);
    }
    if t.is_empty() || t.len() > 40 {
        return false;
    }
    if t.ends_with(" ago")
        || t.ends_with("ago") && t.chars().next().is_some_and(|c| c.is_ascii_digit())
    {
        return t.chars().next().is_some_and(|c| c.is_ascii_digit())
            || t.starts_with("an ")
            || t.starts_with("a ");
    }
    // clock time alone, optionally with am/pm or a zone: 11:24, 9.05am, 14:02 BST
    let mut chars = t.chars().peekable();
    let mut digits = 0;
    while let Some(c) = chars.peek() {
        if c.is_ascii_digit() {
            digits += 1;
            chars.next();
        } else {
            break;
        }
    }
    if !(1..=2).contains(&digits) || !matches!(chars.next(), Some(':') | Some('.')) {
        return false;
    }
    let rest: String = chars.collect();
    let mins: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
    if mins.len() != 2 {
        return false;
    }
    // then am/pm, a zone, and a date: "6:41 p.m. et, november 21, 2026", "14:02 bst 3 march"
    rest[2..].split([' ', ',']).all(|w| {
        w.is_empty()
            || matches!(w, "am" | "pm" | "a.m." | "p.m." | "on")
            || w.len() <= 4 && w.bytes().all(|c| c.is_ascii_alphanumeric())
            || crate::numbers::month(w).is_some()
            || w.ends_with("day")
    })
}

/// A short line without final sentence punctuation, most words capitalised
/// or at least the first: a headline or subheading.
fn is_heading(line: &str) -> bool {
    let last = line.trim_end().chars().last().unwrap_or('.');
    if matches!(last, '.' | ',' | ';' | '…') {
        return false;
    }
    // a lead-in to a quote or list in sentence case ("Speaking in Kyiv, he said:") is a
    // paragraph; "What We Know:" in Title Case stays a heading
    if last == ':' && line.split(' ').skip(1).any(|w| w.starts_with(|c: char| c.is_lowercase()) && w.len() > 3) {
        return false;
    }
    // A line that ends with a closing quote mark after a full stop is a paragraph.
    if matches!(last, '"' | '\u{201d}' | '\'' | '\u{2019}') {
        let before = line.trim_end().chars().rev().nth(1).unwrap_or(' ');
        if matches!(before, '.' | ',' | '!' | '?') {
            return false;
        }
    }
    line.chars().next().is_some_and(|c| !c.is_lowercase()) && (1..=20).contains(&count_words(line, 21))
}

/// Abbreviations after which a full stop does not end a sentence.
fn is_abbreviation(word: &str) -> bool {
    let w = word.trim_start_matches(|c: char| !c.is_alphanumeric());
    if w.is_empty() {
        return false;
    }
    // initials and acronyms with dots: "U.S", "J", "a.m" (not a decimal: "1.8%", "$1.5bn")
    if (w.chars().count() == 1 && w.chars().all(char::is_uppercase))
        || w.contains('.') && w.chars().all(|c| c.is_alphabetic() || c == '.')
    {
        return true;
    }
    SET_LEXICON_ABBREVIATIONS.contains(w)
}

/// Split each block into sentences.
pub fn sentences(text: &str, blocks: &[Block]) -> Vec<Span> {
    // (room for a sentence per 64 bytes, more than news text has: no regrowing)
    let mut out = Vec::with_capacity(text.len() / 64 + blocks.len());
    for b in blocks {
        split_block(text, b.span(), &mut out);
    }
    out
}

fn split_block(text: &str, block: Span, out: &mut Vec<Span>) {
    let s = block.slice(text);
    let mut start = 0;
    let b = s.as_bytes();
    let mut i = 0;
    // a wire dateline is a sentence of its own: its place is no subject, its words no content
    if let Some(e) = dateline_end(s) {
        out.push(trim(text, Span::new(block.start, block.start + e)));
        start = e;
        i = e;
    }
    // scan bytes for sentence punctuation: '.', '!', '?' are never inside a multi-byte
    // character, and 0xE2 always starts one (… is E2 80 A6)
    while i < b.len() {
        // (skip to the next byte that may end a sentence)
        i = find_any(b, i, [b'.', b'!', b'?', 0xE2]);
        if i == b.len() {
            break;
        }
        let c = match b[i] {
            b'.' => '.',
            b'!' => '!',
            b'?' => '?',
            0xE2 if s[i..].starts_with('…') => '…',
            _ => {
                i += 1;
                continue;
            }
        };
        // absorb further terminal punctuation and closing marks: ?!" .’ ).
        let mut end = i + c.len_utf8();
        while end < b.len() {
            let (d, dw) = char_at(s, end);
            if matches!(
                d,
                '.' | '!' | '?' | '"' | '\'' | '\u{201d}' | '\u{2019}' | ')' | ']' | '»'
            ) {
                end += dw;
            } else {
                break;
            }
        }
        let at = i;
        i = end;
        // a sentence ends only before whitespace followed by an uppercase letter, digit or mark
        let rest = &s[end..];
        if !rest.starts_with(is_space) {
            continue;
        }
        let after = rest.trim_start_matches(is_space);
        let next = after.chars().next();
        // (also a brand written in lowercase with a capital inside: "easyFly said", "iPhone
        // sales")
        let brand = || crate::lexicon::is_lowercase_brand(after.split(|ch: char| !ch.is_alphanumeric()).next().unwrap_or(""));
        let starts_sentence = match next {
            None => false,
            Some(n) => {
                n.is_uppercase()
                    || brand()
                    || n.is_ascii_digit()
                    || matches!(
                        n,
                        '"' | '\u{201c}' | '\'' | '\u{2018}' | '«' | '„' | '(' | '['
                    )
            }
        };
        if !starts_sentence {
            continue;
        }
        if c == '.' {
            let word_start = s[..at]
                .rfind(|ch: char| is_space(ch) || ch == '(' || ch == '"' || ch == '\u{201c}')
                .map_or(0, |p| p + s[p..].chars().next().map_or(1, char::len_utf8));
            if is_abbreviation(&s[word_start..at]) {
                continue;
            }
        }
        let span = trim(text, Span::new(block.start + start, block.start + end));
        if !span.is_empty() {
            out.push(span);
        }
        start = end;
    }
    let span = trim(text, Span::new(block.start + start, block.end));
    if !span.is_empty() {
        out.push(span);
    }
}

/// The end of a wire dateline opening a paragraph, after its dash: "MOSCOW/BEIJING, Nov 21
/// (Reuters) - ", "DAYTON, Ohio (AP) — ", "LONDON (Reuters) -". The place is in capitals,
/// followed by a comma or a bracket; the dash comes within a short line's reach.
pub(crate) fn dateline_end(s: &str) -> Option<usize> {
    let caps = s.find(|c: char| !(c.is_ascii_uppercase() || matches!(c, '/' | ' ' | '.' | '-' | '\'')))?;
    if s[..caps].bytes().filter(u8::is_ascii_uppercase).count() < 2 || !s[caps..].starts_with([',', '(']) {
        return None;
    }
    let mut cut = s.len().min(caps + 60);
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &s[..cut];
    let (d, dash) = [" - ", " -- ", " \u{2013} ", " \u{2014} "].iter().filter_map(|p| head.find(p).map(|d| (d, p.len()))).min()?;
    // (an agency in brackets or a date before the dash; no sentence inside)
    let mid = head.get(caps..d)?;
    let credit = mid.trim_end().ends_with(')') || mid.contains(|c: char| c.is_ascii_digit());
    (credit && !mid.contains(['!', '?', '"', '\u{201c}'])).then_some(d + dash)
}

/// A word or punctuation token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    /// True for words (letters, digits, inner apostrophes, hyphens and dots); false for punctuation.
    pub word: bool,
}

/// Tokenize `span`: words keep inner apostrophes, hyphens and dots ("Russia's", "two-day",
/// "U.S."); every other non-space character is a punctuation token of its own.
pub fn tokens(text: &str, span: Span) -> Vec<Token> {
    let s = span.slice(text);
    let len = s.len();
    let mut out = Vec::with_capacity(len / 5 + 4);
    let mut i = 0;
    let b = s.as_bytes();
    while i < len {
        // ASCII spaces: `char::is_whitespace` holds for these six only
        if matches!(b[i], b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) {
            i += 1;
            continue;
        }
        let (c, w) = char_at(s, i);
        if is_space(c) {
            i += w;
            continue;
        }
        if !is_word_char(c) {
            out.push(Token { span: Span::new(span.start + i, span.start + i + w), word: false });
            i += w;
            continue;
        }
        let start = i;
        i += w;
        while i < len {
            if b[i].is_ascii_alphanumeric() {
                i += 1;
                continue;
            }
            let (d, dw) = char_at(s, i);
            if is_word_char(d) || ('\u{300}'..='\u{36f}').contains(&d) {
                i += dw;
            } else if matches!(d, '\'' | '\u{2019}' | '-' | '.' | '\u{2011}')
                && i + dw < len
                && is_word_char(char_at(s, i + dw).0)
                // a clock time and a number with thousands separators are one word: "14:30",
                // "231,000"
                || d == ':' && b[i - 1].is_ascii_digit() && b.get(i + 1).is_some_and(u8::is_ascii_digit)
                || d == ',' && b[i - 1].is_ascii_digit() && thousands_group(&b[i + 1..])
            {
                i += dw;
            } else {
                // (not when an opening mark glued to the word makes the apostrophe its closing one:
                // "'Hints' Vestria has asked")
                if plural_possessive(s, i) && !s[..start].ends_with(['\'', '\u{2018}']) || plus_suffix(s, start, i) {
                    i += dw;
                }
                break;
            }
        }
        out.push(Token { span: Span::new(span.start + start, span.start + i), word: true });
    }
    out
}

/// Whether `rest` opens with three digits and no fourth: a group after a thousands separator.
fn thousands_group(rest: &[u8]) -> bool {
    rest.len() >= 3 && rest[..3].iter().all(u8::is_ascii_digit) && !rest.get(3).is_some_and(u8::is_ascii_digit)
}

/// Whether the byte `i` of `s` is a "+" that ends the capitalised word begun at `start`: "OPEC+",
/// "Disney+" (not the "+" of "2+2" or "A+B").
fn plus_suffix(s: &str, start: usize, i: usize) -> bool {
    let b = s.as_bytes();
    b[i] == b'+' && b[start].is_ascii_uppercase() && !s[i + 1..].starts_with(|c: char| is_word_char(c))
}

/// Words after "s'" that show the apostrophe closes a quotation: function words (see [`plural_possessive`]).
const POSSESSED_STOP: &[&str] = &[
    "and", "but", "the", "she", "they", "was", "were", "are", "has", "have", "had", "for", "with",
    "from", "that", "this", "who", "which", "while", "when", "then", "not", "its", "his", "her",
    "their", "our", "into", "onto", "over", "after", "before", "about", "against", "will", "would",
    "could", "should", "can", "may", "might", "must", "did", "does", "been", "being", "also",
];
static SET_POSSESSED_STOP: crate::lexicon::WordSet<{ POSSESSED_STOP.len() }> = crate::lexicon::WordSet::new(POSSESSED_STOP);

/// Whether the apostrophe at byte `i` of `s` ends a plural possessive ("the Teachers' Union",
/// "Veterans' Affairs", "the nurses' union"): after an "s", before one space and a capitalised
/// word or a lowercase one that is no speech verb or function word. It belongs to its word,
/// not to the punctuation (the quotation pass reads the marks on its own).
fn plural_possessive(s: &str, i: usize) -> bool {
    let b = s.as_bytes();
    // (bytes: ’ is E2 80 99, and E2 only ever starts a character)
    let w = if b.get(i) == Some(&b'\'') {
        1
    } else if b.get(i) == Some(&0xE2) && b.get(i + 1) == Some(&0x80) && b.get(i + 2) == Some(&0x99) {
        3
    } else {
        return false;
    };
    if !(i > 0 && matches!(b[i - 1], b's' | b'S') && b.get(i + w) == Some(&b' ')) {
        return false;
    }
    let rest = &s[i + w + 1..];
    // (a hyphenated noun whole: "the Greens' co-leader")
    let next = &rest[..rest.bytes().position(|c| !c.is_ascii_lowercase() && c != b'-').unwrap_or(rest.len())];
    if rest.as_bytes().first().is_some_and(u8::is_ascii_uppercase) {
        return true;
    }
    // a lowercase noun ("the teachers' union"), not the verb or function word that follows a
    // closing mark ("… for the nurses' said Jo", "… the nurses' and")
    next.len() >= 3
        && crate::lexicon::cue_lemma(next).is_none()
        && !SET_POSSESSED_STOP.contains(next)
}

/// The character at byte `i` of `s` (a char boundary) and its length, with an ASCII fast path
/// inlined into the scanning loops and the decoding kept out of them (the wasm build, made for
/// size, would otherwise call the whole function for every byte).
#[inline(always)]
pub(crate) fn char_at(s: &str, i: usize) -> (char, usize) {
    let b = s.as_bytes()[i];
    if b < 0x80 {
        return (b as char, 1);
    }
    char_at_multibyte(s, i)
}

#[inline(never)]
fn char_at_multibyte(s: &str, i: usize) -> (char, usize) {
    let c = s.get(i..).and_then(|r| r.chars().next()).unwrap_or('\u{fffd}');
    (c, c.len_utf8())
}

/// Letters and digits of any script, with an ASCII fast path.
#[inline]
pub(crate) fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_space_is_unicode_whitespace_plus_zero_width_characters() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let zero_width = matches!(c, '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}');
            assert_eq!(is_space(c), c.is_whitespace() || zero_width, "{c:?}");
        }
    }

    fn kinds(text: &str) -> Vec<(String, BlockKind)> {
        blocks(text)
            .iter()
            .map(|b| (text[b.start..b.end].to_string(), b.kind))
            .collect()
    }

    #[test]
    fn lines_become_blocks_with_crlf_and_blank_lines() {
        let t = "First line here.\r\n\r\nSecond one, longer.\n  \nThird.";
        let k = kinds(t);
        assert_eq!(k.len(), 3);
        assert_eq!(k[0].0, "First line here.");
        assert_eq!(k[1].0, "Second one, longer.");
        assert_eq!(k[2].0, "Third.");
    }

    #[test]
    fn debris_captions_and_timestamps_are_labelled() {
        let t = "Talks resume in the capital\n4m ago\nCopy link\nThe mayor spoke at length to the press.\nA crowd gathers outside. Photograph: Jo Bloggs/Agency\n• first point of three\n11:24";
        let k: Vec<BlockKind> = kinds(t).into_iter().map(|x| x.1).collect();
        assert_eq!(
            k,
            vec![
                BlockKind::Heading,
                BlockKind::Timestamp,
                BlockKind::Boilerplate,
                BlockKind::Paragraph,
                BlockKind::Caption,
                BlockKind::ListItem,
                BlockKind::Timestamp
            ]
        );
    }

    #[test]
    fn a_name_and_the_writer_s_post_is_a_byline() {
        let kinds = |t: &str| blocks(t).iter().map(|b| b.kind).collect::<Vec<_>>();
        assert_eq!(kinds("Priya Anand-Walsh, Technology correspondent"), [BlockKind::Byline]);
        assert_eq!(kinds("Jon Lund, political editor"), [BlockKind::Byline]);
        // (without the comma too)
        assert_eq!(kinds("Priya Anand-Walsh Education correspondent"), [BlockKind::Byline]);
        assert_ne!(kinds("Police hunt for missing correspondent"), [BlockKind::Byline]);
        // a person's role in a caption-like line is not
        assert_ne!(kinds("Ana Ruiz, the mayor"), [BlockKind::Byline]);
    }

    #[test]
    fn a_live_page_s_names_with_their_shifts_above_a_stamp_are_its_byline() {
        let kinds = |t: &str| blocks(t).iter().map(|b| b.kind).collect::<Vec<_>>();
        use BlockKind::*;
        assert_eq!(kinds("Rail strike live\n\nNadia Orme (now) and Tomas Vell (earlier)\nThu 4 Mar 2027 11.20 GMT")[1], Byline);
        // (a line of names with a sentence's words is not)
        assert_eq!(kinds("Rail strike live\n\nNadia Orme (now) and the union (talks)\nThu 4 Mar 2027 11.20 GMT")[1], Heading);
    }

    #[test]
    fn a_byline_with_where_it_was_written_and_agencies_above_a_stamp() {
        use BlockKind::*;
        let k = kinds("Fire jumps highway\n\nMarta Quill in Ostrava Falls and agencies\nTue 9 Feb 2027 17.30 GMT");
        assert_eq!(k[1].1, Byline);
        // a sentence in the same place stays a heading
        let k = kinds("Fire jumps highway\n\nFirefighters in Ostrava Falls and agencies\nTue 9 Feb 2027 17.30 GMT");
        assert_eq!(k[1].1, Heading);
    }

    #[test]
    fn live_page_debris_stamps_and_bylines_are_labelled() {
        let t = "Posted at 14:02\nUpdated 6:41 p.m. ET, November 21, 2026\nLink Copied!\nBreaking\nAbout sharing\n\
                 By Ana Ruiz, Ben Cole and Li Wei, Wire\nFrom Wire's Ana Ruiz\nReporting by Ben Cole in Oslo\n\
                 By Tuesday, officials said the road would reopen.\nFrom the outset the plan was flawed\n\
                 Posted by a reader who was there, with his own photos of the flood";
        let k: Vec<BlockKind> = kinds(t).into_iter().map(|x| x.1).collect();
        use BlockKind::*;
        assert_eq!(
            k,
            vec![Timestamp, Timestamp, Boilerplate, Boilerplate, Boilerplate, Byline, Byline, Byline, Paragraph, Heading, Heading]
        );
    }

    #[test]
    fn a_teaser_after_its_label_is_read_like_a_headline() {
        let k: Vec<BlockKind> = kinds("Read more:\nRead more: Port strike ends after 12 days, union says\nRelated: Ports").into_iter().map(|x| x.1).collect();
        assert_eq!(k, vec![BlockKind::Boilerplate, BlockKind::Heading, BlockKind::Boilerplate]);
        let t = "Title\n\nRead more: Port strike ends after 12 days, union says";
        assert!(crate::analyze(t).quotes.iter().any(|q| q.kind == crate::QuoteKind::Indirect), "{:?}", crate::analyze(t).quotes);
    }

    #[test]
    fn a_site_s_trust_notice_is_debris() {
        // a name in it would credit a headline's "– thinktank" above it
        let k: Vec<BlockKind> = kinds("Why you can trust Harbour Radio").into_iter().map(|x| x.1).collect();
        assert_eq!(k, vec![BlockKind::Boilerplate]);
    }

    #[test]
    fn a_lead_in_ending_in_a_colon_is_a_paragraph_unless_in_title_case() {
        let t = "Speaking in Tromso beside the visiting minister, he said:\nWhat We Know So Far:";
        let k: Vec<BlockKind> = kinds(t).into_iter().map(|x| x.1).collect();
        assert_eq!(k, vec![BlockKind::Paragraph, BlockKind::Heading]);
    }

    #[test]
    fn sentences_skip_abbreviations() {
        let t =
            "Mr. Smith went to the U.S. on Sept. 4. He said \u{201c}Fine.\u{201d} Then he left.";
        let b = blocks(t);
        let s: Vec<&str> = sentences(t, &b).iter().map(|s| s.slice(t)).collect();
        assert_eq!(
            s,
            vec![
                "Mr. Smith went to the U.S. on Sept. 4.",
                "He said \u{201c}Fine.\u{201d}",
                "Then he left."
            ]
        );
    }

    #[test]
    fn a_decimal_before_a_full_stop_ends_the_sentence() {
        let t = "Shares rose 1.8%. The pound fell. The deal is worth $1.5bn. It closes at 9.30 a.m. Friday.";
        let b = blocks(t);
        let s: Vec<&str> = sentences(t, &b).iter().map(|s| s.slice(t)).collect();
        assert_eq!(s, ["Shares rose 1.8%.", "The pound fell.", "The deal is worth $1.5bn.", "It closes at 9.30 a.m. Friday."]);
    }

    #[test]
    fn a_wire_dateline_is_a_sentence_of_its_own() {
        let split = |t: &str| sentences(t, &blocks(t)).iter().map(|s| s.slice(t).to_string()).collect::<Vec<_>>();
        assert_eq!(split("VARNA/OSTRAVA, Nov. 21 (Nortel) - The envoy will travel. He said so."), ["VARNA/OSTRAVA, Nov. 21 (Nortel) -", "The envoy will travel.", "He said so."]);
        assert_eq!(split("SALEM, Ohio (AP) \u{2014} Ana Lind spoke."), ["SALEM, Ohio (AP) \u{2014}", "Ana Lind spoke."]);
        // no dateline: a capitalised opening word, or no dash
        assert_eq!(split("NATO, the alliance - as it says - met."), ["NATO, the alliance - as it says - met."]);
        assert_eq!(split("LONDON, Nov 21 The envoy spoke."), ["LONDON, Nov 21 The envoy spoke."]);
        // (a character cut by the look-ahead limit)
        assert_eq!(split(&format!("OSLO, 12 {}", "\u{e9}".repeat(40))).len(), 1);
    }

    /// The tokenizer as first written (char by char), kept as the reference for the fast one.
    fn tokens_reference(text: &str, span: Span) -> Vec<Token> {
        let s = span.slice(text);
        let mut out = Vec::new();
        let mut iter = s.char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            if is_space(c) {
                continue;
            }
            if c.is_alphanumeric() {
                let mut end = i + c.len_utf8();
                while let Some(&(j, d)) = iter.peek() {
                    let joiner = matches!(d, '\'' | '\u{2019}' | '-' | '.' | '\u{2011}');
                    if d.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&d) {
                        end = j + d.len_utf8();
                        iter.next();
                    } else if joiner && s[j + d.len_utf8()..].chars().next().is_some_and(char::is_alphanumeric)
                        || d == ':' && s[..j].ends_with(|c: char| c.is_ascii_digit()) && s[j + 1..].starts_with(|c: char| c.is_ascii_digit())
                        || d == ',' && s[..j].ends_with(|c: char| c.is_ascii_digit()) && thousands_group(s[j + 1..].as_bytes())
                    {
                        end = j + d.len_utf8();
                        iter.next();
                    } else {
                        if !s[..i].ends_with(['\'', '\u{2018}']) && plural_possessive(s, j) || plus_suffix(s, i, j) {
                            end = j + d.len_utf8();
                            iter.next();
                        }
                        break;
                    }
                }
                out.push(Token { span: Span::new(span.start + i, span.start + end), word: true });
            } else {
                out.push(Token { span: Span::new(span.start + i, span.start + i + c.len_utf8()), word: false });
            }
        }
        out
    }

    #[test]
    fn a_closing_mark_after_an_s_is_no_possessive_when_the_word_opened_with_a_mark() {
        let words = |t: &str| tokens(t, Span::new(0, t.len())).iter().map(|k| k.span.slice(t).to_string()).collect::<Vec<_>>();
        assert_eq!(words("the Teachers' Union"), ["the", "Teachers'", "Union"]);
        assert_eq!(words("\u{2018}Hints\u{2019} Vestria asked"), ["\u{2018}", "Hints", "\u{2019}", "Vestria", "asked"]);
        assert_eq!(words("'Threats' Varna says"), ["'", "Threats", "'", "Varna", "says"]);
        assert_eq!(words("at 14:30, Li: 2 (x:9)"), ["at", "14:30", ",", "Li", ":", "2", "(", "x", ":", "9", ")"]);
        assert_eq!(words("to 231,000, 1,2 and 5,0000"), ["to", "231,000", ",", "1", ",", "2", "and", "5", ",", "0000"]);
        assert_eq!(words("a source close to OPEC+, and Disney+ (2+2)"), ["a", "source", "close", "to", "OPEC+", ",", "and", "Disney+", "(", "2", "+", "2", ")"]);
    }

    #[test]
    fn fast_tokenizer_equals_the_reference() {
        let samples = [
            "Russia's \u{201c}two-day\u{201d} talks, U.S. officials said\u{2014}at 11:24.",
            "Jos\u{65}\u{301} P\u{e9}rez \u{4e2d}\u{6587} \u{1F600}x rock 'n' roll -5 a- -b .5. e\u{2011}mail",
            "\u{5e9}\u{5dc}\u{5d5}\u{5dd} \u{627}\u{644} \u{a0}\u{200b}x\u{2019}s \u{301}lead ''quote'' 1,000.5",
            "",
            "   ",
            "a",
            "-",
            "Jo Li's U.S.-based team, the \u{201c}ISW\u{201d} (ISW) said: 3.5% \u{2014} e\u{301}t\u{e9} x",
            "\u{200b}Zero\u{feff}width\u{a0}nbsp\u{85}nel\u{2028}ls\u{3000}ideo\tTab\r\nCRLF\x0b\x0c",
            "Caf\u{e9}-bar \u{2011}non\u{2011}break end. Trailing- 'quote' \u{2019}s x\u{2019} \u{1f600}\u{4e2d}\u{6587}",
            "a.b. .c -d- 1,000 \u{661}\u{662} \u{ff21}\u{ff22} \u{300}lead \u{10400}\u{10428}",
            "the Teachers' Union, Veterans\u{2019} Affairs, the teachers' union, 'the Ss' X, s', \u{2018}Hints\u{2019} Vestria 'Ss' X",
        ];
        for t in samples {
            for start in 0..=t.len() {
                if t.is_char_boundary(start) {
                    let span = Span::new(start, t.len());
                    assert_eq!(tokens(t, span), tokens_reference(t, span), "{t:?} from {start}");
                }
            }
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn fast_tokenizer_equals_the_reference_on_any_text(t in "(\\PC|[ \t\n\r\u{b}\u{c}\u{85}\u{a0}\u{200b}\u{feff}'\u{2019}\u{2011}.-]|\u{301}){0,60}") {
            let span = Span::new(0, t.len());
            proptest::prop_assert_eq!(tokens(&t, span), tokens_reference(&t, span));
        }
    }

    #[test]
    fn words_are_counted_like_a_split_on_spaces() {
        for t in ["", " ", "one", " two  words ", "a\u{a0}b\u{200b}c\td\ne", "\u{4e2d}\u{6587} \u{1F600}", &"w ".repeat(100)] {
            for max in [1, 20, 61] {
                let split = t.split(is_space).filter(|w| !w.is_empty()).take(max).count();
                assert_eq!(count_words(t, max), split, "{t:?} {max}");
            }
        }
    }

    #[test]
    fn nbsp_and_zero_width_are_trimmed() {
        let t = "\u{a0}\u{200b}Hello there.\u{a0}";
        let b = blocks(t);
        assert_eq!(b.len(), 1);
        assert_eq!(&t[b[0].start..b[0].end], "Hello there.");
    }
}
