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
    /// 0..1, rounded to three decimals.
    pub confidence: f64,
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
                    confidence: (f64::from(q.confidence) * 1000.0).round() / 1000.0,
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

/// Write the view of `a` (what [`to_js`] returns) as JSON: the same document that `serde_json`
/// would write for `to_js(text, a)` (tested), straight from the analysis, with no intermediate
/// copies and no serde machinery in the wasm.
pub fn to_json(text: &str, a: &Analysis) -> String {
    write_json(text, a, true)
}

/// [`to_json`] with `"text":null` in place of each covered text: the wasm layer fills them in
/// with JavaScript's `String.prototype.slice` of the caller's own string, which shares its
/// memory, so the texts cross the boundary and pass through `JSON.parse` not at all.
pub fn to_json_without_text(text: &str, a: &Analysis) -> String {
    write_json(text, a, false)
}

/// The view of `a` as the wasm layer hands it to JavaScript: the numbers and every name as JSON
/// (`[numbers, names]`, numbers as in [`to_json_without_text`]), everything else as integers,
/// from which the glue (`finish` in src/wasm.rs) builds the same objects that `JSON.parse` of
/// [`to_json_without_text`] gives, with the same keys in the same order. Quotes, blocks and
/// sentences are most of the view (12 of the 23 MB of JSON of a 10 MB text are quotes):
/// reading integers from memory is cheaper than writing and parsing their JSON.
///
/// `names` opens with the words of [`WIRE_WORDS`]: kinds, resolutions and names are all indices
/// into it. The integers, in order (offsets in UTF-16 units; a mention is `0` for none, else
/// its name, start, end, resolution; a list is its length, then its items): the quotes (start,
/// end, kind, speaker mention, 0 or 1 then the cue's start and end, via mention, group,
/// confidence × 1000 rounded); the speakers (name, the list of mention spans, the list of
/// quote indices); the blocks (start, end, kind); the sentences (start, end).
/// The words of the view's kinds and resolutions, at the head of [`to_wire`]'s names (in the
/// wasm once, not in every copy of the glue): the variants of [`QuoteKind`], [`Resolution`]
/// and [`BlockKind`], in declaration order, from [`KIND_AT`], [`RESOLUTION_AT`], [`BLOCK_AT`].
const WIRE_WORDS: [&str; 15] = [
    "direct", "indirect", "mixed",
    "as_written", "name", "pronoun", "description", "continuation",
    "paragraph", "heading", "caption", "list_item", "timestamp", "boilerplate", "byline",
];
/// The JSON of the [`WIRE_WORDS`], comma-separated (tested).
const WIRE_WORDS_JSON: &str = "\"direct\",\"indirect\",\"mixed\",\"as_written\",\"name\",\"pronoun\",\"description\",\"continuation\",\"paragraph\",\"heading\",\"caption\",\"list_item\",\"timestamp\",\"boilerplate\",\"byline\"";
const KIND_AT: usize = 0;
const RESOLUTION_AT: usize = 3;
const BLOCK_AT: usize = 8;

pub fn to_wire(text: &str, a: &Analysis) -> (String, Vec<i32>) {
    let mut w = Wire {
        v: Vec::with_capacity(8 + a.quotes.len() * 12 + a.blocks.len() * 3 + a.sentences.len() * 2),
        names: WIRE_WORDS.to_vec(),
        map: Utf16Map::new(text),
    };
    w.int(a.quotes.len());
    for q in &a.quotes {
        w.span(q.span());
        w.int(KIND_AT + q.kind as usize);
        w.mention(q.speaker.as_ref());
        match q.cue {
            Some(c) => {
                w.int(1);
                w.span(c);
            }
            None => w.int(0),
        }
        w.mention(q.via.as_ref());
        w.int(q.group);
        // k / 1000 in JavaScript is the double that JSON.parse reads from `Json::num` of
        // round(c × 1000) / 1000: both are the double nearest the decimal k / 1000 (the
        // invariants keep c in 0..1)
        w.int((f64::from(q.confidence) * 1000.0).round() as usize);
    }
    w.int(a.speakers.len());
    for s in &a.speakers {
        w.name(&s.name);
        w.int(s.mentions.len());
        for &m in &s.mentions {
            w.span(m);
        }
        w.int(s.quotes.len());
        for &q in &s.quotes {
            w.int(q);
        }
    }
    w.int(a.blocks.len());
    for b in &a.blocks {
        w.span(b.span());
        w.int(BLOCK_AT + b.kind as usize);
    }
    w.int(a.sentences.len());
    for &s in &a.sentences {
        w.span(s);
    }
    let mut j = Json { out: String::with_capacity(64 + a.numbers.len() * 100), text, map: w.map, with_text: false };
    j.raw("[");
    j.numbers(&a.numbers);
    j.raw(",[");
    // (the words of the kinds as one piece of JSON; the names after them)
    j.raw(WIRE_WORDS_JSON);
    for n in &w.names[WIRE_WORDS.len()..] {
        j.raw(",");
        j.str(n);
    }
    j.raw("]]");
    (j.out, w.v)
}

