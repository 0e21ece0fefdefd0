//! Pass 3: attribution of direct quotes.
//!
//! For each quote candidate, finds the cue that credits it ("said", "told
//! reporters", "according to", a headline colon or dash), the speaker
//! mention (the subject of the cue, as written) and an intermediary that
//! merely relays the words ("quoted by Xinhua", "according to Reuters" when
//! someone else is the speaker). Candidates with no credit that are not
//! sentence-like (scare quotes, titles, labels) are dropped; quotes with no
//! cue of their own that continue an attributed quote (same sentence, next
//! sentence, next paragraph) inherit its speaker and cue.
//!
//! Every search works on a bounded window of tokens around the quote, so the
//! pass is linear in the length of the text. Names are resolved afterwards by
//! [`crate::names`]; here a mention's `name` is the mention as written.


use crate::lexicon::{quote_cue_lemma, ABBREVIATIONS, PRONOUNS};
use crate::quotes::Candidate;
use crate::text::{tokens, Block, BlockKind};
use crate::{Mention, Quote, QuoteKind, Resolution, Span, Speaker};

/// Word sets of the lists this pass looks words up in (see `crate::lexicon::WordSet`).
static SET_ABBREVIATIONS: crate::lexicon::WordSet<{ ABBREVIATIONS.len() }> = crate::lexicon::WordSet::new(ABBREVIATIONS);
static SET_DETERMINERS: crate::lexicon::WordSet<{ DETERMINERS.len() }> = crate::lexicon::WordSet::new(DETERMINERS);
static SET_MEDIA_NOUNS: crate::lexicon::WordSet<{ MEDIA_NOUNS.len() }> = crate::lexicon::WordSet::new(MEDIA_NOUNS);
static SET_NOMINAL_CUES: crate::lexicon::WordSet<{ NOMINAL_CUES.len() }> = crate::lexicon::WordSet::new(NOMINAL_CUES);
static SET_NOUNY: crate::lexicon::WordSet<{ NOUNY.len() }> = crate::lexicon::WordSet::new(NOUNY);
static SET_NP_STOP: crate::lexicon::WordSet<{ NP_STOP.len() }> = crate::lexicon::WordSet::new(NP_STOP);
static SET_OBJECT_CUES: crate::lexicon::WordSet<{ OBJECT_CUES.len() }> = crate::lexicon::WordSet::new(OBJECT_CUES);
static SET_PRONOUNS: crate::lexicon::WordSet<{ PRONOUNS.len() }> = crate::lexicon::WordSet::new(PRONOUNS);
static SET_SKIP_BEFORE_CUE: crate::lexicon::WordSet<{ SKIP_BEFORE_CUE.len() }> = crate::lexicon::WordSet::new(SKIP_BEFORE_CUE);
static SET_WEEKDAYS: crate::lexicon::WordSet<{ WEEKDAYS.len() }> = crate::lexicon::WordSet::new(WEEKDAYS);

/// Tokens looked at before a quote, and after it.
const WINDOW_BEFORE: usize = 48;
const WINDOW_AFTER: usize = 24;
/// Bytes of text (at most) tokenised on either side of a quote.
const BYTES_BEFORE: usize = 600;
const BYTES_AFTER: usize = 400;

/// A token with its lowercase form (a slice of the lowercase copy of the whole text: no
/// allocation per token).
#[derive(Clone, Debug)]
struct W<'t> {
    span: Span,
    word: bool,
    lw: &'t str,
    cap: bool,
}

impl W<'_> {
    fn is(&self, s: &str) -> bool {
        self.lw == s
    }
    /// The lowercase form.
    fn l(&self) -> &str {
        self.lw
    }
}

/// The tokens of `span` with their lowercase forms; `low` is `text.to_ascii_lowercase()`.
fn words<'t>(text: &'t str, low: &'t str, span: Span) -> Vec<W<'t>> {
    let ts = tokens(text, span);
    let mut ws: Vec<W<'t>> = ts.iter()
        .enumerate()
        .map(|(i, t)| {
            let s = t.span.slice(text);
            // a Latin-1 sign inside a word is a mis-decoded letter ("FranÃ§ois"): part of it
            let glued = |j: Option<usize>| j.and_then(|j| ts.get(j)).is_some_and(|n| n.word && (n.span.end == t.span.start || n.span.start == t.span.end));
            let word = t.word
                || (s.chars().count() == 1
                    && s.chars().all(|c| ('\u{80}'..='\u{bf}').contains(&c))
                    && glued(i.checked_sub(1))
                    && glued(Some(i + 1)));
            // (ASCII lowercasing keeps byte offsets: the token's span slices the lowercase copy)
            // ("the WHO warns": the health body's acronym is no relative pronoun; it keeps its
            // capitals)
            let lw = if s == "WHO" { s } else { t.span.slice(low) };
            W {
                span: t.span,
                word,
                lw,
                cap: word && s.chars().next().is_some_and(char::is_uppercase),
            }
        })
        .collect();
    // a nickname's marks inside a name are no quotation marks there: `Marcia "Cia" Price` reads
    // as one name (the quote pass leaves the nickname out as a label)
    let nick = |ws: &[W], i: usize| {
        i >= 1
            && i + 3 < ws.len()
            && ws[i - 1].cap
            && is_quote_mark(&ws[i].lw)
            && ws[i + 1].cap
            && is_quote_mark(&ws[i + 2].lw)
            && ws[i + 3].cap
            && ws[i].span.start > ws[i - 1].span.end
            && ws[i + 1].span.start == ws[i].span.end
            && ws[i + 2].span.start == ws[i + 1].span.end
    };
    if (1..ws.len()).any(|i| nick(&ws, i)) {
        let mut drop = vec![false; ws.len()];
        for i in 1..ws.len() {
            if nick(&ws, i) {
                drop[i] = true;
                drop[i + 2] = true;
            }
        }
        let mut k = 0;
        ws.retain(|_| {
            k += 1;
            !drop[k - 1]
        });
    }
    ws
}

/// A quotation of one capitalised word between two capitalised words, spaced: a nickname
/// inside a name (`Marcia "Cia" Price`).
fn nickname_shaped(text: &str, c: &Candidate) -> bool {
    let (Some(o), Some(cl)) = (c.open, c.close) else { return false };
    let w = c.content.slice(text);
    let before = text[..o.start].strip_suffix(' ').and_then(|b| b.split(' ').next_back());
    let after = text[cl.end..].strip_prefix(' ');
    !w.is_empty()
        && !w.contains(' ')
        && w.chars().next().is_some_and(char::is_uppercase)
        && w.chars().all(char::is_alphabetic)
        && before.is_some_and(|b| b.chars().next().is_some_and(char::is_uppercase) && b.chars().all(char::is_alphabetic))
        && after.is_some_and(|a| a.chars().next().is_some_and(char::is_uppercase))
}

fn floor_char(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn is_quote_mark(s: &str) -> bool {
    matches!(
        s,
        "\"" | "'" | "\u{201c}" | "\u{201d}" | "\u{2018}" | "\u{2019}" | "\u{ab}" | "\u{bb}" | "\u{201e}"
    )
}

fn is_dash(s: &str) -> bool {
    matches!(s, "-" | "\u{2013}" | "\u{2014}" | "\u{2015}" | "\u{2012}")
}

/// Determiners and possessives that open a noun phrase.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those",
    "another", "one", "some", "many", "several", "both", "each", "every", "two", "three", "other",
    "most", "few",
];

/// Words that never belong to a speaker noun phrase.
const NP_STOP: &[&str] = &[
    "in", "on", "at", "to", "from", "with", "by", "for", "about", "after", "before", "during",
    "since", "than", "that", "which", "who", "whom", "whose", "and", "but", "or", "nor", "because",
    "while", "when", "where", "as", "if", "so", "then", "also", "has", "have", "had", "is", "was",
    "were", "are", "be", "been", "being", "would", "will", "could", "can", "may", "might", "should",
    "must", "not", "never", "did", "does", "do", "said", "says", "say", "later", "earlier", "once",
    "again", "there", "here", "what", "how", "why", "it", "he", "she", "they", "we", "i", "you",
    "him", "them", "us", "me", "now", "just", "still", "even", "too", "already", "yet", "into",
    "over", "under", "against", "between", "without", "within", "through", "though", "although",
    "unless", "whether", "per", "via", "like", "up", "out", "off", "down", "recently", "first",
    "yesterday", "today", "tonight", "tomorrow", "last", "next", "week", "month", "year", "ago",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning",
    "afternoon", "evening", "night",
];

/// Words skipped between a subject and its cue ("Putin has also said", "which yesterday said").
const SKIP_BEFORE_CUE: &[&str] = &[
    "also", "has", "have", "had", "later", "then", "previously", "once", "again", "repeatedly",
    "recently", "further", "yesterday", "today", "earlier", "first", "frequently", "often",
    "already", "just", "since", "is", "was", "were", "are", "been", "had", "always", "still",
    "reportedly", "similarly", "separately", "subsequently", "tonight", "now", "even", "did", "does",
];

const WEEKDAYS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
];

/// Cue lemmas that are also common nouns: the bare form counts only after a pronoun.
const NOUNY: &[&str] = &[
    "state", "post", "report", "comment", "answer", "charge", "call", "claim", "promise", "pledge",
    "fear", "hope", "note", "reply", "vow", "tweet", "urge", "estimate", "welcome", "joke",
    "label", "praise", "remark", "boast", "quip", "blame", "counter", "respond", "signal", "quote",
    "read", "talk", "question", "demand", "cry", "rail", "slam", "blast", "mock", "hail", "brand",
    "plead", "cite", "refer", "muse", "warn", "threaten", "insist", "write", "add", "ask",
    "chant", "attack", "lament", "decry", "reference", "rate", "boom", "vent", "taunt", "whisper",
    "murmur", "tout",
];

/// Cue lemmas that take the person spoken of as their object ("called him", "blasted the
/// plan"): never inverted after a quote (`"…," said Jo Li` but not `"…," blasted the plan`).
const OBJECT_CUES: &[&str] = &[
    "accuse", "advise", "assail", "assure", "attack", "blame", "blast", "brand", "call",
    "characterise", "characterize", "chide", "condemn", "criticise", "criticize", "denounce",
    "describe", "dismiss", "hail", "label", "lambast", "lambaste", "lash", "liken",
    "mock", "praise", "quote", "rebuke", "refer", "remind", "ridicule", "scold", "slam", "urge",
    "welcome",
];

/// Nouns that introduce a title: "the book 'X'", "the film 'X'".
const MEDIA_NOUNS: &[&str] = &[
    "book", "show", "program", "programme", "film", "movie", "song", "anthem", "episode",
    "broadcast", "column", "commentary", "article", "album", "series", "nickname", "slogan",
    "headline", "documentary", "play", "novel", "memoir", "poem", "podcast", "campaign", "ad",
    "advert", "advertisement", "spot", "speech", "essay", "report", "op-ed", "editorial",
    "author", "co-author", "editor", "co-editor", "host", "biography", "autobiography", "magazine",
];

/// Nouns that report speech when a possessor precedes them ("Trump's claim that …").
const NOMINAL_CUES: &[&str] = &[
    "claim", "claims", "statement", "statements", "remark", "remarks", "comment", "comments",
    "assertion", "insistence", "promise", "pledge", "warning", "message", "words", "argument",
    "contention", "boast", "description", "characterization", "characterisation", "prediction",
    "tweet", "tweets", "accusation", "suggestion", "admission", "complaint", "vow", "declaration",
];

/// Words right before an opening mark that make the quoted words a name or label.
fn label_before(ws: &[W]) -> bool {
    let n = ws.len();
    let last = |k: usize| (n >= k).then(|| ws[n - k].l());
    match last(1) {
        Some("so-called" | "dubbed" | "nicknamed" | "titled" | "entitled" | "named" | "headlined") => {
            true
        }
        // ("the gang, which calls itself 'Krait'": a body's name; a person calling himself
        // something describes himself)
        Some("itself") => {
            matches!(last(2), Some("call" | "calls" | "called" | "calling" | "style" | "styles" | "styled" | "styling" | "brand" | "brands" | "branded" | "dub" | "dubs" | "dubbed" | "name" | "names" | "named"))
        }
        // ("known to fans as 'Big Jo'")
        // ("known internally as 'Track Two'", "widely referred to as")
        Some("as") => {
            matches!(last(2), Some("known" | "billed" | "referred")) || last(4) == Some("known") && last(3) == Some("to")
                || matches!(last(3), Some("known" | "billed")) && last(2).is_some_and(|w| w.len() > 4 && w.ends_with("ly"))
                // ("known among guards as 'the Furnace'", "known to locals as")
                || last(4) == Some("known") && matches!(last(3), Some("among" | "to" | "by" | "in"))
                || last(5) == Some("known") && matches!(last(4), Some("among" | "to" | "by" | "in"))
        }
        // "the law they named the 'Fair Pay Act'"
        // ("known locally as the 'solano'": an article after the label's "as")
        Some("the" | "a" | "an") => matches!(last(2), Some("dubbed" | "nicknamed" | "titled" | "entitled" | "named")) || matches!(last(2), Some("as" | "itself")) && label_before(&ws[..n - 1]),
        // "an account under the name 'X'", "a firm with the title 'X'"
        Some("name" | "names" | "title" | "brand" | "banner" | "codename" | "alias" | "pseudonym" | "moniker") => {
            matches!(last(2), Some("the" | "a" | "its" | "his" | "her" | "their" | "false" | "fake" | "assumed"))
        }
        _ => false,
    }
}

/// A word with a possessive ending: "Kyiv's", "Li’s".
fn possessive(w: &W) -> bool {
    w.lw.ends_with("'s") || w.lw.ends_with("\u{2019}s")
}

fn is_abbrev_word(w: &W, text: &str) -> bool {
    let s = w.span.slice(text);
    w.word
        && ((s.chars().count() == 1 && w.cap)
            || SET_ABBREVIATIONS.contains(s)
            || s.contains('.')
            || matches!(s, "Gov" | "Sen" | "Rep" | "Rev" | "Del"))
}

/// The cue at token `i`, if any: (cue token range, lemma).
fn cue_at(ws: &[W], i: usize) -> Option<(usize, usize, &'static str)> {
    let w = &ws[i];
    if !w.word {
        return None;
    }
    if w.is("according") && ws.get(i + 1).is_some_and(|n| n.is("to")) {
        return Some((i, i + 2, "according to"));
    }
    if w.is("quoted") || w.is("quoting") || w.is("quote") || w.is("quotes") {
        return Some((i, i + 1, "quote"));
    }
    // "as Li went on about 'X'"
    if matches!(w.l(), "went" | "goes" | "go" | "going") && ws.get(i + 1).is_some_and(|n| n.is("on")) && ws.get(i + 2).is_some_and(|n| n.is("about")) {
        return Some((i, i + 3, "go on about"));
    }
    // "as Jo Li put it, …" / "Jo Li puts it this way:"
    if (w.is("put") || w.is("puts")) && ws.get(i + 1).is_some_and(|n| n.is("it")) {
        // ("put it to her that …": counsel's suggestion)
        if ws.get(i + 2).is_some_and(|n| n.is("to")) {
            return Some((i, i + 3, "put it"));
        }
        return Some((i, i + 2, "put it"));
    }
    // "continued:" / "she continued." and "agreed that" credit words; "continued to",
    // "agreed to ban" do not
    let cue = crate::lexicon::cue_lemma(&w.lw);
    let lemma = match cue {
        Some("point") => "point",
        Some("continue") if ws.get(i + 1).is_none_or(|n| !n.word) && w.lw != "continue" => "continue",
        Some("agree") if ws.get(i + 1).is_some_and(|n| n.is("that")) => "agree",
        _ => crate::lexicon::quote_cue_lemma_given(&w.lw, cue)?,
    };
    // "said 64 posts would go": a plural noun between a number and an auxiliary, no verb
    if i > 0 && !w.cap && w.lw.ends_with('s') && ws[i - 1].lw.starts_with(|c: char| c.is_ascii_digit()) && ws.get(i + 1).is_some_and(|n| crate::lexicon::counted_noun_before(n.l())) {
        return None;
    }
    // "reported revenue of $4.2bn": a company's accounts, no speech
    if lemma == "report" && ws[i + 1..ws.len().min(i + 5)].iter().take_while(|n| n.lw != "that").any(|n| crate::lexicon::is_financial_noun(n.l())) {
        return None;
    }
    // "Libel law explained: what 'serious harm' means": an explainer's title, its topic does
    // not speak
    if lemma == "explain" && w.lw == "explained" && ws.get(i + 1).is_some_and(|n| n.lw == ":") && ws.get(i + 2).is_some_and(|n| crate::lexicon::opens_explainer(n.l())) {
        return None;
    }
    // "Firm accused of 'price gouging'": a headline's passive, its accuser unnamed
    if lemma == "accuse" && w.lw.ends_with("ed") && ws.get(i + 1).is_some_and(|n| n.is("of")) {
        return None;
    }
    // "said in a statement posted on Telegram": a participle on a message, no speaker's verb
    if w.lw.ends_with("ed") && i > 0 && crate::reported::document_word(ws[i - 1].l()) && ws.get(i + 1).is_some_and(|n| matches!(n.l(), "on" | "online" | "by" | "in" | "to" | "at")) {
        return None;
    }
    if w.lw == lemma && SET_NOUNY.contains(lemma) {
        let prev = i.checked_sub(1).map(|p| ws[p].l());
        // … or a plural noun: "traders warn", "experts insist" (not "news report")
        // (capitalised when it opens a headline: "Hackers claim to hold '…' files")
        let plural = i > 0 && {
            let p = &ws[i - 1];
            p.word
                && (!p.cap || i == 1 || !ws[i - 2].word)
                && p.lw.len() > 3
                && p.lw.ends_with('s')
                && !p.lw.ends_with("ss")
                && !p.lw.ends_with("us")
                && !p.lw.ends_with("is")
                && !p.lw.ends_with("'s")
                && !p.lw.ends_with("\u{2019}s")
                && p.lw != "news"
        };
        // (or an object pronoun after it: "Obama and Clinton call them 'lone wolves'")
        let object = ws.get(i + 1).is_some_and(|n| matches!(n.l(), "them" | "him" | "it" | "us" | "me")) && i > 0 && ws[i - 1].word;
        if !plural && !object && !matches!(prev, Some("i" | "we" | "they" | "you" | "two" | "three" | "both" | "others")) {
            return None;
        }
    }
    // a capitalised word inside a sentence is a name ("the United States"), not a verb; at
    // a sentence start only the inverted "Said Ellis: …" forms are cues ("Hopes faded" is not)
    if w.cap && i > 0 && ws[i - 1].word {
        return None;
    }
    if w.cap && !matches!(w.l(), "said" | "says" | "added" | "asked" | "wrote" | "according") {
        if i == 0 || !ws[i - 1].word {
            if ws.get(i + 1).is_some_and(|n| n.word && n.cap) && !w.lw.ends_with("ing") {
                return None;
            }
        }
    }
    // an "-ing" form after a determiner is a noun: "the warning was", "a warning to …"
    if w.lw.ends_with("ing") && i > 0 && ws[i - 1].l() != "her" && SET_DETERMINERS.contains(ws[i - 1].l()) {
        return None;
    }
    // an "-ed" form after a possessive is an adjective: "Riga's declared policy"
    if w.lw.ends_with("ed") && i > 0 && (possessive(&ws[i - 1])) {
        return None;
    }
    // … and after a number or a quantifier, before a plural noun: "more than 40 reported
    // sightings", "many alleged victims"
    if w.lw.ends_with("ed")
        && i > 0
        && (ws[i - 1].lw.starts_with(|c: char| c.is_ascii_digit()) || matches!(ws[i - 1].l(), "many" | "several" | "some" | "few" | "more" | "fewer" | "two" | "three" | "four" | "five"))
        && ws.get(i + 1).is_some_and(|n| n.word && !n.cap && n.lw.len() > 3 && n.lw.ends_with('s') && !n.lw.ends_with("ss") && !SET_NP_STOP.contains(n.l()))
    {
        return None;
    }
    // "-s" forms after a determiner, possessive or adjective are plural nouns ("his tweets",
    // "Mr. Obama's remarks", "late-night tweets")
    // "racial remarks", "positive comments": these plurals are verbs only after a name or a
    // pronoun ("Li claims", "she remarks")
    if matches!(w.l(), "comments" | "remarks" | "attacks" | "claims" | "estimates")
        && i > 0
        && !(ws[i - 1].cap || SET_PRONOUNS.contains(ws[i - 1].l()) || matches!(ws[i - 1].l(), "who" | "which" | "that"))
        // (or after a determiner and a noun, right before the quote: "the union claims
        // “the deal is dead”")
        && !(i >= 2
            && ws[i - 1].word
            && matches!(ws[i - 2].l(), "the" | "a" | "an" | "its" | "their" | "his" | "her")
            && ws.get(i + 1).is_none_or(|n| is_quote_mark(&n.lw)))
    {
        return None;
    }
    if w.lw.ends_with('s') && w.lw != lemma && i > 0 {
        let p = &ws[i - 1];
        // "32% of Republican claims": a capitalised modifier after "of" or a determiner
        if p.cap && SET_NOUNY.contains(lemma) && i >= 2 && (ws[i - 2].is("of") || SET_DETERMINERS.contains(ws[i - 2].l())) {
            return None;
        }
        if p.word
            && (SET_DETERMINERS.contains(p.l())
                || matches!(
                    p.l(),
                    "of" | "the" | "these" | "such" | "new" | "recent" | "latest" | "earlier" | "public" | "private"
                        | "past" | "previous" | "repeated" | "frequent"
                )
                || p.lw.ends_with("'s")
                || p.lw.ends_with("\u{2019}s")
                || (p.lw.contains('-') && !p.cap)
                // ("3,200 teaching posts": a count and a gerund before a plural that is mostly a
                // noun; not "No 10 says", "who took £350,000 tells")
                || SET_NOUNY.contains(lemma) && !p.cap && p.lw.len() > 5 && p.lw.ends_with("ing") && i >= 2 && ws[i - 2].lw.starts_with(|c: char| c.is_ascii_digit()))
        {
            return None;
        }
    }
    match lemma {
        "read" if !(w.is("reads") || w.is("read")) => return None,
        // "rated it 'False'"; "interest rates" is a noun
        "rate" if !w.lw.ends_with("ed") => return None,
        "refer" if !ws.get(i + 1).is_some_and(|n| n.is("to")) => return None,
        // "talked up 'X'", and "Li talks 'peace'" right before the quote
        "talk" if !ws.get(i + 1).is_none_or(|n| n.is("up")) || w.lw == "talk" => return None,
        "call" if ws.get(i + 1).is_some_and(|n| n.is("off")) => return None,
        _ if w.lw.starts_with("point") => {
            return ws.get(i + 1).filter(|n| n.is("out")).map(|_| (i, i + 2, "point out"));
        }
        _ => {}
    }
    Some((i, i + 1, lemma))
}

