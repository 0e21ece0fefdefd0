//! Word lists shared by the passes. Lowercase unless noted; the long lists are sorted
//! (a test checks it) and looked up by binary search, the short ones by linear scan.

/// Words (without their final dot) after which "." does not end a sentence. Case-sensitive.
pub const ABBREVIATIONS: &[&str] = &[
    "Adm", "Apr", "Aug", "Capt", "Cmdr", "Co", "Col", "Corp", "Dec", "Dr", "Feb", "Gen", "Gov",
    "Inc", "Jan", "Jr", "Jul", "Jun", "Lt", "Ltd", "Mar", "Messrs", "Mr", "Mrs", "Ms", "Mt", "No",
    "Nov", "Oct", "Prof", "Rep", "Reps", "Rev", "Sen", "Sens", "Sept", "Sep", "Sgt", "Sr", "St",
    "Supt", "vs", "etc", "approx", "Fig", "Vol", "Ave", "Det", "Insp", "Cpl", "Pte", "Cllr", "Maj",
    "Brig", "Hon", "Atty", "Del",
];

/// Speech and attitude verbs (lemma forms); inflections are matched by [`cue_lemma`].
pub const CUE_VERBS: &[&str] = &[
    "accuse", "acknowledge", "add", "admit", "advise", "affirm", "agree", "allege", "announce",
    "answer", "argue", "ask", "assert", "assure", "believe", "blame", "boast", "call", "caution",
    "charge", "claim", "comment", "complain", "concede", "conclude", "confirm", "contend",
    "continue", "counter", "criticise", "criticize", "declare", "deny", "describe", "dismiss",
    "emphasise", "emphasize", "estimate", "exclaim", "expect", "explain", "fear", "hope",
    "indicate", "insist", "joke", "label", "lament", "maintain", "mention", "note", "observe",
    "pledge", "point", "posit", "post", "praise", "predict", "promise", "propose", "quip", "recall",
    "reckon", "reiterate", "remark", "reply", "report", "respond", "reveal", "say", "scoff",
    "shout", "signal", "speak", "state", "stress", "suggest", "tell", "testify", "think",
    "threaten", "tweet", "underline", "urge", "vow", "warn", "welcome", "write", "yell",
];

/// "familiar (with)", "close (to)", "briefed (on)": an adjective whose phrase tells who an
/// unnamed source is ("a person familiar with the matter", "sources close to the talks").
pub(crate) fn is_source_adjective(l: &str) -> bool {
    matches!(l, "familiar" | "close" | "closest" | "briefed" | "involved" | "knowledgeable" | "privy" | "loyal" | "connected")
}

/// `head prep` opens the phrase that describes an unnamed source: "familiar with", "close to",
/// "knowledge of" ("a person familiar with the matter", "sources with knowledge of the talks").
pub(crate) fn is_source_postmodifier(head: &str, prep: &str) -> bool {
    (is_source_adjective(head) || head == "knowledge") && matches!(prep, "with" | "to" | "on" | "in" | "of")
}

/// Irregular inflections of cue verbs, mapped to their lemma.
const IRREGULAR: &[(&str, &str)] = &[
    ("denied", "deny"),
    ("denies", "deny"),
    ("replied", "reply"),
    ("replies", "reply"),
    ("said", "say"),
    ("saying", "say"),
    ("says", "say"),
    ("spoke", "speak"),
    ("spoken", "speak"),
    ("telling", "tell"),
    ("tells", "tell"),
    ("testified", "testify"),
    ("testifies", "testify"),
    ("thought", "think"),
    ("told", "tell"),
    ("writes", "write"),
    ("writing", "write"),
    ("written", "write"),
    ("wrote", "write"),
];

/// The lemma of `word` (lowercase) when it is an inflection of a cue verb.
pub fn cue_lemma(word: &str) -> Option<&'static str> {
    // irregular forms start with a few letters only: test the first byte before the search
    if starts_with_one_of(word, IRREGULAR_FIRST) {
        if let Ok(i) = IRREGULAR.binary_search_by(|(w, _)| cmp_bytes(w.as_bytes(), word.as_bytes())) {
            return Some(IRREGULAR[i].1);
        }
    }
    lemma_in(word, &CUE)
}

/// The first letters of the [`IRREGULAR`] forms.
const IRREGULAR_FIRST: u32 = first_letters!(IRREGULAR);

