//! Shared by the corpus regression tests: run `analyze` over a gold file of
//! `../shared/eval` and score it with the project's scorer (`score.py`).
//! When `../shared` (or python3) is absent the tests print why and pass.

#![allow(dead_code)]

use std::io::Write;
use std::path::PathBuf;
use std::process::Command;

/// `../shared/eval` beside the crate.
pub fn eval_dir() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/eval"))
}

/// Scores of `analyze` on `../shared/eval/<name>.gold.jsonl`, as the JSON that `score.py --json`
/// prints; `None` (after printing a visible "skipped" line) when the data or python3 is absent.
pub fn score(name: &str) -> Option<serde_json::Value> {
    score_file(&eval_dir().join(format!("{name}.gold.jsonl")), name)
}

/// Scores of `analyze` on the gold file `gold` (any path; `name` labels the temporary
/// prediction file), scored with `../shared/eval/score.py`.
pub fn score_file(gold: &std::path::Path, name: &str) -> Option<serde_json::Value> {
    let scorer = eval_dir().join("score.py");
    if !gold.exists() || !scorer.exists() {
        let missing = if gold.exists() { scorer.display() } else { gold.display() };
        println!("skipped: {missing} not found (the corpus tests need ../shared/eval beside the crate)");
        eprintln!("skipped: {missing} not found");
        return None;
    }
    let text = std::fs::read_to_string(gold).expect("read gold");
    let pred_path = std::env::temp_dir().join(format!("quotelens-{}-{name}.pred.jsonl", std::process::id()));
    {
        let mut out = std::io::BufWriter::new(std::fs::File::create(&pred_path).expect("create pred"));
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let rec: serde_json::Value = serde_json::from_str(line).expect("gold line");
            let body = rec["text"].as_str().expect("gold text");
            let a = quotelens::analyze(body);
            let pred = serde_json::json!({
                "id": rec["id"], "offsets": "utf8", "quotes": a.quotes, "numbers": a.numbers,
            });
            serde_json::to_writer(&mut out, &pred).unwrap();
            out.write_all(b"\n").unwrap();
        }
    }
    let run = Command::new("python3").arg(&scorer).arg(gold).arg(&pred_path).arg("--json").output();
    let _ = std::fs::remove_file(&pred_path);
    let run = match run {
        Ok(r) => r,
        Err(e) => {
            println!("skipped: python3 not available to run score.py ({e})");
            return None;
        }
    };
    assert!(run.status.success(), "score.py failed: {}", String::from_utf8_lossy(&run.stderr));
    let v: serde_json::Value = serde_json::from_slice(&run.stdout).expect("score.py json");
    Some(v)
}

/// `v[metric][field]` as f64 (e.g. `metric(&v, "direct", "f1")`).
pub fn metric(v: &serde_json::Value, name: &str, field: &str) -> f64 {
    v[name][field].as_f64().unwrap_or_else(|| panic!("no {name}.{field} in the scores"))
}

/// Assert `v[name][field] >= floor`, printing the figure either way.
pub fn at_least(v: &serde_json::Value, name: &str, field: &str, floor: f64) {
    let got = metric(v, name, field);
    println!("{name}.{field} = {got:.3} (floor {floor:.3})");
    assert!(got >= floor, "{name}.{field} fell to {got:.3}, below the floor {floor:.3}");
}
