//! Word lists of the reported-speech rules (lowercase), learned from the cue
//! and boundary distribution of attribution-annotated news.

/// Word sets of the lists this pass looks words up in (see `crate::lexicon::WordSet`).
static SET_NOT_PLURAL: crate::lexicon::WordSet<{ NOT_PLURAL.len() }> = crate::lexicon::WordSet::new(NOT_PLURAL);
static SET_NOT_VERBS: crate::lexicon::WordSet<{ NOT_VERBS.len() }> = crate::lexicon::WordSet::new(NOT_VERBS);

/// The inflection of a cue verb.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// "say", "claim"
    Base,
    /// "says", "claims"
    S,
    /// "said", "claimed" (past tense or participle)
    Past,
    /// "saying", "claiming"
    Ing,
}

/// Verbs that introduce what someone said, wrote, thought or judged; sorted.
/// The content is the rest of the clause after the verb (a that-clause, a
/// bare clause, or an object with its predicate: "called the plan a failure").
const VERBS: &[&str] = &[
    "accept",
    "accuse",
    "acknowledge",
    "add",
    "admit",
    "advocate",
    "affirm",
    "agree",
    "allege",
    "allude",
    "announce",
    "anticipate",
    "apologise",
    "apologize",
    "applaud",
    "argue",
    "ask",
    "assail",
    "assert",
    "assure",
    "attack",
    "balk",
    "believe",
    "bemoan",
    "blame",
    "blast",
    "boast",
    "brag",
    "brand",
    "brief",
    "calculate",
    "call",
    "cast",
    "caution",
    "challenge",
    "champion",
    "chant",
    "characterise",
    "characterize",
    "charge",
    "cite",
    "claim",
    "clarify",
    "comment",
    "complain",
    "compliment",
    "concede",
    "conclude",
    "condemn",
    "confirm",
    "congratulate",
    "consider",
    "contend",
    "counter",
    "credit",
    "criticise",
    "criticize",
    "critique",
    "decide",
    "declare",
    "decline",
    "decry",
    "deem",
    "defend",
    "demand",
    "demonstrate",
    "denounce",
    "deny",
    "deride",
    "describe",
    "detail",
    "disavow",
    "disclose",
    "discuss",
    "dismiss",
    "dispute",
    "doubt",
    "dub",
    "echo",
    "email",
    "embrace",
    "emphasise",
    "emphasize",
    "encourage",
    "endorse",
    "estimate",
    "expect",
    "explain",
    "express",
    "favor",
    "fear",
    "feel",
    "find",
    "fire",
    "focus",
    "forecast",
    "hail",
    "highlight",
    "hint",
    "hit",
    "hope",
    "imagine",
    "imply",
    "indicate",
    "inform",
    "insist",
    "interject",
    "invoke",
    "joke",
    "justify",
    "knock",
    "know",
    "label",
    "lambaste",
    "lament",
    "lash",
    "laud",
    "learn",
    "liken",
    "list",
    "maintain",
    "mention",
    "mock",
    "muse",
    "note",
    "notice",
    "observe",
    "offer",
    "oppose",
    "order",
    "plan",
    "plead",
    "pledge",
    "point",
    "portray",
    "post",
    "praise",
    "predict",
    "prefer",
    "proclaim",
    "promise",
    "propose",
    "push",
    "question",
    "quip",
    "rail",
    "realize",
    "rebuke",
    "rebut",
    "recall",
    "reckon",
    "recognize",
    "recommend",
    "recount",
    "refer",
    "reference",
    "refuse",
    "regard",
    "reiterate",
    "reject",
    "remark",
    "remember",
    "remind",
    "repeat",
    "reply",
    "report",
    "request",
    "respond",
    "retort",
    "retweet",
    "reveal",
    "rule",
    "say",
    "see",
    "seek",
    "shoot",
    "shout",
    "show",
    "side",
    "signal",
    "slam",
    "spar",
    "speak",
    "speculate",
    "state",
    "stress",
    "suggest",
    "support",
    "suspect",
    "talk",
    "tell",
    "testify",
    "thank",
    "think",
    "threaten",
    "tout",
    "tweet",
    "underscore",
    "unveil",
    "urge",
    "view",
    "voice",
    "vow",
    "want",
    "warn",
    "weigh",
    "welcome",
    "wonder",
    "worry",
    "write",
    "yell",
];

