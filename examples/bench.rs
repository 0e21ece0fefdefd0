//! Native benchmark of `analyze`, for quick iteration on the core (the browser benchmark,
//! `node scripts/bench.mjs`, is the one that counts for users).
//!
//! ```text
//! cargo run --release --example bench [-- GOLD.jsonl]    (default ../shared/eval/polnear-dev.gold.jsonl)
//! ```
//! Prints per-article median and p95, throughput, and the time for ~1 MB and ~10 MB inputs
//! made of the same articles (linear scaling means the 10 MB figure is about 10x the 1 MB one).

use std::time::Instant;

fn per_run_ms(text: &str, reps: usize) -> f64 {
    let t0 = Instant::now();
    for _ in 0..reps {
        std::hint::black_box(quotelens::analyze(std::hint::black_box(text)));
    }
    t0.elapsed().as_secs_f64() * 1e3 / reps as f64
}

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/eval/polnear-dev.gold.jsonl").to_string());
    let data = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("bench: cannot read {path}: {e}");
        std::process::exit(2);
    });
    let texts: Vec<String> = data
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str::<serde_json::Value>(l).expect("json")["text"].as_str().unwrap_or("").to_string())
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    for t in texts.iter().take(5) {
        per_run_ms(t, 3);
    }
    let mut times: Vec<f64> = texts.iter().map(|t| per_run_ms(t, 50)).collect();
    let total: f64 = times.iter().sum();
    times.sort_by(f64::total_cmp);
    let q = |p: f64| times[((p * times.len() as f64) as usize).min(times.len() - 1)];
    println!("{} articles, {:.2} MB", texts.len(), bytes as f64 / 1e6);
    println!("per article: median {:.3} ms, p95 {:.3} ms, max {:.3} ms", q(0.5), q(0.95), times[times.len() - 1]);
    println!("throughput: {:.1} MB/s", bytes as f64 / 1e6 / (total / 1e3));
    let joined = texts.join("\n\n");
    let make = |target: usize| {
        let mut s = joined.repeat(target / joined.len() + 1);
        let mut cut = target.min(s.len());
        while !s.is_char_boundary(cut) {
            cut -= 1;
        }
        s.truncate(cut);
        s
    };
    let (one, ten) = (make(1 << 20), make(10 << 20));
    let t1 = per_run_ms(&one, 3);
    let t10 = per_run_ms(&ten, 1);
    println!("scaling: 1 MB {t1:.1} ms, 10 MB {t10:.1} ms ({:.2}x for 10x the input)", t10 / t1);
}
