//! Corpus regression test for the numbers pass: fails when the number scores on
//! the hand-annotated seeds gold drop below the figures reached so far.

mod common;
use common::at_least;

#[test]
fn seeds_numbers() {
    let Some(v) = common::score("seeds") else {
        return;
    };
    at_least(&v, "numbers", "f1", 0.99);
    at_least(&v, "numbers_exact", "f1", 0.99);
    at_least(&v, "number_kind", "accuracy", 0.99);
    at_least(&v, "number_value", "accuracy", 0.99);
}
