//! The wasm-bindgen layer: a thin wrapper that analyses a JS string and returns the
//! [`view`](crate::view) as a plain JS object.
//!
//! The view crosses as [`view::to_wire`](crate::view::to_wire): the numbers and names as JSON,
//! turned into objects by `JSON.parse` (a native parser, one boundary crossing), everything else
//! as integers read from the wasm memory, from which `finish` builds the objects that
//! `JSON.parse` of [`view::to_json`](crate::view::to_json) would give (same keys, same order).
//! Each `text` is `input.slice(start, end)` of the caller's own string: no copy of the
//! article's words crosses the boundary, and a slice shares the string's memory.

use wasm_bindgen::prelude::*;

// (`names` opens with the words of the kinds and resolutions: the glue holds no copy of them)
// (each object is one literal with all its keys, in the order of the JSON view: Chromium builds
// those much faster than objects filled key by key, 0.48 against 0.66 ms on the median article)
#[wasm_bindgen(inline_js = "export function finish(json, v, text) {
  const [numbers, names] = JSON.parse(json);
  let i = 0;
  const list = (f) => { const a = []; for (let n = v[i++]; n > 0; n--) a.push(f()); return a; };
  const span = () => ({ start: v[i++], end: v[i++] });
  const cut = () => { const start = v[i++], end = v[i++]; return { start, end, text: text.slice(start, end) }; };
  const mention = () => {
    const n = v[i++];
    if (!n) return null;
    const start = v[i++], end = v[i++];
    return { name: names[n], start, end, text: text.slice(start, end), resolution: names[v[i++]] };
  };
  const quotes = list(() => {
    const start = v[i++], end = v[i++];
    return { start, end, text: text.slice(start, end), kind: names[v[i++]], speaker: mention(),
      cue: v[i++] ? cut() : null, via: mention(), group: v[i++], confidence: v[i++] / 1000 };
  });
  for (const n of numbers) n.text = text.slice(n.start, n.end);
  const speakers = list(() => ({ name: names[v[i++]], mentions: list(span), quotes: list(() => v[i++]) }));
  const blocks = list(() => ({ start: v[i++], end: v[i++], kind: names[v[i++]] }));
  return { offsets: 'utf16', quotes, numbers, speakers, blocks, sentences: list(span) };
}")]
extern "C" {
    /// The view's objects from [`view::to_wire`](crate::view::to_wire)'s JSON and integers,
    /// with the text each quote, speaker, cue, intermediary and number covers in `text`.
    #[wasm_bindgen(catch)]
    fn finish(json: &str, ints: &[i32], text: &JsValue) -> Result<JsValue, JsValue>;
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
    let (json, ints) = crate::view::to_wire(&s, &analysis);
    finish(&json, &ints, text)
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
