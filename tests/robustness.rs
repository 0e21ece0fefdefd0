//! Bad input never panics, never loses text, and every span keeps its invariants:
//! property tests over arbitrary Unicode and article-like text, plus adversarial inputs.
//! Native only: proptest does not run in the browser.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use quotelens::analyze;
use quotelens::invariants::check;

fn assert_ok(text: &str) {
    let a = analyze(text);
    if let Err(e) = check(text, &a) {
        panic!("{e}\ninput (first 200 chars): {:?}", text.chars().take(200).collect::<String>());
    }
}

/// Every JSON number as an f64 (serde writes `8000.0` where the JSON writer writes `8000`).
/// (to the 15 significant digits the JSON writer keeps: a value read from "2020241.520242024"
/// is written 2020241.52024202, the same number to a reader)
fn as_f64(v: serde_json::Value) -> serde_json::Value {
    use serde_json::Value as V;
    let sig15 = |x: f64| {
        if x == 0.0 || !x.is_finite() {
            return x;
        }
        let p = 10f64.powi(14 - x.abs().log10().floor() as i32);
        (x * p).round() / p
    };
    match v {
        V::Number(n) => serde_json::json!(n.as_f64().map(sig15)),
        V::Array(a) => V::Array(a.into_iter().map(as_f64).collect()),
        V::Object(o) => V::Object(o.into_iter().map(|(k, v)| (k, as_f64(v))).collect()),
        v => v,
    }
}

/// Pieces that articles are made of, glued at random by the generator.
const PIECES: &[&str] = &[
    "\"", "\u{201c}", "\u{201d}", "'", "\u{2018}", "\u{2019}", "\u{ab}", "\u{bb}", "\u{201e}", "''", " ", " ", " ", "\n",
    "\n\n", "\r\n", "\u{a0}", "\u{200b}", ", ", ". ", ": ", " - ", " \u{2013} ", "said", "he said", "told reporters",
    "according to", "Mr", "Ms Smith", "the ministry", "Anna Berg", "she", "The", "we will", "not", "8,000", "1.5", "$2bn",
    "\u{a3}1.5bn", "25%", "more than", "about", "two", "twenty-one", "11:24", "3pm", "4m ago", "March 20", "2024", "first",
    "12-year-old", "Su-35", "24/7", "\u{1F600}", "\u{4e2d}\u{6587}", "e\u{301}", "\u{5e9}\u{5dc}\u{5d5}\u{5dd}", "\u{0}",
    "\u{7}", "Photograph: X/Y", "Copy link", "(", ")", "...", "\u{2026}", "-", "0", "9", "1,000,000", "%", "\u{20ac}",
];

fn article() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..120).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 600, .. ProptestConfig::default() })]

    #[test]
    fn arbitrary_unicode_keeps_invariants(s in any::<String>()) {
        let a = analyze(&s);
        prop_assert!(check(&s, &a).is_ok(), "{:?}", check(&s, &a));
    }

    #[test]
    fn article_like_text_keeps_invariants(s in article()) {
        let a = analyze(&s);
        prop_assert!(check(&s, &a).is_ok(), "{:?}", check(&s, &a));
    }

    /// The wasm layer's JSON (written straight from the analysis) is the document serde writes
    /// for the view (numbers compared as JavaScript sees them).
    #[test]
    fn json_is_the_view(s in article()) {
        let a = analyze(&s);
        let ours: serde_json::Value = serde_json::from_str(&quotelens::view::to_json(&s, &a)).expect("valid JSON");
        let theirs = serde_json::to_value(quotelens::view::to_js(&s, &a)).unwrap();
        prop_assert_eq!(as_f64(ours), as_f64(theirs));
    }

    #[test]
    fn analysis_is_deterministic(s in article()) {
        prop_assert_eq!(analyze(&s), analyze(&s));
    }
}

#[test]
fn empty_and_whitespace() {
    for t in ["", " ", "\n\n\n", "\r\n\r\n", "\u{a0}\u{200b}\u{feff}", "\t \u{2028}\u{2029}"] {
        let a = analyze(t);
        assert!(a.quotes.is_empty() && a.numbers.is_empty() && a.blocks.is_empty(), "{t:?}");
    }
}

#[test]
fn one_million_quote_marks() {
    for mark in ["\"", "\u{201c}", "\u{201d}", "'", "\u{2019}", "\u{ab}"] {
        assert_ok(&mark.repeat(1_000_000));
    }
    assert_ok(&"\" ".repeat(500_000));
    assert_ok(&"\u{201c}a\u{201d} ".repeat(200_000));
}