/// Irregular forms: (form, lemma, inflection).
const IRREGULAR: &[(&str, &str, Form)] = &[
    ("said", "say", Form::Past),
    ("says", "say", Form::S),
    ("saying", "say", Form::Ing),
    ("told", "tell", Form::Past),
    ("wrote", "write", Form::Past),
    ("written", "write", Form::Past),
    ("thought", "think", Form::Past),
    ("knew", "know", Form::Past),
    ("known", "know", Form::Past),
    ("found", "find", Form::Past),
    ("felt", "feel", Form::Past),
    ("shown", "show", Form::Past),
    ("sought", "seek", Form::Past),
    ("saw", "see", Form::Past),
    ("shot", "shoot", Form::Past),
    // ("hit back that …": the past, as "fired back")
    ("hit", "hit", Form::Past),
    ("learnt", "learn", Form::Past),
    ("spoke", "speak", Form::Past),
    ("spoken", "speak", Form::Past),
    // (a relay's "quoting X" reads as "citing X")
    ("quoting", "cite", Form::Ing),
];

/// Forms that are nouns or adjectives far more often than cue verbs.
const NOT_VERBS: &[&str] = &[
    "state", "states", "point", "points", "report", "estimate", "estimates", "feel", "know",
    "counter", "charge", "charges", "hint", "hints", "repeat", "signal", "signals", "tweet",
    "tweets", "stress", "joke", "jokes", "promise", "vow", "muse", "known",
    "charged", "pledged", "posts", "post", "questions", "question", "talks", "favor", "favors",
    "remarks", "attacks", "offers", "demands", "shown", "mentions", "written", "opposes",
    "feeling", "finding", "views", "view", "sees", "seeing", "seen", "regards", "learning", "showing", "reporting", "counting", "find", "finds",
    "note", "call", "claim", "hope", "fear", "fears", "attack", "order", "orders", "worrying",
    "label", "labels", "brand", "brands", "email", "emails", "shout", "shouts", "chant", "chants",
    "support", "supporting", "comment", "comments", "champion", "champions", "request",
    "requests", "voice", "voices", "reference", "references", "forecast", "forecasts",
    "challenge", "challenges", "challenging", "detail", "details", "encouraging",
    "favored", "favoring", "focus", "focuses", "demand", "thought",
    "credit", "credits", "list", "critiques", "plan", "planes", "suspect", "suspects",
    "rule", "rules", "ruling", "brief", "briefs", "briefing", "reckoning",
];

/// The cue-verb list is sorted (the look-up is a binary search).
#[cfg(test)]
pub fn verbs_sorted() -> bool {
    VERBS.windows(2).all(|w| w[0] < w[1])
}

/// For each first letter a..z, the set of lengths (bit n: n bytes) of the [`IRREGULAR`] forms
/// with that letter: most words are not looked for in the list.
const IRREGULAR_SHAPES: [u32; 26] = {
    let mut out = [0u32; 26];
    let mut i = 0;
    while i < IRREGULAR.len() {
        let b = IRREGULAR[i].0.as_bytes();
        assert!(b[0].is_ascii_lowercase() && b.len() < 32);
        out[(b[0] - b'a') as usize] |= 1 << b.len();
        i += 1;
    }
    out
};

/// First-two-letter sets of [`VERBS`], for the quick rejection in `verb_form`.
const VERB_PREFIXES: [u32; 26] = crate::lexicon::prefixes(VERBS);

/// The lemma `stem` among `verbs`, the verbs with the first two letters of the word it was
/// made from (see [`verb_form`]).
fn lookup(verbs: &'static [&'static str], stem: &str) -> Option<&'static str> {
    // (a plain loop and byte comparison: no out-of-line iterator or `memcmp` in wasm)
    let mut k = 0;
    while k < verbs.len() {
        if crate::lexicon::same(verbs[k], stem) {
            return Some(verbs[k]);
        }
        k += 1;
    }
    None
}

/// For each two-letter prefix `p` (index `26 * first + second`), the number of [`VERBS`]
/// whose prefix comes before it: the verbs with prefix `p` are `VERBS[START[p]..START[p + 1]]`
/// (the list is sorted).
const VERB_PREFIX_START: [u8; 26 * 26 + 1] = {
    assert!(VERBS.len() < 256);
    let mut out = [0u8; 26 * 26 + 1];
    let mut i = 0;
    while i < VERBS.len() {
        let b = VERBS[i].as_bytes();
        // (`prefixes` asserts that every verb starts with two lowercase letters)
        out[(b[0] - b'a') as usize * 26 + (b[1] - b'a') as usize + 1] += 1;
        i += 1;
    }
    let mut p = 1;
    while p < out.len() {
        out[p] += out[p - 1];
        p += 1;
    }
    out
};

