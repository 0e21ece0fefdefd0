//! Pass 3: attribution.
//!
//! For each quote candidate, finds the cue that credits it ("said", "told
//! reporters", a headline colon), the speaker mention (subject of the cue),
//! and resolves the mention to the fullest name the article gives. Candidates
//! with no credit and too short to be speech (scare quotes, titles) are
//! dropped; quotes with no cue of their own that continue an attributed
//! quote inherit its speaker.

use crate::lexicon::{cue_lemma, PRONOUNS, TITLES};
use crate::quotes::Candidate;
use crate::text::{tokens, Block, Token};
use crate::{Mention, Quote, QuoteKind, Resolution, Span, Speaker};

/// A credit found next to a quote.
#[derive(Clone, Debug)]
struct Credit {
    speaker: Option<Span>,
    cue: Span,
}

fn lower(text: &str, t: &Token) -> String {
    t.span.slice(text).to_lowercase()
}

fn is_capitalised(text: &str, t: &Token) -> bool {
    t.word
        && t.span
            .slice(text)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
}

/// The speaker noun phrase that ends right before token `end` (exclusive), scanning back.
fn subject_before(text: &str, toks: &[Token], end: usize) -> Option<Span> {
    if end == 0 {
        return None;
    }
    let last = &toks[end - 1];
    if !last.word {
        return None;
    }
    let lw = lower(text, last);
    if PRONOUNS.contains(&lw.as_str()) {
        return Some(last.span);
    }
    let mut start = end;
    let mut saw_noun = false;
    while start > 0 {
        let t = &toks[start - 1];
        if !t.word {
            break;
        }
        let w = lower(text, t);
        if cue_lemma(&w).is_some() && saw_noun {
            break;
        }
        if matches!(
            w.as_str(),
            "and" | "but" | "that" | "which" | "who" | "as" | "while" | "when" | "after" | "before"
        ) {
            break;
        }
        start -= 1;
        saw_noun = true;
        if matches!(
            w.as_str(),
            "the" | "a" | "an" | "his" | "her" | "their" | "its"
        ) {
            break;
        }
        if end - start >= 7 {
            break;
        }
    }
    (start < end).then(|| Span::new(toks[start].span.start, toks[end - 1].span.end))
}

/// The speaker noun phrase starting at token `start`, scanning forward ("said Mr Smith").
fn subject_after(text: &str, toks: &[Token], start: usize) -> Option<Span> {
    let first = toks.get(start)?;
    if !first.word {
        return None;
    }
    if PRONOUNS.contains(&lower(text, first).as_str()) {
        return Some(first.span);
    }
    let mut end = start;
    while end < toks.len() && end - start < 7 {
        let t = &toks[end];
        if !t.word {
            break;
        }
        let w = lower(text, t);
        let function = matches!(w.as_str(), "the" | "a" | "an" | "of" | "his" | "her");
        if !(is_capitalised(text, t)
            || function
            || end > start && !matches!(w.as_str(), "and" | "in" | "on" | "at" | "to" | "that"))
        {
            break;
        }
        if matches!(w.as_str(), "in" | "on" | "at" | "to" | "that" | "and") {
            break;
        }
        end += 1;
    }
    (end > start).then(|| Span::new(toks[start].span.start, toks[end - 1].span.end))
}

/// Look for a credit after the quote: `"…," he said` / `"…," said Mr Smith`.
fn credit_after(text: &str, block: Span, quote_end: usize) -> Option<Credit> {
    let window = Span::new(quote_end, block.end);
    let toks = tokens(text, window);
    let toks: Vec<Token> = toks.into_iter().take(12).collect();
    // skip leading punctuation
    let mut i = 0;
    while i < toks.len() && !toks[i].word {
        if matches!(toks[i].span.slice(text), "\u{201c}" | "\"" | "(") {
            return None;
        }
        i += 1;
    }
    for j in i..toks.len().min(i + 8) {
        let t = &toks[j];
        if !t.word {
            break;
        }
        if cue_lemma(&lower(text, t)).is_some() {
            let speaker = if j > i {
                subject_before(text, &toks[..j], j)
            } else {
                subject_after(text, &toks, j + 1)
            };
            return Some(Credit {
                speaker,
                cue: t.span,
            });
        }
    }
    None
}