/// The set (bit 0 = a) of the first letters of the forms `LIST[i].0` of a list of tuples, at
/// compile time; every form must start with a lowercase ASCII letter.
macro_rules! first_letters {
    ($list:expr) => {{
        let mut set = 0u32;
        let mut i = 0;
        while i < $list.len() {
            let b = $list[i].0.as_bytes()[0];
            assert!(b.is_ascii_lowercase());
            set |= 1 << (b - b'a');
            i += 1;
        }
        set
    }};
}
pub(crate) use first_letters;

/// Whether `word` starts with one of the letters in `set` (see `first_letters!`).
#[inline]
pub(crate) fn starts_with_one_of(word: &str, set: u32) -> bool {
    word.as_bytes().first().is_some_and(|&b| b.is_ascii_lowercase() && set & (1 << (b - b'a')) != 0)
}

/// Byte-wise comparison, the same order as `str`'s `Ord`, as an inline loop: in wasm `memcmp`
/// is an out-of-line byte loop, and the words compared here are short and mostly differ in
/// their first byte.
#[inline]
fn cmp_bytes(a: &[u8], b: &[u8]) -> core::cmp::Ordering {
    let n = a.len().min(b.len());
    let mut i = 0;
    while i < n {
        if a[i] != b[i] {
            return a[i].cmp(&b[i]);
        }
        i += 1;
    }
    a.len().cmp(&b.len())
}

/// A noun that makes a source a news outlet, whose credit relays what others said ("state
/// broadcaster NHK", "the tabloid"); "agency" only as a news or press agency (`prev` is the
/// word before: "the official Norpress news agency", not "the civil protection agency").
pub(crate) fn is_outlet_noun(prev: &str, w: &str) -> bool {
    matches!(w, "broadcaster" | "newspaper" | "tabloid" | "daily" | "outlet" | "wire") || w == "agency" && matches!(prev, "news" | "press" | "state")
}

/// Nouns ending in "-ly", no adverbs: "The family said" has its subject.
const LY_NOUNS: &[&str] = &["family", "rally", "assembly", "supply", "anomaly", "monopoly", "bully", "belly", "folly", "homily", "tally", "ally"];
static SET_LY_NOUNS: WordSet<{ LY_NOUNS.len() }> = WordSet::new(LY_NOUNS);

/// A noun with an adverb's "-ly" ending ("family").
pub(crate) fn ly_noun(w: &str) -> bool {
    SET_LY_NOUNS.contains(w)
}

/// How many of the words right before a cue form a short adverbial phrase that stands between
/// the subject and the cue ("The judge at one stage asked", "She in turn told"): 3, 2 or 0. The
/// words are the last three before the cue, lowercase ("" where there is none).
pub(crate) fn adverbial_before_cue(w3: &str, w2: &str, w1: &str) -> usize {
    if w3 == "at" && matches!(w2, "one" | "some" | "that" | "this" | "another") && matches!(w1, "stage" | "point" | "time") {
        3
    } else if matches!((w2, w1), ("at", "times" | "first" | "last") | ("in", "turn" | "reply" | "response")) {
        2
    } else {
        0
    }
}

/// A lowercase word that is an adverb by its "-ly" ending ("quickly", not "family").
pub(crate) fn ly_adverb(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ly") && !SET_LY_NOUNS.contains(w)
}

/// A brand written in lowercase with a capital inside ("easyFly", "eBay", "iPhone"): a name,
/// which may open a sentence.
pub(crate) fn is_lowercase_brand(w: &str) -> bool {
    w.len() >= 4 && w.starts_with(|c: char| c.is_ascii_lowercase()) && w[1..].contains(|c: char| c.is_ascii_uppercase())
}

/// The first word of an explainer's subject after "X explained:" ("Libel law explained: what
/// 'serious harm' means"): a title whose topic does not speak.
pub(crate) fn opens_explainer(w: &str) -> bool {
    matches!(w, "what" | "how" | "why" | "who" | "when" | "where" | "which" | "the")
}

/// An acronym: two or more ASCII capitals and nothing else ("UN", "NATO", "UKHSA").
pub(crate) fn is_acronym(s: &str) -> bool {
    s.len() >= 2 && s.bytes().all(|b| b.is_ascii_uppercase())
}

