//! Tokenizer of the numbers pass: words (letter runs), numerals (digit runs with
//! thousands separators and one decimal point) and single punctuation characters,
//! each remembering whether whitespace precedes it. Chunks between spaces that are
//! URLs, e-mail addresses or phone numbers are marked `skip`.

use crate::text::{char_at, is_space};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Word,
    Num,
    Punct(char),
}

/// One token.
#[derive(Clone, Copy, Debug)]
pub struct Tok {
    pub s: usize,
    pub e: usize,
    pub kind: Kind,
    /// Whitespace (or the block start) precedes the token.
    pub sp: bool,
    /// The word starts with an uppercase letter.
    pub cap: bool,
    /// Part of a URL, e-mail address or phone number.
    pub skip: bool,
}

impl Tok {
    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }
    pub fn is_num(&self) -> bool {
        self.kind == Kind::Num
    }
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }
}

fn is_group_space(c: char) -> bool {
    matches!(c, '\u{a0}' | '\u{202f}' | '\u{2009}')
}

/// Number of ASCII digits at the start of `b`.
fn digit_run(b: &[u8]) -> usize {
    b.iter().take_while(|c| c.is_ascii_digit()).count()
}

/// Tokenize `text[start..end]` into `out` (cleared first).
/// Letters of any script, with an ASCII fast path.
#[inline]
fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        c.is_alphabetic()
    }
}

pub fn tokenize(text: &str, start: usize, end: usize, out: &mut Vec<Tok>) {
    out.clear();
    let s = &text[start..end];
    let b = s.as_bytes();
    let mut i = 0;
    let mut sp = true;
    let mut chunk_start = 0; // byte offset (in s) where the current non-space chunk began
    let mut chunk_tok = 0; // index of its first token
    // the chunk holds a character that may make it a URL, an address or a phone number
    let mut telling = false;
    let mut phone = Phone::default();
    while i < b.len() {
        let (c, w) = char_at(s, i);
        if is_space(c) {
            if !sp {
                end_chunk(s, chunk_start, i, chunk_tok, telling, out, &mut phone);
            }
            sp = true;
            i += w;
            continue;
        }
        if sp {
            chunk_start = i;
            chunk_tok = out.len();
            telling = false;
        }
        let tok_start = i;
        let kind;
        if c.is_ascii_digit() {
            let mut j = i + digit_run(&b[i..]);
            let mut first_group = j - i;
            let mut seen_dot = false;
            loop {
                if j + 1 < b.len() && b[j] == b',' && !seen_dot {
                    let n = digit_run(&b[j + 1..]);
                    if n == 3 && first_group <= 3 {
                        j += 4;
                        continue;
                    }
                    // Indian grouping "1,00,000": two-digit groups before the last three
                    if n == 2 && first_group <= 3 && b.get(j + 3) == Some(&b',') {
                        j += 3;
                        continue;
                    }
                } else if j + 1 < b.len() && b[j] == b'.' && !seen_dot {
                    let n = digit_run(&b[j + 1..]);
                    if n > 0 {
                        seen_dot = true;
                        j += 1 + n;
                        continue;
                    }
                } else if j < b.len() && !seen_dot && first_group <= 3 {
                    if let Some(g) = s[j..].chars().next().filter(|&g| is_group_space(g)) {
                        let k = j + g.len_utf8();
                        let n = digit_run(&b[k..]);
                        if n == 3 {
                            j = k + 3;
                            first_group = 3;
                            continue;
                        }
                    }
                }
                break;
            }
            let _ = first_group;
            i = j;
            kind = Kind::Num;
        } else if is_alpha(c) {
            let mut j = i + w;
            while j < b.len() {
                // (ASCII letters without decoding)
                if b[j].is_ascii_alphabetic() {
                    j += 1;
                    continue;
                }
                if b[j] < 0x80 {
                    break;
                }
                let (d, dw) = char_at(s, j);
                if is_alpha(d) || ('\u{300}'..='\u{36f}').contains(&d) {
                    j += dw;
                } else {
                    break;
                }
            }
            i = j;
            kind = Kind::Word;
        } else {
            i += w;
            telling |= matches!(c, ':' | '@' | '/' | '=' | '+' | '(');
            kind = Kind::Punct(c);
        }
        let t = Tok {
            s: start + tok_start,
            e: start + i,
            kind,
            sp,
            cap: if c.is_ascii() { c.is_ascii_uppercase() } else { c.is_uppercase() },
            skip: false,
        };
        out.push(t);
        sp = false;
    }
    if !sp {
        end_chunk(s, chunk_start, b.len(), chunk_tok, telling, out, &mut phone);
    }
}

