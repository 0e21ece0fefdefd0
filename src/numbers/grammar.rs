//! Grammar of number expressions over the tokens of one block.
//!
//! At each token the parser tries, in order: an approximator ("more than", "up to"),
//! then a date ("March 20", "20 March 2024"), a clock time ("11:24", "3pm"), and a
//! quantity: optional currency, a numeral (digits or number words), a fraction
//! ("-and-a-half"), a scale word ("bn", "million"), an optional second bound (a range),
//! then a unit (percent, currency word, measure, time unit, hyphenated compound) or a
//! counted noun. Every step looks at a bounded number of tokens, so a block is parsed
//! in linear time.

use super::lex::{Kind, Tok};
use super::words::*;
use crate::{Approx, Number, NumberKind, Value};

/// `v` times the scale `s` ("4.1" and "m"), without the binary rounding error of the product
/// (4099999.9999999995): a scaled amount within a millionth of a whole number is that number.
fn scaled(v: f64, s: f64) -> f64 {
    let r = v * s;
    if s >= 1000.0 && (r - r.round()).abs() < 1e-6 {
        r.round()
    } else {
        r
    }
}

/// A bare numeral over tokens `a..b`.
#[derive(Clone, Copy, Debug)]
struct Numeral {
    a: usize,
    b: usize,
    value: f64,
    /// Spelled out ("eight", "a thousand").
    word: bool,
    ordinal: bool,
    /// Digits only, no separators or decimals ("2022", not "2,022" or "1.5").
    plain: bool,
    ndigits: usize,
    /// Exactly the word "one" (pronoun or article-like unless a unit or modifier shows a count).
    one: bool,
}

/// A parsed expression over tokens `a..b`.
struct Expr {
    a: usize,
    b: usize,
    kind: NumberKind,
    value: Value,
    high: Option<f64>,
    unit: Option<String>,
}