/// Negations, modals and refusals that make a cue negated, planned or hypothetical.
const UNREAL_MARKERS: &[&str] = &[
    "not", "n't", "never", "will", "would", "could", "might", "may", "should", "can", "cannot",
    "won't", "wouldn't", "didn't", "doesn't", "don't", "yet", "shall", "must", "refused",
    "declined", "to",
];
static SET_W_HYPOTHETICAL: crate::lexicon::WordSet<{ UNREAL_MARKERS.len() }> = crate::lexicon::WordSet::new(UNREAL_MARKERS);

/// True when the cue at token `i` is negated, planned or hypothetical ("did not call it",
/// "would describe", "to discuss", "has yet to condemn … or describe").
fn hypothetical(ws: &[W], i: usize) -> bool {
    let modal = |w: &W| {
        SET_W_HYPOTHETICAL.contains(w.l())
    };
    // "went on to say" is a cue; "to discuss" is not
    // ("used to boast" is a habit, a cue; so is "took to Twitter to slam", a purpose)
    let purpose = |k: usize| {
        let mut p = k;
        while p > 0 && ws[p - 1].word && !ws[p - 1].cap && (ws[p - 1].lw.ends_with("ly") || matches!(ws[p - 1].l(), "overnight" | "again" | "today" | "yesterday")) {
            p -= 1;
        }
        let q = p;
        while p > 0 && ws[p - 1].cap {
            p -= 1;
        }
        p < q && p >= 2 && matches!(ws[p - 1].l(), "to" | "on") && matches!(ws[p - 2].l(), "took" | "takes" | "went" | "goes")
    };
    let blocks = |k: usize| {
        // ("went so far as to say": said all the same)
        modal(&ws[k]) && !(ws[k].is("to") && k >= 1 && (matches!(ws[k - 1].l(), "on" | "used" | "as") || purpose(k)))
    };
    let mut k = i;
    // adverbs between: "would never publicly describe"
    while k > 0 && ws[k - 1].word && (ws[k - 1].lw.ends_with("ly") || ws[k - 1].is("also")) && i - k < 3 {
        k -= 1;
    }
    if k == 0 || !ws[k - 1].word {
        return false;
    }
    if blocks(k - 1) {
        return true;
    }
    // "did not say", "has yet to condemn"
    if k >= 2 && ws[k - 2].word && matches!(ws[k - 2].l(), "not" | "never" | "n't") {
        return true;
    }
    // a coordinated verb shares the first verb's modality: "has yet to condemn X or describe";
    // a finite one cannot follow "to" or a modal, so a "to" before it is a preposition ("paid
    // tribute to two firefighters and said")
    let finite = matches!(crate::reported::lex::verb_reading(ws[i].l()), Some(((_, crate::reported::lex::Form::S | crate::reported::lex::Form::Past), _)));
    if matches!(ws[k - 1].l(), "or" | "and" | "nor") && !finite {
        let lo = k.saturating_sub(8);
        let mut j = k - 1;
        while j > lo && ws[j - 1].word {
            j -= 1;
            if blocks(j) {
                return true;
            }
        }
    }
    false
}

/// Manners of speaking that credit a quote after a colon ("Another was blunter: '…'").
const MANNER: &[&str] = &[
    "blunt", "blunter", "direct", "clear", "clearer", "emphatic", "frank", "franker", "candid", "defiant",
    "unrepentant", "scathing", "brief", "briefer", "succinct", "terse", "diplomatic", "cautious", "optimistic",
    "pessimistic", "upbeat", "gloomy", "gloomier", "forthright", "adamant", "firm", "firmer", "explicit",
];
static SET_W_MANNER: crate::lexicon::WordSet<{ MANNER.len() }> = crate::lexicon::WordSet::new(MANNER);

/// Short "-ly" words that are adverbs, never first names ("only", "early").
const LY_ADVERBS: &[&str] = &[
    "only", "really", "surely", "simply", "truly", "early", "lately", "rarely", "likely", "mostly",
    "partly", "hardly", "nearly", "fully", "daily", "oddly", "sadly", "newly", "openly",
];
static SET_W_NP_CORE_LEFT: crate::lexicon::WordSet<{ LY_ADVERBS.len() }> = crate::lexicon::WordSet::new(LY_ADVERBS);

/// Noun phrase ending right before token `end` (exclusive), scanning back no further than `lo`.
fn np_core_left(text: &str, ws: &[W], lo: usize, end: usize) -> Option<(usize, usize)> {
    let mut k = end;
    let mut n = 0;
    while k > lo {
        let w = &ws[k - 1];
        if !w.word {
            if w.lw == "." && k >= lo + 2 && is_abbrev_word(&ws[k - 2], text) {
                k -= 2;
                n += 1;
                continue;
            }
            break;
        }
        if SET_DETERMINERS.contains(w.l()) {
            if n > 0 {
                k -= 1;
                // "the two lawmakers"
                if matches!(w.l(), "two" | "three") && k > lo && ws[k - 1].is("the") {
                    k -= 1;
                }
            } else if matches!(w.l(), "two" | "three") && k >= lo + 2 && ws[k - 2].is("the") {
                // "the two said"
                k -= 2;
                n = 2;
            } else if matches!(w.l(), "two" | "three") && k >= lo + 3 && ws[k - 2].is("of") {
                // "the mother of three replied"
                k -= 1;
                n += 1;
                continue;
            }
            break;
        }
        // "a Department for Education spokesperson": "for" inside a capitalised name
        if w.lw == "for" && n > 0 && k >= lo + 2 && k < end && ws[k].cap && ws[k - 2].cap && ws[k - 2].word {
            k -= 1;
            n += 1;
            continue;
        }
        // "co-founder and chief executive": two roles of one person
        if w.lw == "and" && n > 0 && k >= lo + 2 && k < end && !ws[k - 2].cap && crate::names::is_role_word(ws[k - 2].l()) && crate::names::is_role_word(ws[end - 1].l()) {
            k -= 1;
            n += 1;
            continue;
        }
        // "the Securities and Exchange Commission": "and" inside a body's capitalised name
        if w.lw == "and" && n > 0 && k >= lo + 2 && k < end && ws[k].cap && ws[k - 2].cap && ws[k - 2].word && crate::names::is_org_word_ci(&ws[end - 1].lw) {
            k -= 1;
            n += 1;
            continue;
        }
        // "One tweet said", "the report says": a cue word right after a determiner is a noun
        let noun_after_det = n == 0
            && k >= lo + 2
            && SET_DETERMINERS.contains(ws[k - 2].l())
            && quote_cue_lemma(&w.lw).is_some();
        // a bare cue lemma that is also a noun ("secretary of state", "the report") may
        // belong to the phrase
        let verb = quote_cue_lemma(&w.lw).is_some_and(|l| !(w.lw == l && SET_NOUNY.contains(l)));
        if !w.cap
            && !noun_after_det
            && (SET_NP_STOP.contains(w.l()) || w.lw.ends_with("ly") && !crate::lexicon::ly_noun(&w.lw) || verb || is_verb_contraction(w.l()))
        {
            break;
        }
        if w.cap && n > 0 && quote_cue_lemma(&w.lw).is_some() && k - 1 == lo {
            // a capitalised cue at the sentence start ("Added to that …") is not a name
            break;
        }
        // (a participle after "of" describes the noun: "Mother of kidnapped nurse", "the wife of
        // a jailed reporter")
        if !w.cap && n > 0 && w.lw.ends_with("ed") && !(k >= lo + 2 && ws[k - 2].is("of")) {
            break;
        }
        k -= 1;
        n += 1;
        if n >= 8 {
            break;
        }
    }
    // a capitalised function word at the sentence start ("Then Berg said") is not part of it
    // ("Kelly said": a name with an adverb's ending, alone, is)
    // ("Carly Fiorina": a short "-ly" word before a capitalised one is a first name)
    let first_name = |k: usize| {
        ws[k].lw.len() <= 6
            && ws.get(k + 1).is_some_and(|n| n.cap)
            && !SET_W_NP_CORE_LEFT.contains(ws[k].l())
    };
    while k < end
        && ws[k].cap
        && !ws[k].span.slice(text).chars().all(|c| c.is_uppercase())
        && (SET_NP_STOP.contains(ws[k].l()) || (ws[k].lw.ends_with("ly") && k + 1 < end && !first_name(k)))
    {
        k += 1;
    }
    if k < end && n > 0 {
        Some((k, end))
    } else {
        None
    }
}

/// A verb contracted with a negation or a non-personal word ("can't", "what's"): never part
/// of a speaker noun phrase ("he's said" keeps its subject).
fn is_verb_contraction(l: &str) -> bool {
    let Some(pos) = l.find(['\'', '\u{2019}']) else { return false };
    let head = &l[..pos];
    let tail = l[pos..].trim_start_matches(['\'', '\u{2019}']);
    (tail == "t" && head.ends_with('n'))
        || (tail == "s"
            && matches!(head, "what" | "that" | "there" | "here" | "where" | "how" | "let"))
        || (tail == "m" && head == "i")
        || (tail == "re" && matches!(head, "you" | "we" | "they"))
}

/// Prepositions whose object is no subject ("in the past", "after the vote").
const PP_PREPOSITIONS: &[&str] = &[
    "in", "at", "of", "for", "from", "with", "by", "on", "to", "about", "under", "over", "into",
    "against", "between", "during", "after", "before", "like", "than",
];
static SET_W_SUBJECT_LEFT: crate::lexicon::WordSet<{ PP_PREPOSITIONS.len() }> = crate::lexicon::WordSet::new(PP_PREPOSITIONS);

/// The subject of the cue starting at token `cue`: pronoun, name with titles, description;
/// skipping adverbs and auxiliaries, parentheticals ("(D-Mo.)"), appositions
/// ("Jane Smith, a fellow at the institute, said") and relative pronouns.
fn subject_left(text: &str, ws: &[W], lo: usize, cue: usize) -> Option<(usize, usize)> {
    let mut j = cue;
    while j > lo && ws[j - 1].word && !ws[j - 1].cap && {
        let l = ws[j - 1].l();
        SET_SKIP_BEFORE_CUE.contains(l) || crate::lexicon::ly_adverb(l)
    } {
        j -= 1;
    }
    // "Valsecchi paused for a long moment, then said": after ", then", the subject of the
    // clause before the comma (a name and its past verb), not the words right before it
    if j > lo + 2 && j < cue && ws[j].is("then") && ws[j - 1].lw == "," {
        let mut s = j - 1;
        while s > lo && ws[s - 1].lw != "," {
            s -= 1;
        }
        let verb = (s + 1..j - 1).find(|&m| ws[m].word && !ws[m].cap);
        if let Some(v) = verb.filter(|&v| {
            let l = ws[v].l();
            (l.ends_with("ed") || crate::lexicon::cue_lemma(l).is_some()) && (s..v).all(|m| ws[m].word && ws[m].cap) && v - s <= 4
        }) {
            return Some((s, v));
        }
    }
    // "Jo Li went on to say"
    if j >= lo + 3 && ws[j - 1].is("to") && ws[j - 2].is("on") && matches!(ws[j - 3].l(), "went" | "goes" | "go" | "has" | "had") {
        j -= 3;
        while j > lo && ws[j - 1].word && !ws[j - 1].cap && SET_SKIP_BEFORE_CUE.contains(ws[j - 1].l()) {
            j -= 1;
        }
    }
    // "said on Tuesday" is after; "on Tuesday said" is rare. Skip a weekday right before the cue.
    if j > lo && SET_WEEKDAYS.contains(ws[j - 1].l()) {
        j -= 1;
        if j > lo && ws[j - 1].is("on") {
            j -= 1;
        }
    }
    // "the ministry, which last week called for": a time phrase of "last" or "this" before the
    // cue (also "earlier this week")
    if j >= lo + 2 && matches!(ws[j - 2].l(), "last" | "this") && matches!(ws[j - 1].l(), "week" | "month" | "year" | "night" | "weekend" | "spring" | "summer" | "autumn" | "winter" | "fall") {
        j -= 2;
        if j > lo && matches!(ws[j - 1].l(), "earlier" | "later") {
            j -= 1;
        }
    }
    // "The judge at one stage asked", "She in turn told": a short adverbial phrase
    if j >= lo + 2 {
        j -= crate::lexicon::adverbial_before_cue(if j >= lo + 3 { ws[j - 3].l() } else { "" }, ws[j - 2].l(), ws[j - 1].l());
    }
    if j == lo {
        return None;
    }
    let last = &ws[j - 1];
    // ("Another said", "others added": a determiner standing for its noun)
    if last.word && (SET_PRONOUNS.contains(last.l()) || matches!(last.l(), "another" | "others")) {
        return Some((j - 1, j));
    }
    if is_dash(&last.lw) && j >= lo + 2 {
        // "The leader – on a visit to Rome – said"
        let mut k = j - 1;
        let stop = k.saturating_sub(16).max(lo);
        while k > stop && !is_dash(&ws[k - 1].lw) {
            k -= 1;
        }
        if k > stop && is_dash(&ws[k - 1].lw) {
            j = k - 1;
        } else {
            return None;
        }
        if j <= lo {
            // the dash aside opens the window: no subject before it
            return None;
        }
    }
    let last = &ws[j - 1];
    if last.lw == ")" {
        let mut k = j - 1;
        let stop = k.saturating_sub(10).max(lo);
        while k > stop && ws[k].lw != "(" {
            k -= 1;
        }
        if ws[k].lw == "(" {
            j = k;
        }
    }
    if j > lo && matches!(ws[j - 1].l(), "who" | "which" | "that") {
        // "Jo Li, who has long called it …": the antecedent with its relative pronoun
        let rel = j - 1;
        j -= 1;
        if j > lo && ws[j - 1].lw == "," {
            j -= 1;
        }
        // ("Ana Brandt, 27, who had said …": past an age in apposition)
        if j > lo + 2 && ws[j - 2].lw == "," && crate::names::is_age_digits(&ws[j - 1].lw) {
            j -= 2;
        }
        // ("Sen. Jo Li (D-Ohio), who told …": past the bracket after the name)
        if j > lo + 1 && ws[j - 1].lw == ")" {
            if let Some(p) = (j.saturating_sub(10).max(lo)..j - 1).rev().find(|&p| ws[p].lw == "(") {
                j = p;
            }
        }
        let np = np_core_left(text, ws, lo, j)?;
        // ("Ana Dorr, chief economist at Vell Capital, who predicted …": the name before the
        // apposition, not the apposition or a name inside it)
        let mut c = np.0;
        while c > lo && ws[c - 1].word && np.0 - c < 6 {
            c -= 1;
        }
        if c > lo + 1 && ws[c - 1].lw == "," && (c..np.1).any(|m| !ws[m].cap) {
            if let Some(name) = np_core_left(text, ws, lo, c - 1).filter(|r| ws[r.0..r.1].iter().all(|w| w.cap)) {
                return Some((name.0, rel + 1));
            }
        }
        return Some((np.0, rel + 1));
    }
    // "Gov. Jo Li (R-Ohio), said": the bracket and the comma belong to the name
    if j >= lo + 3 && ws[j - 1].lw == "," && ws[j - 2].lw == ")" {
        if let Some(p) = (j.saturating_sub(10).max(lo)..j - 2).rev().find(|&p| ws[p].lw == "(") {
            if let Some(np) = np_core_left(text, ws, lo, p).filter(|r| ws[r.0..r.1].iter().any(|w| w.cap)) {
                if np.0 == lo || !ws[np.0 - 1].word || matches!(ws[np.0 - 1].l(), "and" | "but") {
                    // ("Li's niece, Sen. Jo Li (D-Va.), said": the description opening the
                    // sentence is the subject, as without the bracket)
                    return Some(description_before(text, ws, lo, np).unwrap_or(np));
                }
            }
        }
    }
    // "The lawmakers, however, argue": a sentence adverb set off by commas
    if j >= lo + 4
        && ws[j - 1].lw == ","
        && ws[j - 3].lw == ","
        && ws[j - 2].word
        && (is_sentence_adverb(ws[j - 2].l()) || matches!(ws[j - 2].l(), "though" | "too" | "also" | "then"))
    {
        j -= 3;
    }
    if j > lo && ws[j - 1].lw == "," {
        // apposition: NAME, DESCRIPTION, cue
        // ("Jo Li, a fellow at the institute, in Paris, said": skip segments that sit in a
        // prepositional phrase)
        let inner_end = j - 1;
        let stop = inner_end.saturating_sub(24).max(lo);
        let mut k = inner_end;
        let mut first_desc: Option<(usize, usize)> = None;
        let mut relative = None;
        // the last description met, for "Replying, the shadow chancellor, Jo Li, said"
        let mut last_desc: Option<(usize, usize)> = None;
        // the end of the segment being looked at (its closing comma)
        let mut seg_end = inner_end;
        for _ in 0..3 {
            while k > stop {
                let t = &ws[k - 1];
                if t.lw == "," {
                    break;
                }
                // (a figure inside: ", which owns 18.5% of the company,"; a label in quotation
                // marks: ", the leader of the so-called \"frugal four\",")
                if !t.word && !matches!(t.l(), "." | "(" | ")" | "-" | "\u{2019}" | "'" | "&" | "%" | "$" | "\u{a3}" | "\u{20ac}" | "\"" | "\u{201c}" | "\u{201d}" | "\u{2018}") {
                    return None;
                }
                k -= 1;
            }
            if !(k > stop && ws[k - 1].lw == ",") {
                break;
            }
            // ("…since March 2021, but the governor, Elin Marav, warned": a new clause opens
            // with the conjunction; nothing before it is the subject)
            // (a subject after it, not an aside: "…, and obtained by AP, concluded")
            if matches!(ws[k].l(), "but" | "and" | "yet") && k + 1 < seg_end && ws[k + 1..seg_end].iter().all(|w| w.word) && (ws[k + 1].cap || matches!(ws[k + 1].l(), "the" | "a" | "an" | "his" | "her" | "their" | "its")) {
                return Some((k + 1, seg_end));
            }
            // "One MP from the north, who did not want to be named, said": a relative clause
            // is no description; failing a name, the subject is the phrase before it
            // (and a participle's aside: "…, speaking on condition that the fund stay
            // anonymous, told")
            if ws[k].is("who") || ws[k].is("which") || ws[k].word && !ws[k].cap && ws[k].lw.len() > 5 && ws[k].lw.ends_with("ing") && ws.get(k + 1).is_some_and(|n| n.word && is_preposition(n.l())) {
                relative = relative.or(Some(k));
            } else if first_desc.is_none() {
                first_desc = np_core_left(text, ws, k, inner_end);
            }
            // "Rep. Jo Li (R-Ohio), a member, said": the bracket belongs to the name
            let mut name_end = k - 1;
            if name_end > lo + 1 && ws[name_end - 1].lw == ")" {
                let mut p = name_end - 1;
                while p > lo && p + 8 > name_end && ws[p].lw != "(" {
                    p -= 1;
                }
                if ws[p].lw == "(" {
                    name_end = p;
                }
            }
            if let Some(np) = np_core_left(text, ws, lo, name_end) {
                let in_pp = np.0 > lo
                    && SET_W_SUBJECT_LEFT.contains(ws[np.0 - 1].l());
                // "Jo Li, the Republican attorney general of Ohio, a lawyer, said": a
                // description after a comma ("the" and a lowercase noun) is a second apposition
                let desc = np.0 > lo
                    && ws[np.0 - 1].lw == ","
                    && matches!(ws[np.0].lw.as_ref(), "the" | "a" | "an")
                    && ws[np.0 + 1..np.1].iter().any(|w| w.word && !w.cap);
                // (a participle or adverb opening the sentence is no subject: "Replying, the
                // shadow chancellor, Jo Li, said")
                let fronted = np.0 == lo && np.1 == np.0 + 1 && (ws[np.0].lw.ends_with("ing") || ws[np.0].lw.ends_with("ly"));
                if fronted {
                    if let Some(d) = last_desc {
                        return Some(d);
                    }
                }
                if !desc && ws[np.0..np.1].iter().any(|w| w.cap) && !in_pp && !fronted {
                    // "Voss's mother, Loretta Voss, 61, said": a description opening the sentence
                    // before the name is the subject, the name its apposition
                    return Some(description_before(text, ws, lo, np).unwrap_or(np));
                }
                last_desc = Some(np);
            }
            k -= 1;
            seg_end = k;
        }
        // ("Another, the student Maisie Oduya, 19, said": an age is no subject; the named
        // description before it is)
        let age = |r: &(usize, usize)| r.1 == r.0 + 1 && crate::names::is_age_digits(&ws[r.0].lw);
        if first_desc.as_ref().is_some_and(age) {
            if let Some(d) = last_desc {
                return Some(d);
            }
        }
        return first_desc.or_else(|| relative.and_then(|k| subject_left(text, ws, lo, k - 1)));
    }
    let mut np = np_core_left(text, ws, lo, j)?;
    // "a charge Li called …", "the plan Ms Li described as …": a noun and the name of a
    // reduced relative clause; the name is the subject (a role word keeps the whole phrase:
    // "the senator Jo Li said")
    if let Some(first_cap) = (np.0..np.1).find(|&k| ws[k].cap) {
        if first_cap > np.0 + 1
            && matches!(ws[np.0].l(), "a" | "an" | "the" | "this" | "that")
            && ws[np.0 + 1..first_cap].iter().all(|w| w.word && !crate::names::is_role(w.l()))
            && ws[first_cap..np.1].iter().all(|w| w.cap || !w.word)
        {
            np.0 = first_cap;
        }
    }
    // ", a figure critics called …", ", a plan campaigners have called …": a noun and a plural
    // of people as the subject of a reduced relative clause; the people speak
    if np.1 - np.0 == 3
        && np.0 > lo
        && ws[np.0 - 1].lw == ","
        && matches!(ws[np.0].l(), "a" | "an" | "the")
        && ws[np.0 + 1..np.1].iter().all(|w| w.word && !w.cap)
        && crate::reported::lex::plural_noun(ws[np.1 - 1].l())
        && crate::names::is_people_head(ws[np.1 - 1].l())
    {
        np.0 = np.1 - 1;
    }
    // "a person familiar with the matter said", "sources with knowledge of the talks said"
    if let Some(head_end) = source_postmodifier_left(ws, lo, np.0) {
        if let Some(outer) = np_core_left(text, ws, lo, head_end) {
            return Some((outer.0, np.1));
        }
    }
    // "One of the shareholders told": the part of the group speaks
    // (of people: not "one of her ads")
    let people = |l: &str| crate::names::is_people_head(l) || crate::names::is_role_or_plural(l) || l.len() > 5 && l.ends_with("ers");
    if np.0 >= lo + 2 && ws[np.0 - 1].is("of") && matches!(ws[np.0 - 2].l(), "one" | "two" | "three" | "some" | "several" | "many" | "most" | "each" | "another" | "none") && people(ws[np.1 - 1].l()) {
        return Some((np.0 - 2, np.1));
    }
    // "a spokesperson for the union said": the role with its body speaks, not the body
    // ("traders in Leeds said", "officials from the ministry said": a group of people)
    // ("the commentators on the broadcast said": on a body or a programme, an agent noun)
    if np.0 >= lo + 2 && matches!(ws[np.0 - 1].l(), "for" | "of" | "at" | "in" | "from" | "on") {
        if let Some(outer) = np_core_left(text, ws, lo, np.0 - 1) {
            let head = &ws[outer.1 - 1];
            if ws[np.0 - 1].is("on") && !(crate::names::is_agent_plural(head.l()) && crate::names::opens_group_after_on(ws[np.0].l())) {
                return Some(np);
            }
            // (capitalised only as the first word of its sentence: "Analysts at Berenberg said")
            let first = outer.0 + 1 == outer.1 && (outer.0 == 0 || !ws[outer.0 - 1].word);
            // (or a role written as an acronym: "a Tory MP from a rural seat")
            if (!head.cap || first || crate::lexicon::is_acronym(head.span.slice(text))) && crate::names::is_people_head(head.l()) {
                return Some((outer.0, np.1));
            }
        }
    }
    Some(np)
}

