//! Pass 2: quotation marks and quote spans.
//!
//! Classifies every quotation mark (opening, closing, or either; double or
//! single family; apostrophes are not marks) and pairs them inside each
//! block. A quote left open at the end of a block continues into the next
//! block when that block opens with a mark (the multi-paragraph convention);
//! a closing mark with no opening one starts the quote at the block start.
//! Whether a candidate is a real quotation (and not a scare quote or a
//! title) is decided by the attribution pass.

use crate::text::{is_space, Block};
use crate::Span;

/// A span of text between quotation marks, before attribution.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    /// The words between the marks (marks excluded, whitespace trimmed).
    pub content: Span,
    /// The opening mark, if the text has one.
    pub open: Option<Span>,
    /// The closing mark, if the text has one.
    pub close: Option<Span>,
    /// Index of the block holding the candidate.
    pub block: usize,
    /// Candidates of one multi-paragraph quotation share a group number.
    pub group: usize,
    /// Double (`"` `“` `”` `„` `«` `»` `''`) or single (`'` `‘` `’`).
    pub family: Family,
}

impl Candidate {
    /// The content with its marks.
    pub fn outer(&self) -> Span {
        Span::new(
            self.open.map_or(self.content.start, |s| s.start),
            self.close.map_or(self.content.end, |s| s.end),
        )
    }
    /// True when a mark is missing (the pasted text lost it, or the quote runs on).
    pub fn unbalanced(&self) -> bool {
        self.open.is_none() || self.close.is_none()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
    Double,
    Single,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    Either,
}

#[derive(Clone, Copy, Debug)]
struct Mark {
    span: Span,
    family: Family,
    role: Role,
}

fn is_word(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric())
}

/// Classify the marks of one block.
///
/// Scans bytes, not chars: every quotation mark is `"`, `'`, or a character whose UTF-8 starts
/// with 0xC2 (« ») or 0xE2 (‘ ’ ‛ “ ” „ ‟ ″), so all other bytes are skipped without decoding,
/// and the characters around a mark are decoded only at marks.
fn marks(text: &str, block: Span) -> Vec<Mark> {
    let s = block.slice(text);
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        // ASCII and lead bytes are char boundaries; continuation bytes never match
        i = crate::text::find_any(bytes, i, [b'"', b'\'', 0xC2, 0xE2]);
        if i == bytes.len() {
            break;
        }
        let Some(c) = s[i..].chars().next() else { break };
        let clen = c.len_utf8();
        if !matches!(
            c,
            '"' | '\'' | '\u{201c}' | '\u{201e}' | '\u{ab}' | '\u{201f}' | '\u{201d}' | '\u{bb}' | '\u{2033}'
                | '\u{2018}' | '\u{2019}' | '\u{201b}'
        ) {
            i += clen;
            continue;
        }
        let prev = s[..i].chars().next_back();
        let next = s[i + clen..].chars().next();
        let at = block.start + i;
        let span = Span::new(at, at + clen);
        let before_space = prev
            .is_none_or(|p| is_space(p) || matches!(p, '(' | '[' | '—' | '–' | '-' | '/' | ':'));
        let after_space = next.is_none_or(|n| {
            is_space(n) || matches!(n, ')' | ']' | '—' | '–' | ',' | '.' | ';' | ':' | '!' | '?')
        });
        let mark = match c {
            // “ closes a low-9 quote („…“) and is typed for ” at word ends
            '\u{201c}' if !before_space && after_space => Some((Family::Double, Role::Close)),
            '\u{201c}' | '\u{201e}' | '\u{ab}' | '\u{201f}' => Some((Family::Double, Role::Open)),
            // a closing curly mark typed as an opener at a line or word start ("”Fear. …”")
            '\u{201d}' if before_space && !after_space => Some((Family::Double, Role::Either)),
            '\u{201d}' | '\u{bb}' => Some((Family::Double, Role::Close)),
            '"' | '\u{2033}' => Some((
                Family::Double,
                if before_space && !after_space {
                    Role::Open
                } else if after_space && !before_space {
                    Role::Close
                } else {
                    Role::Either
                },
            )),
            '\'' if next == Some('\'') => {
                // two apostrophes used as a double mark
                let next2 = s[i + 2..].chars().next();
                let after = next2.is_none_or(|n| is_space(n) || n.is_ascii_punctuation());
                out.push(Mark {
                    span: Span::new(at, at + 2),
                    family: Family::Double,
                    // (spaces on both sides: `coalitions, '' said`, either)
                    role: if before_space && !after {
                        Role::Open
                    } else if after && !before_space {
                        Role::Close
                    } else {
                        Role::Either
                    },
                });
                i += 2;
                continue;
            }
            '\'' | '\u{2018}' | '\u{2019}' | '\u{201b}' => {
                // apostrophes: letter on both sides (Russia's, don't), elision before digits ('80s),
                // rock 'n' roll
                if is_word(prev) && is_word(next) {
                    None
                } else if before_space && next.is_some_and(|n| n.is_ascii_digit()) {
                    None
                } else if before_space && next == Some('n') && s[i + clen + 1..].starts_with(is_apostrophe) {
                    None
                } else if prev == Some('n') && {
                    // (the 'n' is one byte: i - 1 is a character boundary)
                    let mut r = s[..i - 1].chars();
                    r.next_back().is_some_and(is_apostrophe) && r.next_back().is_none_or(is_space)
                } {
                    None
                } else if c == '\u{2018}' && before_space {
                    Some((Family::Single, Role::Open))
                } else if before_space && !after_space {
                    Some((Family::Single, Role::Open))
                } else if after_space && !before_space {
                    Some((Family::Single, Role::Close))
                } else {
                    None
                }
            }
            _ => None,
        };
        if let Some((family, role)) = mark {
            out.push(Mark { span, family, role });
        }
        i += clen;
    }
    out
}