/// The verbs (a range of the sorted [`VERBS`]) that start with the first two bytes of `w`,
/// two lowercase ASCII letters.
fn verbs_with_prefix(w: &[u8]) -> &'static [&'static str] {
    let p = usize::from(w[0] - b'a') * 26 + usize::from(w[1] - b'a');
    &VERBS[usize::from(VERB_PREFIX_START[p])..usize::from(VERB_PREFIX_START[p + 1])]
}

/// The lemma and inflection of `w` (lowercase) when it is a cue verb form.
pub fn verb(w: &str) -> Option<(&'static str, Form)> {
    if w.len() < 3 || w.len() > 16 || !w.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    // most words are no verb at all: the exclusions are looked at only for those that are
    let v = verb_form(w)?;
    (!SET_NOT_VERBS.contains(w)).then_some(v)
}

/// The cue-verb reading of `w` (lowercase) and whether the form is listed as mostly a noun
/// (one look-up; the rules read such a form as a verb only in a verb's context: "they fear").
pub fn verb_reading(w: &str) -> Option<((&'static str, Form), bool)> {
    if w.len() < 3 || w.len() > 16 || !w.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    let v = verb_form(w)?;
    Some((v, SET_NOT_VERBS.contains(w)))
}

/// The lemma and inflection of a lowercase ASCII word, before the exclusions.
fn verb_form(w: &str) -> Option<(&'static str, Form)> {
    // most words have a first letter and length no irregular form has
    // (callers pass lowercase ASCII words of 3 to 16 bytes)
    let b = w.as_bytes();
    if b.first().is_some_and(|&f| f.is_ascii_lowercase() && b.len() < 32 && IRREGULAR_SHAPES[usize::from(f - b'a')] & (1 << b.len()) != 0) {
        if let Some(&(_, lemma, form)) = IRREGULAR.iter().find(|(f, _, _)| crate::lexicon::same(f, w)) {
            return Some((lemma, form));
        }
    }
    // Every regular form keeps the first two letters of its lemma (the lemmas are at least
    // three letters long: `prefixes` asserts it at compile time), so most words stop here.
    if !crate::lexicon::has_prefix(w.as_bytes(), &VERB_PREFIXES) {
        return None;
    }
    // every stem tried below keeps those two letters too (a shorter one is no lemma): the
    // look-ups search only the few verbs that have them
    let verbs = verbs_with_prefix(w.as_bytes());
    if let Some(l) = lookup(verbs, w) {
        return Some((l, Form::Base));
    }
    let mut buf = [0u8; 20];
    // the inflections by the word's last letter (callers pass words of 3 bytes or more)
    match w.as_bytes()[w.len() - 1] {
        b'g' => {
            // -ing: "saying", "arguing" (+e), "admitting" (doubled)
            if let Some(stem) = crate::lexicon::strip_ascii_suffix(w, "ing") {
                if let Some(l) = lookup(verbs, stem).or_else(|| with_e(verbs, stem, &mut buf)).or_else(|| undouble(verbs, stem)) {
                    return Some((l, Form::Ing));
                }
            }
        }
        b'd' => {
            if let Some(stem) = crate::lexicon::strip_ascii_suffix(w, "ied") {
                if let Some(l) = with_y(verbs, stem, &mut buf) {
                    return Some((l, Form::Past));
                }
            }
            if let Some(stem) = crate::lexicon::strip_ascii_suffix(w, "ed") {
                if let Some(l) = lookup(verbs, stem).or_else(|| undouble(verbs, stem)) {
                    return Some((l, Form::Past));
                }
            }
            if let Some(l) = lookup(verbs, &w[..w.len() - 1]) {
                return Some((l, Form::Past));
            }
        }
        b's' => {
            if let Some(stem) = crate::lexicon::strip_ascii_suffix(w, "ies") {
                if let Some(l) = with_y(verbs, stem, &mut buf) {
                    return Some((l, Form::S));
                }
            }
            if let Some(stem) = crate::lexicon::strip_ascii_suffix(w, "es") {
                if let Some(l) = lookup(verbs, stem) {
                    return Some((l, Form::S));
                }
            }
            if let Some(l) = lookup(verbs, &w[..w.len() - 1]) {
                return Some((l, Form::S));
            }
        }
        _ => {}
    }
    None
}

fn with_e(verbs: &'static [&'static str], stem: &str, buf: &mut [u8; 20]) -> Option<&'static str> {
    with_suffix(verbs, stem, b'e', buf)
}

