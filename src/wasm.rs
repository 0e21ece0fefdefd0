//! The wasm-bindgen layer: a thin wrapper that analyses a JS string and returns the
//! [`view`](crate::view) as a plain JS object.
//!
//! The view is written as JSON in Rust and parsed by the engine's `JSON.parse`: one boundary
//! crossing and a native parser, instead of one JS call per field of every quote and number.

use wasm_bindgen::prelude::*;

/// `analyze(text)` → `{ offsets: "utf16", quotes, numbers, speakers, blocks, sentences }`.
///
/// Offsets are JavaScript string indices (UTF-16 code units), ready for `text.slice(start, end)`.
#[wasm_bindgen(js_name = analyze)]
pub fn analyze_js(text: &str) -> Result<JsValue, JsValue> {
    let analysis = crate::analyze(text);
    let json = crate::view::to_json(text, &analysis);
    js_sys::JSON::parse(&json)
}

/// The crate version, for bug reports.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
