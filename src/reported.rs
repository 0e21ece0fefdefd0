//! Pass 3b: reported speech without quotation marks.
//!
//! "Putin said negotiations had been warm", "…, officials said", "according
//! to the ministry, …": a cue verb or noun with a clause as its content.
//! Returns quotes of kind `indirect`, with the same cue span as a direct
//! quote they contain so that the two read as one attribution.
//!
//! The rules work on one sentence at a time, on its tokens (one lowercase
//! copy of the sentence, no allocation per token):
//!
//! * **cue before content**: `SUBJECT [aux/adverbs] CUE [object] [that] CONTENT`;
//!   the content runs to the sentence end, or to the next clause that has
//!   its own cue (", saying …", "and said …", "; …", ", according to …");
//! * **cue after content**: `CONTENT, SUBJECT CUE [adjuncts].` and
//!   `CONTENT, CUE SUBJECT.`, also in the middle (`A, he said, B.`);
//! * **participles**: `…, saying CONTENT` credits the subject of the sentence;
//! * **"according to X"** before or after its content.
//!
//! Negated, modal and infinitive cues ("did not say", "could claim", "to
//! say") and agentless passives ("it is believed") are not attributions; a
//! refusal ("declined to say whether …") and an evidential verb without a
//! source ("the plan seems to fail", "is expected to pass") are.
//! Cues inside a direct quote are ignored; a clause already covered by a
//! direct quote is not returned twice.

use crate::text::{Block, BlockKind, Token};
use crate::{Mention, Quote, QuoteKind, Resolution, Span};

pub(crate) mod lex;
use lex::{verb, Form};

/// Word sets of the lists this pass looks words up in (see `crate::lexicon::WordSet`).
static SET_LEXICON_ABBREVIATIONS: crate::lexicon::WordSet<{ crate::lexicon::ABBREVIATIONS.len() }> = crate::lexicon::WordSet::new(crate::lexicon::ABBREVIATIONS);
static SET_LEX_PUBLISHED: crate::lexicon::WordSet<{ lex::PUBLISHED.len() }> = crate::lexicon::WordSet::new(lex::PUBLISHED);
static SET_LEX_COMMENT_NOUNS: crate::lexicon::WordSet<{ lex::COMMENT_NOUNS.len() }> = crate::lexicon::WordSet::new(lex::COMMENT_NOUNS);
static SET_LEX_POLL_ONLY: crate::lexicon::WordSet<{ lex::POLL_ONLY.len() }> = crate::lexicon::WordSet::new(lex::POLL_ONLY);
static SET_LEX_QUANT_HEADS: crate::lexicon::WordSet<{ lex::QUANT_HEADS.len() }> = crate::lexicon::WordSet::new(lex::QUANT_HEADS);
static SET_LEX_SUBJECT_BOUNDARY: crate::lexicon::WordSet<{ lex::SUBJECT_BOUNDARY.len() }> = crate::lexicon::WordSet::new(lex::SUBJECT_BOUNDARY);
static SET_LEX_ADJUNCT_START: crate::lexicon::WordSet<{ lex::ADJUNCT_START.len() }> = crate::lexicon::WordSet::new(lex::ADJUNCT_START);
static SET_LEX_ADJUNCT_WORDS: crate::lexicon::WordSet<{ lex::ADJUNCT_WORDS.len() }> = crate::lexicon::WordSet::new(lex::ADJUNCT_WORDS);
static SET_LEX_ADVERBS: crate::lexicon::WordSet<{ lex::ADVERBS.len() }> = crate::lexicon::WordSet::new(lex::ADVERBS);
static SET_LEX_ASK_LIKE: crate::lexicon::WordSet<{ lex::ASK_LIKE.len() }> = crate::lexicon::WordSet::new(lex::ASK_LIKE);
static SET_LEX_AS_ONLY: crate::lexicon::WordSet<{ lex::AS_ONLY.len() }> = crate::lexicon::WordSet::new(lex::AS_ONLY);
static SET_LEX_BELIEFS: crate::lexicon::WordSet<{ lex::BELIEFS.len() }> = crate::lexicon::WordSet::new(lex::BELIEFS);
static SET_LEX_CLAUSE_CUT: crate::lexicon::WordSet<{ lex::CLAUSE_CUT.len() }> = crate::lexicon::WordSet::new(lex::CLAUSE_CUT);
static SET_LEX_COLON_LABELS: crate::lexicon::WordSet<{ lex::COLON_LABELS.len() }> = crate::lexicon::WordSet::new(lex::COLON_LABELS);
static SET_LEX_COMPOUND_HEADS: crate::lexicon::WordSet<{ lex::COMPOUND_HEADS.len() }> = crate::lexicon::WordSet::new(lex::COMPOUND_HEADS);
static SET_LEX_CONJ_START: crate::lexicon::WordSet<{ lex::CONJ_START.len() }> = crate::lexicon::WordSet::new(lex::CONJ_START);
static SET_LEX_COUNT_WORDS: crate::lexicon::WordSet<{ lex::COUNT_WORDS.len() }> = crate::lexicon::WordSet::new(lex::COUNT_WORDS);
static SET_LEX_DETERMINERS: crate::lexicon::WordSet<{ lex::DETERMINERS.len() }> = crate::lexicon::WordSet::new(lex::DETERMINERS);
static SET_LEX_DISCOURSE: crate::lexicon::WordSet<{ lex::DISCOURSE.len() }> = crate::lexicon::WordSet::new(lex::DISCOURSE);
static SET_LEX_DOC_NOUNS: crate::lexicon::WordSet<{ lex::DOC_NOUNS.len() }> = crate::lexicon::WordSet::new(lex::DOC_NOUNS);
static SET_LEX_FRONT_PREPS: crate::lexicon::WordSet<{ lex::FRONT_PREPS.len() }> = crate::lexicon::WordSet::new(lex::FRONT_PREPS);
static SET_LEX_HAVE_DO: crate::lexicon::WordSet<{ lex::HAVE_DO.len() }> = crate::lexicon::WordSet::new(lex::HAVE_DO);
static SET_LEX_IRREGULAR_PAST: crate::lexicon::WordSet<{ lex::IRREGULAR_PAST.len() }> = crate::lexicon::WordSet::new(lex::IRREGULAR_PAST);

/// An irregular past form ("spent", "took"): a verb, whatever its ending.
pub(crate) fn irregular_past(w: &str) -> bool {
    SET_LEX_IRREGULAR_PAST.contains(w)
}
/// A document whose words are quoted or described ("in a statement released …", "a report
/// published by …"): the findings' nouns and the documents a source issues.
pub(crate) fn document_word(w: &str) -> bool {
    SET_LEX_DOC_NOUNS.contains(w) || matches!(w, "statement" | "letter" | "post" | "memo" | "message" | "video" | "release" | "email")
}
static SET_LEX_MODALS: crate::lexicon::WordSet<{ lex::MODALS.len() }> = crate::lexicon::WordSet::new(lex::MODALS);
static SET_LEX_NEEDS_PARTICLE: crate::lexicon::WordSet<{ lex::NEEDS_PARTICLE.len() }> = crate::lexicon::WordSet::new(lex::NEEDS_PARTICLE);
static SET_LEX_NEGATIONS: crate::lexicon::WordSet<{ lex::NEGATIONS.len() }> = crate::lexicon::WordSet::new(lex::NEGATIONS);
static SET_LEX_NOT_CONTENT_START: crate::lexicon::WordSet<{ lex::NOT_CONTENT_START.len() }> = crate::lexicon::WordSet::new(lex::NOT_CONTENT_START);
static SET_LEX_NOUN_CUES: crate::lexicon::WordSet<{ lex::NOUN_CUES.len() }> = crate::lexicon::WordSet::new(lex::NOUN_CUES);
static SET_LEX_NO_PARTICIPLE: crate::lexicon::WordSet<{ lex::NO_PARTICIPLE.len() }> = crate::lexicon::WordSet::new(lex::NO_PARTICIPLE);
static SET_LEX_NP_OBJECT: crate::lexicon::WordSet<{ lex::NP_OBJECT.len() }> = crate::lexicon::WordSet::new(lex::NP_OBJECT);
static SET_LEX_NP_STOP: crate::lexicon::WordSet<{ lex::NP_STOP.len() }> = crate::lexicon::WordSet::new(lex::NP_STOP);
static SET_LEX_OBJECT_NOUNS: crate::lexicon::WordSet<{ lex::OBJECT_NOUNS.len() }> = crate::lexicon::WordSet::new(lex::OBJECT_NOUNS);
static SET_LEX_OBJECT_PRONOUNS: crate::lexicon::WordSet<{ lex::OBJECT_PRONOUNS.len() }> = crate::lexicon::WordSet::new(lex::OBJECT_PRONOUNS);
static SET_LEX_POLL_NOUNS: crate::lexicon::WordSet<{ lex::POLL_NOUNS.len() }> = crate::lexicon::WordSet::new(lex::POLL_NOUNS);
static SET_LEX_PREPOSITIONS: crate::lexicon::WordSet<{ lex::PREPOSITIONS.len() }> = crate::lexicon::WordSet::new(lex::PREPOSITIONS);
static SET_LEX_RAISING: crate::lexicon::WordSet<{ lex::RAISING.len() }> = crate::lexicon::WordSet::new(lex::RAISING);
static SET_LEX_REL_CUT: crate::lexicon::WordSet<{ lex::REL_CUT.len() }> = crate::lexicon::WordSet::new(lex::REL_CUT);
static SET_LEX_SAY_LIKE: crate::lexicon::WordSet<{ lex::SAY_LIKE.len() }> = crate::lexicon::WordSet::new(lex::SAY_LIKE);
static SET_LEX_SHOW_MODIFIERS: crate::lexicon::WordSet<{ lex::SHOW_MODIFIERS.len() }> = crate::lexicon::WordSet::new(lex::SHOW_MODIFIERS);
static SET_LEX_SUBJECT_PRONOUNS: crate::lexicon::WordSet<{ lex::SUBJECT_PRONOUNS.len() }> = crate::lexicon::WordSet::new(lex::SUBJECT_PRONOUNS);
static SET_LEX_SUBORDINATORS: crate::lexicon::WordSet<{ lex::SUBORDINATORS.len() }> = crate::lexicon::WordSet::new(lex::SUBORDINATORS);
static SET_LEX_TELL_LIKE: crate::lexicon::WordSet<{ lex::TELL_LIKE.len() }> = crate::lexicon::WordSet::new(lex::TELL_LIKE);
static SET_LEX_THAT_ONLY: crate::lexicon::WordSet<{ lex::THAT_ONLY.len() }> = crate::lexicon::WordSet::new(lex::THAT_ONLY);
static SET_LEX_TIME_ADVERBS: crate::lexicon::WordSet<{ lex::TIME_ADVERBS.len() }> = crate::lexicon::WordSet::new(lex::TIME_ADVERBS);
static SET_LEX_TIME_PREP: crate::lexicon::WordSet<{ lex::TIME_PREP.len() }> = crate::lexicon::WordSet::new(lex::TIME_PREP);
static SET_LEX_TIME_WORDS: crate::lexicon::WordSet<{ lex::TIME_WORDS.len() }> = crate::lexicon::WordSet::new(lex::TIME_WORDS);
static SET_LEX_TO_CONTENT: crate::lexicon::WordSet<{ lex::TO_CONTENT.len() }> = crate::lexicon::WordSet::new(lex::TO_CONTENT);
static SET_LEX_TO_ONLY: crate::lexicon::WordSet<{ lex::TO_ONLY.len() }> = crate::lexicon::WordSet::new(lex::TO_ONLY);

/// How far (in tokens) a content piece reaches from its cue: keeps the work per
/// cue bounded, so that the pass stays linear even in a sentence without end.
const WINDOW: usize = 100;

/// Determiners after which a cue form is a noun ("the show", "his reply").
const NOUN_DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "their", "its", "our", "my", "your", "this", "these", "those",
    "another", "every",
];
static SET_W_CUE_VERB: crate::lexicon::WordSet<{ NOUN_DETERMINERS.len() }> = crate::lexicon::WordSet::new(NOUN_DETERMINERS);

/// Determiners and quantifiers that open a subject noun phrase.
const SUBJECT_OPENERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "some", "many", "most", "more", "other",
    "others", "there", "several", "few", "both", "all", "none", "each", "one", "two", "three",
    "this", "these", "those",
];
static SET_W_SUBJECT_START: crate::lexicon::WordSet<{ SUBJECT_OPENERS.len() }> = crate::lexicon::WordSet::new(SUBJECT_OPENERS);

/// Number and quantity words that open a counted subject ("six in 10 voters", "most of them").
const SUBJECT_COUNTS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half", "most",
    "many", "some", "few", "others",
];
static SET_W_COUNTED_SUBJECT: crate::lexicon::WordSet<{ SUBJECT_COUNTS.len() }> = crate::lexicon::WordSet::new(SUBJECT_COUNTS);

/// People who may be cited as a source ("citing two former employees"), besides roles and
/// agent nouns.
const CITED_PEOPLE: &[&str] = &["people", "person", "source", "sources", "employee", "employees", "witness", "witnesses", "residents", "staff", "members", "police", "authorities", "prosecutors", "investigators", "doctors", "medics", "rescuers", "diplomats", "officials",
    // (institutions speak through their people: "citing the prosecutor's office")
    "office", "ministry", "department", "agency", "headquarters", "command", "commission", "committee", "council", "government", "military", "army", "ministries", "service", "services", "authority", "coastguard", "observatory", "brigade",
    "directorate", "inspectorate", "bureau", "administration", "secretariat", "regulator"];
static SET_W_CITED_PEOPLE: crate::lexicon::WordSet<{ CITED_PEOPLE.len() }> = crate::lexicon::WordSet::new(CITED_PEOPLE);

/// Plurals in "-ers", "-ents" … that are things cited, not people ("citing higher numbers").
const CITED_THINGS: &[&str] = &["numbers", "orders", "papers", "letters", "matters", "documents", "comments", "statements", "payments", "events", "figures"];
static SET_W_CITED_THINGS: crate::lexicon::WordSet<{ CITED_THINGS.len() }> = crate::lexicon::WordSet::new(CITED_THINGS);

/// Sources a headline credits after a dash ("… - sources", "… – officials").
const DASH_SOURCES: &[&str] = &[
    "sources", "source", "officials", "official", "report", "reports", "media", "diplomats", "insiders", "analysts",
    "police", "ministry", "government", "spokesman", "spokeswoman", "spokesperson",
];
static SET_W_DASH_SOURCES: crate::lexicon::WordSet<{ DASH_SOURCES.len() }> = crate::lexicon::WordSet::new(DASH_SOURCES);

/// Words of a site's name after a page title ("… - Northshire News").
const SITE_WORDS: &[&str] = &[
    "news", "times", "post", "journal", "herald", "telegraph", "guardian", "tribune", "gazette", "online", "daily",
    "magazine", "tv", "radio", "reuters", "ap", "afp", "bbc", "cnn", "bloomberg",
];
static SET_W_SITE_WORDS: crate::lexicon::WordSet<{ SITE_WORDS.len() }> = crate::lexicon::WordSet::new(SITE_WORDS);

/// Labels after a headline's dash that credit no one ("– live", "- latest updates").
const PAGE_LABELS: &[&str] = &["live", "latest", "updates", "update", "explained", "analysis", "opinion", "review", "video", "photos", "podcast", "recap"];
static SET_W_PAGE_LABELS: crate::lexicon::WordSet<{ PAGE_LABELS.len() }> = crate::lexicon::WordSet::new(PAGE_LABELS);

/// Relative and subordinating words that open a clause, not a second piece of content.
const CLAUSE_OPENERS: &[&str] = &[
    "which", "who", "whom", "whose", "when", "where", "while", "because", "as", "since", "though",
    "although", "than", "until", "unless", "whereas", "despite", "prompting", "referring", "but",
];
static SET_W_SECOND_PIECE_OK: crate::lexicon::WordSet<{ CLAUSE_OPENERS.len() }> = crate::lexicon::WordSet::new(CLAUSE_OPENERS);

/// Words that end the run of adjuncts before a "that" (a new clause begins).
const CLAUSE_WORDS: &[&str] = &[
    "who", "which", "whom", "whose", "what", "and", "but", "or", "if", "whether", "because", "as",
    "than", "so", "where", "when", "how", "why",
];
static SET_W_THAT_AFTER_ADJUNCTS: crate::lexicon::WordSet<{ CLAUSE_WORDS.len() }> = crate::lexicon::WordSet::new(CLAUSE_WORDS);

/// Words that take "to" inside a noun phrase ("an adviser to the mayor", "close to").
const TO_NOUNS: &[&str] = &[
    "close", "adviser", "advisers", "advisor", "advisors", "ambassador", "aide", "aides", "spokesman", "spokeswoman",
    "spokesperson", "envoy", "counselor", "assistant", "secretary", "successor", "heir", "loyal",
    "sources", "source", "people", "officials", "closest", "opposed", "next",
];
static SET_W_NP_BEFORE: crate::lexicon::WordSet<{ TO_NOUNS.len() }> = crate::lexicon::WordSet::new(TO_NOUNS);

/// Find reported-speech attributions that the direct quotes do not already cover.
/// `low` is `text.to_ascii_lowercase()`, and `toks` are the tokens of the whole text
/// ([`crate::text::tokens`]), in order.
pub fn find(text: &str, low: &str, toks: &[Token], blocks: &[Block], sentences: &[Span], direct: &[Quote]) -> Vec<Quote> {
    let mut out = Vec::new();
    let mut bi = 0;
    let mut lo = 0;
    let mut t0 = 0;
    let mut group = direct.iter().map(|q| q.group + 1).max().unwrap_or(0);
    // "The governor added:" closing its block: its credit, group and the next block's index
    let mut intro: Option<(Found, usize, usize)> = None;
    let mut skip_to = 0;
    // the text and lowercase form of each token of the sentence, sliced once (the rules read
    // each token many times; ASCII lowercasing keeps every byte offset, so the token spans
    // slice the lowercase text); two buffers for all the sentences
    let mut raw: Vec<&str> = Vec::new();
    let mut lows: Vec<&str> = Vec::new();
    for &s in sentences {
        if s.is_empty() || s.end > text.len() {
            continue;
        }
        while bi + 1 < blocks.len() && blocks[bi].end <= s.start {
            bi += 1;
        }
        if let Some(b) = blocks.get(bi) {
            if matches!(b.kind, BlockKind::Boilerplate | BlockKind::Timestamp) {
                continue;
            }
        }
        while lo < direct.len() && direct[lo].end <= s.start {
            lo += 1;
        }
        let mut hi = lo;
        while hi < direct.len() && direct[hi].start < s.end {
            hi += 1;
        }
        // the sentence's tokens: those of the whole text that lie inside it
        while t0 < toks.len() && toks[t0].span.start < s.start {
            t0 += 1;
        }
        let mut t1 = t0;
        while t1 < toks.len() && toks[t1].span.end <= s.end {
            t1 += 1;
        }
        raw.clear();
        raw.extend(toks[t0..t1].iter().map(|t| t.span.slice(text)));
        lows.clear();
        lows.extend(toks[t0..t1].iter().map(|t| t.span.slice(low)));
        let mut sent = Sentence::new(text, &raw, &lows, s, &toks[t0..t1], &direct[lo..hi]);
        sent.block_start = blocks.get(bi).is_some_and(|b| b.start == s.start);
        let block_end = blocks.get(bi).map_or(s.end, |b| b.end);
        // the block after "X added:" is what X said (one piece, its sentences and all), unless it
        // opens with a quotation
        if let Some((f, g, b)) = intro.take() {
            let quoted_start = sent.n() > 0 && (is_open_mark(sent.raw(0)) || sent.quoted[0]);
            if b == bi && sent.block_start && !quoted_start {
                // (up to a direct quote that runs on past the block)
                let end = direct[lo..].iter().take_while(|q| q.start < block_end).find(|q| q.end > block_end).map_or(block_end, |q| q.start);
                let p = crate::text::trim(text, Span::new(s.start, end.max(s.start)));
                if p.start < p.end {
                    let one = Found { pieces: [Some(p), None], ..f };
                    let mut g = g;
                    out.push_found(text, &one, &mut g);
                    skip_to = p.end;
                    continue;
                }
            }
        }
        if s.start < skip_to {
            continue;
        }
        // "— Marta Quenby (@mquenby) March 3, 2026": an embedded post's credit line gives the
        // post above it to its author
        if sent.block_start && bi > 0 {
            if let Some(f) = sent.post_credit(blocks[bi - 1]) {
                if out.last().is_none_or(|q: &Quote| q.end <= blocks[bi - 1].start) && direct[..lo].last().is_none_or(|q| q.end <= blocks[bi - 1].start) {
                    out.push_found(text, &f, &mut group);
                }
                continue;
            }
        }
        let mut found = sent.attributions();
        let ends_block = text.get(s.end..block_end).is_some_and(|r| r.trim().is_empty());
        // "Kestrel weighs sale of drone unit - sources": a headline's dash credit
        if found.is_empty() && sent.block_start && ends_block && blocks.get(bi).is_some_and(|b| b.kind == BlockKind::Heading) {
            found.extend(sent.dash_credit());
        }
        if let Some((cue, speaker)) = sent.colon_intro().filter(|_| ends_block) {
            if !found.iter().any(|f| f.cue == cue) {
                intro = Some((Found { cue, speaker: Some(speaker), via: None, pieces: [None, None], confidence: 0.6 }, group, bi + 1));
                group += 1;
            }
        }
        for mut f in found {
            // "SMITH: Well, I think … . And …": a transcript turn runs to the end of its block, one
            // piece (up to a direct quote that runs on past the block)
            if sent.block_start && f.cue.slice(text) == ":" && f.cue.start < s.start + 60 && block_end > s.end {
                if let [Some(p), None] = f.pieces {
                    // ("Gulls: Tries Hale, Odum. Cons Pike 2.": a score line of several sentences,
                    // none with a verb, is no one's words)
                    if !sent.all_quoted(p) && text.get(p.start..block_end).is_some_and(verbless) {
                        continue;
                    }
                    let end = direct[lo..].iter().take_while(|q| q.start < block_end).find(|q| q.end > block_end).map_or(block_end, |q| q.start);
                    let q = crate::text::trim(text, Span::new(p.start, end.max(p.end)));
                    f.pieces[0] = Some(q);
                    skip_to = q.end;
                }
            }
            // "said relations were “not directed against anyone. Our cooperation …”": the
            // quotation that opens where the clause stops and runs on past the sentence is the
            // rest of what was said, one piece with it
            if let Some(last) = f.pieces.iter_mut().flatten().last() {
                let gap = |q: &Quote| text.get(last.end..q.start).is_some_and(|g| g.len() <= 4 && g.chars().all(|c| matches!(c, ' ' | '\u{201c}' | '"' | '\u{2018}' | '\'' | '\u{ab}')));
                if let Some(q) = direct[lo..].iter().take_while(|q| q.start <= last.end + 4).find(|q| q.start >= last.end && gap(q) && q.end > s.end && q.cue == Some(f.cue)) {
                    last.end = q.end;
                }
            }
            out.push_found(text, &f, &mut group);
        }
    }
    out
}

/// No word of `s` reads as a verb or a subject pronoun ("Tries Hale, Odum. Cons Pike 2.").
fn verbless(s: &str) -> bool {
    // (the words looked for are short: a longer one is no verb)
    !s.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}').any(|w| {
        w.len() <= 16
            && crate::names::with_lower(w, |l| {
                lex::is_be(l) || SET_LEX_HAVE_DO.contains(l) || SET_LEX_MODALS.contains(l) || SET_LEX_IRREGULAR_PAST.contains(l) || SET_LEX_SUBJECT_PRONOUNS.contains(l) || w.len() > 3 && w.ends_with("ed")
            })
    })
}

/// A verb of judgement whose passive credits its agent with the words after "as" ("was
/// criticised as “chaotic” by X").
fn judgement(lemma: &str) -> bool {
    matches!(lemma, "criticise" | "criticize" | "describe" | "condemn" | "praise" | "dismiss")
}

/// Quoted words that the attribution pass left uncredited, inside a reported clause of a
/// headline ("Observers report 'serious irregularities'", "State TV: Vashko 'has secured a
/// clear mandate'") or of a paragraph ("said the door was “still open”, but that the offer was
/// “fair and affordable”"), are a quote of that clause's speaker: direct when they are the
/// whole clause, mixed otherwise. `quotes` are sorted by start and stay so.
/// (Only words a speaker says: two or more, not a name in title case, after a verb of saying or
/// a colon, or one or more after a passive judgement's "as": "was criticised as “slow” by X";
/// "thanks Xi for 'good friends'", "figures show 'routine' …" stay scare quotes.)
pub fn uncredited_fragments(text: &str, blocks: &[Block], candidates: &[crate::quotes::Candidate], quotes: &mut Vec<Quote>) {
    // (the last group number, looked up once a fragment is found: most texts have none)
    let mut group: Option<usize> = None;
    let mut found = Vec::new();
    let said = |cue: Span| {
        let c = cue.slice(text);
        c == ":" || c.len() <= 16 && crate::names::with_lower(c, |w| matches!(w, "report" | "reports" | "reported") || verb(w).is_some_and(|(l, _)| l == "tell" || SET_LEX_SAY_LIKE.contains(l)))
    };
    for c in candidates {
        if c.unbalanced() || blocks.get(c.block).is_none_or(|b| !matches!(b.kind, BlockKind::Heading | BlockKind::Paragraph)) {
            continue;
        }
        // (the words a passive's agent judged a thing with: "was criticised as “chaotic” by X",
        // one word too; the report's second piece opens with that "as")
        let outer = c.outer();
        let judged = |q: &Quote| {
            q.start < outer.start
                && text[q.start..outer.start].eq_ignore_ascii_case("as ")
                && q.cue.is_some_and(|cue| crate::names::with_lower(cue.slice(text), |w| verb(w).is_some_and(|(l, f)| f == Form::Past && judgement(l))))
        };
        // (the quotes starting before the words' end: a few, for a headline)
        let p = quotes.partition_point(|q| q.start < outer.end);
        let near = &quotes[p.saturating_sub(8)..p];
        // (looked at only when the words would be left out otherwise)
        let as_judged = || near.iter().any(|q| q.kind == QuoteKind::Indirect && q.speaker.is_some() && q.end >= outer.end && judged(q));
        let words = c.content.slice(text).split(' ');
        if (words.clone().nth(1).is_none() || words.clone().all(|w| w.starts_with(char::is_uppercase))) && !as_judged() {
            continue;
        }
        // in running text, words said ("was “fair and affordable”", "“for now”"), not a term
        // or a name in quotation marks ("a “buffer zone”", "“the Furnace”", Q2): three words
        // or more in lowercase, not opening with "the", or two with a word of a clause
        if blocks[c.block].kind == BlockKind::Paragraph {
            let n = words.clone().count();
            let phrase = n >= 3 && words.clone().skip(1).all(|w| !w.starts_with(char::is_uppercase)) && !words.clone().next().is_some_and(|w| w.eq_ignore_ascii_case("the"));
            let clause = n == 2 && words.clone().any(|w| matches!(w.trim_end_matches(['.', ',', '!', '?']), "not" | "now" | "for" | "it" | "is" | "was" | "be" | "no" | "never" | "too" | "very" | "so" | "all" | "just" | "yet"));
            if !phrase && !clause && !as_judged() {
                continue;
            }
        }
        if near.iter().any(|q| q.kind != QuoteKind::Indirect && q.end > outer.start) {
            continue;
        }
        let Some(r) = near.iter().rev().find(|q| q.kind == QuoteKind::Indirect && q.speaker.is_some() && q.start <= outer.start && outer.end <= q.end && (q.cue.is_some_and(said) || judged(q))) else {
            continue;
        };
        let g = group.get_or_insert_with(|| quotes.iter().map(|q| q.group).max().unwrap_or(0));
        *g += 1;
        found.push(Quote {
            start: c.content.start,
            end: c.content.end,
            kind: if r.span() == outer { QuoteKind::Direct } else { QuoteKind::Mixed },
            speaker: r.speaker.clone(),
            cue: r.cue,
            via: r.via.clone(),
            group: *g,
            confidence: r.confidence,
        });
    }
    if !found.is_empty() {
        quotes.extend(found);
        quotes.sort_by_key(Quote::order);
    }
}

/// A direct quote without a cue inside a reported clause ("said the plan was “a disaster”") takes
/// the clause's cue, so that the two read as one attribution. `quotes` are sorted by start.
pub fn share_cues(text: &str, quotes: &mut [Quote]) {
    // (the covering report: its end, cue, speaker and the agency that relays it)
    let mut cover: Option<(usize, Span, Option<Mention>, Option<Span>, usize)> = None;
    // (the content of the report before the covering one)
    let mut before: Option<(usize, usize)> = None;
    let according = |c: Span| text.get(c.start..c.end).is_some_and(|w| w.len() >= 9 && w.as_bytes()[..9].eq_ignore_ascii_case(b"according"));
    for q in quotes {
        if q.kind == QuoteKind::Indirect {
            before = cover.as_ref().map(|c| (c.4, c.0));
            cover = q.cue.map(|c| (q.end, c, q.speaker.clone(), q.via.as_ref().map(Mention::span), q.start));
            continue;
        }
        let Some((_, cue, speaker, via, start)) = cover.as_ref().filter(|c| q.end <= c.0) else { continue };
        match q.cue {
            // `said that writing her album had helped her "…"`: a gerund opening the report is
            // its subject, no cue of its own
            Some(c) if q.kind == QuoteKind::Mixed && c.start == *start && c.slice(text).ends_with("ing") && speaker.is_some() => {
                q.cue = Some(*cue);
                q.speaker = speaker.clone();
            }
            // a cue inside the report's longer one: "issued a statement saying “…”"
            Some(c) if c != *cue && cue.start <= c.start && c.end <= cue.end && speaker.is_some() && via.is_none() => {
                q.cue = Some(*cue);
                q.speaker = speaker.clone();
            }
            // (and its speaker, when it has none: `…, saying the city embodied the “…”`)
            None => {
                q.cue = Some(*cue);
                if q.speaker.is_none() {
                    q.speaker = speaker.clone();
                }
            }
            // a cue inside the report with no speaker of its own ("said the files that were
            // hacked suggested they sought “…”"): the report's source says the words
            Some(_) if q.speaker.is_none() && speaker.is_some() => {
                q.cue = Some(*cue);
                q.speaker = speaker.clone();
            }
            // a report under "according to" and another report holding the words: the nearer
            // one, after the quote's own "according to", is whose they are ("According to state
            // media, Li spoke to the president, who congratulated him on a “convincing victory”");
            // a document's words are the person's who reports it ("According to Abenov, the
            // agency's own survey rated the dam “poor”", Q6)
            // (only under "according to": a report's own cue speaks its nested reports' words,
            // "Li told X that her rival wants to “…”")
            Some(c) if q.kind == QuoteKind::Mixed && speaker.is_some() && c != *cue && {
                let nearer = c.end <= cue.start && cue.end <= q.start && according(c);
                let document = || according(*cue) && q.speaker.as_ref().is_some_and(|m| {
                    let last = m.span().slice(text).rsplit(' ').next().unwrap_or("");
                    last.len() <= 16 && crate::names::with_lower(last, document_word)
                });
                nearer || document()
            } => {
                q.cue = Some(*cue);
                q.speaker = speaker.clone();
                q.via = None;
            }
            // "put it to her that she had shouted at the driver, Ann Bell, in front of “…”": a
            // verb inside the report, far from the words and past a comma, does not say them
            // (a verb of saying keeps its words: "…, X said Friday that if …, “…”")
            Some(c) if q.kind == QuoteKind::Mixed && speaker.is_some() && c.start > *start && {
                let gap = text.get(c.end..q.start).unwrap_or("");
                let said = |c: Span| {
                    let w = c.slice(text).split(' ').next().unwrap_or("").to_ascii_lowercase();
                    matches!(w.as_str(), "put" | "puts") || lex::verb(&w).is_some_and(|(l, _)| l == "tell" || SET_LEX_SAY_LIKE.contains(l))
                };
                // (and the report's own cue is one: not "… echoes a row when X assailed Y for
                // his “…”")
                said(*cue) && !said(c) && gap.contains(", ") && gap.split_whitespace().count() > 6
            } => {
                q.cue = Some(*cue);
                q.speaker = speaker.clone();
                q.via = None;
            }
            // "X said the risk was “very high”, Reuters reported": the agency that relays the
            // report is no speaker of the words it holds
            Some(_) if q.kind == QuoteKind::Mixed && speaker.is_some() && via.is_some() && q.speaker.as_ref().map(Mention::span) == *via => {
                q.via = q.speaker.take();
                q.speaker = speaker.clone();
                q.cue = Some(*cue);
            }
            // one cue, one speaker: the report's ("A spokesman for the guild, Ian Holt, said
            // the findings “…”": the subject, not its apposition)
            // (or a mention inside the report's subject: "Professor Ana Ruiz of the Law School
            // said the ruling was '…'", not "the Law School")
            // (or a mention between the subject and the cue, in its relative clause: "the
            // historian Jo Li, who has spent years cataloguing the palace's collection, told")
            Some(c) if c == *cue && matches!(q.kind, QuoteKind::Mixed | QuoteKind::Direct) && speaker.as_ref().zip(q.speaker.as_ref()).is_some_and(|(s, m)| {
                // (or a mention inside the content of the report before, whose subject a
                // participle shares: "He denied that Kerr had asked to stop, saying she had “…”")
                s.end < m.start && m.end <= c.start && before.is_some_and(|(a, b)| a <= m.start && m.end <= b) && c.slice(text).ends_with("ing") ||
                text.get(s.end..m.start) == Some(", ") && s.name.split(' ').next().is_some_and(|w| matches!(w.to_ascii_lowercase().as_str(), "the" | "a" | "an" | "another" | "one" | "his" | "her" | "its" | "their"))
                    // (or in a relay's aside: "A spokesperson, cited by the broadcaster Kanal
                    // Sever, said … “full access”")
                    || s.end < m.start && m.end <= c.start && text.get(s.end..m.start).is_some_and(|g| [", who ", ", whose ", ", which ", ", cited by ", ", quoted by "].iter().any(|p| g.starts_with(p)))
                    // (or in an apposition's relative clause: "A spokesperson for Hydrovald, the
                    // state company that operates the dam, said … “…”")
                    || s.end < m.start && m.end <= c.start && text.get(s.end..m.start).is_some_and(|g| g.len() < 120 && [", the ", ", a ", ", an "].iter().any(|p| g.starts_with(p)) && [" that ", " which ", " who "].iter().any(|r| g.contains(r)))
                    // (or the subject of the report before, the cue's second verb: "X told the
                    // press that 40,000 patients relied on it and warned that … “…”")
                    || s.end < m.start && m.end <= c.start && text.get(s.end..m.start).is_some_and(|g| g.len() < 200 && g.contains(" that ")) && text.get(m.end..c.start).is_some_and(|g| g.ends_with(" and "))
                    || s.start < m.start && m.end <= s.end && {
                        // (the object of a preposition in that subject, which opens with a name,
                        // a title or a determiner)
                        let before = &text[s.start..m.start];
                        let first = s.name.split(' ').next().unwrap_or("").to_ascii_lowercase();
                        [" of ", " of the ", " at ", " at the ", " from ", " from the ", " in ", " with ", " with the "].iter().any(|p| before.ends_with(p))
                            && !SET_LEX_PREPOSITIONS.contains(first.as_str())
                            && (s.name.starts_with(char::is_uppercase) || SET_LEX_DETERMINERS.contains(first.as_str()) || matches!(first.as_str(), "one" | "two" | "three" | "four" | "several" | "some" | "many"))
                    }
            }) => {
                q.speaker = speaker.clone();
            }
            // words inside the report whose own cue is no verb ("said that she had answered 41
            // questions, “more than …”"), or whose cue's subject is the report's own speaker
            // ("X said she had told him to “play the board”": one source, one attribution, A2)
            Some(c) if q.kind == QuoteKind::Mixed && speaker.is_some() && c.start > *start && c.end <= q.start && {
                let w = c.slice(text).split(' ').next().unwrap_or("").to_ascii_lowercase();
                // (a pronoun's: "she had answered 41 questions", not "Brisk's claim")
                let pronoun = q.speaker.as_ref().is_some_and(|m| matches!(m.span().slice(text).to_ascii_lowercase().as_str(), "he" | "she" | "they" | "i" | "we"));
                let v = lex::verb(&w);
                let no_verb = v.is_none() && pronoun;
                // (a label is its own attribution: "called the move “a familiar tactic”")
                let label = v.is_some_and(|(l, _)| matches!(l, "call" | "describe" | "label" | "dub" | "term" | "brand" | "rate"));
                let same = !label && q.speaker.as_ref().zip(speaker.as_ref()).is_some_and(|(m, s)| m.span() == s.span());
                // (or "it" or "they" opening the report: "the union said it had warned about the
                // cuts “for two years”", the body speaking of itself)
                // (a pronoun for the named speaker: not "It reported they added …", two sources)
                let itself = !label
                    && q.speaker.as_ref().zip(speaker.as_ref()).is_some_and(|(m, s)| {
                        let head = s.name.rsplit(' ').next().unwrap_or("").to_ascii_lowercase();
                        let pronoun = !s.name.contains(' ') && matches!(head.as_str(), "it" | "they" | "he" | "she" | "i" | "we");
                        m.start == *start
                            && !pronoun
                            && match m.span().slice(text).to_ascii_lowercase().as_str() {
                                "it" => true,
                                "they" => head.ends_with('s'),
                                _ => false,
                            }
                    });
                no_verb || same || itself
            } => {
                q.cue = Some(*cue);
                q.speaker = speaker.clone();
                q.via = None;
            }
            // (a participle's words: "…, who would not name his client beyond saying that the
            // buyer was “…”", the report's subject, not the sentence's)
            Some(c) if c == *cue && q.kind == QuoteKind::Mixed && speaker.is_some() && c.slice(text).ends_with("ing") && [" beyond ", " besides "].iter().any(|p| text[..c.start].ends_with(p)) => {
                q.speaker = speaker.clone();
            }
            _ => {}
        }
    }
}

trait PushFound {
    fn push_found(&mut self, text: &str, f: &Found, group: &mut usize);
}

impl PushFound for Vec<Quote> {
    fn push_found(&mut self, text: &str, f: &Found, group: &mut usize) {
        let speaker = f.speaker.map(|sp| Mention {
            name: sp.slice(text).to_string(),
            start: sp.start,
            end: sp.end,
            resolution: Resolution::AsWritten,
        });
        for p in f.pieces.iter().flatten() {
            // a piece that stops where a quotation of several sentences opens leaves its
            // opening mark out ("said relations are “Not … . Our …”")
            // (only where the quotation's words begin right after it)
            let end = if text[p.end..].starts_with(char::is_alphanumeric) {
                p.start + text[p.start..p.end].trim_end_matches(['\u{201c}', '\u{2018}', '"', '\u{ab}', ' ']).len()
            } else {
                p.end
            };
            if end == p.start {
                continue;
            }
            self.push(Quote {
                start: p.start,
                end,
                kind: QuoteKind::Indirect,
                speaker: speaker.clone(),
                cue: Some(f.cue),
                via: f.via.map(|v| Mention { name: v.slice(text).to_string(), start: v.start, end: v.end, resolution: Resolution::AsWritten }),
                group: *group,
                confidence: f.confidence,
            });
        }
        *group += 1;
    }
}

/// One attribution found in a sentence.
#[derive(Clone, Debug, PartialEq)]
struct Found {
    cue: Span,
    speaker: Option<Span>,
    /// The agency that relays the words ("Tass quoted Li as saying …").
    via: Option<Span>,
    /// One or two content pieces (two when the cue interrupts the content).
    pieces: [Option<Span>; 2],
    confidence: f32,
}

/// A sentence with its tokens, their lowercase forms and the direct quotes inside it.
struct Sentence<'a> {
    text: &'a str,
    span: Span,
    /// The text of each token.
    raw: &'a [&'a str],
    /// The lowercase form of each token.
    low: &'a [&'a str],
    toks: &'a [Token],
    /// Token lies inside a direct quote's content.
    quoted: Vec<bool>,
    /// The cue-verb reading of each token outside direct quotes, looked up once: the rules ask
    /// about the same tokens many times.
    verbs: Vec<Option<(&'static str, Form)>>,
    direct: &'a [Quote],
    /// The sentence opens its block (a headline or a transcript line may credit with a colon).
    block_start: bool,
}

/// Where an attribution's content lies relative to its cue.
enum Content {
    After(usize),
    Before,
}

impl<'a> Sentence<'a> {
    /// `raw` and `low`: the text and the lowercase form of each of `toks`.
    fn new(text: &'a str, raw: &'a [&'a str], low: &'a [&'a str], span: Span, toks: &'a [Token], direct: &'a [Quote]) -> Sentence<'a> {
        let mut quoted = vec![false; toks.len()];
        let mut d = 0;
        for (k, t) in toks.iter().enumerate() {
            while d < direct.len() && direct[d].end <= t.span.start {
                d += 1;
            }
            if let Some(q) = direct.get(d) {
                quoted[k] = q.start <= t.span.start && t.span.end <= q.end;
            }
        }
        // a capital that the lowercase copy lacks
        let cap = |t: &Token| text.as_bytes().get(t.span.start).is_some_and(u8::is_ascii_uppercase);
        // Title Case (a headline) capitalises its verbs; running text capitalises names only
        let (long, long_caps) = toks
            .iter()
            .filter(|t| t.word && t.span.len() >= 4)
            .fold((0, 0), |(n, c), t| (n + 1, c + usize::from(cap(t))));
        let title_case = long_caps * 10 >= long * 6;
        let verbs = toks
            .iter()
            .enumerate()
            .zip(&quoted)
            .map(|((k, t), &q)| {
                if !t.word || q {
                    return None;
                }
                // "the shadow minister, Omar Tell, said": a capitalised word after a name is
                // part of the name, not a verb
                if !title_case && k > 0 && cap(t) && toks[k - 1].word && cap(&toks[k - 1]) {
                    return None;
                }
                let w = low[k];
                let (v, mostly_noun) = lex::verb_reading(w)?;
                // "hit a van", "hitting the coast": a verb that reports only with its particle
                // ("hit back", "hit out") is no verb of speech without it
                if v.0 == "hit" && !toks.get(k + 1).is_some_and(|n| n.word && matches!(low[k + 1], "back" | "out")) {
                    return None;
                }
                // "people briefed on the plans said": a participle after its people, no cue
                if v.0 == "brief" && toks.get(k + 1).is_some_and(|n| n.word && matches!(low[k + 1], "on" | "about")) {
                    return None;
                }
                // "an estimated 8,500", "the reported deaths": a participle after an article
                if v.1 == Form::Past && k > 0 && matches!(low[k - 1], "a" | "an" | "the") {
                    return None;
                }
                // "jobless claims rose …", "the claims were …": an -s form before a verb is a
                // plural noun
                // (not after a subject: "what he believes is …", "Li says was …")
                let noun_before = || k > 0 && toks[k - 1].word && (k == 1 || !cap(&toks[k - 1])) && !SET_LEX_SUBJECT_PRONOUNS.contains(low[k - 1]) && !lex::plural_noun(low[k - 1]);
                if v.1 == Form::S && noun_before() && toks.get(k + 1).is_some_and(|n| n.word && (lex::is_be(low[k + 1]) || matches!(low[k + 1], "have" | "had") || SET_LEX_IRREGULAR_PAST.contains(low[k + 1]))) {
                    return None;
                }
                // "many calls still roll over", "phone calls": an -s form after a plural quantifier
                // or a noun it compounds with is a plural noun (a plural subject takes "call")
                if v.1 == Form::S && k > 0 && toks[k - 1].word && matches!(low[k - 1], "many" | "some" | "several" | "few" | "most" | "these" | "those" | "other" | "both" | "all" | "numerous" | "multiple" | "phone" | "conference") {
                    return None;
                }
                // "made plans to build", "unveil plans to pay", "drawing up plans": "plans" as the
                // object of a verb of making or showing
                if v.0 == "plan" && v.1 == Form::S && k > 0 && toks[k - 1].word && matches!(low[k - 1], "made" | "make" | "makes" | "making" | "unveil" | "unveiled" | "unveils" | "unveiling" | "announce" | "announced" | "announces" | "announcing" | "outline" | "outlined" | "outlines" | "outlining" | "back" | "up" | "shelved" | "scrapped" | "dropped" | "abandoned" | "revealed" | "reveal" | "approved" | "approve") {
                    return None;
                }
                // "Asked about his title hopes, he …": an -s form after a possessor's noun, before
                // punctuation, is a plural noun
                // (a noun's reading: "his campaign says." credits the campaign)
                if v.1 == Form::S && matches!(v.0, "hope" | "fear" | "worry" | "doubt" | "plan" | "demand" | "promise" | "estimate" | "call") && k >= 2 && matches!(low[k - 2], "his" | "her" | "their" | "its" | "our" | "my" | "your") && toks[k - 1].word && !cap(&toks[k - 1]) && toks.get(k + 1).is_none_or(|n| !n.word) {
                    return None;
                }
                // "said in past reports that …", "in statements": an -s form after a preposition,
                // with at most a determiner or an adjective of time between, is a noun
                let prep = |j: usize| toks[j].word && SET_LEX_PREPOSITIONS.contains(low[j]);
                let modifier = |j: usize| toks[j].word && (SET_LEX_DETERMINERS.contains(low[j]) || matches!(low[j], "past" | "recent" | "previous" | "earlier" | "later" | "latest" | "separate" | "public" | "official" | "written"));
                if v.1 == Form::S && k > 0 && (prep(k - 1) || k > 1 && modifier(k - 1) && prep(k - 2)) {
                    return None;
                }
                if !mostly_noun {
                    return Some(v);
                }
                // a form listed as mostly-noun: a verb only in a verb's context
                if k == 0 {
                    return None;
                }
                let prev = &toks[k - 1];
                let pw = low[k - 1];
                // "they fear …", "we hope …": after a subject pronoun a noun reading is impossible
                let after_pronoun = matches!(pw, "he" | "she" | "they" | "we" | "i" | "who");
                // "officials hope …", "Democrats fear …": a base form after a plural noun; in running
                // text (a lowercase verb) a capitalised word ending in -s right after another
                // capitalised word is the end of a name ("Bernie Sanders", "New York Times")
                let upper = |j: usize| raw[j].starts_with(|c: char| c.is_uppercase());
                let capitalised = upper(k - 1);
                let in_name = || {
                    capitalised
                        && !upper(k)
                        && k >= 2
                        && toks[k - 2].word
                        && upper(k - 2)
                        && !SET_LEX_DETERMINERS.contains(low[k - 2])
                };
                // (not after a cue's own -s form: "source tells state TV")
                let after_plural = || prev.word && !quoted[k - 1] && !w.ends_with('s') && lex::plural_noun(pw) && !in_name() && !matches!(lex::verb(pw), Some(("say" | "tell" | "warn" | "urge", Form::S)));
                // "Smith charges that …", "studies have shown": a verb before "that" or after "have"
                let before_that = || {
                    k + 1 < toks.len()
                        && low[k + 1] == "that"
                        && prev.word
                        && (capitalised && !SET_LEX_DETERMINERS.contains(pw)
                            || lex::plural_noun(pw)
                            // ("Her group estimates that …": a present form after a determiner's noun)
                            // (with a subject after "that": "the two states that lead off" is a relative clause)
                            || v.1 == Form::S
                                && k >= 2
                                && toks[k - 2].word
                                && matches!(low[k - 2], "her" | "his" | "their" | "its" | "our" | "the" | "a" | "an" | "this")
                                && !SET_LEX_DETERMINERS.contains(pw)
                                && !SET_LEX_PREPOSITIONS.contains(pw)
                                && toks.get(k + 2).is_some_and(|t| t.word && (SET_LEX_DETERMINERS.contains(low[k + 2]) || SET_LEX_SUBJECT_PRONOUNS.contains(low[k + 2]) || matches!(low[k + 2], "about" | "nearly" | "more" | "most" | "some" | "many")) || !t.word && raw[k + 2].starts_with(|c: char| c.is_ascii_digit()))
                            // ("The Office for Fiscal Oversight (OFO) now forecasts that …": an
                            // adverb between the subject and the form)
                            || SET_LEX_ADVERBS.contains(pw) && k >= 2 && (upper(k - 2) && !SET_LEX_DETERMINERS.contains(low[k - 2]) || raw[k - 2] == ")" || lex::plural_noun(low[k - 2]))
                            // ("The office estimated that …": a past form after a determiner's noun)
                            || v.1 == Form::Past
                                && !SET_LEX_DETERMINERS.contains(pw)
                                && (2..=5).any(|d| k >= d && toks[k - d].word && SET_LEX_DETERMINERS.contains(low[k - d]) && (k - d + 1..k).all(|j| toks[j].word && !quoted[j])))
                };
                let after_have = matches!(pw, "has" | "have" | "had");
                // "Tass is reporting …": the progressive ("is supporting Li", "are showing signs
                // of …" take an object, not a clause)
                // ("Government sources have been briefing that …")
                let progressive = matches!(w, "reporting" | "briefing") && matches!(pw, "is" | "are" | "was" | "were" | "been");
                // "Ruiz supports the plan", "she also credits Lind": between a name or a pronoun (not a
                // contraction, not a headline), perhaps with an adverb, and a noun phrase ("state"
                // and "post" stay nouns: "Western states")
                let subject = |j: usize| {
                    let w = low[j];
                    matches!(w, "he" | "she" | "they" | "we" | "who") || !title_case && upper(j) && w.bytes().all(|b| b.is_ascii_lowercase())
                };
                let object = || k + 1 < toks.len() && (upper(k + 1) || SET_LEX_DETERMINERS.contains(low[k + 1]));
                let name_object = || {
                    !matches!(v.0, "state" | "post")
                        && (capitalised && subject(k - 1) && !in_name() && object() || k >= 2 && SET_LEX_ADVERBS.contains(pw) && subject(k - 2))
                };
                // "…, trial finds", "…, a new study shows.": a cue closing a headline or sentence
                // after its subject, set off from what it reports by a comma
                let closing = || {
                    matches!(v.0, "find" | "show")
                        // (or before a page title's section and site: "… | Health | Northern Post")
                        && toks.get(k + 1).is_none_or(|t| !t.word && matches!(raw[k + 1], "." | "|"))
                        && (k >= 2 && raw[k - 2] == "," || (3..=4).any(|d| k >= d && raw[k - d] == "," && (k - d + 1..k).all(|j| toks[j].word && !quoted[j])))
                };
                // "A reader, Joan, emails to say …", "Li tweets to say …": a verb before "to say"
                // after its subject (not "sent emails to say")
                let to_say = || k + 2 < toks.len() && low[k + 1] == "to" && low[k + 2] == "say" && (subject(k - 1) || capitalised && !SET_LEX_DETERMINERS.contains(pw) || raw[k - 1] == ",");
                // "22 predicted no change and six forecast a cut": a base form after a count of
                // people (no noun reading: "six forecast" would be "six forecasts"; not a year's
                // "the 2027 forecast")
                let after_count = || {
                    v.1 == Form::Base
                        && !w.ends_with('s')
                        && (raw[k - 1].len() <= 3 && raw[k - 1].bytes().all(|b| b.is_ascii_digit()) || small_count(pw))
                        && (k == 1 || matches!(raw[k - 2], "and" | ","))
                        && !upper(k)
                        && !matches!(v.0, "state" | "email" | "attack" | "comment" | "question")
                        && toks.get(k + 1).is_some_and(|t| t.word && (SET_LEX_DETERMINERS.contains(low[k + 1]) || matches!(low[k + 1], "no" | "that")))
                };
                (after_pronoun || after_have || progressive || after_plural() || before_that() || name_object() || closing() || to_say() || after_count()).then_some(v)
            })
            .collect();
        Sentence {
            text,
            raw,
            span,
            low,
            toks,
            quoted,
            verbs,
            direct,
            block_start: false,
        }
    }

    fn n(&self) -> usize {
        self.toks.len()
    }

    /// Lowercase text of token `k`.
    fn w(&self, k: usize) -> &'a str {
        self.low[k]
    }

    /// Original text of token `k`.
    fn raw(&self, k: usize) -> &str {
        self.raw[k]
    }

    fn word(&self, k: usize) -> bool {
        self.toks[k].word
    }

    fn is(&self, k: usize, w: &str) -> bool {
        k < self.n() && self.w(k) == w
    }

    fn capitalised(&self, k: usize) -> bool {
        // (a brand written in lowercase with a capital inside is a name: "easyFly", "eBay")
        self.word(k) && {
            let r = self.raw(k);
            r.chars().next().is_some_and(char::is_uppercase) || crate::lexicon::is_lowercase_brand(r)
        }
    }

    /// Token `k` makes a source a news outlet ("broadcaster", a news agency's "agency").
    fn outlet_word(&self, k: usize) -> bool {
        crate::lexicon::is_outlet_noun(if k > 0 { self.w(k - 1) } else { "" }, self.w(k))
    }

    /// A word that makes a phrase a news body that relays: an outlet's noun ([`Self::outlet_word`]),
    /// "agency", "media", "news", "television", "tv", "radio".
    fn news_word(&self, k: usize) -> bool {
        self.outlet_word(k) || matches!(self.w(k), "agency" | "media" | "news" | "television" | "tv" | "radio")
    }

    /// The span from token `a` to token `b` inclusive.
    fn span_of(&self, a: usize, b: usize) -> Span {
        Span::new(self.toks[a].span.start, self.toks[b].span.end)
    }

    /// A finite or participle cue verb at token `k`.
    fn cue_verb(&self, k: usize) -> Option<(&'static str, Form)> {
        // "put it to her that …": counsel's suggestion in cross-examination, a report
        if k + 3 < self.n()
            && matches!(self.w(k), "put" | "puts")
            && self.is(k + 1, "it")
            && self.is(k + 2, "to")
            && (k + 4..(k + 8).min(self.n())).any(|m| self.is(m, "that") && !self.quoted[m])
        {
            return Some(("put", if self.w(k) == "puts" { Form::S } else { Form::Past }));
        }
        // callers may ask one past the last token: no cue there
        let v = (*self.verbs.get(k)?)?;
        // "2nd Marigold Express (Ollie Stannard)": a capitalised word inside a name, its
        // bracket after it, no verb
        if k > 0 && self.capitalised(k) && self.capitalised(k - 1) && !self.quoted[k - 1] && self.is(k + 1, "(") {
            return None;
        }
        // "think tank", "report card": a noun compound
        if k + 1 < self.n() && SET_LEX_COMPOUND_HEADS.contains(self.w(k + 1)) {
            return None;
        }
        // "ordered an audit", "pleaded guilty": a directive and a plea in court are acts, not
        // reports of what someone said or believes (neither is among A1's cues)
        // ("ordered that the ballots be counted" keeps its clause)
        // ("accepted that the board had been slow" reports; "accepted the offer" does not)
        if v.0 == "plead" || matches!(v.0, "order" | "accept") && !self.is(k + 1, "that") {
            return None;
        }
        // "reported revenue of $4.2bn", "reported a record loss": a company's accounts, no
        // speech
        if v.0 == "report" && (k + 1..(k + 5).min(self.n())).take_while(|&m| !self.quoted[m] && self.w(m) != "that").any(|m| crate::lexicon::is_financial_noun(self.w(m))) {
            return None;
        }
        // "Firm accused of 'price gouging'": a headline's passive, its accuser unnamed
        if v.0 == "accuse" && v.1 == Form::Past && self.is(k + 1, "of") {
            return None;
        }
        // "the 37 people still believed to be held", "a man thought to have fled": an
        // agentless passive participle (A2)
        if v.1 == Form::Past && matches!(v.0, "believe" | "think" | "say" | "report" | "know" | "expect" | "fear" | "understand" | "consider" | "allege" | "rumour" | "rumor") && self.is(k + 1, "to") && k + 2 < self.n() && matches!(self.w(k + 2), "be" | "have") && !(k > 0 && (lex::is_be(self.w(k - 1)) || SET_LEX_SUBJECT_PRONOUNS.contains(self.w(k - 1)))) {
            return None;
        }
        // "14 days’ notice", "a week's warning": a noun after a span of time's possessive
        let span_of_time = |w: &str| ["days", "weeks", "months", "hours", "years", "day", "week", "month", "year"].iter().any(|t| w.eq_ignore_ascii_case(t));
        let possessed = k >= 1 && self.raw(k - 1).strip_suffix(['\u{2019}', '\'']).is_some_and(span_of_time)
            || k >= 2 && matches!(self.raw(k - 1), "\u{2019}" | "'" | "\u{2019}s" | "'s") && span_of_time(self.w(k - 2));
        if v.1 == Form::Base && possessed && !self.quoted[k - 1] {
            return None;
        }
        // "fans chanted her name", "protesters shouted slogans outside": a sound made, with a
        // plain object and no clause or quotation, says nothing reported
        if matches!(v.0, "chant" | "shout" | "sing" | "scream" | "yell" | "cheer" | "boo") && k + 1 < self.n() && !self.is(k + 1, "that") {
            let end = (k + 1..(k + 10).min(self.n())).find(|&m| !self.word(m) || self.quoted[m]).unwrap_or(self.n().min(k + 10));
            if end > k + 1 && !self.quoted.get(end).copied().unwrap_or(false) && (k + 1..end).all(|m| !self.finite_verb_at(m) && !SET_LEX_MODALS.contains(self.w(m)) && !lex::is_be(self.w(m))) {
                return None;
            }
        }
        // "Good afternoon and welcome to our live coverage": a greeting, no one welcomes a thing
        if v.0 == "welcome" && k >= 2 && self.is(k - 1, "and") && matches!(self.w(k - 2), "morning" | "afternoon" | "evening" | "hello" | "hi" | "everyone" | "all") {
            return None;
        }
        // "Judge warns lawyers over leaked exhibits": a warning given to someone over a
        // matter, no content (A1 reports what was said; "warned them that …" keeps its clause,
        // "warned us about those rapists" its topic)
        if v.0 == "warn" && (k + 2..(k + 5).min(self.n())).find(|&m| self.w(m) == "over").is_some_and(|m| (k + 1..m).all(|x| self.word(x) && !self.quoted[x] && !matches!(self.w(x), "that" | "of" | "against" | "to"))) {
            return None;
        }
        // "claims a third men's title", "claimed gold", "the storm claimed 12 lives": a win or
        // a toll taken, nothing said ("claimed victory" may say one won: kept)
        if v.0 == "claim" && (k + 1..(k + 6).min(self.n())).take_while(|&m| self.word(m) && !self.quoted[m] && !matches!(self.w(m), "that" | "to" | "of" | "for")).any(|m| {
            matches!(self.w(m), "title" | "titles" | "medal" | "medals" | "crown" | "gold" | "silver" | "bronze" | "trophy" | "pole" | "lives" | "championship" | "jersey" | "podium" | "podiums")
                // (not the subject of a clause: "claimed the title was stolen")
                && !(m + 1 < self.n() && (lex::is_be(self.w(m + 1)) || SET_LEX_MODALS.contains(self.w(m + 1)) || SET_LEX_HAVE_DO.contains(self.w(m + 1))))
        }) {
            return None;
        }
        // "Budget was cut by 12%, MPs told", "Man jailed, court told": a headline's passive, its
        // speaker unnamed; "We're told the jury is back": the writer told, by no one named (A2)
        if v.0 == "tell" && v.1 == Form::Past && (k + 1 == self.n() || !self.word(k + 1) && self.raw(k + 1) != ":" && !self.quoted[k + 1]) && k >= 2 && self.raw(k - 2) == "," && !SET_LEX_SUBJECT_PRONOUNS.contains(self.w(k - 1)) {
            return None;
        }
        if v.0 == "tell" && v.1 == Form::Past && k > 0 && (matches!(self.w(k - 1), "we're" | "we\u{2019}re" | "i'm" | "i\u{2019}m") || k > 1 && matches!(self.w(k - 1), "are" | "am" | "been") && matches!(self.w(k - 2), "we" | "i" | "have")) {
            return None;
        }
        // "attacked 6km from the summit", "attacked on the final climb": a move in a race, no
        // criticism ("attacked the plan as …" has an object)
        if v.0 == "attack" && v.1 == Form::Past && k + 1 < self.n() && (self.raw(k + 1).starts_with(|c: char| c.is_ascii_digit()) || matches!(self.w(k + 1), "from" | "on" | "in" | "at" | "again" | "early" | "late" | "with")) {
            return None;
        }
        // "the first goal they had conceded in five ties", "conceded a penalty": a goal, a
        // point or a seat given away, nothing said ("conceded that …", "conceded defeat" is
        // the loser's word: kept)
        if v.0 == "concede" && k + 1 < self.n() && (matches!(self.w(k + 1), "in" | "at" | "on" | "only" | "just" | "since" | "twice" | "once") || (k + 1..(k + 3).min(self.n())).any(|m| matches!(self.w(m), "goal" | "goals" | "penalty" | "penalties" | "try" | "tries" | "runs" | "wickets" | "corner" | "corners" | "seat" | "seats"))) {
            return None;
        }
        // "The campaign hit back within the hour": a reply's time, no content ("hit back at",
        // "hit back that …" report)
        if matches!(v.0, "hit" | "fire" | "shoot") && self.is(k + 1, "back") && k + 2 < self.n() && matches!(self.w(k + 2), "within" | "after" | "minutes" | "hours" | "moments" | "quickly" | "immediately" | "later" | "swiftly") {
            return None;
        }
        // "Freed prisoners embrace relatives": a hug, no endorsement
        if v.0 == "embrace" && k + 1 < self.n() && matches!(self.w(k + 1), "relatives" | "each" | "family" | "families" | "friends" | "children" | "teammates" | "supporters" | "loved") {
            return None;
        }
        // "Warehouse murder accused bought petrol": "accused" as a noun, the subject of the verb
        // after it
        if v.0 == "accuse" && v.1 == Form::Past && k + 1 < self.n() && self.w(k + 1) != "of" && self.finite_verb_at(k + 1) && !(k > 0 && (lex::is_be(self.w(k - 1)) || SET_LEX_HAVE_DO.contains(self.w(k - 1)))) {
            return None;
        }
        // "had doubted themselves at the interval": self-doubt, nothing reported
        // ("doubted himself that …" keeps its clause; "defended himself", "describes itself
        // as" report, A1)
        if v.0 == "doubt" && k + 1 < self.n() && matches!(self.w(k + 1), "themselves" | "himself" | "herself" | "itself" | "myself" | "ourselves" | "yourself" | "yourselves") && !(k + 2 < self.n() && (self.word(k + 2) && !SET_LEX_PREPOSITIONS.contains(self.w(k + 2)) || self.quoted[k + 2])) {
            return None;
        }
        // "At least 23 people confirmed dead": a toll, nothing confirmed by them
        // (not "confirmed dead animals had been found": the adjective of a clause's subject)
        if v.0 == "confirm" && v.1 == Form::Past && k + 1 < self.n() && matches!(self.w(k + 1), "dead" | "killed" | "missing" | "injured" | "wounded" | "infected" | "alive")
            && (k + 2 >= self.n() || !self.word(k + 2) || SET_LEX_PREPOSITIONS.contains(self.w(k + 2)) || matches!(self.w(k + 2), "and" | "or" | "so" | "on" | "in" | "after" | "since"))
        {
            return None;
        }
        // "Tass cited a source as saying …": a relay, read at "as saying" as "quoted … as saying"
        if v.0 == "cite" && (k + 2..(k + 14).min(self.n())).any(|m| self.w(m - 1) == "as" && matches!(self.w(m), "saying" | "telling")) {
            return None;
        }
        // "The state's consumer advocate, Harold Brennan, said": a role before its name in
        // apposition
        if v.1 == Form::Base && k >= 2 && k + 2 < self.n() && self.raw(k + 1) == "," && self.word(k - 1) && !self.capitalised(k - 1) && self.capitalised(k + 2) && !self.quoted[k + 2]
            && (SET_LEX_DETERMINERS.contains(self.w(k - 2)) || self.w(k - 2).ends_with("'s") || self.w(k - 2).ends_with("\u{2019}s"))
        {
            return None;
        }
        // "the show", "his reply", "a reality show": a noun after a determiner or a modifier
        if k > 0 && self.word(k - 1) && !self.quoted[k - 1] {
            let p = self.w(k - 1);
            // ("dismissed reports of a split", "denied claims that …": the object of a past verb)
            if v.1 == Form::S && p.len() > 4 && p.ends_with("ed") && !matches!(p, "hundred" | "indeed" | "speed" | "agreed") {
                return None;
            }
            // ("would not discuss reports that …", "amid claims that …": a noun after a verb's
            // base form or a preposition)
            if v.1 == Form::S && (matches!(p, "discuss" | "deny" | "dismiss" | "confirm" | "investigate" | "address" | "ignore" | "examine" | "review" | "dispute" | "reject" | "face" | "faces" | "facing" | "settle" | "settles" | "settling") || matches!(p, "amid" | "about" | "despite" | "following" | "over")) {
                return None;
            }
            // ("a formal offer document": a noun between a modifier and a noun)
            if v.1 == Form::Base
                && k >= 2
                && k + 1 < self.n()
                && matches!(self.w(k - 2), "a" | "an" | "the" | "its" | "their" | "his" | "her")
                && !p.ends_with('s')
                && !self.capitalised(k - 1)
                && self.word(k + 1)
                && !self.quoted[k + 1]
                && self.raw(k + 1).starts_with(|c: char| c.is_ascii_lowercase())
                && !SET_LEX_DETERMINERS.contains(self.w(k + 1))
                && !SET_LEX_PREPOSITIONS.contains(self.w(k + 1))
                && !SET_LEX_SUBJECT_PRONOUNS.contains(self.w(k + 1))
                && !matches!(self.w(k + 1), "that" | "to" | "and" | "or" | "but")
            {
                return None;
            }
            // ("the largest medicine recall since 2018", "Overnight express plunges into gorge"):
            // a cue that is also a noun, after a determiner and modifiers or before a finite verb
            if v.1 == Form::Base && matches!(v.0, "recall" | "express" | "notice" | "report" | "comment" | "claim" | "reply" | "answer" | "estimate" | "promise" | "pledge" | "note" | "quote") {
                let modifier = |m: usize| self.word(m) && !self.quoted[m] && !self.capitalised(m) && !self.w(m).ends_with('s') && !SET_LEX_PREPOSITIONS.contains(self.w(m)) && !SET_LEX_DETERMINERS.contains(self.w(m)) && !SET_LEX_SUBJECT_PRONOUNS.contains(self.w(m)) && !SET_LEX_MODALS.contains(self.w(m)) && !SET_LEX_HAVE_DO.contains(self.w(m)) && !matches!(self.w(m), "not" | "to" | "and" | "or" | "who" | "that" | "which" | "also" | "never") && self.verbs.get(m).copied().flatten().is_none();
                // ("the largest emissions recall": a plural noun after a superlative modifies too)
                let plural_modifier = |m: usize| m > 0 && self.word(m) && !self.quoted[m] && lex::plural_noun(self.w(m)) && self.w(m - 1).ends_with("est") && modifier(m - 1);
                let mut m = k - 1;
                while m > 0 && k - m <= 3 && (modifier(m) || plural_modifier(m)) {
                    m -= 1;
                }
                let det = matches!(self.w(m), "a" | "an" | "the" | "its" | "their" | "his" | "her" | "our" | "this");
                // (after a singular word: "officials express concerns about …" is a verb)
                let finite_next = k + 2 < self.n() && (k == 0 || !self.w(k - 1).ends_with('s') && !self.w(k - 1).ends_with("ly")) && self.word(k + 1) && !self.quoted[k + 1] && !self.capitalised(k + 1) && {
                    let nx = self.w(k + 1);
                    nx.len() > 4 && (nx.ends_with('s') && !nx.ends_with("ss") || nx.ends_with("ed")) && (verb(nx).is_some() || SET_LEX_PREPOSITIONS.contains(self.w(k + 2)) || SET_LEX_DETERMINERS.contains(self.w(k + 2)) || self.w(k + 2) == "near")
                };
                if det || finite_next {
                    return None;
                }
            }
            // ("Another said …": the pronoun before a past verb)
            if SET_W_CUE_VERB.contains(p) && !(p == "another" && v.1 == Form::Past)
                // ("the most feared shot", "a less noted rule": a participle as an adjective)
                || matches!(p, "most" | "more" | "least" | "less") && v.1 == Form::Past && k >= 2 && SET_LEX_DETERMINERS.contains(self.w(k - 2))
                || v.0 == "show" && SET_LEX_SHOW_MODIFIERS.contains(p)
                // "a grand slam title": the tournament, a noun
                || v.0 == "slam" && p == "grand"
            {
                return None;
            }
        }
        Some(v)
    }

    /// All attributions of the sentence, in order, not overlapping each other.
    fn attributions(&self) -> Vec<Found> {
        let mut out: Vec<Found> = Vec::new();
        let n = self.n();
        let mut k = 0;
        if let Some(f) = self.colon_credit() {
            k = self.token_at_end(f.cue.end).map_or(0, |c| c + 1);
            out.push(f);
        }
        // last token index covered by an accepted content piece (exclusive end offset)
        while k < n {
            if !self.word(k) || self.quoted[k] {
                k += 1;
                continue;
            }
            let found = if self.w(k) == "according" && self.is(k + 1, "to") {
                self.according(k, self.span_of(k, k + 1), k + 2)
            } else if let Some(by) = self.as_reported_by(k) {
                self.according(k, self.span_of(k, by - 1), by + 1)
            } else if self.w(k) == "in" {
                self.in_poll(k)
            } else if self.w(k) == "asked"
                && (k == 0 || matches!(self.w(k - 1), "when" | "if" | "after" | "once"))
            {
                // "Asked about the vote, she said …", "When asked whether …": a question put
                // to the subject is no claim (ANNOTATION A1 lists no "ask"); what the subject
                // answers is
                None
            } else if SET_LEX_RAISING.contains(self.w(k))
                || matches!(self.w(k), "expected" | "asked") && k > 0 && (lex::is_be(self.w(k - 1)) || self.adverb_after_be(k - 1))
            {
                self.raising(k)
            } else if let Some(f) = self.document_saying(k) {
                Some(f)
            } else if let Some(f) = (SET_LEX_NOUN_CUES.contains(self.w(k)) && self.is(k + 1, "that")).then(|| self.noun_cue(k)).flatten() {
                Some(f)
            } else if let Some((lemma, form)) = self.cue_verb(k).filter(|&(_, f)| !(matches!(f, Form::Base | Form::S) && self.possessor_before(k) && (self.finite_verb_at(k + 1) || k + 1 < n && (lex::is_be(self.w(k + 1)) || SET_LEX_MODALS.contains(self.w(k + 1)))))) {
                self.verb_cue(k, lemma, form, &out)
            } else {
                None
            };
            let found = found.filter(|f| !self.object_before_colon(f));
            if let Some(f) = found {
                let quoted_relay = self.relays_quoted_report(k, &f);
                if !quoted_relay && self.accept(&f, &out) {
                    out.push(f);
                } else if f.pieces[0].is_some_and(|p| p.end <= f.cue.start) {
                    // "CONTENT, according to X", "CONTENT, X said": the closing credit covers the whole
                    // clause, cues inside it ("officials signaling …", "voters saying …") are part of
                    // what X says; after "Smith said …" it only relays Smith's words, and Smith stays
                    // the source
                    let p = f.pieces[0].unwrap_or(f.cue);
                    let inside = |q: &Found| q.cue.start >= p.start && q.cue.end <= p.end && q.pieces.iter().flatten().all(|x| x.start >= p.start);
                    // (the reports it covers are among the last WINDOW found: the work stays
                    // bounded in a sentence without end)
                    let from = out.len().saturating_sub(WINDOW);
                    // a finite speech verb with its subject ("whether Varna wants …, according to
                    // Dr Li" holds a wish, and is Li's)
                    // (its lemma, when it is one)
                    let report = |q: &Found| {
                        q.speaker?;
                        let (l, form) = self.token_at(q.cue.start).and_then(|c| self.cue_verb(c))?;
                        (matches!(form, Form::Past | Form::S) && !SET_LEX_BELIEFS.contains(l)).then_some(l)
                    };
                    // (for an agency's relay, also a plural's present right after it: "Officials
                    // warn blaze could reach coast road, state agency says")
                    let plural_present = |q: &Found| {
                        q.speaker.is_some_and(|sp| sp.end < q.cue.start && self.text.get(sp.end..q.cue.start) == Some(" "))
                            && self.token_at(q.cue.start).and_then(|c| self.cue_verb(c)).is_some_and(|(l, f)| f == Form::Base && (SET_LEX_SAY_LIKE.contains(l) || matches!(l, "warn" | "tell" | "claim" | "insist")))
                    };
                    // (an agency's credit relays any report; another credit only words said:
                    // "…, the ministry said" after "officials have ordered …" reports the order)
                    // (an agency has a name or is one: "according to an analysis by a watchdog"
                    // is a report of its own, "according to state media" relays)
                    let agency = f.speaker.is_some_and(|sp| {
                        self.token_at(sp.start).is_some_and(|s| {
                            let s = if self.is(s, "the") { s + 1 } else { s };
                            s < n && self.capitalised(s)
                        }) || self.range(sp).any(|m| self.news_word(m) || matches!(self.w(m), "outlets" | "press"))
                    });
                    // (a news outlet relays with "said" too: "…, state broadcaster NHK said")
                    let outlet = f.speaker.is_some_and(|sp| self.range(sp).any(|m| self.outlet_word(m)));
                    let relaying = agency
                        && (self.w(k) == "according" || self.cue_verb(k).is_some_and(|(l, _)| l == "report" || (outlet && SET_LEX_SAY_LIKE.contains(l))));
                    let said = |l: &str| SET_LEX_SAY_LIKE.contains(l) || matches!(l, "tell" | "write" | "add" | "tweet" | "report");
                    let relay = out[from..].iter().any(|q| inside(q) && (report(q).is_some_and(|l| relaying || said(l)) || relaying && plural_present(q)));
                    if relay && relaying {
                        // "…, Smith said, according to Nortel", "Smith said …, Nortel reported": the
                        // agency relays Smith's words
                        if let Some(q) = out[from..].iter_mut().rev().find(|q| inside(q) && (report(q).is_some() || plural_present(q)) && q.via.is_none()) {
                            q.via = f.speaker;
                            // (the words end before the relay's credit: "…, the official Yonhap
                            // news agency reported" is no part of them)
                            let credit = f.speaker.map_or(f.cue.start, |sp| sp.start.min(f.cue.start));
                            if let Some(last) = q.pieces.iter_mut().flatten().last().filter(|x| x.end > credit && x.start < credit) {
                                if let Some(c) = self.token_at(credit).filter(|&c| c > 0) {
                                    let mut e = c;
                                    while e > 0 && !self.word(e - 1) && !is_close_mark(self.raw(e - 1)) && self.toks[e - 1].span.start >= last.start {
                                        e -= 1;
                                    }
                                    if e > 0 && self.toks[e - 1].span.end > last.start {
                                        last.end = self.toks[e - 1].span.end;
                                    }
                                }
                            }
                        }
                    }
                    // "A told investigators B, KNA quoted a police source as saying.": the source
                    // the agency quotes reports the whole clause, A's report inside it, which ends
                    // before the agency
                    if let (Some(v), Some(sp)) = (f.via, f.speaker) {
                        if v.end <= sp.start && f.cue.start < sp.start && out[from..].iter().any(|q| inside(q) && report(q).is_some_and(said)) {
                            let credit = v.start.min(f.cue.start);
                            for q in out[from..].iter_mut().filter(|q| inside(q)) {
                                if let Some(last) = q.pieces.iter_mut().flatten().last().filter(|x| x.end > credit && x.start < credit) {
                                    last.end = p.end;
                                }
                            }
                            out.push(f);
                            k += 1;
                            continue;
                        }
                    }
                    // (with the eight before them, all that `accept` looks at)
                    let base = from.saturating_sub(8);
                    let kept: Vec<Found> = out[base..from].iter().chain(out[from..].iter().filter(|q| !inside(q))).cloned().collect();
                    // "A told B …, according to a police source": a source that relays no news
                    // reports the whole clause, A's report inside it stays A's
                    // (a credit by a verb only when its source is a short subject that speaks,
                    // "…, they added", "…, aides said", and not the one who spoke inside: no
                    // object's relative clause, "…, a figure the union disputes")
                    let sources_speech = self.w(k) == "according"
                        || self.cue_verb(k).is_some_and(|(l, form)| matches!(form, Form::Past | Form::S) && said(l))
                            && f.speaker.is_some_and(|sp| {
                                let r = self.range(sp);
                                r.len() <= 3 && r.clone().all(|m| self.word(m) && !self.capitalised(m) && !self.news_word(m) || m == r.start)
                                    && !out[from..].iter().any(|q| inside(q) && q.speaker.is_some_and(|s2| self.text[s2.start..s2.end].eq_ignore_ascii_case(&self.text[sp.start..sp.end])))
                            });
                    // (the inner report ends inside the clause: reports never cross)
                    let held = out[from..].iter().filter(|q| inside(q)).all(|q| q.pieces.iter().flatten().all(|x| x.end <= p.end));
                    if relay && !relaying && !quoted_relay && sources_speech && held && self.accept(&f, &kept) {
                        out.push(f);
                        k += 1;
                        continue;
                    }
                    if !relay && !quoted_relay && kept.len() < out.len() - base && self.accept(&f, &kept) {
                        out.truncate(base);
                        out.extend(kept);
                        out.push(f);
                    }
                }
            }
            k += 1;
        }
        self.citing_sources(&mut out);
        // ("10.00 BST Ash column reached 11km, scientists say": a key event's clock stamp is
        // no part of what was said)
        let stamp = if self.block_start { self.clock_stamp() } else { 0 };
        for f in &mut out {
            self.split_and_that(f);
            if stamp > 0 && stamp < n {
                for p in f.pieces.iter_mut().flatten() {
                    if p.start == self.toks[0].span.start && self.toks[stamp].span.start < p.end {
                        p.start = self.toks[stamp].span.start;
                    }
                }
            }
        }
        // "One reader posted this a few minutes ago:": the words follow in the next block
        out.retain(|f| {
            let [Some(p), None] = f.pieces else { return true };
            let words = self.text[p.start..p.end].split(' ').next().unwrap_or("");
            let colon = self.text[p.end..].trim_start().starts_with(':');
            !(colon && matches!(words, "this" | "these" | "the following"))
        });
        out
    }

    /// "said the road was shut and that the bridge was safe": two reported clauses, two pieces
    /// without the second complementizer.
    fn split_and_that(&self, f: &mut Found) {
        let [Some(p), None] = f.pieces else { return };
        let (Some(a), Some(b)) = (self.token_at(p.start), self.token_at_end(p.end)) else { return };
        // (not "but that": the seeds keep "said A, but that B" as one piece)
        let Some(k) = (a + 1..b.saturating_sub(1)).find(|&k| self.w(k) == "and" && self.w(k + 1) == "that" && !self.quoted[k] && !self.quoted[k + 1]) else {
            return;
        };
        // the second clause has a subject and a verb of its own ("and that the bridge was …",
        // not "and that plan")
        // (also "about 60 were wounded", "sales of the book have risen", "cabin crew had …": an
        // approximated number, a plural noun with its complement, a compound noun before an
        // auxiliary; "that plan failed" stays one clause)
        let aux = |m: usize| m < self.n() && self.word(m) && (lex::is_be(self.w(m)) || SET_LEX_HAVE_DO.contains(self.w(m)) || SET_LEX_MODALS.contains(self.w(m)));
        // (a verb that is a cue only with its particle may be a noun: "side effects")
        let plain = |m: usize| m < self.n() && self.word(m) && !self.quoted[m] && !self.capitalised(m) && verb(self.w(m)).is_none_or(|(l, _)| SET_LEX_NEEDS_PARTICLE.contains(l)) && !aux(m);
        // ("and that “the lion's share” had gone …": a quoted subject before its verb, or a
        // quoted clause to the end)
        // (or a quoted clause with a verb of its own: `and that "no theory is ruled out", …`)
        let quoted_subject = k + 3 <= b && is_open_mark(self.raw(k + 2)) && self.quoted[k + 3] && {
            let after = (k + 3..=b).find(|&m| !self.quoted[m] && !is_close_mark(self.raw(m)));
            after.is_none_or(|m| aux(m) || self.w(m).ends_with("ed") && self.w(m).len() > 4 || irregular_past(self.w(m)))
                || (k + 4..=b).take_while(|&m| self.quoted[m]).any(|m| aux(m) && self.word(m - 1) && !SET_LEX_DETERMINERS.contains(self.w(m - 1)))
        };
        let subject = quoted_subject || k + 3 <= b
            && self.word(k + 2)
            && (self.subject_start(k + 2)
                || matches!(self.w(k + 2), "about" | "around" | "nearly" | "almost" | "roughly" | "only" | "just") && self.raw(k + 3).starts_with(|c: char| c.is_ascii_digit())
                || self.w(k + 2) == "at" && self.is(k + 3, "least") && k + 4 < self.n() && self.raw(k + 4).starts_with(|c: char| c.is_ascii_digit())
                || k + 3 < self.n() && self.word(k + 2) && !self.quoted[k + 2] && !self.capitalised(k + 2) && lex::plural_noun(self.w(k + 2)) && matches!(self.w(k + 3), "of" | "in" | "at" | "from" | "for" | "on" | "with")
                // ("and that backup systems at three hospitals were …": a compound plural with
                // its complement)
                || plain(k + 2) && k + 4 < self.n() && !self.quoted[k + 3] && lex::plural_noun(self.w(k + 3)) && matches!(self.w(k + 4), "of" | "in" | "at" | "from" | "for" | "on" | "with")
                // ("and that policy was still …": a noun and an auxiliary)
                || plain(k + 2) && aux(k + 3)
                || plain(k + 2) && plain(k + 3) && aux(k + 4)
                // ("and that students “who did everything right” had been let down": a noun with
                // quoted words after it, then the verb)
                || plain(k + 2) && k + 4 <= b && is_open_mark(self.raw(k + 3)) && self.quoted[k + 4] && {
                    let after = (k + 4..=b).find(|&m| !self.quoted[m] && !is_close_mark(self.raw(m)));
                    after.is_some_and(|m| aux(m) || self.w(m).ends_with("ed") && self.w(m).len() > 4 || irregular_past(self.w(m)))
                }
                || matches!(self.w(k + 2), "neither" | "none" | "both" | "each" | "all" | "most" | "many" | "few") && aux(k + 3)
                // (any phrase of two words or more before the clause's verb: "staff no longer
                // handled …", "fewer than one in 10 were …")
                || {
                    let verb_at = (k + 3..(k + 9).min(b + 1)).take_while(|&m| !self.quoted[m] && (self.word(m) || self.raw(m).starts_with(|c: char| c.is_ascii_digit()))).find(|&m| aux(m) || self.w(m).ends_with("ed") && self.w(m).len() > 4 || irregular_past(self.w(m)));
                    verb_at.is_some_and(|m| m >= k + 4) && plain(k + 2)
                });
        if !subject {
            return;
        }
        let end = if self.raw(k - 1) == "," { k - 1 } else { k };
        if end <= a {
            return;
        }
        f.pieces = [Some(Span::new(p.start, self.toks[end - 1].span.end)), Some(Span::new(self.toks[k + 2].span.start, p.end))];
    }

    /// "…, Nortel reported, citing a diplomatic source": the cited source is the speaker and
    /// the reporter relays it; "citing" is no attribution of its own.
    fn citing_sources(&self, out: &mut Vec<Found>) {
        // "Ukrinform reports, citing Oleh Li, the regional governor, that …": the cited source
        // between the cue and the content; "The Ledger reported last month, citing two former
        // employees, that …": the same, read as the content of "citing"
        for f in out.iter_mut() {
            self.cited_before_content(f);
        }
        // "The agency Tarpress, citing a source at the mine, reported that …": the citing phrase
        // between the report's subject and its cue names who speaks; the agency relays
        let mut i = 1;
        while i < out.len() {
            let (a, b) = (&out[i - 1], &out[i]);
            let inside = match (self.token_at(a.cue.start), a.pieces, b.speaker) {
                (Some(c), [Some(p), None], Some(sp)) if self.w(c) == "citing" && a.via.is_none() && b.via.is_none() && c >= 2 && self.raw(c - 1) == "," => {
                    let between = sp.start < self.toks[c - 1].span.start
                        && self.token_at_end(p.end).is_some_and(|e| e + 2 < self.n() && self.raw(e + 1) == "," && self.toks[e + 2].span.start == b.cue.start);
                    (between && self.source_like(p)).then_some(p)
                }
                _ => None,
            };
            if let Some(p) = inside {
                let b = &mut out[i];
                b.via = b.speaker;
                b.speaker = Some(p);
                out.remove(i - 1);
            } else {
                i += 1;
            }
        }
        let mut i = 1;
        while i < out.len() {
            let (a, b) = (&out[i - 1], &out[i]);
            let cited = match (self.token_at(b.cue.start), b.pieces) {
                (Some(c), [Some(p), None]) if matches!(self.w(c), "citing" | "quoting") && c >= 2 && self.raw(c - 1) == "," && b.via.is_none() => {
                    // the citing clause comes right after the report's cue and speaker, or
                    // after a time adjunct ("Bloomberg reported on Thursday, citing …")
                    let report_end = a.cue.end.max(a.speaker.map_or(0, |s| s.end));
                    let adjunct = self.token_at_end(report_end).is_some_and(|e| {
                        e + 1 < c - 1 && c - 1 - (e + 1) <= 4 && (e + 1..c - 1).all(|m| self.word(m) && !self.quoted[m] && self.cue_verb(m).is_none())
                    });
                    ((self.toks[c - 1].span.start == report_end || adjunct) && a.via.is_none() && self.source_like(p)).then_some(p)
                }
                _ => None,
            };
            if let Some(p) = cited {
                let a = &mut out[i - 1];
                a.via = a.speaker;
                a.speaker = Some(p);
                out.remove(i);
            } else {
                i += 1;
            }
        }
    }

    /// Whether the phrase `p` names who was cited, not what: a name, or people ("people
    /// familiar with the matter", "two former employees", "a diplomatic source").
    fn source_like(&self, p: Span) -> bool {
        let r = self.range(p);
        let head = r.clone().take_while(|&m| self.word(m) && !matches!(self.w(m), "familiar" | "with" | "who" | "close" | "at" | "in" | "of" | "on" | "briefed" | "involved" | "knowledgeable" | "aware" | "inside" | "within" | "from")).last();
        // (a name: its last word capitalised, "Ivan Dorosh", not "an IMF estimate")
        head.is_some_and(|h| self.capitalised(h) && !SET_LEX_DETERMINERS.contains(self.w(h)))
            || head.is_some_and(|h| {
                let w = self.w(h);
                crate::names::is_role_or_plural(w)
                    || SET_W_CITED_PEOPLE.contains(w)
                    // (agent nouns: "engineers", "scientists", "participants")
                    || (w.ends_with("ers") || w.ends_with("ists") || w.ends_with("ants") || w.ends_with("ents")) && !SET_W_CITED_THINGS.contains(w)
            })
    }

    /// `f` reported with ", citing SOURCE[, apposition], that" between its cue and its
    /// content (or as the content of "citing"): SOURCE is the speaker, the reporter relays.
    fn cited_before_content(&self, f: &mut Found) {
        let [Some(p), None] = f.pieces else { return };
        let Some(c0) = self.token_at(f.cue.start) else { return };
        let (citing, from) = if self.w(c0) == "citing" {
            // the content of "citing" holds the source and the clause: "SOURCE, that …"
            if f.via.is_some() || c0 < 2 || self.raw(c0 - 1) != "," {
                return;
            }
            let Some(s) = self.token_at(p.start) else { return };
            (c0, s)
        } else {
            let Some(e) = self.token_at_end(f.cue.end) else { return };
            // ("reported last month, citing …")
            let Some(comma) = (e + 1..self.n().min(e + 6)).find(|&m| self.raw(m) == ",") else { return };
            if !(e + 1..comma).all(|m| self.word(m) && !self.quoted[m] && self.cue_verb(m).is_none()) || comma + 2 >= self.n() || self.w(comma + 1) != "citing" {
                return;
            }
            (comma + 1, comma + 2)
        };
        // the source runs to the next comma; "that" opens the clause within a few tokens
        let Some(np_end) = (from..self.n().min(from + 12)).find(|&m| self.raw(m) == "," || self.w(m) == "that") else { return };
        let Some(that) = (np_end..self.n().min(np_end + 14)).find(|&m| self.w(m) == "that" && !self.quoted[m] && m >= 1 && self.raw(m - 1) == ",") else { return };
        if np_end <= from || (from..that).any(|m| self.quoted[m]) || that + 1 >= self.n() {
            return;
        }
        let np = self.span_of(from, np_end - 1);
        if !self.source_like(np) {
            return;
        }
        let content_start = self.toks[that + 1].span.start;
        if citing != c0 {
            // the content found after the citing phrase stays
            if p.start < content_start {
                return;
            }
        } else {
            f.pieces[0] = Some(Span::new(content_start, p.end));
        }
        f.via = f.speaker;
        f.speaker = Some(np);
    }

    /// Keep `f` unless it overlaps an earlier one or only repeats direct quotes.
    fn accept(&self, f: &Found, prev: &[Found]) -> bool {
        // "'I just want to walk my dog again'": a source and cue inside a quotation are the
        // quoted speaker's own words (A2)
        // (a line opening with the mark counts: the tool may not have paired a lone line's marks)
        let opened = self.n() > 0 && is_open_mark(self.raw(0)) && self.raw(0) != "(";
        let first_person = f.speaker.and_then(|sp| self.token_at(sp.start)).is_some_and(|t| (self.quoted[t] || t == 1 && opened) && matches!(self.w(t), "i" | "we"));
        if first_person && self.token_at(f.cue.start).is_some_and(|c| self.quoted[c] || opened) {
            return false;
        }
        // "August's gain is put at 29,000, down from 72,000 previously reported": a figure's
        // comparison is no source
        if f.speaker.and_then(|sp| self.token_at(sp.start)).is_some_and(|t| matches!(self.w(t), "down" | "up") && self.is(t + 1, "from")) {
            return false;
        }
        if let (Some(c), Some(p)) = (self.token_at(f.cue.start), f.pieces[0]) {
            let r = self.range(p);
            // "Radio Alba said Verpress had quoted an officer as saying …": each outlet relays;
            // the quoted person's report is found at "quoted"
            let relay = r.clone().take(6).find(|&m| matches!(self.w(m), "quoted" | "cited") && !self.quoted[m]);
            if relay.is_some_and(|q| (q + 2..(q + 10).min(r.end)).any(|m| self.is(m - 1, "as") && matches!(self.w(m), "saying" | "telling"))) {
                return false;
            }
            let n = self.n();
            // "defends her title", "claimed its usual victims", "recalls its ambassador": a title
            // kept, a toll taken, an envoy called home, no words (the object a plain noun phrase
            // with no clause or quotation; the verb still ends the clause before it)
            if let Some((lemma @ ("defend" | "claim" | "recall"), _)) = self.cue_verb(c).filter(|_| c + 2 < n && matches!(self.w(c + 1), "his" | "her" | "its" | "their" | "the" | "a" | "an" | "our")) {
                let heads: &[&str] = match lemma {
                    "defend" => &["title", "titles", "crown", "belt", "seat", "lead", "championship", "trophy"],
                    "claim" => &["victims", "victim", "lives", "life", "title", "prize", "seat", "seats", "lead", "gold", "medal", "crown", "trophy", "place", "spot", "scalp", "wicket", "wickets", "points", "stage"],
                    _ => &["ambassador", "ambassadors", "envoy", "envoys", "diplomats", "staff", "troops", "vehicles", "cars", "products", "models"],
                };
                let end = (c + 1..(c + 7).min(n)).find(|&m| !self.word(m) || self.quoted[m] || self.w(m) == "that").unwrap_or(n.min(c + 7));
                let clause = (c + 1..(c + 12).min(n)).take_while(|&m| self.word(m) && !self.quoted[m]).any(|m| self.finite_verb_at(m) || lex::is_be(self.w(m)) || SET_LEX_MODALS.contains(self.w(m)));
                if (c + 2..end).take(4).any(|m| heads.contains(&self.w(m))) && !clause && !self.quoted.get(end).copied().unwrap_or(false) && !self.is(end, "that") {
                    return false;
                }
            }
            if let Some((_, Form::Past)) = self.cue_verb(c) {
                // "…, a journey expected to take 16 hours": a reduced relative's participle on a
                // described thing, an agentless passive (A2)
                if f.speaker.and_then(|sp| self.token_at(sp.start)).is_some_and(|t| self.reduced_relative(t, c)) {
                    return false;
                }
                // "with fees, confirmed deals and …": a participle before a bare plural noun in a
                // list, an adjective
                let bare_plural = c + 1 < n && self.word(c + 1) && !self.quoted[c + 1] && !self.capitalised(c + 1) && self.w(c + 1).len() > 3 && self.w(c + 1).ends_with('s') && !SET_LEX_DETERMINERS.contains(self.w(c + 1)) && !SET_LEX_SUBJECT_PRONOUNS.contains(self.w(c + 1));
                let verbless = || self.range(p).all(|m| !self.finite_verb_at(m) && !lex::is_be(self.w(m)) && !SET_LEX_MODALS.contains(self.w(m)));
                if c > 0 && self.raw(c - 1) == "," && bare_plural && (c + 2 >= n || matches!(self.raw(c + 2), "and" | "," | "." | "or")) && verbless() {
                    return false;
                }
                // "accept 14 disputed ballots", "the reported cases": a participle between a
                // number or an article and its plural noun, an adjective
                if c > 0 && bare_plural && (self.raw(c - 1).starts_with(|ch: char| ch.is_ascii_digit()) && self.raw(c - 1).bytes().all(|ch| ch.is_ascii_digit() || ch == b',') || matches!(self.w(c - 1), "the" | "these" | "those" | "all" | "some" | "many" | "several")) {
                    return false;
                }
                // "(33 of 54 seats declared)": a reduced passive closing a bracket
                if self.is(c + 1, ")") && (c.saturating_sub(8)..c).any(|m| self.raw(m) == "(") && !(c.saturating_sub(8)..c).any(|m| self.finite_verb_at(m) || lex::is_be(self.w(m))) {
                    return false;
                }
            }
            // "The ministry responded within hours", "conceded shortly after 23.05": a time
            // adverbial after the verb is no content
            if matches!(self.w(r.start), "within" | "shortly" | "soon" | "immediately" | "swiftly" | "quickly" | "promptly" | "moments" | "minutes" | "hours")
                && r.start > c
                && f.pieces[1].is_none()
                && r.len() <= 6
                // (a gerund after the adverb is content: "called for immediately scrapping it")
                && !r.clone().any(|m| self.w(m).len() > 4 && self.w(m).ends_with("ing") && !matches!(self.w(m), "morning" | "evening"))
                && r.clone().all(|m| !self.quoted[m] && self.w(m) != "that" && !self.aux_or_finite(m))
            {
                return false;
            }
            match self.cue_verb(c) {
                // "Both campaigns have agreed to three televised debates": agreeing to a thing,
                // no claim
                Some(("agree", _)) => {
                    // ("Castrel agrees emergency power deal with Moldara": a deal struck)
                    if self.deal_object(r.clone(), &["deal", "deals", "terms", "contract", "pact", "merger", "sale", "settlement", "package", "truce", "ceasefire", "loan", "fee"]) {
                        return false;
                    }
                    if self.is(r.start, "to") && r.start + 1 < self.n() && (SET_LEX_DETERMINERS.contains(self.w(r.start + 1)) || self.raw(r.start + 1).starts_with(|ch: char| ch.is_ascii_digit()) || matches!(self.w(r.start + 1), "two" | "three" | "four" | "five" | "six")) {
                        return false;
                    }
                }
                // "Wexford reject third bid for Reyes": a bid turned down, no claim
                Some(("reject", _)) => {
                    if self.deal_object(r.clone(), &["bid", "bids", "offer", "offers", "approach", "approaches", "takeover"]) {
                        return false;
                    }
                }
                // "Libel law explained: what 'serious harm' means": an explainer's title, its
                // topic does not speak
                Some(("explain", Form::Past)) => {
                    if c + 2 < self.n() && self.raw(c + 1) == ":" && crate::lexicon::opens_explainer(self.w(c + 2)) {
                        return false;
                    }
                }
                // "hotels were asking up to 60,000 krónur a night": a price asked, no speech
                Some(("ask", _)) => {
                    let amount = |m: usize| m < self.n() && (self.raw(m).starts_with(|ch: char| ch.is_ascii_digit()) || matches!(self.raw(m), "$" | "\u{a3}" | "\u{20ac}"));
                    let money = r.clone().take(6).any(|m| matches!(self.raw(m), "$" | "\u{a3}" | "\u{20ac}") || crate::numbers::words::currency_word(self.w(m)).is_some());
                    if money && (amount(r.start) || matches!(self.w(r.start), "up" | "about" | "around" | "more" | "nearly" | "almost" | "over") && (amount(r.start + 1) || amount(r.start + 2))) {
                        return false;
                    }
                }
                // "Lumora added 1.1 million members", "the state had added 140,000 jobs": a number
                // grown, no words added
                Some(("add", _)) => {
                    let num = |m: usize| m < self.n() && self.raw(m).starts_with(|ch: char| ch.is_ascii_digit());
                    if (num(r.start) || matches!(self.w(r.start), "more" | "about" | "nearly" | "almost" | "another" | "some" | "over") && (num(r.start + 1) || num(r.start + 2))) && !r.clone().take(8).any(|m| self.w(m) == "that" || self.quoted[m]) && !r.clone().any(|m| self.finite_verb_at(m) || lex::is_be(self.w(m)) || SET_LEX_HAVE_DO.contains(self.w(m)) || SET_LEX_MODALS.contains(self.w(m))) {
                        return false;
                    }
                }
                // "the referee pointed to the spot": a penalty awarded, no report
                Some(("point", _)) => {
                    if self.is(r.start, "the") && (self.is(r.start + 1, "spot") || self.is(r.start + 1, "penalty") && self.is(r.start + 2, "spot")) {
                        return false;
                    }
                }
                // "declared a state of emergency", "declares curfew": an official act, no report
                // (also read inverted, the act after the verb taken for a source: "The governor,
                // Jo Li, declared a state of emergency on Monday")
                Some(("declare", _)) => {
                    let act = |m: usize| matches!(self.w(m), "emergency" | "curfew" | "bankruptcy" | "martial" | "holiday" | "lockdown" | "quarantine" | "mourning" | "incident" | "incidents");
                    if f.speaker.and_then(|sp| self.token_at(sp.start)).is_some_and(|t| t > c && (t..(t + 5).min(n)).any(act)) {
                        return false;
                    }
                    if r.clone().take(5).any(act) && !r.clone().take(5).any(|m| self.w(m) == "that") {
                        return false;
                    }
                }
                // "when it reports first-quarter results", "will report earnings": figures still
                // to come are no claim yet (A2; "the maker reported weak results" is one)
                Some(("report", form)) if form != Form::Past => {
                    let future = (c.saturating_sub(3)..c).any(|m| matches!(self.w(m), "when" | "will" | "to" | "until" | "before" | "once" | "due"));
                    let figures = || r.clone().take(4).any(|m| matches!(self.w(m), "results" | "earnings" | "profit" | "profits" | "loss" | "losses" | "revenue" | "revenues" | "sales"));
                    if future && figures() && !r.clone().take(4).any(|m| self.w(m) == "that" || self.cue_verb(m).is_some()) && r.start == c + 1 {
                        return false;
                    }
                }
                _ => {}
            }
        }
        // "First seat declared: Hollin North holds", "Result confirmed: …": a headline's passive
        // participle before a colon, its subject a thing announced, not a speaker
        if let (Some(c), Some(sp)) = (self.token_at(f.cue.start), f.speaker) {
            // (a lowercase head that names no person or body, with no article: "First seat")
            let thing = self.token_at_end(sp.end).is_some_and(|h| {
                let w = self.w(h);
                !self.capitalised(h)
                    && !crate::names::is_agent_plural(w)
                    && !crate::names::is_role_word(w)
                    && !SET_LEX_SUBJECT_PRONOUNS.contains(w)
                    && !matches!(w, "government" | "ministry" | "police" | "army" | "council" | "company" | "court" | "party" | "committee" | "board" | "agency" | "office" | "department")
            });
            let bare = self.token_at(sp.start).is_some_and(|s| !SET_LEX_DETERMINERS.contains(self.w(s)));
            if self.cue_verb(c).is_some_and(|(l, form)| form == Form::Past && matches!(l, "declare" | "announce" | "confirm" | "reveal" | "unveil")) && self.raw(c + 1).eq(":") && thing && bare && f.pieces[0].is_some_and(|p| p.start > f.cue.end) {
                return false;
            }
        }
        // "called an emergency session", "called four witnesses": summoning, no speech ("called
        // for a vote" is: its cue holds the particle)
        if let Some(c) = self.token_at(f.cue.start) {
            if matches!(self.w(c), "call" | "calls" | "called" | "calling")
                && f.cue.end == self.toks[c].span.end
                && f.pieces[0].is_some_and(|p| {
                    // (an event noun with no complement after it: "called her vote a mistake" names)
                    let r = self.range(p);
                    let noun = r.clone().take(4).find(|&m| {
                        matches!(self.w(m), "session" | "meeting" | "election" | "vote" | "witness" | "witnesses" | "summit" | "hearing" | "strike" | "recess" | "referendum")
                    });
                    noun.is_some_and(|k| !r.clone().any(|m| self.quoted[m]) && !(k..r.end).any(|m| SET_LEX_DETERMINERS.contains(self.w(m))))
                })
            {
                return false;
            }
        }
        // "A reporter asked if …", "she asked why …": a question is no claim (ANNOTATION A1 lists
        // no "ask")
        // (also "wanted to know whether …")
        let wh = |s: usize| matches!(self.w(s), "if" | "whether" | "why" | "how" | "what" | "when" | "where" | "who");
        if let Some(c) = self.token_at(f.cue.start) {
            let first = f.pieces[0].and_then(|p| self.token_at(p.start));
            if self.cue_verb(c).is_some_and(|(l, _)| l == "ask") && first.is_some_and(wh)
                || first.is_some_and(|s| self.w(s) == "to" && self.is(s + 1, "know") && s + 2 < self.n() && wh(s + 2))
            {
                return false;
            }
        }
        // "Asked whether he expected a deal, the envoy said …": the question's own clause holds
        // no report
        // (also set off by commas after the subject: "Orsin, asked what he wanted to do first,
        // smiled")
        if let Some(c) = self.token_at(f.cue.start) {
            // (looked for within WINDOW tokens, so that a sentence without end stays linear)
            let q = (c.saturating_sub(WINDOW)..c).rev().find(|&m| self.raw(m) == ",").map_or(if c > WINDOW { c } else { usize::from(self.n() > 0 && !self.word(0)) }, |m| m + 1);
            let q = q + usize::from(self.is(q, "when"));
            let wh = |w: &str| matches!(w, "whether" | "if" | "what" | "how" | "why" | "when" | "where" | "who");
            // (also "Asked by reporters whether …": the askers between)
            let by = if self.is(q + 1, "by") { (q + 3..(q + 7).min(self.n())).find(|&m| wh(self.w(m)) && !self.quoted[m]).filter(|&m| (q + 2..m).all(|x| self.word(x) && !self.quoted[x] && self.cue_verb(x).is_none())).map_or(0, |m| m - q - 1) } else { 0 };
            if self.is(q, "asked") && q + 1 + by < self.n() && wh(self.w(q + 1 + by)) && (q == 0 || self.raw(q - 1) == "," || self.is(q - 1, "when")) {
                return false;
            }
        }
        // "declined to comment", "refused to say whether …": a refusal, no report (ANNOTATION
        // A2: negated speech)
        if let Some(c) = self.token_at(f.cue.start) {
            if self.cue_verb(c).is_some_and(|(l, _)| matches!(l, "decline" | "refuse")) && self.is(c + 1, "to") {
                return false;
            }
        }
        // ("who asked for anonymity because …")
        if let Some(first) = f.pieces[0].and_then(|p| self.token_at(p.start)) {
            if self.w(first) == "anonymity" {
                return false;
            }
        }
        // "who asked not to be named", "asking not to be identified": anonymity, no report
        if let Some(first) = f.pieces[0].and_then(|p| self.token_at(p.start)) {
            if first + 3 < self.n() && self.w(first) == "not" && self.w(first + 1) == "to" && self.w(first + 2) == "be" {
                return false;
            }
            // ("who asked us not to print her name")
            if (first..(first + 3).min(self.n())).any(|m| self.w(m) == "not" && self.is(m + 1, "to")) && (first..(first + 7).min(self.n())).any(|m| self.w(m) == "name") {
                return false;
            }
        }
        for p in f.pieces.iter().flatten() {
            if p.is_empty() {
                return false;
            }
            // earlier attributions nearby (pieces reach back at most WINDOW tokens)
            let recent = &prev[prev.len().saturating_sub(8)..];
            if recent
                .iter()
                .flat_map(|q| q.pieces.iter().flatten())
                .any(|q| q.start < p.end && p.start < q.end)
            {
                return false;
            }
            if recent.iter().any(|q| p.start <= q.cue.start && q.cue.end <= p.end) {
                return false;
            }
        }
        // words of the content outside direct quotes
        f.pieces
            .iter()
            .flatten()
            .any(|p| self.range(*p).any(|k| self.word(k) && !self.quoted[k]))
    }

    /// "as first reported by X" (at `k`, "as"): the index of "by".
    fn as_reported_by(&self, k: usize) -> Option<usize> {
        if self.w(k) != "as" {
            return None;
        }
        let mut v = k + 1;
        if v < self.n() && self.word(v) && matches!(self.w(v), "first" | "originally" | "previously" | "earlier" | "initially") {
            v += 1;
        }
        let ok = v + 2 < self.n() && self.word(v) && !self.quoted[v] && matches!(self.w(v), "reported" | "revealed") && self.is(v + 1, "by") && self.word(v + 2);
        ok.then_some(v + 1)
    }

    /// "according to X, CONTENT" / "CONTENT, according to X" (also "as reported by X"): the
    /// cue starts at token `k`, the source at `src_start`.
    fn according(&self, k: usize, cue: Span, src_start: usize) -> Option<Found> {
        let n = self.n();
        // the source: up to a comma or the sentence end
        let mut e = src_start;
        while e < n && e - src_start < 20 && !matches!(self.raw(e), "," | ";" | "\u{2014}" | ":")
        {
            // ("according to an internal memo that also warned …": a relative clause of its own)
            if self.quoted[e] || e > src_start + 1 && matches!(self.w(e), "that" | "which") && {
                let v = e + 1 + usize::from(e + 1 < n && SET_LEX_ADVERBS.contains(self.w(e + 1)));
                self.cue_verb(v).is_some_and(|(_, f)| matches!(f, Form::Past | Form::S))
            } {
                break;
            }
            e += 1;
        }
        let last_word = (src_start..e).rev().find(|&j| self.word(j))?;
        let mut speaker = Some(self.span_of(src_start, last_word));
        let mut via = None;
        // "according to her agent, Mira Tosca, …": the name after a description is its
        // apposition, not the content
        let described = matches!(self.w(src_start), "the" | "her" | "his" | "their" | "its" | "a" | "an")
            && (src_start + 1..=last_word).all(|j| self.word(j) && !self.capitalised(j));
        if described && e < n && self.raw(e) == "," {
            let mut m = e + 1;
            while m < n && m - e <= 4 && self.word(m) && self.capitalised(m) && !self.quoted[m] {
                m += 1;
            }
            let named = m > e + 1;
            if named && m < n && self.raw(m) == "," && !(m + 1 < n && self.raw(m + 1).starts_with(|c: char| c.is_ascii_digit())) {
                e = m;
            } else if named && (m >= n || matches!(self.raw(m), "." | ";") && !self.abbrev(m - 1)) {
                // "…, according to her label, Halcyon Reel." ends the sentence
                e = m;
            }
        }
        // "according to the Fiscal Council, an independent watchdog, …": the description in
        // apposition after a named source is no content
        // (a body's name after its preposition too: "according to Martin Osei, a climatologist
        // at the University of Port Sarrel, …")
        if e + 3 < n && self.raw(e) == "," && self.capitalised(last_word) && matches!(self.w(e + 1), "a" | "an" | "the") {
            let mut prep = false;
            // (no clause: "according to X, the bill would trim …, to $4bn")
            let mut end = |m: usize| {
                prep |= matches!(self.w(m), "at" | "of" | "for" | "from" | "with");
                let verb = lex::is_be(self.w(m)) || SET_LEX_HAVE_DO.contains(self.w(m)) || SET_LEX_MODALS.contains(self.w(m)) || self.cue_verb(m).is_some();
                !self.word(m) || self.quoted[m] || self.capitalised(m) && !prep || verb
            };
            if let Some(c) = (e + 2..(e + 14).min(n)).find(|&m| end(m)).filter(|&m| self.raw(m) == "," && m > e + 2) {
                e = c;
            }
        }
        // "according to Ana Ruiz, who manages €9bn at Lantern, …": the source's relative
        // clause is no content
        if e + 3 < n && self.raw(e) == "," && self.capitalised(last_word) && matches!(self.w(e + 1), "who" | "whose") {
            if let Some(c) = (e + 2..(e + 20).min(n)).take_while(|&m| !self.quoted[m] && self.raw(m) != ";").find(|&m| self.raw(m) == ",") {
                e = c;
            }
        }
        // "A leads B by 20 points according to a count": no comma before the cue
        let before = self.clause_start_before(k).or_else(|| {
            let b = self.clause_start_plain(k);
            (k > 0 && k - b >= 4 && self.word(k - 1) && !SET_LEX_CONJ_START.contains(self.w(b))).then_some(b)
        });
        // "In addition, according to X, …": only a discourse adverbial before the cue
        let before = before.filter(|&b| b + 1 < k && self.piece(b, k).is_some());
        let pieces = if let Some(b) = before {
            // CONTENT, according to X[, CONTENT2]
            let p1 = self.piece(b, k);
            // (", and wildfires forced …" after the source is a clause of its own, not more of
            // what X says)
            let own_clause = e + 2 < n
                && matches!(self.w(e + 1), "and" | "but")
                && self.word(e + 2)
                && !self.quoted[e + 2]
                && !self.verb_like(e + 2)
                && (self.subject_start(e + 2) || (e + 3..(e + 7).min(n)).take_while(|&v| self.word(v)).any(|v| self.finite_verb_at(v)));
            let p2 = if e < n && self.raw(e) == "," && !own_clause && self.second_piece_ok(e + 1) {
                self.piece_to_end(e + 1)
            } else {
                None
            };
            [p1, p2]
        } else {
            // According to X, CONTENT
            if e >= n || self.raw(e) != "," {
                return None;
            }
            // ("According to the AP, the governor also said …": X relays a speaker who has a
            // cue of their own, whose attribution it is)
            // (a speech verb: not "the draft also calls for …", "officers saw …")
            // (past an apposition: "According to state media, the minister, Jo Li, said …")
            let speech_at = (e + 1..(e + 13).min(n)).take_while(|&m| (self.word(m) || self.raw(m) == ",") && !self.quoted[m]).find(|&m| {
                self.cue_verb(m).is_some_and(|(l, f)| matches!(f, Form::Past | Form::S) && (l == "tell" || SET_LEX_SAY_LIKE.contains(l)))
            });
            // (a description and a name between two commas: "the minister, Jo Li, said")
            let apposition = speech_at.is_some_and(|m| {
                let commas: Vec<usize> = (e + 1..m).filter(|&c| self.raw(c) == ",").collect();
                commas.len() == 2 && commas[1] + 1 == m && commas[0] > e + 1 && (commas[0] + 1..commas[1]).all(|c| self.word(c) && self.capitalised(c))
            });
            // (a document's findings are its own: "According to a survey, 51 percent said …")
            if speech_at.is_some() && !SET_LEX_DOC_NOUNS.contains(self.w(last_word)) && (apposition || self.new_cue_clause(e + 1)) {
                return None;
            }
            // "According to the Nordpress agency, citing a senior official, …": the cited source
            // speaks, the agency relays
            if self.is(e + 1, "citing") {
                if let Some(c2) = (e + 3..(e + 16).min(n)).take_while(|&m| self.word(m) && !self.quoted[m] || self.raw(m) == ",").find(|&m| self.raw(m) == ",") {
                    let cited = self.span_of(e + 2, c2 - 1);
                    if self.source_like(cited) {
                        via = speaker;
                        speaker = Some(cited);
                        e = c2;
                    }
                }
            }
            [self.piece(e + 1, self.opening_credit_end(e + 1)), None]
        };
        // `"…," Smith said, according to Nortel`: the agency relays a direct quote, whose
        // attribution names it
        let p1 = pieces[0]?;
        if before.is_some()
            && self.direct.iter().any(|q| q.kind == QuoteKind::Direct && q.speaker.is_some() && q.cue.is_some_and(|c| p1.start <= c.start && c.end <= p1.end))
        {
            return None;
        }
        Some(Found {
            via,
            cue,
            speaker,
            pieces,
            confidence: 0.8,
        })
    }

    /// Where the content of an opening credit ("According to X, …") ends: a credit that opens
    /// the sentence covers all of it ("According to X, A; B", "…, A, and B", "…, A, though
    /// not B"), unless what follows holds a quotation or a speech verb of its own.
    fn opening_credit_end(&self, a: usize) -> usize {
        let n = self.n();
        let e = self.clause_end(a);
        if e >= n || !matches!(self.raw(e), ";" | ",") || n - a > WINDOW {
            return e;
        }
        // (a quotation credited by the same opening credit is no clause of its own:
        // "According to X, A, and B, “…”")
        let at = self.toks[e].span.start;
        let credited_before = |m: usize| {
            let s = self.toks[m].span.start;
            let i = self.direct.partition_point(|q| q.end <= s);
            self.direct.get(i).is_some_and(|q| q.start <= s && q.cue.is_some_and(|c| c.end <= at))
        };
        let own = (e + 1..n).any(|m| {
            self.quoted[m] && !credited_before(m)
                || matches!(self.raw(m), "|" | ")" | "(" | ":")
                // (not a passive's participle: "and the online version was viewed 2.6 million
                // times")
                || self.cue_verb(m).is_some_and(|(_, f)| matches!(f, Form::Past | Form::S | Form::Ing)) && !(m > 0 && lex::is_be(self.w(m - 1)))
                || self.w(m) == "according"
        });
        if own {
            e
        } else {
            n
        }
    }

    /// "In a new poll, most voters …" / "… most voters back her in a new poll.":
    /// a poll, survey or study as the source, "in" as the cue.
    fn in_poll(&self, k: usize) -> Option<Found> {
        let n = self.n();
        // the noun phrase after "in", up to punctuation
        let mut e = k + 1;
        let mut head = None;
        // "a YouGov/Economist survey", "an NBC News-Marist poll"
        while e < n && e - k <= 12 && (self.word(e) || matches!(self.raw(e), "/" | "-" | "&")) && !self.quoted[e] {
            if SET_LEX_POLL_NOUNS.contains(self.w(e)) && head.is_none() {
                head = Some(e);
            }
            e += 1;
        }
        let head = head?;
        // the poll noun heads the phrase: only determiners, names and modifiers before it
        if (k + 1..head).any(|m| SET_LEX_NP_STOP.contains(self.w(m)) || self.cue_verb(m).is_some()) {
            return None;
        }
        // (and no verb after it: "Computer models in the study suggest …" is a subject;
        // "not involved in the study" a participle's complement)
        // ("a poll released Monday": a participle after the noun is no verb)
        let verb = |m: usize| !self.w(m).ends_with("ed") && (self.cue_verb(m).is_some_and(|(_, f)| matches!(f, Form::Base | Form::S)) || self.finite_verb_at(m));
        if (head + 1..e).any(verb) || k > 0 && self.word(k - 1) && self.w(k - 1).ends_with("ed") {
            return None;
        }
        let source = self.span_of(k + 1, e - 1);
        let cue = self.toks[k].span;
        let at_start = k <= 2 && (0..k).all(|m| self.word(m) && SET_LEX_CONJ_START.contains(self.w(m)));
        let piece = if at_start {
            if e >= n || self.raw(e) != "," {
                return None;
            }
            self.piece_to_end(e + 1)?
        } else {
            if e < n && !matches!(self.raw(e), "," | "." | ";" | ")") || !SET_LEX_POLL_ONLY.contains(self.w(head)) {
                return None;
            }
            let b = self.clause_start_before(k).unwrap_or(0);
            let b = if k > 0 && self.raw(k - 1) == "," { b } else { self.clause_start_plain(k) };
            self.piece(b, k)?
        };
        // the clause must not hold its own cue
        let own_cue = self
            .range(piece)
            .any(|m| self.cue_verb(m).is_some_and(|(_, f)| matches!(f, Form::Past | Form::S)));
        if own_cue {
            return None;
        }
        Some(Found {
            via: None,
            cue,
            speaker: Some(source),
            pieces: [Some(piece), None],
            confidence: 0.6,
        })
    }

    /// Start of the clause holding token `k` (after a bracket, semicolon or colon).
    fn clause_start_plain(&self, k: usize) -> usize {
        let mut depth = 0;
        for m in (k.saturating_sub(WINDOW)..k).rev() {
            if self.quoted[m] {
                continue;
            }
            match self.raw(m) {
                ")" => depth += 1,
                "(" if depth > 0 => depth -= 1,
                "(" | ";" | ":" => return m + 1,
                _ => {}
            }
        }
        k.saturating_sub(WINDOW)
    }

    /// "The plan seemed to stall", "Turnout appears low", "The vote is expected to pass":
    /// an evidential verb with no source in the text; the content is the subject and
    /// the complement, in two pieces ("it seems that …": the complement only).
    fn raising(&self, k: usize) -> Option<Found> {
        let w = self.w(k);
        let a = k + 1;
        if a >= self.n() || !self.word(a) || self.quoted[a] {
            return None;
        }
        let nx = self.w(a);
        let ok = match w {
            // "is expected to", "was asked to": agentless passives, not annotated (A2; PolNeAR
            // marks "is expected to", and the seeds and the hand-made sets do not)
            "expected" | "asked" => false,
            "appear" | "appears" | "appeared" => matches!(nx, "to" | "that"),
            _ => nx == "to" || nx == "like" || nx == "that" || !SET_LEX_PREPOSITIONS.contains(nx) && !SET_LEX_NP_STOP.contains(nx),
        };
        if !ok {
            return None;
        }
        // the auxiliary / adverb chain before the verb ("has long seemed", "is widely expected")
        let mut j = k;
        let mut be = false;
        while j > 0 && self.word(j - 1) && k - j < 4 {
            let p = self.w(j - 1);
            if SET_LEX_NEGATIONS.contains(p) || SET_LEX_MODALS.contains(p) || p == "to" {
                return None;
            }
            if lex::is_be(p) {
                be = true;
            } else if !(SET_LEX_HAVE_DO.contains(p) || SET_LEX_ADVERBS.contains(p) || crate::lexicon::ly_adverb(p) && !self.capitalised(j - 1)) {
                break;
            }
            j -= 1;
        }
        if be || j == 0 || self.quoted[j - 1] {
            return None;
        }
        let sw = self.w(j - 1);
        let subject = if matches!(sw, "it" | "there") {
            None
        } else if matches!(sw, "which" | "who" | "that") {
            Some(self.toks[j - 1].span)
        } else {
            // the whole subject: back to the clause boundary before it
            let mut s = j - 1;
            while s > 0 && j - s < 20 {
                let p = s - 1;
                if self.quoted[p] || !self.word(p) && self.raw(p) != "." && self.raw(p) != "&" {
                    break;
                }
                // "Mrs. Clinton and Mr. Sanders appeared …": two names joined by "and"
                let and_names = self.w(p) == "and" && p > 0 && self.capitalised(p - 1) && self.capitalised(p + 1);
                if self.word(p) && !and_names && (SET_LEX_SUBJECT_BOUNDARY.contains(self.w(p)) || self.cue_verb(p).is_some()) {
                    break;
                }
                s = p;
            }
            while s < j - 1 && self.word(s) && SET_LEX_CONJ_START.contains(self.w(s)) {
                s += 1;
            }
            Some(self.fit(self.span_of(s, j - 1))?)
        };
        if subject.is_none() && nx != "that" {
            // "it seems to me", "it seemed unlikely": no content without a subject
            return None;
        }
        // the complement ends at its clause's first comma
        let end = self.clause_end(a);
        let end = (a + 1..end)
            .find(|&m| {
                !self.quoted[m]
                    && (self.raw(m) == "," && !self.digit_comma(m)
                        || self.word(m) && SET_LEX_SUBORDINATORS.contains(self.w(m))
                        || self.w(m) == "even" && self.is(m + 1, "if"))
            })
            .unwrap_or(end);
        let rest = self.piece(a, end)?;
        let pieces = match subject {
            Some(s) => [Some(s), Some(rest)],
            None => [Some(rest), None],
        };
        Some(Found {
            via: None,
            cue: self.toks[k].span,
            speaker: None,
            pieces,
            confidence: 0.5,
        })
    }

    /// "is widely [expected]", "was repeatedly [asked]": token `m` is an adverb after a form of "be".
    fn adverb_after_be(&self, m: usize) -> bool {
        let p = self.w(m);
        m > 0
            && self.word(m)
            && lex::is_be(self.w(m - 1))
            && (SET_LEX_ADVERBS.contains(p) || crate::lexicon::ly_adverb(p) && !self.capitalised(m))
    }

    /// "In a speech, he said:" ending the sentence: the cue and its subject (the words follow
    /// in the next block).
    /// The credit line of an embedded social post, "— NAME (@handle) DATE", whose post is the
    /// block `post` above it: the author speaks the post (without its final period).
    fn post_credit(&self, post: Block) -> Option<Found> {
        let n = self.n();
        // (a post with no final stop reads as a heading: "… a different breed")
        if n < 5 || !(is_dash(self.raw(0)) || self.raw(0) == "-" || self.raw(0) == "\u{2015}") || !matches!(post.kind, BlockKind::Paragraph | BlockKind::Heading) {
            return None;
        }
        let open = (1..n.min(8)).find(|&m| self.raw(m) == "(")?;
        if open < 2 || open + 1 >= n || !self.raw(open + 1).starts_with('@') || !(1..open).all(|m| self.capitalised(m) || self.raw(m) == ".") {
            return None;
        }
        let p = crate::text::trim(self.text, post.span());
        let body = self.text.get(p.start..p.end)?;
        let end = p.start + body.trim_end_matches(['.', ' ']).len();
        (end > p.start && !body.contains(['"', '\u{201c}', '\u{201d}'])).then(|| Found {
            cue: self.toks[0].span,
            speaker: Some(self.span_of(1, open - 1)),
            via: None,
            pieces: [Some(Span::new(p.start, end)), None],
            confidence: 0.6,
        })
    }

    /// A headline's closing credit after a dash, with no quotation marks: "Kestrel weighs sale of
    /// drone unit - sources", "Gas exports to halt in May – Kremlin": the source is one to three
    /// words, a source noun ("sources", "officials", "report") or a name.
    fn dash_credit(&self) -> Option<Found> {
        let n = self.n();
        let mut e = n;
        while e > 0 && matches!(self.raw(e - 1), "." | "!") {
            e -= 1;
        }
        let d = (e.saturating_sub(4)..e).rev().find(|&m| is_dash(self.raw(m)) || self.hyphen_dash(m))?;
        if d < 3 || d + 1 >= e || (0..e).any(|m| self.quoted[m]) || !(0..d).all(|m| self.word(m) || matches!(self.raw(m), "," | "'" | "\u{2019}" | "%" | "$" | "\u{a3}" | "\u{20ac}" | ".")) {
            return None;
        }
        let src = d + 1..e;
        if !src.clone().all(|m| self.word(m)) {
            return None;
        }
        let last = self.w(e - 1);
        let noun = SET_W_DASH_SOURCES.contains(last);
        // (not a site's name after its page title: "… - BBC News", nor a page label: "– live")
        let site = src.clone().any(|m| SET_W_SITE_WORDS.contains(self.w(m)));
        let name = src.clone().all(|m| self.capitalised(m)) && !site && !SET_W_PAGE_LABELS.contains(last);
        if !(noun || name) {
            return None;
        }
        Some(Found {
            cue: self.toks[d].span,
            speaker: Some(self.span_of(d + 1, e - 1)),
            via: None,
            pieces: [Some(self.span_of(0, d - 1)), None],
            confidence: 0.6,
        })
    }

    fn colon_intro(&self) -> Option<(Span, Span)> {
        let n = self.n();
        if n < 3 || self.raw(n - 1) != ":" || self.quoted[n - 1] {
            return None;
        }
        let k = n - 2;
        let (_, form) = self.cue_verb(k)?;
        if !matches!(form, Form::Past | Form::S) {
            return None;
        }
        let mut j = k;
        while j > 0 && self.word(j - 1) && (SET_LEX_HAVE_DO.contains(self.w(j - 1)) || SET_LEX_ADVERBS.contains(self.w(j - 1))) {
            j -= 1;
        }
        // ("Dana Okafor, an analyst at Harbour Capital, said:": the subject before its apposition)
        let speaker = if self.raw(j.checked_sub(1)?) == "," { self.subject_before_appositions(j - 1)? } else { self.np_before(j - 1)? };
        Some((self.toks[k].span, speaker))
    }

    /// The tokens of a clock stamp opening the sentence: "10:40 a.m. PDT", "14.20 CET", "09:12"
    /// (0 when there is none).
    fn clock_stamp(&self) -> usize {
        let n = self.n();
        // (every stamp opens with a digit: most sentences are done here)
        if n == 0 || !self.raw(0).starts_with(|c: char| c.is_ascii_digit()) {
            return 0;
        }
        let digits = |k: usize| k < n && self.raw(k).bytes().all(|b| b.is_ascii_digit()) && !self.raw(k).is_empty();
        // ("5h ago", "12 mins ago": a live page's relative stamp)
        if let Some(ago) = (1..4.min(n)).find(|&k| self.w(k) == "ago") {
            if (1..ago).all(|k| matches!(self.w(k), "h" | "hr" | "hrs" | "hour" | "hours" | "m" | "min" | "mins" | "minute" | "minutes")) {
                return ago + 1;
            }
        }
        let mut k = if digits(0) && n > 2 && self.raw(1) == ":" && digits(2) {
            3
        } else if n > 0 && {
            // ("10:40", "9:15", "14.20": one token)
            let r = self.raw(0).as_bytes();
            (4..=5).contains(&r.len()) && matches!(r[r.len() - 3], b'.' | b':') && r[..r.len() - 3].iter().chain(&r[r.len() - 2..]).all(u8::is_ascii_digit)
        } {
            1
        } else {
            return 0;
        };
        if k < n && matches!(self.w(k), "a.m" | "p.m" | "am" | "pm") {
            k += 1 + usize::from(k + 1 < n && self.raw(k + 1) == ".");
        }
        if k < n && self.raw(k).len() <= 4 && self.raw(k).bytes().all(|b| b.is_ascii_uppercase()) && crate::lexicon::is_time_zone(self.w(k)) {
            k += 1;
        }
        k
    }

    /// A possessor right before `k` ("Kestrel's reply", "their reply"), which makes a
    /// cue's base or -s form a noun.
    fn possessor_before(&self, k: usize) -> bool {
        if k == 0 || self.quoted[k - 1] {
            return false;
        }
        let p = self.w(k - 1);
        matches!(p, "his" | "their" | "its" | "our" | "my" | "your")
            || self.capitalised(k - 1) && (p.ends_with("'s") || p.ends_with("\u{2019}s"))
    }

    /// "Clinton's claim that …", "his warning that …": a speech noun with a
    /// that-clause, credited to its possessor.
    fn noun_cue(&self, k: usize) -> Option<Found> {
        if k == 0 {
            return None;
        }
        let p = k - 1;
        let pw = self.w(p);
        let speaker = if matches!(pw, "his" | "her" | "their" | "its" | "our") {
            self.toks[p].span
        } else if self.word(p) && (pw.ends_with("'s") || pw.ends_with("\u{2019}s")) && (self.capitalised(p) || p > 0 && self.is(p - 1, "the")) {
            // (from its first capital or determiner: "has backed Moscow's narrative")
            let np = self.np_before(p).unwrap_or(self.toks[p].span);
            let first = self.range(np).find(|&m| self.capitalised(m) || SET_LEX_DETERMINERS.contains(self.w(m))).unwrap_or(p);
            Span::new(self.toks[first].span.start, np.end)
        } else {
            return None;
        };
        let piece = self.piece_to_end(k + 2)?;
        Some(Found {
            via: None,
            cue: self.toks[k].span,
            speaker: Some(speaker),
            pieces: [Some(piece), None],
            confidence: 0.6,
        })
    }

    /// Whether the content `r` is only a noun phrase (no verb, no quotation, no "that")
    /// whose first words hold one of `heads`: "third bid for Reyes", "emergency power deal
    /// with Moldara".
    fn deal_object(&self, r: std::ops::Range<usize>, heads: &[&str]) -> bool {
        // (past an amount: "a 14% offer", "a £2m bid")
        let amount = |m: usize| self.raw(m).starts_with(|c: char| c.is_ascii_digit()) || matches!(self.raw(m), "%" | "\u{a3}" | "$" | "\u{20ac}");
        let head = r.clone().take_while(|&m| (self.word(m) || amount(m)) && !self.quoted[m]).take(5).any(|m| heads.contains(&self.w(m)));
        head && r.clone().all(|m| !self.quoted[m] && self.w(m) != "that" && !self.finite_verb_at(m) && !lex::is_be(self.w(m)) && !SET_LEX_MODALS.contains(self.w(m)))
    }

    /// ", a journey expected to take 16 hours": the past participle at `verb`, right after
    /// "a"/"an" and a noun opening at `det` after a comma, with "to" after it, is a reduced
    /// relative on a described thing (an agentless passive, A2), no cue.
    fn reduced_relative(&self, det: usize, verb: usize) -> bool {
        det >= 1 && verb == det + 2 && self.raw(det - 1) == "," && matches!(self.w(det), "a" | "an") && self.is(verb + 1, "to")
    }

    /// "Gingrich: Trump must pick a running mate" / "FALLIN: Well, I think …": a short
    /// name opening a block, a colon, and the words it is credited with.
    fn colon_credit(&self) -> Option<Found> {
        if !self.block_start {
            return None;
        }
        let n = self.n();
        // `"WALLACE: …`: a transcript line may open with a quotation mark
        // ("10:40 a.m. PDT Fire chief: …": a live page's key event after its clock stamp)
        let s0 = usize::from(n > 0 && is_open_mark(self.raw(0)) && self.raw(0) != "(" && !self.quoted[0]);
        let s0 = s0.max(self.clock_stamp());
        let c = (s0 + 1..n.min(s0 + 6)).find(|&m| self.raw(m) == ":")?;
        // ("Fire chief:", "Grid operator:", "Air force:": a role or a body after a capitalised word)
        let head = c - 1;
        let role_head = c >= s0 + 2 && self.word(head) && !self.capitalised(head) && crate::names::is_credit_head(self.w(head));
        // ("Water authority chief:": lowercase words before the role too)
        let name_ok = (s0..c).all(|m| {
            self.word(m) && !self.quoted[m] && (self.capitalised(m) || matches!(self.w(m), "of" | "the") || role_head && m > s0 && m + 3 >= head && !SET_LEX_PREPOSITIONS.contains(self.w(m)) && !matches!(self.w(m), "and" | "or"))
                || self.raw(m) == "." && m > 0 && self.abbrev(m - 1)
        }) && self.capitalised(s0)
            // ("Tour of Castara:", "Battle of Britain:": an event's name "X of Y" is no body
            // or person that speaks)
            && !(self.is(s0 + 1, "of") && s0 + 2 < c && !crate::names::is_org_word_ci(self.w(s0)) && !crate::names::is_credit_head(self.w(s0)))
            && !SET_LEX_COLON_LABELS.contains(self.w(s0))
            // ("Third ODI: …", "Second Test: …", "Final: …": a fixture's label, no speaker)
            && !matches!(self.w(s0), "first" | "second" | "third" | "fourth" | "fifth" | "sixth" | "seventh" | "final" | "semi-final" | "quarter-final")
            // ("Our Standards: …", "My View: …": the site's own label, first person)
            && !matches!(self.w(s0), "our" | "my")
            && !(c == s0 + 1 && SET_LEX_COLON_LABELS.contains(self.w(s0)));
        if !name_ok || (s0..c).any(|m| self.word(m) && SET_LEX_COLON_LABELS.contains(self.w(m))) {
            return None;
        }
        // (a headline's second clause after a semicolon is its own: "Union: '…'; minister says …")
        let quote_first = c + 1 < n && (self.quoted[c + 1] || is_open_mark(self.raw(c + 1)));
        let end = (c + 1..n).find(|&m| quote_first && self.raw(m) == ";" && !self.quoted[m]).unwrap_or(n);
        // (a page title's bar ends the headline: "… | Football | The Northern Post")
        let end = (c + 1..end).find(|&m| self.raw(m) == "|" && !self.quoted[m]).unwrap_or(end);
        // ("Rescue chief: 'We can hear them' as 41 trapped …", "Minister: '…' – live": the
        // quotation is all that is credited; the desk's words run on after it)
        let end = if quote_first {
            let after = (c + 2..end).find(|&m| !self.quoted[m] && !is_close_mark(self.raw(m)) && !is_open_mark(self.raw(m)));
            after.filter(|&m| matches!(self.w(m), "as" | "after" | "amid" | "while" | "with") || is_dash(self.raw(m))).unwrap_or(end)
        } else {
            end
        };
        let piece = self.piece_with(c + 1, end, false)?;
        // "Takeover: Halvard deal 'weeks away', says Ellery": a closing credit names the speaker,
        // the words before the colon are the story's label
        if self.range(piece).any(|m| self.raw(m) == "," && !self.quoted[m] && m + 2 < n && self.cue_verb(m + 1).is_some_and(|(l, f)| SET_LEX_SAY_LIKE.contains(l) && matches!(f, Form::S | Form::Past)) && self.word(m + 2)) {
            return None;
        }
        // ("Possession: Harwick 46% Linmoor 54%", "Shots: Harwick 14 Linmoor 9": a stats row,
        // names and figures with no lowercase word nor quotation, is no one's words)
        if self.range(piece).filter(|m| self.raw(*m).starts_with(|ch: char| ch.is_ascii_digit())).count() >= 2
            && self.range(piece).all(|m| !self.quoted[m] && (!self.word(m) || self.capitalised(m) || self.raw(m).starts_with(|ch: char| ch.is_ascii_digit()) || matches!(self.w(m), "v" | "vs")))
        {
            return None;
        }
        // ("Returning officer: turnout 34.7%": a role's two words)
        if self.range(piece).filter(|&m| self.word(m)).count() < 3 - usize::from(role_head) || self.all_quoted(piece) {
            return None;
        }
        // "Savings: £18.4m, including …", "Reserves: expected to fall …": a fact box's label, a
        // plural of things (no people, no body) the text never writes as a name mid-sentence,
        // before a figure or lowercase words
        let w0 = self.w(s0);
        if c == s0 + 1
            && w0.len() > 3
            && w0.ends_with('s')
            && !crate::names::is_credit_head(w0)
            && !crate::names::is_agent_plural(w0)
            && !self.quoted[c + 1]
            && (self.raw(c + 1).starts_with(|ch: char| ch.is_ascii_digit() || matches!(ch, '£' | '$' | '€')) || self.word(c + 1) && !self.capitalised(c + 1))
        {
            let raw = self.raw(s0);
            // (looked for within 32 KB each side, so a long paste of such rows stays linear)
            let (mut lo, mut hi) = (self.span.start.saturating_sub(1 << 15), (self.span.end + (1 << 15)).min(self.text.len()));
            while !self.text.is_char_boundary(lo) {
                lo += 1;
            }
            while !self.text.is_char_boundary(hi) {
                hi -= 1;
            }
            let hay = &self.text[lo..hi];
            let named = hay.match_indices(raw).any(|(i, _)| {
                let after = hay[i + raw.len()..].chars().next();
                // (after a lowercase word and a space: mid-sentence; not the last word of a
                // name, "the brokerage Vantry Markets")
                let word_before = hay[..i].strip_suffix(' ').and_then(|h| h.rsplit(|ch: char| ch.is_whitespace()).next());
                word_before.is_some_and(|w| w.starts_with(char::is_lowercase)) && !after.is_some_and(char::is_alphanumeric)
            });
            if !named {
                return None;
            }
        }
        // "Social Liberals: 22.1% (down 9.7 points)": a table's row, no one speaking
        // ("Air force: 41 of 48 drones downed" is a credit: words outside the brackets)
        let mut depth = 0;
        let words_outside = self.range(piece).filter(|&m| {
            match self.raw(m) {
                "(" => depth += 1,
                ")" => depth -= 1,
                _ => {}
            }
            depth == 0 && self.word(m) && !self.raw(m).starts_with(|c: char| c.is_ascii_digit())
                // ("Greens: 17 seats, up 3": a row's counted noun and its change)
                && !(m > 0 && self.raw(m - 1).starts_with(|c: char| c.is_ascii_digit()) && m + 1 < n && matches!(self.raw(m + 1), "," | ";" | ")") || m + 1 >= n)
                && !matches!(self.w(m), "up" | "down" | "unchanged" | "no" | "change" | "gain" | "gains" | "loss" | "losses" | "net" | "v" | "vs")
        });
        if piece.slice(self.text).starts_with(|c: char| c.is_ascii_digit()) && words_outside.count() == 0 {
            return None;
        }
        // "Larks: Ibsen 31, Moraga 17, others 20": a box score's row of names and points, each
        // comma's piece a short name and a figure
        let r = self.range(piece);
        let digit = |m: usize| self.raw(m).starts_with(|c: char| c.is_ascii_digit());
        let chunk = |a: usize, b: usize| b > a && b - a <= 3 && digit(b - 1) && (a..b).all(|m| (digit(m) || self.word(m)) && !self.quoted[m]);
        let (mut a, mut row, mut commas) = (r.start, true, 0);
        for c in r.clone().filter(|&m| self.raw(m) == ",") {
            row &= chunk(a, c);
            a = c + 1;
            commas += 1;
        }
        if commas > 0 && row && chunk(a, r.end) {
            return None;
        }
        // "Retired: Duval (Corvane), 40 laps, accident": a results table's label, a participle,
        // before a row (not a first name: "Alfred: …" in a transcript)
        if c == s0 + 1 && w0.len() > 5 && w0.ends_with("ed") && crate::names::first_name_gender(w0) == 0 && self.capitalised(c + 1) && self.range(piece).any(|m| digit(m) || self.raw(m) == "(") {
            return None;
        }
        // "MERCER: Did anyone know?": a question put in a transcript is no claim
        if (0..n).rev().find(|&m| !is_close_mark(self.raw(m))).is_some_and(|m| self.raw(m) == "?") {
            return None;
        }
        Some(Found {
            via: None,
            cue: self.toks[c].span,
            speaker: Some(self.span_of(s0, c - 1)),
            pieces: [Some(piece), None],
            confidence: 0.6,
        })
    }

    /// Start token of the content that ends before the cue or source at `k`:
    /// the sentence start, when a comma separates it from `k`.
    fn clause_start_before(&self, k: usize) -> Option<usize> {
        if k == 0 {
            return None;
        }
        let p = k - 1;
        let after_comma_mark = is_close_mark(self.raw(p)) && p > 0 && self.raw(p - 1) == ",";
        if !matches!(self.raw(p), "," | "\u{2014}" | "\u{2013}" | "(") && !after_comma_mark {
            return None;
        }
        // the clause that holds `k`: after an opening bracket, semicolon or colon
        let mut start = p.saturating_sub(WINDOW);
        let mut depth = 0;
        for m in (start..p).rev() {
            if self.quoted[m] {
                continue;
            }
            match self.raw(m) {
                ")" => depth += 1,
                "(" if depth > 0 => depth -= 1,
                "(" | ";" | ":" => {
                    start = m + 1;
                    break;
                }
                _ => {}
            }
        }
        // "If A, B, officials said": the subordinate clause belongs to what was said;
        // "Asked about A, B, he said": the question does not
        if start < p
            && self.word(start)
            && (SET_LEX_SUBORDINATORS.contains(self.w(start)) || matches!(self.w(start), "asked" | "speaking"))
        {
            match (start + 1..p).find(|&m| self.raw(m) == "," && !self.quoted[m]) {
                Some(c) if c + 2 < p => {
                    if matches!(self.w(start), "asked" | "speaking") {
                        start = c + 1;
                    }
                }
                // "As the crowd booed, he said …": only a subordinate clause before the subject
                _ => return None,
            }
        }
        Some(start)
    }

    /// The content piece from token `a` (inclusive) to token `b` (exclusive), trimmed
    /// of a leading "that" and trailing punctuation.
    fn piece(&self, a: usize, b: usize) -> Option<Span> {
        self.piece_with(a, b, true)
    }

    /// [`Self::piece`], leaving a leading discourse adverbial in when `discourse` is false
    /// (a transcript turn keeps its "Well, …").
    fn piece_with(&self, a: usize, b: usize, discourse: bool) -> Option<Span> {
        let mut a = a;
        // (a currency sign before its amount stays: "$4.2bn overhaul")
        while a < b && !self.word(a) && !is_open_mark(self.raw(a)) && !(a + 1 < b && self.amount_at(a)) {
            a += 1;
        }
        // "But the plan failed, he said": the conjunction opening the sentence links it to the
        // one before, it is not part of what was said
        if discourse && a == 0 && a + 2 < b && self.word(a) && matches!(self.w(a), "but" | "and" | "yet" | "so") && self.word(a + 1) && !(self.w(a) == "so" && matches!(self.w(a + 1), "far" | "much" | "many" | "long" | "few" | "little" | "too")) {
            a += 1;
        }
        // "In fact, …", "Still, …": a discourse adverbial is not part of what was said
        for len in [1, 2] {
            if discourse
                && a + len < b
                && self.raw(a + len) == ","
                && (a..a + len).all(|m| self.word(m) && !self.quoted[m])
                && SET_LEX_DISCOURSE.contains(self.span_of(a, a + len - 1).slice(self.text).to_ascii_lowercase().as_str())
            {
                a += len + 1;
                break;
            }
        }
        // "WASHINGTON (AP) — …": a dateline is not content
        if let Some(d) = (a..b.min(a + 8)).find(|&m| is_dash(self.raw(m)) || self.hyphen_dash(m)) {
            let caps = (a..d).all(|m| {
                !self.word(m) && matches!(self.raw(m), "(" | ")" | "," | ".")
                    || self.word(m) && self.raw(m).chars().all(|c| !c.is_lowercase())
            });
            if d > a && caps {
                a = d + 1;
            }
        }
        // the complementizer after a cue ("said that …"), not the determiner opening a sentence
        if a < b && self.w(a) == "that" && !self.quoted[a] && a > 0 && self.word(a - 1) {
            a += 1;
        }
        let mut e = b;
        // (trailing punctuation goes; a percent sign or a closed bracket stays: "by about
        // 20%", "the agency (UKHSA)")
        while e > a
            && !self.word(e - 1)
            && !is_close_mark(self.raw(e - 1))
            && !matches!(self.raw(e - 1), "%" | "\u{b0}")
            && !(self.raw(e - 1) == ")" && (a..e - 1).any(|m| self.raw(m) == "("))
        {
            e -= 1;
        }
        if e <= a {
            return None;
        }
        let words = (a..e).filter(|&j| self.word(j)).count();
        if words < 2 {
            return None;
        }
        self.fit(self.span_of(a, e - 1))
    }

    /// Tokens `a..e` before an interrupting cue: one content word ("Survival") or a short
    /// phrase ("For decades"), not a discourse word ("Now", "However") or an adverb.
    fn lead_piece(&self, a: usize, e: usize) -> Option<Span> {
        if e <= a || (a..e).any(|m| !self.word(m) || self.quoted[m]) {
            return None;
        }
        if e - a == 1 {
            let w = self.w(a);
            if SET_LEX_DISCOURSE.contains(w)
                || SET_LEX_CONJ_START.contains(w)
                || SET_LEX_TIME_WORDS.contains(w)
                || SET_LEX_ADVERBS.contains(w)
                || w.ends_with("ly")
                || SET_LEX_SUBJECT_PRONOUNS.contains(w)
            {
                return None;
            }
            return Some(self.toks[a].span);
        }
        let p = self.piece(a, e)?;
        self.short_phrase(p).then_some(p)
    }

    /// Make `p` hold every direct quote it touches whole, or none of it.
    fn fit(&self, p: Span) -> Option<Span> {
        let mut p = p;
        // only the quotes that can touch `p` (sorted, not overlapping: binary search)
        let first = self.direct.partition_point(|q| q.end <= p.start);
        for q in &self.direct[first..] {
            let q = q.span();
            if q.start >= p.end {
                break;
            }
            if q.end <= p.start || p.contains(q) {
                continue;
            }
            if q.start >= p.start && q.end <= self.span.end {
                p.end = q.end;
            } else if q.start > p.start {
                p.end = q.start;
            } else {
                p.start = q.end;
            }
        }
        // a piece inside one direct quote has nothing of its own left
        if p.start >= p.end {
            return None;
        }
        let t = crate::text::trim(self.text, p);
        (t.start < t.end).then_some(t)
    }

    /// The content piece from token `a` to the end of its clause.
    fn piece_to_end(&self, a: usize) -> Option<Span> {
        let e = self.clause_end(a);
        self.piece(a, e)
    }

    /// Where the content starting at token `a` ends (exclusive token index): the
    /// sentence end, or the start of a following clause with its own cue.
    fn clause_end(&self, a: usize) -> usize {
        let n = self.n().min(a + WINDOW);
        // the window's last long dash, looked for when a long dash is met (most windows have none)
        let mut last_dash: Option<Option<usize>> = None;
        let mut j = a;
        // a verb of the content's own clause seen so far (an object has none)
        let mut verb_seen = false;
        // the comma closing a relative clause inside the content's subject
        let mut relative_until = 0;
        while j < n {
            if self.quoted[j] {
                j += 1;
                continue;
            }
            let r = self.raw(j);
            // ";", or the parenthesis that the cue stands in closes ("(which says it was not
            // told) has asked …")
            // (also the bar before a page title's site name: "… | Varna News")
            if r == ";" || r == "|" || r == ")" && !(a..j).any(|m| self.raw(m) == "(") {
                return j;
            }
            if matches!(r, "\u{2014}" | "\u{2013}" | "--")
                && j > a
                && *last_dash.get_or_insert_with(|| (a..n).rev().find(|&m| matches!(self.raw(m), "\u{2014}" | "\u{2013}" | "--"))) == Some(j)
                // "the plan — a word used by several aides — was …": the dash closes an aside
                && !(a..j).any(|m| is_dash(self.raw(m)) && !self.quoted[m])
            {
                return j;
            }
            // "said the four workers – two nurses, a driver and a cook – had been …": an aside
            // between dashes, commas and all, goes on to its closing dash
            if (is_dash(r) || self.hyphen_dash(j)) && j > a && !(a..j).any(|m| !self.quoted[m] && (is_dash(self.raw(m)) || self.hyphen_dash(m))) {
                if let Some(close) = (j + 2..n.min(j + 16)).take_while(|&m| !matches!(self.raw(m), "." | ";" | "!" | "?")).find(|&m| !self.quoted[m] && self.raw(m) == r) {
                    if close + 1 < n && self.word(close + 1) {
                        j = close;
                        continue;
                    }
                }
            }
            // "… - an old favorite - others say …": a dash before a new cue with its own subject
            if (is_dash(r) || self.hyphen_dash(j)) && j > a {
                let x = if j + 1 < n && self.raw(j + 1) == "-" { j + 2 } else { j + 1 };
                // (with a subject of its own: "the elite - who … - believes" is one clause)
                let verb_first = |x: usize| self.cue_verb(x).is_some() || SET_LEX_HAVE_DO.contains(self.w(x)) || SET_LEX_ADVERBS.contains(self.w(x));
                if x < n && self.word(x) && !verb_first(x) && self.new_cue_clause(x) {
                    return j;
                }
            }
            // the word after a comma, also when a closing mark follows the comma
            // (`… a “disaster,” adding …`: the comma sits inside the quotation)
            let after_comma = if r == "," && !self.digit_comma(j) {
                Some(if j + 2 < n && self.closing_after(j) { j + 2 } else { j + 1 })
            } else if j > a && self.closing_after(j - 1) && self.quoted[j - 1] {
                Some(j + 1)
            } else {
                None
            };
            // a list of quoted phrases ("a “bully,” a “liar” and …") goes on after such a comma
            let in_quote = r != "," || after_comma == Some(j + 2);
            if let Some(x) = after_comma.filter(|&x| x < n) {
                let nx = self.w(x);
                if nx == "according" && self.is(x + 1, "to") {
                    return j;
                }
                // ", without giving details": how it was said, not what
                if nx == "without" && x + 1 < n && self.w(x + 1).len() > 4 && self.w(x + 1).ends_with("ing") {
                    return j;
                }
                if let Some((_, Form::Ing)) = self.cue_verb(x) {
                    return j;
                }
                // (not a relative clause inside the content's subject: "said Kessler, who
                // founded the firm, began …")
                // (", which would continue “through the night”": a relative clause on the
                // content's last noun that quotes the speaker is the content's own)
                let own_relative = nx == "which" && !self.quoted[x] && self.which_clause_own(x + 1);
                if (SET_LEX_REL_CUT.contains(nx) || SET_LEX_CLAUSE_CUT.contains(nx)) && !own_relative {
                    // (the subject of a second clause after "and that": "said A, and that the
                    // reform, which raises the age, is …")
                    let sa = (a + 1..j).rev().find(|&m| self.w(m) == "that" && self.w(m - 1) == "and" && !self.quoted[m]).map_or(a, |m| m + 1);
                    if !self.aside_after_subject(sa, j) {
                        return j;
                    }
                    // (its "and …" goes on with the relative clause: "said Moss, who is 34 and
                    // plans to retire, had been …")
                    if SET_LEX_REL_CUT.contains(nx) {
                        relative_until = self.relative_clause_end(x + 1).unwrap_or(relative_until);
                    }
                }
                // ", both of whom …", ", most of which …": a relative clause
                if x + 2 < n && self.is(x + 1, "of") && matches!(self.w(x + 2), "whom" | "which") {
                    return j;
                }
                // ", they are …": a comma splice starts a new clause
                if matches!(nx, "they" | "we") && !self.quoted[x] && x + 1 < n && (lex::is_be(self.w(x + 1)) || SET_LEX_HAVE_DO.contains(self.w(x + 1))) {
                    return j;
                }
                // ", a former aide to the mayor." closing the sentence: an apposition
                // (not a list's last members: "spent it on property, a private jet and a yacht")
                // (also after "including": "including a villa in Spain, a yacht and school fees")
                let listed = || {
                    let including = (j.saturating_sub(8).max(a)..j).any(|m| self.w(m) == "including");
                    // (or a count or a bare plural last: "a house in Kent and two cars", "a share
                    // in three racehorses and gambling debts")
                    let last_member = |m: usize| {
                        crate::numbers::words::small_cardinal(self.w(m + 1)).is_some()
                            || self.raw(m + 1).starts_with(|c: char| c.is_ascii_digit())
                            || {
                                let e = (m + 1..n.min(m + 5)).find(|&k| !self.word(k) || self.quoted[k]).unwrap_or(n);
                                e > m + 1 && e - m <= 4 && (e == n || matches!(self.raw(e), "." | ";")) && (m + 1..e).all(|k| !self.capitalised(k) && !SET_LEX_DETERMINERS.contains(self.w(k))) && lex::plural_noun(self.w(e - 1))
                            }
                    };
                    (x + 2..n.min(x + 12)).take_while(|&m| self.word(m) && !self.quoted[m]).any(|m| matches!(self.w(m), "and" | "or") && (including || matches!(self.w(m + 1), "a" | "an") || last_member(m)))
                };
                // (nor the size of an amount just given: "will win 241 seats, a majority of 32")
                let digit = |m: usize| self.raw(m).starts_with(|c: char| c.is_ascii_digit());
                let sized = || j >= a + 2 && (j - 2..j).any(digit) && (x + 2..n.min(x + 4)).any(|m| self.is(m, "of") && m + 1 < n && digit(m + 1));
                if matches!(nx, "a" | "an") && !in_quote && self.apposition_like(x) && !listed() && !sized() {
                    return j;
                }
                // ", a claim that could not be verified": a comment on what was reported
                // (", a description Li's office did not dispute", `“open to it,” a level it called …`)
                if matches!(nx, "a" | "an")
                    && x + 2 < n
                    && SET_LEX_COMMENT_NOUNS.contains(self.w(x + 1))
                    && (matches!(self.w(x + 2), "that" | "which" | "he" | "she" | "they" | "it" | "the" | "his" | "her" | "their" | "its" | "denied" | "rejected" | "disputed")
                        || self.capitalised(x + 2) && !self.quoted[x + 2]
                        // (", a proposal some agents have criticised": others' clause about it)
                        || matches!(self.w(x + 2), "some" | "many" | "several" | "most" | "critics" | "officials" | "opponents") && (x + 3..n.min(x + 7)).any(|m| matches!(self.w(m), "have" | "has" | "had") || self.finite_verb_at(m)))
                {
                    return j;
                }
                // ", a practice it described as …", ", a step she called …": the source's own
                // label of what was reported, an attribution of its own
                if matches!(nx, "a" | "an")
                    && x + 3 < n
                    && self.word(x + 1)
                    && !self.quoted[x + 1]
                    && matches!(self.w(x + 2), "it" | "he" | "she" | "they" | "we")
                    && self.cue_verb(x + 3).is_some_and(|(l, f)| matches!(l, "describe" | "call" | "label" | "dub" | "term" | "brand") && f != Form::Ing)
                {
                    return j;
                }
                // ", and Smith is …", ", but the firm …": a new clause with its own subject
                // (also after a comma inside the closing mark when a pronoun opens it:
                // `… “the best,” and she spent …`)
                if matches!(nx, "and" | "but")
                    && (!in_quote || x + 1 < n && SET_LEX_SUBJECT_PRONOUNS.contains(self.w(x + 1)))
                    && x + 1 < n
                    && (self.subject_start(x + 1) || SET_LEX_SUBORDINATORS.contains(self.w(x + 1)))
                {
                    // (the quotation's closing mark stays with it)
                    return if in_quote { x } else { j };
                }
                // "heard from midwives who said …, and from parents who …": a second phrase of the
                // outer verb, with its own relative clause
                if nx == "and"
                    && x + 3 < n
                    && SET_LEX_PREPOSITIONS.contains(self.w(x + 1))
                    // (a relative pronoun after a noun, not a question's: "without knowing who")
                    && (x + 3..n.min(x + 8)).take_while(|&m| self.word(m) && !self.quoted[m]).any(|m| matches!(self.w(m), "who" | "which") && !self.w(m - 1).ends_with("ing") && self.verbs[m - 1].is_none())
                {
                    return j;
                }
                // ", by 412 votes to 203": the tally of the vote that carried what was said
                if nx == "by" && x + 2 < n && self.raw(x + 1).starts_with(|c: char| c.is_ascii_digit()) && matches!(self.w(x + 2), "votes" | "vote") {
                    return j;
                }
                // `wrote that the plan "buys time", and cut her price target`: a second verb of the
                // cue's subject, with the subject's own possessive after it
                if nx == "and"
                    && x + 2 < n
                    && !self.quoted[x + 1]
                    && (self.w(x + 1).ends_with("ed") || irregular_past(self.w(x + 1)) || matches!(self.w(x + 1), "cut" | "put" | "set" | "hit" | "quit" | "shut"))
                    && matches!(self.w(x + 2), "her" | "his" | "its" | "their")
                {
                    return j;
                }
                // "claims to stay neutral, but has backed …", "added he would …, but didn't say
                // how": a second verb of the cue's subject
                if nx == "but"
                    && !in_quote
                    && x + 1 < n
                    && matches!(self.w(x + 1), "has" | "have" | "had" | "did" | "didn't" | "didn\u{2019}t")
                {
                    return j;
                }
                // ", in a 35-minute speech …", ", during an interview on …": where it was said
                if matches!(nx, "in" | "at" | "during")
                    && (x + 2..(x + 6).min(n)).take_while(|&m| self.word(m) && !self.quoted[m]).any(|m| matches!(self.w(m), "speech" | "interview" | "statement" | "address" | "remarks" | "appearance" | "rally" | "briefing" | "conference" | "post" | "letter" | "video"))
                    && x + 1 < n
                    && SET_LEX_DETERMINERS.contains(self.w(x + 1))
                {
                    return j;
                }
                // ", he added that …": a new cue with its own subject
                if self.new_cue_clause(x) {
                    return j;
                }
                // ", as smoke from the fire sat over the valley": a clause of time or cause with
                // its own subject and past verb is the writer's, not what was said
                if nx == "as"
                    && !in_quote
                    && x + 2 < n
                    && (SET_LEX_DETERMINERS.contains(self.w(x + 1))
                        || self.capitalised(x + 1)
                        // (a bare noun: "as smoke …"; not "as expected", "as usual", "as well")
                        || self.word(x + 1) && !self.w(x + 1).ends_with("ed") && !self.w(x + 1).ends_with("ly") && !SET_LEX_PREPOSITIONS.contains(self.w(x + 1)) && !SET_LEX_NP_STOP.contains(self.w(x + 1)) && !matches!(self.w(x + 1), "usual" | "well" | "much" | "many" | "far" | "long" | "soon" | "such" | "if" | "though"))
                    && !self.quoted[x + 1]
                    // (no speech verb: "…, as Breitbart reported a few days later" credits the
                    // same words again)
                    && (x + 2..(x + 9).min(n)).take_while(|&m| self.word(m) && !self.quoted[m]).any(|m| self.w(m).ends_with("ed") && !self.capitalised(m) || irregular_past(self.w(m)))
                    && !(x + 2..(x + 9).min(n)).take_while(|&m| self.word(m) && !self.quoted[m]).any(|m| self.cue_verb(m).is_some_and(|(_, f)| matches!(f, Form::Past | Form::S)))
                {
                    return j;
                }
                // ", after the company reported …": a clause of time with a cue of its own
                if matches!(nx, "after" | "before" | "when") && !in_quote && self.new_cue_clause(x + 1) {
                    return j;
                }
            }
            // (a colon does not end the content: "… a new weapon: the senator himself")
            if j > a && self.word(j) {
                let w = self.w(j);
                // "… before claiming that …": a participle cue starts its own attribution
                // (with content of its own: not "before deciding on her schedule")
                // ("by emailing all students": a means, unless it is by saying something)
                if matches!(w, "before" | "after" | "while" | "by")
                    && j + 1 < n
                    && matches!(self.cue_verb(j + 1), Some((l, Form::Ing)) if w != "by" || SET_LEX_SAY_LIKE.contains(l) || self.is(j + 2, "that"))
                    && !(j + 2 < n && self.word(j + 2) && SET_LEX_PREPOSITIONS.contains(self.w(j + 2)))
                    // (nor a question or a plan: "before deciding whether to play"; nor a bare
                    // participle: "would peak in 2027 before declining.")
                    && !(j + 2 < n && matches!(self.w(j + 2), "whether" | "if" | "how" | "what" | "when" | "where" | "which" | "who" | "why"))
                    // (nor a pronoun object with no clause: "before deciding anything")
                    && !(j + 2 < n && matches!(self.w(j + 2), "anything" | "nothing" | "something" | "it" | "them"))
                    && !(j + 2 >= n || matches!(self.raw(j + 2), "." | "," | ";" | "!" | "?" | ")"))
                {
                    return j;
                }
                // "Minister hails 'a fair settlement' but union says members must vote": a clause
                // after "but" with its own subject and a finite cue
                if w == "but" && j + 2 < n && self.word(j + 1) && !self.quoted[j + 1] && !SET_LEX_PREPOSITIONS.contains(self.w(j + 1)) && self.cue_verb(j + 1).is_none() && !SET_LEX_HAVE_DO.contains(self.w(j + 1)) && !SET_LEX_ADVERBS.contains(self.w(j + 1)) && !matches!(self.w(j + 1), "not" | "that" | "also" | "then" | "rather" | "instead" | "only") && !self.w(j + 1).ends_with("n't") && !self.w(j + 1).ends_with("n\u{2019}t") {
                    let cue = (j + 2..(j + 5).min(n)).take_while(|&m| self.word(m) && !self.quoted[m]).find(|&m| self.cue_verb(m).is_some_and(|(_, f)| matches!(f, Form::S | Form::Past)));
                    let own = |c: usize| c + 2 < n && (self.word(c + 1) || is_open_mark(self.raw(c + 1))) && (j + 1..c).all(|m| !SET_LEX_PREPOSITIONS.contains(self.w(m)) && !SET_LEX_HAVE_DO.contains(self.w(m)) && !lex::is_be(self.w(m)));
                    if cue.is_some_and(own) {
                        return j;
                    }
                }
                // "Kyiv says 41 drones downed as Kremlin calls truce plan 'premature'": a clause
                // of time with its own subject and cue
                // (not a comparison: "three times as many voters said")
                // (or a headline's bare noun: "… as inquiry chair condemns ‘…’ failures")
                let bare_noun = w == "as" && j + 3 < n && self.word(j + 1) && self.word(j + 2) && !SET_LEX_PREPOSITIONS.contains(self.w(j + 1)) && !SET_LEX_NP_STOP.contains(self.w(j + 1)) && self.cue_verb(j + 1).is_none() && !self.w(j + 1).ends_with("ly") && !self.w(j + 1).ends_with("ed") && self.cue_verb(j + 3).is_some_and(|(_, f)| f == Form::S) && !self.quoted[j + 2];
                if w == "as" && j + 2 < n && (self.capitalised(j + 1) || SET_LEX_DETERMINERS.contains(self.w(j + 1)) || bare_noun) && !self.quoted[j + 1] && !matches!(self.w(j + 1), "many" | "much" | "few" | "little" | "well" | "long" | "far" | "soon" | "often") && !matches!(self.w(j - 1), "times" | "twice" | "as") {
                    let cue = (j + 2..(j + 5).min(n)).take_while(|&m| self.word(m) && !self.quoted[m]).find(|&m| self.cue_verb(m).is_some_and(|(_, f)| matches!(f, Form::S | Form::Past)));
                    // (with content of its own after the cue: not "as Breitbart reported a few
                    // days later", "as Rubio has said -")
                    let content = |c: usize| c + 2 < n && !SET_LEX_PREPOSITIONS.contains(self.w(c + 1)) && (self.word(c + 1) || self.quoted[c + 1] || is_open_mark(self.raw(c + 1))) && !(c + 1..(c + 4).min(n)).any(|m| SET_LEX_TIME_WORDS.contains(self.w(m)));
                    if cue.is_some_and(|c| content(c) && (j + 1..c).all(|m| !SET_LEX_PREPOSITIONS.contains(self.w(m)) && self.cue_verb(m).is_none())) {
                        return j;
                    }
                }
                // "… would rise by 2025 as he announced …": a clause of time of the cue's
                // subject, opened by a pronoun
                if w == "as"
                    && j + 2 < n
                    && matches!(self.w(j + 1), "he" | "she" | "they" | "we" | "i")
                    && self.finite_verb_at(j + 2)
                {
                    return if j - 1 > a && self.w(j - 1) == "even" { j - 1 } else { j };
                }
                // (right after the quoted words, with two words to follow)
                let after_quote = j >= 2 && is_close_mark(self.raw(j - 1)) && self.quoted[j - 2] && j + 2 < n;
                // `dismissed the poll as “noise” in a post on social media`: where it was said
                if w == "in"
                    && after_quote
                    && matches!(self.w(j + 1), "a" | "an" | "his" | "her" | "their" | "its" | "leaked" | "internal")
                    && (j + 2..(j + 4).min(n)).any(|m| matches!(self.w(m), "post" | "statement" | "interview" | "speech" | "tweet" | "letter" | "video" | "message" | "email" | "podcast" | "op-ed" | "column" | "memo"))
                {
                    return j;
                }
                // `called the plan “a fair deal” when he launched it`, `hails ‘…’ as the
                // visitors' charge falls short`: a clause of time after the quoted words, with
                // a subject and a verb of its own, is the writer's
                // ("while the road was cleared" may be what was reported)
                // (not inside a that-clause, which reports the whole clause: "warned that the
                // figure "could still change" as cranes reached the carriages")
                if matches!(w, "as" | "when" | "after")
                    && after_quote
                    && !(a > 0 && self.is(a - 1, "that"))
                    // (nor inside a bare clause reported, which goes on with "when" or "after":
                    // `said their house was “under water” when they looked back`)
                    // (or `saying she had “looked calm” when the group halted`)
                    && !(w != "as" && (a..j).any(|m| !self.quoted[m] && self.word(m) && self.aux_or_finite(m)))
                    // ("frozen out” after raising concerns": a gerund has no subject of its own)
                    && !(self.word(j + 1) && self.w(j + 1).len() > 5 && self.w(j + 1).ends_with("ing"))
                    && (self.subject_start(j + 1) || self.capitalised(j + 1) || lex::plural_noun(self.w(j + 1)) || j + 2 < n && self.word(j + 1) && !self.quoted[j + 1] && lex::plural_noun(self.w(j + 2))
                        // (a headline's bare subject: "hails ‘…’ as first minister’s party slumps")
                        || self.unstopped()
                            && self.word(j + 1)
                            && !self.quoted[j + 1]
                            && !SET_LEX_PREPOSITIONS.contains(self.w(j + 1))
                            && !SET_LEX_NP_STOP.contains(self.w(j + 1))
                            && !SET_LEX_ADVERBS.contains(self.w(j + 1))
                            && self.cue_verb(j + 1).is_none_or(|(_, f)| f == Form::Ing && self.word(j + 2) && !SET_LEX_DETERMINERS.contains(self.w(j + 2))))
                    // ("when it comes to …" goes on with what was said)
                    && !(self.is(j + 1, "it") && matches!(self.w(j + 2), "comes" | "came"))
                    && (j + 2..(j + 7).min(n)).any(|m| {
                        // (a headline's present tense: "as the late charge falls short", "as
                        // relatives wait on the tarmac")
                        let present = self.word(m)
                            && !self.capitalised(m)
                            && !SET_LEX_PREPOSITIONS.contains(self.w(m))
                            && !SET_LEX_DETERMINERS.contains(self.w(m))
                            // (also after an acronym's plural: "as MPs question …")
                            // (not a plural after a preposition: "after a hard year for borrowers")
                            && (lex::plural_noun(self.w(m - 1)) || self.raw(m - 1).strip_suffix('s').is_some_and(crate::lexicon::is_acronym) || self.w(m).len() > 3 && self.w(m).ends_with('s') && !self.w(m).ends_with("ss") && self.word(m - 1) && !SET_LEX_DETERMINERS.contains(self.w(m - 1)) && !SET_LEX_PREPOSITIONS.contains(self.w(m - 1)));
                        !self.quoted[m] && (self.finite_verb_at(m) || present)
                    })
                {
                    return j;
                }
                // "Service says 8,000 people moved as national carrier cancels 46 flights": in a
                // headline or standfirst (no closing full stop), "as" and a clause of its own in
                // the present, the desk's words
                if w == "as"
                    && !after_quote
                    && j > a + 2
                    && j + 2 < n
                    && self.unstopped()
                    && self.word(j + 1)
                    && !self.quoted[j + 1]
                    && !matches!(self.w(j + 1), "well" | "much" | "many" | "long" | "soon" | "far" | "if" | "though" | "a" | "an" | "part" | "usual" | "expected")
                    && (j + 2..(j + 5).min(n)).take_while(|&m| self.word(m) && !self.quoted[m]).any(|m| {
                        let v = self.w(m);
                        self.cue_verb(m).is_some_and(|(_, f)| f == Form::S)
                            || v.len() > 3
                                && v.ends_with('s')
                                && !v.ends_with("ss")
                                && !v.ends_with("us")
                                && !self.capitalised(m)
                                && !SET_LEX_PREPOSITIONS.contains(self.w(m - 1))
                                && !SET_LEX_DETERMINERS.contains(self.w(m - 1))
                                && m + 1 < n
                                && self.word(m + 1)
                                && !SET_LEX_PREPOSITIONS.contains(self.w(m + 1))
                    })
                {
                    return j;
                }
                // `"… business," while trying …`: the comma sits inside the quote
                if SET_LEX_CLAUSE_CUT.contains(w)
                    && j >= 2
                    && is_close_mark(self.raw(j - 1))
                    && self.raw(j - 2) == ","
                {
                    return j;
                }
            }
            // `said the forecast was “a disappointment” and cut her price target`: after the
            // quoted words, a second verb of the cue's subject with the subject's possessive
            if self.w(j) == "and"
                && j >= 2
                && j + 2 < n
                && is_close_mark(self.raw(j - 1))
                && self.quoted[j - 2]
                && !self.quoted[j + 1]
                && (self.w(j + 1).ends_with("ed") || irregular_past(self.w(j + 1)) || matches!(self.w(j + 1), "cut" | "put" | "set" | "hit" | "quit" | "shut"))
                && matches!(self.w(j + 2), "her" | "his" | "its" | "their")
            {
                return j;
            }
            // ("between 40 and 60 people had refused …": the "and" of a range)
            let range_and = self.w(j) == "and" && (j.saturating_sub(3).max(a)..j).any(|m| self.w(m) == "between");
            if (self.w(j) == "and" || self.w(j) == "but") && j > a && j > relative_until && !range_and {
                // "and said …", "and one in four voters says …"; not "… and he feels he can
                // win": a belief of the same source stays inside what it reported
                // (also with the subject left out: "said he had met them and believed …")
                let belief = j + 2 < n
                    && matches!(self.w(j + 1), "he" | "she" | "they" | "we" | "i")
                    && self.cue_verb(j + 2).is_some_and(|(l, _)| SET_LEX_BELIEFS.contains(l))
                    || self.cue_verb(j + 1).is_some_and(|(l, f)| SET_LEX_BELIEFS.contains(l) && matches!(f, Form::Past | Form::S));
                // ("told the paper he had “done nothing wrong” and had declared the loan": the
                // content's own auxiliary again, a second verb of the content's subject)
                // (after a short subject too: "the kidnappers had “…” but had confirmed …", "the
                // agency had begun …, and had warned …")
                let parallel = j + 1 < n
                    && SET_LEX_HAVE_DO.contains(self.w(j + 1))
                    && (a..j).any(|m| {
                        !self.quoted[m] && self.w(m) == self.w(j + 1) && m > a && (SET_LEX_SUBJECT_PRONOUNS.contains(self.w(m - 1)) || m - a <= 4 && (a..m).all(|k| self.word(k) && !self.quoted[k] && self.cue_verb(k).is_none()))
                    });
                if !belief && !parallel && self.new_cue_clause(j + 1) {
                    return j;
                }
                // "… but would not say whether …", "but did not give details": the subject's own
                // negated speech, outside what it reported ("but could not bear …" may be
                // reported)
                if self.w(j) == "but"
                    && j + 2 < n
                    && (SET_LEX_MODALS.contains(self.w(j + 1)) || SET_LEX_HAVE_DO.contains(self.w(j + 1)))
                    && matches!(self.w(j + 2), "not" | "n't" | "never")
                    && (self.cue_verb(j + 3).is_some() || j + 4 < n && matches!(self.w(j + 3), "give" | "provide" | "offer") && matches!(self.w(j + 4), "details" | "specifics" | "evidence"))
                {
                    return j;
                }
                // "criticized the mayor and challenged him …": after an object with no verb of
                // its own, a second verb of the subject
                // (not an adjective in "-ed" inside the content's subject: "132 incidents of
                // piracy and armed robbery against ships were recorded")
                let in_subject = || {
                    j + 3 < n
                        && self.word(j + 2)
                        && !self.quoted[j + 2]
                        && !SET_LEX_DETERMINERS.contains(self.w(j + 2))
                        && !SET_LEX_OBJECT_PRONOUNS.contains(self.w(j + 2))
                        && !SET_LEX_PREPOSITIONS.contains(self.w(j + 2))
                        && !matches!(self.w(j + 2), "to" | "that" | "up" | "out" | "off" | "down" | "back")
                        && !self.w(j + 2).ends_with("ly")
                        && (j + 3..(j + 9).min(n))
                            .take_while(|&m| self.word(m) && !self.quoted[m] && !matches!(self.w(m), "that" | "which" | "who"))
                            .any(|m| matches!(self.w(m), "were" | "was" | "are" | "is" | "have" | "has" | "had"))
                };
                if !verb_seen && self.finite_verb_at(j + 1) && !in_subject() {
                    return j;
                }
                // "have labelled the scheme '…' and say it will …": a plural present speech verb
                // of the same subject
                if let Some((l, Form::Base)) = self.cue_verb(j + 1) {
                    // (not under a modal or "to" of the clause: "whether he could look … and say …")
                    if SET_LEX_SAY_LIKE.contains(l) && !(a..j).any(|m| !self.quoted[m] && (SET_LEX_MODALS.contains(self.w(m)) || self.w(m) == "to")) {
                        return j;
                    }
                }
                // "… and calling for …": a participle cue of the same subject
                if let Some((l, Form::Ing)) = self.cue_verb(j + 1) {
                    if !SET_LEX_NO_PARTICIPLE.contains(l) {
                        return j;
                    }
                }
            }
            // (once one is seen, the others need no look-up)
            verb_seen = verb_seen || self.verb_like(j);
            j += 1;
        }
        n
    }

    /// A hyphen standing for a dash: spaced on both sides ("A - B"), or one of a "--" pair.
    fn hyphen_dash(&self, k: usize) -> bool {
        let glued = |a: usize, b: usize| self.toks[a].span.end == self.toks[b].span.start && self.raw(a) != self.raw(b);
        self.raw(k) == "-" && !self.quoted[k] && !(k > 0 && glued(k - 1, k)) && !(k + 1 < self.n() && glued(k, k + 1))
    }

    /// The comma at `c` is followed, with no space, by a closing quotation mark (`,”`).
    fn closing_after(&self, c: usize) -> bool {
        c + 1 < self.n()
            && self.raw(c) == ","
            && !self.quoted[c + 1]
            && matches!(self.raw(c + 1), "\u{201d}" | "\"" | "\u{2019}" | "'")
            && self.toks[c].span.end == self.toks[c + 1].span.start
    }

    /// "said Trump, despite his wealth, is …": the comma at `c` opens an aside set off by a
    /// second comma after a short subject `a..c`, and the clause goes on after it.
    fn aside_after_subject(&self, a: usize, c: usize) -> bool {
        let subject = (a..c).filter(|&m| self.word(m)).count() <= 2
            && (a..c).all(|m| {
                self.word(m) && !self.quoted[m] && self.cue_verb(m).is_none() && !lex::is_be(self.w(m)) && !SET_LEX_MODALS.contains(self.w(m)) && !SET_LEX_HAVE_DO.contains(self.w(m))
                    || self.raw(m) == "." && m > a && self.abbrev(m - 1)
            });
        if subject
            && (c + 2..(c + 10).min(self.n()))
                .find(|&m| !self.word(m) && !self.quoted[m])
                .is_some_and(|m| self.raw(m) == "," && m + 1 < self.n() && self.word(m + 1))
        {
            return true;
        }
        // ("the draft 2027 budget, which foresees spending of 2.41 trillion crowns ($104bn),
        // would now be frozen": a longer subject and relative clause, with a verb after it)
        let n = self.n();
        let plain = |m: usize| self.word(m) && !self.quoted[m] && self.cue_verb(m).is_none() && !lex::is_be(self.w(m)) && !SET_LEX_MODALS.contains(self.w(m)) && !SET_LEX_HAVE_DO.contains(self.w(m));
        if !((a..c).filter(|&m| self.word(m)).count() <= 5 && (a..c).all(plain) && c + 1 < n && matches!(self.w(c + 1), "which" | "who")) {
            return false;
        }
        self.relative_clause_end(c + 2).is_some_and(|m| {
            m + 1 < n && (lex::is_be(self.w(m + 1)) || SET_LEX_MODALS.contains(self.w(m + 1)) || SET_LEX_HAVE_DO.contains(self.w(m + 1)) || self.finite_verb_at(m + 1))
        })
    }

    /// The words of a relative clause at `from`, after ", which", open with its verb
    /// ("would continue", "carries", "was filled"), hold no speech verb and quote the
    /// speaker's words (the writer's background, ", which was passed in 2010", quotes none).
    fn which_clause_own(&self, from: usize) -> bool {
        let n = self.n();
        if from >= n || !self.word(from) || self.quoted[from] {
            return false;
        }
        let verb_first = self.aux_or_finite(from);
        let clause = || (from..n.min(from + 24)).take_while(|&m| self.quoted[m] || !matches!(self.raw(m), "." | ";" | "!" | "?" | ","));
        verb_first && self.cue_verb(from).is_none() && clause().all(|m| self.quoted[m] || self.cue_verb(m).is_none()) && clause().any(|m| self.quoted[m])
    }

    /// The comma that closes a relative clause whose words start at `from` (within 28 tokens,
    /// past brackets and digit groups: ", which foresees spending of 2.41 trillion crowns
    /// ($104bn),"); `None` at a sentence's end or a semicolon first.
    fn relative_clause_end(&self, from: usize) -> Option<usize> {
        let mut depth = 0usize;
        for m in from..self.n().min(from + 28) {
            match self.raw(m) {
                "(" => depth += 1,
                ")" => depth = depth.saturating_sub(1),
                "," if depth == 0 && !self.digit_comma(m) => return Some(m),
                "." | ";" => return None,
                _ => {}
            }
        }
        None
    }

    /// The comma at `c` groups the digits of a number ("1,237"), if the tokenizer split it.
    fn digit_comma(&self, c: usize) -> bool {
        c > 0
            && c + 1 < self.n()
            && self.toks[c - 1].span.end == self.toks[c].span.start
            && self.toks[c].span.end == self.toks[c + 1].span.start
            && self.raw(c - 1).ends_with(|ch: char| ch.is_ascii_digit())
            && self.raw(c + 1).starts_with(|ch: char| ch.is_ascii_digit())
    }

    /// A currency sign at `a`, outside quotation marks, before the digits of its amount
    /// ("$4.2bn").
    fn amount_at(&self, a: usize) -> bool {
        matches!(self.raw(a), "$" | "\u{a3}" | "\u{20ac}") && !self.quoted[a] && a + 1 < self.n() && self.raw(a + 1).starts_with(|c: char| c.is_ascii_digit())
    }

    /// Token `k` can start the subject of a new clause.
    fn subject_start(&self, k: usize) -> bool {
        if !self.word(k) || self.quoted[k] {
            return false;
        }
        let w = self.w(k);
        SET_LEX_SUBJECT_PRONOUNS.contains(w)
            || SET_W_SUBJECT_START.contains(w)
            || self.capitalised(k) && k + 1 < self.n() && self.word(k + 1) && !SET_LEX_PREPOSITIONS.contains(self.w(k + 1))
            || self.raw(k).starts_with(|c: char| c.is_ascii_digit())
            || w.len() > 3
                && w.ends_with('s')
                && k + 1 < self.n()
                && self.word(k + 1)
                && (self.cue_verb(k + 1).is_some() || lex::is_be(self.w(k + 1)) || SET_LEX_HAVE_DO.contains(self.w(k + 1)) || SET_LEX_MODALS.contains(self.w(k + 1)))
            // ("voters in Brackwater East are …": a plural noun, a short place phrase, a verb)
            || w.len() > 3
                && w.ends_with('s')
                && !w.ends_with("ss")
                && k + 3 < self.n()
                && matches!(self.w(k + 1), "in" | "from" | "at" | "across")
                && (k + 3..(k + 6).min(self.n()))
                    .find(|&m| !(self.word(m) && !self.quoted[m] && self.capitalised(m)))
                    .is_some_and(|m| self.word(m) && (lex::is_be(self.w(m)) || SET_LEX_MODALS.contains(self.w(m))) && (k + 2..m).all(|c| self.word(c) && self.capitalised(c) || c == k + 2 && self.is(c, "the")))
    }

    /// A finite cue verb follows `a` within a few words, with a plausible (possibly empty)
    /// subject before it: "he added", "six in 10 voters said", "others have said".
    fn new_cue_clause(&self, a: usize) -> bool {
        let n = self.n();
        for m in a..(a + 8).min(n) {
            if self.quoted[m] {
                return false;
            }
            if let Some((_, f)) = self.cue_verb(m) {
                // the auxiliary and adverbs before the verb are not the subject
                let mut e = m;
                while e > a && (SET_LEX_HAVE_DO.contains(self.w(e - 1)) || SET_LEX_ADVERBS.contains(self.w(e - 1))) {
                    e -= 1;
                }
                // "others say", "they argue": a base form after a plural subject (not after "and":
                // "Phoenix and its officers support …" is one coordinated subject)
                // (a count of those polled, after "and" too: "22 predicted no change and six
                // forecast a cut")
                let count = e == a + 1 && (self.raw(a).bytes().all(|b| b.is_ascii_digit()) || small_count(self.w(a)));
                // (but after a comma and "and", before "that", a new clause: "…, the agency said,
                // and officials estimate that …")
                let new_after_and = a > 1 && self.raw(a - 2) == "," && self.is(m + 1, "that");
                let plural = f == Form::Base
                    && e > a
                    && (count
                        || (!(a > 0 && matches!(self.w(a - 1), "and" | "or")) || new_after_and)
                            && (matches!(self.w(e - 1), "they" | "we" | "others" | "many" | "some") || !self.capitalised(e - 1) && lex::plural_noun(self.w(e - 1))));
                if !matches!(f, Form::Past | Form::S) && !plural {
                    return false;
                }
                // (", a journey expected to take 16 hours": a reduced relative on a described
                // thing)
                if f == Form::Past && self.reduced_relative(a, m) {
                    return false;
                }
                // (an auxiliary with no subject before it continues the clause past an aside:
                // "two clubs, one of them in Germany, had called him")
                if e == a && e < m && a >= 2 && self.raw(a - 1) == "," && {
                    // (the comma closes an aside of words opened by a comma: not ", and has said")
                    let p = (a.saturating_sub(9)..a - 1).rev().find(|&p| !self.word(p) || self.quoted[p]);
                    p.is_some_and(|p| self.raw(p) == "," && p + 1 < a - 1 && (p + 1..a - 1).all(|k| self.cue_verb(k).is_none() && !self.w(k).ends_with("ed")))
                } {
                    return false;
                }
                return self.subject_ok(a, e) || self.counted_subject(a, e);
            }
            if !(self.word(m) || self.raw(m) == "." && m > a && self.abbrev(m - 1) || self.raw(m) == "%") {
                return false;
            }
        }
        false
    }

    /// A new cue clause at `a` whose verb is a speech verb ("say", "argue" …) or takes "that".
    fn speech_clause_at(&self, a: usize) -> bool {
        self.new_cue_clause(a)
            && (a..(a + 8).min(self.n())).find(|&m| self.cue_verb(m).is_some()).is_some_and(|m| {
                self.cue_verb(m).is_some_and(|(l, _)| SET_LEX_SAY_LIKE.contains(l)) || self.is(m + 1, "that")
            })
    }

    /// "six in 10 voters", "one in four", "72 percent of Democrats": a count as subject.
    fn counted_subject(&self, a: usize, e: usize) -> bool {
        if e <= a || e - a > 7 {
            return false;
        }
        let first = self.raw(a);
        let num = first.starts_with(|c: char| c.is_ascii_digit())
            || SET_W_COUNTED_SUBJECT.contains(self.w(a));
        num && (a..e).all(|m| {
            self.word(m) || self.raw(m) == "%"
        }) && (a + 1..e).all(|m| !self.word(m) || !SET_LEX_NP_STOP.contains(self.w(m)) || self.w(m) == "of")
    }

    /// Tokens `a..m` can be the (possibly empty) subject of the verb at `m`.
    /// "Oncologist who took £350,000 tells court": an amount ending a relative clause is its
    /// object; the relative pronoun's antecedent is the subject.
    fn amount_object_antecedent(&self, np: Span) -> Option<Span> {
        let f = self.token_at(np.start)?;
        if !self.raw(f).starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        let who = (f.saturating_sub(8)..f)
            .rev()
            .take_while(|&m| self.word(m) && !self.quoted[m] || matches!(self.raw(m), "$" | "\u{a3}" | "\u{20ac}"))
            .find(|&m| self.w(m) == "who")?;
        self.np_before(who.checked_sub(1)?)
    }

    fn subject_ok(&self, a: usize, m: usize) -> bool {
        if a == m {
            return true;
        }
        if m - a == 1 && SET_LEX_SUBJECT_PRONOUNS.contains(self.w(a)) {
            return true;
        }
        // "…, aides said": a bare plural of people
        // (and a body's plural: "…, unions claim more than 1.1 million")
        if m - a == 1 && !self.quoted[a] && (crate::names::is_role_or_plural(self.w(a)) && self.w(a).ends_with('s') || matches!(self.w(a), "critics" | "sources" | "residents" | "witnesses" | "people" | "police" | "unions" | "organisers" | "organizers" | "campaigners" | "protesters" | "families" | "analysts" | "economists")) {
            return true;
        }
        let det = SET_LEX_DETERMINERS.contains(self.w(a));
        (a..m).all(|j| {
            let w = self.w(j);
            self.word(j)
                && (self.capitalised(j)
                    || matches!(w, "the" | "also" | "then")
                    || det && m - a <= 4 && !SET_LEX_NP_STOP.contains(w) && !self.quoted[j])
                || self.raw(j) == "." && j > a && self.abbrev(j - 1)
        })
    }

    /// A cue verb at `k`: its source and its content, when it is an attribution.
    fn verb_cue(&self, k: usize, lemma: &'static str, form: Form, prev: &[Found]) -> Option<Found> {
        let n = self.n();
        // "most teams had planned a single stop": a cue that reports only with "to" has no
        // content before it either
        if SET_LEX_TO_ONLY.contains(lemma) && !self.is(k + 1, "to") {
            return None;
        }
        // "the gang, which calls itself 'Krait'": a body's name taken, not words reported (a
        // person who "calls himself a socialist" describes himself)
        if matches!(lemma, "call" | "dub" | "brand" | "style" | "name") && k + 2 < n && self.w(k + 1) == "itself" && (self.capitalised(k + 2) || is_open_mark(self.raw(k + 2))) {
            return None;
        }
        // "Kerin chemical plant blast: 14 dead": an event's noun before a headline's colon,
        // not a verb of its subject
        if form == Form::Base && matches!(self.w(k), "blast" | "fire" | "shoot" | "attack") && k + 1 < n && self.raw(k + 1) == ":" {
            return None;
        }
        // "turned down a third offer from …", "the final demand": an article and an ordinal
        // or adjective before a base form make it a noun
        if form == Form::Base && k >= 2 && matches!(self.w(k - 2), "a" | "an" | "the") && matches!(self.w(k - 1), "second" | "third" | "fourth" | "fifth" | "new" | "final" | "fresh" | "first" | "latest" | "improved" | "revised") {
            return None;
        }
        // "why do medicine recalls take …", "said 64 posts would go": a plural noun after a
        // question's "do" and its noun, or between a number and an auxiliary, not a verb
        if form == Form::S && k >= 2 && (matches!(self.w(k - 2), "do" | "does" | "did") && self.word(k - 1) && !self.capitalised(k - 1) && !SET_LEX_SUBJECT_PRONOUNS.contains(self.w(k - 1)) || self.raw(k - 1).starts_with(|c: char| c.is_ascii_digit()) && !self.capitalised(k) && k + 1 < n && crate::lexicon::counted_noun_before(self.w(k + 1))) {
            return None;
        }
        // "Collis, who wrote the story, told …": a short plain object written, authorship, no
        // words reported
        // ("who wrote the first full-length study of Markov's work,": longer too, with no clause)
        if lemma == "write" && k + 3 < n && matches!(self.w(k + 1), "the" | "a" | "an" | "this" | "that" | "her" | "his" | "its" | "their") && k >= 1 && self.w(k - 1) == "who" {
            let close = (k + 2..n.min(k + 11)).find(|&m| !self.word(m) && !self.raw(m).contains('-') || self.quoted[m]);
            if close.is_some_and(|c| c > k + 2 && matches!(self.raw(c), "," | ")") && !self.quoted[c] && (k + 2..c).all(|m| self.w(m) != "that" && self.cue_verb(m).is_none() && !lex::is_be(self.w(m)) && !SET_LEX_MODALS.contains(self.w(m)))) {
                return None;
            }
        }
        // "CHF 320m of Swiss franc notes will be transferred": a plural noun before a modal or
        // an auxiliary, not a verb of the words before it
        // (a word that is as often a plural noun: "Voting rights advocates have expressed …")
        if form == Form::S
            && k >= 1
            && k + 1 < n
            && matches!(self.w(k), "notes" | "lists" | "advocates" | "claims" | "reports" | "comments" | "warnings" | "promises" | "remarks" | "questions" | "answers" | "threats" | "tweets")
            && self.word(k - 1)
            && !self.capitalised(k - 1)
            && !SET_LEX_SUBJECT_PRONOUNS.contains(self.w(k - 1))
            && !SET_LEX_ADVERBS.contains(self.w(k - 1))
            && (SET_LEX_MODALS.contains(self.w(k + 1)) || matches!(self.w(k + 1), "are" | "were" | "have"))
        {
            return None;
        }
        // "raises hostile offer for Ellisfield": a bid, the noun after its adjective
        if form == Form::Base && lemma == "offer" && k >= 1 && k + 1 < n && matches!(self.w(k + 1), "for" | "of") && self.word(k - 1) && !self.capitalised(k - 1) && !self.w(k - 1).ends_with('s') && !SET_LEX_SUBJECT_PRONOUNS.contains(self.w(k - 1)) && !SET_LEX_MODALS.contains(self.w(k - 1)) && self.w(k - 1) != "to" {
            return None;
        }
        // the auxiliary / adverb chain before the verb
        let mut j = k;
        let mut be_aux = false;
        let mut time = false;
        while j > 0 && self.word(j - 1) && j + 6 > k {
            let w = self.w(j - 1);
            if w == "to" && j >= 2 {
                // "went on to say", "continued to insist": the subject is that of the first verb
                let p = self.w(j - 2);
                if matches!(p, "continued" | "continues" | "began" | "begins" | "proceeded" | "started" | "starts") {
                    j -= 2;
                    continue;
                }
                if p == "on" && j >= 3 && matches!(self.w(j - 3), "went" | "goes" | "go") {
                    j -= 3;
                    continue;
                }
            }
            if SET_LEX_NEGATIONS.contains(w) || SET_LEX_MODALS.contains(w) || w == "to" {
                return None;
            }
            // "The judge at one stage asked", "She in turn told": a short adverbial phrase
            let phrase = if j >= 2 { crate::lexicon::adverbial_before_cue(if j >= 3 { self.w(j - 3) } else { "" }, self.w(j - 2), w) } else { 0 };
            if phrase > 0 {
                j -= phrase;
                continue;
            }
            // ("have for years called", "had for many months warned": a span of time between
            // the auxiliary and the verb)
            if matches!(w, "years" | "months" | "weeks" | "decades") && j >= 3 {
                let f = if matches!(self.w(j - 2), "many" | "several" | "some") { j - 3 } else { j - 2 };
                if self.is(f, "for") && f >= 1 && (SET_LEX_HAVE_DO.contains(self.w(f - 1)) || lex::is_be(self.w(f - 1))) {
                    j = f;
                    continue;
                }
            }
            if lex::is_be(w) {
                be_aux = true;
            } else if SET_LEX_HAVE_DO.contains(w) {
                // "has said", "did say"
            } else if SET_LEX_TIME_ADVERBS.contains(w)
                || SET_LEX_TIME_WORDS.contains(w)
                    && j >= 2
                    && (SET_LEX_TIME_PREP.contains(self.w(j - 2)) || SET_LEX_TIME_ADVERBS.contains(self.w(j - 2)))
            {
                // "Trump on Sunday tweeted", "officials last week said"
                time = true;
            } else if time && SET_LEX_TIME_PREP.contains(w) {
                time = false;
            } else if w == "far" && j >= 2 && matches!(self.w(j - 2), "so" | "thus") {
                // "who have so far declined"
                j -= 1;
            } else if !(SET_LEX_ADVERBS.contains(w) || crate::lexicon::ly_adverb(w) && verb(w).is_none() && !self.capitalised(j - 1)) {
                break;
            }
            j -= 1;
        }
        // a cue verb right before ("went on to say" is caught above); "as saying"
        if be_aux && form != Form::Ing {
            // "The deal was first reported by the Gazette": a passive with its agent credits the
            // subject to the agent
            // ("The closure was confirmed by the authority", "It was announced by the office on
            // Tuesday that …": the clause after "that" when the subject is "it"; A2 leaves out
            // only agentless passives)
            // (also past a time before "by": "was confirmed late on Tuesday by X"; and a
            // judgement's words: "was criticised as “chaotic” by X", "was described by X as
            // “grim”", whose "as" and quotation are a second piece)
            let judged = judgement(lemma);
            let quoted_as = |a: usize| {
                if !(self.is(a, "as") && a + 1 < n && (self.quoted[a + 1] || is_open_mark(self.raw(a + 1)))) {
                    return None;
                }
                (a + 2..(a + 30).min(n)).find(|&m| is_close_mark(self.raw(m)))
            };
            let as_before = if judged { quoted_as(k + 1) } else { None };
            let by = match as_before {
                Some(e) => e + 1,
                None => (k + 1..(k + 6).min(n)).take_while(|&m| self.word(m) && !self.quoted[m] && self.cue_verb(m).is_none() && !matches!(self.w(m), "that" | "as" | "and" | "but")).find(|&m| self.w(m) == "by").unwrap_or(k + 1),
            };
            if (matches!(lemma, "report" | "reveal" | "announce" | "confirm" | "claim" | "deny" | "welcome" | "disclose" | "predict" | "suggest" | "state") || judged)
                && self.is(by, "by")
                && j > 0
            {
                // (an agent that is a body or person, not an amount: "confirmed by more than one
                // instrument")
                if matches!(self.w(by + 1), "more" | "less" | "fewer" | "at") || self.raw(by + 1).starts_with(|c: char| c.is_ascii_digit()) {
                    return None;
                }
                // (a bare plural or "one" and its noun too: "by analysts", "by one fund manager")
                let source = self.np_after(by + 1).or_else(|| {
                    let run = (by + 1..(by + 5).min(n)).take_while(|&m| self.word(m) && !self.quoted[m] && !self.capitalised(m) && !SET_LEX_NP_STOP.contains(self.w(m)) && !SET_LEX_PREPOSITIONS.contains(self.w(m)) && self.w(m) != "as" && self.cue_verb(m).is_none()).last()?;
                    (lex::plural_noun(self.w(run)) || matches!(self.w(by + 1), "one" | "two" | "three" | "several" | "some" | "many") && run > by + 1).then(|| self.span_of(by + 1, run))
                })?;
                let as_after = if judged && as_before.is_none() { self.token_at_end(source.end).and_then(|e| quoted_as(e + 1)) } else { None };
                let second = as_before.map(|e| (k + 1, e)).or_else(|| as_after.and_then(|e| self.token_at_end(source.end).map(|s| (s + 1, e)))).map(|(a, e)| self.span_of(a, e));
                // (a judgement with no words of its own is one only of a named thing: "The
                // decision was criticised by X"; not "was praised by fans for her speed")
                if judged && second.is_none() && self.token_at_end(source.end).is_some_and(|e| e + 1 < n && self.word(e + 1) && !matches!(self.w(e + 1), "on" | "in" | "at" | "after" | "during" | "last" | "this" | "yesterday")) {
                    return None;
                }
                let subject = if self.w(j - 1) == "it" {
                    let after = self.token_at_end(source.end)? + 1;
                    let that = (after..(after + 8).min(n)).take_while(|&m| !self.quoted[m] && !matches!(self.raw(m), "." | ";" | ":")).find(|&m| self.w(m) == "that")?;
                    self.piece_to_end(that + 1)?
                } else if matches!(lemma, "report" | "reveal") {
                    self.np_before(j - 1)?
                } else {
                    // (the whole subject, from the clause's start to the auxiliary, past a time
                    // before the participle: "The closure of the airport from 6pm until noon on
                    // Friday"; only a plain one, with no comma, relative clause or cue inside it)
                    let aux = (j.saturating_sub(1)..k).find(|&m| lex::is_be(self.w(m)))?;
                    let start = self.clause_start_plain(aux);
                    if start + 1 >= aux
                        || (start..aux).any(|m| self.quoted[m] || self.cue_verb(m).is_some() || matches!(self.raw(m), "," | "\u{2014}" | "\u{2013}") || matches!(self.w(m), "that" | "which" | "who" | "whom" | "where"))
                    {
                        return None;
                    }
                    self.span_of(start, aux - 1)
                };
                return Some(Found {
                    via: None,
                    cue: self.toks[k].span,
                    speaker: Some(source),
                    pieces: [Some(subject), second],
                    confidence: 0.6,
                });
            }
            // passive: "it is believed", "was told" — not an attribution
            return None;
        }
        let mut cue_end = k;
        if let Some(parts) = lex::particles(lemma) {
            if k + 1 < n && parts.contains(&self.w(k + 1)) {
                cue_end = k + 1;
                // "lashed out at", "weighed in on", "fired back at": the preposition after an
                // adverb particle belongs to the cue
                if matches!(self.w(k + 1), "out" | "in" | "back") && k + 2 < n && matches!(self.w(k + 2), "at" | "on" | "against" | "about") {
                    cue_end = k + 2;
                }
            } else if SET_LEX_NEEDS_PARTICLE.contains(lemma) {
                return None;
            }
        }
        if lemma == "put" {
            cue_end = k + 2;
        }
        // "had asked about the striker": an inquiry, its topic no content
        if lemma == "ask" && self.is(cue_end + 1, "about") {
            return None;
        }
        let cue = self.span_of(k, cue_end);
        let participle = form == Form::Ing && !be_aux;
        if participle && SET_LEX_NO_PARTICIPLE.contains(lemma) && !self.is(cue_end + 1, "that") {
            // ", hoping for …" is no report, ", fearing that …" is
            return None;
        }
        // "Tass quoted Li as saying …": the object speaks, the subject relays; "Li was quoted
        // (by Tass) as saying …": the subject speaks, the agent relays
        let quoted_as = if participle && lemma == "say" && j >= 3 && self.is(j - 1, "as") {
            // (past an apposition and a relative clause: "quoted the coach, Ana Ruiz, who has
            // worked with her since 2022, as saying")
            match (j.saturating_sub(30)..j - 1).rev().take_while(|&m| !matches!(self.raw(m), ";" | "!" | "?")).find(|&m| matches!(self.w(m), "quoted" | "quoting" | "cited" | "citing") && !self.quoted[m]) {
                // ("Hradil was later quoted by BNA as saying": past an adverb after "was")
                Some(q) if q >= 2 && (lex::is_be(self.w(q - 1)) || q >= 3 && lex::is_be(self.w(q - 2)) && (SET_LEX_ADVERBS.contains(self.w(q - 1)) || matches!(self.w(q - 1), "later" | "earlier" | "widely" | "also"))) => {
                    let q1 = if lex::is_be(self.w(q - 1)) { q } else { q - 1 };
                    // (the agent before or after "as saying": "was quoted as saying by Tass")
                    let by = (q + 2 < j - 1 && self.is(q + 1, "by")).then(|| self.np_after(q + 2)).flatten().or_else(|| (k + 2 < n && self.is(k + 1, "by")).then(|| self.np_after(k + 2)).flatten());
                    // ("The minister, Jo Li, was quoted …": the subject before its apposition)
                    let subject = if self.raw(q1 - 2) == "," { self.subject_before_appositions(q1 - 2) } else { self.np_before(q1 - 2) };
                    Some((q, subject?, by))
                }
                // (the whole phrase up to "as" or a comma: "cited a source in the security
                // services as saying", "cited two officials as saying")
                Some(q) if q >= 1 && q + 1 < j - 1 => {
                    let e = (q + 1..j - 1).find(|&m| self.raw(m) == ",").unwrap_or(j - 1);
                    // ("quoted the head of the company Hidrokel, Mirela Stanovic, as saying": with
                    // the name in apposition, which is the one quoted)
                    let named = e + 2 < j - 1 && j - 2 - e <= 5 && self.raw(j - 2) == "," && (e + 1..j - 2).all(|m| self.word(m) && self.capitalised(m));
                    let last = if named { j - 3 } else { e - 1 };
                    let whole = (e > q + 1 && (q + 1..e).all(|m| self.word(m) && !self.quoted[m])).then(|| self.span_of(q + 1, last));
                    // ("Northwire had quoted …": the relay before its auxiliary)
                    let aux = usize::from(q >= 2 && matches!(self.w(q - 1), "had" | "has" | "have"));
                    Some((q, whole.or_else(|| self.np_after(q + 1))?, self.np_before(q - 1 - aux)))
                }
                _ => None,
            }
        } else {
            None
        };
        let cue = quoted_as.map_or(cue, |(q, _, _)| self.span_of(q, cue_end));
        // the cue is the second verb of a relative clause after a comma
        let mut relative_aside = false;
        let (speaker, inverted) = if let Some((_, sp, _)) = quoted_as {
            (Some(sp), false)
        } else if participle {
            // ", saying …" / "and saying" credits the subject of the sentence
            if j == 0 || j == 1 && (SET_LEX_CONJ_START.contains(self.w(0)) || SET_LEX_FRONT_PREPS.contains(self.w(0))) {
                return self.fronted_participle(cue, cue_end, lemma);
            }
            if j < 2 {
                return None;
            }
            // `… was “corrupt,” noting …`: the comma before the closing mark
            let comma_mark = j >= 3 && self.closing_after(j - 2);
            // (an en dash only before "saying": "flipped his choice – saying …"; "– indicating" is the
            // writer's gloss)
            let dash_saying = self.w(j - 1) == "\u{2013}" && lemma == "say";
            // "Li had spent most of the past 18 months insisting that …": the time spent is no
            // speaker, the sentence's subject is
            let spent_time = matches!(self.w(j - 1), "months" | "years" | "weeks" | "days" | "hours" | "decades" | "time" | "minutes")
                && (0..j - 1).any(|m| matches!(self.w(m), "spent" | "spend" | "spends" | "spending"))
                // (in the main clause: not "As someone who spent years learning how …")
                && !(0..j - 1).any(|m| matches!(self.w(m), "who" | "which" | "that"));
            if !comma_mark && !dash_saying && !spent_time && !matches!(self.w(j - 1), "," | "and" | "\u{2014}" | "but" | "while" | "before" | "after" | "by" | "in" | "beyond" | "besides") {
                // "with 30 percent of voters saying …": the noun phrase after "with"
                let np = self.np_before(j - 1)?;
                let first = self.token_at(np.start)?;
                // "an editorial suggesting that …": the noun phrase the participle modifies
                let reduced_relative = self.is(cue_end + 1, "that") && !SET_LEX_PREPOSITIONS.contains(self.w(j - 1));
                if !reduced_relative && (first == 0 || !matches!(self.w(first - 1), "with" | "without")) {
                    return None;
                }
                // "The paper ran an item suggesting …": the phrase from its last determiner
                let np = if reduced_relative {
                    let r = self.range(np);
                    match (r.start + 1..r.end).rev().find(|&m| SET_LEX_DETERMINERS.contains(self.w(m))) {
                        Some(d) => Span::new(self.toks[d].span.start, np.end),
                        None => np,
                    }
                } else {
                    np
                };
                (Some(np), false)
            } else if spent_time {
                (Some(self.sentence_subject(j - 1)?), false)
            } else {
                // (`"…," Li said, before adding …`: the comma before the conjunction)
                let c = if j >= 3 && matches!(self.w(j - 1), "before" | "after" | "while") && self.raw(j - 2) == "," { j - 2 } else { j - 1 };
                // ("A did X, while Senator Li was the only one against, saying …": the subject
                // of the clause the participle hangs from)
                let sub_clause = || {
                    let w = (j.saturating_sub(24).max(1)..j - 1).rev().take_while(|&m| !self.quoted[m]).find(|&m| self.raw(m - 1) == "," && matches!(self.w(m), "while" | "whereas" | "although" | "though" | "because"))?;
                    let np = self.np_after(w + 1)?;
                    let mut v = self.token_at_end(np.end)? + 1;
                    if v < j && self.raw(v) == "(" {
                        v = (v + 1..j.min(v + 8)).find(|&m| self.raw(m) == ")")? + 1;
                    }
                    (v + 1 < j && self.word(v) && (lex::is_be(self.w(v)) || matches!(self.w(v), "had" | "has" | "have") || self.w(v).ends_with("ed") && !self.capitalised(v))).then_some(np)
                };
                // ("X, a private adviser, who would not name his client beyond saying …": the
                // relative pronoun's antecedent)
                let who = || {
                    if !matches!(self.w(j - 1), "beyond" | "besides") {
                        return None;
                    }
                    let w = (j.saturating_sub(16).max(1)..j - 1).rev().take_while(|&m| !self.quoted[m] && self.word(m)).find(|&m| self.w(m) == "who" && self.raw(m - 1) == ",")?;
                    self.subject_before_appositions(w - 1)
                };
                let sp = self
                    .direct_speaker_before(c)
                    .or_else(who)
                    .or_else(sub_clause)
                    .or_else(|| prev.last().and_then(|f| f.speaker))
                    .or_else(|| self.sentence_subject(j - 1));
                (Some(sp?), false)
            }
        } else if j == 0 {
            return None;
        } else if matches!(self.w(j - 1), "and" | "but") && self.raw(j - 1) != "And" && self.raw(j - 1) != "But" {
            // "X called it careless but said …": the subject of the first verb; "lawmakers who
            // passed the bill and say …": the antecedent of the relative clause the first verb
            // opens (no punctuation between)
            let who = (j.saturating_sub(14)..j - 1)
                .rev()
                .take_while(|&m| self.word(m) && !self.quoted[m] || self.raw(m) == "$" || self.raw(m) == ".")
                .find(|&m| self.w(m) == "who" && m >= 1 && m + 1 < j - 1 && self.verb_like(m + 1))
                // (a plural present, "say", agrees with the plural antecedent, not with a past
                // "said" that may be the sentence subject's)
                .filter(|_| form == Form::Base);
            // ("Brightline, which was set up in 2011 and says …": a relative clause after a
            // comma, whatever the verb's form, is its antecedent's)
            let aside = (j.saturating_sub(14)..j - 1)
                .rev()
                .take_while(|&m| self.word(m) && !self.quoted[m])
                .find(|&m| matches!(self.w(m), "who" | "which") && m >= 2 && self.raw(m - 1) == "," && m + 1 < j - 1 && self.verb_like(m + 1))
                .filter(|_| SET_LEX_SAY_LIKE.contains(lemma));
            relative_aside = aside.is_some();
            // (`"…," she said, and called the rise "…"`: the speaker of the quotation before)
            let sp = who
                .and_then(|m| self.np_before(m - 1))
                .or_else(|| aside.and_then(|m| self.np_before(m - 2)))
                .or_else(|| self.direct_speaker_before(k))
                .or_else(|| prev.last().and_then(|f| f.speaker))
                .or_else(|| self.sentence_subject(j - 1));
            (Some(sp?), false)
        } else if matches!(self.w(j - 1), "who" | "which") && j >= 2 {
            // "Smith, who said …", "Beijing – which claims …": the antecedent with its relative
            // pronoun
            let rel = j - 1;
            let before = if matches!(self.raw(rel - 1), "," | "(" | "-" | "--" | "\u{2013}" | "\u{2014}") { rel.checked_sub(2) } else { Some(rel - 1) };
            // ("Sir Malcolm Freel, the chair of the committee, who said": the name before the
            // description in apposition)
            // (not past a phrase that is no description: "near Brelna, according to the
            // service, which said")
            let appos = (self.raw(rel - 1) == ",").then(|| self.subject_before_appositions(rel - 1)).flatten().filter(|a| {
                // ("Ana Dorr, chief economist at Vell Capital, who": a description with a lowercase
                // head may end in a name)
                let e = self.token_at_end(a.end);
                let lower_head = || {
                    e.is_some_and(|e| {
                        e + 10 > rel
                            && (e + 2..rel - 1).all(|m| self.word(m) && !matches!(self.w(m), "and" | "who" | "which"))
                            && (e + 2..rel - 1).any(|m| !self.quoted[m] && !self.capitalised(m) && !SET_LEX_PREPOSITIONS.contains(self.w(m)) && !SET_LEX_DETERMINERS.contains(self.w(m)))
                    })
                };
                e.is_some_and(|e| self.capitalised(e) && e + 2 < rel && !matches!(self.w(e + 2), "according") && !SET_LEX_PREPOSITIONS.contains(self.w(e + 2))) && before.and_then(|b| self.np_before(b)).is_some_and(|d| d.start > a.end && (!self.token_at_end(d.end).is_some_and(|e| self.capitalised(e)) || lower_head()))
            });
            // ("heard on Tuesday from midwives who said": the people after a verb's or a time
            // word's "from")
            let after_from = |a: Span| {
                let (Some(s), Some(e)) = (self.token_at(a.start), self.token_at_end(a.end)) else { return a };
                match (s + 1..e).rev().find(|&m| self.is(m, "from")) {
                    Some(f) if SET_LEX_TIME_WORDS.contains(self.w(f - 1)) || self.w(f - 1).ends_with("ed") || matches!(self.w(f - 1), "heard" | "came") => Span::new(self.toks[f + 1].span.start, a.end),
                    _ => a,
                }
            };
            let sp = appos
                .or_else(|| before.and_then(|b| self.np_before(b)).map(after_from))
                .map(|a| Span::new(a.start, self.toks[rel].span.end))
                .unwrap_or(self.toks[rel].span);
            (Some(sp), false)
        } else if matches!(self.raw(j - 1), "," | "\u{201d}" | "\"" | "\u{2019}" | "'") {
            // ", said the official" (inverted) or "X, a fellow at Y, said" (apposition)
            match self.np_after(cue_end + 1) {
                // (", said Tuesday": a time word is no speaker; "the resort, now called Doral":
                // naming, no inverted speech)
                // (only a speech verb inverts: "…, denounced the remarks" has an object)
                Some(sp) if (SET_LEX_SAY_LIKE.contains(lemma) || matches!(lemma, "write" | "add" | "tweet" | "reply" | "ask" | "report")) && self.inverted_ok(sp) && !self.token_at(sp.start).is_some_and(|t| SET_LEX_TIME_WORDS.contains(self.w(t))) && !self.name_with_apposition(j - 1) => (Some(sp), true),
                _ => {
                    // (`Li, who calls it “a farce,” said`: the comma inside the closing mark)
                    let c = if self.raw(j - 1) == "," { j - 1 } else { j.checked_sub(2).filter(|&c| self.closing_after(c))? };
                    (Some(self.subject_before_appositions(c)?), false)
                }
            }
        } else if is_dash(self.raw(j - 1)) || self.hyphen_dash(j - 1) {
            // "Many speakers — including two bishops — said": the subject before the aside (a
            // dash may be typed as "-" or "- -")
            let dash = |m: usize| !self.quoted[m] && (is_dash(self.raw(m)) || self.hyphen_dash(m));
            let close = (0..j - 1).rev().find(|&m| !dash(m))? + 1;
            let open = (close.saturating_sub(20)..close).rev().find(|&m| dash(m))?;
            let open = (0..open).rev().find(|&m| !dash(m))? + 1;
            (Some(self.np_before(open.checked_sub(1)?)?), false)
        } else {
            let np = self.document_before_participle(j - 1).or_else(|| self.np_before(j - 1))?;
            (Some(self.amount_object_antecedent(np).unwrap_or(np)), false)
        };
        let speaker_span = speaker?;
        // "would not say whether he supported …", "asked if she backed …": a cue inside a
        // question reports nothing
        if let Some(f) = self.token_at(speaker_span.start).filter(|&f| f > 0 && !inverted) {
            // (after a refusal to say: "would not say whether", "declined to say if")
            let refused = (f.saturating_sub(6)..f - 1).any(|m| SET_LEX_NEGATIONS.contains(self.w(m)) || self.w(m).ends_with("n't") || self.w(m).ends_with("n\u{2019}t") || matches!(self.w(m), "declined" | "refused" | "declines" | "refuses"));
            if matches!(self.w(f - 1), "whether" | "if") && refused && f >= 2 && matches!(self.w(f - 2), "say" | "said" | "tell" | "disclose" | "confirm" | "discuss" | "specify" | "know") {
                return None;
            }
        }
        // "Seven voted for the cut; two wanted to hold", "the three dissenters wanted a bigger
        // move": the votes of a counted few, no words
        // "the 46-year-old who wants to be prime minister": an ambition to be something is
        // no report
        if lemma == "want" && self.is(cue_end + 1, "to") && matches!(self.w(cue_end + 2), "be" | "become") {
            return None;
        }
        if lemma == "want" && !inverted {
            let counted = self.range(speaker_span).take(4).any(|m| {
                let w = self.w(m);
                small_count(w) || w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit()) || matches!(w, "dissenters" | "dissenter")
            });
            // (a poll's share wants: "4 in 10 voters want …")
            let share = self.range(speaker_span).any(|m| matches!(self.w(m), "in" | "of" | "%" | "percent" | "per"));
            if counted && !share {
                return None;
            }
        }
        // "Hello and thanks for joining us": a live blog's greeting, no one thanking
        let sp_text = speaker_span.slice(self.text);
        if matches!(sp_text, "Hello" | "Hi" | "Welcome" | "Good morning" | "Good afternoon" | "Good evening") {
            return None;
        }
        // "she sounded like someone who expects …": an indefinite pronoun is no one's report
        // ("Someone called it …" is an unnamed person's words; "someone who …", "anyone" no one's)
        if sp_text.split(' ').next().is_some_and(|w| matches!(w, "anyone" | "anybody" | "Anyone" | "Anybody") || matches!(w, "someone" | "somebody" | "Someone" | "Somebody") && sp_text.ends_with(" who")) {
            return None;
        }
        // "With 1,742 of the 2,003 districts declared, …": a participle of an absolute clause;
        // "less than 14 days' notice": a duration owns no notice
        let first_tok = self.token_at(speaker_span.start);
        if first_tok.is_some_and(|f| f > 0 && self.w(f - 1) == "with" && cue_end + 1 < n && self.raw(cue_end + 1) == ",")
            || sp_text.starts_with(|c: char| c.is_ascii_digit()) && sp_text.ends_with(['\'', '\u{2019}'])
        {
            return None;
        }
        // "In a statement posted on its website, …": a document noun with a past participle
        // and its adjunct is a reduced relative clause ("a statement [that was] posted"), no report
        if !participle
            && !inverted
            && form == Form::Past
            && lemma != "say"
            && self.token_at_end(speaker_span.end).is_some_and(|h| SET_LEX_DOC_NOUNS.contains(self.w(h)) || SET_LEX_PUBLISHED.contains(self.w(h)))
            && cue_end + 1 < n
            && SET_LEX_PREPOSITIONS.contains(self.w(cue_end + 1))
        {
            return None;
        }
        let relative = !participle && j > 0 && matches!(self.w(j - 1), "who" | "which");
        if lemma == "call" && form == Form::Past && !relative && !inverted {
            // "a group called Future First": naming, not speech
            let first = self.token_at(speaker_span.start);
            // "a group called …", "she runs a charity called …"
            if self.range(speaker_span).any(|m| matches!(self.w(m), "a" | "an")) {
                return None;
            }
            // "held an event called …", "a class on campus called …": the noun phrase is an
            // object or in a prepositional phrase, not the subject of "called"
            let object = first.is_some_and(|f| {
                f > 0
                    && self.word(f - 1)
                    && !self.quoted[f - 1]
                    && !(SET_LEX_CONJ_START.contains(self.w(f - 1))
                        || SET_LEX_SUBORDINATORS.contains(self.w(f - 1))
                        || matches!(self.w(f - 1), "that" | "who" | "which" | "and" | "but" | "or"))
            });
            // (a second verb of the sentence's subject is no object's: "On Monday she said …, and
            // called the result “…”")
            if object && cue_end == k && j > 0 && !self.capitalised(j - 1) && !SET_LEX_SUBJECT_PRONOUNS.contains(self.w(j - 1)) && !matches!(self.w(j - 1), "and" | "but") {
                return None;
            }
        }
        // the content: after the cue, or before it
        // `"…," Smith said during the debate`: the cue belongs to the quote before it, and
        // what follows it is an adjunct, not content
        // (not after quoted words the writer's clause runs into: `Power will return "by the
        // evening", she said` reports the whole clause)
        let before = self.direct.partition_point(|q| q.end <= speaker_span.start);
        if before > 0
            && self.direct[before - 1..before].iter().any(|q| {
                q.kind == QuoteKind::Direct
                    && q.end <= speaker_span.start
                    && q.cue.is_some_and(|c| c.start < cue.end && cue.start < c.end)
                    && self
                        .text
                        .get(q.end..speaker_span.start)
                        .is_some_and(|g| g.chars().all(|c| !c.is_alphanumeric()))
            })
        {
            return None;
        }
        // "who claimed £48,300 for a flat": a claim for money, not a statement
        // (also the money before its relative clause: "£86,400 he claimed over four years",
        // "the expenses she claimed")
        let money_before = || {
            self.token_at(speaker_span.start).is_some_and(|s| {
                s >= 1 && matches!(self.w(s - 1), "expenses" | "allowances" | "costs" | "benefits") || s >= 2 && self.raw(s - 1).starts_with(|c: char| c.is_ascii_digit()) && self.amount_at(s - 2)
            })
        };
        if lemma == "claim" && (cue_end + 1 < n && self.amount_at(cue_end + 1) || money_before()) {
            return None;
        }
        // "129,570 cast a ballot", "cast their votes": voting, no words
        if lemma == "cast" && (cue_end + 1..(cue_end + 4).min(n)).any(|m| matches!(self.w(m), "ballot" | "ballots" | "vote" | "votes")) {
            return None;
        }
        // "admitted two counts of fraud": a plea to charges, no words reported
        if lemma == "admit" && (cue_end + 2..(cue_end + 4).min(n)).any(|m| matches!(self.w(m), "count" | "counts" | "charge" | "charges" | "offence" | "offences" | "offense" | "offenses")) {
            return None;
        }
        // "The survey found Clinton leading …", "records show no payment": a document's finding
        let doc_subject = matches!(lemma, "find" | "show")
            && self.token_at_end(speaker_span.end).is_some_and(|h| SET_LEX_DOC_NOUNS.contains(self.w(h)));
        let after = if inverted {
            None
        } else if doc_subject
            && cue_end + 1 < n
            && self.word(cue_end + 1)
            && !self.quoted[cue_end + 1]
            && !SET_LEX_NOT_CONTENT_START.contains(self.w(cue_end + 1))
            && !SET_LEX_PREPOSITIONS.contains(self.w(cue_end + 1))
        {
            Some((cue_end + 1, false))
        } else {
            self.content_after(cue_end + 1, lemma)
        };
        if after.is_none() && !inverted && !participle {
            if let Some(f) = self.object_relative(speaker_span, cue, cue_end) {
                return Some(f);
            }
        }
        // "A, the senator said, B": the cue interrupts the content
        let interrupted = !participle
            && after.is_some_and(|(a, comma)| {
                comma && self.piece_to_end(a).is_some_and(|p| !self.all_quoted(p))
            })
            && self
                .token_at(speaker_span.start)
                .and_then(|f| self.clause_start_before(f).map(|b| (b, f)))
                .is_some_and(|(b, f)| self.piece(b, f).is_some_and(|p| !self.short_phrase(p)));
        // "Survival, she says, depends on …", "For decades, he noted, the city …": a single word
        // or a short phrase before the interrupting cue is the content's first piece
        let lead = match after {
            Some((_, true)) if !interrupted && !participle => self
                .token_at(speaker_span.start)
                .and_then(|f| self.clause_start_before(f).map(|b| (b, f)))
                .filter(|&(_, f)| self.raw(f - 1) == ",")
                .and_then(|(b, f)| self.lead_piece(b, f - 1))
                .or_else(|| self.fronted_clause_lead(speaker_span)),
            _ => None,
        };
        let content = match after {
            Some((a, _)) if !interrupted => Content::After(a),
            _ => Content::Before,
        };
        match content {
            Content::After(a) => {
                // ("denied wrongdoing", "disputed that account": one noun)
                let one_noun = lex::DENY_LIKE.contains(&lemma) && a + 1 < self.n() && self.word(a) && !self.quoted[a] && (!self.word(a + 1) || self.is(a, "that") && a + 2 < self.n() && !self.word(a + 2));
                // ("praised his rival as “a great champion”": the object and its quoted label)
                let as_quote = |p: Span| self.token_at_end(p.end).is_some_and(|e| e + 2 < self.n() && self.is(e + 1, "as") && is_open_mark(self.raw(e + 2)));
                let mut p = if (SET_LEX_NP_OBJECT.contains(lemma) || one_noun) && !(a > 0 && self.w(a - 1) == "that") {
                    let o = self.object_piece(a)?;
                    if as_quote(o) {
                        self.piece_to_end(a)?
                    } else {
                        o
                    }
                } else {
                    self.piece_to_end(a)?
                };
                // "While Ramos said A, he …": a cue inside a fronted subordinate clause
                let sub = self.token_at(speaker_span.start).is_some_and(|f| {
                    let b = usize::from(SET_LEX_CONJ_START.contains(self.w(0)));
                    b < f && matches!(self.w(b), "while" | "although" | "though" | "because" | "since" | "if" | "whereas" | "when" | "after" | "before" | "as" | "once" | "unless" | "even") && !(b..f).any(|m| self.raw(m) == "," || self.quoted[m])
                });
                if relative && j >= 2 && self.raw(j - 2) == "," || relative_aside || sub {
                    // "Smith, who said A, left": the relative clause ends at its comma
                    // (not a comma of a list in the content: "which said 640 firefighters, 85
                    // engines and six aircraft had been deployed")
                    let plain = |m: usize| self.word(m) && !self.quoted[m] && !self.verb_like(m);
                    let listed = |c: usize| {
                        c - a <= 4 && (a..c).all(plain) && (c + 2..self.n().min(c + 6)).find(|&x| !plain(x) || matches!(self.w(x), "and" | "or")).is_some_and(|x| matches!(self.w(x), "and" | "or") && x + 1 < self.n() && plain(x + 1))
                    };
                    if let Some(c) = (a..self.n()).find(|&m| self.raw(m) == "," && !self.quoted[m] && !self.digit_comma(m) && !listed(m)) {
                        p = self.piece(a, c)?;
                    }
                }
                // "The founder who told savers their money was “safe” has been jailed": in a
                // relative clause with no commas, the main clause's own auxiliary and participle
                // after the closing mark end the content
                if relative && !(j >= 2 && self.raw(j - 2) == ",") {
                    let resumes = |m: usize| {
                        m >= 2 && m + 1 < self.n() && self.quoted[m - 2] && is_close_mark(self.raw(m - 1)) && !self.quoted[m] && matches!(self.w(m), "has" | "have" | "had" | "was" | "were" | "is" | "are")
                            && (self.w(m + 1) == "been" || self.w(m + 1).ends_with("ed"))
                    };
                    if let Some(m) = self.range(p).skip(1).find(|&m| resumes(m)) {
                        p = self.piece(self.token_at(p.start)?, m)?;
                    }
                }
                if p.end <= speaker_span.start && !participle {
                    return None;
                }
                // "the union, which called the action", "called an emergency meeting to discuss
                // it": to call an event is to convene it, not speech (not "called the vote a
                // disgrace", "called the strike “…”")
                if lemma == "call" && self.called_event(p) {
                    return None;
                }
                // "announced the result: 128 in favour, 117 against": what is announced is
                // after the colon that closes the object
                // (a verb that makes a result known, not "learned the hard way: …")
                let announce = matches!(lemma, "announce" | "declare" | "confirm" | "publish" | "release" | "report" | "read");
                if let Some(o) = self.token_at(p.start).filter(|&o| announce && matches!(self.w(o), "the" | "its" | "his" | "her" | "their")) {
                    if let Some(c) = (o + 1..(o + 5).min(n)).find(|&m| self.raw(m) == ":").filter(|&c| c + 1 < n && self.toks[c + 1].span.start < p.end) {
                        if (o + 1..c).all(|m| self.word(m) && !self.quoted[m] && !self.verb_like(m)) {
                            p = self.piece(c + 1, self.token_at_end(p.end).map_or(n, |e| e + 1))?;
                        }
                    }
                }
                // "what he calls “paper inspections”, in which …": the label quoted after "what
                // X calls" is the whole content
                if matches!(lemma, "call" | "term" | "dub" | "label") && self.token_at(speaker_span.start).is_some_and(|s| s > 0 && self.w(s - 1) == "what") {
                    if let Some(o) = self.token_at(p.start).filter(|&o| is_open_mark(self.raw(o))) {
                        if let Some(c) = (o + 1..n).find(|&m| !self.quoted[m]).filter(|&c| is_close_mark(self.raw(c))) {
                            p.end = p.end.min(self.toks[c].span.end);
                        }
                    }
                }
                Some(Found {
                    via: quoted_as.and_then(|(_, _, v)| v),
                    cue,
                    speaker,
                    pieces: if lead.is_some() { [lead, Some(p)] } else { [Some(p), None] },
                    confidence: 0.7,
                })
            }
            Content::Before => {
                // "CONTENT, X said [adjuncts][, CONTENT2]."
                // ("CONTENT, RTN quoted the minister, Jo Li, as saying.": the clause ends before
                // the relay)
                let mut src_first = if inverted {
                    j
                } else if let Some((q, sp, via)) = quoted_as {
                    if sp.start < self.toks[q].span.start {
                        // "CONTENT, Li was quoted as saying (by Tass).": the subject speaks
                        self.token_at(sp.start)?
                    } else {
                        via.and_then(|v| self.token_at(v.start)).unwrap_or(q)
                    }
                } else {
                    self.token_at(speaker_span.start)?
                };
                let mut speaker = speaker;
                // "…, officials and aides said.": a coordinated subject
                if !inverted
                    && self.clause_start_before(src_first).is_none()
                    && src_first >= 2
                    && matches!(self.w(src_first - 1), "and" | "or")
                    && !self.quoted[src_first - 1]
                {
                    if let Some(first) = self.np_before(src_first - 2) {
                        if let Some(f) = self.token_at(first.start).filter(|&f| self.clause_start_before(f).is_some()) {
                            src_first = f;
                            speaker = Some(Span::new(first.start, speaker_span.end));
                        }
                    }
                }
                let b = self.clause_start_before(src_first)?;
                let p1 = self.piece(b, src_first).filter(|p| !self.short_phrase(*p))?;
                // after the cue: adjuncts, then the end or ", CONTENT2"
                let mut e = cue_end + 1;
                if inverted {
                    e = self.token_at_end(speaker_span.end)? + 1;
                }
                // ", the same front blamed for floods", "a trend analysts blamed on the drought": the
                // cue's own complement follows; the phrase before is its object, not a report
                if !inverted && e < n && matches!((lemma, self.w(e)), ("blame", "for" | "on") | ("praise" | "criticise" | "criticize" | "thank" | "credit", "for") | ("accuse", "of") | ("describe", "as")) {
                    return None;
                }
                let mut steps = 0;
                // ", said a handful of aides who …": a relative clause on the inverted subject
                let relative = inverted
                    && !SET_LEX_TELL_LIKE.contains(lemma)
                    && !SET_LEX_ASK_LIKE.contains(lemma)
                    && e < n
                    && self.word(e)
                    && matches!(self.w(e), "who" | "which");
                // (longer past a document and who carried it: "said in a statement relayed by
                // the state news agency ENA")
                let mut relayed_by = None;
                while !relative && e < n && self.raw(e) != "," && self.word(e) && (steps < 8 || steps < 14 && relayed_by.is_some()) {
                    if self.w(e) == "that" || self.cue_verb(e).is_some() {
                        return None;
                    }
                    if e >= cue_end + 2 && document_word(self.w(e - 1)) && matches!(self.w(e), "relayed" | "carried" | "published" | "posted" | "issued" | "released" | "distributed") && self.is(e + 1, "by") {
                        relayed_by = Some(e + 2);
                    }
                    e += 1;
                    steps += 1;
                }
                // "CONTENT, X said after three more bodies were found.": a clause of time after the
                // cue is where it was said, to the sentence end, with no cue or quotation of its own
                if !relative && e < n && self.word(e) && cue_end + 1 < n && matches!(self.w(cue_end + 1), "after" | "before" | "when" | "while" | "as" | "once" | "until") {
                    if (cue_end + 2..n).all(|m| !self.quoted[m] && self.cue_verb(m).is_none() && self.w(m) != "that" && !matches!(self.raw(m), "," | ";" | ":" | "(")) {
                        e = n;
                    }
                }
                // "…, its prime minister told the broadcaster NRT, quoted by the Meridian Wire
                // agency": the agency that relayed the words after the credit
                let quoted_by = (e + 3 < n && self.raw(e) == "," && matches!(self.w(e + 1), "quoted" | "cited") && self.is(e + 2, "by")).then_some(e + 3);
                if let Some(q) = quoted_by {
                    relayed_by = relayed_by.or(Some(q));
                    e = (q..n).find(|&m| matches!(self.raw(m), "." | ";" | "!" | "?")).unwrap_or(n);
                }
                let via = quoted_as.and_then(|(_, _, v)| v).or_else(|| relayed_by.and_then(|r| self.np_after(r))).filter(|v| quoted_as.is_some() || self.token_at_end(v.end).is_some_and(|l| self.outlet_word(l) || self.range(*v).any(|m| self.news_word(m))));
                let p1_quoted = self.all_quoted(p1);
                let p2 = if relative {
                    None
                } else if e < n && self.raw(e) == "," && !p1_quoted && (!inverted && self.second_piece_ok(e + 1) || self.continues_clause(b, src_first, e + 1)) {
                    // ("About 1.3 million ballots were cast, she said, and more than 4,000 …
                    // arrived late": the second clause without its "and")
                    let and = e + 2 < n && self.w(e + 1) == "and" && !self.quoted[e + 1] && self.word(e + 2) && !self.quoted[e + 2];
                    self.piece_to_end(if and { e + 2 } else { e + 1 })
                } else if e + 2 < n && self.raw(e) == "," && !p1_quoted && self.w(e + 1) == "but" && self.word(e + 2) && !self.quoted[e + 2] && SET_LEX_MODALS.contains(self.w(e + 2)) {
                    // "Patients should not stop the drug, it said, but should ask a pharmacist": the
                    // content's subject goes on with a second modal verb after "but"
                    self.piece_to_end(e + 2)
                } else if e < n && self.word(e) {
                    return None;
                } else {
                    None
                };
                let cue = self.direct_cue(cue, [Some(p1), p2]);
                Some(Found {
                    via,
                    cue,
                    speaker,
                    pieces: [Some(p1), p2],
                    confidence: 0.75,
                })
            }
        }
        .map(|mut f| {
            f.cue = self.direct_cue(f.cue, f.pieces);
            f
        })
    }

    /// `X told a meeting that "…", according to the news agency Tass`: a news outlet after
    /// "according to" relays a report whose words are quoted (the quotation carries the
    /// report and the relay); no report of its own.
    fn relays_quoted_report(&self, k: usize, f: &Found) -> bool {
        let (Some(p), Some(sp)) = (f.pieces[0], f.speaker) else { return false };
        self.w(k) == "according"
            && p.end <= f.cue.start
            && self.range(sp).any(|m| self.news_word(m))
            && self.range(p).any(|m| self.quoted[m])
            && self.range(p).any(|m| !self.quoted[m] && self.cue_verb(m).is_some_and(|(l, form)| matches!(form, Form::Past | Form::S) && (SET_LEX_SAY_LIKE.contains(l) || matches!(l, "tell" | "write" | "add"))))
    }

    /// "asked the board: “Why …”", "posted a message to her supporters as polls closed: '…'":
    /// the words after the cue up to a colon are its object and adjuncts, no clause, and the
    /// quotation after the colon is all that was said (the direct quote carries the cue).
    fn object_before_colon(&self, f: &Found) -> bool {
        let ([Some(p), None], Some(first)) = (f.pieces, self.token_at(f.pieces[0].map_or(0, |p| p.start))) else {
            return false;
        };
        if p.start < f.cue.end || self.quoted[first] {
            return false;
        }
        let r = self.range(p);
        let Some(colon) = r.clone().find(|&m| self.raw(m) == ":" && !self.quoted[m]) else {
            return false;
        };
        // (after the colon, only the quotation and its marks)
        if !(colon + 1..r.end).all(|m| self.quoted[m] || !self.word(m) && !self.raw(m).starts_with(|c: char| c.is_alphanumeric())) || !(colon + 1..r.end).any(|m| self.quoted[m]) {
            return false;
        }
        // (before it, no verb of a clause of its own before a subordinator: "that the plan was
        // simple: “…”" is content)
        for m in first..colon {
            if self.word(m) && (SET_LEX_SUBORDINATORS.contains(self.w(m)) || matches!(self.w(m), "as" | "when" | "after" | "before" | "while")) {
                break;
            }
            if self.word(m) && (self.w(m) == "that" || lex::is_be(self.w(m)) || SET_LEX_MODALS.contains(self.w(m)) || SET_LEX_HAVE_DO.contains(self.w(m)) || self.finite_verb_at(m)) {
                return false;
            }
        }
        true
    }

    /// "If the talks fail, she said, the strike will go ahead.": a subordinate clause opening
    /// the sentence, then the subject and its cue between commas, is the content's first piece.
    fn fronted_clause_lead(&self, speaker: Span) -> Option<Span> {
        let f = self.token_at(speaker.start)?;
        let b = usize::from(self.n() > 0 && SET_LEX_CONJ_START.contains(self.w(0)));
        if f < b + 3 || self.raw(f - 1) != "," || !self.word(b) || !matches!(self.w(b), "if" | "unless" | "once" | "until" | "with" | "when" | "because" | "although" | "though" | "while" | "since") {
            return None;
        }
        // (one clause: no other comma, mark or cue before the subject)
        if (b..f - 1).any(|m| !self.word(m) && !self.raw(m).starts_with(|c: char| c.is_ascii_digit()) && self.raw(m) != "%" || self.quoted[m] || self.cue_verb(m).is_some()) {
            return None;
        }
        self.piece(b, f - 1)
    }

    /// The object `p` of "call" is an event called (convened): an article, at most two
    /// modifiers and an event noun, then nothing or a preposition ("an emergency meeting to
    /// discuss the test", "the action.").
    fn called_event(&self, p: Span) -> bool {
        let r = self.range(p);
        // (not a call for one: "called for a vote on the plan")
        if r.is_empty() || !matches!(self.w(r.start), "a" | "an" | "the") || r.clone().any(|m| self.quoted[m]) || r.start > 0 && self.is(r.start - 1, "for") {
            return false;
        }
        let event = |w: &str| {
            matches!(
                w,
                "strike" | "strikes" | "action" | "election" | "elections" | "meeting" | "session" | "hearing" | "referendum" | "walkout" | "halt" | "rally" | "summit" | "conference" | "inquiry" | "recess" | "ceasefire" | "truce" | "ballot" | "vote"
            )
        };
        // (then the text goes on with a preposition, a reason, a reflexive or a time: "called
        // the vote himself last Thursday")
        (r.start + 1..(r.start + 4).min(r.end)).find(|&m| event(self.w(m))).is_some_and(|m| {
            m + 1 == r.end
                || SET_LEX_PREPOSITIONS.contains(self.w(m + 1))
                || matches!(self.w(m + 1), "following" | "after" | "because" | "over" | "himself" | "herself" | "itself" | "themselves" | "last" | "this" | "yesterday" | "today")
        })
    }

    /// "The group issued a statement on Monday saying it wants …": a document the subject puts
    /// out, with a participle of saying, reports the clause after the participle; the cue runs
    /// from the verb to the participle ("issued a statement saying", as PolNeAR marks it).
    fn document_saying(&self, k: usize) -> Option<Found> {
        let n = self.n();
        let mut m = k + 1;
        match self.w(k) {
            "put" | "puts" if self.is(k + 1, "out") => m += 1,
            "put" | "puts" => return None,
            w if crate::lexicon::is_put_out_verb(w) => {}
            _ => return None,
        }
        if k == 0 || m >= n || !matches!(self.w(m), "a" | "an" | "its" | "his" | "her" | "their") {
            return None;
        }
        // the document: at most two modifiers before its noun
        let doc = (m + 1..(m + 4).min(n)).take_while(|&x| self.word(x) && !self.quoted[x]).find(|&x| document_word(self.w(x)) || matches!(self.w(x), "tweet" | "note" | "communique" | "notice"))?;
        // then a short adjunct ("on Monday", "on its channel") and the participle
        let part = (doc + 1..(doc + 8).min(n)).take_while(|&x| self.word(x) && !self.quoted[x]).find(|&x| matches!(self.w(x), "saying" | "stating" | "declaring" | "announcing"))?;
        if (doc + 1..part).any(|x| self.cue_verb(x).is_some() || matches!(self.w(x), "that" | "which" | "who")) {
            return None;
        }
        let a = part + 1 + usize::from(self.is(part + 1, "that"));
        let p = self.piece_to_end(a)?;
        // the subject before the verb, past an auxiliary and an adverb ("has also posted")
        let mut v = k;
        while v > 0 && self.word(v - 1) && (SET_LEX_HAVE_DO.contains(self.w(v - 1)) || SET_LEX_ADVERBS.contains(self.w(v - 1)) || self.w(v - 1).ends_with("ly") && !self.capitalised(v - 1)) {
            v -= 1;
        }
        if v == 0 {
            return None;
        }
        // ("The Red Ridge Brigade, the group holding them, has posted …": past the apposition)
        let speaker = if self.raw(v - 1) == "," { self.subject_before_appositions(v)? } else if self.word(v - 1) { self.np_before(v - 1)? } else { return None };
        Some(Found {
            via: None,
            cue: self.span_of(k, part),
            speaker: Some(speaker),
            pieces: [Some(p), None],
            confidence: 0.7,
        })
    }

    /// "Noting that turnout was low, the mayor called …": a participle opening the sentence
    /// reports the clause up to its comma, credited to the subject after the comma.
    fn fronted_participle(&self, cue: Span, cue_end: usize, lemma: &str) -> Option<Found> {
        let a = cue_end + 1;
        // "After saying he was tired, the driver …": a bare clause after a speech verb
        let bare = SET_LEX_SAY_LIKE.contains(lemma) && a < self.n() && self.subject_start(a);
        if !self.is(a, "that") && !bare {
            return None;
        }
        let n = self.n().min(a + WINDOW);
        let c = (a + 1..n).find(|&m| self.raw(m) == "," && !self.quoted[m])?;
        let np = self.np_after(c + 1)?;
        // the subject ends before its verb ("the ranger closed …")
        let r = self.range(np);
        let last = (r.start..r.end)
            .take_while(|&m| {
                m == r.start
                    || self.capitalised(m)
                    || !(self.w(m).ends_with("ed") || verb(self.w(m)).is_some() || SET_LEX_IRREGULAR_PAST.contains(self.w(m)))
            })
            .last()?;
        let speaker = self.span_of(r.start, last);
        let piece = self.piece(a, c)?;
        Some(Found {
            via: None,
            cue,
            speaker: Some(speaker),
            pieces: [Some(piece), None],
            confidence: 0.6,
        })
    }

    /// "a letter that he said was drafted by aides", "which critics say is the best": the
    /// relative pronoun and the predicate after the cue are the content.
    fn object_relative(&self, speaker: Span, cue: Span, cue_end: usize) -> Option<Found> {
        let first = self.token_at(speaker.start)?;
        if first == 0 || !matches!(self.w(first - 1), "that" | "which" | "who" | "what") || self.quoted[first - 1] {
            return None;
        }
        let a = cue_end + 1;
        if a >= self.n() || !self.word(a) || self.quoted[a] {
            return None;
        }
        let nx = self.w(a);
        if !(lex::is_be(nx) || SET_LEX_MODALS.contains(nx) || matches!(nx, "has" | "have" | "had")) {
            return None;
        }
        let end = self.clause_end(a);
        let end = (a + 1..end).find(|&m| self.raw(m) == "," && !self.quoted[m]).unwrap_or(end);
        let rest = self.piece(a, end)?;
        Some(Found {
            via: None,
            cue,
            speaker: Some(speaker),
            pieces: [Some(self.toks[first - 1].span), Some(rest)],
            confidence: 0.6,
        })
    }

    /// The object of a transitive cue ("endorsed her in March", "cited the report, which …"):
    /// up to a comma, a dash, a subordinate clause or an adjunct of time, place or medium.
    fn object_piece(&self, a: usize) -> Option<Span> {
        let end = self.clause_end(a);
        let mut e = end;
        for m in a + 1..end {
            if self.quoted[m] {
                continue;
            }
            let r = self.raw(m);
            if matches!(r, "," | "\u{2014}" | "\u{2013}" | "--" | "(") && !self.digit_comma(m)
                || self.word(m)
                    && (SET_LEX_SUBORDINATORS.contains(self.w(m))
                        || matches!(self.w(m), "when" | "where" | "even")
                        || matches!(self.w(m), "in" | "at" | "on" | "during" | "last" | "this")
                            && self.adjunct_len(m).is_some()
                        // "endorsed Rivera and campaigned for her": a second verb of the subject
                        || matches!(self.w(m), "and" | "but") && self.finite_verb_at(m + 1))
            {
                e = m;
                break;
            }
        }
        while e > a && !self.word(e - 1) && !is_close_mark(self.raw(e - 1)) {
            e -= 1;
        }
        if e <= a || !(self.word(a) || is_open_mark(self.raw(a))) {
            return None;
        }
        self.fit(self.span_of(a, e - 1))
    }

    /// Token `m` may be the verb of a clause: an auxiliary, a modal, a past or cue-verb form.
    fn verb_like(&self, m: usize) -> bool {
        let w = self.w(m);
        self.word(m)
            && (lex::is_be(w)
                || SET_LEX_HAVE_DO.contains(w)
                || SET_LEX_MODALS.contains(w)
                || SET_LEX_IRREGULAR_PAST.contains(w)
                || w.ends_with("ed")
                || self.verbs[m].is_some())
    }

    /// The sentence ends without a full stop or closing mark: a headline or a standfirst.
    fn unstopped(&self) -> bool {
        !matches!(self.raw(self.n() - 1), "." | "!" | "?" | "\u{201d}" | "\"")
    }

    /// An auxiliary, a modal or a finite verb at `m`: the verb a clause needs.
    fn aux_or_finite(&self, m: usize) -> bool {
        let w = self.w(m);
        lex::is_be(w) || SET_LEX_MODALS.contains(w) || SET_LEX_HAVE_DO.contains(w) || self.finite_verb_at(m)
    }

    /// Token `k` (after optional adverbs) is a lowercase past-tense or -s verb form.
    fn finite_verb_at(&self, k: usize) -> bool {
        let mut k = k;
        while k < self.n() && self.word(k) && SET_LEX_ADVERBS.contains(self.w(k)) {
            k += 1;
        }
        if k >= self.n() || !self.word(k) || self.quoted[k] || self.capitalised(k) {
            return false;
        }
        let w = self.w(k);
        matches!(self.cue_verb(k), Some((_, Form::Past | Form::S)))
            || (w.len() > 4 && w.ends_with("ed") || SET_LEX_IRREGULAR_PAST.contains(w)) && !SET_LEX_DETERMINERS.contains(self.w(k - 1))
    }

    /// `"…," McCain said, citing …`, `"…," he told the crowd, adding …`: the speaker of a
    /// direct quote whose cue or speaker ends right before the comma at token `c`, or
    /// before a short object or adjunct of the cue (a few words, no punctuation).
    fn direct_speaker_before(&self, c: usize) -> Option<Span> {
        let at = self.toks[c].span.start;
        let i = self.direct.partition_point(|q| q.start < at);
        let q = self.direct.get(i.checked_sub(1)?)?;
        let sp = q.speaker.as_ref()?.span();
        let cue = q.cue?;
        let last = sp.end.max(cue.end);
        // `Li fired back: “…,” referencing …`: the quote the participle follows, credited
        // before its colon in this sentence
        let colon = || self.text.get(last..q.start).is_some_and(|g| g.len() < 24 && g.trim_end_matches(|ch: char| ch.is_whitespace() || matches!(ch, '"' | '\'' | '\u{201c}' | '\u{2018}')).ends_with(':'));
        if sp.start >= self.span.start && last <= q.start && q.end <= at && colon() && self.text.get(q.end..at).is_some_and(|g| g.chars().all(|ch| ch.is_whitespace() || matches!(ch, ',' | '"' | '\'' | '\u{201d}' | '\u{2019}'))) {
            return Some(sp);
        }
        if sp.start < self.span.start || last > at || q.end > sp.start.min(cue.start) {
            return None;
        }
        let gap = self.text.get(last..at)?;
        // (or the speaker's apposition: `said Ana Lind, a fellow at the institute, adding …`)
        let (gap, most) = match gap.strip_prefix(", ") {
            Some(g) if g.starts_with(|c: char| c.is_alphabetic()) => (g, 12),
            _ => (gap, 6),
        };
        let short = gap.split_whitespace().count() <= most
            && gap.chars().all(|ch| ch.is_alphanumeric() || ch.is_whitespace() || matches!(ch, '\'' | '\u{2019}' | '-' | '.'));
        short.then_some(sp)
    }

    /// The cue of a direct quote inside the pieces that starts where `cue` starts,
    /// so that the quote and the clause read as one attribution.
    fn direct_cue(&self, cue: Span, pieces: [Option<Span>; 2]) -> Span {
        for p in pieces.iter().flatten() {
            let first = self.direct.partition_point(|q| q.start < p.start);
            for q in self.direct[first..].iter().take_while(|q| q.start < p.end) {
                if let Some(c) = q.cue {
                    if p.contains(q.span()) && c.start == cue.start {
                        return c;
                    }
                }
            }
        }
        cue
    }

    /// "In the early 1990s": a short phrase opened by a preposition, not a clause.
    fn short_phrase(&self, p: Span) -> bool {
        let Some(first) = self.token_at(p.start) else {
            return false;
        };
        let w = self.w(first);
        // "This campaign, he says, …" is a subject; "This week, he says, …" an adjunct
        let time_det = matches!(w, "this" | "last" | "late" | "early");
        // ("About 14,800 hectares have burned": an approximator before a clause's subject)
        let clause = w == "about" && self.range(p).any(|m| self.word(m) && (matches!(self.w(m), "have" | "has" | "had" | "were" | "was" | "are" | "is") || self.finite_verb_at(m)));
        self.word(first)
            && (SET_LEX_PREPOSITIONS.contains(w) || SET_LEX_ADJUNCT_START.contains(w))
            && !clause
            && (!time_det || first + 1 < self.n() && SET_LEX_TIME_WORDS.contains(self.w(first + 1)))
            && self.range(p).filter(|&m| self.word(m)).count() < 6
    }

    /// No word of `p` lies outside direct quotes.
    fn all_quoted(&self, p: Span) -> bool {
        self.range(p).all(|k| !self.word(k) || self.quoted[k])
    }

    /// Indices of the tokens inside `p` (binary search: tokens are in text order).
    fn range(&self, p: Span) -> std::ops::Range<usize> {
        let a = self.toks.partition_point(|t| t.span.start < p.start);
        let b = self.toks.partition_point(|t| t.span.end <= p.end);
        a..b.max(a)
    }

    /// The words after "A, X said," continue the content (not an adjunct or a new cue).
    fn second_piece_ok(&self, a: usize) -> bool {
        if a >= self.n() || !self.word(a) {
            return a < self.n() && is_open_mark(self.raw(a));
        }
        let w = self.w(a);
        // "this week" opens an adjunct, "this effect" a subject
        let time_det = matches!(w, "this" | "last" | "late" | "early") && !(a + 1 < self.n() && SET_LEX_TIME_WORDS.contains(self.w(a + 1)));
        !(SET_LEX_PREPOSITIONS.contains(w)
            || SET_LEX_ADJUNCT_START.contains(w) && !time_det
            || SET_W_SECOND_PIECE_OK.contains(w)
            || w.ends_with("ing")
            || self.cue_verb(a).is_some()
            // (", short of the forecast", ", compared with 4% a year ago", ", down from 6%": the
            // writer's comparison of the figure reported)
            || a + 1 < self.n() && matches!((w, self.w(a + 1)), ("short" | "ahead", "of") | ("compared", "with" | "to") | ("down" | "up", "from"))
            // ", and experts say …": a new cue clause with its own subject, not more content
            || w == "and"
                && a + 1 < self.n()
                && self.word(a + 1)
                && self.cue_verb(a + 1).is_none()
                && !SET_LEX_HAVE_DO.contains(self.w(a + 1))
                && !SET_LEX_ADVERBS.contains(self.w(a + 1))
                && self.new_cue_clause(a + 1)
            // ", Ware insists that …": a speech verb with its own subject and a that-clause
            || self.speech_clause_at(a)
            || SET_LEX_DETERMINERS.contains(w) && self.apposition_like(a)
            // (", a result they described as “…”": a noun with a speech clause of its own)
            || SET_LEX_DETERMINERS.contains(w)
                && (a + 1..(a + 5).min(self.n())).any(|m| self.word(m) && SET_LEX_SUBJECT_PRONOUNS.contains(self.w(m)) && self.cue_verb(m + 1).is_some_and(|(_, f)| matches!(f, Form::Past | Form::S))))
    }

    /// "The argument would be aided, Devine said, by the calendar": after a first piece that
    /// is a clause (a finite verb in `b..f`), a prepositional phrase or a participle at `a`
    /// goes on with it (an absolute "with" after any finite verb: "The toll rose to 143, the
    /// service said, with 1,276 people injured").
    fn continues_clause(&self, b: usize, f: usize, a: usize) -> bool {
        a < self.n()
            && self.word(a)
            && !self.quoted[a]
            && (SET_LEX_PREPOSITIONS.contains(self.w(a)) && self.w(a) != "according" || self.w(a) == "including")
            && (b..f).any(|m| lex::is_be(self.w(m)) || SET_LEX_MODALS.contains(self.w(m)) || SET_LEX_HAVE_DO.contains(self.w(m)) || self.w(a) == "with" && self.finite_verb_at(m))
            && !self.writer_comment(a)
    }

    /// "in the clearest sign yet of a thaw", "in a move that …", "in a rebuke to …": the
    /// writer's comment on the report, no part of what was said.
    fn writer_comment(&self, a: usize) -> bool {
        self.is(a, "in")
            && matches!(self.w(a + 1), "a" | "an" | "the" | "what")
            && (a + 2..(a + 7).min(self.n())).take_while(|&m| self.word(m)).any(|m| {
                matches!(
                    self.w(m),
                    "sign" | "move" | "step" | "blow" | "boost" | "rebuke" | "reversal" | "shift" | "departure" | "signal" | "indication" | "snub" | "setback" | "bid" | "effort" | "attempt" | "escalation" | "twist" | "u-turn" | "admission" | "nod" | "swipe" | "jab"
                )
            })
    }

    /// "a former aide to the mayor" up to the sentence end: a noun phrase with no verb.
    fn apposition_like(&self, a: usize) -> bool {
        let mut k = a;
        // (an amount inside: ", a 14% raise spread over four years, fell …")
        // (and a quoted nickname: ", a former sergeant known as "the Teacher", was among …")
        while k < self.n() && (self.word(k) || matches!(self.raw(k), "%" | "$" | "\u{a3}" | "\u{20ac}") || is_open_mark(self.raw(k)) || is_close_mark(self.raw(k))) {
            if k - a > 24 {
                return false;
            }
            let w = self.w(k);
            if lex::is_be(w) || SET_LEX_HAVE_DO.contains(w) || SET_LEX_MODALS.contains(w) || SET_LEX_NEGATIONS.contains(w) || w.ends_with("ed") || w == "said" {
                return false;
            }
            k += 1;
        }
        // it closes the sentence: ", a claims adjuster, would lead …" is an aside inside
        k >= self.n() || !matches!(self.raw(k), "," | ";" | "(")
    }

    fn token_at(&self, start: usize) -> Option<usize> {
        let k = self.toks.partition_point(|t| t.span.start < start);
        (k < self.n() && self.toks[k].span.start == start).then_some(k)
    }

    fn token_at_end(&self, end: usize) -> Option<usize> {
        let k = self.toks.partition_point(|t| t.span.end < end);
        (k < self.n() && self.toks[k].span.end == end).then_some(k)
    }

    /// `", said the official."`: the subject after the cue ends its clause
    /// (sentence end, comma, or adjuncts up to them).
    /// The sentence up to the comma at token `c` is a name and its apposition, with no verb:
    /// "Jo Mwangi, 34, a nurse from Tregarth, said her fix ends in April" (the subject of the
    /// cue after it, not content before an inverted "said her fix …").
    fn name_with_apposition(&self, c: usize) -> bool {
        let Some(first) = (0..c).find(|&m| self.raw(m) == ",") else {
            return false;
        };
        let name = |r: std::ops::Range<usize>| r.clone().all(|m| self.word(m) && !self.quoted[m] && self.capitalised(m));
        first >= 1
            && first + 1 < c
            && (name(0..first) && (self.raw(first + 1).bytes().all(|b| b.is_ascii_digit()) || matches!(self.w(first + 1), "a" | "an" | "the"))
                && (first + 1..c).all(|m| !self.quoted[m] && !self.verb_like(m))
                // (or a title and the name after it: "The speaker, Anna Voss, announced the
                // result: …")
                || first <= 4 && matches!(self.w(0), "the" | "a" | "an" | "its" | "his" | "her" | "their") && (1..first).all(|m| self.word(m) && !self.quoted[m] && !self.verb_like(m)) && c <= first + 5 && name(first + 1..c))
    }

    fn inverted_ok(&self, sp: Span) -> bool {
        let n = self.n();
        let Some(mut e) = self.token_at_end(sp.end).map(|e| e + 1) else {
            return false;
        };
        for _ in 0..3 {
            match self.adjunct_len(e) {
                Some(l) => e += l,
                None => break,
            }
        }
        // "…, said Ms. Ek, 47, had spent …": a finite verb after the apposition makes the name
        // the subject of the content, no inverted speaker
        if e < n && self.raw(e) == "," {
            // ("…, said her grandfather, 74, needed medicine": a past verb too)
            let aux = |k: usize| self.raw(k) == "," && k + 1 < n && (matches!(self.w(k + 1), "had" | "has" | "have" | "was" | "is" | "were" | "are" | "would" | "will" | "could" | "can" | "did") || self.finite_verb_at(k + 1) && self.cue_verb(k + 1).is_none());
            if let Some(k) = (e + 1..n.min(e + 8)).find(|&m| !self.word(m) || self.quoted[m]) {
                if aux(k) {
                    return false;
                }
            }
            // (… or after a relative clause: "said the draft budget, which foresees spending of
            // 2.41 trillion crowns ($104bn), would now be frozen")
            if e + 1 < n && matches!(self.w(e + 1), "which" | "who") && self.relative_clause_end(e + 2).is_some_and(aux) {
                return false;
            }
        }
        e >= n
            || matches!(self.raw(e), "," | "." | "!" | "?" | ";" | ":" | ")" | "\u{2014}")
            || matches!(self.w(e), "who" | "which")
    }

    /// Where the content after a cue ending at token `a - 1` starts, skipping an
    /// object ("told reporters"), adjuncts ("on Tuesday", "in a statement") and
    /// "that"; `None` when nothing clause-like follows.
    fn content_after(&self, a: usize, lemma: &str) -> Option<(usize, bool)> {
        let n = self.n();
        if a >= n {
            return None;
        }
        let a0 = a;
        let mut a = a;
        // "said of the vote: “…”": a colon after the topic introduces a direct quote
        if self.is(a, "of") {
            let colon = (a + 1..(a + 10).min(n)).find(|&m| !self.word(m) || self.quoted[m]);
            if colon.is_some_and(|c| self.raw(c) == ":" && (c + 1..(c + 3).min(n)).any(|m| self.quoted[m])) {
                return None;
            }
        }
        // "telling the Commons to cheers from her own benches:" and the quotation in the next
        // paragraph: the addressee and adjuncts before a colon that ends the sentence (or opens
        // a quotation) are no content
        // (not a thing listed, proposed or sent: "listed his favourite show: …", "emailed a
        // link with one sentence: …" keep their object)
        let to_someone = SET_LEX_TELL_LIKE.contains(lemma) || matches!(lemma, "say" | "add" | "write" | "post" | "ask" | "tweet" | "reply");
        if let Some(c) = (a..(a + 14).min(n)).find(|&m| !self.word(m) || self.quoted[m]).filter(|_| to_someone) {
            if c > a
                && self.raw(c) == ":"
                && !self.quoted[c]
                && (c + 1 >= n || self.quoted[c + 1] || is_open_mark(self.raw(c + 1)))
                && (a..c).all(|m| !self.aux_or_finite(m) && self.w(m) != "that")
            {
                a = c;
            }
        }
        // "said simply: “…”", "added drily: “…”": an adverb of manner before the colon of a
        // direct quote is no content
        if let Some(c) = (a..(a + 3).min(n)).find(|&m| !self.word(m) || self.quoted[m] || !self.w(m).ends_with("ly")) {
            if c > a && self.raw(c) == ":" && !self.quoted[c] && (c + 1..(c + 3).min(n)).any(|m| self.quoted[m]) {
                a = c;
            }
        }
        // "warned farmers of a long drought", "warns staff of 'hard year'": what was warned of
        // (the people warned right after the verb: not "warned of the dangers of …")
        if lemma == "warn" && a > 0 && self.cue_verb(a - 1).is_some() && self.word(a) && !self.quoted[a] && !matches!(self.w(a), "of" | "that" | "against" | "about") {
            let of = (a + 1..(a + 3).min(n)).take_while(|&m| self.word(m) && !self.quoted[m]).find(|&m| self.w(m) == "of");
            let people = |m: usize| {
                let w = self.w(m);
                // (agent nouns in "-ers": "growers", "voters", "passengers")
                SET_LEX_OBJECT_PRONOUNS.contains(w) || crate::names::is_role_or_plural(w) || w.len() > 5 && w.ends_with("ers") || matches!(w, "staff" | "employees" | "investors" | "residents" | "users" | "public" | "parents" | "people" | "clients" | "citizens" | "fans" | "colleagues" | "allies")
            };
            if let Some(of) = of.filter(|&of| of + 1 < n && people(of - 1)) {
                return Some((of + 1, false));
            }
        }
        // "disputed that account.": a determiner before the one noun denied
        if lex::DENY_LIKE.contains(&lemma) && self.is(a, "that") && a + 2 < n && self.word(a + 1) && !self.quoted[a + 1] && !self.capitalised(a + 1) && !SET_LEX_SUBJECT_PRONOUNS.contains(self.w(a + 1)) && !self.word(a + 2) && !self.quoted[a + 2] {
            return Some((a, false));
        }
        // "that" within a short stretch of object/adjunct words
        let mut that_at = None;
        for m in a..(a + 9).min(n) {
            if self.quoted[m] || !self.word(m) {
                break;
            }
            // (not "in that case": a determiner after a preposition)
            if self.w(m) == "that" && !(m > a && SET_LEX_PREPOSITIONS.contains(self.w(m - 1))) {
                that_at = Some(m);
                break;
            }
            // ("in a statement released by her publicist that …": a participle of the document)
            let of_document = m > a && self.is(m + 1, "by") && document_word(self.w(m - 1)) && self.w(m).ends_with("ed");
            // (a clause's own verb ends the stretch: "told the court Reith held the papers and
            // that …" reports both clauses)
            if (self.cue_verb(m).is_some() || lex::is_be(self.w(m)) || m > a && self.finite_verb_at(m) && !(a..m).any(|k| matches!(self.w(k), "who" | "which"))) && !of_document {
                break;
            }
        }
        if that_at.is_none() && SET_LEX_TELL_LIKE.contains(lemma) {
            // "told a town hall in Salem, New Hampshire, on Monday that …": a longer addressee
            // (with a short title in quotation marks: "told MSNBC's “Morning Joe” that …")
            let mut title = 0;
            // (past a relative clause in commas: "told analysts on the call, which lasted 75
            // minutes, that …")
            let mut aside_end = 0;
            for m in a..(a + 24).min(n) {
                if m < aside_end {
                    continue;
                }
                if m > a && self.raw(m - 1) == "," && matches!(self.w(m), "which" | "who") {
                    if let Some(c) = (m + 1..(m + 12).min(n)).find(|&k| self.raw(k) == "," || self.quoted[k] || matches!(self.raw(k), "." | ";")).filter(|&k| self.raw(k) == "," && self.is(k + 1, "that")) {
                        aside_end = c + 1;
                        continue;
                    }
                }
                let mark = !self.word(m) && (is_open_mark(self.raw(m)) || is_close_mark(self.raw(m)));
                if self.quoted[m] || mark {
                    title += 1;
                    if title > 8 {
                        break;
                    }
                    continue;
                }
                if !self.word(m) && !matches!(self.raw(m), "," | "." | "(" | ")") {
                    break;
                }
                let w = self.w(m);
                if w == "that" {
                    that_at = Some(m);
                    break;
                }
                if self.cue_verb(m).is_some() || lex::is_be(w) || SET_LEX_MODALS.contains(w) || matches!(w, "and" | "but" | "who" | "which") {
                    break;
                }
            }
        }
        if let Some(t) = that_at {
            let gap_ok = (a..t).all(|m| {
                let w = self.w(m);
                self.capitalised(m)
                    || SET_LEX_ADJUNCT_WORDS.contains(w)
                    || SET_LEX_OBJECT_PRONOUNS.contains(w)
                    || SET_LEX_DETERMINERS.contains(w)
                    || SET_LEX_PREPOSITIONS.contains(w)
                    || SET_LEX_TIME_WORDS.contains(w)
                    || w.ends_with("day")
                    || w == "reporters"
            });
            // "said after a lunch with donors that …": a prepositional adjunct of any nouns
            let pp_gap = t > a
                && t - a <= 8
                && self.word(a)
                && SET_LEX_ADJUNCT_START.contains(self.w(a))
                && (a..t).all(|m| {
                    let w = self.w(m);
                    // ("in an update to customers", not "said to be" nor "responded on
                    // Friday to accusations that …", whose clause is the accusations')
                    let head = self.w(t - 1);
                    let to_noun = m > a
                        && m + 1 < t
                        && (SET_LEX_DETERMINERS.contains(self.w(m + 1)) || self.capitalised(m + 1) || lex::plural_noun(self.w(m + 1)))
                        && !SET_LEX_NOUN_CUES.contains(head.strip_suffix('s').unwrap_or(head));
                    !SET_LEX_NP_STOP.contains(w) || SET_LEX_PREPOSITIONS.contains(w) && (w != "to" || to_noun)
                });
            if gap_ok || pp_gap || SET_LEX_TELL_LIKE.contains(lemma) {
                return Some((t + 1, false));
            }
        }
        if let Some(t) = self.that_after_adjuncts(a).or_else(|| self.that_after_speech_noun(a)) {
            return Some((t + 1, false));
        }
        // "…, the minister told a press conference in Santa Olga.": an audience and where, no
        // clause after the cue (what was said comes before it)
        if that_at.is_none() && SET_LEX_TELL_LIKE.contains(lemma) {
            let after_audience = if matches!(self.w(a), "reporters" | "journalists") {
                Some(a + 1)
            } else if matches!(self.w(a), "a" | "the") && (self.is(a + 1, "press") || self.is(a + 1, "news")) && self.is(a + 2, "conference") {
                Some(a + 3)
            } else {
                None
            };
            if after_audience.is_some_and(|m| m >= n || matches!(self.raw(m), "." | ",") || matches!(self.w(m), "in" | "on" | "at" | "after" | "before" | "during")) {
                return None;
            }
            // "…, one of the rescuers told local radio.": a short addressee ending the sentence
            // (or before the relay that carried it: "…, a spokesperson told the regional daily
            // Litoral Azi, according to the Danubia agency.")
            let relay = |m: usize| self.raw(m) == "," && self.is(m + 1, "according") && self.is(m + 2, "to");
            let rest = a..(a..n).find(|&m| matches!(self.raw(m), "." | "!" | "?") || relay(m)).unwrap_or(n);
            let ends = rest.end >= n || self.raw(rest.end) == "." && !self.abbrev(rest.end - 1) || relay(rest.end);
            // (not "told pupils to stay home", "warned of delays as tracks buckle")
            if lemma == "tell" && ends && !rest.is_empty() && rest.len() <= 5 && rest.clone().all(|m| self.word(m) && !self.quoted[m] && self.cue_verb(m).is_none() && !self.verb_like(m) && !SET_LEX_SUBJECT_PRONOUNS.contains(self.w(m)) && !matches!(self.w(m), "to" | "of" | "as" | "that" | "about") && !self.w(m).contains(['\'', '\u{2019}'])) {
                return None;
            }
        }
        if SET_LEX_TO_ONLY.contains(lemma) && !self.is(a, "to") {
            return None;
        }
        // "briefed reporters that …" reports; "briefed the ambassador at the site" does not
        if lemma == "brief" && !(a0..a).any(|m| self.w(m) == "that" && !self.quoted[m]) {
            return None;
        }
        // "Linmoor replied through Wierzba's free-kick on 38 minutes": a reply "through" or
        // "with" something, no clause nor quotation after it, is a deed (a goal back), not words
        if matches!(lemma, "reply" | "respond") && matches!(self.w(a0), "through" | "with" | "within") && a < n && !self.quoted[a] && !is_open_mark(self.raw(a)) {
            let clause = (a..n.min(a + 20)).take_while(|&m| !matches!(self.raw(m), "." | ";" | "!" | "?" | ",")).any(|m| self.quoted[m] || self.aux_or_finite(m) || matches!(self.w(m), "that" | "it" | "he" | "she" | "they" | "we" | "i"));
            if !clause {
                return None;
            }
        }
        if SET_LEX_THAT_ONLY.contains(lemma) {
            // "knew they were late", "learned how the plan failed": a bare clause or a
            // wh-clause is a report too; "found a job", "felt for me" are not
            let w = if a < n && self.word(a) && !self.quoted[a] { self.w(a) } else { "" };
            let bare = matches!(w, "he" | "she" | "they" | "we" | "i" | "you")
                && a + 1 < n
                && self.word(a + 1)
                && !SET_LEX_PREPOSITIONS.contains(self.w(a + 1));
            let wh = matches!(lemma, "know" | "learn" | "realize")
                && matches!(w, "how" | "what" | "why" | "where" | "whether" | "if" | "who" | "when");
            // "knew the vote was lost": a noun phrase with a finite verb after it
            let np_clause = matches!(lemma, "know" | "learn" | "realize")
                && (SET_LEX_DETERMINERS.contains(w) || self.capitalised(a) && !self.quoted[a])
                && (a + 1..(a + 6).min(n))
                    .take_while(|&m| self.word(m) && !self.quoted[m])
                    .any(|m| matches!(self.w(m), "is" | "was" | "are" | "were" | "has" | "had" | "have" | "will" | "would" | "could" | "can"));
            if !(bare || wh || np_clause) {
                return None;
            }
        }
        // "wrote 212 checks", "wrote two novels": things written, counted ("recalls 410,000 units":
        // products recalled)
        if matches!(lemma, "write" | "recall") && a < n && (self.raw(a).starts_with(|c: char| c.is_ascii_digit()) || matches!(self.w(a), "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten" | "dozens" | "hundreds" | "thousands")) {
            return None;
        }
        // "questioned more than 12,000 voters": people polled, not a question asked
        if lemma == "question" && a < n && (a..(a + 3).min(n)).any(|m| self.raw(m).starts_with(|c: char| c.is_ascii_digit())) {
            return None;
        }
        // "added a second on 58 minutes", "added another goal": a thing added, no clause with a verb
        // ("Airlines have added extra flights": any object with no verb after it)
        // "posted a photograph of the two of them": a picture posted, no words
        // ("posted a third-quarter loss of €412m": results, no words)
        if lemma == "post" && (a..(a + 4).min(n)).take_while(|&m| self.word(m) && !self.quoted[m]).any(|m| matches!(self.w(m), "photo" | "photograph" | "picture" | "video" | "image" | "selfie" | "photos" | "photographs" | "pictures" | "videos" | "images" | "loss" | "losses" | "profit" | "profits" | "deficit" | "surplus" | "results" | "earnings" | "revenue" | "gain" | "gains")) {
            return None;
        }
        if lemma == "add"
            && a < n
            && self.word(a)
            && !self.quoted[a]
            && !SET_LEX_SUBJECT_PRONOUNS.contains(self.w(a))
            && !matches!(self.w(a), "that" | "this" | "there" | "it")
            && !(a..(a + 8).min(n))
                .take_while(|&m| self.word(m) && !self.quoted[m])
                .any(|m| lex::is_be(self.w(m)) || matches!(self.w(m), "has" | "had" | "have" | "will" | "would" | "could" | "can" | "may" | "might" | "should") || self.finite_verb_at(m))
        {
            return None;
        }
        if SET_LEX_AS_ONLY.contains(lemma)
            && !(a..(a + 8).min(n)).take_while(|&m| self.word(m)).any(|m| self.w(m) == "as")
        {
            return None;
        }
        if SET_LEX_TELL_LIKE.contains(lemma) {
            let addressee = a;
            // skip the addressee: "told reporters", "told CNN", "told him"
            if a < n && SET_LEX_OBJECT_PRONOUNS.contains(self.w(a)) {
                a += 1;
            } else {
                let s = a;
                if a < n && SET_LEX_DETERMINERS.contains(self.w(a)) {
                    a += 1;
                }
                let names = a;
                // (a number in a station's name: "BBC Radio 4's Today programme", "Channel 5")
                let station_number = |a: usize| a > names && self.capitalised(a - 1) && self.raw(a).len() <= 4 && self.raw(a).starts_with(|c: char| c.is_ascii_digit());
                while a < n && a - s < 6 && (self.capitalised(a) || self.raw(a) == "." && a > 0 && self.abbrev(a - 1) || station_number(a)) {
                    a += 1;
                }
                // "tells Gerald Pell, 61, he …": a named addressee's age in commas
                if a > names && a + 3 < n && self.raw(a) == "," && self.raw(a + 2) == "," && crate::names::is_age_digits(self.raw(a + 1)) && matches!(self.w(a + 3), "he" | "she" | "they" | "we" | "i" | "that") {
                    a += 3;
                }
                if a > names && a < n && matches!(self.w(a), "programme" | "program" | "show" | "newspaper" | "podcast" | "committee" | "panel" | "channel" | "station" | "network" | "magazine" | "website" | "audience" | "crowd") {
                    // "told the BBC's Today programme he …": a name before the addressee's noun
                    a += 1;
                } else if a == names && a > s {
                    // "told the audience he …": one common noun
                    if a < n && self.word(a) && !SET_LEX_NP_STOP.contains(self.w(a)) {
                        a += 1;
                        // ("told the news site Dnesek": a medium's noun after a first noun)
                        let medium = |w: &str| matches!(w, "site" | "website" | "portal" | "outlet" | "agency" | "channel" | "station" | "network" | "programme" | "program" | "paper" | "newspaper" | "magazine" | "broadcaster" | "podcast");
                        if a < n && medium(self.w(a)) && !self.quoted[a] {
                            a += 1;
                        }
                        // ("told the broadcaster NRT, quoted by …": the outlet's name after its noun)
                        if self.outlet_word(a - 1) || medium(self.w(a - 1)) {
                            while a < n && a - s < 6 && self.word(a) && self.capitalised(a) && !self.quoted[a] {
                                a += 1;
                            }
                        }
                        // "told the club's website he …": a possessive before the noun
                        let w = self.w(a - 1);
                        if (w.ends_with("'s") || w.ends_with("\u{2019}s")) && a < n && self.word(a) && !SET_LEX_NP_STOP.contains(self.w(a)) {
                            a += 1;
                        }
                    } else {
                        return None;
                    }
                } else if a == s
                    && a + 1 < n
                    && self.word(a)
                    && ((self.w(a).ends_with('s') || matches!(self.w(a), "staff" | "parliament" | "congress" | "police" | "everyone")) && (self.subject_start(a + 1) || matches!(self.w(a + 1), "that" | "if" | "whether"))
                        // ("Engineer tells inquest footbridge victims '…'": a hearing told, in a
                        // headline's bare words)
                        || matches!(self.w(a), "inquest" | "court" | "jury" | "hearing" | "tribunal" | "inquiry" | "committee" | "summit" | "rally") && self.word(a + 1) && !self.quoted[a + 1] && !SET_LEX_PREPOSITIONS.contains(self.w(a + 1)) && !SET_LEX_NP_STOP.contains(self.w(a + 1))
                        || !SET_LEX_NP_STOP.contains(self.w(a)) && matches!(self.w(a + 1), "he" | "she" | "they" | "we" | "i"))
                {
                    // "told voters she …", "told parliament she …"
                    a += 1;
                }
            }
            // "warned the strike would be felt for weeks": a noun before the content's own
            // verb is its subject, no addressee (and so is "it" or "you": "warned it could slip")
            if a > addressee && a < n && self.word(a) && !self.quoted[a] && (!SET_LEX_OBJECT_PRONOUNS.contains(self.w(addressee)) || matches!(self.w(addressee), "it" | "you")) && (SET_LEX_MODALS.contains(self.w(a)) || lex::is_be(self.w(a)) || matches!(self.w(a), "has" | "had" | "have")) {
                a = addressee;
            }
            // "told party leaders they …", "told the local reporters he …": a longer plain
            // addressee before a subject pronoun
            // (also past when: "told cabinet ministers on Thursday morning there would be …")
            if a < n && !matches!(self.w(a), "he" | "she" | "they" | "we" | "i") {
                let there = |p: usize| self.w(p) == "there" && p + 1 < n && (SET_LEX_MODALS.contains(self.w(p + 1)) || lex::is_be(self.w(p + 1)));
                // (or "the" and a noun or two before a modal or auxiliary: "told the annual
                // meeting the company would …", "tells annual meeting the board will …")
                let aux = |q: usize| q < n && self.word(q) && !self.quoted[q] && (SET_LEX_MODALS.contains(self.w(q)) || lex::is_be(self.w(q)) || matches!(self.w(q), "has" | "had" | "have"));
                let the_subject = |p: usize| self.w(p) == "the" && p > addressee + 1 && !(addressee..p).any(|m| SET_LEX_PREPOSITIONS.contains(self.w(m))) && (p + 2..=p + 3).any(|q| aux(q) && (p + 1..q).all(|r| self.word(r) && !self.quoted[r] && !self.capitalised(r) && !SET_LEX_NP_STOP.contains(self.w(r)) && self.cue_verb(r).is_none()));
                let pronoun = (a + 1..n.min(addressee + 8)).find(|&m| matches!(self.w(m), "he" | "she" | "they" | "we" | "i") || there(m) || the_subject(m));
                if let Some(p) = pronoun.filter(|&p| {
                    p + 1 < n
                        && self.word(p + 1)
                        && (addressee..p).all(|m| {
                            let w = self.w(m);
                            let when = SET_LEX_TIME_WORDS.contains(w) || matches!(w, "on" | "this" | "last") && m + 1 < p && SET_LEX_TIME_WORDS.contains(self.w(m + 1));
                            self.word(m) && !self.quoted[m] && (SET_LEX_DETERMINERS.contains(w) || when || !SET_LEX_NP_STOP.contains(w) && self.cue_verb(m).is_none() && !self.verb_like(m))
                        })
                        && (p - addressee <= 4 || (addressee..p).any(|m| SET_LEX_TIME_WORDS.contains(self.w(m))))
                }) {
                    a = p;
                }
            }
            // "told reporters: …", "told the European parliament: …": the addressee before a
            // colon, whatever its words
            if let Some(colon) = (addressee..(addressee + 8).min(n))
                .take_while(|&m| !self.quoted[m] && (self.word(m) && self.w(m) != "that" || self.raw(m) == ":"))
                .find(|&m| self.raw(m) == ":")
            {
                if colon > addressee && colon >= a {
                    a = colon;
                }
            }
            // "told his aides to leave": the addressee and the infinitive are the content
            // ("told her staff to …": "her" is a possessive there)
            let to = if self.is(addressee, "her") && addressee + 2 < n && self.word(addressee + 1) && self.is(addressee + 2, "to") {
                addressee + 2
            } else {
                a
            };
            if to > addressee && self.is(to, "to") && !self.quoted[to] && to + 1 < n && self.word(to + 1) && !SET_LEX_DETERMINERS.contains(self.w(to + 1)) {
                return Some((addressee, false));
            }
        } else if SET_LEX_ASK_LIKE.contains(lemma) {
            // "asked workers if …", "urged the network to …": the addressee is not content
            if lemma == "ask" && self.is(a, "about") && !self.quoted[a] && a + 2 < n && !matches!(self.w(a + 1), "it" | "this" | "that" | "them") {
                return Some((a + 1, false));
            }
            if let Some(e) = self.addressee_end(a) {
                if e < n && self.word(e) && matches!(self.w(e), "if" | "whether" | "why" | "how" | "what" | "when") {
                    a = e;
                } else if lemma == "ask" && self.is(e, "about") && !self.quoted[e] {
                    // "asked him about his taxes": the topic, without the preposition
                    return (e + 2 < n).then_some((e + 1, false));
                }
            }
        }
        // adjuncts: "on Tuesday", "in a statement," "last week", "for weeks" (not right after
        // the cue's particle, whose object they are: "warned of days of delays")
        let mut comma = false;
        let after_particle = a > 0 && matches!(self.w(a - 1), "of" | "about") && lex::particles(lemma).is_some_and(|p| p.contains(&self.w(a - 1)));
        for _ in 0..if after_particle { 0 } else { 3 } {
            match self.adjunct_len(a) {
                // ("warns evening will be …": a bare time noun before the clause's own verb is
                // its subject)
                Some(1) if a + 1 < n && self.word(a + 1) && !self.quoted[a + 1] && (SET_LEX_MODALS.contains(self.w(a + 1)) || lex::is_be(self.w(a + 1))) => break,
                // ("Families describe night on the road": what is described, no time adjunct)
                Some(1) if matches!(lemma, "describe" | "recount") && self.word(a) && !self.capitalised(a) && !self.quoted[a] => break,
                Some(l) => a += l,
                None => break,
            }
            if a < n && self.raw(a) == "," {
                comma = true;
                a += 1;
            }
        }
        // "said in a statement released at 2.30pm": the document's participle and its adjunct,
        // no clause after the cue
        if a > 0
            && a + 1 < n
            && !self.quoted[a]
            && document_word(self.w(a - 1))
            && (self.w(a).ends_with("ed") || matches!(self.w(a), "sent" | "read" | "put" | "given" | "written"))
            && SET_LEX_PREPOSITIONS.contains(self.w(a + 1))
        {
            return None;
        }
        while a < n && matches!(self.raw(a), "," | ":" | "\u{2014}") {
            comma |= self.raw(a) == ",";
            a += 1;
        }
        if comma && !self.second_piece_ok(a) {
            return None;
        }
        if a < n && self.w(a) == "that" {
            a += 1;
        }
        // "tweeted on Friday to say he had …", "called to say …": the clause after "to say"
        if a + 2 < n && self.w(a) == "to" && self.is(a + 1, "say") && !self.quoted[a] && self.word(a + 2) {
            a += 2 + usize::from(self.is(a + 2, "that") && a + 3 < n);
        }
        if a >= n {
            return None;
        }
        let first = self.w(a);
        // (an amount opens the clause too: "says $4.2bn overhaul can't wait")
        // (the subject of a verb of its own, not the object counted: "pledged €3.5m in aid")
        let amount = self.amount_at(a)
            && (a + 2..(a + 7).min(n))
                .take_while(|&m| self.word(m) && !self.quoted[m] && !matches!(self.w(m), "as" | "and" | "but" | "while" | "in" | "of" | "for" | "to"))
                .any(|m| self.cue_verb(m).is_none() && (lex::is_be(self.w(m)) || SET_LEX_MODALS.contains(self.w(m)) || matches!(self.w(m), "has" | "had" | "have") || self.w(m).ends_with("n't") || self.w(m).ends_with("n\u{2019}t")));
        if !self.word(a) && !is_open_mark(self.raw(a)) && !amount {
            return None;
        }
        if lex::is_be(first) {
            // "the rule the department proposed provoked …": not a clause of its own
            return None;
        }
        // "said about half of them …": an approximate count opens the clause
        // (also "between 30 and 40 …", "up to 60 percent …", "over 200 …")
        // ("about a …" too; "added up to …" is the phrasal verb)
        let number_at = |m: usize, article: bool| {
            m < n && (self.raw(m).starts_with(|c: char| c.is_ascii_digit()) || (article || !matches!(self.w(m), "a" | "an")) && SET_LEX_COUNT_WORDS.contains(self.w(m)))
        };
        let approx = matches!(first, "about" | "between" | "around" | "over" | "under" | "nearly" | "almost" | "roughly") && number_at(a + 1, first == "about")
            || matches!(first, "up" | "at") && lemma != "add" && a + 1 < n && matches!(self.w(a + 1), "to" | "least") && number_at(a + 2, false)
            // "said more than 60 million birds had been vaccinated"
            || matches!(first, "more" | "fewer" | "less") && a + 1 < n && self.w(a + 1) == "than" && number_at(a + 2, false);
        if SET_LEX_PREPOSITIONS.contains(first)
            && !approx
            && !(first == "to" && SET_LEX_TO_CONTENT.contains(lemma)
                || lex::particles(lemma).is_some_and(|p| p.contains(&first)))
            && !(first == "of" && lemma == "say")
        {
            // "said at a rally in Ohio, the plan …": skip the adjunct up to its comma
            let Some(c) = (a + 1..(a + 10).min(n)).find(|&m| self.raw(m) == "," || self.quoted[m]) else {
                // "said in politics it takes time …": no comma, a clause follows the phrase
                let clause = (a + 2..(a + 8).min(n))
                    .take_while(|&m| self.word(m) && !self.quoted[m])
                    .any(|m| matches!(self.w(m), "he" | "she" | "it" | "they" | "we" | "i" | "you" | "there") && m + 1 < n && self.word(m + 1));
                return clause.then_some((a, false));
            };
            if self.quoted[c] || !self.second_piece_ok(c + 1) {
                return None;
            }
            a = c + 1;
            let words = (a..n).filter(|&j| self.word(j)).take(2).count();
            return (words >= 2).then_some((a, true));
        }
        // "said no decision had been made": a determiner, not the answer "no"
        let no_clause = first == "no"
            && a + 2 < n
            && self.word(a + 1)
            && self.word(a + 2)
            && !matches!(self.w(a + 1), "to" | "comment" | "more" | "longer");
        let exempt = approx
            || no_clause
            || first == "to" && SET_LEX_TO_CONTENT.contains(lemma)
            || lex::particles(lemma).is_some_and(|p| p.contains(&first))
            || first == "of" && lemma == "say";
        if SET_LEX_NOT_CONTENT_START.contains(first) && !exempt {
            return None;
        }
        // at least two words to the sentence end ("endorsed Rivera.": a cue whose content is
        // its object may have one, a name)
        let words = (a..n).filter(|&j| self.word(j)).take(2).count();
        (words >= 2 || words == 1 && (SET_LEX_NP_OBJECT.contains(lemma) && self.capitalised(a) || lex::DENY_LIKE.contains(&lemma)) && !self.quoted[a]).then_some((a, comma))
    }

    /// "said during a town hall in Dayton, Ohio, on Monday that …", "argued insistently that …":
    /// the complementizer after a longer stretch of adjuncts (opened by a preposition, a time
    /// word or an adverb; commas and a short quoted title allowed, no verb, pronoun or conjunction).
    /// "insisted, most recently in an interview, that …": an aside set off by commas.
    fn that_after_adjuncts(&self, a: usize) -> Option<usize> {
        let n = self.n();
        let aside = a < n && self.raw(a) == "," && !self.quoted[a];
        let a = a + usize::from(aside);
        if a >= n || !self.word(a) || self.quoted[a] {
            return None;
        }
        let w0 = self.w(a);
        let opens = aside
            || SET_LEX_PREPOSITIONS.contains(w0) && w0 != "to"
            || SET_LEX_ADJUNCT_START.contains(w0)
            || SET_LEX_TIME_WORDS.contains(w0)
            || SET_LEX_ADVERBS.contains(w0)
            || crate::lexicon::ly_adverb(w0) && !self.capitalised(a)
            || matches!(w0, "following" | "afterwards" | "afterward" | "later" | "earlier" | "again");
        if !opens {
            return None;
        }
        let mut quoted = 0;
        for m in a + 1..(a + 20).min(n) {
            if self.quoted[m] {
                quoted += 1;
                if quoted > 6 {
                    return None;
                }
                continue;
            }
            if !self.word(m) {
                let r = self.raw(m);
                if matches!(r, "," | "(" | ")") || is_open_mark(r) || is_close_mark(r) || r == "." && self.abbrev(m - 1) {
                    continue;
                }
                return None;
            }
            let w = self.w(m);
            // "in that case": a determiner after a preposition
            if w == "that" && !SET_LEX_PREPOSITIONS.contains(self.w(m - 1)) {
                return (!aside || self.raw(m - 1) == ",").then_some(m);
            }
            // (after a message, "to" names its addressee: "in an email to staff that …")
            let message = matches!(self.w(m - 1), "email" | "e-mail" | "letter" | "message" | "memo" | "note" | "speech" | "statement" | "post");
            let infinitive = w == "to" && !message && m + 1 < n && self.word(m + 1) && !self.capitalised(m + 1) && !SET_LEX_DETERMINERS.contains(self.w(m + 1));
            // ("in a statement posted on Telegram that …": a participle on the message)
            let on_message = (message || document_word(self.w(m - 1))) && matches!(self.cue_verb(m), Some((_, Form::Past))) && !self.is(m + 1, "that");
            if infinitive
                || self.cue_verb(m).is_some() && !on_message
                || lex::is_be(w)
                || SET_LEX_MODALS.contains(w)
                || SET_LEX_HAVE_DO.contains(w)
                || SET_LEX_NEGATIONS.contains(w)
                || SET_LEX_SUBJECT_PRONOUNS.contains(w)
                || SET_W_THAT_AFTER_ADJUNCTS.contains(w)
            {
                return None;
            }
        }
        None
    }

    /// "expressed concern that …", "voiced similar doubts that …": a bare object noun of speech
    /// or attitude, then the complementizer ("rejected the notion that …" keeps its noun phrase:
    /// the corpora disagree there).
    fn that_after_speech_noun(&self, a: usize) -> Option<usize> {
        let n = self.n();
        let m = a;
        // up to two modifiers before the noun ("firmest", "long-held")
        let head = (m..(m + 3).min(n)).take_while(|&k| self.word(k) && !self.quoted[k]).find(|&k| {
            SET_LEX_NOUN_CUES.contains(self.w(k)) || SET_LEX_OBJECT_NOUNS.contains(self.w(k))
        })?;
        if (m..head).any(|k| SET_LEX_NP_STOP.contains(self.w(k)) || SET_LEX_DETERMINERS.contains(self.w(k)) || self.cue_verb(k).is_some() || self.capitalised(k)) {
            return None;
        }
        // "… concern again that", "… doubts yet that"
        let mut t = head + 1;
        while t < n && t < head + 4 && self.word(t) && !self.quoted[t] && (SET_LEX_TIME_WORDS.contains(self.w(t)) || SET_LEX_ADVERBS.contains(self.w(t)) || self.w(t) == "yet") {
            t += 1;
        }
        (self.is(t, "that") && !self.quoted[t]).then_some(t)
    }

    /// End (exclusive) of an addressee noun phrase starting at `a`: a pronoun,
    /// a name, or a determiner with up to two words, or one bare noun.
    fn addressee_end(&self, a: usize) -> Option<usize> {
        let n = self.n();
        if a >= n || !self.word(a) || self.quoted[a] {
            return None;
        }
        let w = self.w(a);
        if SET_LEX_OBJECT_PRONOUNS.contains(w) {
            return Some(a + 1);
        }
        let mut e = a;
        if SET_LEX_DETERMINERS.contains(w) {
            e += 1;
        }
        let s = e;
        while e < n && e - s < 6 && (self.capitalised(e) || self.raw(e) == "." && self.abbrev(e - 1)) {
            e += 1;
        }
        if e == s {
            let lim = if s > a { 2 } else { 1 };
            while e < n && e - s < lim && self.word(e) && !SET_LEX_NP_STOP.contains(self.w(e)) && !matches!(self.w(e), "if" | "whether" | "why" | "how" | "what") {
                e += 1;
            }
        }
        (e > a).then_some(e)
    }

    /// Length of a time, place or medium adjunct starting at token `a`
    /// ("Tuesday", "on Fox News", "in a statement", "last week", "for weeks").
    fn adjunct_len(&self, a: usize) -> Option<usize> {
        let n = self.n();
        if a >= n || !self.word(a) || self.quoted[a] {
            return None;
        }
        let w = self.w(a);
        if SET_LEX_TIME_WORDS.contains(w) {
            let mut m = a + 1;
            while m < n && self.word(m) && SET_LEX_TIME_WORDS.contains(self.w(m)) {
                m += 1;
            }
            return Some(m - a);
        }
        if !SET_LEX_ADJUNCT_START.contains(w) {
            return None;
        }
        let mut m = a + 1;
        let mut last_ok = None;
        while m < n && m - a <= 7 && self.word(m) && !self.quoted[m] {
            let x = self.w(m);
            let noun = SET_LEX_TIME_WORDS.contains(x)
                || SET_LEX_ADJUNCT_WORDS.contains(x)
                || (self.capitalised(m) && !SET_LEX_SUBJECT_PRONOUNS.contains(x));
            // ("late on Sunday", "shortly after midnight")
            let inner = matches!(x, "of" | "with" | "to") || matches!(x, "on" | "after" | "before" | "at") && !SET_LEX_DETERMINERS.contains(w) && !matches!(w, "on" | "in" | "at");
            if !(noun || SET_LEX_DETERMINERS.contains(x) || inner) {
                break;
            }
            // (a determiner right after the phrase's noun opens the clause's subject: "in an
            // interview with Chinese media the Kremlin has …")
            // (not a time's: "in a statement a few minutes ago")
            let time = || (m + 1..(m + 4).min(n)).any(|q| self.word(q) && (SET_LEX_TIME_WORDS.contains(self.w(q)) || self.w(q) == "ago"));
            if SET_LEX_DETERMINERS.contains(x) && last_ok == Some(m - 1) && m - 1 > a && !time() {
                break;
            }
            if noun {
                last_ok = Some(m);
            }
            m += 1;
        }
        last_ok.map(|e| e + 1 - a)
    }

    /// The noun phrase ending at token `t` (inclusive), scanning back.
    fn np_before(&self, t: usize) -> Option<Span> {
        let mut t = t;
        // "Smith (R-Texas) said"
        if self.raw(t) == ")" {
            let open = (t.saturating_sub(8)..t).rev().find(|&m| self.raw(m) == "(")?;
            if open == 0 {
                return None;
            }
            t = open - 1;
        }
        // "42% say …": a percentage as the subject
        if self.raw(t) == "%" && t > 0 && self.raw(t - 1).starts_with(|c: char| c.is_ascii_digit()) && !self.quoted[t - 1] {
            return Some(self.span_of(t - 1, t));
        }
        let head_ok = self.word(t) || (self.raw(t) == "." && t > 0 && self.abbrev(t - 1));
        if !head_ok {
            return None;
        }
        let hw = self.w(t);
        if SET_LEX_SUBJECT_PRONOUNS.contains(hw) {
            return Some(self.toks[t].span);
        }
        let in_pp = t > 0 && SET_LEX_PREPOSITIONS.contains(self.w(t - 1));
        // ("the US", "the UK": an acronym, not the pronoun "us")
        let acronym = |k: usize| crate::lexicon::is_acronym(self.raw(k));
        if SET_LEX_NP_STOP.contains(hw) && !(in_pp && hw == "it") && !acronym(t)
            || SET_LEX_DETERMINERS.contains(hw) && !SET_LEX_QUANT_HEADS.contains(hw)
            || SET_LEX_PREPOSITIONS.contains(hw)
            || SET_LEX_OBJECT_PRONOUNS.contains(hw) && !in_pp && !acronym(t)
            || self.quoted[t]
        {
            return None;
        }
        let mut s = t;
        while s > 0 && t - s < 12 {
            let p = s - 1;
            if self.quoted[p] {
                break;
            }
            let ok = if self.word(p) {
                let w = self.w(p);
                // ("9:15 a.m. PDT Utility says": a clock stamp's zone ends the phrase)
                let zone = || self.raw(p).len() <= 4 && self.raw(p).bytes().all(|b| b.is_ascii_uppercase()) && crate::lexicon::is_time_zone(w);
                (!SET_LEX_NP_STOP.contains(w)
                    || acronym(p)
                    // ("a group funded by Li"; not the passive clause "was introduced by Li")
                    || w == "by" && p > 0 && self.w(p - 1).ends_with("ed") && !(p >= 2 && lex::is_be(self.w(p - 2)))
                    || w == "to" && p > 0 && SET_W_NP_BEFORE.contains(self.w(p - 1))
                    // "a person familiar with the matter", "sources with knowledge of the talks"
                    // ("to" is TO_NOUNS' above)
                    || w != "to" && p > 0 && crate::lexicon::is_source_postmodifier(self.w(p - 1), w)
                    || w == "with" && p + 1 < t && self.w(p + 1) == "knowledge"
                    // "A man waiting with his daughter, who …, said": the phrase of a participle
                    // after an indefinite person
                    || matches!(w, "with" | "outside" | "near" | "at" | "in" | "from" | "behind") && p >= 3 && self.w(p - 1).len() > 5 && self.w(p - 1).ends_with("ing") && matches!(self.w(p - 3), "a" | "an" | "one" | "another") && (crate::names::is_people_head(self.w(p - 2)) || matches!(self.w(p - 2), "man" | "woman" | "boy" | "girl" | "person" | "teenager" | "mother" | "father" | "fan" | "worker" | "driver" | "passenger" | "shopper" | "farmer" | "student" | "pensioner"))
                    // "the commentators on the official broadcast said": people on a body or a
                    // programme (a role or an agent noun, not "said on Monday")
                    || w == "on" && p > 0 && p + 1 < t && crate::names::opens_group_after_on(self.w(p + 1)) && (p == 1 || !self.capitalised(p - 1)) && (crate::names::is_agent_plural(self.w(p - 1)) && !SET_W_CITED_THINGS.contains(self.w(p - 1)) || SET_W_CITED_PEOPLE.contains(self.w(p - 1)))
                    // "co-founder and chief executive": two roles of one person
                    || w == "and" && p > 0 && crate::names::is_role_word(self.w(p - 1)) && crate::names::is_role_word(self.w(t))
                    // "the Securities and Exchange Commission": "and" inside a body's name, which
                    // ends in a body's word or follows one and its "of" ("The Union of Nursing and
                    // Care Staff"; not a second person: "… of the University of Chicago and
                    // Professor Li")
                    || w == "and" && p > 0 && self.capitalised(p - 1) && (p + 1..=t).all(|m| self.capitalised(m))
                        && (crate::names::is_org_word_ci(self.w(t))
                            || !crate::names::is_role_word(self.w(p + 1)) && (p.saturating_sub(4)..p).any(|m| m > 0 && self.is(m, "of") && self.capitalised(m - 1) && crate::names::is_org_word_ci(self.w(m - 1)))))
                    // ("fire officials said": a verb's base form as a noun before a people head)
                    // (or a body's: "the Harlan Valley fire district said")
                    && self.cue_verb(p).is_none_or(|(_, f)| f == Form::Base && p + 1 == t && (crate::names::is_people_head(self.w(t)) || crate::names::is_org_word_ci(self.w(t)) || p > 0 && self.capitalised(p - 1) && !self.quoted[p - 1]))
                    && !zone()
            } else {
                (self.raw(p) == "." && p > 0 && self.abbrev(p - 1))
                    || matches!(self.raw(p), "&")
            };
            if !ok {
                // "officials who spoke to reporters said": the antecedent
                if self.word(p) && matches!(self.w(p), "who" | "which") && p > 0 && t - s < 9 {
                    if let Some(ante) = self.np_before(p - 1) {
                        return Some(ante);
                    }
                }
                // "a commander who spoke to the paper on condition of anonymity said": a longer
                // relative clause, unbroken by punctuation or a conjunction, still ends in the verb
                if let Some(ante) = self.relative_antecedent(p, t) {
                    return Some(ante);
                }
                break;
            }
            s = p;
        }
        // trim leading prepositions, punctuation and lowercase adverbs
        while s < t
            && (!self.word(s)
                || SET_LEX_PREPOSITIONS.contains(self.w(s))
                || SET_LEX_ADVERBS.contains(self.w(s)))
        {
            s += 1;
        }
        // a fronted adjunct with no comma: "After the vote Smith said" (the name after the
        // object of a sentence-opening preposition), "Last week the mayor said" (the phrase
        // after time words)
        let opens = s >= 1 && SET_LEX_PREPOSITIONS.contains(self.w(s - 1)) && (s == 1 || !self.word(s - 2) || SET_LEX_CONJ_START.contains(self.w(s - 2)));
        // ("In his first answer the prime minister said": the scan stopped inside the object of
        // the preposition that opens the sentence)
        let in_opening = s >= 2 && s <= 6 && self.word(0) && SET_LEX_PREPOSITIONS.contains(self.w(0)) && (0..s).all(|m| self.word(m) && !self.quoted[m]);
        // ("In Ohio the ministry said": a determiner after the preposition's object)
        if let Some(d) = (s + 1..t).find(|&m| matches!(self.w(m), "the" | "a" | "an")).filter(|&d| (opens || in_opening) && !SET_LEX_PREPOSITIONS.contains(self.w(d - 1)) && (s..d).all(|m| self.word(m))) {
            s = d;
        }
        if opens && SET_LEX_DETERMINERS.contains(self.w(s)) {
            if let Some(c) = (s + 1..=t).find(|&m| self.capitalised(m)) {
                let nouns = (s + 1..c).all(|m| self.word(m) && !self.capitalised(m) && !SET_LEX_PREPOSITIONS.contains(self.w(m)) && !SET_LEX_DETERMINERS.contains(self.w(m)));
                if c > s + 1 && nouns && (c..=t).all(|m| self.capitalised(m) || self.raw(m) == "." && self.abbrev(m - 1)) {
                    s = c;
                }
            }
        }
        if let Some(d) = (s + 1..t).find(|&m| matches!(self.w(m), "the" | "a" | "an")) {
            if (s..d).all(|m| self.word(m) && (SET_LEX_TIME_WORDS.contains(self.w(m)) || matches!(self.w(m), "last" | "this" | "next" | "early" | "late"))) {
                s = d;
            }
        }
        Some(self.span_of(s, t))
    }

    /// "A study published in the Journal of Ageing and Cognition [found]", "A poll conducted
    /// May 2-6 [found]": a document noun with a reduced relative clause (a participle and its
    /// adjunct, up to `t`) is the source, not the adjunct's last words.
    fn document_before_participle(&self, t: usize) -> Option<Span> {
        let lo = t.saturating_sub(12);
        let p = (lo..=t).rev().take_while(|&m| !self.quoted[m] && (self.word(m) || matches!(self.raw(m), "." | "-" | "&"))).find(|&m| {
            matches!(self.w(m), "published" | "released" | "conducted" | "carried" | "issued" | "commissioned" | "funded" | "presented" | "posted" | "compiled" | "led")
        })?;
        let np = self.np_before(p.checked_sub(1)?)?;
        let head = self.token_at_end(np.end)?;
        SET_LEX_DOC_NOUNS.contains(self.w(head)).then_some(np)
    }

    /// The antecedent of a relative clause "who …" that runs from before `p` to `t`, the
    /// last word before a speech verb: "A union official who was at the meeting [said]".
    /// The clause holds no punctuation, quote or coordinator, and starts right after a
    /// noun phrase.
    fn relative_antecedent(&self, p: usize, t: usize) -> Option<Span> {
        let lo = p.saturating_sub(16);
        let mut m = p;
        loop {
            if self.quoted[m] || !self.word(m) && !(self.raw(m) == "." && m > 0 && self.abbrev(m - 1)) {
                return None;
            }
            let w = self.w(m);
            if w == "who" {
                break;
            }
            if matches!(w, "and" | "but" | "or" | "that" | "which" | "whom" | "whose") || m == lo || m == 0 {
                return None;
            }
            m -= 1;
        }
        // the clause has a verb of its own ("who spoke", "who did not want to be named")
        if t - m < 2 || m == 0 {
            return None;
        }
        let ante = self.np_before(m - 1)?;
        let head = self.token_at_end(ante.end)?;
        (head + 1 == m).then_some(ante)
    }

    /// The subject before one or more appositions that end with the comma at `c`
    /// ("Roxana Leon, 63, a voter from Ohio, said"): the leftmost name, else the
    /// noun phrase before the nearest comma.
    fn subject_before_appositions(&self, c: usize) -> Option<Span> {
        let mut best = None;
        let mut best_named = false;
        let mut end = c;
        // a fronted adjunct opened by an adverb and a preposition: "Back in Estoria, …", "Later
        // on Monday, …"
        let adverb_prep = self.n() > 1 && self.word(0) && (self.w(0) == "back" || crate::lexicon::is_place_or_time_adverb(self.w(0))) && self.word(1) && SET_LEX_PREPOSITIONS.contains(self.w(1));
        for _ in 0..5 {
            let Some(prev) = (end.saturating_sub(30)..end).rev().find(|&m| self.raw(m) == ",") else {
                break;
            };
            if prev == 0 || self.quoted[prev] {
                break;
            }
            // where the segment that ends at `prev` starts (after the comma before it)
            let seg = (0..prev).rev().find(|&m| self.raw(m) == ",").map_or(0, |m| m + 1);

            // ("Speaking on Telegram, the governor, Jo Li, wrote": the object of a preposition
            // is no subject)
            // (only in a fronted adjunct: the segment opens the sentence with a participle or a
            // preposition)
            let object = |np: &Span| {
                seg == 0
                    && self.word(0)
                    // (or an adverb and a preposition)
                    && (self.w(0).ends_with("ing") || SET_LEX_PREPOSITIONS.contains(self.w(0)) || adverb_prep)
                    && self
                        .token_at(np.start)
                        .is_some_and(|f| f > 0 && self.word(f - 1) && SET_LEX_PREPOSITIONS.contains(self.w(f - 1)))
            };
            // ("On Monday Jo Li, …": a time word after the preposition is the adjunct's object)
            let np = self.np_before(prev - 1).and_then(|np| {
                if !object(&np) {
                    return Some(np);
                }
                let f = self.token_at(np.start)?;
                let e = self.token_at_end(np.end)?;
                (SET_LEX_TIME_WORDS.contains(self.w(f)) && f < e).then(|| Span::new(self.toks[f + 1].span.start, np.end))
            });
            if let Some(np) = np {
                // "Separately, the governor, Jo Li, said": a sentence adverb is no subject
                // ("Replying, the shadow chancellor, …, said": nor a participle)
                // (but "Menning, who flew in, said", "Dowling, 54, said": a name with a
                // participle's ending before a relative clause or an age)
                let aside = prev + 1 < self.n() && (matches!(self.w(prev + 1), "who" | "whose") || self.raw(prev + 1).starts_with(|c: char| c.is_ascii_digit()));
                if self.token_at(np.start).is_some_and(|f| f == 0 && f + 1 == prev && (self.w(f).ends_with("ly") || self.w(f).ends_with("ing") && !aside || SET_LEX_DISCOURSE.contains(self.w(f)) || crate::lexicon::is_place_or_time_adverb(self.w(f)))) {
                    break;
                }
                // "Jo Li, 51, of Reading, Berkshire, said": where the person is from is no subject
                if self.token_at(np.start).is_some_and(|f| f > 0 && matches!(self.raw(f - 1), "of" | "from")) {
                    end = prev;
                    continue;
                }
                // ("Marta Li, whose brother Davide, 29, is among them, told": a relative clause
                // is an aside, its words no subject; so is "…, who gave only his first name, Dev,")
                if self.token_at(np.start).is_some_and(|f| f > 0 && self.w(f - 1) == "whose") || self.is(seg, "who") && self.token_at(np.start).is_some_and(|f| f > seg) {
                    best = None;
                    best_named = false;
                    end = prev;
                    continue;
                }
                // ("Outside Kell Academy in Stanbridge, Jo Li, who …, said": a fronted place
                // phrase before the name is no subject)
                if best.is_some() && self.token_at(np.start) == Some(0) && (SET_LEX_PREPOSITIONS.contains(self.w(0)) || crate::lexicon::is_place_preposition(self.w(0)) || adverb_prep) {
                    break;
                }
                let head = self.token_at_end(np.end).unwrap_or(prev - 1);
                // ("Schools will close on Friday, the superintendent, Jo Li, said": a time word
                // ends what was said, it is no subject)
                if SET_LEX_TIME_WORDS.contains(self.w(head)) && (self.capitalised(head) || self.token_at(np.start).is_some_and(|f| f + 2 >= head)) {
                    break;
                }
                let named = self.capitalised(head) || SET_LEX_SUBJECT_PRONOUNS.contains(self.w(head));
                // "Another passenger, Osric Vale, 52, told": a description before the name is
                // the subject, the name its apposition
                // (opening the sentence: "… discussed the plan in detail, Rep. Jo Li, says")
                // (or a possessor: "Voss's mother, Loretta Voss, 61, said")
                let possessor = |f: usize| self.w(f).ends_with("'s") || self.w(f).ends_with("\u{2019}s") || f + 2 < self.n() && matches!(self.raw(f + 1), "'" | "\u{2019}") && self.w(f + 2) == "s";
                // (or a part of a group: "One of the survivors, Konrad Weisskopf, told")
                let part_of = |f: usize| matches!(self.w(f), "one" | "two" | "three" | "some" | "several" | "many" | "each" | "both" | "most" | "another") && self.is(f + 1, "of");
                if best_named && !named && self.token_at(np.start).is_some_and(|f| f == 0 && (SET_LEX_DETERMINERS.contains(self.w(f)) || possessor(f) || part_of(f))) {
                    best = Some(np);
                    break;
                }
                best_named |= named;
                if best.is_none() || named {
                    best = Some(np);
                }
                if named {
                    // a name: stop unless another comma closes an apposition right before it
                    let first = self.token_at(np.start).unwrap_or(0);
                    if first == 0 || self.raw(first - 1) != "," {
                        break;
                    }
                }
            }
            end = prev;
        }
        // "Sen. Jane Roe (D-Ore.), said": a stray comma after the bracket
        if best.is_none() && c > 0 && self.raw(c - 1) == ")" {
            return self.np_before(c - 1);
        }
        best
    }

    /// A short abbreviation before a dot ("Mr", "Sen", "U.S", "J").
    fn abbrev(&self, k: usize) -> bool {
        let r = self.raw(k);
        self.word(k)
            && (SET_LEXICON_ABBREVIATIONS.contains(r)
                || r.contains('.')
                || (r.chars().count() == 1 && r.chars().all(char::is_uppercase)))
    }

    /// The noun phrase starting at token `a` ("said Mr. Smith, a senior aide").
    fn np_after(&self, a: usize) -> Option<Span> {
        let n = self.n();
        if a >= n || !self.word(a) || self.quoted[a] {
            return None;
        }
        let w = self.w(a);
        if SET_LEX_SUBJECT_PRONOUNS.contains(w) {
            return Some(self.toks[a].span);
        }
        // "former state governor Ed Rendell": lowercase title words before a name
        let plain = |m: usize| {
            let x = self.w(m);
            self.word(m)
                && !self.quoted[m]
                && !self.capitalised(m)
                && !(SET_LEX_NP_STOP.contains(x) || SET_LEX_PREPOSITIONS.contains(x) || SET_LEX_DETERMINERS.contains(x) || SET_LEX_ADVERBS.contains(x) || SET_LEX_ADJUNCT_START.contains(x))
                && !x.ends_with("ly")
                && !x.ends_with("ed")
                && verb(x).is_none()
        };
        let title = plain(a) && (a + 1..(a + 4).min(n)).find(|&m| !plain(m)).is_some_and(|m| self.capitalised(m));
        // (a headline's bare noun closing it: "…, says ministry", "…, says union leader")
        // (after a headline's present tense only: "declared bankruptcy." is an object)
        // (or its clause: "…, says expert; former officer admits …")
        let stop = (a..n.min(a + 4)).find(|&m| self.raw(m) == ";").unwrap_or(n);
        // (a plural's base form too: "…, say planners")
        let head_plural = || (a..stop).rev().find(|&m| self.word(m)).is_some_and(|m| lex::plural_noun(self.w(m)));
        // (a noun before the head may look like a verb: "…, says rail operator", "says
        // steel union")
        let modifier = |m: usize| m + 1 < stop && self.word(m + 1) && plain(m + 1) && self.word(m) && !self.quoted[m] && !self.capitalised(m) && verb(self.w(m)).is_some_and(|v| v.1 == Form::Base) && !self.w(m).ends_with("ed");
        let bare = stop - a <= 3 && a > 0 && (matches!(self.cue_verb(a - 1), Some((_, Form::S))) || matches!(self.cue_verb(a - 1), Some((_, Form::Base))) && head_plural()) && (a..stop).all(|m| plain(m) || modifier(m) || m + 1 == stop && matches!(self.raw(m), "." | "!"));
        if !(self.capitalised(a) || SET_LEX_DETERMINERS.contains(w) || title || bare) {
            return None;
        }
        let mut e = a;
        let mut lower = 0;
        while e + 1 < n && e - a < 8 {
            let m = e + 1;
            let ok = if self.word(m) {
                let w = self.w(m);
                if !self.capitalised(m) && !SET_LEX_DETERMINERS.contains(w) && !matches!(w, "of" | "for") {
                    lower += 1;
                }
                // "said the Khan family deserved better": a verb ends the noun phrase (not an
                // adjective right after its determiner: "said a retired general")
                let verb_like = !self.capitalised(m)
                    && (w.ends_with("ed") || verb(w).is_some() || SET_LEX_MODALS.contains(w) || SET_LEX_IRREGULAR_PAST.contains(w))
                    && !SET_LEX_DETERMINERS.contains(self.w(e));
                lower <= 3
                    && !verb_like
                    && !SET_LEX_NP_STOP.contains(w)
                    && !matches!(w, "on" | "in" | "at" | "during" | "after" | "before")
                    && !self.quoted[m]
            } else {
                self.raw(m) == "." && self.abbrev(e) && m + 1 < n && self.word(m + 1)
            };
            if !ok {
                break;
            }
            e = m;
        }
        Some(self.span_of(a, e))
    }

    /// The subject at the start of the sentence (for ", saying …").
    fn sentence_subject(&self, before: usize) -> Option<Span> {
        let mut a = 0;
        // skip a leading "But", "And", and an introductory phrase closed by a comma
        while a < before && self.word(a) && SET_LEX_CONJ_START.contains(self.w(a)) {
            a += 1;
        }
        // "Likewise, …", "WASHINGTON —": a single word set off by punctuation
        // (not a name before its apposition: "Holtby, the world No 2, was gracious but admitted")
        let w = self.w(a);
        let named = self.capitalised(a)
            && self.raw(a + 1) == ","
            && !w.ends_with("ly")
            && !SET_LEX_DISCOURSE.contains(w)
            && !SET_LEX_TIME_WORDS.contains(w)
            && !SET_LEX_ADVERBS.contains(w)
            && a + 2 < before
            && matches!(self.w(a + 2), "the" | "a" | "an" | "his" | "her" | "their" | "its")
            && (a + 3..before.min(a + 10)).any(|m| self.raw(m) == ",");
        // (nor a name before its age: "Dahl, 47, received …")
        let aged = self.capitalised(a) && a + 3 < before && self.raw(a + 1) == "," && crate::names::is_age_digits(self.raw(a + 2)) && self.raw(a + 3) == ",";
        if a + 1 < before && self.word(a) && matches!(self.raw(a + 1), "," | "\u{2014}" | "\u{2013}" | "-") && !named && !aged {
            a += 2;
        }
        // (and a fronted participle: "Asked whether rates would rise, she declined …")
        let participle = self.w(a).len() > 4
            && (self.w(a).ends_with("ed") || SET_LEX_IRREGULAR_PAST.contains(self.w(a)))
            && matches!(self.w(a + 1), "whether" | "if" | "about" | "why" | "what" | "how" | "when" | "by" | "on" | "over" | "for");
        if a < before && (SET_LEX_PREPOSITIONS.contains(self.w(a)) || self.w(a).ends_with("ing") || participle) {
            // (no comma: "In his first answer the prime minister …", the subject's determiner
            // after the preposition's object)
            let det = || {
                (a + 2..before.min(a + 6))
                    .take_while(|&m| {
                        let w = self.w(m - 1);
                        self.word(m - 1) && !self.quoted[m - 1] && !SET_LEX_SUBJECT_PRONOUNS.contains(w) && verb(w).is_none() && !w.ends_with("ed") && !SET_LEX_IRREGULAR_PAST.contains(w)
                    })
                    .find(|&m| matches!(self.w(m), "the" | "a" | "an") && !SET_LEX_PREPOSITIONS.contains(self.w(m - 1)) && !SET_LEX_DETERMINERS.contains(self.w(m - 1)))
            };
            let c = (a..before.min(a + 16)).find(|&m| self.raw(m) == ",").map(|c| c + 1).or_else(|| SET_LEX_PREPOSITIONS.contains(self.w(a)).then(det).flatten())?;
            a = c;
        }
        if a >= before || !self.word(a) {
            return None;
        }
        if SET_LEX_SUBJECT_PRONOUNS.contains(self.w(a)) {
            return Some(self.toks[a].span);
        }
        // the noun phrase up to the first verb-like word
        let det = SET_LEX_DETERMINERS.contains(self.w(a));
        let mut e = a;
        while e + 1 < before && e - a < 6 {
            let m = e + 1;
            if !(self.word(m) || self.raw(m) == "." && self.abbrev(e)) {
                break;
            }
            if self.word(m) {
                let w = self.w(m);
                // (lowercase words before a name: "Belgian state-owned broadcaster VRT has …")
                let plain = |k: usize| {
                    self.word(k)
                        && !self.capitalised(k)
                        && (!self.w(k).ends_with("ed") || self.w(k).contains('-'))
                        && verb(self.w(k)).is_none()
                        && !SET_LEX_IRREGULAR_PAST.contains(self.w(k))
                        // (a verb's -s form: "Putin chides Turkey"; not "press", "bus")
                        && !(self.w(k).ends_with('s') && !self.w(k).ends_with("ss") && !self.w(k).ends_with("us"))
                        && !lex::is_be(self.w(k))
                        && !SET_LEX_HAVE_DO.contains(self.w(k))
                        && !SET_LEX_MODALS.contains(self.w(k))
                        && !SET_LEX_NP_STOP.contains(self.w(k))
                        && !SET_LEX_DETERMINERS.contains(self.w(k))
                        && !SET_LEX_PREPOSITIONS.contains(self.w(k))
                };
                let noun_like = if det {
                    !w.ends_with("ed") && verb(w).is_none() && !SET_LEX_IRREGULAR_PAST.contains(w) && e - a < 3
                } else {
                    self.capitalised(m)
                        || matches!(w, "of" | "the" | "for")
                        || (m..(m + 3).min(before)).take_while(|&k| plain(k)).last().is_some_and(|k| k + 1 < before && self.capitalised(k + 1))
                        // (a role after them: "High court judge awards …")
                        || (m..(m + 3).min(before)).take_while(|&k| plain(k)).any(|k| crate::names::is_credit_head(self.w(k)))
                };
                if !noun_like || SET_LEX_NP_STOP.contains(w) {
                    break;
                }
            }
            e = m;
        }
        if !self.word(e) {
            e -= 1;
        }
        Some(self.span_of(a, e))
    }
}

/// A count word of two to twelve ("six forecast a cut"): people counted as a subject.
fn small_count(w: &str) -> bool {
    crate::numbers::words::small_cardinal(w).is_some_and(|v| (2.0..=12.0).contains(&v))
}

fn is_open_mark(s: &str) -> bool {
    matches!(s, "\u{201c}" | "\"" | "\u{2018}" | "'" | "\u{ab}" | "(")
}

fn is_dash(s: &str) -> bool {
    matches!(s, "\u{2014}" | "\u{2013}" | "\u{2015}" | "--")
}

fn is_close_mark(s: &str) -> bool {
    matches!(s, "\u{201d}" | "\"" | "\u{2019}" | "'" | "\u{bb}" | ")")
}

#[cfg(test)]
mod tests;