fn with_y(verbs: &'static [&'static str], stem: &str, buf: &mut [u8; 20]) -> Option<&'static str> {
    with_suffix(verbs, stem, b'y', buf)
}

fn with_suffix(verbs: &'static [&'static str], stem: &str, c: u8, buf: &mut [u8; 20]) -> Option<&'static str> {
    let n = stem.len();
    if n + 1 > buf.len() {
        return None;
    }
    buf[..n].copy_from_slice(stem.as_bytes());
    buf[n] = c;
    std::str::from_utf8(&buf[..n + 1]).ok().and_then(|s| lookup(verbs, s))
}

/// "admitt" → "admit".
fn undouble(verbs: &'static [&'static str], stem: &str) -> Option<&'static str> {
    let b = stem.as_bytes();
    let n = b.len();
    (n >= 3 && b[n - 1] == b[n - 2]).then(|| lookup(verbs, &stem[..n - 1])).flatten()
}

/// Particles that belong to the cue ("pointed out", "called for").
pub fn particles(lemma: &str) -> Option<&'static [&'static str]> {
    match lemma {
        "point" => Some(&["out", "to"]),
        "focus" => Some(&["on"]),
        "refer" => Some(&["to"]),
        "talk" => Some(&["about", "up"]),
        "speak" => Some(&["about", "of", "out"]),
        "lash" => Some(&["out"]),
        "allude" => Some(&["to"]),
        "spar" => Some(&["with"]),
        "apologize" => Some(&["for"]),
        "write" => Some(&["about"]),
        "warn" => Some(&["of", "about"]),
        "agree" => Some(&["with"]),
        "ask" => Some(&["for"]),
        "weigh" => Some(&["in"]),
        "push" => Some(&["for", "back"]),
        "fire" | "shoot" => Some(&["back"]),
        "hit" => Some(&["back", "out"]),
        "call" => Some(&["for", "on", "upon"]),
        "rail" => Some(&["against", "about"]),
        "side" => Some(&["with"]),
        "balk" => Some(&["at"]),
        _ => None,
    }
}

/// Lemmas that are cues only with their particle.
pub const NEEDS_PARTICLE: &[&str] = &[
    "point", "refer", "talk", "speak", "focus", "rail", "side", "balk", "lash", "weigh", "push",
    "fire", "shoot", "allude", "spar", "apologize", "hit",
];

/// Verbs whose content may be a to-infinitive ("vowed to fight", "urged him to go").
pub const TO_CONTENT: &[&str] = &[
    "ask", "demand", "expect", "offer", "pledge", "promise", "propose", "recommend", "seek",
    "threaten", "urge", "vow", "want", "call", "refer", "decline", "refuse", "hope", "agree",
    "decide", "order", "plan", "claim",
];

/// Verbs that report only with a to-infinitive ("declined to comment", not "sales declined").
pub const TO_ONLY: &[&str] = &["decline", "refuse", "decide", "plan"];

/// Verbs whose addressee comes before the content ("told reporters that …").
pub const TELL_LIKE: &[&str] = &["tell", "inform", "remind", "assure", "warn"];

pub const NEGATIONS: &[&str] = &[
    "not", "n't", "never", "didn't", "doesn't", "don't", "hasn't", "haven't", "hadn't",
    "won't", "wouldn't", "couldn't", "can't", "cannot", "isn't", "wasn't", "aren't", "weren't",
    "didn\u{2019}t", "doesn\u{2019}t", "don\u{2019}t", "hasn\u{2019}t", "haven\u{2019}t",
    "won\u{2019}t", "wouldn\u{2019}t", "couldn\u{2019}t", "can\u{2019}t", "no", "neither", "nor",
];

pub const MODALS: &[&str] = &[
    "could", "might", "may", "would", "will", "should", "can", "must", "shall", "ll", "d",
];

pub const BE: &[&str] = &["is", "was", "were", "are", "be", "been", "being", "am", "get", "got", "gets", "getting", "gotten"];
static SET_BE: crate::lexicon::WordSet<{ BE.len() }> = crate::lexicon::WordSet::new(BE);