/// "Voss's mother, Loretta Voss, …": the description opening the window before a name in
/// apposition (a possessor or a determiner and a lowercase head), which is the subject.
fn description_before(text: &str, ws: &[W], lo: usize, name: (usize, usize)) -> Option<(usize, usize)> {
    if !(name.0 > lo + 1 && ws[name.0 - 1].lw == ",") {
        return None;
    }
    np_core_left(text, ws, lo, name.0 - 1).filter(|d| {
        let possessor = possessive(&ws[d.0]);
        d.0 == lo && d.1 == name.0 - 1 && d.1 - d.0 >= 2 && (possessor || SET_DETERMINERS.contains(ws[d.0].l())) && !ws[d.1 - 1].cap
    })
}

/// Prepositions that open an adjunct before a verb ("who has in the past described").
const ADJUNCT_PREPOSITIONS: &[&str] = &[
    "in", "at", "on", "of", "for", "from", "with", "by", "about", "under", "over", "into",
    "against", "between", "during", "through", "across", "throughout", "amid", "among",
];
static SET_W_IS_PREPOSITION: crate::lexicon::WordSet<{ ADJUNCT_PREPOSITIONS.len() }> = crate::lexicon::WordSet::new(ADJUNCT_PREPOSITIONS);

/// Prepositions that open an adjunct before a verb ("who has in the past described").
fn is_preposition(l: &str) -> bool {
    SET_W_IS_PREPOSITION.contains(l)
}

/// [`subject_left`] of a finite cue, checked: a noun phrase that follows a preposition is an
/// adjunct ("who has in the past described" → the subject is further left, when one is
/// found there), and one that follows a lowercase past-tense verb is that verb's object
/// ("deflected numerous questions": no subject of "questions").
fn subject_of_cue(text: &str, ws: &[W], lo: usize, cue: usize) -> Option<(usize, usize)> {
    let np = subject_left(text, ws, lo, cue)?;
    // "the auditor had raised questions about …": a past verb before a cue that is a noun
    // here is no subject; that verb's subject is
    let v = np.1 - 1;
    if np.1 == cue && v > lo && !ws[v].cap && ws[v].lw.ends_with("ed") && ws[v].lw.len() > 4 && ws[cue].lw.ends_with('s') && quote_cue_lemma(&ws[v].lw).is_none() {
        return subject_of_cue(text, ws, lo, v);
    }
    if np.0 <= lo {
        return Some(np);
    }
    if let Some(ante) = relative_antecedent(text, ws, lo, np.0) {
        return Some(ante);
    }
    // "Oncologist who took £350,000 tells court": an amount ending a relative clause is its
    // object; the relative pronoun's antecedent is the subject
    if ws[np.0].lw.starts_with(|c: char| c.is_ascii_digit()) {
        let mut s = np.0;
        while s > lo && !ws[s - 1].word && matches!(ws[s - 1].l(), "\u{a3}" | "$" | "\u{20ac}" | "\u{a5}") {
            s -= 1;
        }
        if let Some(ante) = (s > lo).then(|| relative_antecedent(text, ws, lo, s)).flatten() {
            return Some(ante);
        }
    }
    let before = &ws[np.0 - 1];
    if !before.word || before.cap {
        return Some(np);
    }
    if is_preposition(before.l()) && np.1 - np.0 <= 4 && !SET_PRONOUNS.contains(ws[np.0].l()) {
        // "Protesters marching through the streets chanted": the phrase before the participle
        let p = np.0 - 1;
        if p > lo + 1 && ws[p - 1].word && !ws[p - 1].cap && ws[p - 1].lw.ends_with("ing") && quote_cue_lemma(&ws[p - 1].lw).is_none() {
            if let Some(head) = np_core_left(text, ws, lo, p - 1) {
                if head.0 == lo || !ws[head.0 - 1].word || matches!(ws[head.0 - 1].l(), "and" | "but" | "," | "that") {
                    return Some(head);
                }
            }
        }
        // skip the adjunct once when it sits between an auxiliary or relative pronoun and the
        // verb: "X, who has in the past described …"
        let p = np.0 - 1;
        let between = p > lo
            && ws[p - 1].word
            && (SET_SKIP_BEFORE_CUE.contains(ws[p - 1].l()) || matches!(ws[p - 1].l(), "who" | "which"));
        if let Some(outer) = subject_left(text, ws, lo, p).filter(|_| between) {
            if ws[outer.0..outer.1].iter().any(|w| w.cap) || SET_PRONOUNS.contains(ws[outer.0].l()) {
                return Some(outer);
            }
        }
        return Some(np);
    }
    // "Jo Li deflected numerous questions": the verb has its own subject right before it
    let verb_subject = np.0 >= lo + 2 && {
        let s = &ws[np.0 - 2];
        s.word && (s.cap || SET_PRONOUNS.contains(s.l()))
    };
    if before.lw.ends_with("ed")
        && verb_subject
        && quote_cue_lemma(&before.lw).is_none()
        && !ws[np.0..np.1].iter().any(|w| w.cap)
        && ws[np.1..cue].iter().all(|w| w.word && SET_SKIP_BEFORE_CUE.contains(w.l()))
    {
        return None;
    }
    Some(np)
}

/// The antecedent of a relative clause that ends at the cue, when the phrase found before the
/// cue lies inside it: "a commander who spoke to the paper on condition of anonymity said"
/// (the clause holds no punctuation, quote mark or coordinator; `end` is where the phrase
/// found before the cue starts).
fn relative_antecedent(text: &str, ws: &[W], lo: usize, end: usize) -> Option<(usize, usize)> {
    let stop = end.saturating_sub(16).max(lo);
    if SET_PRONOUNS.contains(ws[end].l()) {
        return None;
    }
    let rel = (stop..end)
        .rev()
        .take_while(|&m| ws[m].word && !matches!(ws[m].l(), "and" | "but" | "or" | "that" | "which" | "when" | "while" | "after" | "before" | "because" | "as" | "if" | "since" | "where" | "although" | "though" | "until" | "whether" | "so"))
        .find(|&m| ws[m].is("who"))?;
    if rel == lo || !ws[rel - 1].word {
        return None;
    }
    np_core_left(text, ws, lo, rel).filter(|np| np.1 == rel)
}

/// Noun phrase starting at token `start` ("said Mr. Smith", "according to his parents").
/// A bare participle of manner at `k`, after a comma and right before the quotation that
/// starts at `n`: "said, laughing: “…”", "added, smiling, “…”".
fn manner_participle(ws: &[W], k: usize, n: usize) -> bool {
    k > 0 && k < n && n - k <= 2 && ws[k - 1].lw == "," && ws[k].lw.ends_with("ing") && (k + 1..n).all(|m| !ws[m].word)
}

fn np_right(text: &str, ws: &[W], start: usize, hi: usize) -> Option<(usize, usize)> {
    let first = ws.get(start).filter(|_| start < hi)?;
    if !first.word {
        return None;
    }
    if SET_PRONOUNS.contains(first.l()) || matches!(first.l(), "him" | "her" | "them") {
        if first.is("her") {
            // "her" may be a determiner: "her spokesman"
            if let Some(n) = ws.get(start + 1).filter(|n| n.word && !n.cap && start + 1 < hi) {
                if !SET_NP_STOP.contains(n.l()) {
                    return np_right_from(text, ws, start, start + 1, hi);
                }
            }
        }
        return Some((start, start + 1));
    }
    // `"…," read one.` / `tweeted another.`: a determiner standing alone
    if matches!(first.l(), "one" | "another" | "both" | "others") && ws.get(start + 1).is_none_or(|n| !n.word) {
        return Some((start, start + 1));
    }
    // "said of the plan": a prepositional phrase, no speaker (nor "Over Police Shooting" in
    // a Title Case headline; "From said" names Al From)
    if is_preposition(first.l()) && (!first.cap || ws.get(start + 1).is_some_and(|n| n.word && n.cap)) {
        return None;
    }
    let mut k = start;
    if SET_DETERMINERS.contains(first.l()) {
        k += 1;
    }
    np_right_from(text, ws, start, k, hi)
}

fn np_right_from(
    text: &str,
    ws: &[W],
    start: usize,
    mut k: usize,
    hi: usize,
) -> Option<(usize, usize)> {
    // a numeral is no speaker: ", adding 3,000 jobs would …" names none (the tokens keep
    // thousands separators)
    if ws.get(k).is_some_and(|w| w.lw.as_bytes().first().is_some_and(u8::is_ascii_digit) && w.lw.contains(',')) {
        return None;
    }
    let mut end = k;
    let mut n = 0;
    let mut det = k > start;
    let mut has_cap = false;
    while k < hi && n < 9 {
        let w = &ws[k];
        // "9/11 widow Rhea Lamm", "24/7 carers": two numbers joined by a slash modify the noun
        let digits = |x: &W| x.word && x.lw.bytes().all(|b| b.is_ascii_digit());
        if digits(w) && k + 3 < hi && ws[k + 1].lw == "/" && digits(&ws[k + 2]) && ws[k + 3].word {
            k += 3;
            n += 1;
            continue;
        }
        // "Varna's foreign ministry spokeswoman": a possessive name before a role is the
        // phrase's determiner
        if k > start
            && ws[k - 1].cap
            && possessive(&ws[k - 1])
            && ws[k..hi.min(k + 4)].iter().take_while(|x| x.word && !x.cap).any(|x| crate::names::is_role(x.l()))
        {
            det = true;
        }
        // after a bare name a lowercase word is its verb: "Tomas Ek made …"
        if w.word && !w.cap && has_cap && !det && w.lw != "of" {
            // "Former Obama spokesman Robert Gibbs" goes on to a name; "Tomas Ek made" does not
            // ("US secretary of state Jo Li": a role, over "of" and its noun too)
            let of_role = crate::names::is_role(w.l()) && ws.get(k + 1).is_some_and(|x| x.is("of"));
            let name_follows = (k + 1..hi.min(k + if of_role { 5 } else { 3 }))
                .take_while(|&m| ws[m].word && (!SET_NP_STOP.contains(ws[m].l()) || of_role && (ws[m].is("of") || ws[m - 1].is("of"))))
                .any(|m| ws[m].cap);
            // ("says Cagliari mayor": a role after its place, ending the credit)
            let role_ends = crate::names::is_role(w.l()) && (k + 1 >= hi || !ws[k + 1].word);
            if (!name_follows || SET_NP_STOP.contains(w.l()) && !ws[k - 1].is("of")) && !role_ends {
                break;
            }
        }
        has_cap |= w.cap;
        if !w.word {
            if w.lw == "." && k > start && is_abbrev_word(&ws[k - 1], text) && k + 1 < hi && ws[k + 1].cap {
                k += 1;
                continue;
            }
            break;
        }
        let l = w.l();
        if l == "of" && n > 0 && ws.get(k + 1).is_some_and(|x| x.cap || x.is("the")) && k + 1 < hi {
            k += 1;
            continue;
        }
        // "the Office for National Statistics": "for" inside a capitalised name
        if l == "for" && n > 0 && ws[k - 1].cap && k + 1 < hi && ws[k + 1].cap {
            k += 1;
            continue;
        }
        // ("the two write": a number after the determiner is the head)
        let number_head = det && n == 0 && matches!(l, "two" | "three") && ws.get(k + 1).is_none_or(|x| !x.word || quote_cue_lemma(&x.lw).is_some());
        if SET_WEEKDAYS.contains(l) || (!w.cap && !number_head && (SET_NP_STOP.contains(l) || SET_DETERMINERS.contains(l))) {
            break;
        }
        // "an internal memo seen by the Dispatch": a document with who saw or wrote it
        if n > 0 && matches!(l, "seen" | "obtained" | "reviewed" | "leaked" | "published" | "released" | "drafted" | "written") && ws.get(k + 1).is_some_and(|x| x.is("by")) {
            if let Some(r) = np_right(text, ws, k + 2, hi) {
                return Some((start, r.1));
            }
        }
        // (not a noun with an adverb's ending: "by his family", "the assembly")
        if !w.cap && (l.ends_with("ly") && !crate::lexicon::ly_noun(l) || (l.ends_with("ed") || crate::reported::irregular_past(l)) && n > 0) {
            break;
        }
        // ("secretary of state": a cue's word after "of" is a noun; so is one before a role
        // and the name it heads: "conservative talk radio host Ray Lomb")
        if !w.cap && n > 0 && (quote_cue_lemma(l).is_some() || crate::lexicon::cue_lemma(l).is_some()) && !ws[k - 1].is("of") && !role_and_name_after(ws, k + 1, hi) {
            break;
        }
        k += 1;
        n += 1;
        end = k;
    }
    if end > start && n > 0 {
        // "a source familiar with the talks", "people with knowledge of the plan"
        let from = if end + 1 < hi && is_source_adjective_and_preposition(&ws[end - 1], &ws[end]) {
            Some(end + 1)
        } else if end + 3 < hi && ws[end].is("with") && ws[end + 1].is("knowledge") && ws[end + 2].is("of") {
            Some(end + 3)
        } else {
            None
        };
        if let Some(r) = from.and_then(|f| np_right(text, ws, f, hi)) {
            return Some((start, r.1));
        }
    }
    (end > start && n > 0).then_some((start, end))
}

/// Within three lowercase words from `k`, a role that a capitalised name follows ("radio
/// host Ray Lomb").
fn role_and_name_after(ws: &[W], k: usize, hi: usize) -> bool {
    (k..hi.min(k + 3))
        .take_while(|&m| ws[m].word && !ws[m].cap)
        .any(|m| crate::names::is_role(ws[m].l()) && m + 1 < hi && ws[m + 1].word && ws[m + 1].cap)
}

/// An adjective and its preposition that open a source's description ("familiar with").
fn is_source_adjective_and_preposition(adj: &W, prep: &W) -> bool {
    crate::lexicon::is_source_adjective(adj.l()) && crate::lexicon::is_source_postmodifier(adj.l(), prep.l())
}

/// Where the head of a speaker phrase ends when the phrase at `np_start` is the object of
/// its post-modifier: "a person familiar with | the matter", "sources with knowledge of | the talks".
fn source_postmodifier_left(ws: &[W], lo: usize, np_start: usize) -> Option<usize> {
    if np_start >= lo + 3 && is_source_adjective_and_preposition(&ws[np_start - 2], &ws[np_start - 1]) {
        return Some(np_start - 2);
    }
    (np_start >= lo + 4 && ws[np_start - 1].is("of") && ws[np_start - 2].is("knowledge") && ws[np_start - 3].is("with")).then(|| np_start - 3)
}

/// Speech verbs whose content may open with "it" ("said it added …", "argued it showed …").
const SAY_LIKE_BEFORE_IT: &[&str] = &["say", "argue", "claim", "insist", "suggest", "note", "warn", "add", "believe", "think"];
static SET_SAY_LIKE_BEFORE_IT: crate::lexicon::WordSet<{ SAY_LIKE_BEFORE_IT.len() }> = crate::lexicon::WordSet::new(SAY_LIKE_BEFORE_IT);

/// Irregular past forms of common verbs (the first of two coordinated verbs: "paid tribute …
/// and said"), as the reported-speech pass knows them.
static SET_W_IRREGULAR_PAST: crate::lexicon::WordSet<{ crate::reported::lex::IRREGULAR_PAST.len() }> =
    crate::lexicon::WordSet::new(crate::reported::lex::IRREGULAR_PAST);

/// The subject of a cue coordinated with an earlier verb of the same form: "The minister
/// visits the town, promises …", "… visited the town on Monday and promised …". The earlier
/// verb agrees with the cue (both end in "-s", or both are past) and follows a subject that
/// opens the clause before the "and", "but", "or" or comma that precedes the cue.
fn coordinated_subject(text: &str, ws: &[W], lo: usize, c0: usize) -> Option<(usize, usize)> {
    let cue = ws[c0].l();
    let irregular_past = |l: &str| matches!(l, "said" | "told" | "wrote" | "spoke") || SET_W_IRREGULAR_PAST.contains(l);
    let past = cue.ends_with("ed") || irregular_past(cue);
    let present = !past && cue.len() > 3 && cue.ends_with('s') && !cue.ends_with("ss");
    // ("…, states have …": a plural noun, the subject of the verb after it)
    let aux = ws.get(c0 + 1).is_some_and(|w| {
        matches!(w.l(), "have" | "had" | "are" | "were" | "will" | "would" | "can" | "could" | "should" | "may" | "might" | "must" | "do" | "did")
    });
    if !(past || present) || aux {
        return None;
    }
    let stop = c0 - 1;
    let comma = ws[stop].lw == ",";
    // the clause before the coordinator: from the sentence start, or (before "and") from a
    // comma, colon or dash; a comma alone coordinates only from the sentence start ("Jo Li,
    // the party's fired manager, ripped …" is an apposition)
    let clause = (stop.saturating_sub(20).max(lo)..=stop)
        .rev()
        .skip(1)
        .find(|&k| k == lo || matches!(ws[k - 1].l(), "," | ";" | ":") || is_dash(&ws[k - 1].lw) || is_quote_mark(&ws[k - 1].lw))?;
    if comma && clause != lo {
        return None;
    }
    // a fronted adjunct with no comma: "In his first answer the prime minister paid tribute to
    // … and said" (the subject starts at the determiner after the object of the preposition
    // that opens the sentence)
    let fronted = |r: (usize, usize)| {
        if clause != lo || !ws[lo].word || !SET_W_SUBJECT_LEFT.contains(ws[lo].l()) {
            return None;
        }
        let d = (r.0.max(lo + 2)..r.1).find(|&d| matches!(ws[d].l(), "the" | "a" | "an"))?;
        (ws[lo..d].iter().all(|w| w.word) && !SET_W_SUBJECT_LEFT.contains(ws[d - 1].l())).then_some((d, r.1))
    };
    (clause..stop)
        .filter(|&k| {
            let l = ws[k].l();
            !ws[k].cap
                && (l.len() > 3 || irregular_past(l))
                && if past { l.ends_with("ed") || irregular_past(l) } else { l.ends_with('s') && !l.ends_with("ss") && !l.ends_with("us") }
        })
        .find_map(|k| {
            let r = subject_left(text, ws, lo, k)?;
            let (r, fronted) = if r.0 == clause { (r, false) } else { (fronted(r)?, true) };
            (r.1 == k
                && !ws[r.0].l().ends_with("ing")
                // (or a headline's bare role: "…; chief executive apologises but insists '…'")
                && (fronted || ws[r.0..r.1].iter().any(|w| w.cap) || SET_PRONOUNS.contains(ws[r.0].l()) || crate::names::is_role(ws[r.1 - 1].l())))
            .then_some(r)
        })
}