/// The marks that can stand for an apostrophe: ' ‘ ’ ("rock ’n’ roll", "rock ‘n’ roll").
fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2018}' | '\u{2019}')
}

/// Find quote candidates in every block.
pub fn find(text: &str, blocks: &[Block]) -> Vec<Candidate> {
    // (room for a candidate per 256 bytes: rarely any regrowing)
    let mut out: Vec<Candidate> = Vec::with_capacity(text.len() / 256 + 1);
    let mut group = 0usize;
    // Set when the previous block ended inside an unclosed quote.
    let mut running: Option<usize> = None;
    for (bi, b) in blocks.iter().enumerate() {
        let ms = marks(text, b.span());
        let first_mark_opens_block = ms
            .first()
            .is_some_and(|m| m.span.start == b.start && m.role != Role::Close);
        let mut continues_group = match running.take() {
            Some(g) if first_mark_opens_block => Some(g),
            _ => None,
        };
        let mut open: Option<Mark> = None;
        let mut seen_any = false;
        // curly quotes nested inside a straight-quoted passage ("… the question: “…” …")
        let mut nested = 0usize;
        for m in ms.iter().copied() {
            if let Some(o) = open {
                let straight = text.as_bytes().get(o.span.start) == Some(&b'"');
                let curly = |c: char| text[m.span.start..].starts_with(c);
                if straight && m.family == Family::Double {
                    if curly('\u{201c}') {
                        nested += 1;
                        continue;
                    }
                    if nested > 0 && curly('\u{201d}') {
                        nested -= 1;
                        continue;
                    }
                }
            } else {
                nested = 0;
            }
            match open {
                None => {
                    if m.role == Role::Open
                        || (m.role == Role::Either && m.family == Family::Double)
                    {
                        open = Some(m);
                    } else if m.role == Role::Close && m.family == Family::Double && !seen_any {
                        // closing mark with nothing open: the quote started at the block start
                        let content = crate::text::trim(text, Span::new(b.start, m.span.start));
                        if !content.is_empty() {
                            group += 1;
                            out.push(Candidate {
                                content,
                                open: None,
                                close: Some(m.span),
                                block: bi,
                                group,
                                family: m.family,
                            });
                        }
                        seen_any = true;
                    }
                }
                Some(o) => {
                    if m.family == o.family && m.role != Role::Open {
                        let content = crate::text::trim(text, Span::new(o.span.end, m.span.start));
                        if !content.is_empty() {
                            let g = continues_group.take().unwrap_or_else(|| {
                                group += 1;
                                group
                            });
                            out.push(Candidate {
                                content,
                                open: Some(o.span),
                                close: Some(m.span),
                                block: bi,
                                group: g,
                                family: o.family,
                            });
                        }
                        open = None;
                        seen_any = true;
                    } else if m.family == o.family
                        && m.role == Role::Open
                        && o.family == Family::Double
                    {
                        // a new opening mark while one is open: the first never closed; restart
                        open = Some(m);
                    }
                }
            }
        }
        if let Some(o) = open {
            let content = crate::text::trim(text, Span::new(o.span.end, b.end));
            // (a single mark only when the next paragraph reopens with one: the continuation
            // convention, `'… took over.¶'But …'`; elsewhere an unpaired single mark may be an
            // apostrophe)
            let reopens = || {
                o.role == Role::Open
                    && blocks.get(bi + 1).is_some_and(|nb| text[nb.start..].starts_with(['\'', '\u{2018}']))
            };
            if !content.is_empty() && (o.family == Family::Double || reopens()) {
                let g = continues_group.take().unwrap_or_else(|| {
                    group += 1;
                    group
                });
                out.push(Candidate {
                    content,
                    open: Some(o.span),
                    close: None,
                    block: bi,
                    group: g,
                    family: o.family,
                });
                running = Some(g);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::blocks;

    fn quotes(t: &str) -> Vec<&str> {
        find(t, &blocks(t))
            .iter()
            .map(|c| c.content.slice(t))
            .collect()
    }

    #[test]
    fn straight_and_curly_marks_pair() {
        assert_eq!(
            quotes("He said \"we will win\" and left."),
            vec!["we will win"]
        );
        assert_eq!(
            quotes("He said \u{201c}we will win\u{201d} and left."),
            vec!["we will win"]
        );
        assert_eq!(
            quotes("He said \"we will win\u{201d} and left."),
            vec!["we will win"]
        );
    }

    #[test]
    fn apostrophes_are_not_marks() {
        assert_eq!(
            quotes("Russia's army and the \u{2019}80s, rock 'n' roll, the leaders' talks."),
            Vec::<&str>::new()
        );
        // curly and mixed apostrophes around the n
        assert_eq!(
            quotes("Fish \u{2019}n\u{2019} chips, rock \u{2018}n\u{2019} roll and \u{2018}n' more, she said."),
            Vec::<&str>::new()
        );
    }

    #[test]
    fn nested_single_inside_double_is_part_of_outer() {
        assert_eq!(
            quotes("She said: \u{201c}He told me 'no' twice.\u{201d}"),
            vec!["He told me 'no' twice."]
        );
    }

    #[test]
    fn multi_paragraph_quote_shares_a_group() {
        let t = "\u{201c}We came here first.\n\u{201c}And we will stay,\u{201d} she said.";
        let c = find(t, &blocks(t));
        assert_eq!(c.len(), 2);
        assert_eq!(c[0].group, c[1].group);
        assert!(c[0].close.is_none());
    }

    #[test]
    fn guillemets_low9_and_two_apostrophes() {
        assert_eq!(quotes("Er sagte \u{ab}wir kommen\u{bb} heute."), vec!["wir kommen"]);
        assert_eq!(quotes("Sie sagte \u{201e}nie wieder\u{201c} laut."), vec!["nie wieder"]);
        assert_eq!(quotes("He said ''we are ready,'' and left."), vec!["we are ready,"]);
        assert_eq!(quotes("She called it \u{2018}a farce\u{2019} twice."), vec!["a farce"]);
        assert_eq!(quotes("She called it 'a farce' twice."), vec!["a farce"]);
    }

    #[test]
    fn two_apostrophes_between_spaces_close_an_open_quote() {
        assert_eq!(
            quotes("''He built strong coalitions, '' said Ola Berg, who works here."),
            vec!["He built strong coalitions,"]
        );
    }

    #[test]
    fn curly_quotes_nest_inside_a_straight_passage() {
        let t = "\"I asked them: \u{201c}why now?\u{201d} and got no answer,\" he said.";
        assert_eq!(quotes(t), vec!["I asked them: \u{201c}why now?\u{201d} and got no answer,"]);
    }

    #[test]
    fn closing_curly_mark_typed_as_opener() {
        let t = "\u{201d}We deserve better than this.\u{201d} \u{2015} Ana Ruiz";
        assert_eq!(quotes(t), vec!["We deserve better than this."]);
    }

    #[test]
    fn unclosed_quote_runs_to_the_paragraph_end() {
        let t = "She said: \u{201c}we stay here until the end\nThe crowd cheered.";
        let c = find(t, &blocks(t));
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].content.slice(t), "we stay here until the end");
        assert!(c[0].close.is_none());
    }

    #[test]
    fn crlf_emoji_and_cjk_keep_char_boundaries() {
        let t = "Line one.\r\n\r\nShe wrote \u{201c}\u{4f60}\u{597d} \u{1f600} friends\u{201d} online.\r\n";
        let c = find(t, &blocks(t));
        assert_eq!(c.len(), 1);
        let q = c[0].content;
        assert!(t.is_char_boundary(q.start) && t.is_char_boundary(q.end));
        assert_eq!(q.slice(t), "\u{4f60}\u{597d} \u{1f600} friends");
    }

    #[test]
    fn closing_mark_without_opening_runs_from_block_start() {
        let t = "we were never told,\u{201d} the driver said.";
        let c = find(t, &blocks(t));
        assert_eq!(c[0].content.slice(t), "we were never told,");
        assert!(c[0].open.is_none());
    }

    #[test]
    fn a_single_mark_quote_goes_on_when_the_next_paragraph_reopens() {
        let t = "'We lost power,' she said. 'The generators took over.\n\n'But the fans are off.'\n\nThe '90s were hard.";
        let c = find(t, &blocks(t));
        assert_eq!(quotes(t), ["We lost power,", "The generators took over.", "But the fans are off."]);
        assert_eq!(c[1].group, c[2].group);
        // an unpaired single mark with no reopening paragraph after it stays unquoted
        assert_eq!(quotes("She said 'we will see.\n\nThe vote is on Friday."), Vec::<&str>::new());
    }
}