/// What follows a numeral (or a range) and decides its kind.
enum Tail {
    Percent,
    Money(&'static str, f64),
    Measure(&'static str),
    Duration(&'static str),
    Age(&'static str),
    /// A hyphenated compound with a counted word ("five-storey", "30-strong" → None).
    Compound(Option<String>),
    None,
}

pub struct Parser<'a> {
    text: &'a str,
    t: &'a [Tok],
    /// The block, ASCII-lowercased (same byte offsets as the text): the source of word keys.
    low: &'a str,
    /// Byte offset of the block in the text.
    base: usize,
}

/// Parse one block's tokens and append its number expressions to `out`.
/// `low` is the block `text[base..]` ASCII-lowercased.
pub fn parse_block(text: &str, base: usize, low: &str, toks: &[Tok], out: &mut Vec<Number>) {
    let p = Parser {
        text,
        t: toks,
        low,
        base,
    };
    let mut i = 0;
    while i < toks.len() {
        match p.expr(i) {
            Some((mut x, approx)) if x.b > i && x.a >= i => {
                // "a £400,000-a-year contract": a rate's compound is the amount's span (N3)
                if x.kind == NumberKind::Money && p.punct(x.b, '-') && p.glued(x.b) && matches!(p.key(x.b + 1), "a" | "an") && p.punct(x.b + 2, '-') && time_unit(p.key(x.b + 3)).is_some() {
                    x.b += 4;
                }
                let (s, e) = (toks[x.a].s, toks[x.b - 1].e);
                if s < e && out.last().is_none_or(|l| l.end <= s) {
                    let (kind, unit) = p.elided_unit(&x, out.last()).unwrap_or((x.kind, x.unit));
                    out.push(Number {
                        start: s,
                        end: e,
                        kind,
                        value: Some(x.value),
                        high: x.high,
                        unit,
                        approx,
                    });
                }
                i = x.b;
            }
            _ => i += 1,
        }
    }
}

/// Approximators and whether they belong in the span. N3 lists the kept ones: about,
/// approximately, almost, nearly, more than, less than, at least, up to, upwards of, as
/// long as. The list is read as closed ("well under 30%" → "30%", "roughly 45 towns" → "45"),
/// but it names constructions, so their grammatical variants are kept too ("fewer than",
/// "no more than", "at most", "as many as"). The unlisted synonyms still set `approx`.
const APPROX: &[(&[&str], Approx, bool)] = &[
    (&["more", "than"], Approx::Over, true),
    (&["less", "than"], Approx::Under, true),
    (&["fewer", "than"], Approx::Under, true),
    (&["no", "more", "than"], Approx::AtMost, true),
    (&["no", "fewer", "than"], Approx::AtLeast, true),
    (&["no", "less", "than"], Approx::AtLeast, true),
    (&["at", "least"], Approx::AtLeast, true),
    (&["at", "most"], Approx::AtMost, true),
    (&["up", "to"], Approx::AtMost, true),
    (&["upwards", "of"], Approx::Over, true),
    (&["in", "excess", "of"], Approx::Over, false),
    (&["as", "many", "as"], Approx::AtMost, true),
    (&["as", "much", "as"], Approx::AtMost, true),
    (&["as", "long", "as"], Approx::AtMost, true),
    (&["as", "few", "as"], Approx::AtMost, true),
    (&["close", "to"], Approx::About, false),
    (&["about"], Approx::About, true),
    (&["around"], Approx::About, false),
    (&["approximately"], Approx::About, true),
    (&["roughly"], Approx::About, false),
    (&["almost"], Approx::About, true),
    (&["nearly"], Approx::About, true),
    (&["circa"], Approx::About, false),
    (&["over"], Approx::Over, false),
    (&["under"], Approx::Under, false),
    (&["above"], Approx::Over, false),
    (&["below"], Approx::Under, false),
];

/// First words of the approximators in [`APPROX`].
const APPROX_FIRST_WORDS: &[&str] = &[
    "more", "less", "fewer", "no", "at", "up", "upwards", "in", "as", "close", "about", "around",
    "approximately", "roughly", "almost", "nearly", "circa", "over", "under", "above", "below",
];
static SET_W_APPROX_START: crate::lexicon::WordSet<{ APPROX_FIRST_WORDS.len() }> = crate::lexicon::WordSet::new(APPROX_FIRST_WORDS);

/// Words near "N points" that make them a game's or a table's, not a poll's: a league's ("11
/// points behind the leaders"), a race's ("the mountains classification") and a game's ("in the
/// third quarter", "at the interval").
const SPORT_WORDS: &[&str] = &[
    "leaders", "table", "league", "games", "matches", "relegation", "standings", "side", "club", "division", "season",
    "championship", "fixtures", "promotion", "play-off", "play-offs", "playoff", "playoffs", "win", "draw", "defeat",
    "classification", "jersey", "leaderboard", "rider", "riders", "drivers", "constructors",
    "quarter", "quarters", "interval", "half-time", "halftime", "overtime", "innings", "buzzer", "tip-off",
];
static SET_W_SPORT_WORDS: crate::lexicon::WordSet<{ SPORT_WORDS.len() }> = crate::lexicon::WordSet::new(SPORT_WORDS);

/// Words before an ordinal that make it a rank.
const RANK_WORDS: &[&str] = &[
    "ranks", "ranked", "rank", "finished", "finish", "finishes", "came", "comes", "come", "placed",
    "place", "places", "seeded",
    // a league position: "they stay fifth", "Leeds sit third", "moved up to second"
    "stay", "stays", "stayed", "sit", "sits", "sat", "lie", "lies", "remain", "remains", "remained",
    "climb", "climbs", "climbed", "rise", "rises", "rose", "drop", "drops", "dropped", "slip", "slips",
    "slipped",
    // a placing won or lost: "loses second to a penalty", "took third"
    "lose", "loses", "lost", "losing", "took", "takes", "take", "claimed", "claims", "clinched",
    // a race's position: "started sixth", "held second", "running third", "qualified fourth"
    "started", "starts", "held", "holds", "holding", "running", "qualified", "qualifies",
];
static SET_W_ORDINAL_EXPR: crate::lexicon::WordSet<{ RANK_WORDS.len() }> = crate::lexicon::WordSet::new(RANK_WORDS);

/// Words before "one" that make it a pronoun ("no one", "the one").
const ONE_PRONOUN_BEFORE: &[&str] = &[
    "no", "any", "each", "every", "the", "this", "that", "which", "at", "someone", "anyone",
    "another", "a",
    // ("the last one standing", "the same one", "a big one")
    "last", "first", "next", "same", "right", "wrong", "big", "little", "other", "new", "old",
];
static SET_W_ONE_IS_NUMBER: crate::lexicon::WordSet<{ ONE_PRONOUN_BEFORE.len() }> = crate::lexicon::WordSet::new(ONE_PRONOUN_BEFORE);

/// Words after "one" that make it the pronoun or an idiom ("one thing", "one way").
const ONE_NOUNS: &[&str] = &[
    "thing", "things", "way", "end", "side", "hand", "day", "another", "such", "time",
    "point", "reason", "example", "kind", "sort", "direction", "or",
    // ("one last push", "one final try": an idiom)
    "last", "final",
];
static SET_W_ONE_IS_NUMBER_2: crate::lexicon::WordSet<{ ONE_NOUNS.len() }> = crate::lexicon::WordSet::new(ONE_NOUNS);

/// Words that make a number part of an address ("10 Downing Street").
const STREET_WORDS: &[&str] = &[
    "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "drive", "place",
    "square", "terrace", "way", "row", "crescent", "mews", "parade",
];
static SET_W_STREET_FOLLOWS: crate::lexicon::WordSet<{ STREET_WORDS.len() }> = crate::lexicon::WordSet::new(STREET_WORDS);

/// Nouns that a number after them labels rather than counts ("junction 14", "gates 8 and 9").
const LABEL_NOUNS: &[&str] = &[
    "junction", "platform", "gate", "route", "flight", "exit", "terminal", "pier", "berth", "bus",
    "room", "runway", "row", "seat", "carriage", "ward", "bay", "hangar", "vehicle", "stage",
    "rule", "clause", "section", "paragraph", "chapter", "article",
];
static SET_LABEL_NOUNS: crate::lexicon::WordSet<{ LABEL_NOUNS.len() }> = crate::lexicon::WordSet::new(LABEL_NOUNS);

/// Plural nouns of events and yardsticks that a year before them dates rather than counts
/// ("the 2026 midterms", "exceed 2022 levels"; "2000 people" stays a count).
const DATED_PLURALS: &[&str] = &[
    "midterms", "elections", "primaries", "polls", "olympics", "games", "championships", "finals",
    "playoffs", "levels", "figures", "prices", "accords", "talks", "protests", "riots", "floods",
    "wildfires", "budgets", "negotiations", "sanctions", "standards", "rules", "results", "dates",
];
static SET_DATED_PLURALS: crate::lexicon::WordSet<{ DATED_PLURALS.len() }> = crate::lexicon::WordSet::new(DATED_PLURALS);

/// Words before "by N points" that make the points a lead in a poll or a vote.
const LEAD_WORDS: &[&str] = &[
    "ahead", "behind", "lead", "leads", "led", "leading", "trail", "trails", "trailed", "trailing",
    "carried", "carries", "won", "wins", "lost", "beat", "beats", "margin",
    // a poll's error: "underestimated the party by almost three points"
    "underestimated", "overestimated", "understated", "overstated",
];
static SET_LEAD_WORDS: crate::lexicon::WordSet<{ LEAD_WORDS.len() }> = crate::lexicon::WordSet::new(LEAD_WORDS);

/// Words after "One <noun> (was/has been)" that make the sentence-initial "One" a count.
const CASUALTY_WORDS: &[&str] = &[
    "died", "dies", "killed", "injured", "hurt", "wounded", "missing", "dead", "drowned",
];
static SET_CASUALTY_WORDS: crate::lexicon::WordSet<{ CASUALTY_WORDS.len() }> = crate::lexicon::WordSet::new(CASUALTY_WORDS);

/// Prepositions of time (and approximators) before a bare hour ("since six this morning").
const HOUR_BEFORE: &[&str] = &[
    "at", "since", "until", "till", "by", "before", "after", "around", "about", "approximately",
    "roughly", "nearly", "almost",
];
static SET_HOUR_BEFORE: crate::lexicon::WordSet<{ HOUR_BEFORE.len() }> = crate::lexicon::WordSet::new(HOUR_BEFORE);

/// Verbs of calling before a telephone service number ("dial 999").
const CALL_VERBS: &[&str] = &[
    "call", "dial", "dialled", "dialed", "dialling", "dialing", "ring", "phone", "use", "contact",
];
static SET_CALL_VERBS: crate::lexicon::WordSet<{ CALL_VERBS.len() }> = crate::lexicon::WordSet::new(CALL_VERBS);

/// Groups of people that an age bracket after them qualifies ("children under 12",
/// "voters 65 and older").
const AGE_GROUPS: &[&str] = &[
    "voters", "children", "kids", "adults", "people", "residents", "patients", "women", "men",
    "those", "teenagers", "pensioners", "workers", "drivers", "respondents", "americans",
];
static SET_AGE_GROUPS: crate::lexicon::WordSet<{ AGE_GROUPS.len() }> = crate::lexicon::WordSet::new(AGE_GROUPS);

/// First words of the approximators in [`APPROX`].
fn approx_start(w: &str) -> bool {
    SET_W_APPROX_START.contains(w)
}

/// Every word that may open a number expression (see `Parser::expr`): the approximators' first
/// words, "between", "minus", "magnitude", "a", "an", "half", and the words of
/// `small_cardinal`, `tens`, `ordinal`, `month` and `dollar_prefix` (the currency codes are
/// [`CURRENCY_CODES`]'s, which the filters read too).
const START_WORDS: &[&str] = &[
    "between", "minus", "magnitude", "a", "an", "half", "quarter", "once",
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth",
    "seventieth", "eightieth", "ninetieth", "hundredth", "thousandth", "millionth",
    "january", "jan", "february", "feb", "march", "mar", "april", "apr", "may", "june", "jun",
    "july", "jul", "august", "aug", "september", "sept", "sep", "october", "oct", "november",
    "nov", "december", "dec",
    "us", "au", "c", "ca", "r", "nt", "hk", "nz", "s",
];

/// A hash (10 bits, multiplicative) of a word's first byte, length (under 32) and last byte,
/// for [`START_ENDS`].
const fn end_hash(first: u8, len: usize, last: u8) -> usize {
    let key = (first as u32) << 12 | (len as u32) << 7 | last as u32;
    (key.wrapping_mul(2_654_435_761) >> 22) as usize
}

/// The two filters of a number's first word, built in one walk over the words of [`START_WORDS`]
/// and [`APPROX_FIRST_WORDS`]: [`START_SHAPES`] and [`START_ENDS`].
const START_FILTERS: ([u32; 26], [u32; 32]) = {
    let mut shapes = [0u32; 26];
    let mut ends = [0u32; 32];
    let lists = [START_WORDS, APPROX_FIRST_WORDS];
    // (the lists' words, then the currency codes' keys)
    let mut l = 0;
    let mut i = 0;
    while l <= lists.len() {
        if l < lists.len() && i >= lists[l].len() || l == lists.len() && i >= CURRENCY_CODES.len() {
            l += 1;
            i = 0;
            continue;
        }
        let b = if l < lists.len() { lists[l][i] } else { CURRENCY_CODES[i].0 }.as_bytes();
        assert!(b[0].is_ascii_lowercase() && b.len() < 32);
        shapes[(b[0] - b'a') as usize] |= 1 << b.len();
        let h = end_hash(b[0], b.len(), b[b.len() - 1]);
        ends[h / 32] |= 1 << (h % 32);
        i += 1;
    }
    (shapes, ends)
};

/// For each first letter a..z, the set of lengths (bit n: n bytes) of the words of
/// [`START_WORDS`] and [`APPROX_FIRST_WORDS`] with that letter: most words of a text are no
/// number's first word, and one test of this table tells, before the look-ups in the lists.
const START_SHAPES: [u32; 26] = START_FILTERS.0;

/// A 1024-bit filter of the [`end_hash`]es of the words of [`START_WORDS`] and
/// [`APPROX_FIRST_WORDS`]: "the" has the shape of "two" and "ten", not their last letters.
const START_ENDS: [u32; 32] = START_FILTERS.1;

/// Whether the lowercase word `w` may open a number expression (false: it cannot).
#[inline]
fn may_start(w: &str) -> bool {
    let b = w.as_bytes();
    b.first().is_some_and(|&f| {
        f.is_ascii_lowercase() && b.len() < 32 && START_SHAPES[usize::from(f - b'a')] & (1 << b.len()) != 0 && {
            let h = end_hash(f, b.len(), b[b.len() - 1]);
            START_ENDS[h / 32] & (1 << (h % 32)) != 0
        }
    })
}

/// The value of a vulgar fraction sign: "½", "¼", "¾".
fn fraction_sign(c: char) -> Option<f64> {
    match c {
        '\u{bd}' => Some(0.5),
        '\u{bc}' => Some(0.25),
        '\u{be}' => Some(0.75),
        _ => None,
    }
}

impl<'a> Parser<'a> {
    /// "at least four days, maybe six": a bare number right after a duration or measure,
    /// joined by an alternative ("maybe", "perhaps", "or"), counts the same unit.
    fn elided_unit(&self, x: &Expr, prev: Option<&Number>) -> Option<(NumberKind, Option<String>)> {
        let prev = prev.filter(|p| matches!(p.kind, NumberKind::Duration | NumberKind::Measure) && p.unit.is_some())?;
        if x.kind != NumberKind::Count || x.unit.is_some() || x.b != x.a + 1 {
            return None;
        }
        // the words between: a comma and an alternative, nothing else
        let mut m = x.a;
        let mut alternative = false;
        while m > 0 && self.t[m - 1].e > prev.end {
            m -= 1;
            match self.key(m) {
                "maybe" | "perhaps" | "possibly" | "or" | "even" => alternative = true,
                "" if self.punct(m, ',') => {}
                _ => return None,
            }
        }
        alternative.then(|| (prev.kind, prev.unit.clone()))
    }

    fn tok(&self, i: usize) -> Option<&Tok> {
        self.t.get(i).filter(|t| !t.skip)
    }
    /// The lowercased word of token `t` ("" for numerals and punctuation).
    fn kw(&self, t: &Tok) -> &'a str {
        if !t.is_word() {
            return "";
        }
        self.low
            .get(t.s.wrapping_sub(self.base)..t.e.wrapping_sub(self.base))
            .unwrap_or("")
    }
    fn key(&self, i: usize) -> &str {
        match self.tok(i) {
            Some(t) => self.kw(t),
            _ => "",
        }
    }
    /// Token `i` exists and follows its predecessor without a space.
    fn glued(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| !t.sp)
    }
    fn punct(&self, i: usize, c: char) -> bool {
        self.tok(i).is_some_and(|t| t.is_punct(c))
    }
    fn is_word(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.is_word())
    }
    fn is_num(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.is_num())
    }
    fn slice(&self, i: usize) -> &'a str {
        &self.text[self.t[i].s..self.t[i].e]
    }
    /// Does `i` start a sentence (block start, or after sentence punctuation / an opening mark)?
    fn sentence_start(&self, i: usize) -> bool {
        i == 0
            || matches!(self.t[i - 1].kind, Kind::Punct(c) if ".!?:;\"\u{201c}\u{2018}'(\u{2022}-\u{2013}\u{2014}|*".contains(c))
    }
    /// Hyphen (or en dash) glued on both sides at `i`, followed by a word: a compound joint.
    fn hyphen_word(&self, i: usize) -> bool {
        (self.punct(i, '-') || self.punct(i, '\u{2011}') || self.punct(i, '\u{2010}'))
            && self.glued(i)
            && self.glued(i + 1)
            && self.is_word(i + 1)
    }

    /// Approximator at `i`: its kind, the index after it, its first word and whether N3
    /// keeps it in the span.
    fn approx(&self, i: usize) -> Option<(Approx, usize, &'static str, bool)> {
        let first = self.key(i);
        if !approx_start(first) {
            return None;
        }
        for (words, a, kept) in APPROX {
            if words[0] == first
                && words[1..]
                    .iter()
                    .enumerate()
                    .all(|(k, w)| self.key(i + 1 + k) == *w)
            {
                return Some((*a, i + words.len(), words[0], *kept));
            }
        }
        None
    }

    fn expr(&self, i: usize) -> Option<(Expr, Option<Approx>)> {
        let t = self.tok(i)?;
        // (one look at the first byte and the length: "No", "number", "Q")
        if t.is_word() && matches!((t.e - t.s, self.text.as_bytes()[t.s]), (2 | 6, b'N' | b'n') | (1, b'Q')) {
            if let Some(x) = self.label_rank(i) {
                return Some((x, None));
            }
        }
        // a numbered list's marker is a rank: "1. Teachers' union to ballot …", "2. Mateo
        // Arriaga (Spa) at 47sec" (one or two digits and a full stop opening the line)
        if i == 0 && t.is_num() && self.punct(1, '.') && self.glued(1) && self.tok(2).is_some_and(|n| n.sp) {
            let d = self.slice(0);
            if d.len() <= 2 && !d.starts_with('0') && d.bytes().all(|c| c.is_ascii_digit()) {
                let value = digits_value(d)?;
                return Some((Expr { a: 0, b: 1, kind: NumberKind::Ordinal, value: Value::Num(value), high: None, unit: None }, None));
            }
        }
        // "1 Elias Mwangale (Kalder RC) 2:05:41": a results row's bare placing, when the line
        // before or after opens with the place before or after it
        if i == 0 && t.is_num() && self.tok(1).is_some_and(|n| n.sp && n.cap && n.is_word()) {
            let d = self.slice(0);
            if d.len() <= 2 && !d.starts_with('0') && d.bytes().all(|c| c.is_ascii_digit()) {
                let value = digits_value(d)?;
                if self.results_row(value) {
                    return Some((Expr { a: 0, b: 1, kind: NumberKind::Ordinal, value: Value::Num(value), high: None, unit: None }, None));
                }
            }
        }
        // a cheap filter first: most tokens cannot start a number expression
        match t.kind {
            // (a team's formation is a name: "(4-2-3-1)", "4-3-3")
            Kind::Num if self.formation(i) => return None,
            Kind::Num => {
                if let Some(x) = self.facts_minute(i) {
                    return Some((x, None));
                }
                // "a pH of 11.2", "pH 6.5": acidity, a measure
                if self.key(i.wrapping_sub(1)) == "ph" || self.key(i.wrapping_sub(1)) == "of" && self.key(i.wrapping_sub(2)) == "ph" {
                    if let Some(x) = self.quantity(i).filter(|x| x.kind == NumberKind::Count && x.unit.is_none() && x.high.is_none()) {
                        return Some((Expr { kind: NumberKind::Measure, unit: Some("pH".into()), ..x }, None));
                    }
                }
            }
            Kind::Punct(c) => {
                if !matches!(
                    c,
                    '$' | '\u{a3}'
                        | '-'
                        | '+'
                        | '\u{2212}'
                        | '\u{20ac}'
                        | '\u{a5}'
                        | '\u{20b9}'
                        | '\u{20bd}'
                        | '\u{20b4}'
                        | '\u{20a9}'
                        | '\u{20aa}'
                        | '\u{20ba}'
                        | '\u{bd}'
                        | '\u{bc}'
                        | '\u{be}'
                ) {
                    return None;
                }
            }
            Kind::Word => {
                let k = self.kw(&t);
                if !may_start(k) {
                    return None;
                }
                if !approx_start(k) && !matches!(k, "between" | "minus" | "magnitude") {
                    let starts = match k {
                        "a" | "an" => {
                            let n = self.key(i + 1);
                            scale_word(n).is_some() || matches!(n, "dozen" | "couple") || time_unit(n).is_some() || denominator(n).is_some()
                                || measure_unit(n).is_some() && self.and_a_half(i + 2).is_some()
                                || n == "percentage" && self.key(i + 2) == "point"
                                // (Australia's dollar: "A$3.5m")
                                || t.cap && k == "a" && self.punct(i + 1, '$') && self.glued(i + 1)
                        }
                        "half" | "twice" | "thrice" | "once" => true,
                        // ("a quarter-point cut")
                        // (and "quarter past nine", "quarter to eight": a clock time)
                        "quarter" => self.punct(i + 1, '-') && self.key(i + 2) == "point" || matches!(self.key(i + 1), "past" | "to" | "point"),
                        _ => {
                            small_cardinal(k).is_some()
                                || tens(k).is_some()
                                || ordinal(k).is_some()
                                || (t.cap && (month(k).is_some() || dollar_prefix(k).is_some()))
                                || currency_code(k).is_some()
                        }
                    };
                    if !starts {
                        return None;
                    }
                }
            }
        }
        if let Some((a, j, w, kept)) = self.approx(i) {
            if matches!(w, "more" | "less" | "fewer") && self.comparative_after(i) {
                return None;
            }
            // "the jobless rate ticks up to 4.4%", "was revised up to 3%": the verb's particle
            // and "to", no approximator
            if w == "up" && matches!(self.key(i.wrapping_sub(1)), "ticks" | "ticked" | "tick" | "edged" | "edges" | "edge" | "crept" | "creeps" | "inched" | "inches" | "moved" | "moves" | "went" | "goes" | "jumped" | "jumps" | "climbed" | "climbs" | "revised" | "bumped" | "ramped" | "stepped" | "picked" | "picks" | "shot") {
                return None;
            }
            // "will talk about one bad decision": "about" after a verb of speech or thought is
            // the preposition
            if w == "about" && matches!(self.key(i.wrapping_sub(1)), "talk" | "talked" | "talking" | "talks" | "think" | "thinking" | "thought" | "worry" | "worried" | "care" | "cared" | "know" | "knew" | "speak" | "spoke" | "speaking" | "write" | "wrote" | "writing" | "ask" | "asked" | "asking" | "hear" | "heard" | "forget" | "forgot" | "learn" | "learned" | "read" | "complain" | "complained" | "joke" | "joked" | "dream" | "dreamed") {
                return None;
            }
            let from = if kept { i } else { j };
            // "by about 5pm", "until at least 18:30" (N3 applies to times too); "up to 6am"
            // is "until", "more than 3pm" no estimate: only the About and AtLeast senses
            if let Some(x) = self.time(j) {
                return Some(if matches!(a, Approx::About | Approx::AtLeast) {
                    (Expr { a: from, ..x }, Some(a))
                } else {
                    (x, None)
                });
            }
            if let Some(x) = self.date(j) {
                return Some((x, None));
            }
            let x = self.duration_sum(self.quantity_mod(j, kept)?);
            // "questions about 2032": "about" before a bare year is the preposition, unless a
            // preposition of time precedes it ("in about 1890")
            if w == "about" && x.kind == NumberKind::Year && !year_preposition(self.key(i.wrapping_sub(1))) {
                return Some((x, None));
            }
            if matches!(w, "over" | "under" | "above" | "below" | "around")
                && matches!(
                    x.kind,
                    NumberKind::Duration | NumberKind::Year | NumberKind::Date
                )
            {
                return None;
            }
            // "jailed over £2.3m fraud", "a row over a $5bn deal": an amount that modifies the
            // noun after it; "over" is the preposition ("because of"), not an approximator
            if w == "over"
                && x.kind == NumberKind::Money
                && self.tok(x.b).is_some_and(|t| t.is_word() && t.sp && !t.cap)
                && !is_function_word(self.key(x.b))
                && !matches!(self.key(x.b), "worth" | "each" | "apiece" | "annually" | "more" | "less" | "last" | "this" | "next")
                && !self.key(x.b).ends_with("ly")
                && !self.key(x.b).ends_with("ing")
                && !self.key(x.b).ends_with("ed")
            {
                return Some((x, None));
            }
            // ("would rise to about 13th in the world": an estimate of a rank keeps its word)
            if x.kind == NumberKind::Ordinal && a == Approx::About && matches!(w, "about" | "around" | "roughly") {
                return Some((Expr { a: from, ..x }, Some(a)));
            }
            if matches!(
                x.kind,
                NumberKind::Ordinal | NumberKind::Time | NumberKind::Date
            ) {
                return None;
            }
            return Some((Expr { a: from, ..x }, Some(a)));
        }
        if self.key(i) == "minus" && !matches!(self.key(i.wrapping_sub(1)), "or" | "plus") {
            // "minus 5C", "minus 0.3%": a negative measure or percentage
            let x = self.quantity(i + 1)?;
            if !matches!(x.kind, NumberKind::Measure | NumberKind::Percent) {
                return None;
            }
            let value = match x.value {
                Value::Num(v) => Value::Num(-v),
                v => v,
            };
            return Some((Expr { a: i, value, ..x }, None));
        }
        // "magnitude 5.9", "a magnitude of 6.3" (the span is the number only after "of")
        if self.key(i) == "magnitude" {
            let of = usize::from(self.key(i + 1) == "of");
            let x = self.quantity(i + 1 + of).filter(|x| x.kind == NumberKind::Count)?;
            let a = if of == 1 { x.a } else { i };
            return Some((Expr { a, kind: NumberKind::Measure, unit: Some("magnitude".into()), ..x }, None));
        }
        if self.key(i) == "between" {
            if let Some(x) = self.between(i) {
                return Some((x, None));
            }
            return None;
        }
        if let Some(x) = self.date(i).or_else(|| self.race_time(i)).or_else(|| self.suspended_range(i)) {
            return Some((x, None));
        }
        if let Some(x) = self.time(i) {
            // "00:10–01:00", "9am-5pm": a window of two clock times is one range (as after
            // "between"), valued at its lower bound
            // ("from 9pm to 11pm", "10am until noon" is one time)
            // (not a change of time: "moved from 19.30 to 20.30", "pushed back from 3pm to 5pm"
            // are two times)
            let change = self.key(i.wrapping_sub(1)) == "from"
                && matches!(self.key(i.wrapping_sub(2)), "moved" | "changed" | "shifted" | "delayed" | "postponed" | "rescheduled" | "back" | "forward" | "brought" | "pushed");
            if !change && (self.tok(x.b).is_some_and(|t| matches!(t.kind, Kind::Punct('-') | Kind::Punct('\u{2013}'))) || matches!(self.key(x.b), "to" | "until" | "till")) {
                if let Some(y) = self.time(x.b + 1) {
                    return Some((Expr { b: y.b, kind: NumberKind::Range, ..x }, None));
                }
            }
            return Some((x, None));
        }
        let x = self.duration_sum(self.quantity(i)?);
        // "net zero", "net-zero emissions": an idiom, no count (N2)
        if self.key(x.a) == "zero" && (self.key(x.a.wrapping_sub(1)) == "net" || self.punct(x.a.wrapping_sub(1), '-') && self.key(x.a.wrapping_sub(2)) == "net") {
            return None;
        }
        // "he will win it one day.", "One day, we will …": some day, an idiom (N2), unlike "in
        // one day", "for one day", "one day later"
        if x.kind == NumberKind::Duration && x.b == x.a + 2 && self.key(x.a) == "one" && self.key(x.a + 1) == "day" {
            let prev = self.key(x.a.wrapping_sub(1));
            let open = self.tok(x.b).is_none_or(|t| matches!(t.kind, Kind::Punct('.' | ',' | '!' | '?' | ';' | '"' | '\u{201d}' | '\u{2019}')));
            // ("could one day run", "would one day kill": after a modal, some day)
            let modal = matches!(prev, "could" | "would" | "will" | "might" | "may" | "can" | "should" | "must" | "shall");
            if modal || open && !matches!(prev, "in" | "for" | "within" | "over" | "after" | "only" | "just" | "than" | "least" | "about" | "nearly" | "almost" | "every" | "each" | "per" | "by" | "of" | "a" | "the" | "first" | "last" | "under" | "around" | "barely" | "to" | "lasts" | "lasted" | "lasting" | "took" | "takes" | "take" | "spent") {
                return None;
            }
        }
        // "the 8th U.S. Circuit", "the 3rd Infantry Division": a numbered ordinal before a
        // capitalised word is part of a name (N2)
        // (but an edition of a gathering is a rank: "the 12th Global Climate Assembly", "the
        // 20th Party Congress")
        if x.kind == NumberKind::Ordinal && self.t[x.a].is_num() && self.tok(x.b).is_some_and(|t| t.cap && t.is_word()) {
            let event = |k: usize| matches!(self.key(k), "assembly" | "summit" | "congress" | "conference" | "festival" | "games" | "olympics" | "olympiad" | "convention" | "forum" | "session" | "biennale" | "plenum" | "marathon" | "race" | "regatta" | "rally" | "championship" | "championships" | "tournament" | "edition");
            let run = (x.b..x.b + 5).take_while(|&k| self.tok(k).is_some_and(|t| t.cap && t.is_word())).count();
            // (or an event the capitalised words place: "the 42nd Harbourton marathon")
            let gathering = (x.b..x.b + run).any(event) || event(x.b + run) && self.tok(x.b + run).is_some_and(|t| t.is_word() && !t.cap);
            // (nor a line of a results list that starts with the placing: "2nd Blue Moon (Al
            // Dee)", the runner's name and nothing after it but brackets)
            let placing = x.a == 0 && (self.tok(x.b + run).is_none() || self.punct(x.b + run, '('));
            // (nor a person's or a team's own tally: "his 11th ODI century", "their third
            // Grand Slam title")
            let possessed = matches!(self.key(x.a.wrapping_sub(1)), "his" | "her" | "their" | "its" | "my" | "our" | "your")
                && matches!(self.key(x.b + run), "century" | "hundred" | "title" | "titles" | "win" | "victory" | "goal" | "medal" | "crown" | "final" | "start" | "appearance" | "cap" | "try" | "wicket" | "stage" | "major" | "triumph" | "success");
            if !gathering && !placing && !possessed {
                return None;
            }
        }
        // a golfer's score to par: "17 under par", "six-under-par", "13-under" (strokes)
        let mut x = x;
        if x.kind == NumberKind::Count {
            let under = |k: usize| matches!(self.key(k), "under" | "over");
            let at = if under(x.b) && self.tok(x.b).is_some_and(|t| t.sp) {
                Some((x.b, false))
            } else if x.unit.as_deref().is_some_and(|u| matches!(u, "under" | "over")) && x.b >= 2 && under(x.b - 1) && self.hyphen_word(x.b - 2) {
                Some((x.b - 1, true))
            } else {
                None
            };
            if let Some((u, joint)) = at {
                let par = if self.hyphen_word(u + 1) && self.key(u + 2) == "par" {
                    Some(u + 3)
                } else if self.key(u + 1) == "par" && self.tok(u + 1).is_some_and(|t| t.sp) {
                    Some(u + 2)
                } else {
                    None
                };
                // ("finished on 12 under after a 68", "to reach 13 under,": a score with no "par")
                let bare = !joint && matches!(self.key(x.a.wrapping_sub(1)), "on" | "to" | "at") && self.tok(u + 1).is_none_or(|t| !t.is_word() || matches!(self.kw(&t), "after" | "and" | "with" | "alongside" | "for"));
                if let Some(b) = par.or((joint || bare).then_some(u + 1)) {
                    x.b = b;
                    x.unit = Some("stroke".into());
                }
            }
        }
        Some((x, None))
    }

    /// Whether the line before or after this block opens with the place before or after
    /// `place`, then a space and a capital: a results list's neighbour rows.
    fn results_row(&self, place: f64) -> bool {
        let opens = |line: &str, want: f64| {
            let digits = line.bytes().take_while(u8::is_ascii_digit).count();
            want > 0.0 && digits > 0 && digits_value(&line[..digits]) == Some(want) && line[digits..].strip_prefix(' ').is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()))
        };
        let end = self.base + self.low.len();
        let after = self.text.get(end..).unwrap_or("").trim_start_matches(['\r', '\n']);
        let next = after.split('\n').next().unwrap_or("");
        let before = self.text.get(..self.base).unwrap_or("").trim_end_matches(['\r', '\n']);
        let prev = before.rsplit('\n').next().unwrap_or("");
        opens(next, place + 1.0) || opens(prev, place - 1.0)
    }

    /// A rank written as a label (ordinals, N5): "at No. 1", "the No. 2 official", "reached
    /// number one", and a quarter of the year, "Q3". Not "No 10" (Downing Street, a name) nor
    /// a docket number, "No. 23-1187" (N2 codes).
    fn label_rank(&self, i: usize) -> Option<Expr> {
        let t = &self.t[i];
        let w = self.kw(t);
        let (b, value) = if w == "q" {
            // "Q3", "Q4 2024": a capital Q glued to one digit from 1 to 4
            if !(t.cap && self.glued(i + 1) && self.is_num(i + 1)) {
                return None;
            }
            let d = self.slice(i + 1);
            let ends = !self.glued(i + 2) || self.punct(i + 2, ',') || self.punct(i + 2, '.');
            if !(matches!(d, "1" | "2" | "3" | "4") && ends) {
                return None;
            }
            (i + 2, digits_value(d)?)
        } else if w == "no" && t.cap {
            let j = i + 1 + usize::from(self.punct(i + 1, '.') && self.glued(i + 1));
            let n = self.tok(j).filter(|n| n.is_num() && n.sp)?;
            let d = &self.text[n.s..n.e];
            let value = digits_value(d).filter(|v| (1.0..100.0).contains(v) && d.bytes().all(|c| c.is_ascii_digit()))?;
            // (a docket or catalogue code goes on: "No. 23-1187", "No. 4/2019")
            if value == 10.0 || self.glued(j + 1) && !(self.punct(j + 1, ',') || self.punct(j + 1, '.') || self.punct(j + 1, ')') || self.punct(j + 1, ';') || self.punct(j + 1, ':')) {
                return None;
            }
            // a rank, not an address or a name ("lives at No 7", "Shaft No. 4"): "the No. 2
            // official", "world No. 1", "reached No. 1", "rose to No. 3", "five weeks at No. 1"
            let p = i.wrapping_sub(1);
            let before = |w: &str| matches!(w, "reached" | "reach" | "reaches" | "hit" | "hits" | "world" | "ranked" | "seeded");
            let climbed = |w: &str| matches!(w, "rose" | "rise" | "rises" | "climbed" | "climbs" | "climb" | "went" | "go" | "goes" | "jumped" | "jump" | "fell" | "fall" | "dropped" | "drop" | "slipped" | "slip" | "moved" | "move" | "returned" | "return");
            let stayed = |w: &str| {
                matches!(w, "peaked" | "peaks" | "debuted" | "debuts" | "entered" | "enters" | "charted" | "landed" | "stayed" | "stays" | "sat" | "sits" | "remained" | "remains" | "finished")
                    || time_unit(w).is_some()
            };
            let rank = before(self.key(p))
                || self.key(p) == "the" && self.tok(j + 1).is_some_and(|t| t.is_word() && !t.cap)
                || self.key(p) == "to" && climbed(self.key(p.wrapping_sub(1)))
                // ("will lift him to No 2", "sends her to No 5")
                || self.key(p) == "to"
                    && matches!(self.key(p.wrapping_sub(1)), "him" | "her" | "them" | "it")
                    && (climbed(self.key(p.wrapping_sub(2))) || matches!(self.key(p.wrapping_sub(2)), "lift" | "lifts" | "lifted" | "take" | "takes" | "took" | "send" | "sends" | "sent" | "push" | "pushes" | "pushed" | "put" | "puts"))
                || self.key(p) == "at" && stayed(self.key(p.wrapping_sub(1)))
                // "will lift Ferreyra to No 3 in Monday's rankings"
                || matches!(self.key(p), "to" | "at")
                    && (j + 1..j + 6)
                        .take_while(|&k| !self.punct(k, '.') && !self.punct(k, ';'))
                        .any(|k| matches!(self.key(k), "ranking" | "rankings" | "standings" | "charts" | "chart" | "seedings"));
            if !rank {
                return None;
            }
            (j + 1, value)
        } else if w == "number" && matches!(self.key(i.wrapping_sub(1)), "at" | "the" | "a" | "to" | "reached" | "hit" | "world" | "became" | "was" | "is" | "as") {
            let n = self.word_numeral(i + 1).filter(|n| !n.ordinal && n.b == i + 2 && n.value <= 10.0)?;
            (n.b, n.value)
        } else {
            return None;
        };
        Some(Expr {
            a: i,
            b,
            kind: NumberKind::Ordinal,
            value: Value::Num(value),
            high: None,
            unit: None,
        })
    }

    /// A race time in minutes and seconds, "3:29.41", "1:44.7": a duration in seconds (a clock
    /// time has no decimals).
    fn race_time(&self, i: usize) -> Option<Expr> {
        if !(self.is_num(i) && self.punct(i + 1, ':') && self.glued(i + 1) && self.glued(i + 2) && self.is_num(i + 2)) {
            return None;
        }
        let two = |k: usize| self.is_num(k) && self.slice(k).len() == 2 && self.slice(k).bytes().all(|c| c.is_ascii_digit());
        // (the expression ends there: a space, or punctuation other than ":" or ".")
        let ends = |k: usize| {
            self.tok(k).is_none_or(|t| !self.glued(k) || !(t.is_word() || t.is_num() || t.is_punct(':') || t.is_punct('.')))
                || self.punct(k, '.') && !(self.glued(k + 1) && self.is_num(k + 1))
        };
        let secs = |x: Option<f64>, k: usize| Some(Expr { a: i, b: k, kind: NumberKind::Duration, value: Value::Num(x?), high: None, unit: Some("second".into()) });
        // "2:00:19" (a race in hours, minutes and seconds: one-digit hours, with no meridiem or zone
        // after it, which a clock time would have), "60:04" (minutes past the clock's 23)
        let h = self.slice(i);
        // (seconds with tenths: "2:01:17.4", a race's time to the tenth, never a clock's)
        let tenths = |k: usize| self.is_num(k) && self.slice(k).split_once('.').is_some_and(|(a, b)| a.len() == 2 && !b.is_empty() && b.len() <= 3 && a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit()));
        if h.len() <= 2 && h.bytes().all(|c| c.is_ascii_digit()) && two(i + 2) && self.punct(i + 3, ':') && self.glued(i + 3) && self.glued(i + 4) && tenths(i + 4) && ends(i + 5) {
            let v = digits_value(h)? * 3600.0 + digits_value(self.slice(i + 2))? * 60.0 + digits_value(self.slice(i + 4))?;
            return secs(Some((v * 1000.0).round() / 1000.0), i + 5);
        }
        if h.len() == 1 && h.as_bytes()[0].is_ascii_digit() && two(i + 2) && self.punct(i + 3, ':') && self.glued(i + 3) && self.glued(i + 4) && two(i + 4) && ends(i + 5) {
            let after = self.key(i + 5);
            if self.ampm(i + 5).is_none() && !is_time_zone(after) {
                let v = digits_value(h)? * 3600.0 + digits_value(self.slice(i + 2))? * 60.0 + digits_value(self.slice(i + 4))?;
                return secs(Some(v), i + 5);
            }
        }
        // "took the title in 18:02:40", "Anna Roe (Kestria) 19:48:12": an ultra's race time of
        // ten hours or more, after "in" or in a results row (a clock time is "at" one)
        let row = self.punct(i.wrapping_sub(1), ')') || self.tok(i.wrapping_sub(1)).is_some_and(|t| t.is_word() && t.cap);
        if two(i) && two(i + 2) && self.punct(i + 3, ':') && self.glued(i + 3) && self.glued(i + 4) && two(i + 4) && ends(i + 5) && (matches!(self.key(i.wrapping_sub(1)), "in" | "inside" | "under") || row) {
            let v = digits_value(h)? * 3600.0 + digits_value(self.slice(i + 2))? * 60.0 + digits_value(self.slice(i + 4))?;
            return secs(Some(v), i + 5);
        }
        // "finished inside 2:30", "ran under 2:10", "won in 2:07": a race in hours and minutes
        let raced = matches!(self.key(i.wrapping_sub(1)), "inside" | "under" | "sub")
            || self.key(i.wrapping_sub(1)) == "in" && ["finish", "ran", "run", "clock", "won", "win", "complet"].iter().any(|st| self.key(i.wrapping_sub(2)).starts_with(st));
        if raced && h.len() == 1 && h.as_bytes()[0].is_ascii_digit() && two(i + 2) && ends(i + 3) && self.ampm(i + 3).is_none() {
            return secs(Some(digits_value(h)? * 3600.0 + digits_value(self.slice(i + 2))? * 60.0), i + 3);
        }
        // "2:50 per kilometre", "4:30/km": a pace in minutes and seconds
        let pace_unit = |k: usize| matches!(self.key(k), "km" | "kilometre" | "kilometer" | "mile" | "mi");
        let pace = self.key(i + 3) == "per" && pace_unit(i + 4) || self.punct(i + 3, '/') && self.glued(i + 3) && pace_unit(i + 4);
        if pace && h.len() <= 2 && h.bytes().all(|c| c.is_ascii_digit()) && two(i + 2) && ends(i + 3) {
            return secs(Some(digits_value(h)? * 60.0 + digits_value(self.slice(i + 2))?), i + 3);
        }
        if (2..=3).contains(&h.len()) && h.bytes().all(|c| c.is_ascii_digit()) && two(i + 2) && ends(i + 3) {
            let (m, sx) = (digits_value(h)?, digits_value(self.slice(i + 2))?);
            if m >= 24.0 && sx < 60.0 {
                return secs(Some(m * 60.0 + sx), i + 3);
            }
        }
        let (m, sec) = (self.slice(i), self.slice(i + 2).as_bytes());
        let shape = m.len() <= 2 && m.bytes().all(|c| c.is_ascii_digit()) && sec.len() >= 4 && sec[2] == b'.' && sec[..2].iter().all(u8::is_ascii_digit) && sec[3..].iter().all(u8::is_ascii_digit);
        if !shape {
            return None;
        }
        let v = digits_value(m)? * 60.0 + digits_value(self.slice(i + 2))?;
        Some(Expr { a: i, b: i + 3, kind: NumberKind::Duration, value: Value::Num((v * 1000.0).round() / 1000.0), high: None, unit: Some("second".into()) })
    }

    /// "13- to 17-year-olds", "five- to 10-minute waits": a first bound whose hyphen waits for
    /// the second's compound; one range with the compound's unit.
    fn suspended_range(&self, i: usize) -> Option<Expr> {
        // (a hyphen within the next few tokens first: most numbers have none, and are not parsed twice)
        if !(i + 1..i + 8).any(|k| self.punct(k, '-')) {
            return None;
        }
        let n = self.numeral(i)?;
        if n.ordinal || !self.punct(n.b, '-') || !self.glued(n.b) || self.glued(n.b + 1) || self.key(n.b + 1) != "to" {
            return None;
        }
        let h = self.numeral(n.b + 2)?;
        if h.ordinal || h.value <= n.value || !self.punct(h.b, '-') || !self.glued(h.b) {
            return None;
        }
        let (kind, unit, b) = match self.tail(&h, h.b, false) {
            (Tail::Age(u) | Tail::Duration(u) | Tail::Measure(u), b) => (NumberKind::Range, Some(u.to_string()), b),
            _ => return None,
        };
        Some(Expr { a: i, b, kind, value: Value::Num(n.value), high: Some(h.value), unit })
    }

    /// A duration in two or three units is one expression valued in the smallest unit ("9
    /// hours and 20 minutes", "9h 20m", "1hr 24min 37.418sec").
    fn duration_sum(&self, x: Expr) -> Expr {
        let x = self.duration_step(x);
        self.duration_step(x)
    }

    /// [`Parser::duration_sum`]'s one step: the next smaller unit after `x`, if any.
    fn duration_step(&self, x: Expr) -> Expr {
        if x.kind != NumberKind::Duration || x.high.is_some() {
            return x;
        }
        let (Value::Num(v), Some(big)) = (&x.value, x.unit.as_deref()) else { return x };
        // (also after a comma: "4 years, 9 months")
        let k = x.b + usize::from(self.key(x.b) == "and" || self.punct(x.b, ','));
        if !(self.is_num(k) || small_cardinal(self.key(k)).is_some() || tens(self.key(k)).is_some()) {
            return x;
        }
        let Some(y) = self.quantity(k).filter(|y| y.kind == NumberKind::Duration && y.high.is_none() && y.a == k) else { return x };
        let Value::Num(w) = y.value else { return x };
        // (not a rate: "Ten days, four hours a day")
        if matches!(self.key(y.b), "a" | "per" | "each" | "every") {
            return x;
        }
        let per = match (big, y.unit.as_deref()) {
            ("hour", Some("minute")) | ("minute", Some("second")) => 60.0,
            ("year", Some("month")) => 12.0,
            ("week", Some("day")) => 7.0,
            ("day", Some("hour")) => 24.0,
            _ => return x,
        };
        Expr { b: y.b, value: Value::Num(v * per + w), unit: y.unit, ..x }
    }

    /// "more/less/fewer than" at `i` right after a quantity compares it with what follows
    /// ("20% more than two years ago", "$5 less than in 2019", "ten more than last year"):
    /// no approximator of the next number. Not after a year, a day of a date or a clock time
    /// ("In 2020 more than 30 …", "On May 3 more than …", "at 11:00 more than …").
    fn comparative_after(&self, i: usize) -> bool {
        let p = i.wrapping_sub(1);
        let Some(t) = self.tok(p) else { return false };
        let number_word = |w: &str| small_cardinal(w).is_some() || tens(w).is_some() || scale_word(w).is_some();
        match t.kind {
            Kind::Punct('%') => true,
            Kind::Num => {
                let s = self.slice(p);
                let year = s.len() == 4 && s.bytes().all(|c| c.is_ascii_digit()) && (1000.0..=2100.0).contains(&digits_value(s).unwrap_or(0.0));
                let q = p.wrapping_sub(1);
                !year && !self.punct(q, ':') && !self.punct(q, '.') && month(self.key(q)).is_none()
            }
            Kind::Word => {
                let w = self.kw(t);
                if number_word(w) {
                    return true;
                }
                let unit = matches!(w, "percent" | "cent" | "points" | "times")
                    || time_unit(w).is_some()
                    || measure_unit(w).is_some()
                    || currency_word(w).is_some();
                let q = p.wrapping_sub(1);
                unit && (self.is_num(q) || number_word(self.key(q)))
            }
            _ => false,
        }
    }

    // ------------------------------------------------------------------ numerals

    /// Digits at `i` that are part of a code or an idiom rather than a number
    /// (F-16, M1A2, G7, 24/7, 5G).
    fn is_code(&self, i: usize) -> bool {
        let t = &self.t[i];
        if !t.sp && i > 0 {
            let p = &self.t[i - 1];
            match p.kind {
                // ("9:41 p.m. ET2m ago": a live page glues its time zone to the age of a post)
                Kind::Word => {
                    let zone = matches!(self.kw(&p), "et" | "est" | "edt" | "pt" | "pst" | "pdt" | "gmt" | "bst" | "utc" | "cet")
                        && self.tok(i + 1).is_some_and(|n| !n.sp && short_time_unit(self.kw(n)).is_some());
                    return currency_code(self.kw(&p)).is_none() && !zone;
                }
                Kind::Punct('-') | Kind::Punct('\u{2011}') if i >= 2 && !p.sp => {
                    let q = &self.t[i - 2];
                    // a docket number's second half: "No. 23-1187"
                    if q.is_num() && q.sp && i >= 3 && (self.key(i - 3) == "no" || self.punct(i - 3, '.') && self.key(i.wrapping_sub(4)) == "no") {
                        return true;
                    }
                    if q.is_word() {
                        let k = self.kw(&q);
                        return !matches!(
                            k,
                            "mid" | "pre" | "post" | "late" | "early" | "end" | "circa"
                        ) && small_cardinal(k).is_none()
                            && tens(k).is_none();
                    }
                }
                Kind::Punct('/') | Kind::Punct('#') | Kind::Punct('\\') => return true,
                Kind::Punct('.') if i >= 2 && !p.sp && self.t[i - 2].is_word() => return true,
                _ => {}
            }
        }
        if let Some(n) = self.tok(i + 1).filter(|n| !n.sp) {
            match n.kind {
                Kind::Punct('/') if self.is_num(i + 2) && self.glued(i + 2) => return true,
                Kind::Word => {
                    let k = self.kw(&n);
                    let known = scale_suffix(k).is_some()
                        || measure_suffix(k).is_some()
                        || short_time_unit(k).is_some()
                        || matches!(
                            k,
                            "st" | "nd" | "rd" | "th" | "am" | "pm" | "s" | "p" | "sq" | "pc" | "mb"
                        )
                        || (n.cap && matches!(k, "c" | "f"));
                    if !known {
                        return true;
                    }
                    // "5G", "4K": a capital letter glued to digits names a standard or model
                    let sfx = self.slice(i + 1);
                    if sfx.len() == 1 && n.cap && !matches!(k, "m" | "k" | "b" | "c" | "f") {
                        return true;
                    }
                    // letters then digits again: "4x4", "B52H"
                    if self.glued(i + 2) && self.is_num(i + 2) {
                        return true;
                    }
                }
                _ => {}
            }
        }
        false
    }

    fn numeral(&self, i: usize) -> Option<Numeral> {
        let t = self.tok(i)?;
        match t.kind {
            Kind::Num => {
                if self.is_code(i) {
                    return None;
                }
                let s = self.slice(i);
                let value = digits_value(s)?;
                let plain = s.bytes().all(|c| c.is_ascii_digit());
                let mut n = Numeral {
                    a: i,
                    b: i + 1,
                    value,
                    word: false,
                    ordinal: false,
                    plain,
                    ndigits: s.bytes().filter(u8::is_ascii_digit).count(),
                    one: false,
                };
                if !s.contains('.')
                    && self.glued(i + 1)
                    && matches!(self.key(i + 1), "st" | "nd" | "rd" | "th")
                {
                    n.ordinal = true;
                    n.b = i + 2;
                }
                // "5½"
                if let Some(Kind::Punct(c)) = self.tok(i + 1).filter(|t| !t.sp).map(|t| t.kind) {
                    if let Some(f) = fraction_sign(c).filter(|_| !s.contains('.')) {
                        n.value += f;
                        n.plain = false;
                        n.b = i + 2;
                    }
                }
                Some(n)
            }
            Kind::Word => self.word_numeral(i),
            // "¾ length", "½ mile": a fraction sign alone before a unit
            Kind::Punct(c) if fraction_sign(c).is_some() && self.tok(i + 1).is_some_and(|t| t.sp && t.is_word()) && (measure_unit(self.key(i + 1)).is_some() || time_unit(self.key(i + 1)).is_some()) => Some(Numeral {
                a: i,
                b: i + 1,
                value: fraction_sign(c)?,
                word: false,
                ordinal: false,
                plain: false,
                ndigits: 0,
                one: false,
            }),
            _ => None,
        }
    }

    /// Spelled-out cardinal or ordinal: "eight", "twenty-one", "a thousand",
    /// "three hundred and forty", "twenty-first", "two million".
    fn word_numeral(&self, i: usize) -> Option<Numeral> {
        #[derive(PartialEq, Clone, Copy)]
        enum Last {
            Start,
            Unit,
            Tens,
            Hundred,
            Scale,
        }
        let mut k = i;
        let mut total = 0.0;
        let mut current = 0.0;
        let mut last = Last::Start;
        let mut is_ord = false;
        let mut words = 0;
        let half_of = |w: &str| match w {
            "dozen" => Some(12.0),
            _ => scale_word(w).filter(|s| *s >= 1000.0),
        };
        if self.key(i) == "half"
            && matches!(self.key(i + 1), "a" | "an")
            && half_of(self.key(i + 2)).is_some()
        {
            // "half a million", "half a dozen"
            let s = half_of(self.key(i + 2)).unwrap_or(1.0);
            return Some(Numeral {
                a: i,
                b: i + 3,
                value: 0.5 * s,
                word: true,
                ordinal: false,
                plain: false,
                ndigits: 0,
                one: false,
            });
        }
        if matches!(self.key(i), "a" | "an") {
            let nk = self.key(i + 1);
            if scale_word(nk).is_none() && nk != "dozen" || !self.tok(i + 1)?.sp {
                return None;
            }
            current = 1.0;
            last = Last::Unit;
            k += 1;
        }
        // a numeral has a handful of words: the bound keeps failed parses from rescanning
        // long runs of number words
        while words < 12 {
            if k > i && k != i + 1 && !self.tok(k).is_some_and(|t| t.sp) && last != Last::Tens {
                // words of one numeral are separated by spaces (hyphens only after tens)
                break;
            }
            let w = self.key(k);
            if w.is_empty() {
                break;
            }
            if let Some(v) = small_cardinal(w) {
                if matches!(last, Last::Unit | Last::Tens) {
                    break;
                }
                current += v;
                last = Last::Unit;
                k += 1;
            } else if let Some(v) = tens(w) {
                if matches!(last, Last::Unit | Last::Tens) {
                    break;
                }
                current += v;
                last = Last::Tens;
                k += 1;
                // "twenty-one", "twenty-first"
                if self.hyphen_word(k) {
                    let u = self.key(k + 1);
                    if let Some(v) = small_cardinal(u).filter(|v| (1.0..10.0).contains(v)) {
                        current += v;
                        k += 2;
                        last = Last::Unit;
                    } else if let Some(v) = ordinal(u).filter(|v| (1.0..10.0).contains(v)) {
                        current += v;
                        k += 2;
                        is_ord = true;
                        words += 1;
                        break;
                    }
                }
            } else if let Some(v) = ordinal(w) {
                if matches!(last, Last::Unit | Last::Tens) || (last != Last::Start && v >= 100.0) {
                    break;
                }
                current += v;
                is_ord = true;
                k += 1;
                words += 1;
                break;
            } else if w == "hundred" {
                if last == Last::Start || last == Last::Hundred {
                    break;
                }
                current = current.max(1.0) * 100.0;
                last = Last::Hundred;
                k += 1;
            } else if w == "dozen" {
                if last == Last::Start {
                    break;
                }
                current = current.max(1.0) * 12.0;
                last = Last::Hundred;
                k += 1;
            } else if let Some(s) = scale_word(w).filter(|s| *s >= 1000.0) {
                if last == Last::Start {
                    break;
                }
                total += current.max(1.0) * s;
                current = 0.0;
                last = Last::Scale;
                k += 1;
            } else if w == "and"
                && matches!(last, Last::Hundred | Last::Scale)
                && (small_cardinal(self.key(k + 1)).is_some() || tens(self.key(k + 1)).is_some())
            {
                k += 1;
                continue;
            } else {
                break;
            }
            words += 1;
        }
        if words == 0 {
            return None;
        }
        let one = k == i + 1 && self.key(i) == "one";
        Some(Numeral {
            a: i,
            b: k,
            value: total + current,
            word: true,
            ordinal: is_ord,
            plain: false,
            ndigits: 0,
            one,
        })
    }

    /// "-and-a-half" or " and a half" at `k`: the index after it.
    fn and_a_half(&self, k: usize) -> Option<usize> {
        self.and_words(k, &["and", "a", "half"])
    }

    /// "and a half", "and a quarter", "and three quarters" at `k`: the index after it and the
    /// fraction it adds ("three and a quarter miles" is 3.25).
    fn and_a_fraction(&self, k: usize) -> Option<(usize, f64)> {
        if !(self.key(k) == "and" || self.hyphen_word(k) && self.key(k + 1) == "and") {
            return None;
        }
        [(&["and", "a", "half"][..], 0.5), (&["and", "a", "quarter"][..], 0.25), (&["and", "three", "quarters"][..], 0.75)]
            .into_iter()
            .find_map(|(ws, f)| self.and_words(k, ws).map(|m| (m, f)))
    }

    /// The words `ws` from `k` on (spaced or hyphenated): the index after them.
    fn and_words(&self, k: usize, ws: &[&str]) -> Option<usize> {
        let mut m = k;
        for &w in ws {
            if self.hyphen_word(m) {
                m += 1;
            } else if !self.tok(m)?.sp {
                return None;
            }
            if self.key(m) != w {
                return None;
            }
            m += 1;
        }
        Some(m)
    }

    /// Scale after a numeral at `k`: factor and the index after it.
    fn scale_after(&self, n: &Numeral, k: usize, money: bool) -> Option<(f64, usize)> {
        let t = self.tok(k)?;
        if !t.is_word() {
            // "$5-billion"
            if self.hyphen_word(k) {
                if let Some(s) = scale_word(self.key(k + 1)).filter(|s| *s >= 1e6) {
                    return Some((s, k + 2));
                }
            }
            return None;
        }
        let w = self.kw(&t);
        if !t.sp {
            if n.word {
                return None;
            }
            if w == "m" {
                // "4m ago" is minutes, "100m" alone is metres; "€3m", "20m people" are millions
                // ("the 400m hurdles", "the 4x100m relay": metres of a race)
                let race = matches!(self.key(k + 1), "hurdles" | "relay" | "relays" | "freestyle" | "medley" | "backstroke" | "breaststroke" | "butterfly" | "steeplechase" | "heats" | "finals" | "runners" | "sprinters" | "races");
                // ("440m kronor": a currency named after the scale)
                // (not a noun counted by another number: "the 400m two years ago")
                let plural_next = !race && (self.plural_follows(k + 1) || (self.is_word(k + 1) && self.word_numeral(k + 1).is_none() && self.plural_follows(k + 2)) || currency_word(self.key(k + 1)).is_some());
                if self.key(k + 1) == "ago" || !(money || plural_next) {
                    return None;
                }
                return Some((1e6, k + 1));
            }
            if w == "b" && !money {
                return None;
            }
            return scale_suffix(w).map(|s| (s, k + 1));
        }
        if n.word {
            return None; // spelled numerals take their scale words themselves
        }
        if money && w == "m" {
            return Some((1e6, k + 1)); // "€3 m"
        }
        scale_word(w).map(|s| (s, k + 1))
    }

    /// A currency sign written after the amount ("100€"), not before another one.
    fn currency_sign_after(&self, k: usize) -> Option<&'static str> {
        let t = self.tok(k)?;
        if !matches!(t.kind, Kind::Punct(c) if c != '$') || self.is_num(k + 1) {
            return None;
        }
        currency_prefix(self.slice(k))
    }

    /// Currency sign or code before an amount at `i`: ISO code and the numeral's index.
    fn currency_before(&self, i: usize) -> Option<(&'static str, usize)> {
        let t = self.tok(i)?;
        match t.kind {
            Kind::Word => {
                let k = self.kw(&t);
                if self.punct(i + 1, '$') && self.glued(i + 1) && t.cap {
                    let c = dollar_prefix(k)?;
                    return (self.is_num(i + 2) && self.glued(i + 2)).then_some((c, i + 2));
                }
                let c = currency_code(k)?;
                if self.slice(i).bytes().any(|b| b.is_ascii_lowercase()) && !matches!(k, "rs" | "sfr") {
                    return None;
                }
                if self.punct(i + 1, '.') && self.glued(i + 1) && self.is_num(i + 2) {
                    return Some((c, i + 2));
                }
                self.is_num(i + 1).then_some((c, i + 1))
            }
            Kind::Punct(_) => {
                let c = currency_prefix(self.slice(i))?;
                if self.is_num(i + 1) {
                    return Some((c, i + 1));
                }
                None
            }
            Kind::Num => None,
        }
    }

    // ------------------------------------------------------------------ quantities

    fn quantity(&self, i: usize) -> Option<Expr> {
        self.quantity_mod(i, false)
    }

    /// A quantity at `i`; `modified` when an approximator precedes it.
    fn quantity_mod(&self, i: usize, modified: bool) -> Option<Expr> {
        // "Harbour | 6 | -4", "274 (\u{2212}14)", "| +6": a signed count in a table's cell or
        // brackets, a change or a score to par
        let sign = if self.punct(i, '+') { Some(1.0) } else if self.punct(i, '-') || self.punct(i, '\u{2212}') { Some(-1.0) } else { None };
        if let Some(sg) = sign.filter(|_| self.glued(i + 1) && self.is_num(i + 1) && (i == 0 || self.punct(i - 1, '(') || self.punct(i - 1, '|'))) {
            if let Some(x) = self.quantity_mod(i + 1, modified) {
                if let Value::Num(v) = x.value {
                    if x.kind == NumberKind::Count && x.unit.is_none() && x.high.is_none() {
                        return Some(Expr { a: i, value: Value::Num(sg * v), ..x });
                    }
                }
            }
        }
        // "-180C", "\u{2212}3.5%": a minus sign glued to a temperature or a percentage, set off
        // by a space before it ("18-20C" is a range)
        if (self.punct(i, '-') || self.punct(i, '\u{2212}')) && self.t[i].sp && self.glued(i + 1) && self.is_num(i + 1) {
            let x = self.quantity_mod(i + 1, modified)?;
            let cold = matches!(x.unit.as_deref(), Some("celsius" | "fahrenheit")) || x.kind == NumberKind::Percent;
            let value = match x.value {
                Value::Num(v) if cold => Value::Num(-v),
                _ => return None,
            };
            return Some(Expr { a: i, value, ..x });
        }
        let (currency, j) = match self.currency_before(i) {
            Some((c, j)) => (Some(c), j),
            None => (None, i),
        };
        if currency.is_none() {
            if let Some(x) = self.fraction_of(i).or_else(|| self.a_unit(i)).or_else(|| self.multiplier(i)) {
                return Some(x);
            }
        }
        let mut n = self.numeral(j)?;
        if n.ordinal {
            return if currency.is_none() {
                self.ordinal_expr(&n)
            } else {
                None
            };
        }
        if currency.is_none() {
            if let Some(x) = self.ratio(i, &n).or_else(|| self.half_score(i, &n)).or_else(|| self.tally(i, &n)) {
                return Some(x);
            }
        }
        // "two-thirds", "one-quarter": a fraction
        if currency.is_none() && n.word && self.hyphen_word(n.b) {
            if let Some(d) = denominator(self.key(n.b + 1)) {
                // "three-quarters of a length", "two-thirds of a mile": a measure
                if self.key(n.b + 2) == "of" && matches!(self.key(n.b + 3), "a" | "an") {
                    if let Some(u) = measure_unit(self.key(n.b + 4)) {
                        return Some(Expr { a: i, b: n.b + 5, kind: NumberKind::Measure, value: Value::Num(n.value / d), high: None, unit: Some(u.into()) });
                    }
                }
                return Some(Expr {
                    a: i,
                    b: n.b + 2,
                    kind: NumberKind::Count,
                    value: Value::Num(n.value / d),
                    high: None,
                    unit: None,
                });
            }
        }
        let mut k = n.b;
        if let Some((m, f)) = self.and_a_fraction(k) {
            n.value += f;
            k = m;
            n.one = false;
            n.plain = false;
            // "one and a half million"
            if n.word {
                if let Some(s) = scale_word(self.key(k)).filter(|s| *s >= 1000.0) {
                    n.value *= s;
                    k += 1;
                }
            }
        }
        let mut scale = 1.0;
        if let Some((s, m)) = self.scale_after(&n, k, currency.is_some()) {
            scale = s;
            k = m;
        }
        // second bound of a range
        let mut high: Option<f64> = None;
        let mut year_range = false;
        // "12% to 14%": the percent sign repeated after each bound (the second above the first;
        // "49% to 41%" is a poll's two shares)
        let pct = |k: usize| self.tok(k).is_some_and(|t| t.is_punct('%'));
        let mut tail_at = if pct(k) && self.tok(k + 1).is_some_and(|t| !t.is_punct('-')) && self.range_tail(&n, k + 1, currency).is_some_and(|(_, _, m, _)| pct(m)) { k + 1 } else { k };
        // "80°C to 120°C", "5km to 8km": a measure's unit after each bound
        if tail_at == k && !pct(k) && currency.is_none() {
            if let (Tail::Measure(u), k1) = self.tail(&n, k, false) {
                if k1 > k && self.key(k1) == "to" {
                    if let Some((h, _, m, _)) = self.range_tail(&n, k1, currency) {
                        if matches!(self.tail(&h, m, false).0, Tail::Measure(u2) if u2 == u) {
                            tail_at = k1;
                        }
                    }
                }
            }
        }
        // ("rose from 40% to 41%", "widened from 12km to 20km": a change, two numbers)
        let change = tail_at != k && self.changes_from(i);
        if let Some((h, hscale, m, dash)) = self.range_tail(&n, tail_at, currency).filter(|_| !change) {
            // (the second bound's scale is the first's only when they make a range: "3 to 4
            // million", not "rose by 190,000 to 4.7 million")
            let own_scale = scale;
            if scale == 1.0 && hscale != 1.0 {
                scale = hscale;
            }
            let mut hv = scaled(h.value, hscale.max(if hscale == 1.0 { scale } else { 1.0 }));
            if n.plain && n.ndigits == 4 && (1000.0..=2100.0).contains(&n.value) && h.plain {
                if h.ndigits == 2 && dash {
                    hv = n.value - n.value % 100.0 + h.value;
                }
                year_range =
                    hv > n.value && hv <= 2100.0 && (h.ndigits == 4 || (h.ndigits == 2 && dash));
            }
            let year_like =
                |x: &Numeral| x.plain && x.ndigits == 4 && (1000.0..=2100.0).contains(&x.value);
            // "fell by 3,200 to 48,900", "rose by £2bn to £9bn": a change and the level it
            // reaches, two numbers; a unit or a noun after the second bound only makes a range
            // as without "by" ("by 2 to 3 percent", "read by 6 to 9 editors")
            // (after "from", a counted noun too: "rose from 38 to 41 residents" is where the
            // count was and where it is)
            let level = !dash
                && matches!(self.tail(&h, m, hscale != 1.0).0, Tail::None)
                && (self.after_by(i) && self.count_unit(m, h.value).is_none() || self.changes_from(i));
            // ("in 2024 or 2025": two years to choose from, no span of years)
            let two_years = year_like(&n) && year_like(&h) && self.key(tail_at) == "or";
            if year_like(&n) != year_like(&h) && !year_range || level || two_years {
                // "by 2030 to 32 percent": a year and an amount are not bounds of one range
                scale = own_scale;
            } else if hv > n.value * scale || year_range {
                high = Some(hv);
                k = m;
            } else {
                scale = own_scale;
            }
        }
        // "9 to 11 July", "3-5 March 2025": a span of days is a date
        if let (Some(h), None, true) = (high, currency, n.plain && scale == 1.0) {
            let mt = self.tok(k);
            if let Some(mo) = mt
                .filter(|t| t.is_word() && t.cap && t.sp)
                .and_then(|t| month(self.kw(&t)))
            {
                if (1.0..=31.0).contains(&n.value) && h <= 31.0 {
                    let mut b = k + 1;
                    let mut year = None;
                    if let Some((y, m)) = self.year_after(b, false) {
                        year = Some(y);
                        b = m;
                    }
                    return Some(date_expr(i, b, year, mo, Some(n.value as u32)));
                }
            }
        }
        let low = scaled(n.value, scale);
        // unit
        let (tail, m) = if currency.is_some() {
            (Tail::None, k)
        } else if let Some(c) = self.currency_sign_after(k) {
            // "100€", "250 £"
            (Tail::Money(c, 1.0), k + 1)
        } else {
            self.tail(&n, k, scale != 1.0)
        };
        let mut b = m;
        let mut unit: Option<String> = None;
        let kind;
        let mut value = low;
        if let Some(c) = currency {
            kind = NumberKind::Money;
            unit = Some(c.to_string());
        } else {
            match tail {
                Tail::Percent => {
                    kind = NumberKind::Percent;
                    // "7 percentage points"
                    if self.key(b - 1).starts_with("point") {
                        unit = Some("percentage point".into());
                    }
                }
                Tail::Money(c, f) => {
                    kind = NumberKind::Money;
                    // a sub-unit (pence, cents: 0.01) divides, which is exact where multiplying
                    // by 0.01 is not ("127.5p" is 1.275, not 1.2750000000000001); a decimal is
                    // first made whole ("33.3 cents": 33.3 / 100 is 0.33299999999999996, 33300000 / 1e8
                    // the double nearest 0.333)
                    let scale = |v: f64| if f < 1.0 { (v * 1e6).round() / (1e6 / f).round() } else { v * f };
                    value = scale(low);
                    if let Some(h) = high.as_mut() {
                        *h = scale(*h);
                    }
                    unit = Some(c.to_string());
                }
                Tail::Measure(u) => {
                    kind = NumberKind::Measure;
                    // "9,000km per second", "300 miles per hour": a speed
                    let per = match self.key(b + 1) {
                        "second" => Some("s"),
                        "hour" => Some("h"),
                        "minute" => Some("min"),
                        _ => None,
                    };
                    // ("0.6 milligrams per cubic metre": a concentration in air)
                    let cubic = self.key(b) == "per" && self.key(b + 1) == "cubic" && matches!(self.key(b + 2), "metre" | "meter" | "metres" | "meters");
                    unit = Some(match per.filter(|_| self.key(b) == "per" && matches!(u, "km" | "m" | "mile" | "ft" | "µSv" | "mSv" | "Sv")) {
                        Some(p) => {
                            b += 2;
                            if u == "mile" && p == "h" { "mph".to_string() } else { format!("{u}/{p}") }
                        }
                        None if cubic && matches!(u, "mg" | "g" | "kg" | "mcg") => {
                            b += 3;
                            format!("{u}/m3")
                        }
                        None => u.to_string(),
                    });
                }
                Tail::Duration(u) => {
                    // "an average age of 31 years": an age; "died aged 11 days", "aged six
                    // months": after "aged", whatever the unit
                    let aged = n.a >= 1 && self.key(n.a - 1) == "aged";
                    kind = if aged || u == "year" && n.a >= 2 && self.key(n.a - 1) == "of" && self.key(n.a - 2) == "age" { NumberKind::Age } else { NumberKind::Duration };
                    unit = Some(u.to_string());
                    // "exceeded the limit on 63 days": days counted, no stretch of time (the
                    // count's noun outside the span)
                    if matches!(u, "day" | "night") && self.key(n.a.wrapping_sub(1)) == "on" && m == k + 1 {
                        return Some(Expr { a: i, b: k, kind: NumberKind::Count, value: Value::Num(low), high: None, unit: Some(u.into()) });
                    }
                    // (not "later" of "later today": "in at least 17 years later today")
                    if matches!(self.key(b), "ago" | "later" | "earlier") && self.tok(b)?.sp && !(self.key(b) == "later" && matches!(self.key(b + 1), "today" | "tonight" | "tomorrow"))
                        // ("in just 64 minutes earlier in the day": "earlier" is the day's)
                        && !(matches!(self.key(b), "later" | "earlier") && self.key(b + 1) == "in" && self.key(b + 2) == "the" && matches!(self.key(b + 3), "day" | "week" | "month" | "year" | "season" | "evening" | "morning" | "afternoon")) {
                        b += 1;
                    }
                }
                Tail::Age(u) => {
                    kind = NumberKind::Age;
                    unit = Some(u.to_string());
                }
                Tail::Compound(u) => {
                    kind = NumberKind::Count;
                    unit = u;
                }
                Tail::None => {
                    if year_range {
                        kind = NumberKind::Year;
                    } else if n.plain
                        && scale == 1.0
                        && n.ndigits == 4
                        && (1000.0..=2100.0).contains(&n.value)
                        && (!self.plural_follows(b)
                            || (1900.0..=2100.0).contains(&n.value) && SET_DATED_PLURALS.contains(self.key(b))
                            || year_preposition(self.key(n.a.wrapping_sub(1)))
                            || matches!(self.key(n.a.wrapping_sub(1)), "below" | "above"))
                    {
                        kind = NumberKind::Year;
                        // "the 1990s"
                        if self.glued(b) && self.key(b) == "s" && n.value % 10.0 == 0.0 {
                            b += 1;
                        }
                    } else {
                        kind = NumberKind::Count;
                        // "a man in his 40s", "in her early 30s": an age by decade
                        if self.glued(b) && self.key(b) == "s" && n.plain && (10.0..=110.0).contains(&low) && low % 10.0 == 0.0 {
                            let p = n.a.wrapping_sub(1 + usize::from(matches!(self.key(n.a.wrapping_sub(1)), "early" | "mid" | "late")));
                            if matches!(self.key(p), "his" | "her" | "their" | "my" | "your" | "our") {
                                return Some(Expr { a: i, b: b + 1, kind: NumberKind::Age, value: Value::Num(low), high: None, unit: Some("year".into()) });
                            }
                        }
                        if self.glued(b) && self.is_word(b) {
                            return None; // unexplained letters glued to the digits
                        }
                        if n.one && !self.one_is_number(&n, modified || i != j) {
                            return None;
                        }
                        if n.word && self.in_name(n.a) {
                            return None;
                        }
                        if !n.word && n.plain && (self.street_follows(b) || self.after_label(n.a) && !self.event_rank(n.a, b) || self.service_number(n.a) || self.route_number(n.a, b) || self.model_suffix_follows(b) || self.catalogue_number(n.a, b) || self.zone_offset(n.a)) {
                            return None;
                        }
                        // a score, "beat Leeds 2-1", "United 1-1 Arsenal": two counts of their own,
                        // the team names neither a code's ("Siberia 2") nor a counted noun
                        let score = !n.word && n.plain && self.score_part(n.a);
                        if !n.word
                            && n.plain
                            && n.value < 1000.0
                            && !score
                            && self.after_name(n.a)
                            && !(n.value > 1.0 && self.key(b) == "of")
                            && !(n.value > 1.0 && self.title_plural_follows(b))
                        {
                            return None;
                        }
                        unit = if score { None } else { self.count_unit(b, low) };
                        // "the taps in bays two and three", "bay three held": a small number word
                        // that labels a place, as the digits after "junction" do (N2)
                        if n.word && !modified && i == j && unit.is_none() && low <= 20.0 && self.after_label(n.a) && !self.event_rank(n.a, b) {
                            return None;
                        }
                        // "Jane Smith, 81, said": an age in apposition to a name; "aged 81"
                        // ("Hanratty, now 76, said": "now" before the age)
                        let now = usize::from(n.a >= 3 && self.key(n.a - 1) == "now");
                        let apposition = n.plain
                            && (1.0..=120.0).contains(&low)
                            && n.a >= 2 + now
                            && self.t[n.a - 1 - now].is_punct(',')
                            && self.t[n.a - 2 - now].is_word()
                            && (self.t[n.a - 2 - now].cap || !is_function_word(self.kw(&self.t[n.a - 2 - now])))
                            && !self.kw(&self.t[n.a - 2 - now]).is_empty()
                            // (or ending the sentence after a name: "…, Reuben Kale, 33.")
                            && (self.punct(b, ',') || self.punct(b, '.') && self.t[n.a - 2 - now].cap && self.tok(b + 1).is_none_or(|t| t.cap || !t.is_word()));
                        // ("Isla, seven, and Noah, four, died": a number word between commas after a
                        // first name)
                        let word_apposition = n.word
                            && !n.ordinal
                            && n.b == n.a + 1
                            && (1.0..=19.0).contains(&low)
                            && n.a >= 2
                            && self.t[n.a - 1].is_punct(',')
                            && self.t[n.a - 2].is_word()
                            && self.t[n.a - 2].cap
                            && !self.sentence_start(n.a - 2)
                            && self.punct(b, ',')
                            && unit.is_none();
                        let apposition = apposition || word_apposition;
                        let bracket = n.plain && (1.0..=120.0).contains(&low) && self.age_bracket(n.a, b);
                        // "I am 27", "since I was nine", "a player who is 19": a person's age after
                        // "be", ending the clause
                        // ("will turn 21 in May", "turned 40 last week": a birthday)
                        let turns = (1.0..=120.0).contains(&low)
                            && n.a >= 2
                            && matches!(self.key(n.a - 1), "turn" | "turns" | "turned" | "turning")
                            && matches!(self.key(n.a - 2), "will" | "to" | "he" | "she" | "i" | "who" | "they" | "just" | "had" | "has" | "would" | "and")
                            && unit.is_none()
                            && !self.tok(b).is_some_and(|t| t.is_word() && !matches!(self.kw(t), "and" | "but" | "in" | "on" | "last" | "next" | "this" | "when" | "today" | "tomorrow" | "yesterday"));
                        // ("who will be 80 in May": a birthday to come)
                        let will_be = (1.0..=120.0).contains(&low)
                            && n.plain
                            && low.fract() == 0.0
                            && n.a >= 3
                            && self.key(n.a - 1) == "be"
                            && matches!(self.key(n.a - 2), "will" | "would")
                            && matches!(self.key(n.a - 3), "who" | "he" | "she" | "i" | "they" | "we")
                            && unit.is_none()
                            && !self.tok(b).is_some_and(|t| t.is_word() && !matches!(self.kw(t), "in" | "on" | "next" | "this" | "and" | "when" | "before" | "by"));
                        // the number closes what is said of the person: nothing after it but a
                        // conjunction or an adverb of time ("is 58,", "is 22 and …", "was 34 then")
                        let age_ends = (1.0..=120.0).contains(&low) && unit.is_none() && !self.tok(b).is_some_and(|t| t.is_word() && !matches!(self.kw(t), "and" | "but" | "when" | "now" | "then" | "so" | "or"));
                        // "who joined at 22 and is now 51", "she is now 80": a person's age now
                        let now_age = n.plain
                            && n.a >= 3
                            && self.key(n.a - 1) == "now"
                            && matches!(self.key(n.a - 2), "is" | "was")
                            && (matches!(self.key(n.a - 3), "he" | "she" | "who") || self.key(n.a - 3) == "and" && (n.a.saturating_sub(10)..n.a - 3).any(|m| self.key(m) == "who"));
                        // "He's 22 and he plays …", "I'm 35": a contracted "is" or "am"
                        let contracted = n.plain
                            && n.a >= 3
                            && (self.punct(n.a - 2, '\'') || self.punct(n.a - 2, '\u{2019}'))
                            && self.glued(n.a - 2)
                            && self.glued(n.a - 1)
                            && (self.key(n.a - 1) == "s" && matches!(self.key(n.a - 3), "he" | "she" | "who") || self.key(n.a - 1) == "m" && self.key(n.a - 3) == "i");
                        let be_age = turns
                            || will_be
                            || age_ends
                                && (now_age
                                    || contracted
                                    || n.a >= 2
                                        && matches!(self.key(n.a - 1), "am" | "is" | "was" | "are" | "were")
                                        // (or a relative, or a name within the sentence: "My mother is 80",
                                        // "Iolanthe Marrow is 58,")
                                        && (matches!(self.key(n.a - 2), "i" | "he" | "she" | "who" | "you" | "we" | "they" | "neighbour" | "neighbor" | "friend" | "mum" | "dad" | "mom")
                                            || crate::names::is_kin(self.key(n.a - 2))
                                            || self.t[n.a - 2].is_word() && self.t[n.a - 2].cap && !self.sentence_start(n.a - 2)
                                            // (a name opening its sentence, the sentence ending at the whole
                                            // number: "Abdul was 34.")
                                            || self.t[n.a - 2].is_word() && self.t[n.a - 2].cap && matches!(self.key(n.a - 1), "is" | "was") && !is_function_word(self.key(n.a - 2)) && self.tok(b).is_some_and(|t| t.is_punct('.')) && n.plain && low.fract() == 0.0));
                        // "at the age of 35", "a retirement age above 65", "the voting age 16"; "the
                        // youngest of the miners is 19 and the oldest 58"
                        let age_word = || {
                            let superlative = |m: usize| matches!(self.key(m), "youngest" | "oldest");
                            n.plain
                                && (1.0..=120.0).contains(&low)
                                && n.a >= 1
                                && (self.key(n.a - 1) == "age"
                                    // (also "whose average age is 22")
                                    || n.a >= 2 && self.key(n.a - 2) == "age" && matches!(self.key(n.a - 1), "of" | "above" | "over" | "under" | "below" | "to" | "from" | "at" | "is" | "was")
                                    // ("raises the pension age from 65 to 67": the new age too)
                                    || n.a >= 4 && self.key(n.a - 1) == "to" && self.is_num(n.a - 2) && self.key(n.a - 3) == "from" && self.key(n.a - 4) == "age"
                                    || superlative(n.a - 1)
                                    // "a skinny kid of 14", "a boy of nine": a young person's age
                                    || n.a >= 2
                                        && self.key(n.a - 1) == "of"
                                        && matches!(self.key(n.a - 2), "kid" | "boy" | "girl" | "child" | "lad" | "lass" | "teenager" | "youngster" | "toddler")
                                        && unit.is_none()
                                        && self.tok(b).is_none_or(|t| !t.is_word() || matches!(self.kw(t), "and" | "but" | "when" | "or" | "who" | "was" | "is" | "were" | "had" | "has" | "will" | "would"))
                                    || matches!(self.key(n.a - 1), "is" | "was") && (n.a.saturating_sub(6)..n.a - 1).any(superlative))
                        };
                        // "moved to London at 17", "left school at 15 to work": a life event's age
                        let life_event = || {
                            n.plain
                                && (5.0..=110.0).contains(&low)
                                && unit.is_none()
                                && self.key(n.a.wrapping_sub(1)) == "at"
                                && self.tok(b).is_none_or(|t| !t.is_word() && !t.is_punct('%') && !t.is_punct(':') && !t.is_punct('-') || matches!(self.kw(t), "and" | "but" | "to" | "when" | "after" | "before" | "or"))
                                && (n.a.saturating_sub(7)..n.a - 1).any(|m| {
                                    matches!(self.key(m), "moved" | "left" | "married" | "emigrated" | "retired" | "died" | "debuted" | "learned" | "learnt" | "quit" | "enlisted" | "wed")
                                        // ("who joined at 22": a member's age on joining, after "who")
                                        || self.key(m) == "joined" && m + 2 == n.a && m > 0 && self.key(m - 1) == "who"
                                })
                        };
                        // ("aged under five", "aged over 75")
                        let aged = self.key(i.wrapping_sub(1)) == "aged" || matches!(self.key(i.wrapping_sub(1)), "under" | "over") && self.key(i.wrapping_sub(2)) == "aged";
                        // ("aged 7 and 11", "aged 4, 9 and 12": each number of the list)
                        let aged_list = || {
                            let mut m = i;
                            for _ in 0..6 {
                                if m < 3 || !(self.key(m - 1) == "and" || self.punct(m - 1, ',')) || !(self.is_num(m - 2) || self.numeral(m - 2).is_some_and(|x| x.b == m - 1)) {
                                    return false;
                                }
                                m -= 2;
                                if self.key(m - 1) == "aged" {
                                    return true;
                                }
                            }
                            false
                        };
                        // ("aged six and nine": words too)
                        let aged = aged || (n.plain || n.word) && low < 130.0 && aged_list();
                        if apposition || bracket || be_age || age_word() || life_event() || (aged && low < 130.0) {
                            // ("aged 15 to 30": two bounds, a range of ages)
                            return Some(Expr {
                                a: i,
                                b,
                                kind: if high.is_some() { NumberKind::Range } else { NumberKind::Age },
                                value: Value::Num(low),
                                high,
                                unit: Some("year".into()),
                            });
                        }
                    }
                }
            }
        }
        // "one week or three", "4km or 5": an elliptical second bound takes the first's unit
        if high.is_none() && matches!(kind, NumberKind::Duration | NumberKind::Measure) && self.key(b) == "or" {
            if let Some(h) = self.numeral(b + 1).filter(|h| !h.ordinal && h.word == n.word && h.value > low) {
                let bare = !self.tok(h.b).is_some_and(|t| t.is_word() && !is_function_word(self.kw(t)));
                if bare && matches!(self.tail(&h, h.b, false).0, Tail::None) {
                    high = Some(h.value);
                    b = h.b;
                }
            }
        }
        // "a man of 74", "a woman of 90": a person's age
        if kind == NumberKind::Count && high.is_none() && unit.is_none() && n.plain && (1.0..=120.0).contains(&value) && self.key(i.wrapping_sub(1)) == "of" && matches!(self.key(i.wrapping_sub(2)), "man" | "woman" | "boy" | "girl" | "pensioner" | "widow" | "widower") {
            return Some(Expr { a: i, b, kind: NumberKind::Age, value: Value::Num(value), high: None, unit: Some("year".into()) });
        }
        // "on lap 41", "in lane seven", "on day four", "after stage five": a rank
        // ("day four of the hearings": the noun after "of" is no counted one)
        if kind == NumberKind::Count && high.is_none() && (unit.is_none() || self.key(b) == "of") && (n.plain || n.word) && (1.0..=400.0).contains(&value) && value.fract() == 0.0 && self.event_rank(i, b) {
            return Some(Expr { a: i, b, kind: NumberKind::Ordinal, value: Value::Num(value), high: None, unit: None });
        }
        // "a category 4 storm": a rank on a scale (capitalised, "Category 4" names the class)
        if kind == NumberKind::Count && high.is_none() && unit.is_none() && n.plain && self.tok(i.wrapping_sub(1)).is_some_and(|t| t.is_word() && !t.cap) && self.key(i.wrapping_sub(1)) == "category" {
            return Some(Expr { a: i, b, kind: NumberKind::Ordinal, value: Value::Num(value), high: None, unit: None });
        }
        // "fell to 10.94 per dollar": an exchange rate, an amount of the currency named before
        if kind == NumberKind::Count && high.is_none() && self.key(b) == "per" && currency_word(self.key(b + 1)).is_some_and(|(_, f)| f == 1.0) {
            let per = currency_word(self.key(b + 1)).map(|(c, _)| c);
            let own = (i.saturating_sub(16)..i).rev().take_while(|&m| !self.sentence_end(m)).find_map(|m| currency_word(self.key(m)).filter(|(c, f)| *f == 1.0 && Some(*c) != per));
            return Some(Expr { a: i, b, kind: NumberKind::Money, value: Value::Num(value), high: None, unit: own.map(|(c, _)| c.to_string()) });
        }
        if high.is_some() {
            return Some(Expr {
                a: i,
                b,
                kind: NumberKind::Range,
                value: Value::Num(value),
                high,
                // N5: the bounds' unit, for counts the counted noun ("two or three shops")
                unit: if kind == NumberKind::Year { None } else { unit },
            });
        }
        Some(Expr {
            a: i,
            b,
            kind,
            value: Value::Num(value),
            high: None,
            unit,
        })
    }

    /// A share of a group written "X in Y": "one in five voters", "nearly six in 10",
    /// "1 in 4 homes", "one in a million" — one count over `i..`, valued as the fraction
    /// (0.2, 0.6), with no unit (the group is not what is counted). Not "five in 10 minutes"
    /// (the second number has a unit), "won one in 2020" (a year), "seven in two rounds".
    fn ratio(&self, i: usize, n: &Numeral) -> Option<Expr> {
        if self.key(n.b) != "in" || n.value <= 0.0 || n.value.fract() != 0.0 {
            return None;
        }
        let d = self.numeral(n.b + 1)?;
        if d.ordinal || d.plain && d.ndigits == 4 && (1900.0..=2100.0).contains(&d.value) {
            return None;
        }
        let (scale, e) = self.scale_or_one(&d, false);
        let whole = d.value * scale;
        if whole <= n.value || !matches!(self.tail(&d, e, scale != 1.0).0, Tail::None) {
            return None;
        }
        Some(Expr {
            a: i,
            b: e,
            kind: NumberKind::Count,
            value: Value::Num(n.value / whole),
            high: None,
            unit: None,
        })
    }

    /// A score in halves (a chess match: "won 3½-2½", "1½-½"): one count of the side
    /// written first, when the two sides add up to whole games.
    fn half_score(&self, i: usize, n: &Numeral) -> Option<Expr> {
        let k = n.b;
        if n.word || n.ordinal || !(self.punct(k, '-') || self.punct(k, '\u{2013}')) || !self.glued(k) || !self.glued(k + 1) {
            return None;
        }
        let (against, end) = match self.tok(k + 1)?.kind {
            Kind::Punct('\u{bd}') => (0.5, k + 2),
            Kind::Num => self.numeral(k + 1).filter(|m| !m.ordinal).map(|m| (m.value, m.b))?,
            _ => return None,
        };
        // (not a range of a measure: "2½-3½ hours", "1½-2½%")
        let e = self.key(end);
        if time_unit(e).is_some() || measure_unit(e).is_some() || self.punct(end, '%') || self.punct(end, '-') {
            return None;
        }
        let halves = n.value.fract() == 0.5 || against.fract() == 0.5;
        ((n.value + against).fract() == 0.0 && halves).then(|| Expr { a: i, b: end, kind: NumberKind::Count, value: Value::Num(n.value), high: None, unit: None })
    }

    /// A vote tally: "voted 19-7", "passed 220-207 … vote", "a 5-4 ruling" — one count over
    /// both sides, valued at the winning side, unit "vote"; a score likewise, valued at the
    /// side written first: "Leeds 2-1 Hull", "won 3-0", "a 2-2 draw".
    fn tally(&self, i: usize, n: &Numeral) -> Option<Expr> {
        let side = |k: usize| self.is_num(k) && self.slice(k).len() <= 3 && self.slice(k).bytes().all(|c| c.is_ascii_digit());
        let k = n.b;
        if !(n.plain && side(n.a) && (self.punct(k, '-') || self.punct(k, '\u{2013}')) && self.glued(k) && self.glued(k + 1) && side(k + 1)) {
            return None;
        }
        let against = digits_value(self.slice(k + 1))?;
        if self.punct(k + 2, '%') {
            return None;
        }
        // (or a chamber's decision a few words before: "advanced the bill 51-49", "the vote was
        // 51-49", "confirmed her 52-48")
        // (a second chamber after "and": "cleared the Senate 31-19 and the House 58-41")
        let chamber = (1..=9)
            .take_while(|&d| n.a >= d && !self.punct(n.a - d, '.') && !self.punct(n.a - d, ';'))
            .any(|d| SET_CHAMBER_DECISIONS.contains(self.key(n.a - d)) && (d <= 5 || (1..d).any(|e| self.key(n.a - e) == "and")));
        let voted = matches!(self.key(n.a.wrapping_sub(1)), "voted" | "vote" | "votes" | "voting" | "split" | "splits" | "divided" | "ruled")
            || matches!(self.key(k + 2), "vote" | "votes" | "ruling" | "decision" | "margin" | "split" | "majority" | "verdict")
            || chamber;
        if voted && against <= n.value {
            return Some(Expr { a: i, b: k + 2, kind: NumberKind::Count, value: Value::Num(n.value), high: None, unit: Some("vote".into()) });
        }
        // (two sides of at most two digits; between two names, or after a result verb, or
        // before a result noun)
        let cap = |k: usize| self.tok(k).is_some_and(|t| t.is_word() && t.cap);
        let teams = cap(n.a.wrapping_sub(1)) && cap(k + 2) && month(self.key(n.a.wrapping_sub(1))).is_none();
        let result_verb = |w: &str| matches!(w, "won" | "lost" | "drew" | "lead" | "beat" | "beaten" | "win" | "wins" | "lose" | "loses" | "trail" | "trailed" | "trailing" | "led" | "leads" | "leading" | "defeated" | "edged" | "routed" | "thrashed" | "winning" | "beating" | "losing" | "broke" | "broken");
        // a tennis set's games: 6 against at most 4, or 7 against 5 or 6
        let set_score = |a: f64, b: f64| {
            let (hi, lo) = if a > b { (a, b) } else { (b, a) };
            hi == 6.0 && lo <= 4.0 || hi == 7.0 && (lo == 5.0 || lo == 6.0)
        };
        let score_at = |x: usize| {
            self.is_num(x)
                && (self.punct(x + 1, '-') || self.punct(x + 1, '\u{2013}'))
                && self.glued(x + 1)
                && self.glued(x + 2)
                && self.is_num(x + 2)
                && digits_value(self.slice(x)).zip(digits_value(self.slice(x + 2))).is_some_and(|(a, b)| set_score(a, b))
        };
        // a list of sets needs no result verb: "6-4, 3-6, 7-6 (7-4)", and the tie-break in
        // brackets after a 7-6 set is a score of points
        // (also past a tie-break in brackets: "6-7 (4-7), 6-3")
        let sets = set_score(n.value, against)
            && (self.punct(k + 2, ',') && score_at(k + 3)
                || self.punct(k + 2, '(') && self.punct(k + 6, ')') && self.punct(k + 7, ',') && score_at(k + 8)
                || n.a >= 4 && self.punct(n.a - 1, ',') && score_at(n.a - 4));
        let tie_break = n.a >= 4
            && self.punct(n.a - 1, '(')
            && self.punct(k + 2, ')')
            && score_at(n.a - 4)
            && matches!((self.slice(n.a - 4), self.slice(n.a - 2)), ("7", "6") | ("6", "7"));
        // a game score within a set: "at 6-5 in the third set", "broken for 5-4"
        let at = self.key(n.a.wrapping_sub(1)) == "at";
        let in_set = n.value <= 7.0
            && against <= 7.0
            && ((result_verb(self.key(n.a.wrapping_sub(2))) || self.key(n.a.wrapping_sub(2)) == "back" && result_verb(self.key(n.a.wrapping_sub(3))))
                && matches!(self.key(n.a.wrapping_sub(1)), "for" | "to" | "at")
                || at && (k + 2..k + 7).any(|m| matches!(self.key(m), "set" | "sets" | "tiebreak" | "tie-break"))
                // ("in the tie-break, at 5-6 and 6-7": the set's word just before)
                || at && (n.a.saturating_sub(6)..n.a).any(|m| matches!(self.key(m), "set" | "sets" | "tiebreak" | "tie-break") || self.key(m) == "break" && self.key(m.wrapping_sub(2)) == "tie")
                || n.a >= 5 && self.key(n.a - 1) == "and" && self.key(n.a - 5) == "at" && self.is_num(n.a - 4) && (self.punct(n.a - 3, '-') || self.punct(n.a - 3, '\u{2013}')) && digits_value(self.slice(n.a - 4)).is_some_and(|v| v <= 7.0)
                // ("at 5-4 in the fifth", "at 3-6 in the fourth": the set's ordinal alone)
                || at && self.key(k + 2) == "in" && self.key(k + 3) == "the" && matches!(self.key(k + 4), "first" | "second" | "third" | "fourth" | "fifth" | "decider" | "decisive" | "final"));
        // a game's points: "At 40-30", "at 15-40", "at 30-30"
        let point = |v: f64| matches!(v as u32, 0 | 15 | 30 | 40) && v.fract() == 0.0;
        let points = |a: f64, b: f64| point(a) && point(b) && (a.max(b) == 40.0 || a == b && a > 0.0);
        // a pair of one- or two-digit numbers glued by a hyphen or a dash, and its two values
        let pair = |x: usize| {
            let two = |y: usize| self.is_num(y) && self.slice(y).len() <= 2 && self.slice(y).bytes().all(|c| c.is_ascii_digit());
            (two(x) && (self.punct(x + 1, '-') || self.punct(x + 1, '\u{2013}')) && self.glued(x + 1) && self.glued(x + 2) && two(x + 2))
                .then(|| digits_value(self.slice(x)).zip(digits_value(self.slice(x + 2))))
                .flatten()
        };
        // (also the games and then the points of a game in play: "at 2-3 and 30-40")
        let games_then_points = n.a >= 5 && self.key(n.a - 1) == "and" && self.key(n.a - 5) == "at" && pair(n.a - 4).is_some_and(|(a, b)| a <= 7.0 && b <= 7.0);
        let any_points = |a: f64, b: f64| point(a) && point(b) && a + b > 0.0;
        let unit_after = |x: usize| time_unit(self.key(x)).is_some() || measure_unit(self.key(x)).is_some();
        let game_points = at && points(n.value, against) || games_then_points && any_points(n.value, against) && !unit_after(k + 2);
        let points_next = at && n.value <= 7.0 && against <= 7.0 && self.key(k + 2) == "and" && pair(k + 3).is_some_and(|(a, b)| any_points(a, b)) && !unit_after(k + 6);
        // a level score, never a range: "at 5-5", "level at 1-1"
        let level = at && n.value == against && n.value <= 20.0;
        // (also past the loser's name: "beat Kova 6-2"; a set after a set: "6-2, 6-1",
        // "4-6, 6-3, 7-5"; a game score "5-4 down")
        // ("beat the Foxes 108-101": the loser's article)
        let named_loser = (2..=4).any(|d| {
            n.a >= d && result_verb(self.key(n.a - d)) && (n.a - d + 1..n.a).all(|m| self.tok(m).is_some_and(|t| t.is_word() && (t.cap || m == n.a - d + 1 && d > 2 && self.key(m) == "the")))
        });
        // (sets of games: both sides at most 7, as the set before: "12-14, 15-18" are ranges)
        let set_side = |k: usize| self.is_num(k) && digits_value(self.slice(k)).is_some_and(|v| v <= 7.0);
        let after_set = n.a >= 4
            && n.value <= 7.0
            && against <= 7.0
            && set_side(n.a - 2)
            && set_side(n.a - 4)
            && self.punct(n.a - 1, ',')
            && self.is_num(n.a - 2)
            && (self.punct(n.a - 3, '-') || self.punct(n.a - 3, '\u{2013}'))
            && self.glued(n.a - 2)
            && self.is_num(n.a - 4)
            // (in a sentence of a result: "won 4-6, 6-3", not "pages 2-4, 5-7")
            && (1..=16).take_while(|&d| n.a >= d && !self.punct(n.a - d, '.')).any(|d| result_verb(self.key(n.a - d)));
        // ("to make it 2-1", "made it 3-3")
        let made_it = self.key(n.a.wrapping_sub(1)) == "it" && matches!(self.key(n.a.wrapping_sub(2)), "make" | "made" | "makes" | "making");
        // (a tie-break's points or a set's games after the word: "won the tie-break 10-8",
        // "took the second set 6-4")
        let after_game_word = match self.key(n.a.wrapping_sub(1)) {
            "tiebreak" | "tiebreaker" | "shootout" => true,
            "break" | "breaker" => self.key(n.a.wrapping_sub(3)) == "tie",
            "set" => set_score(n.value, against),
            _ => false,
        };
        // ("led by a set and 5-3": the games of the set in play after the sets won)
        let sets_and = self.key(n.a.wrapping_sub(1)) == "and" && matches!(self.key(n.a.wrapping_sub(2)), "set" | "sets") && n.value <= 7.0 && against <= 7.0;
        let result = result_verb(self.key(n.a.wrapping_sub(1)))
            || after_game_word
            || sets_and
            || made_it
            || named_loser
            || after_set
            || sets
            || tie_break
            || in_set
            || game_points
            || points_next
            || level
            || matches!(self.key(k + 2), "win" | "victory" | "defeat" | "loss" | "draw" | "scoreline" | "thrashing" | "lead" | "aggregate" | "down" | "up")
            // "a 2-1 series lead", "a 4-1 home defeat", "a 3-0 away win"
            || matches!(self.key(k + 2), "series" | "home" | "away" | "league" | "cup" | "derby" | "semi-final" | "final")
                && matches!(self.key(k + 3), "win" | "victory" | "defeat" | "loss" | "lead" | "draw" | "thrashing" | "humiliation" | "triumph");
        // (a judge's card: "scored the bout 115-113 and 116-112", "had Varga ahead 115-113")
        let card_at = |x: usize| (1..=3).any(|d| x >= d && matches!(self.key(x - d), "scored" | "scoring" | "scores" | "score")) || matches!(self.key(x.wrapping_sub(1)), "ahead" | "behind");
        let card = n.value < 200.0 && against < 200.0 && (card_at(n.a) || n.a >= 5 && self.key(n.a - 1) == "and" && self.is_num(n.a - 4) && (self.punct(n.a - 3, '-') || self.punct(n.a - 3, '\u{2013}')) && card_at(n.a - 4));
        // (a basketball score has three digits: "Herons 108-101 Foxes", the winner's first)
        let small = n.value < 100.0 && against < 100.0 || n.value < 200.0 && against < n.value && against >= 50.0 && n.value - against <= 50.0 && (teams || result) || card;
        // a cricket score after the side's name: runs, then wickets ("Kestria 288-6")
        let innings = cap(n.a.wrapping_sub(1)) && month(self.key(n.a.wrapping_sub(1))).is_none() && against <= 10.0 && n.value > against && !self.after_label(n.a);
        // and a bowler's figures in a list of names and numbers, wickets then runs: "Varnell 81,
        // Tiwana 4-38"
        // (also after a semicolon or a bracket, or before the next bowler: "Wickrema 38; Callow
        // 4-52, Strand 2-61")
        let next_bowler = self.punct(k + 2, ',') && cap(k + 3) && self.is_num(k + 4) && self.punct(k + 5, '-') && self.glued(k + 5);
        let bowling = cap(n.a.wrapping_sub(1))
            && n.value <= 10.0
            && against > n.value
            && n.a >= 3
            && ((self.punct(n.a - 2, ',') || self.punct(n.a - 2, ';')) && (self.is_num(n.a - 3) || self.punct(n.a - 3, ')')) || next_bowler);
        // a pair of one- or two-digit numbers glued by a hyphen, the first the larger, is no
        // range but a score ("a 6-0 whitewash", "took the second 3-2", "to 3-1 and then 4-2"),
        // and so is every pair of a comma list that holds one ("Sets: 3-0, 1-3, 2-3")
        let descending = |x: usize| pair(x).is_some_and(|(a, b)| a > b);
        // (or two tennis sets: "at 4-6, 3-6, 2-3", the set in play after the sets lost)
        let set_pair = |x: usize| pair(x).is_some_and(|(a, b)| set_score(a, b));
        let mut listed = false;
        let mut sets_listed = usize::from(set_pair(n.a));
        if pair(n.a).is_some() {
            let mut x = n.a;
            for _ in 0..12 {
                if x < 4 || !self.punct(x - 1, ',') || pair(x - 4).is_none() {
                    break;
                }
                x -= 4;
                listed |= descending(x);
                sets_listed += usize::from(set_pair(x));
            }
            let mut x = n.a;
            for _ in 0..12 {
                if !self.punct(x + 3, ',') || pair(x + 4).is_none() {
                    break;
                }
                x += 4;
                listed |= descending(x);
                sets_listed += usize::from(set_pair(x));
            }
        }
        listed |= sets_listed >= 2;
        // (three digits likewise, no unit after: "holds on 103-94", "survived by 104-95"; not
        // a cricket total of runs and wickets, "388-6")
        let descending3 = n.value >= 100.0 && against < n.value && against > 10.0 && !unit_after(k + 2) && !self.punct(k + 2, '-');
        let scored = (descending(n.a) || descending3 || listed) && !self.punct(n.a.wrapping_sub(1), '\'') && !self.punct(n.a.wrapping_sub(1), '\u{2019}');
        if small && (teams || result || card) || innings || bowling || scored {
            return Some(Expr { a: i, b: k + 2, kind: NumberKind::Count, value: Value::Num(n.value), high: None, unit: None });
        }
        None
    }

    /// Second bound of a range after the first numeral: "to 10", "-10", "–13", "or three".
    fn range_tail(
        &self,
        n: &Numeral,
        k: usize,
        currency: Option<&'static str>,
    ) -> Option<(Numeral, f64, usize, bool)> {
        let t = self.tok(k)?;
        let dash = matches!(t.kind, Kind::Punct('-') | Kind::Punct('\u{2013}'));
        let mut m = k + 1;
        if dash {
            // "5-10", "2012–13", "5 – 10" (a spaced hyphen is a dash between clauses)
            if n.word || (t.is_punct('-') && (t.sp || !self.glued(m))) {
                return None;
            }
        } else {
            match self.kw(&t) {
                "to" => {}
                "or" => {}
                _ => return None,
            }
        }
        m = self.second_currency(currency, m)?;
        let h = self.numeral(m)?;
        if h.ordinal || h.word != n.word && self.kw(&t) == "or" || h.one && self.kw(&t) != "or" {
            return None;
        }
        let (hs, e) = self.scale_or_one(&h, currency.is_some());
        Some((h, hs, e, dash))
    }

    /// Where the second bound of a money range starts: after a repeated currency sign at `k`
    /// ("$5bn to $6bn"), which must be the first bound's; `None` for a different currency.
    fn second_currency(&self, currency: Option<&'static str>, k: usize) -> Option<usize> {
        match (currency, self.currency_before(k)) {
            (Some(c), Some((c2, m))) => (c2 == c).then_some(m),
            _ => Some(k),
        }
    }

    /// The scale word after numeral `h` ("2.5 billion") as a factor and the index after it;
    /// 1 and the numeral's end when there is none.
    fn scale_or_one(&self, h: &Numeral, money: bool) -> (f64, usize) {
        self.scale_after(h, h.b, money).unwrap_or((1.0, h.b))
    }

    /// "between 10 and 20 …": a range whose span starts at "between".
    fn between(&self, i: usize) -> Option<Expr> {
        // "between 9pm and 1am": a window of two clock times is one range (N5: two bounds),
        // valued at its lower bound; `high` holds numbers only, the span shows the upper one
        if let Some(x) = self.time(i + 1) {
            let y = self.time(x.b + 1).filter(|_| self.key(x.b) == "and")?;
            return Some(Expr { a: i, b: y.b, kind: NumberKind::Range, ..x });
        }
        // ("between minus 40°C and 25°C": a negative lower bound)
        let minus = self.key(i + 1) == "minus";
        let (currency, j) = match self.currency_before(i + 1 + usize::from(minus)) {
            Some((c, j)) => (Some(c), j),
            None => (None, i + 1 + usize::from(minus)),
        };
        let n = self.numeral(j)?;
        if n.ordinal {
            return None;
        }
        // "between 6 and 8 February": a range of days, valued by its first as a date
        if currency.is_none() && !minus && n.plain && !n.word && n.ndigits <= 2 && self.key(n.b) == "and" {
            if let Some(d) = self.date(n.b + 1).filter(|d| d.kind == NumberKind::Date) {
                if let (Value::Text(v), Some(h)) = (&d.value, self.numeral(n.b + 1)) {
                    if h.value > n.value && v.len() == 10 {
                        let value = Value::Text(format!("{}{:02}", &v[..8], n.value as u32));
                        return Some(Expr { a: i, b: d.b, kind: NumberKind::Range, value, high: None, unit: None });
                    }
                }
            }
        }
        let mut k = n.b;
        let mut scale = 1.0;
        if let Some((s, m)) = self.scale_after(&n, k, currency.is_some()) {
            scale = s;
            k = m;
        }
        // a unit may sit after the first bound as well ("between 10% and 20%")
        let (tail1, k1) = self.tail(&n, k, scale != 1.0);
        if self.key(k1) != "and" {
            return None;
        }
        let k2 = self.second_currency(currency, k1 + 1)?;
        let h = self.numeral(k2)?;
        let (hs, e) = self.scale_or_one(&h, currency.is_some());
        // "between 2 and 3 million": the second bound's scale word is the first's too; not
        // for a first bound written out in full ("between 900,000 and 1.2 million")
        if scale == 1.0 && n.value < 1000.0 {
            scale = hs;
        }
        let (tail, b) = if currency.is_some() {
            (Tail::None, e)
        } else {
            self.tail(&h, e, hs != 1.0)
        };
        let tail = if matches!(tail, Tail::None) {
            tail1
        } else {
            tail
        };
        let unit = match (currency, tail) {
            (Some(c), _) => Some(c.to_string()),
            (None, tail) => match tail {
                Tail::Money(c, _) => Some(c.to_string()),
                Tail::Measure(u) | Tail::Duration(u) | Tail::Age(u) => Some(u.to_string()),
                Tail::None => self.count_unit(b, n.value),
                _ => None,
            },
        };
        let low = if minus { -n.value } else { n.value } * scale;
        let high = h.value * if hs == 1.0 { scale } else { hs };
        if high <= low {
            return None;
        }
        Some(Expr {
            a: i,
            b,
            kind: NumberKind::Range,
            value: Value::Num(low),
            high: Some(high),
            unit,
        })
    }

    /// A fraction of a whole: "a quarter of the staff", "one third of voters", "half of them"
    /// (the whole is not in the span, as a count's noun is not); "a quarter of an hour" is a
    /// duration. Not "the second half of", "a quarter-final", "the first quarter of".
    fn fraction_of(&self, i: usize) -> Option<Expr> {
        let (f, d) = match self.key(i) {
            "a" | "one" => (i + 1, denominator(self.key(i + 1)).filter(|_| !self.key(i + 1).ends_with('s'))?),
            "half" => {
                let p = if i > 0 { self.key(i - 1) } else { "" };
                if matches!(p, "the" | "a" | "an" | "one" | "other" | "latter" | "former" | "top" | "bottom")
                    || ordinal(p).is_some()
                    // "too brave by half": an idiom, no fraction (N2)
                    || p == "by" && i >= 3 && self.key(i - 3) == "too"
                {
                    return None;
                }
                (i, 2.0)
            }
            _ => return None,
        };
        // (glued only after an opening mark: "“Half my team")
        if !self.tok(f)?.sp && !(f == i && self.sentence_start(i)) {
            return None;
        }
        // "paid half that", "half the staff", "half as much": "of" left out after "half"
        if self.key(i) == "half" && matches!(self.key(f + 1), "that" | "this" | "these" | "those" | "the" | "its" | "their" | "his" | "her" | "our" | "my" | "your" | "as") {
            return Some(Expr { a: i, b: f + 1, kind: NumberKind::Count, value: Value::Num(0.5), high: None, unit: None });
        }
        if self.key(f + 1) != "of" {
            // a change by a fraction, with nothing after it that it could qualify:
            // "fell by a third.", "cut by half in a year" (not "by a third party")
            let after = self.tok(f + 1);
            let free = after.is_none_or(|t| !t.is_word() && !t.is_num())
                || matches!(self.key(f + 1), "in" | "on" | "since" | "from" | "to" | "over" | "last" | "this" | "after" | "and" | "or" | "but" | "while" | "compared" | "between" | "by" | "will" | "would" | "as" | "for" | "under" | "within" | "is" | "was");
            // also over an approximator: "fell by nearly a third."
            let by = self.after_by(i);
            // a comparison by a fraction: "used a third less power", "a quarter more staff"
            let comparison = matches!(self.key(f + 1), "less" | "more" | "fewer" | "lower" | "higher" | "cheaper" | "smaller" | "larger" | "bigger" | "faster" | "slower");
            // or after an approximator: "less than a third", "wiped almost a third off"
            let approx = matches!(self.key(i.wrapping_sub(1)), "than" | "almost" | "nearly" | "about" | "around" | "roughly" | "just");
            if !((by || approx) && (free || self.key(f + 1) == "off") || comparison) {
                return None;
            }
            return Some(Expr { a: i, b: f + 1, kind: NumberKind::Count, value: Value::Num(1.0 / d), high: None, unit: None });
        }
        if matches!(self.key(f + 2), "a" | "an") {
            let w = self.key(f + 3);
            let x = |b, kind, value: f64, unit: Option<&str>| Some(Expr { a: i, b, kind, value: Value::Num(value), high: None, unit: unit.map(Into::into) });
            if let Some(u) = time_unit(w) {
                return x(f + 4, NumberKind::Duration, 1.0 / d, Some(u));
            }
            // "a quarter of a percent"; "a quarter of a million (dollars)"
            if matches!(w, "percent" | "percentage") {
                let point = self.key(f + 4) == "point";
                return x(f + 4 + usize::from(point), NumberKind::Percent, 1.0 / d, point.then_some("percentage point"));
            }
            if let Some(sc) = scale_word(w).filter(|s| *s >= 1000.0) {
                return match currency_word(self.key(f + 4)) {
                    Some((c, k)) => x(f + 5, NumberKind::Money, sc / d * k, Some(c)),
                    None => x(f + 4, NumberKind::Count, sc / d, None),
                };
            }
        }
        Some(Expr { a: i, b: f + 1, kind: NumberKind::Count, value: Value::Num(1.0 / d), high: None, unit: None })
    }

    /// "a year-and-a-half", "an hour and a half", "a year or two", "a couple of weeks" (a
    /// bare "a" counts only with a number word).
    fn a_unit(&self, i: usize) -> Option<Expr> {
        // "a half-point move", "two quarter-point cuts": a rate's move in percentage points
        // (also unhyphenated: "every quarter point on top")
        if matches!(self.key(i), "half" | "quarter") && self.punct(i + 1, '-') && self.glued(i + 1) && self.glued(i + 2) && self.key(i + 2) == "point" {
            let v = if self.key(i) == "half" { 0.5 } else { 0.25 };
            return Some(Expr { a: i, b: i + 3, kind: NumberKind::Percent, value: Value::Num(v), high: None, unit: Some("percentage point".into()) });
        }
        // (not "the half point of the season": a midpoint)
        // ("a quarter point": the article is the number's)
        let h = if self.key(i) == "a" { i + 1 } else { i };
        if matches!(self.key(h), "half" | "quarter") && self.key(h + 1) == "point" && (h > i || !matches!(self.key(i.wrapping_sub(1)), "the" | "this" | "that" | "at")) {
            let v = if self.key(h) == "half" { 0.5 } else { 0.25 };
            return Some(Expr { a: i, b: h + 2, kind: NumberKind::Percent, value: Value::Num(v), high: None, unit: Some("percentage point".into()) });
        }
        // "rose by a percentage point": the article is one point (as "one percentage point")
        if self.key(i) == "a" && self.key(i + 1) == "percentage" && self.key(i + 2) == "point" {
            return Some(Expr { a: i, b: i + 3, kind: NumberKind::Percent, value: Value::Num(1.0), high: None, unit: Some("percentage point".into()) });
        }
        // "half a percentage point", "half a percent"
        if self.key(i) == "half" && matches!(self.key(i + 1), "a" | "an") && matches!(self.key(i + 2), "percent" | "percentage") {
            let point = self.key(i + 3) == "point";
            return Some(Expr { a: i, b: i + 3 + usize::from(point), kind: NumberKind::Percent, value: Value::Num(0.5), high: None, unit: point.then(|| "percentage point".into()) });
        }
        // "half an hour", "half a day"
        if self.key(i) == "half" && matches!(self.key(i + 1), "a" | "an") {
            // ("half a mile", "half a kilometre": a measure)
            let (kind, u) = match time_unit(self.key(i + 2)) {
                Some(u) => (NumberKind::Duration, u),
                None => match measure_unit(self.key(i + 2)).filter(|u| *u != "degree") {
                    Some(u) => (NumberKind::Measure, u),
                    // "half a biscuit": a count of the noun, "half" the span (N3; not "half a
                    // million", "half a dozen")
                    None if self.is_word(i + 2) && scale_word(self.key(i + 2)).is_none() && !matches!(self.key(i + 2), "dozen" | "century" | "percent" | "point" | "per") && !is_function_word(self.key(i + 2)) => {
                        return Some(Expr { a: i, b: i + 1, kind: NumberKind::Count, value: Value::Num(0.5), high: None, unit: Some(singular(self.key(i + 2))) });
                    }
                    None => return None,
                },
            };
            return Some(Expr {
                a: i,
                b: i + 3,
                kind,
                value: Value::Num(0.5),
                high: None,
                unit: Some(u.into()),
            });
        }
        if !matches!(self.key(i), "a" | "an") || !self.tok(i + 1)?.sp {
            return None;
        }
        // "within a couple of days": two of the unit
        if self.key(i + 1) == "couple" && self.key(i + 2) == "of" {
            let u = time_unit(self.key(i + 3))?;
            return Some(Expr { a: i, b: i + 4, kind: NumberKind::Duration, value: Value::Num(2.0), high: None, unit: Some(u.into()) });
        }
        // "a mile and a half": a measure of one and a half units
        if let Some(m) = measure_unit(self.key(i + 1)).filter(|u| *u != "degree") {
            let b = self.and_a_half(i + 2)?;
            return Some(Expr { a: i, b, kind: NumberKind::Measure, value: Value::Num(1.5), high: None, unit: Some(m.into()) });
        }
        let u = time_unit(self.key(i + 1))?;
        if let Some(b) = self.and_a_half(i + 2) {
            return Some(Expr {
                a: i,
                b,
                kind: NumberKind::Duration,
                value: Value::Num(1.5),
                high: None,
                unit: Some(u.into()),
            });
        }
        if self.key(i + 2) == "or" {
            let h = self.numeral(i + 3)?;
            if h.word && !h.ordinal && h.value > 1.0 {
                return Some(Expr {
                    a: i,
                    b: h.b,
                    kind: NumberKind::Range,
                    value: Value::Num(1.0),
                    high: Some(h.value),
                    unit: Some(u.into()),
                });
            }
        }
        None
    }

    /// A multiplier adverb: "twice as fast", "postponed twice", "about twice" — a count with
    /// no unit; "once" only as a frequency right after a past verb ("have won once in eight
    /// games", "it happened once before"), not "not once" (N2), "once said" (at one time) nor
    /// the conjunction ("once the talks end"); not "twice-weekly".
    fn multiplier(&self, i: usize) -> Option<Expr> {
        let value = match self.key(i) {
            "twice" => 2.0,
            "thrice" => 3.0,
            "once" => {
                let p = self.key(i.wrapping_sub(1));
                let past = p.len() > 3 && p.ends_with("ed") || matches!(p, "won" | "lost" | "met" | "beat" | "been" | "ran" | "saw" | "spoke" | "went" | "came" | "hit" | "drew");
                let frequency = self.tok(i + 1).is_none_or(|t| !t.is_word()) || matches!(self.key(i + 1), "in" | "this" | "last" | "since" | "before" | "during" | "all" | "or" | "a");
                // ("twice, once at the till and once on the ward": a list of times)
                let listed = (self.punct(i.wrapping_sub(1), ',') || p == "and")
                    // (not the conjunction: "and once he arrived")
                    && !matches!(self.key(i + 1), "he" | "she" | "they" | "it" | "we" | "i" | "you" | "the" | "a" | "an" | "this" | "that" | "his" | "her" | "their")
                    && (2..=9).any(|d| i >= d && matches!(self.key(i - d), "twice" | "once" | "thrice"));
                // ("was not mentioned once", "hadn't lost once": a negation, N2's "not once";
                // "hadn't" ends in the word "t")
                let negated = (2..=4).any(|d| i >= d && matches!(self.key(i - d), "not" | "never" | "t"));
                // ("warned “more than once”", "at least once a week": a bounded frequency)
                let bounded = p == "than" && self.key(i.wrapping_sub(2)) == "more" || p == "least" && self.key(i.wrapping_sub(2)) == "at";
                if !(past && frequency || listed || bounded) || negated {
                    return None;
                }
                1.0
            }
            _ => return None,
        };
        if self.hyphen_word(i + 1) {
            return None;
        }
        Some(Expr { a: i, b: i + 1, kind: NumberKind::Count, value: Value::Num(value), high: None, unit: None })
    }

    /// What follows a numeral at `k`, and the index after it.
    fn tail(&self, n: &Numeral, k: usize, scaled: bool) -> (Tail, usize) {
        let Some(t) = self.tok(k) else {
            return (Tail::None, k);
        };
        match t.kind {
            Kind::Punct('%') => return (Tail::Percent, k + 1),
            Kind::Punct('-') | Kind::Punct('\u{2011}') | Kind::Punct('\u{2010}')
                if self.hyphen_word(k) =>
            {
                return self.compound(n, k + 1);
            }
            // temperatures take the scale's name as their unit ("40C", "38°C", "38 degrees
            // Celsius" → celsius), as the hand-annotated articles write it
            Kind::Punct('\u{b0}') if self.glued(k + 1) && matches!(self.key(k + 1), "c" | "f") => {
                return (
                    Tail::Measure(if self.key(k + 1) == "c" {
                        "celsius"
                    } else {
                        "fahrenheit"
                    }),
                    k + 2,
                );
            }
            Kind::Word => {}
            _ => return (Tail::None, k),
        }
        let w = self.kw(&t);
        if !t.sp {
            // letters glued to digits
            if n.word {
                return (Tail::None, k);
            }
            if let Some(u) = short_time_unit(w) {
                if self.key(k + 1) == "ago" {
                    return (Tail::Duration(u), k + 1);
                }
            }
            if matches!(w, "h" | "hr" | "hrs" | "min" | "mins" | "sec" | "secs") {
                return (Tail::Duration(short_time_unit(w).unwrap_or("hour")), k + 1);
            }
            // "9.81s", a race time (a decade is whole: "1990s")
            if w == "s" && self.slice(n.a).contains('.') {
                return (Tail::Duration("second"), k + 1);
            }
            if w == "km"
                && self.glued(k + 1)
                && (self.slice_is(k + 1, "2") || self.slice_is(k + 1, "\u{b2}"))
            {
                return (Tail::Measure("km2"), k + 2);
            }
            if w == "km" && self.punct(k + 1, '/') && self.glued(k + 1) && self.key(k + 2) == "h" {
                return (Tail::Measure("km/h"), k + 3);
            }
            // "9h 20m": minutes after hours
            if w == "m" && i_after_hours(self, n.a) {
                return (Tail::Duration("minute"), k + 1);
            }
            // "958mb" is air pressure; "5MB" is megabytes
            if self.slice(k) == "mb" {
                return (Tail::Measure("millibar"), k + 1);
            }
            if let Some(u) = measure_suffix(w) {
                return (Tail::Measure(u), k + 1);
            }
            if n_cap(self.tok(k)) && matches!(w, "c" | "f") {
                // "40C", "104F"
                return (
                    Tail::Measure(if w == "c" { "celsius" } else { "fahrenheit" }),
                    k + 1,
                );
            }
            if w == "pc" {
                return (Tail::Percent, k + 1);
            }
            if w == "p" {
                return (Tail::Money("GBP", 0.01), k + 1);
            }
            return (Tail::None, k);
        }
        // "11 more weeks", "two extra days", "five more miles": the comparative sits inside
        // the span of a duration or measure (a count's "two more ships" keeps its noun out)
        if matches!(w, "more" | "extra" | "additional" | "further") && !scaled && self.tok(k + 1).is_some_and(|t| t.sp) {
            let u = self.key(k + 1);
            if let Some(u) = time_unit(u) {
                return (Tail::Duration(u), k + 2);
            }
            if let Some(u) = measure_unit(u).filter(|u| *u != "degree") {
                return (Tail::Measure(u), k + 2);
            }
        }
        // "424.6 parts per million": a concentration
        if w == "parts" && self.key(k + 1) == "per" && matches!(self.key(k + 2), "million" | "billion") {
            return (Tail::Measure(if self.key(k + 2) == "million" { "ppm" } else { "ppb" }), k + 3);
        }
        // "1,200 light years", "4.2 light-years": a distance
        if w == "light" {
            let m = if self.hyphen_word(k + 1) { k + 2 } else { k + 1 };
            if matches!(self.key(m), "year" | "years") {
                return (Tail::Measure("light year"), m + 1);
            }
        }
        if let Some(u) = time_unit(w) {
            // ("4.6 billion years", "15 million years old": ages of stars and rocks)
            if scaled && u != "year" {
                return (Tail::None, k);
            }
            if self.key(k + 1) == "old" {
                return (Tail::Age(u), k + 2);
            }
            // ("190 night-shift nurses", "40 day-care places": the unit heads a compound
            // noun, and the number counts what follows)
            if self.hyphen_word(k + 1) && self.is_word(k + 2) && !matches!(self.key(k + 2), "long" | "old") {
                return (Tail::None, k);
            }
            return (Tail::Duration(u), k + 1);
        }
        // "two Martian years", "three calendar months": a kind of year before its unit
        // (not a year's name: "its 2026 financial year")
        if matches!(w, "martian" | "earth" | "calendar" | "lunar" | "working" | "school" | "fiscal" | "financial" | "academic") && !scaled && !(n.plain && n.ndigits == 4) {
            if let Some(u) = time_unit(self.key(k + 1)).filter(|_| self.tok(k + 1).is_some_and(|t| t.sp)) {
                return (Tail::Duration(u), k + 2);
            }
        }
        if w == "per" && self.key(k + 1) == "cent" {
            return (Tail::Percent, k + 2);
        }
        if w == "percent" || w == "pct" || w == "pc" {
            return (Tail::Percent, k + 1);
        }
        if w == "percentage" && matches!(self.key(k + 1), "point" | "points") {
            return (Tail::Percent, k + 2);
        }
        // "a two percentage-point rise": the hyphenated modifier
        if w == "percentage" && self.punct(k + 1, '-') && self.glued(k + 1) && self.glued(k + 2) && self.key(k + 2) == "point" {
            return (Tail::Percent, k + 3);
        }
        if w == "basis" && matches!(self.key(k + 1), "point" | "points") {
            return (Tail::Measure("bp"), k + 2);
        }
        if matches!(w, "point" | "points") && self.poll_lead(n.a, k) {
            return (Tail::Percent, k + 1);
        }
        // "measured 4.6 in magnitude": an earthquake's size, the span the number alone
        if w == "in" && self.key(k + 1) == "magnitude" {
            return (Tail::Measure("magnitude"), k);
        }
        if w == "nautical" && matches!(self.key(k + 1), "mile" | "miles") {
            return (Tail::Measure("nmi"), k + 2);
        }
        if matches!(w, "square" | "sq") {
            let mut m = k + 1;
            if self.punct(m, '.') {
                m += 1;
            }
            if let Some(u) = measure_unit(self.key(m)).and_then(square_of) {
                return (Tail::Measure(u), m + 1);
            }
        }
        // "287m cubic metres", "40 cubic feet"
        if w == "cubic" {
            if let Some(u) = measure_unit(self.key(k + 1)).and_then(cube_of) {
                return (Tail::Measure(u), k + 2);
            }
        }
        if let Some(u) = measure_unit(w) {
            // "in" (inches) and "m" are too ambiguous as words; measure_unit has neither
            if u == "degree" {
                match self.key(k + 1) {
                    "celsius" | "centigrade" => return (Tail::Measure("celsius"), k + 2),
                    "fahrenheit" => return (Tail::Measure("fahrenheit"), k + 2),
                    _ => {}
                }
            }
            // "25,000 km/h": a speed, written apart from its number
            if u == "km" && self.punct(k + 1, '/') && self.glued(k + 1) && self.key(k + 2) == "h" {
                return (Tail::Measure("km/h"), k + 3);
            }
            return (Tail::Measure(u), k + 1);
        }
        if w == "us" && matches!(self.key(k + 1), "dollar" | "dollars") {
            return (Tail::Money("USD", 1.0), k + 2);
        }
        // "0.09 U.S. dollars"
        if w == "u" && self.punct(k + 1, '.') && self.key(k + 2) == "s" && self.punct(k + 3, '.') && matches!(self.key(k + 4), "dollar" | "dollars") {
            return (Tail::Money("USD", 1.0), k + 5);
        }
        if let Some(c) = national_currency(w, self.key(k + 1)) {
            return (Tail::Money(c, 1.0), k + 2);
        }
        // "2.3tn won", "50,000 won": Korea's currency after a scale word or a large amount (not
        // the verb: "they won")
        if w == "won" && (scaled || n.value >= 10_000.0) {
            return (Tail::Money("KRW", 1.0), k + 1);
        }
        if let Some((c, f)) = currency_word(w) {
            // (not a street's name after a house number: "leaves 11 Crown Row")
            // (nor "two bitcoin miners": the coin's name before a counted noun)
            let coin_noun = c == "BTC" && self.is_word(k + 1) && !matches!(self.key(k + 1), "and" | "or" | "in" | "to" | "worth" | "from" | "at" | "on" | "for" | "a" | "an" | "each" | "per");
            if w != "p" && !coin_noun && !(t.cap && w.len() <= 3 && self.slice(k) != w.to_ascii_uppercase()) && !(t.cap && self.street_follows(k)) {
                return (Tail::Money(c, f), k + 1);
            }
        }
        (Tail::None, k)
    }

    /// "points" at `k` after the numeral at `a` measure a lead in a poll or a vote, so they
    /// are percentage points: "ahead by about 14 points", "carried them by 9 points", "3 points
    /// ahead". An index's "fell 35 points", "rose by 1.5 points" stay counts of points.
    fn poll_lead(&self, a: usize, k: usize) -> bool {
        if matches!(self.key(k + 1), "ahead" | "behind" | "clear") {
            return !self.league_table(a, k);
        }
        let lead = |w: &str| SET_LEAD_WORDS.contains(w);
        let mut p = a.wrapping_sub(1);
        for _ in 0..3 {
            if !approx_start(self.key(p)) {
                break;
            }
            p = p.wrapping_sub(1);
        }
        // "by an average of 2.5 points"
        if self.key(p) == "of" && self.key(p.wrapping_sub(1)) == "average" {
            p = p.wrapping_sub(2);
            if matches!(self.key(p), "an" | "a") {
                p = p.wrapping_sub(1);
            }
        }
        // ("leads the championship by 31 points" is a standings lead, a count of points)
        if self.key(p) == "by" && (1..=6).map(|d| p.wrapping_sub(d)).take_while(|&q| self.is_word(q) || self.is_num(q)).any(|q| lead(self.key(q))) {
            return !self.league_table(a, k);
        }
        // a poll's margin of error ("the margin of error is 3 points", "an error margin of
        // around two points") and an electoral margin ("a winning margin 5 points wider")
        if (0..=8).map(|d| p.wrapping_sub(d)).take_while(|&q| q < self.t.len() && !self.sentence_end(q)).any(|q| matches!(self.key(q), "margin" | "error")) && !self.league_table(a, k) {
            return true;
        }
        // "puts Labour's lead at nine points", "a lead of 9 points", "a nine-point lead, up
        // from six points": a lead named shortly before ("at", "of", "to", "from" the figure)
        // (the word right before the numeral: "at" also opens an approximator, skipped above)
        // (also before a range: "narrowed to between four and six points")
        let mut prep = a.wrapping_sub(1);
        let mut between = false;
        if self.key(prep) == "and" {
            if let Some(d) = (2..=4).find(|&d| self.key(a.wrapping_sub(d)) == "between") {
                prep = a.wrapping_sub(d + 1);
                between = true;
            }
        }
        (between || matches!(self.key(prep), "at" | "of" | "to" | "from"))
            && (1..=8).map(|d| prep.wrapping_sub(d)).take_while(|&q| q < self.t.len() && !self.sentence_end(q)).any(|q| matches!(self.key(q), "lead" | "margin" | "gap"))
            && !self.league_table(a, k)
    }

    /// Token `i` ends a sentence.
    fn sentence_end(&self, i: usize) -> bool {
        matches!(self.t.get(i).map(|t| t.kind), Some(Kind::Punct('.' | '!' | '?' | ';')))
    }

    /// Points at `k` after the numeral at `a` are a league table's, not a poll's: "11 points
    /// behind the leaders", "two points clear at the top with nine games to play".
    fn league_table(&self, a: usize, k: usize) -> bool {
        let sport = |w: &str| SET_W_SPORT_WORDS.contains(w);
        let before = (a.saturating_sub(12)..a).rev().take_while(|&i| !self.sentence_end(i));
        let after = (k + 1..(k + 14).min(self.t.len())).take_while(|&i| !self.sentence_end(i));
        before.chain(after).any(|i| sport(self.key(i)))
    }

    fn slice_is(&self, k: usize, s: &str) -> bool {
        self.tok(k).is_some_and(|_| self.slice(k) == s)
    }

    /// A hyphenated compound after a numeral; `k` is the word after the hyphen.
    fn compound(&self, n: &Numeral, k: usize) -> (Tail, usize) {
        let w = self.key(k);
        if let Some(u) = time_unit(w) {
            // "12-year-old", "13-month-old"
            if self.hyphen_word(k + 1) && matches!(self.key(k + 2), "old" | "olds") {
                return (Tail::Age(u), k + 3);
            }
            // "three-month-long"
            if self.hyphen_word(k + 1) && self.key(k + 2) == "long" {
                return (Tail::Duration(u), k + 3);
            }
            return (Tail::Duration(u), k + 1);
        }
        if let Some(u) = measure_unit(w) {
            // "a 2,000-mile-wide storm": the whole compound (N3)
            if self.hyphen_word(k + 1) && matches!(self.key(k + 2), "wide" | "long" | "high" | "deep" | "tall" | "thick") {
                return (Tail::Measure(u), k + 3);
            }
            return (Tail::Measure(u), k + 1);
        }
        // "a 3,000-square-foot house", "a 40-sq-km zone": an area
        if matches!(w, "square" | "sq") && self.hyphen_word(k + 1) {
            if let Some(u) = measure_unit(self.key(k + 2)).and_then(square_of) {
                return (Tail::Measure(u), k + 3);
            }
        }
        // "a 10-basis-point hike"
        if w == "basis" && self.hyphen_word(k + 1) && self.key(k + 2).starts_with("point") {
            return (Tail::Measure("bp"), k + 3);
        }
        if w == "per" && self.hyphen_word(k + 1) && self.key(k + 2) == "cent" {
            return (Tail::Percent, k + 3);
        }
        // "a nine-point lead" in a poll (not a league table's)
        // (and a rate's or a share's move: "the 0.25-point cut", "a five-point drop")
        if w == "point" && matches!(self.key(k + 1), "lead" | "margin" | "gap" | "swing" | "advantage" | "cut" | "cuts" | "rise" | "rises" | "hike" | "hikes" | "increase" | "reduction" | "drop" | "fall" | "jump" | "decline") && !self.league_table(n.a, k + 1) {
            return (Tail::Percent, k + 1);
        }
        if matches!(w, "strong" | "odd" | "plus" | "fold" | "something") {
            return (Tail::Compound(None), k + 1);
        }
        // "a 12-a-side game", "five-a-day": the whole compound, no unit "a"
        if matches!(w, "a" | "an") && self.hyphen_word(k + 1) {
            return (Tail::Compound(None), k + 3);
        }
        if n.one
            && matches!(
                w,
                "off"
                    | "sided"
                    | "time"
                    | "way"
                    | "on"
                    | "stop"
                    | "shot"
                    | "liner"
                    | "size"
                    | "third"
                    | "half"
            )
        {
            return (Tail::None, n.b);
        }
        if w.is_empty() {
            return (Tail::None, n.b);
        }
        (Tail::Compound(Some(singular(w))), k + 1)
    }

    /// An ordinal numeral: kept when it ranks something ("the fifth term", "a second
    /// front"), not as an adverb ("talking first", "at first") or in lexicalised words
    /// ("third-party", "third countries").
    fn ordinal_expr(&self, n: &Numeral) -> Option<Expr> {
        let mut b = n.b;
        let prev = self.key(n.a.wrapping_sub(1));
        if n.word {
            let w = self.key(n.a);
            if self.in_name(n.a) || prev == "at" {
                return None;
            }
            if self.hyphen_word(b) {
                let c = self.key(b + 1);
                if matches!(
                    c,
                    "hand"
                        | "party"
                        | "parties"
                        | "class"
                        | "rate"
                        | "person"
                        | "guess"
                        | "guessing"
                        | "time"
                        | "degree"
                        | "string"
                        | "tier"
                ) || w == "second" && matches!(c, "home" | "homes")
                {
                    return None;
                }
                b += 2;
            } else {
                let next = self.tok(b)?;
                // "first thing" in the morning: an idiom (N2)
                if self.key(n.a) == "first" && self.key(b) == "thing" && !matches!(self.key(n.a.wrapping_sub(1)), "the" | "a" | "his" | "her" | "its" | "their" | "my" | "our" | "your") {
                    return None;
                }
                let determined = matches!(
                    prev,
                    "the"
                        | "a"
                        | "an"
                        | "its"
                        | "his"
                        | "her"
                        | "their"
                        | "our"
                        | "my"
                        | "your"
                        | "s"
                ) || (self.punct(n.a.wrapping_sub(1), '\u{2019}')
                    || self.punct(n.a.wrapping_sub(1), '\''))
                    // ("lift her to a career-high seventh", "a season-best third")
                    || matches!(prev, "high" | "best" | "low" | "worst") && self.punct(n.a.wrapping_sub(2), '-') && matches!(self.key(n.a.wrapping_sub(3)), "career" | "season" | "personal" | "world");
                // (or before a result: "Pruitt third in 9.88", "was second on 24.9%")
                let ranked = SET_W_ORDINAL_EXPR.contains(prev) || matches!(self.key(b), "in" | "on" | "with") && self.is_num(b + 1)
                    // "on first of three strike days", "the second of four": one of a counted series
                    || self.key(b) == "of" && (self.is_num(b + 1) || small_cardinal(self.key(b + 1)).is_some())
                    // "in 2hr 09min – second in a field of 40": a placing after a result
                    || (self.punct(n.a.wrapping_sub(1), '\u{2013}') || self.punct(n.a.wrapping_sub(1), '\u{2014}')) && matches!(self.key(b), "in" | "behind" | "overall" | "place")
                    // "Saarela was third, …", "climbed from 17th on the grid to sixth"
                    || matches!(prev, "was" | "is" | "were" | "are") && (self.punct(b, ',') || self.punct(b, '.'))
                    // "was third on the stage", "is second overall", "was fifth behind Li"
                    || matches!(prev, "was" | "is" | "were" | "are") && matches!(self.key(b), "on" | "in" | "at" | "behind" | "overall")
                    // "with Germany's Lena Vogt third, two minutes back", "Sem Kooistra third at
                    // 1min 12sec": a placing after a name
                    || self.tok(n.a.wrapping_sub(1)).is_some_and(|t| t.is_word() && t.cap)
                        && !self.sentence_start(n.a - 1)
                        && (self.punct(b, ',') || self.key(b) == "at" && self.is_num(b + 1))
                    || prev == "to" && (n.a.saturating_sub(8)..n.a).any(|m| self.key(m) == "from") && (!next.is_word() || matches!(self.key(b), "in" | "on" | "at" | "overall"))
                    // "climbed 14 places into fifth", "a tie for eighth", "stayed on for third",
                    // "settled for second": a placing reached
                    || (prev == "into" || prev == "for" && matches!(self.key(n.a.wrapping_sub(2)), "tie" | "share" | "on" | "settle" | "settled" | "settles" | "settling" | "enough"))
                        && (!next.is_word() || matches!(self.key(b), "in" | "on" | "at" | "overall" | "and" | "after" | "behind" | "with"))
                    // "£1,500 for second and £750 for third": a prize for a placing
                    || prev == "for" && self.is_num(n.a.wrapping_sub(2)) && (!next.is_word() || matches!(self.key(b), "and" | "or"))
                    // "crossed the line second", "promoted Jonas Brekk to second and Sami Ode to
                    // third," (a racer's name before "to": not "asked Ross to second the motion")
                    || prev == "line" && self.key(n.a.wrapping_sub(2)) == "the" && matches!(self.key(n.a.wrapping_sub(3)), "crossed" | "cross" | "crosses" | "crossing")
                    || prev == "to"
                        && self.tok(n.a.wrapping_sub(2)).is_some_and(|t| t.is_word() && t.cap)
                        && (!self.sentence_start(n.a - 2) || self.glued(n.a - 2))
                        && (!next.is_word() || matches!(self.key(b), "and" | "but" | "after" | "behind" | "in" | "on"))
                    // "climb to fourth", "the win lifts Vale to fourth", "moved up to second"
                    || prev == "to" && (!next.is_word() || is_function_word(self.kw(&next))) && (2..=4).any(|d| {
                        let w = self.key(n.a.wrapping_sub(d));
                        SET_W_ORDINAL_EXPR.contains(w) || matches!(w, "lifts" | "lifted" | "lift" | "moves" | "moved" | "move" | "up" | "jumped" | "jump" | "jumps" | "went" | "go" | "goes")
                    });
                if next.is_num() && determined {
                    return Some(Expr {
                        a: n.a,
                        b,
                        kind: NumberKind::Ordinal,
                        value: Value::Num(n.value),
                        high: None,
                        unit: None,
                    });
                }
                // "it will not break us in the fifth,", "Or its third.": an elliptical rank
                // (not "for a second,", "wait a second": a moment, N2's idioms)
                let moment = w == "second" && prev == "a" && matches!(self.key(n.a.wrapping_sub(2)), "for" | "wait" | "just" | "half");
                let elliptical = determined && matches!(next.kind, Kind::Punct(_)) && !moment;
                if !next.is_word() && !ranked && !elliptical {
                    return None;
                }
                let nk = if next.is_word() { self.kw(&next) } else { "" };
                if w == "third"
                    && matches!(nk, "country" | "countries" | "party" | "parties" | "world")
                {
                    return None;
                }
                if w == "first" && matches!(nk, "lady" | "ladies" | "gentleman" | "name" | "names" | "aid" | "responders") {
                    return None;
                }
                // ("second homes", "second-hand", "second thoughts": lexicalised, N2)
                // ("her second home win" is a rank)
                let home_game = || matches!(self.key(n.b + 1), "win" | "wins" | "game" | "games" | "match" | "defeat" | "draw" | "loss" | "goal" | "run" | "start" | "fixture" | "series" | "test");
                if w == "second" && (matches!(nk, "homes" | "hand" | "thoughts" | "nature" | "guessing") || nk == "home" && !home_game()) {
                    return None;
                }
                // "safety had to come first", "puts patients first": an adverb, no rank (N2)
                // ("came first in the final" is a placing)
                // ("Safety comes first.": a present "comes" that ends the clause)
                if w == "first" && !determined && (prev == "come" && matches!(self.key(n.a.wrapping_sub(2)), "to" | "must" | "should" | "will" | "would" | "always" | "can" | "may") || matches!(self.key(n.a.wrapping_sub(2)), "put" | "puts" | "putting") || prev == "comes" && !self.tok(b).is_some_and(|t| t.is_word())) {
                    return None;
                }
                // "second homes": a holiday residence, no rank (N2's lexicalised words)
                if w == "second" && matches!(nk, "home" | "homes") && !determined {
                    return None;
                }
                // "a plan, first drawn up in 2007", "was first reported by": an adverb before a
                // past participle, no rank (N2)
                if w == "first"
                    && !determined
                    && (nk.len() > 4 && nk.ends_with("ed") || matches!(nk, "drawn" | "built" | "made" | "seen" | "taken" | "written" | "shown" | "known" | "held" | "sold" | "told" | "heard" | "found" | "brought" | "thought" | "given"))
                    && (self.punct(n.a.wrapping_sub(1), ',') || matches!(prev, "was" | "were" | "is" | "are" | "be" | "been" | "had" | "has" | "have" | "and" | "when" | "which" | "that" | "who"))
                {
                    return None;
                }
                // "he would first buy his mother a roof": an adverb after a modal (N2)
                if w == "first" && !determined && matches!(prev, "would" | "will" | "could" | "can" | "should" | "must" | "might" | "may" | "shall") && next.is_word() && !next.cap && !is_function_word(nk) {
                    return None;
                }
                // "she first read it", "they first met in 2019": an adverb after a subject
                // pronoun (N2)
                if w == "first" && matches!(prev, "he" | "she" | "they" | "we" | "i" | "you") && next.is_word() && !next.cap && !is_function_word(nk) {
                    return None;
                }
                // a title: "the first minister, Aoife Brennan", "Scotland's First Minister" (not
                // a rank: "the first minister to resign", "the first minister ever")
                if w == "first" && matches!(nk, "minister" | "ministers") && !matches!(self.key(b + 1), "to" | "ever" | "since" | "in" | "of" | "who" | "from") {
                    return None;
                }
                // (also before an irregular past: "The singer first came to fame")
                // (not a colour: "issues first red warning")
                if (is_function_word(nk) || nk.len() >= 4 && nk.ends_with("ed") || crate::reported::irregular_past(nk)) && !determined && !ranked {
                    return None;
                }
                // ("finished third and still leads" is a placing)
                if matches!(nk, "and" | "of") && prev != "the" && !ranked {
                    return None;
                }
            }
        } else if n.value == 0.0 {
            return None;
        }
        // "the 12th century", "a 12th-century head": the century goes into the span (N3)
        // (and any hyphenated compound of a written ordinal: "a 56th-minute red card", "the
        // 3rd-largest bank")
        if self.hyphen_word(b) && (matches!(self.key(b + 1), "century" | "centuries") || !n.word && self.tok(b + 1).is_some_and(|t| t.is_word() && !t.cap)) {
            b += 2;
        } else if matches!(self.key(b), "century" | "centuries" | "millennium") {
            b += 1;
        }
        Some(Expr {
            a: n.a,
            b,
            kind: NumberKind::Ordinal,
            value: Value::Num(n.value),
            high: None,
            unit: None,
        })
    }

    /// Is a bare "one" (with no unit after it) a count? Yes after a quantity word
    /// ("only one", "by one nation") or before a noun mid-sentence ("one person was
    /// killed"); no as a pronoun or article ("one of them", "no one", "One student said").
    fn one_is_number(&self, n: &Numeral, had_modifier: bool) -> bool {
        if had_modifier {
            return true;
        }
        let prev = self.key(n.a.wrapping_sub(1));
        // "one or two further cuts", "one to three years": the lower bound of a range
        if matches!(self.key(n.b), "or" | "to") && self.numeral(n.b + 1).is_some_and(|x| !x.ordinal && x.word == n.word && x.value > 1.0) {
            return true;
        }
        // "one more hike": the noun after "more" decides, as after "one" ("one more thing" not)
        let nb = n.b + usize::from(self.key(n.b) == "more");
        // "only one thing": the pronoun-like "one thing" (N2)
        if self.key(nb) == "thing" {
            return false;
        }
        // "I wasn't the only one saying it", "the only one left": a pronoun (N2)
        if prev == "only" && self.key(n.a.wrapping_sub(2)) == "the" && (self.key(nb).ends_with("ing") || matches!(self.key(nb), "left" | "who" | "to")) {
            return false;
        }
        if matches!(
            prev,
            "only"
                | "just"
                | "than"
                | "least"
                | "by"
                | "exactly"
                | "single"
                | "nearly"
                | "almost"
                | "about"
        ) {
            return self.tok(nb).is_some_and(|t| {
                t.is_word() && !is_function_word(self.kw(&t)) && self.kw(&t) != "another"
            });
        }
        // "102 for one at lunch": a cricket score's wickets, as "388 for six"
        if prev == "for" && self.is_num(n.a.wrapping_sub(2)) && self.key(n.b) != "of" {
            return true;
        }
        // "one in five children"
        if self.key(n.b) == "in" && self.numeral(n.b + 1).is_some_and(|x| !x.ordinal) {
            return true;
        }
        // "activity on one resident's account": "one" before a possessor is "a" (N2)
        if self.tok(nb).is_some_and(|t| t.is_word()) && (self.punct(nb + 1, '\'') || self.punct(nb + 1, '\u{2019}')) && self.glued(nb + 1) && self.key(nb + 2) == "s" {
            return false;
        }
        // "relied on “one anonymous source”": a quotation opening mid-sentence is no sentence
        // start; the word before its mark decides
        let quoted = n.a >= 2
            && matches!(self.t[n.a - 1].kind, Kind::Punct('"' | '\u{201c}' | '\u{2018}'))
            && self.tok(n.a - 2).is_some_and(|t| t.is_word() && !t.cap);
        let prev = if quoted { self.key(n.a - 2) } else { prev };
        if self.sentence_start(n.a) && !quoted {
            return self.one_counts_at_start(n);
        }
        if SET_W_ONE_IS_NUMBER.contains(prev) {
            return false;
        }
        let Some(t) = self.tok(nb) else { return false };
        if !t.is_word() || !t.sp || t.cap {
            return false;
        }
        let w = self.kw(&t);
        // "where, one shopkeeper said, …": a person introduced with "one" before a speech verb
        // is a person, as at a sentence start (N2)
        let says = |x: &Tok| x.is_word() && crate::lexicon::cue_lemma(self.kw(x)).is_some_and(|l| matches!(l, "say" | "tell" | "add" | "write" | "explain" | "recall" | "complain" | "warn" | "describe" | "predict" | "insist" | "argue" | "claim" | "admit" | "suggest"));
        // (also past a relative clause: "“…,” one firefighter, who asked not to be named, told KNA")
        // (or after it, inverted: "“…,” said one fan, Ana Gil, 19")
        let speaker = self.tok(nb + 1).is_some_and(says)
            || self.punct(nb + 1, ',') && self.key(nb + 2) == "who" && (nb + 3..(nb + 16).min(self.t.len())).find(|&m| self.punct(m, ',')).is_some_and(|m| self.tok(m + 1).is_some_and(says))
            || n.a > 1 && self.tok(n.a - 1).is_some_and(says) && matches!(self.t[n.a - 2].kind, Kind::Punct(',' | '"' | '\u{201d}' | '\u{2019}'));
        !(is_function_word(w)
            || w.ends_with("ly")
            || w.ends_with("ed")
            || speaker
            || SET_W_ONE_IS_NUMBER_2.contains(w))
    }

    /// A sentence-initial "One" that counts (N2 reads "One student told …" as an article):
    /// in a list of single things ("One slip, one bad call, and …") or before a casualty
    /// ("One man died", "One person was killed", "One rider has been hurt").
    fn one_counts_at_start(&self, n: &Numeral) -> bool {
        let Some(t) = self.tok(n.b).filter(|t| t.is_word() && t.sp && !t.cap) else {
            return false;
        };
        let w = self.kw(t);
        if is_function_word(w) || SET_W_ONE_IS_NUMBER_2.contains(w) {
            return false;
        }
        let mut k = n.b + 1;
        if self.punct(k, ',') && self.key(k + 1) == "one" {
            return true;
        }
        if matches!(self.key(k), "was" | "is" | "has" | "had") {
            k += 1 + usize::from(self.key(k + 1) == "been");
        }
        SET_CASUALTY_WORDS.contains(self.key(k))
    }

    /// An age bracket of a group of people, the numeral at `a..b`: "children under 12",
    /// "voters over 70", "voters 65 and older", "adults 18 and over".
    fn age_bracket(&self, a: usize, b: usize) -> bool {
        let group = |w: &str| SET_AGE_GROUPS.contains(w);
        let p = a.wrapping_sub(1);
        if matches!(self.key(p), "under" | "over") {
            return group(self.key(p.wrapping_sub(1)));
        }
        group(self.key(p)) && self.key(b) == "and" && matches!(self.key(b + 1), "older" | "over" | "above" | "up" | "younger" | "under")
    }

    /// A capitalised number word inside a name: "World War Three", "Formula One".
    fn in_name(&self, a: usize) -> bool {
        let t = &self.t[a];
        if !t.cap || self.sentence_start(a) {
            return false;
        }
        // (a time zone before it ends a stamp: "08.15 BST Two killed in …")
        let prev_cap = a > 0 && self.t[a - 1].is_word() && self.t[a - 1].cap && !is_time_zone(self.kw(&self.t[a - 1]));
        let next_cap = self.tok(a + 1).is_some_and(|n| n.is_word() && n.cap);
        prev_cap || next_cap
    }

    /// The numeral at `a` is one side of a score: one or two digits glued by a hyphen or dash
    /// to another, the first not below the second ("2-1", "1-1", "3-0"; "1-2" may be a range).
    fn score_part(&self, a: usize) -> bool {
        let small = |k: usize| self.is_num(k) && self.slice(k).len() <= 2 && self.slice(k).bytes().all(|c| c.is_ascii_digit());
        let dash = |k: usize| self.glued(k) && (self.punct(k, '-') || self.punct(k, '\u{2013}'));
        let pair = |x: usize| {
            small(x)
                && dash(x + 1)
                && small(x + 2)
                && self.glued(x + 2)
                && !self.punct(x + 3, '%')
                && digits_value(self.slice(x)) >= digits_value(self.slice(x + 2))
        };
        pair(a) || a >= 2 && pair(a - 2)
    }

    /// A time zone's offset (N2 codes): "GMT+1", "UTC-5".
    fn zone_offset(&self, a: usize) -> bool {
        a >= 2 && (self.punct(a - 1, '+') || self.punct(a - 1, '-')) && self.glued(a) && self.glued(a - 1) && self.t[a - 2].is_word() && is_time_zone(self.kw(&self.t[a - 2]))
    }

    /// A catalogue designation (N2 names): capitals, digits, a planet's letter: "HD 30418 b",
    /// "TOI 700 d".
    fn catalogue_number(&self, a: usize, b: usize) -> bool {
        let caps = a > 0 && self.t[a - 1].is_word() && {
            let s = self.slice(a - 1);
            (2..=4).contains(&s.len()) && s.bytes().all(|c| c.is_ascii_uppercase())
        };
        caps && self.tok(b).is_some_and(|t| t.is_word() && t.sp) && matches!(self.slice(b), "b" | "c" | "d" | "e" | "f" | "g" | "h")
    }

    /// A product's model word after its digits: "the 9 Pro", "a 15 Ultra" (N2 names).
    fn model_suffix_follows(&self, b: usize) -> bool {
        self.tok(b).is_some_and(|t| t.is_word() && t.cap && t.sp)
            && matches!(self.slice(b), "Pro" | "Max" | "Ultra" | "Plus" | "Mini" | "Lite" | "Fold" | "Flip")
    }

    /// Digits right after a capitalised name word: "Siberia 2", "Article 5", "No 10".
    fn after_name(&self, a: usize) -> bool {
        // ("raised the price of Cardexa 11 times": a count of times, no model number)
        // (nor "leaves Halvorsen 58 points ahead", "gave Labour 12 seats": a score's count
        // after the name it belongs to)
        if a == 0 || !self.t[a].sp || matches!(self.key(a + 1), "times" | "points" | "votes" | "seats" | "strokes" | "places" | "laps") {
            return false;
        }
        // a box score or results list, a name and its points pair after pair: "Adebayo 34,
        // Okoro 18, Halloran 15" (counts, no model numbers)
        let pair_at = |x: usize| self.tok(x).is_some_and(|t| t.is_word()) && self.is_num(x + 1) && self.slice(x + 1).bytes().all(|c| c.is_ascii_digit());
        if self.punct(a + 1, ',') && pair_at(a + 2) || a >= 4 && self.punct(a - 2, ',') && pair_at(a - 4) {
            return false;
        }
        // (a scorecard's batter and runs, the balls in brackets: "Perera 96 (102 balls),
        // Marapane 71 (80), Wickrema 38"; a bowler's wickets and runs: "Callow 4-52")
        let bracketed = |x: usize| self.punct(x, '(') && self.is_num(x + 1) && self.slice(x + 1).len() <= 3 && (x + 2..x + 4).find(|&m| self.punct(m, ')')).is_some_and(|m| self.punct(m + 1, ',') || self.punct(m + 1, ';'));
        if bracketed(a + 1) || a >= 4 && self.punct(a - 2, ',') && self.punct(a - 3, ')') && self.is_num(a - 4) {
            return false;
        }
        let p = &self.t[a - 1];
        if p.is_punct('.') && a >= 2 && matches!(self.kw(&self.t[a - 2]), "no" | "nos") {
            return true;
        }
        if p.is_word() && p.cap && self.kw(&p) == "no" {
            return true;
        }
        if self.slice(a).len() <= 2 && self.punct(a + 1, '-') && self.glued(a + 1) && self.glued(a + 2) && self.is_num(a + 2) && self.slice(a + 2).len() <= 3 {
            return false;
        }
        // a product name written in camel case: "iPhone 15", "eBay 2"
        let w = self.slice(a - 1).as_bytes();
        if p.is_word() && w.len() > 2 && w[0].is_ascii_lowercase() && w[1..].iter().any(u8::is_ascii_uppercase) {
            return true;
        }
        let k = self.kw(&p);
        // a page's counter: "Comments 214", "Shares 1.2k"
        if matches!(k, "comments" | "replies" | "shares" | "likes" | "views" | "reactions") {
            return false;
        }
        // a sentence-initial adverb is no name: "Perhaps 40 people", "Fully 20 were hurt"
        // (nor a gerund with its object: "Selling 150 stores was hard")
        let adverb = self.sentence_start(a - 1)
            && (k.ends_with("ly") || k.len() > 5 && k.ends_with("ing") || matches!(k, "perhaps" | "maybe" | "possibly" | "estimated"));
        p.is_word()
            && p.cap
            && !is_clause_opener(k)
            && !adverb
            && !is_time_zone(k)
            && month(k).is_none()
            && !k.is_empty()
    }

    /// The number at `a..b` numbers a lap, lane or heat, or (after a preposition or a bracket,
    /// at the block's start or before a colon) a day, round, game or stage of an event: "on
    /// lap 41", "in lane seven", "on day four", "after stage five", "Tour of X, stage five:"
    /// (a stage in digits is a label, "on stage 12") — not "day 20 people died", "lap 3
    /// seconds faster" (a word after it is what is counted).
    fn event_rank(&self, a: usize, b: usize) -> bool {
        if !self.tok(a.wrapping_sub(1)).is_some_and(|t| t.is_word() && t.sp) {
            return false;
        }
        let noun = self.key(a.wrapping_sub(1));
        let before = self.key(a.wrapping_sub(2));
        // (or a capitalised noun and a number word after a comma: "Premiership, Round six")
        let named = self.is_word(a) && self.t[a - 1].cap && self.punct(a.wrapping_sub(2), ',');
        let lead = matches!(before, "on" | "in" | "at" | "from" | "of" | "by" | "after" | "before" | "until" | "to" | "since" | "during") || self.punct(a.wrapping_sub(2), '(') || a == 1 || named;
        // (a number word after the noun is a rank wherever it stands: "won stage five",
        // "Championships, day four:", "Round two of the recount"; not "from day one", an idiom)
        let spelled = self.is_word(a) && matches!(noun, "day" | "round" | "stage" | "game" | "match" | "leg" | "heat") && !(noun == "day" && self.key(a) == "one");
        let rank = matches!(noun, "lap" | "lane" | "heat")
            || matches!(noun, "day" | "round" | "game" | "match" | "turn" | "leg") && lead
            || noun == "stage" && self.is_word(a) && (lead || self.punct(b, ':'))
            || spelled;
        // (a capitalised noun opening a line or a sentence names the rank whatever follows:
        // "Round one went to Cole")
        let opening = self.t[a - 1].cap && (a == 1 || self.tok(a.wrapping_sub(2)).is_some_and(|t| matches!(t.kind, Kind::Punct('.' | '!' | '?' | ',' | ':'))));
        let counted = !opening && self.tok(b).is_some_and(|t| t.is_word() && t.sp && !is_function_word(self.kw(t)) && !matches!(self.kw(t), "and" | "or" | "but" | "when" | "after" | "before" | "as"));
        rank && !counted
    }

    /// Digits that number a thing rather than count it (N2 names and codes): "junction 14",
    /// "platform 3", "flight 226", "bus 40", also the later members of a list of them
    /// ("junctions 14 and 17", "gates 8, 9 or 11"; at most four back).
    fn after_label(&self, a: usize) -> bool {
        let mut p = a;
        for _ in 0..4 {
            let member = |m: usize| self.is_num(m) || self.numeral(m).is_some_and(|x| x.word && x.b == m + 1);
            if !(p >= 2 && member(p - 2) && (matches!(self.key(p - 1), "and" | "or" | "to") || self.punct(p - 1, ','))) {
                break;
            }
            p -= 2;
        }
        let w = self.key(p.wrapping_sub(1));
        SET_LABEL_NOUNS.contains(w) || w.strip_suffix('s').is_some_and(|w| SET_LABEL_NOUNS.contains(w))
    }

    /// A telephone service number to call (N2 names and codes): "call 999", "dial 911",
    /// "use 111 online" — not "999 calls" nor "called 111 times".
    /// "the overnight 871 service", "the 14 bus", "The 871 overnight express": a number that
    /// names a route or a train, before its singular noun (N2 codes).
    fn route_number(&self, a: usize, b: usize) -> bool {
        let route = |w: &str| matches!(w, "service" | "express" | "bus" | "train" | "tram" | "route" | "flight" | "ferry");
        let v = self.slice(a);
        v.len() >= 2
            && matches!(self.key(a.wrapping_sub(1)), "the" | "overnight" | "night" | "morning" | "evening" | "early" | "late" | "last" | "first")
            && (route(self.key(b)) || matches!(self.key(b), "overnight" | "night" | "morning" | "evening" | "express" | "intercity" | "sleeper") && route(self.key(b + 1)))
    }

    fn service_number(&self, a: usize) -> bool {
        matches!(self.slice(a), "999" | "911" | "111" | "112" | "101")
            && (SET_CALL_VERBS.contains(self.key(a.wrapping_sub(1)))
                // "a 911 call", "the 999 operator"
                || matches!(self.key(a.wrapping_sub(1)), "a" | "the") && matches!(self.key(a + 1), "call" | "calls" | "caller" | "operator" | "dispatcher" | "line"))
    }

    /// "by" before the quantity at `i`, over an approximator ("fell by about 3,200").
    fn after_by(&self, i: usize) -> bool {
        let mut p = i.wrapping_sub(1);
        for _ in 0..3 {
            if !(approx_start(self.key(p)) || matches!(self.key(p), "than" | "least" | "most" | "to" | "of")) {
                break;
            }
            p = p.wrapping_sub(1);
        }
        self.key(p) == "by"
    }

    /// The digit at `i` is part of a football formation: three or four single digits joined by
    /// hyphens, "4-2-3-1", "4-3-3" (N2 names).
    /// A match facts box's minute: "Goals: Varga 38; Odunsi 71, 77", "Booked: Neves 90+3",
    /// and a substitute's in a line-up, "Holm (Petit 46)". The line opens with its label and a
    /// colon, or holds the team's formation; the minute follows a name (or "pen", "og", or
    /// another minute and a comma).
    fn facts_minute(&self, i: usize) -> Option<Expr> {
        let d = self.slice(i);
        let digits = d.len() <= 3 && d.bytes().all(|c| c.is_ascii_digit());
        // "81'" alone on its line: a live match page's minute stamp
        if let (Some(t), Some(p)) = (self.tok(i), self.tok(i + 1)) {
            let prime = (p.is_punct('\'') || p.is_punct('\u{2019}') || p.is_punct('\u{2032}')) && !p.sp;
            if prime && digits {
                let starts = self.text[..t.s].trim_end_matches([' ', '\t']);
                let ends = self.text[p.e..].trim_start_matches([' ', '\t']);
                // (or a scorer's minute after the name, in brackets or a list: "(Okonjo 88')",
                // "Okonjo 23', 67'")
                let scorer = i >= 1
                    && self.tok(i - 1).is_some_and(|w| w.is_word() && w.cap)
                    && (self.punct(i + 2, ')') || self.punct(i + 2, ',') || ends.is_empty() || ends.starts_with(['\n', '\r']));
                if scorer || (starts.is_empty() || starts.ends_with(['\n', '\r'])) && (ends.is_empty() || ends.starts_with(['\n', '\r'])) {
                    let value = digits_value(d)?;
                    if (1.0..=130.0).contains(&value) {
                        return Some(Expr { a: i, b: i + 2, kind: NumberKind::Duration, value: Value::Num(value), high: None, unit: Some("minute".into()) });
                    }
                }
            }
        }
        if !digits || i < 2 || !self.tok(i)?.sp {
            return None;
        }
        let after_name = |k: usize| self.tok(k).is_some_and(|t| t.is_word() && (t.cap || matches!(self.kw(&t), "pen" | "og")));
        let lineup = after_name(i - 1) && self.punct(i + 1, ')') && self.punct(i - 2, '(') && (i.saturating_sub(200)..i).any(|k| self.formation(k));
        let label = || {
            let colon = (1..4.min(i)).find(|&k| self.punct(k, ':'))?;
            (0..colon)
                .all(|k| matches!(self.key(k), "goals" | "scorers" | "booked" | "bookings" | "sent" | "off" | "yellow" | "red" | "cards" | "card" | "subs" | "substitutes" | "dismissed"))
                .then_some(())
        };
        let listed = after_name(i - 1) || self.punct(i - 1, ',') && self.is_num(i - 2) && self.tok(i - 1).is_some_and(|t| !t.sp);
        if !lineup && !(listed && label().is_some()) {
            return None;
        }
        let mut value = digits_value(d)?;
        if !(1.0..=130.0).contains(&value) {
            return None;
        }
        let mut b = i + 1;
        // ("90+3": added time)
        if self.punct(b, '+') && self.glued(b) && self.glued(b + 1) && self.is_num(b + 1) && self.slice(b + 1).len() <= 2 {
            value += digits_value(self.slice(b + 1))?;
            b += 2;
        }
        Some(Expr { a: i, b, kind: NumberKind::Duration, value: Value::Num(value), high: None, unit: Some("minute".into()) })
    }

    fn formation(&self, i: usize) -> bool {
        let digit = |k: usize| self.is_num(k) && self.slice(k).len() == 1 && self.slice(k).as_bytes()[0].is_ascii_digit();
        let link = |k: usize| self.punct(k, '-') && self.glued(k) && self.glued(k + 1);
        if !digit(i) {
            return false;
        }
        let mut a = i;
        while a >= 2 && link(a - 1) && digit(a - 2) {
            a -= 2;
        }
        let mut b = i;
        while link(b + 1) && digit(b + 2) {
            b += 2;
        }
        (b - a) / 2 + 1 >= 3 && !self.punct(b + 1, '%')
    }

    /// The number at `i` is where a change starts: "rose from $289 to $412", "a jump from 4.1
    /// to 4.4 per cent", "has gone up sharply from 20 to 35" (two numbers, not one range).
    fn changes_from(&self, i: usize) -> bool {
        // (over an approximator: "had gone from about £60 to £85")
        let i = if approx_start(self.key(i.wrapping_sub(1))) { i.wrapping_sub(1) } else { i };
        // (also past the noun of the first figure: "rose from an original budget of £480m to
        // £1.4bn")
        // (not a range named so: "down from a previous range of $17bn to $18bn")
        let i = if self.key(i.wrapping_sub(1)) == "of" && !matches!(self.key(i.wrapping_sub(2)), "range" | "band" | "bracket" | "window" | "forecast" | "estimate" | "estimates") {
            match (2..7).map(|d| i.wrapping_sub(d)).take_while(|&p| self.is_word(p)).find(|&p| self.key(p) == "from") {
                Some(f) => f + 1,
                None => return false,
            }
        } else {
            i
        };
        if self.key(i.wrapping_sub(1)) != "from" {
            return false;
        }
        // (back through the clause: "a one-point rise in the higher rate, from 40% to 41%")
        (2..10).map(|d| i.wrapping_sub(d)).take_while(|&p| self.tok(p).is_some_and(|t| t.is_word() || t.is_punct(','))).any(|p| {
            let w = self.key(p);
            matches!(w, "up" | "down" | "out" | "back" | "rise" | "rose" | "risen" | "rising" | "rises" | "fell" | "fall" | "fallen" | "falls" | "falling" | "grew" | "grow" | "grown" | "grows" | "growth" | "went" | "gone" | "cut" | "cuts" | "sank" | "slid" | "shrank" | "jump" | "jumps")
                || ["increas", "decreas", "climb", "jumped", "jumping", "dropp", "soar", "surg", "slipp", "plung", "tumbl", "declin", "rais", "lifted", "lowered", "boost", "doubl", "tripl", "widen", "narrow", "shrink", "swell", "eased", "easing", "edged", "hiked", "reduc", "expand", "push", "extend", "shift", "revis", "upgrad", "downgrad", "adjust", "stretch", "lengthen", "shorten", "chang", "moved", "enlarg"]
                    .iter()
                    .any(|st| w.starts_with(st))
                // ("taking the main rate from 2.5% to 4.5%": a change with its object)
                || matches!(w, "take" | "takes" | "took" | "taken" | "taking" | "bring" | "brings" | "brought" | "bringing")
                    && matches!(self.key(p + 1), "the" | "its" | "his" | "her" | "their" | "our")
        })
    }

    /// A street name after a house number: "10 Downing Street", "1600 Pennsylvania Avenue".
    fn street_follows(&self, b: usize) -> bool {
        (b..b + 4)
            .take_while(|&k| self.tok(k).is_some_and(|t| t.is_word() && t.cap))
            .any(|k| {
                SET_W_STREET_FOLLOWS.contains(self.key(k))
            })
    }

    /// A capitalised plural right after a number, as in title-case headlines
    /// ("Storm Leaves 30 Homes Flooded").
    fn title_plural_follows(&self, b: usize) -> bool {
        self.tok(b)
            .is_some_and(|t| t.is_word() && t.sp && t.cap && looks_plural(self.kw(&t)))
    }

    /// A plural noun right after a number: "2000 people" is a count, not a year.
    fn plural_follows(&self, b: usize) -> bool {
        self.tok(b)
            .is_some_and(|t| t.is_word() && t.sp && !t.cap && looks_plural(self.kw(&t)))
    }

    /// The counted noun after a count, singular ("eight cars" → car), or None.
    fn count_unit(&self, b: usize, value: f64) -> Option<String> {
        let mut k = b;
        let mut seen = 0;
        // at most five words and twelve tokens ("31 of the more modern M1A2 tanks")
        while seen < 5 && k < b + 12 {
            let t = self.tok(k)?;
            if t.is_punct('-') && self.hyphen_word(k) {
                k += 1;
                continue;
            }
            if seen > 0
                && (t.is_num() && (!t.sp || self.key(k - 2) == "of")
                    || matches!(t.kind, Kind::Punct('\u{201c}' | '"' | '\u{2018}')))
            {
                // a code glued to a word ("M1A2"), the whole of a partitive ("12 of the 30
                // parishes") or an opening quotation mark
                k += 1;
                continue;
            }
            if !t.is_word() || (seen == 0 && !t.sp) {
                return None;
            }
            let w = self.kw(&t);
            let modifier = match w {
                // "1.5m fewer passengers", "two more ships", "two very different plans"
                "more" | "fewer" | "less" | "extra" | "additional" | "other" => seen == 0,
                "very" | "most" | "highly" | "so" => true,
                // partitive "31 of the tanks"
                "of" => {
                    seen == 0
                        && matches!(
                            self.key(k + 1),
                            "the" | "its" | "their" | "his" | "her" | "our" | "these" | "those"
                        )
                }
                "the" | "its" | "their" | "his" | "her" | "our" | "these" | "those" => {
                    seen == 1 && self.key(k - 1) == "of"
                }
                _ => false,
            };
            if modifier {
                seen += 1;
                k += 1;
                continue;
            }
            // ("two US defence contractors": the country, not the pronoun "us")
            if w.is_empty() || is_function_word(w) && !(w == "us" && self.slice(k) == "US") {
                return None;
            }
            // "four aircraft", "12 sheep": a plural with no plural ending (not a modifier:
            // "two aircraft carriers")
            if SET_INVARIANT_PLURALS.contains(w) && !self.tok(k + 1).is_some_and(|n| n.is_word() && looks_plural(self.kw(&n)))
            {
                return Some(w.to_string());
            }
            let after_hyphen = k > 0 && self.t[k - 1].is_punct('-');
            let next_hyphen = self.hyphen_word(k + 1);
            // "212 co-sponsors", "40 decision-makers": the whole compound, its last part singular
            // (not a modifier before the noun: "four plain-clothes NYPD officers")
            let noun_next = self.tok(k + 1).is_some_and(|n| n.is_word() && (n.cap || looks_plural(self.kw(n))));
            if after_hyphen && !next_hyphen && !noun_next && looks_plural(w) && !w.ends_with("ss") {
                let mut a = k;
                while a >= 2 && self.hyphen_word(a - 1) && self.is_word(a - 2) && self.glued(a - 1) && a - 2 >= b {
                    a -= 2;
                }
                let head = &self.low[self.t[a].s - self.base..self.t[k].s - self.base];
                return Some(format!("{head}{}", singular(w)));
            }
            if !after_hyphen && !next_hyphen {
                if looks_plural(w) && !w.ends_with("ss") {
                    return Some(self.as_written(b, k, singular(w)));
                }
                if value == 1.0 && seen == 0 && !t.cap {
                    return Some(singular(w));
                }
            }
            // "40 killed", but "the 30 flooded parishes"
            if seen == 0 && !t.cap && (w.ends_with("ed") || w.ends_with("ly")) && !self.plural_follows(k + 1) {
                return None;
            }
            seen += 1;
            k += 1;
        }
        None
    }

    /// The singular `sing` of the counted noun at `k` with its capitals as written
    /// ("seven Republicans" → Republican, "30 MPs" → MP), lowercase in a title-case line
    /// ("Fire Destroys 30 Homes", "40 Homes Flooded") or when the singular is no prefix.
    fn as_written(&self, b: usize, k: usize, sing: String) -> String {
        let cap_word = |i: usize| self.tok(i).is_some_and(|t| t.is_word() && t.cap);
        let title = cap_word(k + 1) || b >= 2 && cap_word(b - 2) && !self.sentence_start(b - 2);
        let w = self.slice(k);
        if !self.t[k].cap || title || !w.to_ascii_lowercase().starts_with(&sing) {
            return sing;
        }
        w[..sing.len()].to_string()
    }

    // ------------------------------------------------------------------ dates and times

    /// "March 20", "March 20, 2024", "20 March", "20th of March 2024", "February 2022",
    /// "20/03/2024", "2024-03-20".
    fn date(&self, i: usize) -> Option<Expr> {
        let t = self.tok(i)?;
        if t.is_word() {
            if !t.cap {
                return None;
            }
            let mo = month(self.kw(&t))?;
            let mut k = i + 1;
            if self.punct(k, '.') && self.glued(k) {
                k += 1;
            }
            // "June of 2031"
            if self.key(k) == "of" {
                let (y, b) = self.year_after(k + 1, false)?;
                return Some(date_expr(i, b, Some(y), mo, None));
            }
            if !self.is_num(k) || !self.t[k].sp || self.is_code(k) {
                return None;
            }
            let n = self.numeral(k)?;
            if !n.plain {
                return None;
            }
            if n.ndigits == 4 && (1000.0..=2100.0).contains(&n.value) && !n.ordinal {
                return Some(date_expr(i, n.b, Some(n.value as u32), mo, None));
            }
            if !(1.0..=31.0).contains(&n.value) || n.ndigits > 2 {
                return None;
            }
            let mut b = n.b;
            // "May 2-6": a range of days, valued by its first (N5: two bounds make a range)
            let mut days = false;
            if (self.punct(b, '-') || self.punct(b, '\u{2013}'))
                && self.glued(b)
                && self.glued(b + 1)
                && self.is_num(b + 1)
            {
                let d2 = self.slice(b + 1);
                if d2.len() <= 2 && d2.bytes().all(|b| b.is_ascii_digit()) && digits_value(d2).is_some_and(|d| d > n.value && d <= 31.0) {
                    b += 2;
                    days = true;
                }
            }
            let mut year = None;
            if let Some((y, m)) = self.year_after(b, true) {
                year = Some(y);
                b = m;
            }
            let mut e = date_expr(i, b, year, mo, Some(n.value as u32));
            if days {
                e.kind = NumberKind::Range;
            }
            return Some(e);
        }
        if !t.is_num() {
            return None;
        }
        // numeric dates
        if self.punct(i + 1, '/')
            && self.glued(i + 1)
            && (i == 0
                || t.sp
                || !matches!(
                    self.t[i - 1].kind,
                    Kind::Num | Kind::Word | Kind::Punct('/')
                ))
        {
            if let Some(x) = self.slash_years(i) {
                return Some(x);
            }
            return self.numeric_date(i, '/');
        }
        if self.slice(i).len() == 4
            && self.punct(i + 1, '-')
            && self.glued(i + 1)
            && self.punct(i + 3, '-')
        {
            return self.numeric_date(i, '-');
        }
        let n = self.numeral(i).filter(|n| n.plain)?;
        if !(1.0..=31.0).contains(&n.value) || n.ndigits > 2 {
            return None;
        }
        let mut k = n.b;
        if self.key(k) == "of" && n.ordinal {
            k += 1;
        }
        // "24 and 25 October": the first day of a pair takes the month after the second (the
        // day alone: the month is the second's span)
        if self.key(k) == "and" && !n.ordinal {
            let d = self.numeral(k + 1).filter(|d| d.plain && !d.ordinal && d.ndigits <= 2 && d.value > n.value && d.value <= 31.0)?;
            let mt = self.tok(d.b).filter(|mt| mt.is_word() && mt.cap && mt.sp)?;
            let mo = month(self.kw(&mt))?;
            return Some(date_expr(i, n.b, None, mo, Some(n.value as u32)));
        }
        let mt = self.tok(k)?;
        if !mt.is_word() || !mt.cap || !mt.sp {
            return None;
        }
        let mo = month(self.kw(&mt))?;
        let mut b = k + 1;
        // the dot of an abbreviated month ("3 Dec."), not the full stop after "6 May."
        if self.punct(b, '.')
            && self.glued(b)
            && self.kw(&mt).len() <= 4
            && !matches!(self.kw(&mt), "may" | "june" | "july")
        {
            b += 1;
        }
        let mut year = None;
        if let Some((y, m)) = self.year_after(b, true) {
            year = Some(y);
            b = m;
        }
        Some(date_expr(i, b, year, mo, Some(n.value as u32)))
    }

    /// A four-digit year after a day or month ("March 20, 2024", "20 March 2024").
    fn year_after(&self, k: usize, comma: bool) -> Option<(u32, usize)> {
        let mut m = k;
        if comma && self.punct(m, ',') {
            m += 1;
        }
        let t = self.tok(m)?;
        if !t.is_num() || !t.sp {
            return None;
        }
        let s = self.slice(m);
        if s.len() != 4 || !s.bytes().all(|c| c.is_ascii_digit()) || self.is_code(m) {
            return None;
        }
        let y: u32 = s.parse().ok()?;
        if !(1000..=2100).contains(&y) {
            return None;
        }
        // not the start of a range or a count ("2024-25", "2024 people")
        if self.glued(m + 1) && !self.punct(m + 1, ',') && !self.punct(m + 1, '.') && !self.punct(m + 1, ';') && !self.punct(m + 1, ':') && !self.punct(m + 1, ')') {
            return None;
        }
        Some((y, m + 1))
    }

    /// "2024/25", "2019/2020": a span of years (a financial or school year).
    fn slash_years(&self, i: usize) -> Option<Expr> {
        let a = self.slice(i);
        if a.len() != 4 || !self.is_num(i + 2) || !self.glued(i + 2) || self.punct(i + 3, '/') {
            return None;
        }
        let b = self.slice(i + 2);
        // (digits only: the float parser and its tables stay out of the wasm)
        let y = digits_value(a).filter(|_| a.bytes().all(|c| c.is_ascii_digit()))?;
        let h = digits_value(b).filter(|_| b.bytes().all(|c| c.is_ascii_digit()))?;
        let hv = match b.len() {
            2 => y - y % 100.0 + h,
            4 => h,
            _ => return None,
        };
        if !(1000.0..=2100.0).contains(&y) || hv != y + 1.0 {
            return None;
        }
        Some(Expr {
            a: i,
            b: i + 3,
            kind: NumberKind::Range,
            value: Value::Num(y),
            high: Some(hv),
            unit: None,
        })
    }

    fn numeric_date(&self, i: usize, sep: char) -> Option<Expr> {
        let mut parts = [0u32; 3];
        let mut lens = [0usize; 3];
        let mut k = i;
        for p in 0..3 {
            if p > 0 {
                if !self.punct(k, sep) || !self.glued(k) || !self.glued(k + 1) {
                    return None;
                }
                k += 1;
            }
            let t = self.tok(k)?;
            if !t.is_num() {
                return None;
            }
            let s = self.slice(k);
            if !s.bytes().all(|c| c.is_ascii_digit()) {
                return None;
            }
            parts[p] = s.parse().ok()?;
            lens[p] = s.len();
            k += 1;
        }
        if self.glued(k) && (self.is_num(k) || self.is_word(k) || self.punct(k, sep)) {
            return None;
        }
        let (y, mo, d) = if sep == '-' {
            if lens[0] != 4 {
                return None;
            }
            (parts[0], parts[1], parts[2])
        } else {
            let y = match lens[2] {
                4 => parts[2],
                2 => 2000 + parts[2],
                _ => return None,
            };
            if parts[0] > 12 {
                (y, parts[1], parts[0])
            } else if parts[1] > 12 {
                (y, parts[0], parts[1])
            } else {
                (y, parts[1], parts[0])
            }
        };
        if !(1..=12).contains(&mo) || !(1..=31).contains(&d) {
            return None;
        }
        Some(date_expr(i, k, Some(y), mo, Some(d)))
    }

    /// "11:24", "3pm", "3 p.m.", "11.30am", "18.45 GMT".
    fn time(&self, i: usize) -> Option<Expr> {
        let t = self.tok(i)?;
        // "half past six", "quarter to eight": a spoken clock time (a morning hour, as
        // "six o'clock" is read)
        if matches!(self.key(i), "half" | "quarter") && (self.key(i + 1) == "past" || self.key(i) == "quarter" && self.key(i + 1) == "to") {
            if let Some(h) = self.numeral(i + 2).filter(|h| !h.ordinal && (1.0..=12.0).contains(&h.value) && h.value.fract() == 0.0 && !self.tok(h.b).is_some_and(|t| t.is_word() && matches!(self.kw(&t), "hours" | "minutes" | "days" | "weeks" | "months" | "years" | "percent" | "per"))) {
                let hour = h.value as u32;
                let (hour, minute) = match (self.key(i), self.key(i + 1)) {
                    ("half", _) => (hour, 30),
                    (_, "past") => (hour, 15),
                    _ => (hour - 1, 45),
                };
                return Some(Expr { a: i, b: h.b, kind: NumberKind::Time, value: Value::Text(format!("{hour:02}:{minute:02}")), high: None, unit: None });
            }
        }
        if let Some(x) = self.oclock(i) {
            return Some(x);
        }
        if !t.is_num() {
            return None;
        }
        let s = self.slice(i);
        let hour: u32;
        let mut minute = 0u32;
        let mut k = i + 1;
        let mut clock = false;
        if s.bytes().all(|c| c.is_ascii_digit()) && s.len() <= 2 {
            hour = s.parse().ok()?;
            if self.punct(k, ':') && self.glued(k) && self.glued(k + 1) && self.is_num(k + 1) {
                let m = self.slice(k + 1);
                if m.len() != 2 || !m.bytes().all(|c| c.is_ascii_digit()) {
                    return None;
                }
                minute = m.parse().ok()?;
                k += 2;
                clock = true;
                // seconds
                if self.punct(k, ':') && self.glued(k) && self.glued(k + 1) && self.is_num(k + 1) {
                    k += 2;
                }
                if i > 0
                    && !t.sp
                    && matches!(
                        self.t[i - 1].kind,
                        Kind::Punct(':') | Kind::Num | Kind::Word
                    )
                {
                    return None;
                }
            }
        } else if s.len() == 4
            && s.bytes().all(|c| c.is_ascii_digit())
            && self
                .tok(k)
                .is_some_and(|z| z.sp && is_time_zone(self.kw(&z)))
        {
            // "0700 GMT"
            hour = s[..2].parse().ok()?;
            minute = s[2..].parse().ok()?;
            clock = true;
        } else if let Some((h, m)) = s.split_once('.') {
            // ("from 0.09 to 0.14 microsieverts": a decimal fraction, no clock time)
            if h.len() > 2 || m.len() != 2 || h == "0" {
                return None;
            }
            hour = h.parse().ok()?;
            minute = m.parse().ok()?;
        } else {
            return None;
        }
        if hour > 24 || minute > 59 {
            return None;
        }
        let ampm = self.ampm(k);
        let mut hour = hour;
        if let Some((pm, m)) = ampm {
            if hour == 0 || hour > 12 {
                return None;
            }
            if pm && hour < 12 {
                hour += 12;
            } else if !pm && hour == 12 {
                hour = 0;
            }
            k = m;
        } else if !clock {
            // "11.24" is a clock time only with a zone or a part of the day after it
            // (or "local time")
            let zone = self
                .tok(k)
                .is_some_and(|z| z.sp && is_time_zone(self.kw(&z)))
                || self.key(k) == "local" && self.key(k + 1) == "time";
            let day_part = |w: &str| matches!(w, "morning" | "afternoon" | "evening");
            // ("at 10.30 tomorrow")
            let part_of_day =
                (self.key(k) == "in" && self.key(k + 1) == "the" && day_part(self.key(k + 2)))
                    || (self.key(k) == "this" && day_part(self.key(k + 1)))
                    || (self.key(i.wrapping_sub(1)) == "at" && matches!(self.key(k), "tomorrow" | "tonight" | "today"));
            // "at 11.00", "due from 10.00", "at about 18.00": a preposition of time before, and no
            // unit, currency or percent after ("at 9.50 euros" is a price)
            let time_prep = |w: &str| matches!(w, "at" | "from" | "until" | "till" | "since" | "before" | "after");
            let p1 = self.key(i.wrapping_sub(1));
            // ("from 19.30 to 20.30": the other end of a clock time)
            let other_end = matches!(p1, "to" | "until") && i >= 3 && self.is_num(i - 2) && time_prep(self.key(i - 3)) && {
                let w = self.slice(i - 2).as_bytes();
                w.len() >= 4 && w[w.len() - 3] == b'.'
            };
            // ("By 06.00 the column had reached 11km": "by" with a two-digit hour)
            let by = p1 == "by" && s.split_once('.').is_some_and(|(h, _)| h.len() == 2);
            let prep = (time_prep(p1) || other_end || by || matches!(p1, "about" | "around") && time_prep(self.key(i.wrapping_sub(2))))
                && hour < 24
                && !self.tok(k).is_some_and(|t| t.is_word() && (!t.sp || currency_word(self.kw(t)).is_some() || measure_unit(self.kw(t)).is_some() || scale_word(self.kw(t)).is_some() || matches!(self.kw(t), "per" | "percent" | "points" | "a" | "an")));
            // ("19.05 Debate opens": a timeline's stamp opening its line, before a capitalised
            // word)
            let line_stamp = s.split_once('.').is_some_and(|(h, _)| h.len() == 2)
                && hour < 24
                && self.text[..t.s].trim_end_matches([' ', '\t']).ends_with(['\n', '\r'])
                && self.tok(k).is_some_and(|w| w.sp && w.cap && w.is_word() && currency_word(self.kw(w)).is_none() && measure_unit(self.kw(w)).is_none() && scale_word(self.kw(w)).is_none());
            // (nor a percentage: "from 4.11%")
            // ("1h ago\n16.35\n": a live page's stamp alone on its line, a two-digit hour; the
            // line before holds no figure a decimal could continue)
            let alone = s.split_once('.').is_some_and(|(h, _)| h.len() == 2)
                && hour < 24
                && i == 0
                && self.tok(k).is_none()
                && self.text[..t.s].trim_end_matches([' ', '\t']).ends_with(['\n', '\r'])
                && self.text[t.e..].trim_start_matches([' ', '\t']).starts_with(['\n', '\r']);
            if !(s.contains('.') && (zone || part_of_day || prep || line_stamp || alone)) || self.punct(k, '%') {
                return None;
            }
            let later = |w: &str| matches!(w, "afternoon" | "evening");
            if part_of_day && hour < 12 && (later(self.key(k + 1)) || later(self.key(k + 2))) {
                hour += 12;
            }
        }
        Some(Expr {
            a: i,
            b: k,
            kind: NumberKind::Time,
            value: Value::Text(format!("{hour:02}:{minute:02}")),
            high: None,
            unit: None,
        })
    }

    /// "six o'clock", "6 o’clock" (read as a morning hour: the text rarely says which).
    fn oclock(&self, i: usize) -> Option<Expr> {
        let n = self.numeral(i)?;
        if n.ordinal || !(1.0..=12.0).contains(&n.value) || n.value.fract() != 0.0 {
            return None;
        }
        if let Some(x) = self.day_hour(&n) {
            return Some(x);
        }
        let k = n.b;
        // "Every branch opens at nine": the hour something opens or starts (not "closes at
        // six", which may be either half of the day)
        if self.key(n.a.wrapping_sub(1)) == "at" && matches!(self.key(n.a.wrapping_sub(2)), "open" | "opens" | "reopen" | "reopens" | "start" | "starts" | "begin" | "begins") && (n.word || self.slice(n.a).len() <= 2)
            && !self.tok(k).is_some_and(|t| t.is_word() && !matches!(self.kw(&t), "tomorrow" | "today" | "on" | "and" | "every"))
            // (a clock time goes on: "at 4:30 a.m.", "at 09:00")
            && !(self.tok(k).is_some_and(|t| !t.sp) && (self.is_num(k + 1) && self.glued(k + 1) || self.tok(k).is_some_and(|t| t.is_word())))
        {
            return Some(Expr { a: i, b: k, kind: NumberKind::Time, value: Value::Text(format!("{:02}:00", n.value as u32)), high: None, unit: None });
        }
        if self.key(k) == "o"
            && (self.punct(k + 1, '\'') || self.punct(k + 1, '\u{2019}'))
            && self.glued(k + 1)
            && self.glued(k + 2)
            && self.key(k + 2) == "clock"
        {
            // "10 o'clock on Sunday night", "six o'clock in the evening": the later half of the
            // day (a few words on, before any punctuation)
            let later = (k + 3..k + 7).take_while(|&m| self.tok(m).is_some_and(|t| t.is_word())).any(|m| matches!(self.key(m), "night" | "evening" | "tonight" | "afternoon"));
            let hour = n.value as u32 + if later && n.value < 12.0 { 12 } else { 0 };
            return Some(Expr {
                a: i,
                b: k + 3,
                kind: NumberKind::Time,
                value: Value::Text(format!("{hour:02}:00")),
                high: None,
                unit: None,
            });
        }
        None
    }

    /// An hour named by a bare number and a part of the day after a preposition of time:
    /// "since six this morning", "at 7 in the evening", "until nine tonight" (the span is the
    /// number). Not "up from nine in the morning" (a level: the count of the morning).
    fn day_hour(&self, n: &Numeral) -> Option<Expr> {
        let k = n.b;
        let day_part = |w: &str| matches!(w, "morning" | "afternoon" | "evening" | "night");
        let part = match (self.key(k), self.key(k + 1)) {
            ("this" | "last", p) if day_part(p) => p,
            ("in", "the") if day_part(self.key(k + 2)) && self.key(k + 2) != "night" => self.key(k + 2),
            ("tonight", _) => "night",
            _ => return None,
        };
        let prev = self.key(n.a.wrapping_sub(1));
        let at = SET_HOUR_BEFORE.contains(prev)
            || prev == "from" && !matches!(self.key(n.a.wrapping_sub(2)), "up" | "down");
        if !at || (!n.word && self.slice(n.a).len() > 2) {
            return None;
        }
        let mut hour = n.value as u32;
        if part != "morning" && hour < 12 {
            hour += 12;
        }
        Some(Expr { a: n.a, b: k, kind: NumberKind::Time, value: Value::Text(format!("{hour:02}:00")), high: None, unit: None })
    }

    /// "am"/"pm"/"a.m."/"p.m." at `k`: (is pm, index after).
    fn ampm(&self, k: usize) -> Option<(bool, usize)> {
        let t = self.tok(k)?;
        if !t.is_word() {
            return None;
        }
        match self.kw(&t) {
            "am" | "pm" => {
                let after = self.tok(k + 1);
                // "3 am" only when nothing glued follows
                if after.is_some_and(|a| !a.sp && a.is_word()) {
                    return None;
                }
                Some((self.kw(&t) == "pm", k + 1))
            }
            "a" | "p"
                if self.punct(k + 1, '.')
                    && self.glued(k + 1)
                    && self.key(k + 2) == "m"
                    && self.glued(k + 2) =>
            {
                let mut e = k + 3;
                if self.punct(e, '.') && self.glued(e) {
                    e += 1;
                }
                Some((self.kw(&t) == "p", e))
            }
            _ => None,
        }
    }
}