/// The subject at the start of a sentence whose tokens start at `lo`: skips an opening
/// adverbial ("In a statement, …", "Speaking to reporters, …").
fn sentence_subject(text: &str, ws: &[W], lo: usize, hi: usize) -> Option<(usize, usize)> {
    let mut lo = lo;
    // a dateline: "CITY, Dec. 8 (Agency) — …"
    // … or "CITY, State. — …"
    if let Some(d) = (lo..hi.min(lo + 12)).find(|&k| is_dash(&ws[k].lw)) {
        let city = ws[lo].span.slice(text);
        let caps = city.len() >= 3 && city.chars().all(|c| c.is_uppercase()) && ws.get(lo + 1).is_some_and(|w| w.lw == ",");
        // … or a run-in heading in capitals: "CONGRESS HAS INVESTIGATED HIM — Oz's …"
        let heading = ws[lo..d].iter().all(|w| {
            let s = w.span.slice(text);
            w.word && s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_lowercase)
        });
        if d > lo && ((ws[d - 1].lw == ")" && ws[lo].cap) || caps || heading) {
            lo = d + 1;
        }
    }
    // "However, …", "Perhaps Mr. Li's …"
    if ws.get(lo).is_some_and(|w| w.word && is_sentence_adverb(w.l())) && lo + 1 < hi {
        lo += 1;
        if ws[lo].lw == "," {
            lo += 1;
        }
    }
    let mut s = lo;
    // (two opening adverbials: "On Monday, after a long silence, Li said")
    for pass in 0..2 {
        let lo = s;
        let Some(f) = ws.get(lo) else { break };
        let l = f.l();
        let suffix = l.ends_with("ing") || l.ends_with("ly");
        // "Kelly said", "Manning told": a name with an adverb's or participle's ending, before
        // its verb
        let name_before_verb = suffix
            && f.cap
            && ws.get(lo + 1).is_some_and(|n| {
                n.word
                    && !n.cap
                    && (crate::lexicon::cue_lemma(&n.lw).is_some()
                        || quote_cue_lemma(&n.lw).is_some()
                        || SET_SKIP_BEFORE_CUE.contains(n.l()))
            });
        // ("Asked about the plan, Li said …")
        let participle = f.cap
            && l.len() >= 5
            && l.ends_with("ed")
            && (crate::lexicon::cue_lemma(l).is_some() || ws.get(lo + 1).is_some_and(|n| is_preposition(n.l())))
            && ws.get(lo + 1).is_some_and(|n| n.word && !n.cap);
        // ("Outside court, Li thanked …": a place's preposition before a lowercase word)
        let place = crate::lexicon::is_place_preposition(l)
            && ws.get(lo + 1).is_some_and(|n| n.word && !n.cap);
        let adverbial = SET_NP_STOP.contains(l) || (suffix && !name_before_verb) || participle || place;
        if !adverbial || SET_PRONOUNS.contains(l) {
            break;
        }
        {
            let mut k = lo;
            while k < hi && k < lo + 20 && ws[k].lw != "," {
                k += 1;
            }
            if k < hi && ws[k].lw == "," {
                s = k + 1;
                // "On July 6, 2015, Li said": the year after a date's comma
                if ws.get(s).is_some_and(|w| w.lw.bytes().all(|b| b.is_ascii_digit())) && ws.get(s + 1).is_some_and(|w| w.lw == ",") {
                    s += 2;
                }
                // "… in Salem, New Hampshire, Trump said": a place's state after its city
                if k > lo && ws[k - 1].cap {
                    if let Some(np) = np_right(text, ws, s, hi) {
                        let more = ws.get(np.1).is_some_and(|w| w.lw == ",")
                            && ws[np.0..np.1].iter().all(|w| w.cap || w.lw == ".")
                            && np.1 - np.0 <= 2
                            && ws.get(np.1 + 1).is_some_and(|w| w.word && (w.cap || SET_PRONOUNS.contains(w.l())));
                        if more {
                            s = np.1 + 1;
                        }
                    }
                }
            } else if pass == 0 {
                return None;
            } else {
                break;
            }
        }
    }
    np_right(text, ws, s, hi)
}

/// "A did X, while Senator Li was the only one to vote against, saying …": the subject of the
/// clause (opened by "while", "although" …) that a participle at `c0` hangs from.
fn subordinate_subject(text: &str, ws: &[W], lo: usize, c0: usize) -> Option<Span> {
    let w = (lo.max(c0.saturating_sub(24))..c0).rev().find(|&k| k > lo && ws[k - 1].lw == "," && matches!(ws[k].l(), "while" | "whereas" | "although" | "though" | "because"))?;
    let np = np_right(text, ws, w + 1, c0)?;
    let mut v = np.1;
    // (past the party and state in brackets)
    if ws.get(v).is_some_and(|x| x.lw == "(") {
        v = (v + 1..c0.min(v + 8)).find(|&k| ws[k].lw == ")")? + 1;
    }
    let finite = ws.get(v).is_some_and(|x| x.word && !x.cap && (matches!(x.l(), "was" | "is" | "were" | "are" | "had" | "has" | "have") || x.lw.ends_with("ed")));
    (finite && v + 1 < c0 && (ws[np.0..np.1].iter().any(|x| x.cap) || SET_PRONOUNS.contains(ws[np.0].l()))).then(|| span_of(ws, np))
}

/// Sentence adverbs that open a sentence before its subject ("However, …").
const SENTENCE_ADVERBS: &[&str] = &[
    "however", "indeed", "maybe", "meanwhile", "instead", "moreover", "furthermore",
    "nevertheless", "nonetheless", "overall", "perhaps", "hours", "days", "minutes", "likewise",
    "thus", "hence", "besides", "otherwise", "still", "yet", "back", "ever", "even", "just", "long",
    "soon", "shortly", "weeks", "months", "years",
];
static SET_W_IS_SENTENCE_ADVERB: crate::lexicon::WordSet<{ SENTENCE_ADVERBS.len() }> = crate::lexicon::WordSet::new(SENTENCE_ADVERBS);

/// Sentence adverbs that open a sentence before its subject ("However, …", "Indeed, …").
fn is_sentence_adverb(l: &str) -> bool {
    SET_W_IS_SENTENCE_ADVERB.contains(l)
}

/// Auxiliaries and adverbs that may stand where a subject's verb is expected.
const VERB_SLOT_WORDS: &[&str] = &[
    "has", "had", "was", "is", "also", "then", "later", "once", "again", "now", "still", "even",
    "just", "would", "will", "could",
];
static SET_W_SUBJECT_FALLBACK: crate::lexicon::WordSet<{ VERB_SLOT_WORDS.len() }> = crate::lexicon::WordSet::new(VERB_SLOT_WORDS);

/// Number words that head a plural subject ("two", "dozens", "millions").
const PLURAL_COUNTS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "twenty", "thirty", "forty", "fifty", "hundreds",
    "thousands", "dozens", "millions",
];
static SET_W_SUBJECT_FALLBACK_2: crate::lexicon::WordSet<{ PLURAL_COUNTS.len() }> = crate::lexicon::WordSet::new(PLURAL_COUNTS);

/// Pronouns and quantifiers that are no name to fall back on as a subject.
const PRONOUN_SUBJECTS: &[&str] = &[
    "it", "this", "that", "these", "those", "there", "what", "which", "who", "you", "one", "some",
    "many", "most", "all", "both", "each", "every", "another", "other", "few", "several",
];
static SET_W_SUBJECT_FALLBACK_3: crate::lexicon::WordSet<{ PRONOUN_SUBJECTS.len() }> = crate::lexicon::WordSet::new(PRONOUN_SUBJECTS);

/// The subject opening the sentence whose tokens before a quote are `ws`, when the quote has
/// no cue: a pronoun or a noun phrase followed by its verb ("Moore thanked him for", "The ad
/// targets a"). Expletive and demonstrative subjects ("It is", "This means") are none.
fn subject_fallback(text: &str, ws: &[W]) -> Option<Span> {
    let np = sentence_subject(text, ws, 0, ws.len())?;
    let mut v = np.1;
    // "Jo Li, an analyst at the bank, agreed: …": past an apposition
    if ws.get(v).is_some_and(|w| w.lw == ",") && ws[np.0..np.1].iter().any(|w| w.cap) {
        let stop = ws.len().min(v + 20);
        let close = (v + 1..stop).find(|&k| ws[k].lw == ",")?;
        if ws[v + 1..close]
            .iter()
            .any(|w| (!w.word && !matches!(w.l(), "." | "-" | "'" | "\u{2019}")) || (!w.cap && quote_cue_lemma(&w.lw).is_some()))
        {
            // (", says Jo Li," is a parenthetical credit, not an apposition)
            return None;
        }
        v = close + 1;
    }
    let verb = ws.get(v)?;
    if !verb.word || verb.cap || SET_NP_STOP.contains(verb.l()) && !SET_W_SUBJECT_FALLBACK.contains(verb.l()) {
        return None;
    }
    if SET_DETERMINERS.contains(verb.l()) || verb.lw.ends_with("ly") && verb.lw.len() > 4 {
        return None;
    }
    let first = ws[np.0].l();
    let last = &ws[np.1 - 1];
    if is_preposition(first)
        || matches!(first, "amid" | "after" | "before" | "despite" | "since" | "until" | "like")
        || first.starts_with("it'")
        || first.starts_with("it\u{2019}")
        || first.bytes().next().is_some_and(|b| b.is_ascii_digit())
        || SET_W_SUBJECT_FALLBACK_2.contains(first)
        || (!last.cap && matches!(last.l(), "of" | "the" | "a" | "an" | "and"))
    {
        return None;
    }
    if SET_W_SUBJECT_FALLBACK_3.contains(first) {
        return None;
    }
    Some(span_of(ws, np))
}

/// A short line that signs the paragraph above it: "― Jo Li." / "- Senator Jo Li, in a
/// tweet." Returns the name and the dash.
fn dash_signature(text: &str, low: &str, line: Span) -> Option<(Span, Span)> {
    if line.end - line.start > 160 {
        return None;
    }
    let ws = words(text, low, line);
    let d = ws.first().filter(|w| is_dash(&w.lw))?;
    let np = np_right(text, &ws, 1, ws.len())?;
    let closes = ws.get(np.1).is_none_or(|w| !w.word && matches!(w.l(), "." | ","));
    (closes && ws[np.0..np.1].iter().any(|w| w.cap)).then(|| (span_of(&ws, np), d.span))
}

/// A credit found for a quote.
#[derive(Clone, Debug, Default)]
struct Credit {
    speaker: Option<Span>,
    cue: Option<Span>,
    via: Option<Span>,
    /// The cue is followed by reported words before the quote (mixed quote).
    embedded: bool,
    /// The speaker is the subject of an earlier credit (participle "…, adding").
    inherit: bool,
}

/// A speaker that is one lowercase participle or adjective ("giving", "hacked", "spontaneous").
fn modifier_speaker(sp: &str) -> bool {
    sp.bytes().all(|b| b.is_ascii_lowercase())
        && ["ing", "ed", "ous", "ive"].iter().any(|e| sp.len() > e.len() + 2 && sp.ends_with(e))
        && !crate::names::is_role_or_plural(sp)
}

fn span_of(ws: &[W], r: (usize, usize)) -> Span {
    Span::new(ws[r.0].span.start, ws[r.1 - 1].span.end)
}

/// "by Xinhua", "citing RIA", ", Tass reported" after the cue: the relaying agency.
fn via_after(text: &str, ws: &[W], from: usize, hi: usize) -> Option<Span> {
    let mut k = from;
    while k < hi && k < from + 10 {
        let w = &ws[k];
        if !w.word && matches!(w.l(), "." | ";" | "?" | "!") {
            break;
        }
        if is_quote_mark(&w.lw) {
            break;
        }
        if w.is("by") || w.is("citing") {
            if let Some(np) = np_right(text, ws, k + 1, hi) {
                if ws[np.0..np.1].iter().any(|x| x.cap) {
                    return Some(span_of(ws, np));
                }
            }
        }
        if w.is("according") && ws.get(k + 1).is_some_and(|x| x.is("to")) {
            if let Some(np) = np_right(text, ws, k + 2, hi) {
                return Some(span_of(ws, np));
            }
        }
        k += 1;
    }
    None
}


/// Irregular past forms of common verbs that report quoted words after `"…," NAME`.
const REPORTING_PAST: &[&str] = &[
    "went", "began", "spoke", "sang", "shot", "struck", "broke", "put", "read", "goes", "reads",
    "begins", "continues", "chimed", "cut", "shot back",
];
static SET_W_REPORTING_PAST: crate::lexicon::WordSet<{ REPORTING_PAST.len() }> = crate::lexicon::WordSet::new(REPORTING_PAST);

/// Past forms of common verbs that, right after `"…," NAME`, report the quoted words.
fn reporting_past(l: &str) -> bool {
    (l.len() > 4 && l.ends_with("ed") && !matches!(l, "indeed"))
        || SET_W_REPORTING_PAST.contains(l)
}

/// `"…," Kelly went on` / `"…?" she pressed` / `"…," Jo Li, a voter from Leeds, recalled`: a
/// quote ending in a comma (or in a question or exclamation mark, before a lowercase
/// pronoun) followed by a subject and its verb is that subject's, whatever the verb. For
/// quotes with no other credit.
fn verb_credit(text: &str, ws: &[W], start: usize, last: char) -> Option<Credit> {
    if !matches!(last, ',' | '?' | '!') {
        return None;
    }
    // after "?" or "!" a capitalised word may open the next sentence: a name counts only
    // before a verb that continues a dialogue (`"…?" Hannity pressed`)
    // (a lowercase word continues the sentence: `"…!" the crowd shouted`)
    let pronoun_first = ws[start..ws.len().min(start + 3)].iter().find(|w| w.word).is_some_and(|w| !w.cap);
    let dialogue = |l: &str| {
        matches!(l, "pressed" | "persisted" | "continued" | "went" | "shot" | "chimed" | "cut" | "repeated" | "interrupted" | "countered")
    };
    let hi = ws.len().min(start + WINDOW_AFTER);
    let mut i = start;
    while i < hi && !ws[i].word {
        if !matches!(ws[i].l(), "," | "!" | "?" | "'" | "\u{2019}") {
            return None;
        }
        i += 1;
    }
    let np = np_right(text, ws, i, hi)?;
    let first = &ws[np.0];
    let subject = matches!(first.l(), "he" | "she" | "they" | "we" | "i" | "it")
        || ws[np.0..np.1].iter().any(|w| w.cap && !is_not_subject_word(w.l()))
        || matches!(first.l(), "the" | "his" | "her" | "their");
    if !subject {
        return None;
    }
    let mut v = np.1;
    // an apposition: `Jo Li, a voter from Leeds, recalled`
    if ws.get(v).is_some_and(|w| w.lw == ",") {
        let stop = hi.min(v + 20);
        let mut k = v + 1;
        while k < stop && ws[k].lw != "," {
            if !ws[k].word && !matches!(ws[k].l(), "." | "-" | "'" | "\u{2019}" | "(" | ")") {
                return None;
            }
            k += 1;
        }
        if k >= stop {
            return None;
        }
        v = k + 1;
    }
    if ws.get(v).is_some_and(|w| w.word && !w.cap && w.lw.ends_with("ly") && w.lw.len() > 4) {
        v += 1;
    }
    let verb = ws.get(v).filter(|w| w.word && !w.cap && v < hi)?;
    if !reporting_past(verb.l()) || (last != ',' && !pronoun_first && !dialogue(verb.l())) {
        return None;
    }
    Some(Credit {
        speaker: Some(span_of(ws, np)),
        cue: Some(verb.span),
        ..Credit::default()
    })
}

/// `…, Berg shot back, "…"` / `Mr. Li fired back: "…"`: a name or "he"/"she" opening a clause
/// and a past verb that is no cue (cues are found by [`credit_before`]'s search), right
/// before the quote.
fn clause_before(text: &str, ws: &[W], lo: usize) -> Option<Credit> {
    let n = ws.len();
    if n < lo + 3 || !matches!(ws[n - 1].l(), "," | ":") {
        return None;
    }
    let mut v = n - 2;
    // ("fired back forcefully:")
    if ws[v].word && !ws[v].cap && ws[v].lw.ends_with("ly") && ws[v].lw.len() > 4 && v > lo + 1 {
        v -= 1;
    }
    if matches!(ws[v].l(), "back" | "out" | "up" | "in") && v > lo + 1 {
        v -= 1;
    }
    let verb = &ws[v];
    if !verb.word || verb.cap || !reporting_past(verb.l()) || cue_at(ws, v).is_some() || hypothetical(ws, v) {
        return None;
    }
    let np = subject_left(text, ws, lo, v).filter(|r| r.1 == v)?;
    let named = ws[np.0..np.1].iter().any(|w| w.cap) || matches!(ws[np.0].l(), "he" | "she");
    let opens = np.0 == lo || matches!(ws[np.0 - 1].l(), "," | "and" | "but" | "then" | ";");
    (named && opens && np.1 - np.0 <= 5).then(|| Credit {
        speaker: Some(span_of(ws, np)),
        cue: Some(Span::new(verb.span.start, ws[n - 2].span.end)),
        ..Credit::default()
    })
}

/// Conjunctions and pronouns that are never a subject's first word.
const NOT_SUBJECT_WORDS: &[&str] = &[
    "but", "and", "or", "so", "then", "yet", "if", "when", "as", "while", "because", "although",
    "there", "it", "this", "that",
];
static SET_W_IS_NOT_SUBJECT_WORD: crate::lexicon::WordSet<{ NOT_SUBJECT_WORDS.len() }> = crate::lexicon::WordSet::new(NOT_SUBJECT_WORDS);

/// Capitalised words that open a clause rather than name a subject.
fn is_not_subject_word(l: &str) -> bool {
    SET_W_IS_NOT_SUBJECT_WORD.contains(l)
}

