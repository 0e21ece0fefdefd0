//! The wasm-bindgen layer: a thin wrapper that analyses a JS string and returns the
//! [`view`](crate::view) as a plain JS object.
//!
//! The view is written as JSON in Rust, without the covered texts, and turned into objects by
//! `JSON.parse`: one boundary crossing and a native parser, instead of one JS call per field.
//! Each `text` is then `input.slice(start, end)` of the caller's own string: no copy of the
//! article's words crosses the boundary, and a slice shares the string's memory.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(inline_js = "export function finish(json, text) {
  const a = JSON.parse(json);
  const put = (o) => { if (o) o.text = text.slice(o.start, o.end); };
  for (const q of a.quotes) { put(q); put(q.speaker); put(q.cue); put(q.via); }
  for (const n of a.numbers) put(n);
  return a;
}")]
extern "C" {
    /// `JSON.parse(json)`, then every quote, speaker, cue, intermediary and number gets the
    /// text it covers in `text`.
    #[wasm_bindgen(catch)]
    fn finish(json: &str, text: &JsValue) -> Result<JsValue, JsValue>;
}

/// `analyze(text)` → `{ offsets: "utf16", quotes, numbers, speakers, blocks, sentences }`.
///
/// Offsets are JavaScript string indices (UTF-16 code units), ready for `text.slice(start, end)`.
#[wasm_bindgen(js_name = analyze)]
pub fn analyze_js(#[wasm_bindgen(unchecked_param_type = "string")] text: &JsValue) -> Result<JsValue, JsValue> {
    let Some(s) = text.as_string() else {
        return Err(JsError::new("quotelens: analyze(text) takes a string").into());
    };
    let analysis = crate::analyze(&s);
    finish(&crate::view::to_json_without_text(&s, &analysis), text)
}

/// The crate version, for bug reports.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// The allocator: talc instead of the standard library's dlmalloc (see Cargo.toml). The wasm
/// is single-threaded (no `atomics` target feature), which this allocator requires.
#[cfg(not(target_feature = "atomics"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
