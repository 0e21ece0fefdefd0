//! Corpus regression test for reported speech (direct and indirect
//! attributions): fails when the attribution scores on the shared gold drop
//! below the figures reached so far, or when the indirect quotes break the
//! span invariants on real articles.

mod common;
use common::at_least;
use quotelens::QuoteKind;

#[test]
fn polnear_dev_attributions() {
    let Some(v) = common::score("polnear-dev") else { return };
    at_least(&v, "attribution", "f1", 0.70);
    at_least(&v, "attribution_exact", "f1", 0.580);
    at_least(&v, "source", "accuracy", 0.943);
    at_least(&v, "cue", "accuracy", 0.955);
}

#[test]
fn seeds_attributions() {
    let Some(v) = common::score("seeds") else { return };
    at_least(&v, "attribution", "f1", 0.835);
    at_least(&v, "attribution_exact", "f1", 0.770);
}

/// Indirect quotes never cross each other (one holds another whole or they are apart) and hold
/// any direct quote they touch whole.
#[test]
fn indirect_quotes_keep_their_invariants_on_the_corpus() {
    for name in ["seeds", "polnear-dev"] {
        let path = common::eval_dir().join(format!("{name}.gold.jsonl"));
        let Ok(data) = std::fs::read_to_string(&path) else {
            println!("skipped: ../shared/eval not found ({})", path.display());
            return;
        };
        for line in data.lines().filter(|l| !l.trim().is_empty()) {
            let rec: serde_json::Value = serde_json::from_str(line).expect("gold line");
            let text = rec["text"].as_str().expect("text");
            let a = quotelens::analyze(text);
            let ind: Vec<_> = a.quotes.iter().filter(|q| q.kind == QuoteKind::Indirect).collect();
            for q in &ind {
                assert!(q.start < q.end, "empty indirect quote");
                assert!(text.is_char_boundary(q.start) && text.is_char_boundary(q.end));
                for d in a.quotes.iter().filter(|d| d.kind != QuoteKind::Indirect) {
                    let overlaps = d.start < q.end && q.start < d.end;
                    let holds = q.start <= d.start && d.end <= q.end;
                    assert!(!overlaps || holds, "indirect {:?} cuts direct {:?}", q.text(text), d.text(text));
                }
            }
            // (a report may hold another whole, "A told B …, according to C", but two never
            // cross)
            for (i, x) in ind.iter().enumerate() {
                for y in &ind[i + 1..] {
                    let apart = x.end <= y.start || y.end <= x.start;
                    let nested = x.start <= y.start && y.end <= x.end || y.start <= x.start && x.end <= y.end;
                    assert!(apart || nested, "indirect quotes cross: {:?} / {:?}", x.text(text), y.text(text));
                }
            }
        }
    }
}