/// Credit after the closing mark: `"…," he said`, `"…," said Mr Smith`, `"…" – thinktank`,
/// `"…," Jane Smith, a fellow at the institute, told reporters`, `"…", according to X`.
fn credit_after(
    text: &str,
    ws: &[W],
    start: usize,
    block_last: bool,
    quote_next: bool,
    content_ends_sentence: bool,
    content_ends_clause: bool,
) -> Option<Credit> {
    let hi = ws.len().min(start + WINDOW_AFTER + 16);
    let mut i = start;
    // punctuation between the closing mark and the credit
    let mut dash = None;
    let mut saw_comma = false;
    while i < hi && !ws[i].word {
        let l = ws[i].l();
        if is_dash(l) {
            dash = Some(i);
        } else if l == "," {
            saw_comma = true;
        } else if !matches!(l, "." | "!" | "?" | "\u{2026}" | "'" | "\"" | "\u{2019}" | "\u{201d}" | "\u{bb}") {
            // (a closing mark left over: the inner quote closing with the outer one, `'x,'''`)
            return None;
        }
        i += 1;
    }
    if i >= hi {
        return None;
    }
    // `"…," as Cruz said on Monday`
    if ws[i].is("as") && i + 1 < hi {
        i += 1;
    }
    // `"… win." She says …`: the quote ended its sentence and a new one begins
    if i == start && ws[i].cap && content_ends_sentence {
        // … unless that sentence is only the credit: `"… win." Trump said.`
        let e = (i..hi).find(|&k| matches!(ws[k].l(), "." | "!" | "?") && !is_abbrev_word(&ws[k - 1], text))?;
        if e - i > 8 {
            return None;
        }
        let passive = ws[i..e].iter().any(|w| matches!(w.l(), "was" | "were" | "is" | "are" | "been" | "be"));
        if passive {
            return None;
        }
        return final_segment(text, ws, i, e).map(|cr| Credit { embedded: false, ..cr });
    }
    // `"…" – thinktank` / `"…" ― Jane Smith`: a dash credit closing the block or sentence
    if let Some(d) = dash {
        // the whole phrase up to the end of the line or sentence: "– UN chief", "– Finnish
        // prime minister" (a capitalised word and a lowercase one read as a name and its verb)
        // (an initial's dot goes on: "– Jo K. Li")
        let initial = |k: usize| ws[k].lw == "." && is_abbrev_word(&ws[k - 1], text) && ws.get(k + 1).is_some_and(|n| n.cap);
        let end = (d + 1..ws.len()).find(|&k| !ws[k].word && !initial(k)).unwrap_or(ws.len());
        // ("'…' – live | World news | The Ledger", "– as it happened": a page title's label)
        if end > d + 1 && ws[d + 1..end].iter().all(|w| matches!(w.lw, "live" | "blog" | "updates" | "latest" | "as" | "it" | "happened")) {
            return None;
        }
        let phrase = end > d + 1
            && end - d <= 8
            && ws.get(end).is_none_or(|a| {
                matches!(a.l(), "." | "|" | ")" | ";")
                    // (or a headline's clause after a comma: "'…' – coastguard, as oil reaches
                    // beaches")
                    || a.l() == "," && ws.get(end + 1).is_some_and(|n| matches!(n.l(), "as" | "after" | "amid" | "while" | "despite" | "with"))
            })
            && ws[d + 1..end].iter().all(|w| w.lw == "." || !SET_NP_STOP.contains(w.l()) && quote_cue_lemma(&w.lw).is_none());
        if phrase {
            return Some(Credit { speaker: Some(span_of(ws, (d + 1, end))), cue: Some(ws[d].span), ..Credit::default() });
        }
        // "– shop owner on lorry crash": the source, then the topic after "on"
        // (the words run to the end of the block: a headline or list line, not "— a play on words
        // with the phrase '…'")
        // (or before a page title's section: "… as members vote | Education | The Ledger")
        let closes_line = end == ws.len() && block_last || ws.get(end).is_some_and(|a| a.l() == "|");
        if let Some(on) = (d + 2..end).find(|&k| ws[k].is("on")).filter(|_| closes_line && end - d <= 12) {
            if on - d <= 5 && ws[d + 1..on].iter().all(|w| w.lw == "." || !SET_NP_STOP.contains(w.l()) && quote_cue_lemma(&w.lw).is_none()) {
                return Some(Credit { speaker: Some(span_of(ws, (d + 1, on))), cue: Some(ws[d].span), ..Credit::default() });
            }
        }
        // "– minister as cyclone closes in", "– union after talks fail": the source, then the
        // headline's clause of time or cause (as after a comma above)
        if let Some(c) = (d + 2..end).find(|&k| matches!(ws[k].l(), "as" | "after" | "amid" | "while" | "despite")).filter(|_| closes_line && end - d <= 16) {
            if c - d <= 4 && ws[d + 1..c].iter().all(|w| w.lw == "." || !SET_NP_STOP.contains(w.l()) && quote_cue_lemma(&w.lw).is_none()) {
                return Some(Credit { speaker: Some(span_of(ws, (d + 1, c))), cue: Some(ws[d].span), ..Credit::default() });
            }
        }
        // "– farmer who raised alarm", "– nurse who treated victims": a description with its
        // relative clause, closing a headline line, is the whole source
        if let Some(who) = (d + 2..end).find(|&k| ws[k].is("who")).filter(|_| closes_line && end - d <= 12) {
            if who - d <= 4 && ws[d + 1..who].iter().all(|w| !SET_NP_STOP.contains(w.l()) && quote_cue_lemma(&w.lw).is_none()) {
                return Some(Credit { speaker: Some(span_of(ws, (d + 1, end))), cue: Some(ws[d].span), ..Credit::default() });
            }
        }
        if let Some(np) = np_right(text, ws, d + 1, hi) {
            let after = ws.get(np.1);
            let closes = after.is_none_or(|a| !a.word && matches!(a.l(), "." | "|" | ")"))
                || (np.1 == ws.len() && block_last);
            if closes || np.1 == ws.len() {
                return Some(Credit {
                    speaker: Some(span_of(ws, np)),
                    cue: Some(ws[d].span),
                    ..Credit::default()
                });
            }
        }
    }
    // a full stop after the quote ends the sentence: the credit must follow a comma,
    // "!" or "?" inside the quote, or nothing
    let first_punct = ws[start..i].iter().map(|w| w.l()).find(|l| *l != ",");
    if matches!(first_punct, Some(".")) && !saw_comma {
        return None;
    }
    // find the cue among the next few words
    let mut j = i;
    let mut commas = 0;
    let mut depth = 0;
    // (a long apposition may stand between the subject and its cue: `"…," Jo Li, a fellow
    // at the institute and a former envoy to Peru, said`)
    while j < hi && j < i + 30 {
        let w = &ws[j];
        if !w.word {
            let l = w.l();
            if l == "(" {
                depth += 1;
            } else if l == ")" {
                depth -= 1;
            } else if depth > 0 && l != "\"" {
            } else if l == "," {
                commas += 1;
                if commas > 3 {
                    return None;
                }
            } else if l == "."
                && j > 0
                && (is_abbrev_word(&ws[j - 1], text) || ws.get(j + 1).is_some_and(|n| n.lw == ","))
            {
            } else if !matches!(l, "(" | ")" | "-" | "\u{2019}" | "'") {
                return None;
            }
            j += 1;
            continue;
        }
        // `"…," one firefighter, who asked not to be named, told KNA`: a relative clause after
        // the subject holds no cue of the quote; its verbs are the clause's
        if j > i && matches!(w.l(), "who" | "which") && ws[j - 1].lw == "," {
            if let Some(c) = (j + 1..hi.min(j + 16)).take_while(|&k| ws[k].word || matches!(ws[k].l(), "," | "-" | "'" | "\u{2019}")).find(|&k| ws[k].lw == ",") {
                j = c;
                continue;
            }
        }
        // verbs that credit words only when inverted right after them: `"…," agreed Jo Li`,
        // `"…" read the sign`, `"…," continued the mayor`
        let inverted = || {
            (j == i && matches!(ws[j].l(), "agreed" | "agrees" | "read" | "continued" | "continues" | "opined" | "opines"))
                .then_some((j, j + 1, "inverted"))
        };
        if let Some((c0, c1, lemma)) = cue_at(ws, j).or_else(inverted) {
            // `"…," a charge Li called "absurd"`: a naming verb whose own quoted object follows
            // (the window ends where the next quote begins) credits that object, not this quote
            if quote_next && c1 == ws.len() && matches!(lemma, "call" | "label" | "describe" | "brand" | "dub" | "term") {
                return None;
            }
            // `'Signs' Russia has asked …` is a headline fragment; `"…" he said` is a credit
            if j > i
                && i == start
                && !content_ends_clause
                && lemma != "say"
                && (ws[i..j].iter().any(|w| SET_SKIP_BEFORE_CUE.contains(w.l()))
                    || ws[j].lw.ends_with("ing"))
            {
                return None;
            }
            // `"…", including asking …`, `"…", while urging …`: a participle after other words
            // is a clause of the sentence, no inverted credit (not "as saying", "was saying")
            if j > i && ws[c0].lw.ends_with("ing") && !matches!(ws[j - 1].l(), "as" | "is" | "was" | "are" | "were" | "been" | "be") {
                return None;
            }
            if lemma == "according to" && j == i {
                let np = np_right(text, ws, c1, hi)?;
                return Some(Credit {
                    speaker: Some(span_of(ws, np)),
                    cue: Some(Span::new(ws[c0].span.start, ws[c1 - 1].span.end)),
                    ..Credit::default()
                });
            }
            // `"…," Li said yes`: the verb's own object is what was said
            if ws.get(c1).is_some_and(|w| matches!(w.l(), "yes" | "no")) {
                return None;
            }
            // (three commas: only a plain speech verb after two appositions)
            if commas > 2 && !matches!(lemma, "say" | "tell" | "add" | "write") {
                return None;
            }
            let cue = Span::new(ws[c0].span.start, ws[c1 - 1].span.end);
            // `"…," saying the city …` / `"…," calling it …`: a participle right after the quote
            // opens a clause of the sentence's subject; the phrase after it is its object
            if j == i && (ws[j].lw.ends_with("ing") || SET_OBJECT_CUES.contains(lemma)) {
                return None;
            }
            // `"…," Tass quoted him as saying`: the subject relays, the object speaks
            if lemma == "quote" && j > i && ws[j].is("quoted") {
                if let Some(mut obj) = np_right(text, ws, c1, hi) {
                    let mut next = obj.1;
                    // (past the name in apposition: "quoted the interior minister, Jo Li, as saying")
                    if ws.get(obj.1).is_some_and(|w| w.is(",")) {
                        if let Some(c) = (obj.1 + 1..(obj.1 + 8).min(hi)).find(|&m| ws[m].is(",")) {
                            if ws.get(c + 1).is_some_and(|w| w.is("as")) && c > obj.1 + 1 && (obj.1 + 1..c).all(|m| ws[m].word) {
                                obj.1 = c;
                                next = c + 1;
                            }
                        }
                    }
                    let as_ = usize::from(ws.get(next).is_some_and(|w| w.is("as")));
                    if ws.get(next + as_).is_some_and(|w| w.is("saying")) {
                        let relay = np_right(text, ws, i, j).filter(|r| r.1 == j);
                        return Some(Credit {
                            speaker: Some(span_of(ws, obj)),
                            cue: Some(cue),
                            via: relay.map(|r| span_of(ws, r)),
                            ..Credit::default()
                        });
                    }
                }
            }
            let speaker = if j == i {
                // "said Mr Smith" / "says the ministry"; "said he" too ("told X": X is the
                // addressee)
                (lemma != "tell").then(|| np_right(text, ws, c1, hi).map(|r| span_of(ws, r))).flatten()
            } else {
                // the words between the quote and the cue must be the subject itself
                subject_left(text, ws, i, j)
                    .filter(|r| r.0 == i)
                    .or_else(|| {
                        // "a narrator in the ad says", "Mr. Morgan of the club said"
                        let plain = j - i <= 10
                            && ws[i..j].iter().enumerate().all(|(x, w)| {
                                (w.word && !matches!(w.l(), "that" | "and" | "but" | "who" | "which"))
                                    || (w.lw == "." && x > 0 && is_abbrev_word(&ws[i + x - 1], text))
                            });
                        // the NP may be followed by a prepositional phrase, nothing else
                        let np = if plain { np_right(text, ws, i, j) } else { None };
                        np.filter(|r| {
                            r.1 == j
                                || (matches!(ws[r.1].l(), "in" | "of" | "at" | "for" | "from" | "with" | "on")
                                    && ws[r.1..j].iter().all(|w| {
                                        !w.lw.ends_with("ed") && !w.lw.ends_with("ing") && !matches!(w.l(), "about" | "up" | "is" | "was" | "has" | "have")
                                    }))
                        })
                    })
                    .or_else(|| {
                        // `"…" Jo Li and Ana Berg wrote`: two coordinated phrases
                        // (or two roles of one person: "the senator and presidential candidate")
                        let a = np_right(text, ws, i, j).filter(|r| ws[r.1].is("and"))?;
                        let b = np_right(text, ws, a.1 + 1, j)
                            .filter(|r| r.1 == j)
                            .or_else(|| np_core_left(text, ws, a.1 + 1, j).filter(|r| r.0 == a.1 + 1))?;
                        (ws[b.0..b.1].iter().any(|w| w.cap) || crate::names::is_role(ws[j - 1].l())).then_some((a.0, b.1))
                    })
                    .or_else(|| {
                        // `"…" his wife, Ana Lazar, wrote`: a phrase and its apposition
                        // (the phrase with a place or body after it: "a shopkeeper in Santa
                        // Inés, Marisol Quispe, told")
                        let np = np_right(text, ws, i, j).map(|r| {
                            if matches!(ws[r.1].l(), "in" | "of" | "at" | "from" | "for") {
                                let pp_end = (r.1 + 1..j.min(r.1 + 6)).find(|&k| ws[k].lw == ",");
                                if let Some(e) = pp_end.filter(|&e| e > r.1 + 1 && ws[r.1 + 1..e].iter().all(|w| w.word && !w.lw.ends_with("ed") && !w.lw.ends_with("ing") && quote_cue_lemma(&w.lw).is_none())) {
                                    return (r.0, e);
                                }
                            }
                            r
                        }).filter(|r| ws[r.1].lw == ",")?;
                        let close = (np.1 + 1..j).find(|&k| ws[k].lw == ",")?;
                        let appos = ws[np.1 + 1..close]
                            .iter()
                            .all(|w| w.word || matches!(w.l(), "." | "-" | "'" | "\u{2019}" | "(" | ")"));
                        let adverbs = ws[close + 1..j]
                            .iter()
                            .all(|w| w.word && (SET_SKIP_BEFORE_CUE.contains(w.l()) || w.lw.ends_with("ly")));
                        (appos && adverbs && close > np.1 + 1).then_some(np)
                    })
                    .map(|r| span_of(ws, r))
            };
            speaker?;
            // "X was quoted as saying by Y"
            let via = via_after(text, ws, c1, hi);
            return Some(Credit {
                speaker,
                cue: Some(cue),
                via,
                ..Credit::default()
            });
        }
        j += 1;
    }
    None
}

/// True when the words between two quotes of a sentence open a new clause (", echoing …",
/// "while …", "; …"), so the second does not share the first one's credit.
fn clause_break(ws: &[W]) -> bool {
    ws.iter().enumerate().any(|(k, w)| {
        // ("but would not '…'": a verb of the same subject after "but" opens no clause)
        let same_subject = || ws.get(k + 1).is_some_and(|v| matches!(v.l(), "would" | "will" | "could" | "can" | "should" | "must" | "might" | "did" | "does" | "was" | "is" | "were" | "are" | "had" | "has" | "have" | "not" | "also" | "still" | "then"));
        matches!(w.l(), ";" | "while" | "despite" | "although" | "whereas")
            || w.l() == "but" && !same_subject()
            || (w.word && w.lw.ends_with("ing") && k > 0 && ws[k - 1].lw == ",")
    })
}

/// Credit at the end of the quote's sentence: `… notes the "special bond" of the two, an aide
/// said.` / `…, said the minister.`
fn credit_final(text: &str, ws: &[W]) -> Option<Credit> {
    let hi = ws.len().min(WINDOW_AFTER * 2);
    let mut e = 0;
    while e < hi {
        let l = ws[e].l();
        if matches!(l, "?" | "!" | ";" | ":") || (l == "." && !(e > 0 && is_abbrev_word(&ws[e - 1], text))) {
            break;
        }
        e += 1;
    }
    if e == hi && hi < ws.len() {
        return None;
    }
    // every comma-delimited segment after the quote: ", an aide said." / ", she said, …"
    let mut k = 1;
    // the noun phrase that fills the first segment: the subject of a later "told"
    // (`"…," the assailant, Jo Li, told the radio`)
    let mut first_np: Option<(usize, usize)> = None;
    if ws.first().is_some_and(|w| w.word) {
        // the comma was inside the marks: `"…," the assailant, Jo Li, told`
        let seg_end = (0..e).find(|&x| ws[x].lw == ",").unwrap_or(e);
        first_np = np_right(text, ws, 0, seg_end).filter(|r| r.1 == seg_end && seg_end < e);
    }
    while k < e {
        if ws[k - 1].lw != "," {
            k += 1;
            continue;
        }
        let seg_end = (k..e).find(|&x| ws[x].lw == ",").unwrap_or(e);
        if k == 1 && first_np.is_none() {
            first_np = np_right(text, ws, k, seg_end).filter(|r| r.1 == seg_end);
        } else if let (Some(np), Some((c0, c1, "tell"))) = (first_np, cue_at(ws, k)) {
            if c0 == k && !hypothetical(ws, c0) {
                return Some(Credit {
                    speaker: Some(span_of(ws, np)),
                    cue: Some(Span::new(ws[c0].span.start, ws[c1 - 1].span.end)),
                    ..Credit::default()
                });
            }
        }
        if let Some(cr) = final_segment(text, ws, k, seg_end) {
            return Some(cr);
        }
        k = seg_end + 1;
    }
    None
}

/// Words of the adjuncts after a cue ("said on Monday", "told reporters in Rome").
const CUE_ADJUNCTS: &[&str] = &[
    "on", "in", "at", "to", "a", "an", "the", "statement", "interview", "told", "reporters",
    "journalists", "yesterday", "today", "tonight", "last", "this", "week", "month", "night",
    "morning", "evening", "afternoon", "earlier", "later", "recently", "also", "conference",
    "news", "press", "briefing", "email", "post", "speech", "television", "radio", "by", "phone",
    "telephone", "separately", "then",
];
static SET_W_FINAL_SEGMENT: crate::lexicon::WordSet<{ CUE_ADJUNCTS.len() }> = crate::lexicon::WordSet::new(CUE_ADJUNCTS);

/// `NP cue [adjuncts]` or `cue NP [adjuncts]` filling the tokens `k..e` exactly.
fn final_segment(text: &str, ws: &[W], k: usize, e: usize) -> Option<Credit> {
    if e <= k || e - k > 14 {
        return None;
    }
    let c = (k..e).find(|&j| cue_at(ws, j).is_some())?;
    let (c0, c1, lemma) = cue_at(ws, c)?;
    if lemma == "according to" || hypothetical(ws, c0) || e - c1 > 8 {
        return None;
    }
    // after the cue only adjuncts: "said on Monday", "told reporters in Rome", "wrote on X"
    let adjunct = |w: &W| {
        !w.word
            || w.cap
            || SET_W_FINAL_SEGMENT.contains(w.l())
    };
    let told = lemma == "tell" && (c1..e).all(|x| !ws[x].is("that") && cue_at(ws, x).is_none());
    if c0 != k && !told && !ws[c1..e].iter().all(adjunct) {
        return None;
    }
    let speaker = if c0 == k {
        // (after "told" comes the addressee)
        if lemma == "tell" {
            return None;
        }
        np_right(text, ws, c1, e)
    } else {
        subject_left(text, ws, k, c0).filter(|r| r.0 == k)
    }?;
    Some(Credit {
        speaker: Some(span_of(ws, speaker)),
        cue: Some(Span::new(ws[c0].span.start, ws[c1 - 1].span.end)),
        embedded: true,
        ..Credit::default()
    })
}

/// A word of a clock stamp: digits, "p.m.", a time zone ("5:42 p.m. CDT").
fn is_clock_word(w: &str) -> bool {
    w.as_bytes().first().is_some_and(u8::is_ascii_digit)
        || matches!(w, ":" | "." | "p" | "a" | "m" | "pm" | "am" | "p.m" | "a.m" | "ago" | "h" | "hr" | "hrs" | "min" | "mins")
        || crate::lexicon::is_time_zone(w)
}

/// One-word labels before a headline colon that credit no one ("Analysis:", "Live:").
const HEADLINE_LABELS: &[&str] = &[
    "analysis", "live", "update", "updates", "watch", "explainer", "opinion", "breaking", "latest",
    "comment", "review", "exclusive", "video", "photos", "timeline", "recap", "editorial",
    "letters", "poll", "listen", "related", "more", "also", "half-time", "full-time", "goal",
];
static SET_W_CREDIT_BEFORE: crate::lexicon::WordSet<{ HEADLINE_LABELS.len() }> = crate::lexicon::WordSet::new(HEADLINE_LABELS);