/// Whether [`BE`] holds `w` (lowercase).
#[inline]
pub fn is_be(w: &str) -> bool {
    SET_BE.contains(w)
}

pub const HAVE_DO: &[&str] = &["has", "have", "had", "did", "does", "do"];

/// Adverbs between a subject and its cue ("also said", "has repeatedly warned").
pub const ADVERBS: &[&str] = &[
    "almost", "nearly", "apparently", "seemingly", "here", "there",
    "also", "later", "previously", "repeatedly", "publicly", "privately", "recently", "once",
    "often", "then", "again", "first", "already", "still", "just", "even", "further",
    "separately", "initially", "earlier", "quickly", "immediately", "explicitly", "flatly",
    "openly", "frequently", "long", "consistently", "reportedly", "similarly", "subsequently",
    "now", "finally", "simply", "herself", "himself", "themselves", "correctly", "falsely",
    "wrongly", "rightly", "bluntly", "angrily", "loudly", "clearly", "specifically", "strongly",
    "allegedly", "only", "actually", "ultimately", "originally", "essentially", "personally",
    "always", "sometimes", "usually", "routinely", "ever",
];

pub const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "they", "we", "i", "it", "you"];

pub const OBJECT_PRONOUNS: &[&str] = &["him", "her", "them", "us", "me", "you", "it"];

pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these",
    "those", "some", "many", "several", "other", "another", "each", "every", "both", "all",
    "most", "any", "few", "more",
];

pub const PREPOSITIONS: &[&str] = &[
    "of", "for", "in", "at", "from", "on", "with", "by", "to", "about", "over", "under",
    "into", "after", "before", "during", "against", "among", "between", "through", "without",
    "via", "like", "near",
];

/// Words that cannot be inside a subject noun phrase (scanning back from the cue).
pub const NP_STOP: &[&str] = &[
    "that", "which", "who", "whom", "whose", "when", "where", "while", "whether", "because",
    "if", "but", "and", "or", "nor", "as", "after", "before", "since", "though", "although",
    "than", "so", "then", "to", "is", "was", "are", "were", "be", "been", "being", "am", "has",
    "have", "had", "not", "also", "will", "would", "could", "should", "can", "may", "might",
    "must", "did", "does", "do", "with", "by", "about", "into", "over", "under", "against",
    "between", "during", "without", "through", "on", "however", "meanwhile", "instead", "yet",
    "still", "even", "just", "only", "now", "later", "earlier", "there", "here", "what", "how",
    "why", "until", "unless", "once", "thus", "therefore", "indeed", "too", "very", "it",
    "already", "again", "say", "said", "says", "told", "like", "upon", "amid", "despite",
    "whereas", "whom", "this", "last", "next", "ago", "today", "yesterday", "tonight",
    "tomorrow", "never", "always", "often", "sometimes", "first",
];

/// Words that may stand between a cue and its "that" ("said in a statement Tuesday that").
pub const ADJUNCT_WORDS: &[&str] = &[
    "statement", "interview", "interviews", "speech", "letter", "week", "month", "year", "night",
    "morning", "afternoon", "evening", "earlier", "later", "recently", "repeatedly", "also",
    "again", "publicly", "privately", "previously", "today", "yesterday", "tonight", "then",
    "time", "rally", "debate", "post", "press", "conference", "call", "hearing", "briefing",
    "news", "release", "radio", "television", "tv", "twitter", "facebook", "email", "emailed",
    "written", "reporters", "supporters", "voters", "audience", "crowd", "phone", "campaign",
    "event", "appearance", "remarks", "op-ed", "column", "tweet", "message", "meeting",
    "senate", "house", "floor", "interview", "program", "show", "podcast", "video", "blog",
    "book", "memo", "report", "filing", "court", "testimony", "letter", "weekend", "address",
    "stop", "forum", "session", "town", "hall", "broadcast", "episode", "appearance",
    "telephone", "online", "instagram", "note", "essay", "article", "op-ed", "editorial",
    "media", "journalists", "newspaper", "broadcaster",
];

/// First words that show the cue has no clause after it ("said to be", "said so").
pub const NOT_CONTENT_START: &[&str] = &[
    "to", "so", "about", "by", "for", "with", "up", "off", "out", "nothing", "little",
    "something", "anything", "goodbye", "thanks", "hello", "yes", "no", "into",
    "from", "as", "earlier", "later", "more", "and", "or", "but", "than",
];