/// `a == b`, as an inline loop (in wasm `==` on slices calls the byte-loop `memcmp`).
pub(crate) fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() && a[i] == b[i] {
        i += 1;
    }
    i == a.len()
}

/// `w.strip_suffix(suffix)`, as an inline loop (see [`same`]); `suffix` is ASCII.
pub(crate) fn strip_ascii_suffix<'w>(w: &'w str, suffix: &str) -> Option<&'w str> {
    let n = w.len().checked_sub(suffix.len())?;
    // (an ASCII suffix starts on a character boundary when it matches)
    if same(w.get(n..)?, suffix) {
        w.get(..n)
    } else {
        None
    }
}

/// `a < b` byte-wise, at compile time (the order of [`cmp_bytes`]).
const fn str_lt(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let mut i = 0;
    while i < a.len() && i < b.len() {
        if a[i] != b[i] {
            return a[i] < b[i];
        }
        i += 1;
    }
    a.len() < b.len()
}

/// A word list indexed at compile time for membership tests, for the lists that hot loops test
/// every token against: `list.contains(&w)` compares with every entry; this looks only at the
/// entries with the word's first byte, and only when one of them has the word's length.
///
/// `static SET: WordSet<{ LIST.len() }> = WordSet::new(LIST);`, one per list and module.
pub(crate) struct WordSet<const N: usize> {
    /// The list, sorted.
    words: [&'static str; N],
    /// For each first byte a..z (and A..Z too, in a list that has capitalised words: see
    /// [`slot`]), and one slot for any other byte: the range of `words` that may start with it
    /// and the set of their lengths (bit k: k bytes; bit 31: 31 or more).
    index: Index,
}

/// The index of a sorted list, and whether it has words that start with an ASCII capital.
type Index = ([(u16, u16, u32); 27], bool);

/// The [`WordSet::index`] slot of a word's first byte. In a list with capitalised words
/// ("The", "Mr"), a capital shares its letter's slot: the slot's range then runs from the first
/// word with either byte to the last, a sorted range that holds every word with one of them
/// (a capital is otherwise looked for in the whole list, the slot of other bytes).
#[inline]
const fn slot(first: u8, upper: bool) -> usize {
    if first.is_ascii_lowercase() {
        (first - b'a') as usize
    } else if upper && first.is_ascii_uppercase() {
        (first - b'A') as usize
    } else {
        26
    }
}

/// The [`WordSet::index`] length bit of a word of `len` bytes.
#[inline]
const fn len_bit(len: usize) -> u32 {
    1 << if len < 31 { len } else { 31 }
}

impl<const N: usize> WordSet<N> {
    pub(crate) const fn new(list: &'static [&'static str]) -> Self {
        assert!(list.len() == N);
        let mut words = [""; N];
        let mut i = 0;
        while i < N {
            // insertion sort, at compile time
            let w = list[i];
            assert!(!w.is_empty(), "an empty word in a word list");
            let mut j = i;
            while j > 0 && str_lt(w, words[j - 1]) {
                words[j] = words[j - 1];
                j -= 1;
            }
            words[j] = w;
            i += 1;
        }
        WordSet { words, index: build_index(&words) }
    }

    /// Whether the list holds `word` (exactly, byte for byte).
    #[inline]
    pub(crate) fn contains(&self, word: &str) -> bool {
        // the cheap rejection inline: most words are out by their first byte and length
        let b = word.as_bytes();
        match b.first() {
            Some(&f) if self.index.0[slot(f, self.index.1)].2 & len_bit(b.len()) != 0 => self.get(word).is_some(),
            _ => false,
        }
    }

    /// The list's own copy of `word`, when the list holds it.
    #[inline]
    pub(crate) fn get(&self, word: &str) -> Option<&'static str> {
        set_get(&self.words, &self.index, word)
    }
}

/// The [`WordSet::index`] of the sorted `words`: for letters, the range of their words; for
/// other first bytes, the whole list.
const fn build_index(words: &[&str]) -> Index {
    assert!(words.len() < u16::MAX as usize);
    let mut upper = false;
    let mut k = 0;
    while k < words.len() {
        upper |= words[k].as_bytes()[0].is_ascii_uppercase();
        k += 1;
    }
    let mut index = [(0u16, 0u16, 0u32); 27];
    index[26].1 = words.len() as u16;
    let mut k = 0;
    while k < words.len() {
        let b = words[k].as_bytes();
        let s = slot(b[0], upper);
        if s < 26 {
            if index[s].2 == 0 {
                index[s].0 = k as u16;
            }
            index[s].1 = k as u16 + 1;
        }
        index[s].2 |= len_bit(b.len());
        k += 1;
    }
    (index, upper)
}