/// Credit before the opening mark, in the same sentence: `Smith said: "…"`, `He told
/// reporters "…"`, `she called it a "…"`, `NATO: "…"`, `according to X, the plan is "…"`.
fn credit_before(
    text: &str,
    ws: &[W],
    lo: usize,
    is_heading: bool,
    truncated: bool,
) -> Option<Credit> {
    // the window starts after an earlier quote of the sentence: its start is no subject
    let sentence_subject = |text: &str, ws: &[W], lo: usize, hi: usize| {
        if truncated {
            None
        } else {
            sentence_subject(text, ws, lo, hi)
        }
    };
    let n = ws.len();
    if n <= lo {
        return None;
    }
    if label_before(&ws[lo..]) {
        return None;
    }
    let colon = ws[n - 1].lw == ":";
    // "The video shows an officer shouting '…'", "heard a man shouting '…'": the one seen or
    // heard speaking, the object of a verb of perception before the participle right before
    // the quote
    let c0 = n - 1 - usize::from(n >= lo + 2 && matches!(ws[n - 1].l(), "," | ":"));
    if c0 > lo + 1 && ws[c0].lw.ends_with("ing") && ws[c0 - 1].word && cue_at(ws, c0).is_some() {
        if let Some(np) = np_core_left(text, ws, lo, c0).filter(|np| np.1 == c0 && np.0 > lo) {
            let v = ws[np.0 - 1].l();
            if matches!(v, "shows" | "showed" | "show" | "heard" | "hear" | "hears" | "filmed" | "films" | "saw" | "see" | "sees" | "watched" | "captured" | "captures" | "caught" | "recorded" | "records" | "depicts" | "depicted") {
                return Some(Credit { speaker: Some(span_of(ws, np)), cue: Some(ws[c0].span), ..Credit::default() });
            }
        }
    }
    // `After Li criticized him, Berg shot back, "…"`: a clause of its own, a subject and a
    // past verb right before the quote, credits it rather than a cue further back
    if let Some(cr) = clause_before(text, ws, lo) {
        return Some(cr);
    }
    // `… - Jo Li: "…"`: a name after a dash before the colon, whatever cue comes before
    if colon && n >= lo + 3 {
        if let Some(np) = np_core_left(text, ws, lo, n - 1) {
            // (or after a semicolon, a name or a role: "FTSE falls; Wall Street slides;
            // analyst: '…'")
            let after_semicolon = || {
                ws[np.0 - 1].lw == ";"
                    && np.1 - np.0 <= 4
                    && (ws[np.0..np.1].iter().all(|w| w.cap || w.lw == ".") || crate::names::is_role(ws[np.1 - 1].l()) || crate::names::is_people_head(ws[np.1 - 1].l()))
            };
            if np.0 > lo && (is_dash(&ws[np.0 - 1].lw) && ws[np.0..np.1].iter().all(|w| w.cap || w.lw == ".") || after_semicolon()) {
                return Some(Credit {
                    speaker: Some(span_of(ws, np)),
                    cue: Some(ws[n - 1].span),
                    ..Credit::default()
                });
            }
        }
    }
    let stop = n.saturating_sub(WINDOW_BEFORE).max(lo);
    let mut j = n;
    while j > stop {
        j -= 1;
        let w = &ws[j];
        if !w.word {
            continue;
        }
        // "Reuters reported, citing a source on the panel, that … '…'": the cited source speaks,
        // the reporter relays
        if w.is("citing") && j >= lo + 3 && ws[j - 1].lw == "," {
            let comma = (j + 2..n.min(j + 12)).find(|&k| ws[k].lw == ",").filter(|&k| (j + 1..k).all(|m| ws[m].word));
            let cue = (j.saturating_sub(5).max(lo)..j - 1).rev().find_map(|m| cue_at(ws, m).filter(|c| c.1 == j - 1 || (c.1..j - 1).all(|x| ws[x].word)));
            if let (Some(comma), Some((d0, d1, _))) = (comma, cue) {
                if let Some(via) = subject_of_cue(text, ws, lo, d0) {
                    return Some(Credit {
                        speaker: Some(span_of(ws, (j + 1, comma))),
                        cue: Some(Span::new(ws[d0].span.start, ws[d1 - 1].span.end)),
                        via: Some(span_of(ws, via)),
                        embedded: true,
                        ..Credit::default()
                    });
                }
            }
        }
        // ", echoing …" opens a participle clause of its own: cues before it do not reach
        // (but not a bare participle of manner right before the quotation: "said, laughing:
        // “…”", "added, smiling, “…”")
        if w.lw.ends_with("ing") && j > lo && ws[j - 1].lw == "," && cue_at(ws, j).is_none() && !manner_participle(ws, j, n) {
            break;
        }
        // "Trump's claim that …", "the senator's remark about …": the possessor speaks
        // (`Li's comments "were racist"`, `called Li's remarks "racist"`: the quote judges the
        // remarks, it does not give them)
        let introduces = ws.get(j + 1).is_some_and(|x| matches!(x.l(), "that" | ":" | "," | "of"));
        if SET_NOMINAL_CUES.contains(w.l()) && j > lo && introduces {
            let owner = &ws[j - 1];
            if owner.word && owner.cap && possessive(owner) {
                let np = np_core_left(text, ws, lo, j).map_or(owner.span, |r| span_of(ws, r));
                return Some(Credit {
                    speaker: Some(np),
                    cue: Some(w.span),
                    embedded: true,
                    ..Credit::default()
                });
            }
        }
        // "in her view, …" / "in Kyiv's view"
        // (and "in one trader's words, '…'")
        let words_of = w.is("words") && ws.get(j + 1).is_some_and(|x| x.lw == ",");
        // (the owner with its determiner: "in one trader's words")
        let det = words_of && j >= lo + 3 && matches!(ws[j - 2].l(), "one" | "a" | "an" | "the") && ws[j - 3].is("in");
        if (w.is("view") || words_of) && j >= lo + 2 && (ws[j - 2].is("in") || det) {
            let owner = &ws[j - 1];
            if owner.word && (possessive(owner) || matches!(owner.l(), "her" | "his" | "their" | "its")) {
                let np = det.then(|| Span::new(ws[j - 2].span.start, owner.span.end));
                return Some(Credit {
                    speaker: Some(np.unwrap_or(owner.span)),
                    cue: Some(Span::new(ws[j - 2 - usize::from(det)].span.start, w.span.end)),
                    embedded: true,
                    ..Credit::default()
                });
            }
        }
        let Some((c0, c1, lemma)) = cue_at(ws, j) else { continue };
        if hypothetical(ws, c0) {
            continue;
        }
        // passive: "was dismissed by X as …"; agentless passives are no credit ("were told to
        // prepare for '…'": the addressees do not speak)
        if (ws[c0].lw.ends_with("ed") || matches!(ws[c0].l(), "told" | "written")) && c0 > lo && lemma != "quote" {
            let mut p = c0;
            while p > lo && ws[p - 1].word && ws[p - 1].lw.ends_with("ly") {
                p -= 1;
            }
            if p > lo && matches!(ws[p - 1].l(), "was" | "were" | "been" | "be" | "is" | "are" | "being") {
                let by = (c1..n.min(c1 + 8)).find(|&k| ws[k].is("by"));
                let Some(np) = by.and_then(|k| np_right(text, ws, k + 1, n)) else { continue };
                return Some(Credit {
                    speaker: Some(span_of(ws, np)),
                    cue: Some(Span::new(ws[c0].span.start, ws[c1 - 1].span.end)),
                    embedded: true,
                    ..Credit::default()
                });
            }
        }
        let cue = Span::new(ws[c0].span.start, ws[c1 - 1].span.end);
        // (words before a colon are an adjunct or addressee: "said outside court:", "told the jury:")
        // (nor a participle of manner: "said, smiling, “…”")
        let embedded = !(c1 == n || colon || (c1..n).all(|k| !ws[k].word || ws[k].is("that") || k > c1 && manner_participle(ws, k, n)));
        if lemma == "according to" {
            let np = np_right(text, ws, c1, n)?;
            return Some(Credit {
                speaker: Some(span_of(ws, np)),
                cue: Some(cue),
                embedded: true,
                ..Credit::default()
            });
        }
        // "Y quoted X as saying", "X was quoted as saying by Y"
        if ws[c0].lw.ends_with("ing") && c0 >= lo + 1 && ws[c0 - 1].is("as") {
            // (past an apposition and a relative clause about the one quoted: "quoted the coach,
            // Ana Ruiz, who has worked with her since 2022, as saying"; not past a sentence end)
            let mut q = c0 - 1;
            let qlo = q.saturating_sub(30).max(lo);
            while q > qlo && !(ws[q - 1].is("quoted") || ws[q - 1].is("quoting")) && !matches!(ws[q - 1].l(), "." | ";" | "!" | "?") {
                q -= 1;
            }
            if q > qlo {
                let qi = q - 1;
                let cue = Span::new(ws[qi].span.start, ws[c0].span.end);
                // "X was quoted by Y as saying": the agent between "quoted" and "as" relays
                let by = qi + 1 < c0 - 1 && ws[qi + 1].is("by");
                if qi + 1 == c0 - 1 || by {
                    // "X was quoted as saying"
                    let mut s = qi;
                    while s > lo && matches!(ws[s - 1].l(), "was" | "is" | "has" | "been" | "were") {
                        s -= 1;
                    }
                    let speaker = subject_left(text, ws, lo, s).map(|r| span_of(ws, r));
                    let via = if by {
                        np_right(text, ws, qi + 2, c0 - 1).filter(|r| r.1 == c0 - 1).map(|r| span_of(ws, r))
                    } else {
                        via_after(text, ws, c1, n)
                    };
                    return Some(Credit { speaker, cue: Some(cue), via, embedded, ..Credit::default() });
                }
                // (the whole phrase up to a comma: "quoted the head of operations at the airport,
                // Einar Lund, as saying")
                let comma = (qi + 1..c0 - 1).find(|&m| ws[m].lw == ",").filter(|&e| e > qi + 1 && ws[qi + 1..e].iter().all(|w| w.word || w.lw == "'s" || w.lw == "\u{2019}s"));
                let speaker = comma.map(|e| span_of(ws, (qi + 1, e))).or_else(|| np_right(text, ws, qi + 1, c0 - 1).map(|r| span_of(ws, r)));
                let via = subject_left(text, ws, lo, qi).map(|r| span_of(ws, r));
                return Some(Credit { speaker, cue: Some(cue), via, embedded, ..Credit::default() });
            }
        }
        // participles after a comma: "…, adding: …", "…, saying it would …"
        // an "-ing" cue without "is/was" before it is a participle ("at one point calling",
        // "by urging", "…, saying")
        let progressive = {
            let mut p = c0;
            while p > lo && ws[p - 1].word && ws[p - 1].lw.ends_with("ly") {
                p -= 1;
            }
            p > lo && matches!(ws[p - 1].l(), "is" | "are" | "was" | "were" | "been" | "be" | "am" | "'s" | "\u{2019}s")
        };
        // "with Jo Li reiterating …", "AFP quoted a spokesperson saying …": the NP before the
        // participle is its subject
        if ws[c0].lw.ends_with("ing") && c0 > lo && !progressive {
            // "Tass quoted him saying …": an object pronoun speaks, the agency relays
            if c0 >= lo + 2
                && matches!(ws[c0 - 1].l(), "him" | "her" | "them")
                && matches!(ws[c0 - 2].l(), "quoted" | "quoting")
            {
                return Some(Credit {
                    speaker: Some(ws[c0 - 1].span),
                    cue: Some(cue),
                    via: subject_left(text, ws, lo, c0 - 2).map(|r| span_of(ws, r)),
                    embedded,
                    ..Credit::default()
                });
            }
            if let Some(np) = subject_left(text, ws, lo, c0) {
                // … and "– Ryan saying he was …, and Trump calling it …": a name opening an
                // absolute clause right before the participle
                let absolute = np.1 == c0
                    && np.0 > lo
                    && ws[np.0..np.1].iter().any(|w| w.cap && !SET_WEEKDAYS.contains(w.l()))
                    && (is_dash(&ws[np.0 - 1].lw) || matches!(ws[np.0 - 1].l(), "and" | "," | ";"));
                // (not past a comma: "out of line with rival companies, saying …" is the
                // sentence subject's)
                if absolute || (np.0 > lo && matches!(ws[np.0 - 1].l(), "with" | "quoted" | "quoting") && !(ws[np.0 - 1].is("with") && np.1 < c0 && ws[np.1].lw == ",")) {
                    let via = (ws[np.0 - 1].lw != "with")
                        .then(|| subject_left(text, ws, lo, np.0 - 1).map(|r| span_of(ws, r)))
                        .flatten();
                    return Some(Credit {
                        speaker: Some(span_of(ws, np)),
                        cue: Some(cue),
                        via,
                        embedded,
                        ..Credit::default()
                    });
                }
            }
        }
        if ws[c0].lw.ends_with("ing") && c0 > lo && !progressive && cue_at(ws, c0).is_some_and(|x| x.2 != "according to") {
            // the subject of the nearest finite cue before it ("Nefzi said, adding, …"), else
            // the sentence subject
            let mut speaker = None;
            let mut k = c0;
            while speaker.is_none() && k > lo.max(c0.saturating_sub(16)) {
                k -= 1;
                if let Some((d0, _, l)) = cue_at(ws, k) {
                    // (not the verb of a relative clause: "not paying an architect who said he
                    // was stiffed …, saying" is the sentence subject's)
                    let relative = d0 > lo && matches!(ws[d0 - 1].l(), "who" | "which");
                    if l != "according to" && !ws[d0].lw.ends_with("ing") && !relative {
                        speaker = subject_of_cue(text, ws, lo, d0).map(|r| span_of(ws, r));
                    }
                }
            }
            // … else the subject of a clause it hangs from ("…, while Li was the only one
            // against, saying …"), of a past verb shortly before it ("the council issued a
            // statement calling …"), else the sentence subject
            let speaker = speaker
                .or_else(|| subordinate_subject(text, ws, lo, c0))
                .or_else(|| {
                    (c0.saturating_sub(8).max(lo + 1)..c0)
                        .rev()
                        .filter(|&k| ws[k].word && !ws[k].cap && reporting_past(ws[k].l()) && !hypothetical(ws, k))
                        .find_map(|k| {
                            subject_left(text, ws, lo, k).filter(|r| {
                                r.1 == k && (ws[r.0..r.1].iter().any(|w| w.cap) || matches!(ws[r.0].l(), "he" | "she" | "they"))
                            })
                        })
                        .map(|r| span_of(ws, r))
                })
                .or_else(|| sentence_subject(text, ws, lo, c0).map(|r| span_of(ws, r)));
            return Some(Credit {
                speaker,
                cue: Some(cue),
                embedded,
                inherit: speaker.is_none(),
                ..Credit::default()
            });
        }
        // "Minister visits flood town, promises '…'": a verb coordinated by a comma
        let subject = (c0 > lo && ws[c0 - 1].lw == ",")
            .then(|| coordinated_subject(text, ws, lo, c0))
            .flatten()
            .or_else(|| subject_of_cue(text, ws, lo, c0));
        // `a group called the "X"`, `items labeled "X"`: a reduced passive naming a thing
        if matches!(lemma, "call" | "label" | "brand")
            && ws[c0].lw.ends_with("ed")
            && ws[c1..n].iter().all(|w| matches!(w.l(), "the" | "a" | "an"))
            && subject.is_some_and(|np| {
                np.1 == c0
                    && !ws[np.0..np.1].iter().any(|w| w.cap)
                    && !SET_PRONOUNS.contains(ws[np.0].l())
                    && !(np.0 > lo && ws[np.0 - 1].is("what"))
            })
        {
            continue;
        }
        // `welcomed the study and said it added "…"`: "it" (a thing) inside what someone
        // said; the words are the reporter's, through the cue before
        if subject.is_some_and(|np| np.1 == np.0 + 1 && ws[np.0].is("it") && np.0 > lo && ws[np.0 - 1].word && !ws[np.0 - 1].lw.ends_with("ing") && quote_cue_lemma(&ws[np.0 - 1].lw).is_some_and(|l| SET_SAY_LIKE_BEFORE_IT.contains(l))) {
            continue;
        }
        let speaker = subject.map(|r| span_of(ws, r));
        let speaker = speaker.or_else(|| {
            // ("telling reporters …": a participle or "tell" names the addressee after it)
            if (c0 == lo || (ws[c0].cap && c0 > lo && !ws[c0 - 1].word))
                && !SET_OBJECT_CUES.contains(lemma)
                && lemma != "tell"
                && !ws[c0].lw.ends_with("ing")
            {
                // "Said Ellis: …" ("Calls men names like 'X'": a verb of a list item whose
                // object follows)
                return np_right(text, ws, c1, n).map(|r| span_of(ws, r));
            }
            // "In other words, explained Jo Li: …" ("told Fox News:" names the addressee)
            if colon && lemma != "tell" {
                if let Some(r) = np_right(text, ws, c1, n - 1).filter(|r| r.1 == n - 1 && ws[r.0..r.1].iter().any(|w| w.cap)) {
                    return Some(span_of(ws, r));
                }
            }
            // "Li took to Twitter to accuse …": the subject of "took"
            if c0 > lo + 2 && ws[c0 - 1].is("to") {
                if let Some(t) = (c0.saturating_sub(6).max(lo + 1)..c0 - 1).rev().find(|&k| matches!(ws[k].l(), "took" | "takes" | "went" | "goes")) {
                    if let Some(r) = subject_left(text, ws, lo, t) {
                        return Some(span_of(ws, r));
                    }
                }
            }
            if c0 > lo && matches!(ws[c0 - 1].l(), "and" | "but" | "or") {
                // "… and calls people 'losers'": the subject of the first verb; "when X
                // called, I laughed and said": that of a past verb shortly before "and"
                // (first a verb of the same form after a subject that opens the clause:
                // "Minister tours flooded clinic and pledges …" is not the subject of
                // "flooded")
                return coordinated_subject(text, ws, lo, c0)
                    .or_else(|| {
                        (c0.saturating_sub(6).max(lo + 1)..c0 - 1)
                            .rev()
                            .take_while(|&k| ws[k].word)
                            .filter(|&k| !ws[k].cap && (ws[k].lw.ends_with("ed") || reporting_past(ws[k].l())))
                            .find_map(|k| subject_left(text, ws, lo, k).filter(|r| r.1 == k))
                    })
                    .or_else(|| sentence_subject(text, ws, lo, c0))
                    .map(|r| span_of(ws, r));
            }
            if !(ws[c0].lw.ends_with("ing") && c0 > lo) {
                return None;
            }
            // "…, despite admitting that …", `"…," the mayor said, arguing that …`: a
            // participle credits the subject of the clause before it
            let mut k = c0;
            while k > lo.max(c0.saturating_sub(16)) {
                k -= 1;
                if let Some((d0, _, l)) = cue_at(ws, k) {
                    if l != "according to" && !ws[d0].lw.ends_with("ing") {
                        if let Some(r) = subject_of_cue(text, ws, lo, d0) {
                            return Some(span_of(ws, r));
                        }
                    }
                }
            }
            sentence_subject(text, ws, lo, c0).map(|r| span_of(ws, r))
        });
        if speaker.is_none() {
            let dependent = ws[c0].lw.ends_with("ing")
                || (c0 > lo && matches!(ws[c0 - 1].l(), "and" | "but" | "or"));
            if c0 == lo || (truncated && dependent) {
                // "Speaking to reporters, …" with the subject elsewhere
                return Some(Credit { speaker: None, cue: Some(cue), embedded, inherit: true, ..Credit::default() });
            }
            continue;
        }
        // "Clinton says voters want what she calls 'real solutions'": the pronoun of a "what
        // she calls" clause is the sentence subject
        if let Some(sp) = speaker {
            let p = (lo..c0).rev().find(|&x| ws[x].span == sp);
            if let Some(p) = p.filter(|&p| p > lo && ws[p - 1].is("what") && matches!(ws[p].l(), "he" | "she")) {
                // (not a possessive: "Lusenia's opposition won …, leaving its leader facing what
                // he called '…'")
                if let Some(subj) = sentence_subject(text, ws, lo, p - 1).filter(|s| !possessive(&ws[s.1 - 1])) {
                    if !SET_PRONOUNS.contains(ws[subj.0].l()) || subj.1 - subj.0 > 1 {
                        return Some(Credit {
                            speaker: Some(span_of(ws, subj)),
                            cue: Some(cue),
                            embedded: true,
                            ..Credit::default()
                        });
                    }
                }
            }
        }
        // "Mulgrew said he hopes …": a belief nested in the same person's speech belongs to
        // the outer cue, whose subject names the speaker
        if let Some(sp) = speaker {
            let p = (lo..c0).rev().find(|&x| ws[x].span.start == sp.start);
            let belief = matches!(
                lemma,
                "hope" | "think" | "believe" | "fear" | "expect" | "feel" | "know" | "want" | "wish"
                    | "worry" | "doubt" | "reckon"
            ) || matches!(ws[c0].l(), "hopes" | "hoped" | "felt" | "feels" | "knew" | "knows" | "wants" | "wanted");
            // … and so does nested speech introduced by a pronoun ("Lazar said he welcomed
            // …", "Trump told reporters he thought …"): the outer subject names the source
            // (a "he"/"she" names the outer subject again; "It reported they added …" is
            // another source's speech)
            let same = |p: usize| belief || matches!(ws[p].l(), "he" | "she");
            // (a noun phrase too: "Li said the mayor called it …", "Li told a man who asked …";
            // after another verb, a relative clause is its own: "Li rebuked critics who say …")
            let relative = matches!(sp.slice(text).rsplit(' ').next(), Some("who" | "which" | "that"));
            if let Some(p) = p.filter(|&p| p > lo && (same(p) || !SET_PRONOUNS.contains(ws[p].l()))) {
                let mut q = p;
                if ws[q - 1].is("that") && q - 1 > lo {
                    q -= 1;
                }
                let outer_cue = cue_at(ws, q - 1).or_else(|| {
                    // "told reporters he": the addressee between
                    (q >= lo + 3 && ws[q - 1].word && !ws[q - 1].cap)
                        .then(|| cue_at(ws, q - 2))
                        .flatten()
                        .filter(|x| x.2 == "tell")
                });
                if let Some((d0, d1, l)) = outer_cue {
                    if l != "according to" && !hypothetical(ws, d0) && (!relative || matches!(l, "say" | "tell")) {
                        // a participle or a second verb ("…, adding that he thinks", "… and
                        // said he thought") has the sentence's subject
                        let dependent = ws[d0].lw.ends_with("ing")
                            || (d0 > lo && matches!(ws[d0 - 1].l(), "and" | ","));
                        let outer = if dependent {
                            // (the subject of the finite cue before it: `"…," Li said, adding …`)
                            (lo.max(d0.saturating_sub(16))..d0)
                                .rev()
                                .find_map(|k| cue_at(ws, k).filter(|x| x.2 != "according to" && !ws[k].lw.ends_with("ing")))
                                .and_then(|x| subject_of_cue(text, ws, lo, x.0))
                                .or_else(|| sentence_subject(text, ws, lo, d0).filter(|o| o.1 <= d0))
                        } else {
                            subject_left(text, ws, lo, d0)
                        };
                        let outer = outer.filter(|o| belief || !matches!(ws[o.0].l(), "it" | "they" | "we" | "i" | "you"));
                        if let Some(outer) = outer {
                            let cue = if belief { Span::new(ws[d0].span.start, ws[d1 - 1].span.end) } else { cue };
                            return Some(Credit {
                                speaker: Some(span_of(ws, outer)),
                                cue: Some(cue),
                                via: via_after(text, ws, d1, n),
                                embedded: true,
                                ..Credit::default()
                            });
                        }
                    }
                }
            }
        }
        let via = via_after(text, ws, c1, n);
        return Some(Credit {
            speaker,
            cue: Some(cue),
            via,
            embedded,
            ..Credit::default()
        });
    }
    // "Another was blunter: '…'", "The minister was more direct: '…'": the manner of speaking
    // before a colon credits the subject
    if colon && n >= lo + 3 {
        let a = n - 2;
        let manner = ws[a].word && !ws[a].cap && SET_W_MANNER.contains(ws[a].l());
        let b = if a >= lo + 1 && matches!(ws[a - 1].l(), "more" | "less") { a - 1 } else { a };
        if manner && b >= lo + 2 && matches!(ws[b - 1].l(), "was" | "is" | "were" | "are") {
            let be = b - 1;
            if let Some(r) = subject_left(text, ws, lo, be).filter(|r| {
                // (past an apposition: "Jo Li, a fund manager, was blunter: …")
                (r.1 == be || ws[be - 1].lw == "," && r.1 < be) && (ws[r.0..r.1].iter().any(|w| w.cap) || SET_PRONOUNS.contains(ws[r.0].l()) || matches!(ws[r.0].l(), "another" | "others"))
            }) {
                return Some(Credit {
                    speaker: Some(span_of(ws, r)),
                    cue: Some(ws[n - 1].span),
                    ..Credit::default()
                });
            }
        }
    }
    // a live page's reader post: `An email from Graham in Leeford: "…"`, `A message from
    // Ana: "…"`: the sender speaks, the noun is the cue
    if colon && n >= lo + 4 {
        let from = (lo + 1..n - 1).find(|&k| ws[k].is("from"));
        if let Some(f) = from.filter(|&f| {
            matches!(ws[f - 1].l(), "email" | "e-mail" | "message" | "text" | "tweet" | "comment" | "letter" | "note" | "post")
                && (f == lo + 1 || f == lo + 2 && matches!(ws[lo].l(), "a" | "an" | "another" | "one" | "this"))
        }) {
            // (the name, up to a place after "in" or "from" or a comma)
            let end = (f + 1..n - 1).find(|&k| !ws[k].word || !ws[k].cap || matches!(ws[k].l(), "in" | "of")).unwrap_or(n - 1);
            if end > f + 1 && ws[f + 1..end].iter().all(|w| w.word && w.cap) {
                return Some(Credit {
                    speaker: Some(span_of(ws, (f + 1, end))),
                    cue: Some(ws[f - 1].span),
                    ..Credit::default()
                });
            }
        }
    }
    // headline or label colon credit: `NATO: "…"`, `Jane Smith: "…"`
    if colon && n >= lo + 2 {
        // ("Rep. Jo Li (R-Ore.): …")
        let mut end = n - 1;
        if ws[end - 1].lw == ")" {
            if let Some(p) = (end.saturating_sub(10).max(lo)..end - 1).rev().find(|&p| ws[p].lw == "(") {
                end = p;
            }
        }
        let mut np = np_core_left(text, ws, lo, end)?;
        // ("Zielony on X: '…'", "Li on Telegram: '…'": the platform is where it was said)
        if np.0 >= lo + 2 && ws[np.0 - 1].is("on") && np.1 - np.0 <= 2 && matches!(ws[np.0].l(), "x" | "twitter" | "telegram" | "facebook" | "instagram" | "truth" | "tiktok" | "bluesky" | "threads" | "linkedin" | "youtube") {
            if let Some(who) = np_core_left(text, ws, lo, np.0 - 1).filter(|w| w.1 == np.0 - 1 && ws[w.1 - 1].cap) {
                np = who;
            }
        }
        // ("5:42 p.m. CDT Governor: '…'": a live page's clock stamp opens the line)
        let clock = ws[lo].lw.as_bytes().first().is_some_and(u8::is_ascii_digit);
        let stamp_end = if clock { (lo..n).find(|&k| !is_clock_word(&ws[k].lw)).unwrap_or(n) } else { lo };
        if clock && np.0 < stamp_end && stamp_end < np.1 {
            np.0 = stamp_end;
        }
        // "The minister agreed:": a verb closing the phrase is the cue, not part of the speaker
        let mut cue = ws[n - 1].span;
        if np.1 - np.0 >= 2 && np.1 == n - 1 {
            let v = &ws[np.1 - 1];
            // ("A reader emails:": a verb that is mostly a noun elsewhere, "the emails")
            if v.word && !v.cap && (v.lw.ends_with("ed") || quote_cue_lemma(&v.lw).is_some() || matches!(v.l(), "emails" | "texts" | "messages")) {
                cue = v.span;
                np.1 -= 1;
            } else if np.1 - np.0 >= 3 && v.is("back") && ws[np.1 - 2].word && !ws[np.1 - 2].cap {
                // "Lennox hit back:", "the club fired back:"
                cue = Span::new(ws[np.1 - 2].span.start, v.span.end);
                np.1 -= 2;
            }
        }
        // (after a live blog's time stamp too: "2h ago Port chief: '…'" in a list of key events)
        let stamped = np.0 > lo && np.0 - lo <= 4 && ws[np.0 - 1].is("ago") && ws[lo].lw.as_bytes().first().is_some_and(u8::is_ascii_digit);
        let bullet = np.0 == lo + 1 && matches!(&*ws[lo].lw, "\u{2022}" | "\u{b7}" | "\u{25aa}" | "*" | "-" | "\u{2013}");
        let starts_line = np.0 == lo
            || stamped
            || clock && np.0 == stamp_end
            || bullet
            || (np.0 > lo && (is_dash(&ws[np.0 - 1].lw) || ws[np.0 - 1].lw == "|"))
            // (a headline's second clause: "Leeds go top; Halloran: '…'")
            || (np.0 > lo && is_heading && ws[np.0 - 1].lw == ";")
            || (np.0 == lo + 1 && ws[lo].is("from"))
            // (after a teaser's label: "Related: Mara Quint: '…'")
            || (np.0 == lo + 2 && ws[lo + 1].lw == ":" && SET_W_CREDIT_BEFORE.contains(ws[lo].l()));
        // ("Related: '…': what to do if …", "Analysis: '…'": a label credits no one)
        let label = np.1 - np.0 == 1 && SET_W_CREDIT_BEFORE.contains(ws[np.0].l());
        if starts_line && !label && ws[np.0..np.1].iter().any(|w| w.cap) && (is_heading || np.1 - np.0 <= 4 || np.1 - np.0 <= 8 && ws[np.1 - 1].cap && ws[np.1 - 2].cap) {
            return Some(Credit {
                speaker: Some(span_of(ws, np)),
                cue: Some(cue),
                ..Credit::default()
            });
        }
    }
    // a headline opening with its source: `Jane Smith: Talks need 'more time'`, `Jane Smith on
    // Ports: …`, `A Lesson From Jane Smith: …`
    if is_heading {
        let c = (lo..n.min(lo + 8)).find(|&k| ws[k].lw == ":")?;
        let mut np = np_core_left(text, ws, lo, c)?;
        if let Some(f) = (np.0..np.1).rev().find(|&k| ws[k].is("from")).filter(|&f| f + 1 < np.1) {
            np.0 = f + 1;
        }
        let from = np.0 > lo && ws[np.0 - 1].is("from");
        if let Some(on) = (lo + 1..c).find(|&k| ws[k].is("on")) {
            if let Some(sp) = np_core_left(text, ws, lo, on).filter(|r| r.0 == lo && ws[r.0..r.1].iter().all(|w| w.cap)) {
                np = sp;
            }
        }
        // ("10:40 a.m. PDT Fire chief: …": after a live page's clock stamp)
        let clock = ws[lo].lw.as_bytes().first().is_some_and(u8::is_ascii_digit);
        let stamp_end = if clock { (lo..c).find(|&k| !is_clock_word(&ws[k].lw)).unwrap_or(c) } else { lo };
        if clock && np.0 < stamp_end && stamp_end < np.1 {
            np.0 = stamp_end;
        }
        let label = np.1 - np.0 == 1
            && SET_W_CREDIT_BEFORE.contains(ws[np.0].l());
        // ("Fire chief: …", "Grid operator: …": a lowercase role or body after a capital)
        let role_head = np.1 - np.0 >= 2
            && ws[np.0..np.1 - 1].iter().all(|w| w.cap)
            && ws[np.1 - 1].word
            && crate::names::is_credit_head(ws[np.1 - 1].l());
        if (np.0 == lo || from || clock && np.0 == stamp_end) && !label && (ws[np.0..np.1].iter().all(|w| w.cap || w.lw == ".") || role_head) {
            return Some(Credit {
                speaker: Some(span_of(ws, np)),
                cue: Some(ws[c].span),
                embedded: true,
                ..Credit::default()
            });
        }
    }
    None
}