/// Mark the tokens of a finished chunk `s[a..z]` as skipped when it is a URL, an
/// e-mail address or part of a phone number. `telling`: the chunk holds one of `:@/=+(`.
#[inline]
fn end_chunk(s: &str, a: usize, z: usize, first: usize, telling: bool, out: &mut [Tok], phone: &mut Phone) {
    // most chunks are plain words: only look closer at those with a telling character (the
    // test inline, where the chunks end; a slice pattern, not a call to `memcmp`)
    if !(telling || matches!(s.as_bytes().get(a..z), Some([b'w', b'w', b'w', b'.', ..] | [b'0'..=b'9', ..]))) {
        *phone = Phone::default();
        return;
    }
    end_telling_chunk(s, a, z, first, out, phone);
}

/// [`end_chunk`] of a chunk with a telling character, or that starts with "www." or a digit.
fn end_telling_chunk(s: &str, a: usize, z: usize, first: usize, out: &mut [Tok], phone: &mut Phone) {
    let chunk = &s[a..z];
    let bytes = chunk.as_bytes();
    // URLs, e-mail addresses and markup attributes (timestamp="1474387200")
    let url = chunk.contains("://")
        || chunk.contains('=')
        || chunk.starts_with("www.")
        || (chunk.contains('@') && chunk.contains('.'))
        || (chunk.contains('/') && has_dotted_word(bytes));
    let starts_phone = bytes.len() >= 2
        && bytes[0] == b'+'
        && bytes[1..]
            .iter()
            .all(|c| c.is_ascii_digit() || matches!(c, b'(' | b')' | b'-'));
    let phone_part = bytes
        .iter()
        .all(|c| c.is_ascii_digit() || matches!(c, b'(' | b')' | b'-' | b'.'))
        && bytes.iter().any(u8::is_ascii_digit);
    // "0800 123 4567", "(020) 7946 0000": a group with a leading zero followed by more
    // digit groups is a phone number ("0700 GMT" alone is not)
    let leading_zero = bytes.len() >= 3
        && phone_part
        && (bytes[0] == b'0' || (bytes[0] == b'(' && bytes[1] == b'0'));
    // "1-800-555-0148", "202-555-0199": three or more digit groups joined by hyphens (not an
    // ISO date, "2024-03-15")
    let dashed = bytes.iter().filter(|&&c| c == b'-').count() >= 2 && {
        let core = chunk.trim_end_matches([',', '.', ';', ':', ')']).as_bytes();
        let (mut groups, mut lens, mut digits) = (0, [0; 3], true);
        for g in core.split(|&c| c == b'-') {
            digits &= !g.is_empty() && g.iter().all(u8::is_ascii_digit);
            if groups < 3 {
                lens[groups] = g.len();
            }
            groups += 1;
        }
        digits && groups >= 3 && !(groups == 3 && lens == [4, 2, 2])
    };
    let mut from = first;
    if starts_phone || dashed {
        phone.on = true;
    } else if phone_part && (phone.on || phone.pending.is_some()) {
        if let Some(p) = phone.pending.take() {
            from = p;
        }
        phone.on = true;
    } else {
        phone.on = false;
        phone.pending = None;
    }
    if leading_zero && !phone.on {
        phone.pending = Some(first);
    }
    if url || phone.on {
        for t in &mut out[from..] {
            t.skip = true;
        }
    }
}

/// Phone-number state across the chunks of a block.
#[derive(Default)]
struct Phone {
    /// Inside a phone number: digit groups keep being skipped.
    on: bool,
    /// First token of a leading-zero group that starts a phone number if digits follow.
    pending: Option<usize>,
}

/// "letters.letters" somewhere in the chunk (a domain name).
fn has_dotted_word(b: &[u8]) -> bool {
    b.windows(3)
        .any(|w| w[0].is_ascii_alphabetic() && w[1] == b'.' && w[2].is_ascii_alphabetic())
}