/// A preposition of time before a year ("in 2020", "by 2030", "since 1990").
fn year_preposition(w: &str) -> bool {
    matches!(w, "in" | "by" | "since" | "until" | "till" | "before" | "after" | "during" | "from")
}

fn n_cap(t: Option<&Tok>) -> bool {
    t.is_some_and(|t| t.cap)
}

fn date_expr(a: usize, b: usize, year: Option<u32>, month: u32, day: Option<u32>) -> Expr {
    let y = year.map_or_else(|| "XXXX".to_string(), |y| format!("{y:04}"));
    let value = match day {
        Some(d) => format!("{y}-{month:02}-{d:02}"),
        None => format!("{y}-{month:02}"),
    };
    Expr {
        a,
        b,
        kind: NumberKind::Date,
        value: Value::Text(value),
        high: None,
        unit: None,
    }
}

/// Value of a digit string with thousands separators ("8,000", "1 000") and a decimal point.
/// The digits are read as one integer and divided once by a power of ten, so "1.59" is the
/// double nearest to 1.59 (adding up 0.5 + 0.09 would not be).
fn digits_value(s: &str) -> Option<f64> {
    let mut mantissa = 0f64;
    let mut decimals = 0i32;
    let mut in_frac = false;
    for c in s.bytes() {
        match c {
            b'0'..=b'9' => {
                mantissa = mantissa * 10.0 + f64::from(c - b'0');
                decimals += i32::from(in_frac);
            }
            b'.' => in_frac = true,
            _ => {}
        }
    }
    let v = if decimals == 0 { mantissa } else { mantissa / 10f64.powi(decimals) };
    v.is_finite().then_some(v)
}

