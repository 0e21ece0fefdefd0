//! Invariants every [`Analysis`] keeps, whatever the input. Used by the property tests and
//! the fuzz target; not part of the product (nothing in the wasm build calls it).

use crate::{Analysis, QuoteKind, Span};

/// Check every invariant of an analysis of `text`; returns a description of the first violation.
pub fn check(text: &str, a: &Analysis) -> Result<(), String> {
    let ok_span = |what: &str, s: Span| -> Result<(), String> {
        if s.start >= s.end || s.end > text.len() {
            return Err(format!("{what} {s:?} empty or out of bounds ({} bytes)", text.len()));
        }
        if !text.is_char_boundary(s.start) || !text.is_char_boundary(s.end) {
            return Err(format!("{what} {s:?} not on a char boundary"));
        }
        Ok(())
    };
    for b in &a.blocks {
        ok_span("block", b.span())?;
    }
    for w in a.blocks.windows(2) {
        if w[0].end > w[1].start {
            return Err(format!("blocks overlap: {:?} {:?}", w[0], w[1]));
        }
    }
    for s in &a.sentences {
        ok_span("sentence", *s)?;
    }
    for q in &a.quotes {
        ok_span("quote", q.span())?;
        if let Some(m) = &q.speaker {
            ok_span("speaker", m.span())?;
        }
        if let Some(c) = q.cue {
            ok_span("cue", c)?;
        }
        if let Some(m) = &q.via {
            ok_span("via", m.span())?;
        }
        if !(0.0..=1.0).contains(&q.confidence) {
            return Err(format!("confidence {} out of 0..1", q.confidence));
        }
    }
    // quotes are in order; direct quotes never overlap each other; an indirect clause either
    // contains a direct quote or is disjoint from it, and holds another indirect clause whole
    // ("A told B …, according to C": C's report holds A's) or is disjoint from it
    for (i, x) in a.quotes.iter().enumerate() {
        for y in &a.quotes[i + 1..] {
            if y.start >= x.end {
                break;
            }
            let direct = |k| k != QuoteKind::Indirect;
            let nested = x.span().contains(y.span()) || y.span().contains(x.span());
            if direct(x.kind) && direct(y.kind) || !nested {
                return Err(format!("quotes overlap: {:?} {:?}", x.span(), y.span()));
            }
        }
    }
    if a.quotes.windows(2).any(|w| (w[0].start, w[0].end) > (w[1].start, w[1].end)) {
        return Err("quotes out of order".into());
    }
    for n in &a.numbers {
        ok_span("number", n.span())?;
    }
    for w in a.numbers.windows(2) {
        if w[0].end > w[1].start {
            return Err(format!("numbers overlap or are out of order: {:?} {:?}", w[0].span(), w[1].span()));
        }
    }
    for s in &a.speakers {
        for &q in &s.quotes {
            if q >= a.quotes.len() {
                return Err(format!("speaker {} points at quote {q} of {}", s.name, a.quotes.len()));
            }
        }
    }
    // the JS view: UTF-16 offsets equal the byte offsets converted (by an independent prefix
    // table here), and slice to the same text
    let view = crate::view::to_js(text, a);
    let mut units_before = vec![0usize; text.len() + 1];
    let mut u = 0;
    for (i, c) in text.char_indices() {
        units_before[i] = u;
        u += c.len_utf16();
    }
    units_before[text.len()] = u;
    let units: Vec<u16> = text.encode_utf16().collect();
    for (q, j) in a.quotes.iter().zip(&view.quotes) {
        if j.start != units_before[q.start] || j.end != units_before[q.end] {
            return Err(format!("utf16 offsets of quote {:?} wrong: {}..{}", q.span(), j.start, j.end));
        }
        if String::from_utf16_lossy(&units[j.start..j.end]) != j.text {
            return Err("utf16 slice differs from the quote text".into());
        }
    }
    for (n, j) in a.numbers.iter().zip(&view.numbers) {
        if j.start != units_before[n.start] || j.end != units_before[n.end] {
            return Err(format!("utf16 offsets of number {:?} wrong", n.span()));
        }
    }
    if view.quotes.len() != a.quotes.len() || view.numbers.len() != a.numbers.len() {
        return Err("the JS view lost items".into());
    }
    Ok(())
}

