//! Fuzz `analyze`: it must never panic, and every result must keep the invariants of
//! `quotelens::invariants::check` (spans in bounds, on char boundaries, no overlaps, UTF-16 view exact).
//!   cargo +nightly fuzz run analyze fuzz/seeds -- -max_total_time=600
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    match quotelens::analyze_bytes(data) {
        Ok(a) => {
            let text = std::str::from_utf8(data).unwrap();
            if let Err(e) = quotelens::invariants::check(text, &a) {
                panic!("invariant broken: {e}");
            }
        }
        Err(_) => {
            // not UTF-8: analyse the lossy text instead, so the fuzzer still explores the passes
            let text = String::from_utf8_lossy(data);
            let a = quotelens::analyze(&text);
            if let Err(e) = quotelens::invariants::check(&text, &a) {
                panic!("invariant broken: {e}");
            }
        }
    }
});