/// [`WordSet::get`], one copy for every size of set: most words are rejected by their first
/// byte and length; the rest are looked for among the words with the same first byte.
fn set_get(words: &[&'static str], index: &Index, word: &str) -> Option<&'static str> {
    let b = word.as_bytes();
    let (lo, hi, lens) = index.0[slot(*b.first()?, index.1)];
    if lens & len_bit(b.len()) == 0 {
        return None;
    }
    let list = words.get(lo as usize..hi as usize)?;
    if list.len() <= 32 {
        // up to a few dozen candidates: most differ in length, which one comparison tells (a
        // scan mispredicts fewer branches than a binary search of so few)
        // (plain loops: in wasm, at opt-level "z", iterator adapters and `==` on slices are
        // calls, the latter to a byte-loop `memcmp`)
        let mut k = 0;
        while k < list.len() {
            let w = list[k].as_bytes();
            if w.len() == b.len() {
                let mut i = 0;
                while i < b.len() && w[i] == b[i] {
                    i += 1;
                }
                if i == b.len() {
                    return Some(list[k]);
                }
            }
            k += 1;
        }
        return None;
    }
    list.binary_search_by(|w| cmp_bytes(w.as_bytes(), b)).ok().map(|i| list[i])
}

/// `word` when the sorted list of `lex` holds it.
fn find(lex: &Lexicon, word: &str) -> Option<&'static str> {
    set_get(lex.words, &lex.index, word)
}

/// A sorted word list with its look-up tables.
struct Lexicon {
    words: &'static [&'static str],
    /// See [`prefixes`].
    prefixes: [u32; 26],
    /// See [`WordSet::index`].
    index: Index,
}

impl Lexicon {
    const fn new(words: &'static [&'static str]) -> Lexicon {
        Lexicon { words, prefixes: prefixes(words), index: build_index(words) }
    }
}

const CUE: Lexicon = Lexicon::new(CUE_VERBS);
const QUOTE_CUE: Lexicon = Lexicon::new(QUOTE_CUE_EXTRA);

/// For each first letter a..z, the set (bit 0 = a) of second letters that words of `list`
/// (lowercase ASCII letters, at least 3 long) start with. Every regular inflection keeps the
/// first two letters of its lemma, so a word whose first two letters are not in the set is
/// not an inflection of any word of the list: a cheap test before the binary searches.
pub(crate) const fn prefixes(list: &[&str]) -> [u32; 26] {
    let mut out = [0u32; 26];
    let mut i = 0;
    while i < list.len() {
        let b = list[i].as_bytes();
        assert!(b.len() >= 3 && b[0].is_ascii_lowercase() && b[1].is_ascii_lowercase());
        out[(b[0] - b'a') as usize] |= 1 << (b[1] - b'a');
        i += 1;
    }
    out
}


/// Whether the first two bytes of `word` are a prefix recorded in `set` (see [`prefixes`]).
#[inline]
pub(crate) fn has_prefix(word: &[u8], set: &[u32; 26]) -> bool {
    word.len() >= 2
        && word[0].is_ascii_lowercase()
        && word[1].is_ascii_lowercase()
        && set[(word[0] - b'a') as usize] & (1 << (word[1] - b'a')) != 0
}

/// `stem` followed by the ASCII byte `end`, looked up in `list` (no allocation).
fn find_with(list: &Lexicon, stem: &str, end: u8) -> Option<&'static str> {
    let mut buf = [0u8; 32];
    let n = stem.len();
    if n + 1 > buf.len() {
        return None;
    }
    buf[..n].copy_from_slice(stem.as_bytes());
    buf[n] = end;
    core::str::from_utf8(&buf[..=n]).ok().and_then(|w| find(list, w))
}