/// Sentence-initial words before the subject ("But he said …").
pub const CONJ_START: &[&str] = &[
    "but", "and", "so", "yet", "still", "meanwhile", "however", "instead", "now", "then",
    "also", "later", "earlier", "indeed", "moreover",
];

/// Time words that make an adjunct on their own ("Tuesday", "yesterday").
pub const TIME_WORDS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
    "today", "tonight", "recently", "repeatedly", "publicly", "privately", "previously",
    "earlier", "later", "again", "also", "then", "night", "morning", "afternoon", "evening",
    "week", "weeks", "month", "months", "year", "years", "weekend", "days", "day",
    "january", "february", "march", "april", "june", "july", "august", "september",
    "october", "november", "december", "time", "ago", "frequently", "often", "once",
    "midnight", "noon", "dawn", "hours", "minutes",
];

/// Prepositions and determiners that start an adjunct.
pub const ADJUNCT_START: &[&str] = &[
    "on", "in", "at", "during", "for", "last", "this", "late", "early", "via", "over",
    "through", "after", "before", "while", "from", "outside", "shortly", "soon",
];

/// Prepositions before a time word in the subject-verb gap ("Trump on Sunday said").
pub const TIME_PREP: &[&str] = &["on", "last", "this", "earlier", "late", "early", "in"];

/// Verbs that report only with a that-clause ("found that …", not "found a job").
pub const THAT_ONLY: &[&str] = &[
    "find", "feel", "know", "learn", "realize", "recognize", "maintain", "calculate", "anticipate",
    "demonstrate", "rule",
];

/// Verbs that report a judgement only with "as" ("sees the plan as a risk").
pub const AS_ONLY: &[&str] = &["see", "view", "regard", "cast"];

/// Conjunctions after a comma that end a reported clause (", although …").
pub const CLAUSE_CUT: &[&str] = &["although", "though", "whereas", "while", "however", "compared"];

/// Subordinating conjunctions that open a new clause after ", and" / ", but".
pub const SUBORDINATORS: &[&str] = &[
    "when", "if", "as", "after", "before", "because", "while", "although", "though", "since",
    "unless", "once",
];

/// Time adverbs that may stand between a subject and its cue ("Smith on Tuesday said").
pub const TIME_ADVERBS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
    "today", "tonight", "recently", "earlier", "later", "previously", "once",
];

/// Quantifiers that can head a subject on their own ("many say", "few believe").
pub const QUANT_HEADS: &[&str] = &["few", "many", "most", "some", "several", "all", "both", "others", "another"];

/// Documents that "in" credits with a finding ("in a new poll", "in the survey").
pub const POLL_NOUNS: &[&str] = &[
    "poll", "polls", "polling", "survey", "surveys", "study", "analysis", "tally", "average",
    "estimate", "estimates", "mind", "view", "opinion", "count",
];

/// Poll nouns that credit the clause before them ("… leads in a new poll").
pub const POLL_ONLY: &[&str] = &["poll", "survey", "study"];

/// Cue verbs that do not report as a participle (", offering …", ", seeking …").
pub const NO_PARTICIPLE: &[&str] = &[
    "highlight", "want", "find", "show", "know", "feel", "post", "prefer", "welcome", "oppose",
    "threaten", "echo", "worry", "speak",
];

/// Verbs whose addressee precedes an if-, wh- or to-clause ("asked him whether …").
pub const ASK_LIKE: &[&str] = &["ask", "urge", "advise", "call", "press", "implore", "encourage"];

/// Relative pronouns after a comma that end a reported clause (", which …").
pub const REL_CUT: &[&str] = &["which", "who"];

/// Discourse adverbials that open a sentence but are not reported content ("In fact, …").
pub const DISCOURSE: &[&str] = &[
    "in fact", "in all", "still", "however", "indeed", "meanwhile", "now", "yet", "moreover",
    "instead", "of course", "in short", "in addition", "overall", "first", "second", "finally",
    "also", "so", "but", "and", "well", "again", "then", "today", "already", "nevertheless",
    "for example", "for instance", "in particular", "in turn", "at the same time",
];

/// Nouns that make a compound with a preceding cue-verb form ("think tank").
pub const COMPOUND_HEADS: &[&str] = &["tank", "tanks", "card", "cards", "piece", "pieces", "host", "hosts"];