/// A cue with a subject in the last sentence of a span ("Mr Putin said in an interview that …"
/// or "Caddell continued:"), for a quote opening the next paragraph or sentence.
fn credit_in(text: &str, low: &str, span: Span) -> Option<Credit> {
    let from = floor_char(text, span.end.saturating_sub(BYTES_BEFORE).max(span.start));
    let ws = words(text, low, Span::new(from, span.end));
    let n = ws.len();
    // the last sentence of the window
    let mut lo = 0;
    for k in (0..n.saturating_sub(1)).rev() {
        if matches!(ws[k].l(), "." | "?" | "!") && !(k > 0 && is_abbrev_word(&ws[k - 1], text)) {
            lo = k + 1;
            break;
        }
    }
    let mut j = lo;
    while j < n {
        if is_quote_mark(&ws[j].lw) {
            // the quote in that sentence was already credited by its own cue
            j += 1;
            continue;
        }
        if let Some((c0, c1, lemma)) = cue_at(&ws, j) {
            if lemma != "according to" && !hypothetical(&ws, c0) {
                let cue = Span::new(ws[c0].span.start, ws[c1 - 1].span.end);
                let speaker = if c0 == lo {
                    np_right(text, &ws, c1, n)
                } else if ws[c0].lw.ends_with("ing") {
                    sentence_subject(text, &ws, lo, c0)
                } else {
                    // "a message on the website reads": the phrase opening the sentence
                    subject_left(text, &ws, lo, c0).map(|sp| {
                        let pp = sp.0 > lo + 1 && matches!(ws[sp.0 - 1].l(), "in" | "on" | "at" | "from" | "for" | "with");
                        pp.then(|| np_core_left(text, &ws, lo, sp.0 - 1).filter(|r| r.0 == lo && r.1 + 1 == sp.0))
                            .flatten()
                            .map_or(sp, |r| (r.0, r.1))
                    })
                };
                if let Some(sp) = speaker {
                    return Some(Credit {
                        speaker: Some(span_of(&ws, sp)),
                        cue: Some(cue),
                        ..Credit::default()
                    });
                }
            }
            j += 1;
            continue;
        }
        j += 1;
    }
    // "Sanders made the following comment:" introduces the quote below it
    if n > lo + 1 && ws[n - 1].lw == ":" {
        let sp = sentence_subject(text, &ws, lo, n - 1)?;
        return Some(Credit {
            speaker: Some(span_of(&ws, sp)),
            cue: Some(ws[n - 1].span),
            ..Credit::default()
        });
    }
    None
}

/// `"A" and "B," Jo Li said`: a quote joined to the next quote by "and", "or" or a comma
/// shares the credit after that one (looking up to three quotes on).
fn shared_credit(text: &str, low: &str, blocks: &[Block], cands: &[Candidate], ci: usize) -> Option<Credit> {
    let mut k = ci;
    for _ in 0..3 {
        let (c, n) = (cands.get(k)?, cands.get(k + 1)?);
        let (o, no) = (c.outer(), n.outer());
        let gap = text.get(o.end..no.start)?;
        // (a quote ending its sentence, `"…." "…"`, is not joined to the next)
        let joined = gap.contains([',']) || gap.contains("and") || gap.contains("or") || c.content.slice(text).trim_end().ends_with(',');
        if n.block != c.block
            || gap.len() > 12
            || !joined
            || !gap.split(|ch: char| ch == ',' || ch.is_whitespace()).all(|w| matches!(w, "" | "and" | "or"))
        {
            return None;
        }
        k += 1;
        let block = blocks.get(n.block)?;
        let next_start = cands.get(k + 1).filter(|x| x.block == n.block).map_or(block.end, |x| x.outer().start.max(no.end));
        let a1 = floor_char(text, (no.end + BYTES_AFTER).min(next_start));
        if a1 <= no.end {
            continue;
        }
        let after = words(text, low, Span::new(no.end, a1));
        let tail = n.content.slice(text).trim_end_matches(|ch: char| is_quote_mark(ch.encode_utf8(&mut [0; 4])) || ch == ' ');
        let ends_clause = tail.ends_with(['.', '?', '!', ',', '\u{2026}', '-', '\u{2014}']);
        if let Some(cr) = credit_after(text, &after, 0, a1 == block.end, a1 == next_start && a1 < block.end, tail.ends_with('.'), ends_clause) {
            // a named or personal speaker with a verb cue ("according to their preference" is
            // no credit)
            let sp = cr.speaker.map(|sp| sp.slice(text)).unwrap_or("");
            let named = sp.chars().next().is_some_and(char::is_uppercase)
                || sp.split_whitespace().any(|w| w.chars().next().is_some_and(char::is_uppercase))
                || matches!(sp, "he" | "she" | "they");
            let verb = cr.cue.is_some_and(|cu| !cu.slice(text).starts_with("according"));
            return (named && verb).then_some(cr);
        }
    }
    None
}

/// The name in a short line that signs a block quote: `Jo Li, Institute for Ports.` /
/// `Former mayor Jo Li.` (two capitalised words at least, few lowercase ones, no verb).
fn signature_line(text: &str, low: &str, span: Span) -> Option<Span> {
    let s = span.slice(text).trim_end();
    if s.len() > 120 || !s.ends_with('.') {
        return None;
    }
    let ws = words(text, low, span);
    let np = np_right(text, &ws, 0, ws.len())?;
    let caps = ws[np.0..np.1].iter().filter(|w| w.cap).count();
    let lower: Vec<&W> = ws.iter().filter(|w| w.word && !w.cap && !matches!(w.l(), "of" | "for" | "and" | "the")).collect();
    let nameish = lower.len() <= 2
        && lower.iter().all(|w| {
            !w.lw.ends_with("ed") && !w.lw.ends_with("ing") && !SET_NP_STOP.contains(w.l()) && quote_cue_lemma(&w.lw).is_none()
        })
        && ws.iter().all(|w| w.word || matches!(w.l(), "," | "." | "-" | "(" | ")" | "'" | "\u{2019}"));
    (caps >= 2 && nameish).then(|| span_of(&ws, np))
}