/// The lemma in the sorted `list` of which `word` (lowercase) is a regular inflection:
/// the word itself, -s, -es, -d, -ed, -ing (with or without a dropped e), -ied/-ies (→ y),
/// and a doubled final consonant ("admitted", "admitting" → admit). Allocation-free.
fn lemma_in(word: &str, list: &Lexicon) -> Option<&'static str> {
    if word.len() < 2 || word.len() > 30 || !has_prefix(word.as_bytes(), &list.prefixes) || !word.is_ascii() {
        return None;
    }
    if let Some(l) = find(list, word) {
        return Some(l);
    }
    fn doubled(stem: &str) -> Option<&str> {
        let b = stem.as_bytes();
        (b.len() >= 3 && b[b.len() - 1] == b[b.len() - 2] && !b"aeiou".contains(&b[b.len() - 1]))
            .then(|| &stem[..stem.len() - 1])
    }
    // the inflections by the word's last letter (it has two or more)
    let cut = |n: usize| &word[..word.len() - n];
    match word.as_bytes()[word.len() - 1] {
        b'g' => {
            if let Some(stem) = strip_ascii_suffix(word, "ing") {
                return find(list, stem)
                    .or_else(|| find_with(list, stem, b'e'))
                    .or_else(|| doubled(stem).and_then(|s| find(list, s)));
            }
            None
        }
        b'd' => {
            if let Some(stem) = strip_ascii_suffix(word, "ied") {
                if let Some(l) = find_with(list, stem, b'y') {
                    return Some(l);
                }
            }
            if let Some(stem) = strip_ascii_suffix(word, "ed") {
                if let Some(l) = find(list, stem).or_else(|| doubled(stem).and_then(|s| find(list, s))) {
                    return Some(l);
                }
            }
            find(list, cut(1))
        }
        b's' => {
            if let Some(stem) = strip_ascii_suffix(word, "ies") {
                if let Some(l) = find_with(list, stem, b'y') {
                    return Some(l);
                }
            }
            if let Some(stem) = strip_ascii_suffix(word, "es") {
                if let Some(l) = find(list, stem) {
                    return Some(l);
                }
            }
            find(list, cut(1))
        }
        _ => None,
    }
}

/// Further verbs that credit quoted words ("likened it to", "blasted … as", "the letter reads"),
/// used by the direct-quote attribution on top of [`CUE_VERBS`].
pub const QUOTE_CUE_EXTRA: &[&str] = &[
    "admonish", "assail", "attack", "bemoan", "blast", "blog", "boom", "brag", "brand", "chant",
    "characterise", "characterize", "chide", "concur", "condemn", "confide", "counter", "cry",
    "decry", "demand", "denounce", "exhort", "exult", "fume", "gloat", "groan", "grumble", "gush",
    "hail", "implore", "insist", "interject", "lambast", "lambaste", "lament", "lash", "liken",
    "marvel", "mock", "murmur", "muse", "mutter", "opine", "plead", "proclaim", "question", "quote",
    "rail", "rate", "read", "rebuke", "recount", "refer", "reference", "remind", "retort",
    "ridicule", "rip", "scold", "sing", "slam", "sneer", "speculate", "summarise", "summarize",
    "talk", "taunt", "theorise", "theorize", "tout", "vent", "whisper", "wonder",
];

/// Cue verbs that credit quoted words only in some constructions ("agree to ban 'X'" is an
/// action, "expect" a belief about the future): not cues for direct quotes.
pub const QUOTE_CUE_EXCLUDE: &[&str] = &[
    "agree", "believe", "continue", "expect", "fear", "hope", "point", "signal", "speak", "think",
];

/// The lemma of `word` (lowercase) when it is a verb that can credit a direct quote.
pub fn quote_cue_lemma(word: &str) -> Option<&'static str> {
    quote_cue_lemma_given(word, cue_lemma(word))
}

