//! Pass 4: numbers.
//!
//! Finds number expressions (digits with separators, currency signs, scale
//! words, percent signs) and returns them with kind, value and unit.

use crate::text::Block;
use crate::{Number, NumberKind, Value};

/// Find number expressions in every block.
pub fn find(text: &str, blocks: &[Block]) -> Vec<Number> {
    let mut out = Vec::new();
    for b in blocks {
        scan(text, b.start, b.end, &mut out);
    }
    out
}

fn scan(text: &str, start: usize, end: usize, out: &mut Vec<Number>) {
    let bytes = text.as_bytes();
    let mut i = start;
    while i < end {
        if !bytes[i].is_ascii_digit()
            || (i > start && (bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'-'))
        {
            i += 1;
            continue;
        }
        let num_start = i;
        let mut j = i;
        while j < end {
            let c = bytes[j];
            if c.is_ascii_digit() {
                j += 1;
            } else if (c == b',' || c == b'.') && j + 1 < end && bytes[j + 1].is_ascii_digit() {
                j += 1;
            } else {
                break;
            }
        }
        // a letter glued to the digits makes a code (F16, 4x4) unless it is a known suffix
        let digits = &text[num_start..j];
        let value: f64 = digits.replace(',', "").parse().unwrap_or(f64::NAN);
        let mut s = num_start;
        let mut e = j;
        let mut kind = NumberKind::Count;
        let mut unit = None;
        if s > start && matches!(bytes[s - 1], b'$') {
            s -= 1;
            kind = NumberKind::Money;
            unit = Some("USD".to_string());
        } else if s >= start + 2 && text.is_char_boundary(s - 2) && &text[s - 2..s] == "\u{a3}" {
            s -= 2;
            kind = NumberKind::Money;
            unit = Some("GBP".to_string());
        } else if s >= start + 3 && text.is_char_boundary(s - 3) && &text[s - 3..s] == "\u{20ac}" {
            s -= 3;
            kind = NumberKind::Money;
            unit = Some("EUR".to_string());
        }
        if e < end && bytes[e] == b'%' {
            e += 1;
            kind = NumberKind::Percent;
        } else if kind == NumberKind::Count
            && digits.len() == 4
            && !digits.contains([',', '.'])
            && (1800.0..=2100.0).contains(&value)
        {
            kind = NumberKind::Year;
        }
        if e < end && bytes[e].is_ascii_alphabetic() && kind != NumberKind::Percent {
            i = e;
            while i < end && bytes[i].is_ascii_alphanumeric() {
                i += 1;
            }
            continue;
        }
        if value.is_finite() {
            out.push(Number {
                start: s,
                end: e,
                kind,
                value: Some(Value::Num(value)),
                high: None,
                unit,
                approx: None,
            });
        }
        i = e.max(i + 1);
    }
}

#[cfg(test)]
mod tests {
    use crate::{analyze, NumberKind, Value};

    #[test]
    fn digits_with_separators_money_and_percent() {
        let t = "Some 8,000 people paid $2.5 each, up 25% since 2021.";
        let a = analyze(t);
        let got: Vec<(&str, NumberKind, Option<Value>)> = a
            .numbers
            .iter()
            .map(|n| (n.text(t), n.kind, n.value.clone()))
            .collect();
        assert_eq!(
            got,
            vec![
                ("8,000", NumberKind::Count, Some(Value::Num(8000.0))),
                ("$2.5", NumberKind::Money, Some(Value::Num(2.5))),
                ("25%", NumberKind::Percent, Some(Value::Num(25.0))),
                ("2021", NumberKind::Year, Some(Value::Num(2021.0))),
            ]
        );
    }

    #[test]
    fn model_codes_are_not_numbers() {
        let t = "An F-16 and a Su-35 met a B52H.";
        assert!(analyze(t).numbers.is_empty());
    }
}