/// Look for a credit before the quote: `Smith said: "…"`, `He told reporters "…"`, `NATO: "…"`.
fn credit_before(text: &str, sentence_start: usize, quote_start: usize) -> Option<Credit> {
    let window = Span::new(sentence_start, quote_start);
    let toks = tokens(text, window);
    // headline colon credit: `X: "…"`
    if let Some(last) = toks.last() {
        if last.span.slice(text) == ":" {
            let n = toks.len() - 1;
            for j in (n.saturating_sub(6)..n).rev() {
                if toks[j].word && cue_lemma(&lower(text, &toks[j])).is_some() {
                    return Some(Credit {
                        speaker: subject_before(text, &toks, j),
                        cue: toks[j].span,
                    });
                }
            }
            if n <= 6 {
                return Some(Credit {
                    speaker: subject_before(text, &toks, n),
                    cue: last.span,
                });
            }
        }
    }
    let n = toks.len();
    for j in (n.saturating_sub(8)..n).rev() {
        let t = &toks[j];
        if t.word && cue_lemma(&lower(text, t)).is_some() {
            return Some(Credit {
                speaker: subject_before(text, &toks, j),
                cue: t.span,
            });
        }
    }
    None
}

/// Resolve a mention to the fullest name the text gives before `upto`.
fn resolve(text: &str, mention: Span, last_named: Option<&str>) -> (String, Resolution) {
    let m = mention.slice(text);
    let lw = m.to_lowercase();
    if PRONOUNS.contains(&lw.as_str()) {
        return match last_named {
            Some(n) => (n.to_string(), Resolution::Pronoun),
            None => (m.to_string(), Resolution::AsWritten),
        };
    }
    // drop titles and leading determiners
    let words: Vec<&str> = m.split_whitespace().collect();
    let core: Vec<&str> = words
        .iter()
        .copied()
        .skip_while(|w| TITLES.contains(w) || matches!(*w, "the" | "The"))
        .collect();
    let surname = core.last().copied().unwrap_or(m);
    if surname.chars().next().is_some_and(char::is_uppercase) {
        // the longest capitalised run in the earlier text that ends with this surname
        if let Some(full) = fullest_name(text, surname) {
            if full.split_whitespace().count() > core.len() {
                return (full, Resolution::Name);
            }
        }
        return (core.join(" "), Resolution::AsWritten);
    }
    (m.to_string(), Resolution::AsWritten)
}

/// The longest run of capitalised words ending with `surname` anywhere in the text.
fn fullest_name(text: &str, surname: &str) -> Option<String> {
    let mut best: Option<String> = None;
    let mut from = 0;
    while let Some(pos) = text[from..].find(surname) {
        let at = from + pos;
        from = at + surname.len();
        let after = text[from..].chars().next();
        if after.is_some_and(char::is_alphanumeric) {
            continue;
        }
        let before = &text[..at];
        let mut words: Vec<&str> = Vec::new();
        for w in before.split(' ').rev().skip(1) {
            if w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.')
                && !TITLES.contains(&w)
            {
                words.push(w);
                if words.len() >= 3 {
                    break;
                }
            } else {
                break;
            }
        }
        if !before.ends_with(' ') {
            words.clear();
        }
        words.reverse();
        words.push(surname);
        let name = words.join(" ");
        if best
            .as_ref()
            .is_none_or(|b| name.split(' ').count() > b.split(' ').count())
        {
            best = Some(name);
        }
    }
    best
}