/// [`quote_cue_lemma`] of `word` when its [`cue_lemma`] is already known (`cue`).
pub fn quote_cue_lemma_given(word: &str, cue: Option<&'static str>) -> Option<&'static str> {
    if let Some(l) = cue {
        return (!QUOTE_CUE_EXCLUDE.contains(&l)).then_some(l);
    }
    lemma_in(word, &QUOTE_CUE)
}

/// Titles that may precede a name ("President Xi", "Mr Brown"). Case-sensitive.
pub const TITLES: &[&str] = &[
    "Mr",
    "Mr.",
    "Mrs",
    "Mrs.",
    "Ms",
    "Ms.",
    "Miss",
    "Dr",
    "Dr.",
    "Prof",
    "Prof.",
    "Professor",
    "Sir",
    "Dame",
    "Lord",
    "Lady",
    "President",
    "Vice",
    "Prime",
    "Minister",
    "Secretary",
    "Senator",
    "Sen.",
    "Rep.",
    // (before coordinated names: "Sens. Jo Li (D-Ore.) and Ann Berg")
    "Sens.",
    "Reps.",
    "Gov.",
    "Governor",
    // (a member of a state's House of Delegates: "state Del. Marcia Price")
    "Del.",
    "Delegate",
    "Mayor",
    "General",
    "Gen.",
    "Judge",
    "Justice",
    "Chancellor",
    "King",
    "Queen",
    "Prince",
    "Pope",
    "Ambassador",
    "Speaker",
    "Chairman",
    "Chairwoman",
    "Director",
    "Commissioner",
    "Attorney",
    // offices written before a name ("EPA Administrator Lee Zeldin"; not words that open names of
    // things too: "Major League Baseball", "Cardinal Health", "Coach")
    "Administrator",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
    "Councillor",
    "Councilman",
    "Councilwoman",
    "Assemblyman",
    "Assemblywoman",
    "Sheriff",
    "Treasurer",
    "Comptroller",
    "Envoy",
    // military, police and religious ranks ("Brigadier Osman al-Tayeb", "Sheikh Nasser")
    "Brigadier",
    "Colonel",
    "Col.",
    "Lieutenant",
    "Lt.",
    "Maj.",
    "Capt.",
    "Admiral",
    "Adm.",
    "Sergeant",
    "Sgt.",
    "Superintendent",
    "Archbishop",
    "Rabbi",
    "Imam",
    "Sheikh",
];

/// Time-zone abbreviations that follow a clock time, lowercase ("11.24 GMT", "5:42 p.m. CDT").
const TIME_ZONES: &[&str] = &[
    "gmt", "bst", "utc", "cet", "cest", "eet", "eest", "msk", "et", "est", "edt", "pt", "pst",
    "pdt", "ct", "cst", "cdt", "mst", "mdt", "jst", "ist", "aest",
    // (Africa, the Gulf, Asia, the Pacific: "18.05 EAT")
    "eat", "cat", "wat", "sast", "gst", "pkt", "ict", "hkt", "kst", "aedt", "nzst", "nzdt",
];
static SET_TIME_ZONES: WordSet<{ TIME_ZONES.len() }> = WordSet::new(TIME_ZONES);

/// Whether `w` (lowercase) is a time zone's abbreviation.
pub fn is_time_zone(w: &str) -> bool {
    SET_TIME_ZONES.contains(w)
}

/// Whether [`TITLES`] holds `s`.
pub fn is_title_form(s: &str) -> bool {
    SET_TITLES.contains(s)
}

static SET_TITLES: WordSet<{ TITLES.len() }> = WordSet::new(TITLES);

/// Personal pronouns that can be speakers, lowercase.
pub const PRONOUNS: &[&str] = &["he", "she", "they", "we", "i", "it"];

/// Nouns of a company's accounts, which "reported" states rather than says ("reported revenue
/// of $4.2bn", "reported a record loss").
pub(crate) fn is_financial_noun(w: &str) -> bool {
    matches!(
        w,
        "revenue" | "revenues" | "sales" | "profit" | "profits" | "loss" | "losses" | "earnings" | "income" | "turnover" | "ebitda" | "margins"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_sets_agree_with_their_lists() {
        const LIST: &[&str] = &[
            "the", "a", "an", "of", "office", "offices", "officer", "offset", "often", "oft", "off", "on",
            "once", "one", "only", "onto", "open", "opened", "order", "or", "other", "others", "our",
            "out", "over", "own", "\u{e9}t\u{e9}", "$", "10", "x", "extraordinarily-long-compound-word-here",
            "cooking", "cooking",
        ];
        static SET: WordSet<{ LIST.len() }> = WordSet::new(LIST);
        let set = &SET;
        let mut probes: Vec<String> = LIST.iter().map(|w| w.to_string()).collect();
        for w in LIST {
            probes.push(format!("{w}s"));
            probes.push(w[..w.len() - w.chars().last().unwrap().len_utf8()].to_string());
            probes.push(w.to_uppercase());
        }
        probes.extend(["", "o", "ofx", "zzz", "\u{e9}", "extraordinarily-long-compound-word-her"].map(String::from));
        for p in &probes {
            assert_eq!(set.contains(p), LIST.contains(&p.as_str()), "{p:?}");
            assert_eq!(set.get(p), LIST.iter().copied().find(|w| w == p), "{p:?}");
        }
    }

    #[test]
    fn inflections_find_their_lemma() {
        assert_eq!(cue_lemma("said"), Some("say"));
        assert_eq!(cue_lemma("warned"), Some("warn"));
        assert_eq!(cue_lemma("claims"), Some("claim"));
        assert_eq!(cue_lemma("noted"), Some("note"));
        assert_eq!(cue_lemma("denied"), Some("deny"));
        assert_eq!(cue_lemma("insisting"), Some("insist"));
        assert_eq!(cue_lemma("describing"), Some("describe"));
        assert_eq!(cue_lemma("table"), None);
        assert_eq!(cue_lemma("sad"), None);
        assert_eq!(cue_lemma("admitting"), Some("admit"));
        assert_eq!(cue_lemma("admitted"), Some("admit"));
        assert_eq!(cue_lemma("replies"), Some("reply"));
        assert_eq!(quote_cue_lemma("decried"), Some("decry"));
        assert_eq!(quote_cue_lemma("likened"), Some("liken"));
        assert_eq!(quote_cue_lemma("expects"), None);
        assert_eq!(cue_lemma("Said"), None, "callers lowercase first");
        assert_eq!(cue_lemma("\u{e9}crit"), None);
    }

    #[test]
    fn word_lists_are_sorted_for_binary_search() {
        for list in [CUE_VERBS, QUOTE_CUE_EXTRA] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "not sorted: {list:?}");
        }
        assert!(IRREGULAR.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn title_match_agrees_with_the_list() {
        for t in TITLES {
            assert!(is_title_form(t), "{t}");
            assert!(!is_title_form(&t.to_lowercase()), "{t}");
        }
        assert!(!is_title_form("Mister") && !is_title_form("") && !is_title_form("Presidents"));
    }

    #[test]
    fn prefix_filter_keeps_every_inflection() {
        for l in CUE_VERBS.iter().chain(QUOTE_CUE_EXTRA) {
            for suffix in ["", "s", "es", "d", "ed", "ing"] {
                let w = format!("{l}{suffix}");
                assert!(has_prefix(w.as_bytes(), &CUE.prefixes) || has_prefix(w.as_bytes(), &QUOTE_CUE.prefixes));
            }
        }
        assert_eq!(quote_cue_lemma("xylophone"), None);
        for lex in [&CUE, &QUOTE_CUE] {
            for w in lex.words {
                assert_eq!(find(lex, w), Some(*w));
            }
        }
        assert_eq!(cue_lemma("told"), Some("tell"));
    }
}


/// An adverb of place or time that may open a sentence before a comma ("Outside, his
/// daughter, …, said"): never the subject (lowercase).
pub fn is_place_or_time_adverb(w: &str) -> bool {
    matches!(
        w,
        "outside" | "inside" | "nearby" | "elsewhere" | "there" | "here" | "downstairs" | "upstairs" | "overnight" | "later" | "earlier" | "afterwards" | "afterward" | "instead" | "again" | "now" | "then" | "today" | "yesterday" | "tonight" | "abroad" | "meanwhile" | "locally" | "nationally" | "offshore" | "downtown"
    )
}

/// A preposition of place that opens a fronted adjunct ("Outside court, Li thanked …").
pub fn is_place_preposition(w: &str) -> bool {
    matches!(w, "outside" | "inside" | "across" | "beyond" | "behind" | "near" | "around" | "among" | "amid" | "throughout" | "within")
}

/// "said 64 posts would go": a plural after a number, before one of these auxiliaries, is the
/// clause's counted noun, no speech verb ("posts", "claims"). Shared by the quote credits and
/// the reported-speech pass.
pub(crate) fn counted_noun_before(aux: &str) -> bool {
    matches!(aux, "would" | "will" | "could" | "may" | "might" | "should" | "can" | "must" | "shall" | "were" | "are" | "have" | "had")
}

/// A verb by which a speaker puts a document out ("issued a statement saying …", "posts a
/// video"); "put" only with "out", which the caller checks.
pub fn is_put_out_verb(w: &str) -> bool {
    matches!(w, "issued" | "issues" | "released" | "releases" | "posted" | "posts" | "published" | "publishes" | "sent" | "sends" | "circulated" | "put" | "puts")
}
