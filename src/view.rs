//! The JavaScript view of an [`Analysis`]: the same data with UTF-16 offsets
//! and the covered text alongside each span, in the shape of the prediction
//! format of the gold files (`offsets: "utf16"`). Plain Rust, so native
//! tests can check it; the wasm layer only serializes it.

use crate::utf16::Utf16Map;
use crate::{Analysis, Approx, BlockKind, Mention, NumberKind, QuoteKind, Resolution, Span, Value};
use serde::Serialize;

#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct JsAnalysis {
    /// Always `"utf16"`: every `start`/`end` is a JavaScript string index.
    pub offsets: &'static str,
    pub quotes: Vec<JsQuote>,
    pub numbers: Vec<JsNumber>,
    pub speakers: Vec<JsSpeaker>,
    pub blocks: Vec<JsBlock>,
    pub sentences: Vec<JsSpan>,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct JsSpan {
    pub start: usize,
    pub end: usize,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct JsText {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct JsMention {
    pub name: String,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub resolution: Resolution,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct JsQuote {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: QuoteKind,
    pub speaker: Option<JsMention>,
    pub cue: Option<JsText>,
    pub via: Option<JsMention>,
    pub group: usize,
    pub confidence: f32,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct JsNumber {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: NumberKind,
    pub value: Option<Value>,
    pub high: Option<f64>,
    pub unit: Option<String>,
    pub approx: Option<Approx>,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct JsSpeaker {
    pub name: String,
    pub mentions: Vec<JsSpan>,
    pub quotes: Vec<usize>,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct JsBlock {
    pub start: usize,
    pub end: usize,
    pub kind: BlockKind,
}

struct Conv<'t> {
    text: &'t str,
    map: Utf16Map<'t>,
}

impl Conv<'_> {
    fn span(&self, s: Span) -> JsSpan {
        JsSpan {
            start: self.map.convert(s.start),
            end: self.map.convert(s.end),
        }
    }
    fn text(&self, s: Span) -> JsText {
        JsText {
            start: self.map.convert(s.start),
            end: self.map.convert(s.end),
            text: s.slice(self.text).to_string(),
        }
    }
    fn mention(&self, m: &Mention) -> JsMention {
        let t = self.text(m.span());
        JsMention {
            name: m.name.clone(),
            start: t.start,
            end: t.end,
            text: t.text,
            resolution: m.resolution,
        }
    }
}

/// Convert an analysis of `text` to its JavaScript view.
pub fn to_js(text: &str, a: &Analysis) -> JsAnalysis {
    let c = Conv {
        text,
        map: Utf16Map::new(text),
    };
    JsAnalysis {
        offsets: "utf16",
        quotes: a
            .quotes
            .iter()
            .map(|q| {
                let t = c.text(q.span());
                JsQuote {
                    start: t.start,
                    end: t.end,
                    text: t.text,
                    kind: q.kind,
                    speaker: q.speaker.as_ref().map(|m| c.mention(m)),
                    cue: q.cue.map(|s| c.text(s)),
                    via: q.via.as_ref().map(|m| c.mention(m)),
                    group: q.group,
                    confidence: q.confidence,
                }
            })
            .collect(),
        numbers: a
            .numbers
            .iter()
            .map(|n| {
                let t = c.text(n.span());
                JsNumber {
                    start: t.start,
                    end: t.end,
                    text: t.text,
                    kind: n.kind,
                    value: n.value.clone(),
                    high: n.high,
                    unit: n.unit.clone(),
                    approx: n.approx,
                }
            })
            .collect(),
        speakers: a
            .speakers
            .iter()
            .map(|s| JsSpeaker {
                name: s.name.clone(),
                mentions: s.mentions.iter().map(|&m| c.span(m)).collect(),
                quotes: s.quotes.clone(),
            })
            .collect(),
        blocks: a
            .blocks
            .iter()
            .map(|b| {
                let s = c.span(b.span());
                JsBlock {
                    start: s.start,
                    end: s.end,
                    kind: b.kind,
                }
            })
            .collect(),
        sentences: a.sentences.iter().map(|&s| c.span(s)).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_are_utf16_and_text_matches() {
        let t = "\u{1F600} \u{201c}Caf\u{e9} \u{4e2d}\u{6587} ok,\u{201d} she said. 8,000 left.";
        let a = crate::analyze(t);
        let js = to_js(t, &a);
        let units: Vec<u16> = t.encode_utf16().collect();
        let q = &js.quotes[0];
        assert_eq!(String::from_utf16(&units[q.start..q.end]).unwrap(), q.text);
        assert_eq!(q.text, "Caf\u{e9} \u{4e2d}\u{6587} ok,");
        assert_eq!(q.start, 4); // emoji is 2 units, space, curly mark
        let n = &js.numbers[0];
        assert_eq!(String::from_utf16(&units[n.start..n.end]).unwrap(), "8,000");
    }
}
