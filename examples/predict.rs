//! Write a prediction line (FORMAT.md of the gold files) for every article of a gold file.
//!
//! ```text
//! cargo run --release --example predict -- ../shared/eval/seeds.gold.jsonl > seeds.pred.jsonl
//! python3 ../shared/eval/score.py ../shared/eval/seeds.gold.jsonl seeds.pred.jsonl
//! ```
//!
//! Offsets are UTF-8 byte offsets (`"offsets": "utf8"`), what the Rust API returns.

use serde::Serialize;
use std::io::{BufRead, BufWriter, Write};

#[derive(Serialize)]
struct Prediction<'a> {
    id: &'a str,
    offsets: &'static str,
    quotes: &'a [quotelens::Quote],
    numbers: &'a [quotelens::Number],
}

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: predict GOLD.jsonl > PRED.jsonl");
        std::process::exit(2);
    };
    let file = std::fs::File::open(&path).unwrap_or_else(|e| {
        eprintln!("predict: cannot open {path}: {e}");
        std::process::exit(2);
    });
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
        let line = line.expect("read error");
        if line.trim().is_empty() {
            continue;
        }
        let rec: serde_json::Value = serde_json::from_str(&line).unwrap_or_else(|e| {
            eprintln!("predict: {path} line {}: {e}", n + 1);
            std::process::exit(2);
        });
        let id = rec["id"].as_str().unwrap_or_default();
        let text = rec["text"].as_str().unwrap_or_default();
        let a = quotelens::analyze(text);
        let p = Prediction {
            id,
            offsets: "utf8",
            quotes: &a.quotes,
            numbers: &a.numbers,
        };
        serde_json::to_writer(&mut out, &p).expect("write error");
        out.write_all(b"\n").expect("write error");
    }
}