/// Attribute every candidate; returns the quotes kept and the speakers list.
pub fn attribute(
    text: &str,
    blocks: &[Block],
    sentences: &[Span],
    candidates: &[Candidate],
) -> Vec<Quote> {
    let mut quotes: Vec<Quote> = Vec::new();
    let mut last_named: Option<String> = None;
    let mut prev_group_speaker: Option<(usize, Option<Mention>, Option<Span>)> = None;
    let mut si = 0;
    for c in candidates {
        let outer = c.outer();
        while si + 1 < sentences.len() && sentences[si].end <= outer.start {
            si += 1;
        }
        let sentence_start = sentences
            .get(si)
            .map_or(blocks[c.block].start, |s| s.start.min(outer.start));
        let block = blocks[c.block].span();
        let credit = credit_after(text, block, outer.end)
            .or_else(|| credit_before(text, sentence_start, outer.start));
        let words = c.content.slice(text).split_whitespace().count();
        let continued = prev_group_speaker
            .as_ref()
            .filter(|(g, _, _)| *g == c.group);
        let (speaker, cue, confidence) = match (&credit, continued) {
            (Some(cr), _) => {
                let mention = cr.speaker.map(|sp| {
                    let (name, resolution) = resolve(text, sp, last_named.as_deref());
                    Mention {
                        name,
                        start: sp.start,
                        end: sp.end,
                        resolution,
                    }
                });
                (mention, Some(cr.cue), 0.9)
            }
            (None, Some((_, m, cue))) => (
                m.clone().map(|m| Mention {
                    resolution: Resolution::Continuation,
                    ..m
                }),
                *cue,
                0.7,
            ),
            (None, None) => {
                // no credit: keep only sentence-like quotes
                if words < 4 {
                    continue;
                }
                (None, None, 0.5)
            }
        };
        if let Some(m) = &speaker {
            if m.resolution != Resolution::Pronoun
                && m.name.chars().next().is_some_and(char::is_uppercase)
            {
                last_named = Some(m.name.clone());
            }
        }
        prev_group_speaker = Some((c.group, speaker.clone(), cue));
        quotes.push(Quote {
            start: c.content.start,
            end: c.content.end,
            kind: QuoteKind::Direct,
            speaker,
            cue,
            via: None,
            group: c.group,
            confidence: if c.unbalanced() {
                confidence * 0.7
            } else {
                confidence
            },
        });
    }
    quotes
}

/// Group quotes by resolved speaker name, in order of first quote.
pub fn speakers_of(quotes: &[Quote]) -> Vec<Speaker> {
    let mut out: Vec<Speaker> = Vec::new();
    for (i, q) in quotes.iter().enumerate() {
        let Some(m) = &q.speaker else { continue };
        match out.iter_mut().find(|s| s.name == m.name) {
            Some(s) => {
                if !s.mentions.contains(&m.span()) {
                    s.mentions.push(m.span());
                }
                s.quotes.push(i);
            }
            None => out.push(Speaker {
                name: m.name.clone(),
                mentions: vec![m.span()],
                quotes: vec![i],
            }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::analyze;

    fn credited(t: &str) -> Vec<(String, Option<String>, Option<String>)> {
        analyze(t)
            .quotes
            .iter()
            .map(|q| {
                (
                    q.text(t).to_string(),
                    q.speaker.as_ref().map(|s| t[s.start..s.end].to_string()),
                    q.speaker.as_ref().map(|s| s.name.clone()),
                )
            })
            .collect()
    }

    #[test]
    fn speaker_after_and_before_the_quote() {
        let t = "Talks went on. \u{201c}We will not move,\u{201d} said Anna Berg. Then, Berg said: \u{201c}Nothing has changed.\u{201d}";
        let c = credited(t);
        assert_eq!(c[0].1.as_deref(), Some("Anna Berg"));
        assert_eq!(c[1].1.as_deref(), Some("Berg"));
        assert_eq!(c[1].2.as_deref(), Some("Anna Berg"));
    }

    #[test]
    fn pronoun_resolves_to_last_named_speaker() {
        let t = "\u{201c}It is late,\u{201d} Jonas Weber said. \u{201c}We should go home now,\u{201d} he added.";
        let c = credited(t);
        assert_eq!(c[1].1.as_deref(), Some("he"));
        assert_eq!(c[1].2.as_deref(), Some("Jonas Weber"));
    }

    #[test]
    fn scare_quote_without_credit_is_dropped() {
        let t = "The so-called \u{201c}grand bargain\u{201d} collapsed on Monday.";
        assert!(credited(t).is_empty());
    }
}
