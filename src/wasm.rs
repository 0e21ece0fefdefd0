//! The wasm-bindgen layer: a thin wrapper that analyses a JS string and
//! returns the [`view`](crate::view) as a plain JS object.

use wasm_bindgen::prelude::*;

/// `analyze(text)` → `{ offsets: "utf16", quotes, numbers, speakers, blocks, sentences }`.
///
/// Offsets are JavaScript string indices (UTF-16 code units), ready for `text.slice(start, end)`.
#[wasm_bindgen(js_name = analyze)]
pub fn analyze_js(text: &str) -> Result<JsValue, JsError> {
    let analysis = crate::analyze(text);
    let view = crate::view::to_js(text, &analysis);
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(&view, &serializer).map_err(|e| JsError::new(&e.to_string()))
}

/// The crate version, for bug reports.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