#[cfg(test)]
mod start_tests {
    use super::*;

    #[test]
    fn every_start_word_opens_a_number_somewhere() {
        for w in START_WORDS {
            let special = matches!(*w, "between" | "minus" | "magnitude" | "a" | "an" | "half" | "quarter" | "once");
            let listed = small_cardinal(w).is_some()
                || tens(w).is_some()
                || ordinal(w).is_some()
                || month(w).is_some()
                || dollar_prefix(w).is_some();
            assert!(special || listed, "{w}");
            assert!(may_start(w));
        }
        assert!(APPROX_FIRST_WORDS.iter().all(|w| may_start(w)));
        assert!(CURRENCY_CODES.iter().all(|(w, _)| may_start(w) && currency_code(w).is_some()));
        assert!(CURRENCY_CODES.windows(2).all(|p| p[0].0 < p[1].0), "sorted for the binary search");
        assert!(!may_start("") && !may_start("xylophone") && !may_start("the") && !may_start("\u{e9}t\u{e9}"));
    }
}

/// Plurals with no plural ending, counted nouns all the same ("four aircraft", "12 sheep").
const INVARIANT_PLURALS: &[&str] = &["aircraft", "spacecraft", "sheep", "deer", "fish", "staff", "personnel", "cattle", "livestock", "species", "offspring"];
static SET_INVARIANT_PLURALS: crate::lexicon::WordSet<{ INVARIANT_PLURALS.len() }> = crate::lexicon::WordSet::new(INVARIANT_PLURALS);

/// Words of a chamber's decision a few words before its tally ("advanced the bill 51-49").
const CHAMBER_DECISIONS: &[&str] = &["vote", "tally", "passed", "advanced", "approved", "confirmed", "rejected", "adopted", "cleared", "voted"];
static SET_CHAMBER_DECISIONS: crate::lexicon::WordSet<{ CHAMBER_DECISIONS.len() }> = crate::lexicon::WordSet::new(CHAMBER_DECISIONS);

/// The numeral at token `a` follows an hour count written "Nh" ("9h 20m"): its "m" is minutes.
fn i_after_hours(p: &Parser, a: usize) -> bool {
    a >= 2 && p.key(a - 1) == "h" && p.glued(a - 1) && p.is_num(a - 2)
}
