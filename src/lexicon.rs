//! Word lists shared by the passes. Lowercase unless noted; looked up by
//! binary search where sorted, or by linear scan where short.

/// Words (without their final dot) after which "." does not end a sentence. Case-sensitive.
pub const ABBREVIATIONS: &[&str] = &[
    "Adm", "Apr", "Aug", "Capt", "Cmdr", "Co", "Col", "Corp", "Dec", "Dr", "Feb", "Gen", "Gov",
    "Inc", "Jan", "Jr", "Jul", "Jun", "Lt", "Ltd", "Mar", "Messrs", "Mr", "Mrs", "Ms", "Mt", "No",
    "Nov", "Oct", "Prof", "Rep", "Reps", "Rev", "Sen", "Sens", "Sept", "Sep", "Sgt", "Sr", "St",
    "Supt", "vs", "etc", "approx", "Fig", "Vol", "Ave",
];

/// Speech and attitude verbs (lemma forms); inflections are matched by [`cue_lemma`].
pub const CUE_VERBS: &[&str] = &[
    "accuse",
    "acknowledge",
    "add",
    "admit",
    "advise",
    "affirm",
    "agree",
    "allege",
    "announce",
    "answer",
    "argue",
    "ask",
    "assert",
    "assure",
    "believe",
    "blame",
    "boast",
    "call",
    "caution",
    "charge",
    "claim",
    "comment",
    "complain",
    "concede",
    "conclude",
    "confirm",
    "contend",
    "continue",
    "counter",
    "criticise",
    "criticize",
    "declare",
    "deny",
    "describe",
    "dismiss",
    "emphasise",
    "emphasize",
    "estimate",
    "exclaim",
    "explain",
    "expect",
    "fear",
    "hope",
    "indicate",
    "insist",
    "joke",
    "label",
    "lament",
    "maintain",
    "mention",
    "note",
    "observe",
    "pledge",
    "point",
    "posit",
    "post",
    "praise",
    "predict",
    "promise",
    "propose",
    "quip",
    "recall",
    "reckon",
    "remark",
    "reiterate",
    "reply",
    "report",
    "respond",
    "reveal",
    "say",
    "scoff",
    "shout",
    "signal",
    "speak",
    "state",
    "stress",
    "suggest",
    "tell",
    "testify",
    "think",
    "threaten",
    "tweet",
    "underline",
    "urge",
    "vow",
    "warn",
    "welcome",
    "write",
    "yell",
];

/// Irregular inflections of cue verbs, mapped to their lemma.
const IRREGULAR: &[(&str, &str)] = &[
    ("said", "say"),
    ("says", "say"),
    ("saying", "say"),
    ("told", "tell"),
    ("tells", "tell"),
    ("telling", "tell"),
    ("wrote", "write"),
    ("written", "write"),
    ("writes", "write"),
    ("writing", "write"),
    ("thought", "think"),
    ("spoke", "speak"),
    ("spoken", "speak"),
    ("denied", "deny"),
    ("denies", "deny"),
    ("replied", "reply"),
    ("replies", "reply"),
    ("testified", "testify"),
    ("testifies", "testify"),
];

/// The lemma of `word` (lowercase) when it is an inflection of a cue verb.
pub fn cue_lemma(word: &str) -> Option<&'static str> {
    if let Some(&(_, lemma)) = IRREGULAR.iter().find(|(w, _)| *w == word) {
        return Some(lemma);
    }
    lemma_in(word, CUE_VERBS)
}

/// The lemma in `list` of which `word` (lowercase) is a regular inflection.
fn lemma_in(word: &str, list: &[&'static str]) -> Option<&'static str> {
    let candidates = [
        word.to_string(),
        word.strip_suffix('s')
            .map(str::to_string)
            .unwrap_or_default(),
        word.strip_suffix("es")
            .map(str::to_string)
            .unwrap_or_default(),
        word.strip_suffix('d')
            .map(str::to_string)
            .unwrap_or_default(),
        word.strip_suffix("ed")
            .map(str::to_string)
            .unwrap_or_default(),
        word.strip_suffix("ing")
            .map(|s| format!("{s}e"))
            .unwrap_or_default(),
        word.strip_suffix("ing")
            .map(str::to_string)
            .unwrap_or_default(),
        word.strip_suffix("ed")
            .and_then(|s| {
                s.strip_suffix(|c: char| !"aeiou".contains(c))
                    .map(str::to_string)
            })
            .unwrap_or_default(),
        // "decried" / "decries" → "decry"
        word.strip_suffix("ied")
            .or_else(|| word.strip_suffix("ies"))
            .map(|s| format!("{s}y"))
            .unwrap_or_default(),
        // doubled final consonant: "admitting" → "admit"
        word.strip_suffix("ing")
            .filter(|s| {
                let b = s.as_bytes();
                b.len() >= 3 && b[b.len() - 1] == b[b.len() - 2] && !b"aeiou".contains(&b[b.len() - 1])
            })
            .map(|s| s[..s.len() - 1].to_string())
            .unwrap_or_default(),
    ];
    for c in candidates.iter().filter(|c| !c.is_empty()) {
        if let Some(lemma) = list.iter().find(|v| **v == c.as_str()) {
            return Some(lemma);
        }
    }
    None
}

/// Further verbs that credit quoted words ("likened it to", "blasted … as", "the letter reads"),
/// used by the direct-quote attribution on top of [`CUE_VERBS`].
pub const QUOTE_CUE_EXTRA: &[&str] = &[
    "blast", "brand", "chant", "characterise", "characterize", "condemn", "cry", "decry",
    "demand", "denounce", "grumble", "hail", "liken", "mock", "muse", "plead", "question",
    "read", "recount", "refer", "retort", "sing", "slam", "talk", "wonder", "quote", "ridicule",
    "lambast", "lambaste", "assail", "rail", "insist", "summarise", "summarize", "counter",
    "proclaim", "scold", "chide", "rebuke", "remind", "concur", "interject", "exult", "attack",
    "exhort", "lash", "decry", "lament", "muse", "marvel", "gush", "groan", "fume",
];

/// Cue verbs that credit quoted words only in some constructions ("agree to ban 'X'" is an
/// action, "expect" a belief about the future): not cues for direct quotes.
pub const QUOTE_CUE_EXCLUDE: &[&str] = &["agree", "expect", "continue", "point", "signal", "speak"];

/// The lemma of `word` (lowercase) when it is a verb that can credit a direct quote.
pub fn quote_cue_lemma(word: &str) -> Option<&'static str> {
    if let Some(l) = cue_lemma(word) {
        return (!QUOTE_CUE_EXCLUDE.contains(&l)).then_some(l);
    }
    lemma_in(word, QUOTE_CUE_EXTRA)
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
    "Gov.",
    "Governor",
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
];

/// Personal pronouns that can be speakers, lowercase.
pub const PRONOUNS: &[&str] = &["he", "she", "they", "we", "i", "it"];

#[cfg(test)]
mod tests {
    use super::*;

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
    }
}