/// The writer of [`to_wire`]'s integers and names. (One call per item, not inlined: the wire
/// is written once per analysis, and the wasm stays smaller.)
struct Wire<'a, 't> {
    v: Vec<i32>,
    names: Vec<&'a str>,
    map: Utf16Map<'t>,
}

impl<'a> Wire<'a, '_> {
    /// (every integer fits: offsets and counts are below 2^31, a JavaScript string's limit)
    #[inline(never)]
    fn int(&mut self, x: usize) {
        self.v.push(x as i32);
    }
    #[inline(never)]
    fn span(&mut self, s: Span) {
        let (start, end) = (self.map.convert(s.start), self.map.convert(s.end));
        self.int(start);
        self.int(end);
    }
    /// The index of `name` in the names.
    fn name(&mut self, name: &'a str) {
        self.int(self.names.len());
        self.names.push(name);
    }
    fn mention(&mut self, m: Option<&'a Mention>) {
        match m {
            Some(m) => {
                self.name(&m.name);
                self.span(m.span());
                self.int(RESOLUTION_AT + m.resolution as usize);
            }
            None => self.int(0),
        }
    }
}

fn write_json(text: &str, a: &Analysis, with_text: bool) -> String {
    let mut w = Json {
        out: String::with_capacity(256 + a.quotes.len() * 200 + a.numbers.len() * 120 + a.sentences.len() * 24),
        text,
        map: Utf16Map::new(text),
        with_text,
    };
    w.raw("{\"offsets\":\"utf16\",\"quotes\":[");
    for (i, q) in a.quotes.iter().enumerate() {
        w.sep(i);
        w.raw("{");
        w.span_text(q.span());
        w.raw(",\"kind\":");
        w.str(match q.kind {
            QuoteKind::Direct => "direct",
            QuoteKind::Indirect => "indirect",
            QuoteKind::Mixed => "mixed",
        });
        w.raw(",\"speaker\":");
        w.mention(q.speaker.as_ref());
        w.raw(",\"cue\":");
        match q.cue {
            Some(c) => {
                w.raw("{");
                w.span_text(c);
                w.raw("}");
            }
            None => w.raw("null"),
        }
        w.raw(",\"via\":");
        w.mention(q.via.as_ref());
        w.raw(",\"group\":");
        w.uint(q.group);
        w.raw(",\"confidence\":");
        w.num((f64::from(q.confidence) * 1000.0).round() / 1000.0);
        w.raw("}");
    }
    w.raw("],\"numbers\":");
    w.numbers(&a.numbers);
    w.raw(",\"speakers\":[");
    for (i, s) in a.speakers.iter().enumerate() {
        w.sep(i);
        w.raw("{\"name\":");
        w.str(&s.name);
        w.raw(",\"mentions\":");
        w.spans(&s.mentions);
        w.raw(",\"quotes\":[");
        for (k, q) in s.quotes.iter().enumerate() {
            w.sep(k);
            w.uint(*q);
        }
        w.raw("]}");
    }
    w.raw("],\"blocks\":[");
    for (i, b) in a.blocks.iter().enumerate() {
        w.sep(i);
        w.raw("{");
        w.span(b.span());
        w.raw(",\"kind\":");
        w.str(match b.kind {
            BlockKind::Paragraph => "paragraph",
            BlockKind::Heading => "heading",
            BlockKind::Caption => "caption",
            BlockKind::ListItem => "list_item",
            BlockKind::Timestamp => "timestamp",
            BlockKind::Boilerplate => "boilerplate",
            BlockKind::Byline => "byline",
        });
        w.raw("}");
    }
    w.raw("],\"sentences\":");
    w.spans(&a.sentences);
    w.raw("}");
    w.out
}

fn number_kind(k: NumberKind) -> &'static str {
    match k {
        NumberKind::Count => "count",
        NumberKind::Money => "money",
        NumberKind::Percent => "percent",
        NumberKind::Measure => "measure",
        NumberKind::Date => "date",
        NumberKind::Time => "time",
        NumberKind::Duration => "duration",
        NumberKind::Ordinal => "ordinal",
        NumberKind::Year => "year",
        NumberKind::Age => "age",
        NumberKind::Range => "range",
    }
}