/// Attribute every candidate; returns the quotes kept, in text order. `low` is
/// `text.to_ascii_lowercase()`.
pub fn attribute(
    text: &str,
    low: &str,
    blocks: &[Block],
    sentences: &[Span],
    candidates: &[Candidate],
) -> Vec<Quote> {
    let mut quotes: Vec<Quote> = Vec::new();
    // for each quote, whether it took its credit from the quotation before it in an earlier
    // paragraph (a continuation that a later piece of its own quotation may override)
    let mut carried: Vec<bool> = Vec::new();
    // index in `quotes` of the last kept quote, with its block and sentence
    let mut last: Option<(usize, usize, usize)> = None;
    let mut si = 0;
    // whether the previous candidate was a title or label: the next window reads over it
    // (`Li told CBS's "Face the Nation" that "…"`)
    // (how many candidates back the window starts: one more for each label right before)
    let mut prev_labels = 0;
    for (ci, c) in candidates.iter().enumerate() {
        let outer = c.outer();
        let Some(block) = blocks.get(c.block) else { continue };
        // windows stop at the neighbouring candidates, so every byte is tokenised a bounded
        // number of times however many quotes a block holds
        // (taken, so a candidate skipped before its own label test leaves no stale flag)
        let back = 1 + std::mem::take(&mut prev_labels);
        let prev_end = ci
            .checked_sub(back)
            .map(|p| &candidates[p])
            .filter(|p| p.block == c.block)
            .map_or(block.start, |p| p.outer().end.min(outer.start));
        // (a nickname inside a name after the quote is no neighbour: `"…," Marcia "Cia" Price
        // said`)
        let next = match candidates.get(ci + 1) {
            Some(n) if nickname_shaped(text, n) => candidates.get(ci + 2),
            n => n,
        };
        let next_start = next
            .filter(|n| n.block == c.block)
            .map_or(block.end, |n| n.outer().start.max(outer.end));
        while si + 1 < sentences.len() && sentences[si].end <= outer.start {
            si += 1;
        }
        let sent = sentences.get(si).copied().unwrap_or(block.span());
        let sent_start = if sent.start <= outer.start && sent.start >= block.start {
            sent.start
        } else {
            block.start
        };
        let is_heading = matches!(block.kind, BlockKind::Heading);
        // a short name line closing a block quote (`…¶Jo Li, Institute for Ports."`) signs the
        // quote above it: no quote itself, and the speaker of the pieces with no cue of their own
        if c.open.is_none() && c.close.is_some() {
            if let Some(sig) = signature_line(text, low, c.content) {
                if let Some(qi) = last.filter(|l| l.1 + 1 == c.block).map(|l| l.0) {
                    let group = quotes[qi].group;
                    for q in quotes.iter_mut().rev().take_while(|q| q.group == group) {
                        if q.speaker.is_none() || q.confidence < 0.85 {
                            q.speaker = Some(Mention {
                                name: sig.slice(text).to_string(),
                                start: sig.start,
                                end: sig.end,
                                resolution: Resolution::AsWritten,
                            });
                        }
                    }
                    continue;
                }
            }
        }
        // tokens before the quote (same sentence) and after it (to the block end)
        let mut b0 = floor_char(
            text,
            outer.start.saturating_sub(BYTES_BEFORE).max(sent_start).max(prev_end),
        );
        let mut before = words(text, low, Span::new(b0, outer.start));
        // ("Agency says …; WHO warns of '…'": a semicolon opens a clause of its own, when that
        // clause has a cue: "Li: Voters worried; it's 'in their heads'" is still Li's)
        // (with a subject of its own: not a list of verb phrases, "…; and declared that torture
        // ''works''")
        if let Some(p) = before.iter().rposition(|w| w.lw == ";") {
            let tail = &before[p + 1..];
            if tail.first().is_some_and(|w| w.word && (w.cap || SET_DETERMINERS.contains(w.l())) && !matches!(w.l(), "and" | "or" | "but"))
                && (1..tail.len()).any(|j| cue_at(tail, j).is_some())
            {
                // (read again from there, which is rare: no copy of the vector's tail)
                b0 = before[p].span.end;
                before = words(text, low, Span::new(b0, outer.start));
            }
        }
        if is_heading || c.block == 0 {
            // a Title Case headline capitalises its verbs: "Mayor Calls Plan 'A Disgrace'"
            for k in 1..before.len() {
                if before[k].cap && crate::lexicon::quote_cue_lemma(&before[k].lw).is_some() {
                    before[k].cap = false;
                }
            }
        }
        let a1 = floor_char(text, (outer.end + BYTES_AFTER).min(next_start));
        let mut after = if a1 > outer.end {
            words(text, low, Span::new(outer.end, a1))
        } else {
            Vec::new()
        };
        if is_heading || c.block == 0 {
            // … and after the quote: "'A Disgrace,' Mayor Tells Council"
            for w in after.iter_mut() {
                if w.cap && crate::lexicon::quote_cue_lemma(&w.lw).is_some() {
                    w.cap = false;
                }
            }
        }
        // a title or name in Title Case ("the 'Look East Again' policy", a show's name) in
        // running text is a label, not speech
        // (every word of four letters or more capitalised; a comma or full stop inside the
        // closing mark, as American style puts it, is allowed only after a title's owner)
        // (stops at the first word that is not: long quotes are read no further)
        let capitalised_words = {
            let mut n = 0;
            c.content.slice(text).split_whitespace().all(|w| {
                n += 1;
                let letters = w.chars().filter(|ch| ch.is_alphabetic()).count();
                letters < 4 || w.chars().find(|ch| ch.is_alphabetic()).is_some_and(char::is_uppercase)
            }) && n >= 2
                // (at least one capital: "up to 150" is short words and digits, no title)
                && c.content.slice(text).split_whitespace().any(|w| w.chars().next().is_some_and(char::is_uppercase))
        };
        let title_case = capitalised_words && !c.content.slice(text).ends_with(['.', ',', '!', '?']);
        // … used as the modifier of a following noun: "a 'Turn Left' policy", "'X' radio show"
        let modifies_noun = after.first().is_some_and(|w| {
            w.word
                && !w.cap
                && !SET_NP_STOP.contains(w.l())
                && !SET_DETERMINERS.contains(w.l())
                && quote_cue_lemma(&w.lw).is_none()
                && !w.lw.ends_with("ed")
                && !w.lw.ends_with("ly")
                && !matches!(w.l(), "is" | "are" | "was" | "were" | "has" | "have" | "says" | "said")
        });
        // … or named after a possessive or a media noun: "CNN's 'Face the Nation'", "his book,
        // 'Make Money Fast'"
        let named = {
            let mut k = before.len();
            while k > 0 && !before[k - 1].word && before[k - 1].lw == "," {
                k -= 1;
            }
            k > 0 && {
                let p = &before[k - 1];
                p.word
                    && (possessive(p)
                        || SET_MEDIA_NOUNS.contains(p.l())
                        // "said on 'Meet the Nation.'"
                        || p.l() == "on"
                        // "an episode of 'The Morning Show,'"
                        || (p.l() == "of" && k > 1 && before[k - 2].word && SET_MEDIA_NOUNS.contains(before[k - 2].l())))
            }
        };
        // (one capitalised word after an owner is a name too: "BBC One's 'Countryfile'")
        let one_capitalised = {
            let w = c.content.slice(text).trim_end_matches(['.', ',']);
            !w.contains(char::is_whitespace)
                && w.chars().filter(|ch| ch.is_alphabetic()).count() >= 4
                && w.chars().next().is_some_and(char::is_uppercase)
        };
        let titled = (capitalised_words || one_capitalised)
            && named
            && c.content.slice(text).trim_end_matches(['.', ',']).chars().last().is_some_and(|ch| !matches!(ch, '!' | '?'));
        // a nickname inside a name: `Marcia "Cia" Price`
        let nickname = !is_heading
            && c.block != 0
            // (one word: counted up to two, not over a long quotation)
            && c.content.slice(text).split_whitespace().take(2).count() == 1
            && c.content.slice(text).starts_with(char::is_uppercase)
            && before.last().is_some_and(|w| w.cap)
            && after.first().is_some_and(|w| w.cap);
        let is_label = nickname
            || label_before(&before)
            || ((title_case && (modifies_noun || named)) || titled) && !is_heading && c.block != 0;
        prev_labels = if is_label { back } else { 0 };
        // the words inside the marks without trailing marks and spaces
        let tail = c.content.slice(text).trim_end_matches(|ch: char| is_quote_mark(ch.encode_utf8(&mut [0; 4])) || ch == ' ');
        // a full stop inside the marks ends the sentence; "?" and "!" may be followed by
        // `Trump asked.`
        let ends_sentence = tail.ends_with('.');
        let ends_clause = tail.ends_with(['.', '?', '!', ',', '\u{2026}', '-', '\u{2014}']);
        // (and whether it is the credit right after the closing mark)
        let mut right_after = false;
        let after_credit = if is_label || !c.content.slice(text).chars().any(char::is_alphanumeric) {
            None
        } else {
            credit_after(text, &after, 0, a1 == block.end, a1 == next_start && a1 < block.end, ends_sentence, ends_clause)
                .inspect(|_| right_after = true)
                // (`"… failures." It was, he said, …`: a new sentence's credit is its own)
                .or_else(|| (!ends_sentence || !after.first().is_some_and(|w| w.cap)).then(|| credit_final(text, &after)).flatten())
                // a headline opening with the quote: `'We will strike': teachers vote to walk out`
                .or_else(|| {
                    let opens = is_heading && before.iter().all(|w| !w.word);
                    let colon = after.first().filter(|w| w.lw == ":")?;
                    // ("'…': Why the port keeps burning" is a feature's question, no speaker)
                    if after.get(1).is_some_and(|w| matches!(w.l(), "why" | "how" | "what" | "when" | "where" | "who" | "inside")) {
                        return None;
                    }
                    let mut np = np_right(text, &after, 1, after.len()).filter(|_| opens)?;
                    // ("teachers vote to walk out": the headline's verb is no part of its subject)
                    let verb_next = after.get(np.1).is_some_and(|w| matches!(w.l(), "to" | "for" | "against" | "over") || SET_DETERMINERS.contains(w.l()));
                    if np.1 - np.0 >= 2 && verb_next && !after[np.1 - 1].cap && !SET_DETERMINERS.contains(after[np.1 - 2].l()) {
                        np.1 -= 1;
                    }
                    // ("Okafor storms Hornberg as …": a lowercase word between a name and a
                    // capitalised word is the headline's verb, not "Bank of England")
                    if let Some(k) = (np.0 + 1..np.1.saturating_sub(1)).find(|&k| {
                        after[k].word && !after[k].cap && after[k + 1].cap && (np.0..k).all(|m| after[m].cap) && !SET_DETERMINERS.contains(after[k].l()) && !SET_W_IS_PREPOSITION.contains(after[k].l()) && !matches!(after[k].l(), "and" | "de" | "del" | "da" | "van" | "von" | "der" | "al" | "bin" | "le" | "la")
                    }) {
                        np.1 = k;
                    }
                    Some(Credit { speaker: Some(span_of(&after, np)), cue: Some(colon.span), ..Credit::default() })
                })
        };
        let before_credit = if is_label { None } else { credit_before(text, &before, 0, is_heading || c.block == 0, b0 > sent_start) };
        // (a lone participle or adjective is no speaker: `"…," giving states more power`,
        // "spontaneous chants of", "the files that were hacked suggested")
        let no_modifier = |mut cr: Credit| {
            if cr.speaker.is_some_and(|sp| modifier_speaker(sp.slice(text))) {
                cr.speaker = None;
            }
            cr
        };
        let (after_credit, before_credit) = (after_credit.map(no_modifier), before_credit.map(no_modifier));
        // "according to X" after a quote whose sentence names the speaker is a relay
        let mut credit = match (after_credit, before_credit) {
            // "Strike ballot live: ‘Enough is enough’ – union": a heading's dash credit names
            // the speaker, the words before the colon are the page's label
            (Some(a), Some(b)) if is_heading && b.cue.is_some_and(|cu| cu.slice(text) == ":") && a.speaker.is_some() && a.cue.is_some_and(|cu| matches!(cu.slice(text), "\u{2013}" | "\u{2014}" | "-")) => Some(a),
            (Some(a), Some(mut b)) if a.cue.is_some_and(|cu| cu.slice(text).starts_with("according")) => {
                b.via = a.speaker;
                Some(b)
            }
            // `Li called it "a first step", state broadcaster NHK said` / `…, Nortel reported`:
            // a news outlet's credit after the clause relays the speaker named before the quote
            (Some(a), Some(mut b))
                if b.speaker.is_some()
                    && b.cue.is_some()
                    && a.speaker.is_some_and(|sp| {
                        a.cue.is_some_and(|cu| cu.slice(low).starts_with("report"))
                            || {
                                let mut prev = "";
                                sp.slice(low).split([' ', '\u{a0}']).any(|w| {
                                    let outlet = w == "media" || crate::lexicon::is_outlet_noun(prev, w);
                                    prev = w;
                                    outlet
                                })
                            }
                    }) =>
            {
                b.via = a.speaker;
                Some(b)
            }
            // `what she called a "rant," a series of online posts`: a cue right before the
            // quote beats a plural noun that may be a cue ("posts", "reports") after a phrase
            // that names no one
            (Some(a), Some(b))
                if b.speaker.is_some()
                    && a.cue.is_some_and(|cu| {
                        let w = cu.slice(text);
                        w.ends_with('s') && quote_cue_lemma(w).is_some_and(|l| SET_NOUNY.contains(l))
                    })
                    && b.cue.is_some_and(|cu| before.len() >= 4 && cu.start >= before[before.len() - 4].span.start)
                    && a.speaker.is_some_and(|sp| {
                        let ws = sp.slice(text).split_whitespace();
                        !SET_PRONOUNS.contains(sp.slice(text)) && ws.clone().all(|w| !w.starts_with(char::is_uppercase))
                    }) =>
            {
                Some(b)
            }
            // `Li admitted they had "…" he claimed …`: words right after a quote with no
            // punctuation of its own carry on the writer's sentence; its cue is before it
            // (against a credit at the sentence end, only a person's cue: a document's words
            // reported there are the reporter's, "The document notes the \"…\" of the two, an
            // aide said")
            (Some(_), Some(b))
                if b.speaker.is_some_and(|sp| {
                    right_after
                        || sp.slice(text).rsplit(' ').next().is_some_and(|w| {
                            w.starts_with(char::is_uppercase) || SET_PRONOUNS.contains(w) || crate::names::is_role(w)
                        })
                }) && !ends_clause
                    && after.first().is_some_and(|w| w.word) =>
            {
                Some(b)
            }
            // `Power will return "by the evening", she said`: the writer's own words run into
            // the mark, so the quoted words are part of the reported clause
            (Some(mut a), None) if right_after && before.last().is_some_and(|w| w.word && text[w.span.end..outer.start].trim().is_empty() && !w.cap) && before.iter().filter(|w| w.word).count() >= 2 => {
                a.embedded = true;
                Some(a)
            }
            (Some(a), _) => Some(a),
            (None, None) if !is_label && !title_case => {
                verb_credit(text, &after, 0, tail.chars().last().unwrap_or(' '))
                    .or_else(|| shared_credit(text, low, blocks, candidates, ci))
            }
            (None, b) => b,
        };
        let prev = last.map(|(qi, bi, s)| (&quotes[qi], bi, s));
        // a participle cue or a split quote: the speaker of the previous quote in the sentence
        if let Some(cr) = credit.as_mut() {
            // "After saying her foot was “…,” she was taken …": a participle clause fronted by
            // a preposition shares the subject of the clause after it
            if cr.inherit
                && cr.speaker.is_none()
                && before.len() >= 2
                && b0 == sent_start
                && matches!(before[0].l(), "after" | "before" | "while" | "since" | "upon" | "on" | "by" | "when")
                && before[1].lw.ends_with("ing")
                && cr.cue.is_some_and(|cu| cu == before[1].span)
            {
                // (the comma closing the participle clause, inside the marks or after them)
                let k = after.iter().position(|w| w.word).filter(|&k| tail.ends_with(',') || after[..k].iter().any(|w| w.lw == ","));
                if let Some(np) = k.and_then(|k| np_right(text, &after, k, after.len())) {
                    if after.get(np.1).is_some_and(|w| w.word && !w.cap)
                        && (SET_PRONOUNS.contains(after[np.0].l()) || after[np.0..np.1].iter().any(|w| w.cap))
                    {
                        cr.speaker = Some(span_of(&after, np));
                        cr.inherit = false;
                    }
                }
            }
            if cr.inherit {
                match prev {
                    Some((pq, bi, s)) if bi == c.block && (s == si || s + 1 == si) => {
                        cr.speaker = pq.speaker.as_ref().map(Mention::span);
                    }
                    _ => {}
                }
                if cr.speaker.is_none() {
                    credit = None;
                }
            }
        }
        // (compared with small numbers only: counted up to 5)
        let words_in = c.content.slice(text).split_whitespace().take(5).count();
        if !c.content.slice(text).chars().any(char::is_alphanumeric) {
            continue;
        }
        let mut group = c.group;
        let mut carry = false;
        // (a cue to widen on the previous piece)
        let mut widen = None;
        let (speaker, cue, via, confidence, kind) = if let Some(mut cr) = credit {
            // the second piece of `"…," he said, "…"` shares the first piece's group, and its
            // cue: the same cue word, read as "quoted" after the first piece and as "quoted as
            // saying" before the second, is the longer phrase on both
            if let (Some((pq, _, _)), Some(pc), Some(cc)) = (prev, prev.and_then(|p| p.0.cue), cr.cue) {
                if pc.start == cc.start {
                    group = pq.group;
                    if pc.end != cc.end {
                        let wide = if pc.end > cc.end { pc } else { cc };
                        cr.cue = Some(wide);
                        widen = Some(wide);
                    }
                }
            }
            let kind = if cr.embedded { QuoteKind::Mixed } else { QuoteKind::Direct };
            (cr.speaker, cr.cue, cr.via, 0.9, kind)
        } else {
            // continuation: same group, same paragraph, or a paragraph opening with a mark
            let at_block_start = c.open.is_none_or(|o| o.start == block.start);
            // a quoted sentence standing alone ('"…," she said. "We're home."'): speech however
            // short, unlike a scare quote inside the writer's own sentence
            let whole_sentence = sent_start == outer.start && tail.ends_with(['.', '!', '?']);
            let cont = match prev {
                Some((pq, _, _)) if pq.group == c.group => Some(pq),
                Some((pq, bi, s))
                    if bi == c.block
                        && pq.speaker.is_some()
                        && (words_in >= 4 || (s == si && !clause_break(&before)) || whole_sentence) =>
                {
                    Some(pq)
                }
                // (past page debris between the two: "Advertisement", a caption)
                // (not a subheading in quotation marks: "'LIKE STEPPING ON A SPONGE'")
                Some((pq, bi, _))
                    if bi < c.block
                        && (bi + 1..c.block).all(|k| bi + 1 == c.block || matches!(blocks[k].kind, BlockKind::Boilerplate | BlockKind::Caption))
                        && at_block_start
                        && pq.speaker.is_some()
                        && !(is_heading && !tail.ends_with(['.', '!', '?', ','])) =>
                {
                    Some(pq)
                }
                _ => None,
            };
            // a cue with its own subject in a sentence between the previous quote and this one
            // (`"…," Li said. Berg added that it was late. "…"`) credits the quote rather
            // than the continuation
            let between = match prev {
                Some((pq, bi, _)) if bi == c.block && pq.group != c.group && sent_start > block.start.max(prev_end) && !is_label => {
                    // (not the previous quote's own credit: `"…," the director, Dr Li, told
                    // reporters. "…"`)
                    credit_in(text, low, Span::new(block.start.max(prev_end), sent_start)).filter(|cr| cr.speaker.is_some() && cr.cue != pq.cue)
                }
                _ => None,
            };
            // a sentence that opens with its own subject (a pronoun or a name) and verb before
            // the quote ("He voiced a wish for a '…'") is that subject's, not the previous
            // quote's speaker's
            // (the subject is looked for once: the fallback below reads it too)
            let fallback = if b0 > sent_start { None } else { subject_fallback(text, &before) };
            let own = fallback.filter(|sp| {
                cont.is_none_or(|pq| pq.group != c.group)
                    && sent_start < outer.start
                    && !is_label
                    // (or a pronoun after a fronted phrase: "In a post on X, he thanked them for '…'")
                    && before.iter().filter(|w| sp.start <= w.span.start && w.span.end <= sp.end).all(|w| w.cap || !w.word || matches!(w.l(), "he" | "she" | "they"))
            });
            if own.is_some() && cont.is_some() {
                (own, None, None, 0.5, QuoteKind::Direct)
            } else if let Some(cr) = between.filter(|_| cont.is_some()) {
                (cr.speaker, cr.cue, None, 0.6, QuoteKind::Direct)
            } else if let Some(pq) = cont.filter(|_| !is_label) {
                if pq.group == c.group {
                    group = pq.group;
                } else {
                    carry = prev.is_some_and(|p| p.1 < c.block);
                }
                let speaker = pq.speaker.as_ref().map(Mention::span);
                (speaker, pq.cue, pq.via.as_ref().map(Mention::span), 0.7, QuoteKind::Direct)
            } else {
                // a cue in the previous sentence of the paragraph, or at the end of the
                // previous paragraph ("Mr Putin said in an interview that …" / "She added:")
                let ctx = if sent_start > block.start.max(prev_end) {
                    Some(Span::new(block.start.max(prev_end), sent_start))
                } else if at_block_start && c.block > 0 {
                    let pb = &blocks[c.block - 1];
                    (matches!(pb.kind, BlockKind::Paragraph | BlockKind::ListItem)
                        || pb.span().slice(text).ends_with(':'))
                    .then(|| pb.span())
                } else {
                    None
                };
                let ctx_credit = ctx.and_then(|s| credit_in(text, low, s));
                match ctx_credit {
                    Some(cr) if !is_heading && !is_label && (words_in >= 3 || c.open.is_none()) => {
                        if own.is_some() {
                            (own, None, None, 0.5, QuoteKind::Direct)
                        } else {
                            (cr.speaker, cr.cue, None, 0.6, QuoteKind::Direct)
                        }
                    }
                    _ => {
                        // no credit: keep only sentence-like quotes in running text
                        if is_label
                            || words_in < 5
                            || !matches!(block.kind, BlockKind::Paragraph | BlockKind::ListItem)
                        {
                            continue;
                        }
                        // … but one quoted inside a sentence that opens with its subject
                        // belongs to that subject ("Kelly thanked them for '…'", "She went on:
                        // '…'")
                        let subject = fallback;
                        // … or a quote closing its paragraph, signed on the next line: "― Jo Li."
                        let signed = if subject.is_none() && outer.end + 4 >= block.end {
                            blocks.get(c.block + 1).and_then(|nb| dash_signature(text, low, nb.span()))
                        } else {
                            None
                        };
                        match signed {
                            Some((sp, cue)) => (Some(sp), Some(cue), None, 0.5, QuoteKind::Direct),
                            None => (subject, None, None, 0.5, QuoteKind::Direct),
                        }
                    }
                }
            }
        };
        let speaker = speaker.map(|sp| Mention {
            name: sp.slice(text).to_string(),
            start: sp.start,
            end: sp.end,
            resolution: Resolution::AsWritten,
        });
        let via = via.map(|v| Mention {
            name: v.slice(text).to_string(),
            start: v.start,
            end: v.end,
            resolution: Resolution::AsWritten,
        });
        if let (Some(w), Some((qi, _, _))) = (widen, last) {
            quotes[qi].cue = Some(w);
        }
        carried.push(carry);
        quotes.push(Quote {
            start: c.content.start,
            end: c.content.end,
            kind,
            speaker,
            cue,
            via,
            group,
            confidence: if c.unbalanced() {
                confidence * 0.7
            } else {
                confidence
            },
        });
        let send = sentences
            .iter()
            .skip(si)
            .take_while(|s| s.start < outer.end)
            .count();
        last = Some((quotes.len() - 1, c.block, si + send.saturating_sub(1)));
    }
    // a piece with no credit of its own takes its quotation's credit from a later piece: the
    // first paragraph of a quote that runs on and is credited at its end
    // (also one that opens a new quotation in its paragraph and took the credit of the
    // quotation before: `“…,” Li told reporters.\n\n“Nobody listened.\n\n“Now …,” she said.`)
    let mut later: Option<(usize, Option<Mention>, Option<Span>, Option<Mention>)> = None;
    for (q, carried) in quotes.iter_mut().zip(carried).rev() {
        let override_carried = carried && later.as_ref().is_some_and(|l| l.0 == q.group && l.1.is_some() && l.2 != q.cue);
        if q.speaker.is_some() && !override_carried {
            later = Some((q.group, q.speaker.clone(), q.cue, q.via.clone()));
        } else if let Some((_, sp, cue, via)) = later.as_ref().filter(|l| l.0 == q.group) {
            q.speaker = sp.clone().map(|m| Mention { resolution: Resolution::Continuation, ..m });
            q.cue = *cue;
            q.via = via.clone();
        } else {
            later = None;
        }
    }
    quotes
}

/// Group quotes by resolved speaker name, in order of first quote.
pub fn speakers_of(quotes: &[Quote]) -> Vec<Speaker> {
    let mut out: Vec<Speaker> = Vec::new();
    let mut index: crate::hash::HashMap<String, usize> = crate::hash::HashMap::default();
    let mut seen: crate::hash::HashSet<(usize, Span)> = crate::hash::HashSet::default();
    for (i, q) in quotes.iter().enumerate() {
        let Some(m) = &q.speaker else { continue };
        match index.get(&m.name) {
            Some(&k) => {
                let s = &mut out[k];
                if seen.insert((k, m.span())) {
                    s.mentions.push(m.span());
                }
                s.quotes.push(i);
            }
            None => {
                seen.insert((out.len(), m.span()));
                index.insert(m.name.clone(), out.len());
                out.push(Speaker {
                    name: m.name.clone(),
                    mentions: vec![m.span()],
                    quotes: vec![i],
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests;

/// The label of a transcript turn opening `s`: capitals (and spaces, dots, apostrophes,
/// hyphens) up to a colon and a space, at least two capital letters and no lowercase one ("WALLACE: …",
/// "SEN. MORAN: …"); its length in bytes.
fn turn_label(s: &str) -> Option<usize> {
    let mut cut = s.len().min(32);
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &s[..cut];
    let colon = head.find(": ").or_else(|| head.find(":\u{a0}"))?;
    let label = &s[..colon];
    (label.bytes().filter(u8::is_ascii_uppercase).count() >= 2
        && label.starts_with(|c: char| c.is_ascii_uppercase())
        && label.bytes().all(|b| b.is_ascii_uppercase() || matches!(b, b' ' | b'.' | b'\'' | b'-'))
        // (a page's label is no one: "VIDEO: …", "UPDATE: …")
        && !matches!(label, "VIDEO" | "WATCH" | "PHOTOS" | "PHOTO" | "UPDATE" | "UPDATED" | "BREAKING" | "EXCLUSIVE" | "LIVE" | "RELATED" | "READ MORE" | "CORRECTION" | "NOTE" | "EDITOR'S NOTE" | "WARNING"))
    .then_some(colon)
}

/// A transcript quoted paragraph by paragraph ("Partial transcript as follows: \"WALLACE: …
/// \"PENCE: …"): each turn is its label's words, credited by the label's colon, not a quotation
/// of the article's speaker; the paragraphs that go on after a turn are that turn's, and a stage
/// direction in brackets ("(CROSSTALK.)") is no one's words. `quotes` are sorted by start.
pub fn transcript_turns(text: &str, quotes: &mut Vec<Quote>) {
    if !quotes.iter().any(|q| q.kind == QuoteKind::Direct && turn_label(q.text(text)).is_some()) {
        return;
    }
    // (the turn in progress: its speaker, its cue, where its last paragraph ends)
    let mut turn: Option<(Mention, Span, usize)> = None;
    // (rebuilt in order: a turn, then the quotations inside it, “Shark Tank.”)
    let mut out = Vec::with_capacity(quotes.len());
    for mut q in std::mem::take(quotes) {
        if q.kind != QuoteKind::Direct {
            out.push(q);
            continue;
        }
        let s = q.text(text);
        // (the next paragraph: only marks and white space between)
        let next = turn.as_ref().is_some_and(|t| text.get(t.2..q.start).is_some_and(|g| g.contains('\n') && g.chars().all(|c| c.is_whitespace() || matches!(c, '"' | '\u{201c}' | '\u{201d}'))));
        if let Some(l) = turn_label(s).filter(|&l| !s[l + 1..].trim().is_empty()) {
            let speaker = Mention { name: s[..l].to_string(), start: q.start, end: q.start + l, resolution: Resolution::AsWritten };
            let cue = Span::new(q.start + l, q.start + l + 1);
            // (past the colon and the spaces after it, a no-break one too)
            q.start += l + 1 + (s.len() - l - 1 - s[l + 1..].trim_start().len());
            turn = Some((speaker, cue, q.end));
        } else if let Some(t) = turn.as_mut().filter(|_| next) {
            t.2 = q.end;
            if s.starts_with('(') && s.trim_end_matches(['.', ' ']).ends_with(')') {
                continue;
            }
        } else {
            turn = None;
            out.push(q);
            continue;
        }
        let Some((speaker, cue, _)) = turn.as_ref() else { continue };
        q.kind = QuoteKind::Indirect;
        q.speaker = Some(speaker.clone());
        q.cue = Some(*cue);
        q.via = None;
        out.push(q);
        inner_quotes(text, &mut out);
    }
    *quotes = out;
}

/// The curly-quoted words inside the transcript turn last in `out`, as mixed quotes of its
/// speaker, pushed after it.
fn inner_quotes(text: &str, out: &mut Vec<Quote>) {
    let Some(q) = out.last().cloned() else { return };
    let s = q.text(text);
    let mut from = 0;
    while let Some(o) = s[from..].find('\u{201c}') {
        let a = from + o + '\u{201c}'.len_utf8();
        let Some(c) = s[a..].find('\u{201d}') else { break };
        let b = a + c;
        if b > a {
            out.push(Quote { start: q.start + a, end: q.start + b, kind: QuoteKind::Mixed, ..q.clone() });
        }
        from = b + '\u{201d}'.len_utf8();
    }
}