/// Block-opening labels before a colon that are not speakers ("Analysis: …", "Watch: …").
pub const COLON_LABELS: &[&str] = &[
    "analysis", "opinion", "update", "updated", "watch", "video", "photo", "photos", "live",
    // a match report's facts box: "Goals: …", "Booked: …", "Referee: …"
    "goals", "scorers", "booked", "bookings", "subs", "substitutes", "attendance", "referee",
    "venue", "half-time", "full-time", "teams", "line-ups", "lineups",
    "breaking", "exclusive", "editor", "note", "related", "read", "source", "sources", "credit",
    "review", "explainer", "comment", "timeline", "factbox", "q", "a", "question",
    "answer", "quiz", "podcast", "listen", "see", "also", "more", "warning", "correction",
    "clarification", "disclaimer", "transcript", "interview", "essay", "letter",
    "letters", "briefing", "newsletter", "fact", "check", "graphic", "chart", "map", "audio",
    "topics", "tags", "filed", "posted", "published", "by", "from", "subject", "re", "date",
    "time", "when", "where", "what", "why", "how", "who", "the", "this", "here", "today",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "bottom",
    "line", "ps", "p.s", "update", "step", "part", "chapter", "section", "rule", "example",
    "tip", "lesson", "takeaway", "verdict", "result", "results", "score", "winner", "loser",
    "winners", "losers", "pros", "cons", "pro", "con", "issue", "issues", "background",
    // a race card's and a facts box's fields: "Going: soft", "Distance: 3m", "Facts: …"
    "going", "distance", "ground", "weather", "conditions", "odds", "prize", "purse", "surface",
    "facts", "figures", "stats", "statistics", "capacity", "population", "founded", "established",
    // caption credits: "Photograph: Name/Agency"
    "photograph", "photographs", "picture", "pictures", "image", "images", "illustration",
    "composite", "caption", "footage",
    // live-page section and agenda labels: "Introduction: …", "Noon BST: …", and named
    // weather events ("Storm Ada: …"), which speak for no one
    "introduction", "intro", "summary", "recap", "latest", "preview", "agenda", "noon",
    "midnight", "bst", "gmt", "edt", "est", "cet", "storm", "hurricane", "typhoon", "cyclone",
    // match stages on a sports live page: "Half-time: Leeds 0-1 Hull"
    "half-time", "halftime", "full-time", "fulltime", "kick-off", "kickoff", "ht", "ft", "goal",
    "substitution", "lineups", "teams",
];

/// Speech and belief nouns that take a that-clause ("her claim that …").
pub const NOUN_CUES: &[&str] = &[
    "claim", "claims", "assertion", "argument", "contention", "belief", "view", "warning",
    "promise", "suggestion", "insistence", "allegation", "allegations", "charge", "statement",
    "accusation", "prediction", "assessment", "vow", "pledge", "fear", "fears", "hope",
    "concern", "message", "position", "assurance", "announcement", "admission", "conclusion",
    "boast", "complaint", "theory", "suspicion", "estimate", "explanation", "remark",
    "complaints", "speculation", "assumption",
];


/// Object nouns of attitude or speech, beside the noun cues, before a that-clause
/// ("expressed alarm that …", "rejected the notion that …").
pub const OBJECT_NOUNS: &[&str] = &[
    "idea", "notion", "possibility", "confidence", "doubt", "doubts", "concerns", "hopes",
    "impression", "alarm", "frustration", "worry", "worries", "optimism", "assurances",
    "warnings",
];

/// Evidential verbs whose subject and complement are the content, with no source
/// ("the deal seemed to collapse").
pub const RAISING: &[&str] = &["seem", "seems", "seemed", "appear", "appears", "appeared"];

/// Words before which the subject of an evidential verb starts ("… because the plan seemed …").
pub const SUBJECT_BOUNDARY: &[&str] = &[
    "that", "because", "while", "if", "when", "as", "and", "but", "although", "though", "since",
    "so", "whether", "where", "after", "before", "than", "until", "unless", "once", "yet",
];

/// Cues of denial, whose content may be one noun ("denied wrongdoing").
pub const DENY_LIKE: &[&str] = &["deny", "dispute", "reject"];

/// Transitive cues whose content is usually their object alone ("endorsed her in May").
pub const NP_OBJECT: &[&str] = &[
    "endorse", "oppose", "praise", "prefer", "support",
];