#[test]
fn one_million_digits() {
    assert_ok(&"7".repeat(1_000_000));
    assert_ok(&"1,".repeat(500_000));
    assert_ok(&"9 ".repeat(500_000));
}

#[test]
fn deeply_nested_quotes() {
    let mut s = String::new();
    for i in 0..10_000 {
        s.push_str(if i % 2 == 0 { "\u{201c}a " } else { "\u{2018}b " });
    }
    for i in 0..10_000 {
        s.push_str(if i % 2 == 0 { " c\u{2019}" } else { " d\u{201d}" });
    }
    assert_ok(&s);
}

#[test]
fn combining_marks_rtl_and_control_characters() {
    assert_ok(&"\u{301}\u{302}\u{303}".repeat(10_000));
    assert_ok("\u{5e9}\u{5dc}\u{5d5}\u{5dd} \u{201c}\u{5e2}\u{5d5}\u{5dc}\u{5dd}\u{201d} \u{5d0}\u{5de}\u{5e8} 25 \u{5d0}\u{5e0}\u{5e9}\u{5d9}\u{5dd}");
    assert_ok("\u{627}\u{644}\u{633}\u{644}\u{627}\u{645} \u{ab}\u{645}\u{631}\u{62d}\u{628}\u{627}\u{bb} \u{202e}reversed\u{202c} 12");
    let controls: String = (0u32..32).filter_map(char::from_u32).collect();
    assert_ok(&controls.repeat(1000));
    assert_ok("\u{0}\"said\u{0}\" he said\u{0} 8,000\u{0}");
}

#[test]
fn invalid_utf8_is_a_clear_error_and_valid_bytes_work() {
    assert!(quotelens::analyze_bytes(b"caf\xe9 \xff\xfe").is_err());
    let a = quotelens::analyze_bytes("\u{201c}Fine,\u{201d} she said.".as_bytes()).unwrap();
    assert_eq!(a.quotes.len(), 1);
}

#[test]
fn ten_megabytes_of_articles() {
    let para = "\u{201c}We will not retreat from the city,\u{201d} the minister said on Tuesday. \
                About 8,000 people, or 12% of residents, left in March 2024, officials said.\n\n\
                Copy link\n4m ago\nShe said the talks had failed. \"It is over,\" he added.\n";
    let text = para.repeat(10 * 1024 * 1024 / para.len() + 1);
    let a = analyze(&text);
    check(&text, &a).unwrap();
    // no text is lost: every block is non-empty and the blocks cover every non-space character in order
    let covered: usize = a.blocks.iter().map(|b| b.end - b.start).sum();
    let non_space = text.chars().filter(|c| !quotelens::text::is_space(*c)).map(char::len_utf8).sum::<usize>();
    assert!(covered >= non_space);
    assert!(a.quotes.len() >= text.len() / para.len());
}

/// Inputs the fuzzer found crashing once (`fuzz/`), replayed here on every test run.
#[test]
fn fuzzer_findings_stay_fixed() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fuzz_regressions");
    let mut n = 0;
    for entry in std::fs::read_dir(dir).expect("tests/fuzz_regressions") {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        let a = analyze(&text);
        check(&text, &a).unwrap();
        n += 1;
    }
    assert!(n >= 1, "the regression inputs are there");
}

/// A megabyte on one line, of reports with no full stop or of quotes and credits: every pass
/// reaches back a bounded way (a line's start, a clause's comma, the reports a closing credit
/// covers), so these finish as fast as an article of that size would.
#[test]
fn a_megabyte_of_reports_on_one_line() {
    let text = "\u{201c}No,\u{201d} Bob Lee said. Then it rained on the town. ".repeat(20_000);
    let a = analyze(&text);
    check(&text, &a).unwrap();
    assert_eq!(a.quotes.iter().filter(|q| q.speaker.as_ref().is_some_and(|s| s.name == "Bob Lee")).count(), 20_000);
    for unit in ["he said that ", "according to Reuters, "] {
        let text = unit.repeat(1_000_000 / unit.len());
        let a = analyze(&text);
        check(&text, &a).unwrap();
    }
}

#[test]
fn a_report_holding_another_keeps_the_invariants() {
    let t = "The pilot told the tower the engine had failed, according to a flight log.";
    assert_ok(t);
    let a = quotelens::analyze(t);
    let ind: Vec<_> = a.quotes.iter().filter(|q| q.kind == quotelens::QuoteKind::Indirect).collect();
    assert!(ind.iter().any(|x| ind.iter().any(|y| x.start < y.start && y.end <= x.end)), "no nested report");
    // (a report that would run past the clause another credits is left alone: proptest's find)
    assert_ok("Ms Smith told reporters according to\"said");
}