fn resolution(r: Resolution) -> &'static str {
    match r {
        Resolution::AsWritten => "as_written",
        Resolution::Name => "name",
        Resolution::Pronoun => "pronoun",
        Resolution::Description => "description",
        Resolution::Continuation => "continuation",
    }
}

/// The JSON writer of [`to_json`]: the output, and the text with its UTF-16 map for the spans.
struct Json<'t> {
    out: String,
    text: &'t str,
    map: Utf16Map<'t>,
    /// Write the covered text of each span, or `null` in its place.
    with_text: bool,
}

impl Json<'_> {
    fn raw(&mut self, s: &str) {
        self.out.push_str(s);
    }
    fn sep(&mut self, i: usize) {
        if i > 0 {
            self.out.push(',');
        }
    }
    fn uint(&mut self, mut v: usize) {
        let mut buf = [0u8; 20];
        let mut i = buf.len();
        loop {
            i -= 1;
            buf[i] = b'0' + (v % 10) as u8;
            v /= 10;
            if v == 0 {
                break;
            }
        }
        // (pushed as chars: no UTF-8 validation of the digits, a call per number in wasm)
        for &d in &buf[i..] {
            self.out.push(char::from(d));
        }
    }
    /// A finite number as JSON (integers exactly; others with up to 15 significant decimals);
    /// NaN and infinities, which JSON cannot hold, as null.
    fn num(&mut self, v: f64) {
        if !v.is_finite() {
            return self.raw("null");
        }
        if v < 0.0 {
            self.out.push('-');
            return self.num(-v);
        }
        if v.fract() == 0.0 && v < 9.0e15 {
            return self.uint(v as usize);
        }
        if v.fract() == 0.0 || v < 1e-6 {
            // huge or tiny: exponent form with 15 significant digits
            let mut exp = 0i32;
            let mut m = v;
            while m >= 10.0 {
                m /= 10.0;
                exp += 1;
            }
            while m < 1.0 && m > 0.0 {
                m *= 10.0;
                exp -= 1;
            }
            self.fixed(m, 14);
            self.out.push('e');
            if exp < 0 {
                self.out.push('-');
            }
            return self.uint(exp.unsigned_abs() as usize);
        }
        // the fewest decimals (up to 15 significant digits in all) that give back the same value
        let int_digits = if v >= 1.0 { (v.log10().floor() as i32 + 1).max(1) } else { 1 };
        let max_dec = (15 - int_digits).clamp(1, 15) as u32;
        let mut dec = 1;
        while dec < max_dec {
            let p = 10f64.powi(dec as i32);
            if ((v * p).round() / p) == v {
                break;
            }
            dec += 1;
        }
        self.fixed(v, dec);
    }
    /// `v` (non-negative) with `dec` decimals, trailing zeros dropped.
    fn fixed(&mut self, v: f64, dec: u32) {
        let p = 10f64.powi(dec as i32);
        let scaled = (v * p).round();
        let int = (scaled / p).floor();
        let mut frac = (scaled - int * p).round() as u64;
        self.uint(int as usize);
        if frac == 0 {
            return;
        }
        let mut digits = [b'0'; 20];
        let mut n = dec as usize;
        for i in (0..n).rev() {
            digits[i] = b'0' + (frac % 10) as u8;
            frac /= 10;
        }
        while n > 0 && digits[n - 1] == b'0' {
            n -= 1;
        }
        self.out.push('.');
        self.out.push_str(core::str::from_utf8(&digits[..n]).unwrap_or("0"));
    }
    fn str(&mut self, s: &str) {
        self.out.push('"');
        let mut from = 0;
        // (a plain loop over the bytes: at opt-level "z" the byte iterator is a call per byte)
        let bytes = s.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            i += 1;
            if b >= 0x20 && b != b'"' && b != b'\\' {
                continue;
            }
            let i = i - 1;
            let esc = match b {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                b'\n' => "\\n",
                b'\r' => "\\r",
                b'\t' => "\\t",
                _ => "",
            };
            self.out.push_str(&s[from..i]);
            if esc.is_empty() {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                self.out.push_str("\\u00");
                self.out.push(HEX[(b >> 4) as usize] as char);
                self.out.push(HEX[(b & 15) as usize] as char);
            } else {
                self.out.push_str(esc);
            }
            from = i + 1;
        }
        self.out.push_str(&s[from..]);
        self.out.push('"');
    }
    /// The array of `numbers` (the same for the JSON view and the wire of [`to_wire`]).
    fn numbers(&mut self, numbers: &[crate::Number]) {
        self.out.push('[');
        for (i, n) in numbers.iter().enumerate() {
            self.sep(i);
            self.raw("{");
            self.span_text(n.span());
            self.raw(",\"kind\":");
            self.str(number_kind(n.kind));
            self.raw(",\"value\":");
            match &n.value {
                Some(Value::Num(v)) => self.num(*v),
                Some(Value::Text(t)) => self.str(t),
                None => self.raw("null"),
            }
            self.raw(",\"high\":");
            match n.high {
                Some(v) => self.num(v),
                None => self.raw("null"),
            }
            self.raw(",\"unit\":");
            match &n.unit {
                Some(u) => self.str(u),
                None => self.raw("null"),
            }
            self.raw(",\"approx\":");
            match n.approx {
                Some(a) => self.str(match a {
                    Approx::Over => "over",
                    Approx::Under => "under",
                    Approx::About => "about",
                    Approx::AtLeast => "at_least",
                    Approx::AtMost => "at_most",
                }),
                None => self.raw("null"),
            }
            self.raw("}");
        }
        self.out.push(']');
    }
    /// `"start":…,"end":…` in UTF-16 units.
    fn span(&mut self, s: Span) {
        self.raw("\"start\":");
        let start = self.map.convert(s.start);
        self.uint(start);
        self.raw(",\"end\":");
        let end = self.map.convert(s.end);
        self.uint(end);
    }
    /// `"start":…,"end":…,"text":…`: the span and the text it covers.
    fn span_text(&mut self, s: Span) {
        self.span(s);
        self.raw(",\"text\":");
        if self.with_text {
            let t = self.text;
            self.str(s.slice(t));
        } else {
            self.raw("null");
        }
    }
    fn spans(&mut self, spans: &[Span]) {
        self.out.push('[');
        for (i, &s) in spans.iter().enumerate() {
            self.sep(i);
            self.raw("{");
            self.span(s);
            self.raw("}");
        }
        self.out.push(']');
    }
    fn mention(&mut self, m: Option<&Mention>) {
        let Some(m) = m else { return self.raw("null") };
        self.raw("{\"name\":");
        self.str(&m.name);
        self.raw(",");
        self.span_text(m.span());
        self.raw(",\"resolution\":");
        self.str(resolution(m.resolution));
        self.raw("}");
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_json_of_the_wire_words_is_theirs() {
        let words: Vec<String> = WIRE_WORDS.iter().map(|w| serde_json::to_string(w).unwrap()).collect();
        assert_eq!(WIRE_WORDS_JSON, words.join(","));
    }

    use super::*;


    /// `to_json` writes exactly the document serde would for the same view.
    fn same_as_serde(t: &str) {
        let view = to_js(t, &crate::analyze(t));
        // numbers compared as f64, as JavaScript sees them (serde writes 8000.0 where we write 8000)
        fn norm(v: serde_json::Value) -> serde_json::Value {
            use serde_json::Value as V;
            match v {
                V::Number(n) => serde_json::json!(n.as_f64().unwrap()),
                V::Array(a) => V::Array(a.into_iter().map(norm).collect()),
                V::Object(o) => V::Object(o.into_iter().map(|(k, v)| (k, norm(v))).collect()),
                v => v,
            }
        }
        let ours: serde_json::Value = serde_json::from_str(&to_json(t, &crate::analyze(t))).expect("valid JSON");
        let theirs = serde_json::to_value(&view).unwrap();
        assert_eq!(norm(ours), norm(theirs), "for {t:?}");
    }

    #[test]
    fn json_matches_serde() {
        same_as_serde("");
        same_as_serde("\u{201c}We stay \"put\"\\n,\u{201d} the mayor said\t\u{1}. About 8,000 people; 1.5% and $2bn (\u{a3}1.5bn) on March 20.");
        same_as_serde("Anna Berg said the plan, which cost \u{20ac}3.25m, had failed. \u{201c}It is over,\u{201d} she added. 0.5 km, 12-year-old.");
    }

    #[test]
    fn json_without_text_is_the_json_with_null_texts() {
        let t = "\u{201c}We stay \"put\",\u{201d} the mayor said, according to Reuters. About 8,000 \u{1F600} left.";
        let a = crate::analyze(t);
        let mut full: serde_json::Value = serde_json::from_str(&to_json(t, &a)).unwrap();
        let bare: serde_json::Value = serde_json::from_str(&to_json_without_text(t, &a)).unwrap();
        let mut texts = 0;
        for q in full["quotes"].as_array_mut().unwrap() {
            for key in ["speaker", "cue", "via"] {
                if let Some(o) = q[key].as_object_mut() {
                    o["text"] = serde_json::Value::Null;
                    texts += 1;
                }
            }
            q["text"] = serde_json::Value::Null;
            texts += 1;
        }
        for n in full["numbers"].as_array_mut().unwrap() {
            n["text"] = serde_json::Value::Null;
            texts += 1;
        }
        assert!(texts >= 4, "the sample has a quote, its speaker and cue, and a number");
        assert_eq!(full, bare);
    }

    /// The wire of [`to_wire`], read back as the glue reads it (with null texts: the glue fills
    /// them in from the caller's string), is the document of [`to_json_without_text`].
    /// (Key order, which the glue also keeps, is checked in the browser tests.)
    #[test]
    fn wire_reads_back_as_the_json() {
        use serde_json::{json, Value as V};
        for t in [
            "",
            "\u{201c}We stay \"put\",\u{201d} the mayor, Jo \"Big\" Li, said, according to Reuters. About 8,000 \u{1F600} left.",
            "Anna Berg said the plan, which cost \u{20ac}3.25m, had failed. \u{201c}It is over,\u{201d} she added.\n\nBy Kari Vik\n\n\u{201c}No,\u{201d} the minister told Reuters' Ana Ruiz.",
        ] {
            let a = crate::analyze(t);
            let (js, v) = to_wire(t, &a);
            let [numbers, names]: [V; 2] = serde_json::from_value(serde_json::from_str(&js).unwrap()).unwrap();
            let mut v = v.into_iter();
            let mut n = || V::from(v.next().unwrap());
            let word = |k: V| names[k.as_u64().unwrap() as usize].clone();
            let mention = |n: &mut dyn FnMut() -> V| match n().as_u64().unwrap() {
                0 => V::Null,
                k => json!({"name": word(k.into()), "start": n(), "end": n(), "text": null, "resolution": word(n())}),
            };
            let quotes: Vec<V> = (0..n().as_u64().unwrap())
                .map(|_| {
                    json!({"start": n(), "end": n(), "text": null, "kind": word(n()), "speaker": mention(&mut n),
                        "cue": if n() == 1 { json!({"start": n(), "end": n(), "text": null}) } else { V::Null },
                        "via": mention(&mut n), "group": n(), "confidence": n().as_f64().unwrap() / 1000.0})
                })
                .collect();
            let speakers: Vec<V> = (0..n().as_u64().unwrap())
                .map(|_| {
                    let name = word(n());
                    let mentions: Vec<V> = (0..n().as_u64().unwrap()).map(|_| json!({"start": n(), "end": n()})).collect();
                    let quotes: Vec<V> = (0..n().as_u64().unwrap()).map(|_| n()).collect();
                    json!({"name": name, "mentions": mentions, "quotes": quotes})
                })
                .collect();
            let bl: Vec<V> = (0..n().as_u64().unwrap()).map(|_| json!({"start": n(), "end": n(), "kind": word(n())})).collect();
            let sentences: Vec<V> = (0..n().as_u64().unwrap()).map(|_| json!({"start": n(), "end": n()})).collect();
            let read = json!({"offsets": "utf16", "quotes": quotes, "numbers": numbers, "speakers": speakers, "blocks": bl, "sentences": sentences});
            let bare: V = serde_json::from_str(&to_json_without_text(t, &a)).unwrap();
            // (numbers as f64, as JavaScript sees them)
            fn norm(v: V) -> V {
                match v {
                    V::Number(n) => json!(n.as_f64().unwrap()),
                    V::Array(a) => V::Array(a.into_iter().map(norm).collect()),
                    V::Object(o) => V::Object(o.into_iter().map(|(k, v)| (k, norm(v))).collect()),
                    v => v,
                }
            }
            assert_eq!(norm(read), norm(bare), "for {t:?}");
            assert!(v.next().is_none());
        }
    }

    #[test]
    fn json_numbers() {
        let mut w = Json { out: String::new(), text: "", map: Utf16Map::new(""), with_text: true };
        for v in [0.0, 1.0, 2e9, 1.5, 0.25, 2.16, 4.7e9, 1e20, 123.456, 0.1, 1.0 / 3.0, 1e-9, -7.5, f64::NAN] {
            w.out.clear();
            w.num(v);
            if v.is_nan() {
                assert_eq!(w.out, "null");
                continue;
            }
            let back: f64 = w.out.parse().unwrap();
            assert!((back - v).abs() <= v.abs() * 1e-14, "{v} written as {}", w.out);
        }
        w.out.clear();
        w.num(2e9);
        assert_eq!(w.out, "2000000000");
        w.out.clear();
        w.num(0.25);
        assert_eq!(w.out, "0.25");
    }

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