/// Words that make "show" a noun ("a talk show", "the radio show").
pub const SHOW_MODIFIERS: &[&str] = &[
    "talk", "reality", "radio", "tv", "television", "game", "morning", "news", "cooking", "comedy",
    "late-night", "variety", "cable", "trade", "road", "fashion", "cooking", "quiz", "chat", "web",
];

/// Number words that open a count ("about half", "about two-thirds", "about a dozen").
pub const COUNT_WORDS: &[&str] = &[
    "half", "a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "twice", "dozen", "hundred", "hundreds", "thousand", "thousands", "two-thirds",
    "one-third", "three-quarters", "one-quarter", "million",
];

/// Documents whose findings are reported ("the survey found …", "records show …").
/// Things published or sent ("a statement posted on …", "a letter sent to …"): with a past
/// participle after them they head a reduced relative clause, not a report.
pub const PUBLISHED: &[&str] = &[
    "statement", "statements", "letter", "letters", "post", "posts", "tweet", "tweets", "message",
    "messages", "video", "videos", "memo", "release", "article", "column", "editorial", "email",
    "interview", "speech", "remarks", "comments", "document", "documents",
];

/// Nouns of a comment on what was reported (", a claim that could not be verified").
pub const COMMENT_NOUNS: &[&str] = &[
    "claim", "charge", "assertion", "allegation", "accusation", "statement", "figure", "move",
    "view", "position", "suggestion", "characterisation", "characterization", "account",
    "description", "level", "estimate", "phrase", "term", "word", "label", "line", "stance",
    "remark", "comment", "admission", "pledge", "promise", "prediction", "assessment",
    "proposal", "plan", "idea", "decision",
];

pub const DOC_NOUNS: &[&str] = &[
    "poll", "polls", "survey", "surveys", "study", "studies", "analysis", "report", "reports",
    "records", "data", "results", "figures", "numbers", "documents", "research", "review",
    "investigation", "audit", "filings", "tally", "census", "footage", "emails", "estimates",
];

/// Words ending in -s that are no plural nouns.
const NOT_PLURAL: &[&str] = &[
    "its", "his", "this", "was", "has", "is", "us", "does", "yes", "thus", "plus", "always",
    "sometimes", "perhaps", "whereas", "news", "series", "species", "status", "bus", "campus",
    "census", "consensus", "virus", "various", "previous", "serious", "obvious", "famous",
    "nervous", "anxious", "jealous", "dangerous", "numerous", "religious", "unanimous",
    "enormous", "tremendous", "generous", "ridiculous", "conscious", "curious", "across",
    "less", "unless", "regardless", "nevertheless", "towards", "afterwards", "besides",
    "as", "whose", "analysis", "crisis", "basis", "thesis", "emphasis", "chaos", "congress",
    "progress", "access", "process", "business", "success", "address", "press", "class",
    "mass", "boss", "loss", "miss", "kiss", "gas", "alias", "bias", "canvas", "atlas",
];

/// `w` (lowercase) reads as a plural noun ("officials", "voters", "democrats").
pub fn plural_noun(w: &str) -> bool {
    w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("'s")
        && !w.ends_with("\u{2019}s")
        && !w.ends_with("ous")
        && !SET_NOT_PLURAL.contains(w)
        && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
}

/// Prepositions before a participle opening the sentence ("After saying …, she left").
pub const FRONT_PREPS: &[&str] = &["after", "since", "before", "while", "by", "besides", "upon", "when"];

/// Speech verbs whose bare clause is reported ("after saying he was tired").
pub const SAY_LIKE: &[&str] = &[
    "say", "claim", "argue", "suggest", "insist", "warn", "announce", "note", "acknowledge",
    "admit", "declare", "assert", "explain", "predict", "state", "rule",
];

/// Common irregular past forms that end a subject noun phrase ("the coach left …").
pub const IRREGULAR_PAST: &[&str] = &[
    "left", "went", "came", "made", "took", "gave", "got", "ran", "won", "lost", "met", "spent",
    "held", "kept", "began", "became", "put", "sent", "brought", "stood", "sat", "fell", "led",
    "paid", "rose", "drew", "struck", "fought", "chose", "built", "broke", "grew", "hit",
    "bought", "sold", "caught", "threw", "stole",
];

/// Verbs of belief and feeling: nested under a report of the same source they stay in its
/// content ("said the vote was close and he feels he can win").
pub const BELIEFS: &[&str] = &["feel", "think", "believe", "hope", "fear", "know", "expect", "want", "worry", "doubt", "suspect"];
