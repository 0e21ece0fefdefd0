//! wasm tests, run in headless Chromium by `wasm-pack test --headless --chrome`: the JS object
//! that `analyze` returns has the documented shape, and its offsets are UTF-16 string indices
//! (what `String.prototype.slice` wants) even with emoji, CJK, combining marks and curly quotes.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, JsString, Reflect};
use quotelens::wasm::analyze_js;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).unwrap_or_else(|_| panic!("no key {key}"))
}

fn num(v: &JsValue, key: &str) -> u32 {
    get(v, key).as_f64().unwrap_or_else(|| panic!("{key} is not a number")) as u32
}

fn array(v: &JsValue, key: &str) -> Array {
    Array::from(&get(v, key))
}

/// `text.slice(start, end)` in JavaScript.
fn js_slice(text: &str, start: u32, end: u32) -> String {
    JsString::from(text).slice(start, end).into()
}

#[wasm_bindgen_test]
fn result_has_the_documented_shape() {
    let r = analyze_js(&JsValue::from_str("\u{201c}We stay,\u{201d} the mayor said. About 300 people came.")).unwrap();
    assert_eq!(get(&r, "offsets").as_string().as_deref(), Some("utf16"));
    for key in ["quotes", "numbers", "speakers", "blocks", "sentences"] {
        assert!(Array::is_array(&get(&r, key)), "{key} is not an array");
    }
    let q = array(&r, "quotes").get(0);
    for key in ["start", "end", "text", "kind", "speaker", "cue", "via", "group", "confidence"] {
        assert!(Reflect::has(&q, &JsValue::from_str(key)).unwrap(), "quote has no {key}");
    }
    assert_eq!(get(&q, "kind").as_string().as_deref(), Some("direct"));
    // absent values are null, not undefined, so JSON.stringify keeps them
    assert!(get(&q, "via").is_null());
    let speaker = get(&q, "speaker");
    assert_eq!(get(&speaker, "text").as_string().as_deref(), Some("the mayor"));
    assert!(get(&speaker, "name").is_string());
    let cue = get(&q, "cue");
    assert_eq!(get(&cue, "text").as_string().as_deref(), Some("said"));
    let n = array(&r, "numbers").get(0);
    for key in ["start", "end", "text", "kind", "value", "unit"] {
        assert!(Reflect::has(&n, &JsValue::from_str(key)).unwrap(), "number has no {key}");
    }
    let b = array(&r, "blocks").get(0);
    assert_eq!(get(&b, "kind").as_string().as_deref(), Some("paragraph"));
}

#[wasm_bindgen_test]
fn offsets_are_utf16_with_emoji_cjk_and_combining_marks() {
    let text = "\u{1F4F0}\u{1F525} Jos\u{65}\u{301} wrote: \u{201c}\u{4f60}\u{597d} \u{1F600} world,\u{201d} said Ana P\u{e9}rez. \
                Then 12,500 \u{1F468}\u{200d}\u{1F469}\u{200d}\u{1F467} families left.";
    let r = analyze_js(&JsValue::from_str(text)).unwrap();
    let quotes = array(&r, "quotes");
    assert!(quotes.length() >= 1);
    for q in quotes.iter() {
        let (s, e) = (num(&q, "start"), num(&q, "end"));
        assert_eq!(js_slice(text, s, e), get(&q, "text").as_string().unwrap());
        let sp = get(&q, "speaker");
        if !sp.is_null() {
            assert_eq!(js_slice(text, num(&sp, "start"), num(&sp, "end")), get(&sp, "text").as_string().unwrap());
        }
    }
    let direct = quotes.iter().find(|q| get(q, "kind").as_string().as_deref() == Some("direct")).expect("a direct quote");
    assert_eq!(get(&direct, "text").as_string().unwrap(), "\u{4f60}\u{597d} \u{1F600} world,");
    let numbers = array(&r, "numbers");
    let n = numbers.iter().find(|n| get(n, "text").as_string().as_deref() == Some("12,500")).expect("12,500 found");
    assert_eq!(js_slice(text, num(&n, "start"), num(&n, "end")), "12,500");
    // every block span slices to a string that the text contains at that place
    for b in array(&r, "blocks").iter() {
        let s = js_slice(text, num(&b, "start"), num(&b, "end"));
        assert!(!s.is_empty());
    }
}

#[wasm_bindgen_test]
fn every_text_is_the_slice_of_its_span_and_non_strings_are_refused() {
    let text = "\u{201c}We stay,\u{201d} the mayor said, according to Reuters. Anna Berg said 2 \u{1F600} were \"fine\". 8,000 left.";
    let r = analyze_js(&JsValue::from_str(text)).unwrap();
    let mut checked = 0;
    let mut check = |o: &JsValue| {
        if !o.is_null() {
            assert_eq!(js_slice(text, num(o, "start"), num(o, "end")), get(o, "text").as_string().unwrap());
            checked += 1;
        }
    };
    for q in array(&r, "quotes").iter() {
        check(&q);
        for key in ["speaker", "cue", "via"] {
            check(&get(&q, key));
        }
    }
    for n in array(&r, "numbers").iter() {
        check(&n);
    }
    assert!(checked >= 6, "only {checked} texts");
    assert!(analyze_js(&JsValue::from_f64(3.0)).is_err());
    assert!(analyze_js(&JsValue::NULL).is_err());
}

#[wasm_bindgen_test]
fn empty_and_markless_input() {
    let r = analyze_js(&JsValue::from_str("")).unwrap();
    assert_eq!(array(&r, "quotes").length(), 0);
    assert_eq!(array(&r, "blocks").length(), 0);
    let r = analyze_js(&JsValue::from_str("\u{201d}\u{201d}\"\" ' \u{201c}")).unwrap();
    assert!(Array::is_array(&get(&r, "quotes")));
}

#[wasm_bindgen::prelude::wasm_bindgen(inline_js = "export function lone_surrogates() { \
    return '\\uD800 \\u201cWe \\uDC00 stay,\\u201d she said. 12 \\uD83D'; }")]
extern "C" {
    fn lone_surrogates() -> JsValue;
}

#[wasm_bindgen_test]
fn lone_surrogates_from_js_keep_offsets_aligned() {
    // A JS string can hold lone surrogates that no Rust string can. Crossing into wasm turns
    // each into U+FFFD, one UTF-16 unit for one, so every offset still indexes the original.
    let original = lone_surrogates();
    let js = JsString::from(original.clone());
    let text = original.as_string().expect("a string");
    assert_eq!(text.encode_utf16().count() as u32, js.length());
    let r = analyze_js(&original).unwrap();
    let quotes = array(&r, "quotes");
    let q = quotes.iter().find(|q| get(q, "kind").as_string().as_deref() == Some("direct")).expect("the quote");
    let (s, e) = (num(&q, "start"), num(&q, "end"));
    let slice: String = js.slice(s, e).into();
    assert_eq!(slice.encode_utf16().count(), get(&q, "text").as_string().unwrap().encode_utf16().count());
    assert!(slice.starts_with("We ") && slice.ends_with(" stay,"), "{slice:?}");
    let n = array(&r, "numbers").get(0);
    assert_eq!(String::from(js.slice(num(&n, "start"), num(&n, "end"))), "12");
}
