//! Chinese text as the matcher walks it: each Chinese character with its
//! byte offset and clause, and whether a phrasing's `*` gap crosses it for
//! free. A run of Latin letters in the sentence ("做了个CT说", "吞了一颗
//! LR44纽扣电池") stands in as one character that no phrasing names, so a
//! gap reaches past it as past an aside; bare digits ("39度", "2天") end
//! the run as punctuation does, since the readings are taken from them
//! apart.

use super::{asides, is_clause_break};
use crate::lang::is_cjk;

/// Stands for a run of letters; no phrasing names it.
pub(super) const LETTERS: char = '\u{FFFC}';
pub(super) const LETTERS_STR: &str = "\u{FFFC}";

/// A character, its byte offset in the folded text, and its clause.
pub(super) type ZhChar = (char, usize, usize);

/// The Chinese characters of folded `text`, and for each whether it lies in
/// an aside (a simile, a repeated beat, a run of letters).
pub(super) fn read(text: &str) -> (Vec<ZhChar>, Vec<bool>) {
    let mut chars = Vec::new();
    let mut clause = 0;
    let mut letters_at = Vec::new();
    let mut all = text.char_indices().peekable();
    while let Some((i, c)) = all.next() {
        if is_clause_break(c) {
            clause += 1;
        } else if is_cjk(c) {
            chars.push((c, i, clause));
        } else if c.is_ascii_alphanumeric() {
            let mut letters = c.is_ascii_alphabetic();
            while let Some((_, d)) = all.next_if(|(_, d)| d.is_ascii_alphanumeric()) {
                letters |= d.is_ascii_alphabetic();
            }
            if letters {
                letters_at.push(chars.len());
                chars.push((LETTERS, i, clause));
            } else {
                clause += 1;
            }
        } else if !c.is_whitespace() {
            clause += 1;
        }
    }
    let mut aside = asides::zh_asides(&chars);
    for i in letters_at {
        aside[i] = true;
    }
    (chars, aside)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_stand_as_one_character_and_digits_end_the_run() {
        let (chars, aside) = read("吃了lr44电池");
        let seen: String = chars.iter().map(|c| c.0).collect();
        assert_eq!(seen, "吃了\u{FFFC}电池");
        assert_eq!(aside, [false, false, true, false, false]);
        assert!(chars.iter().all(|c| c.2 == 0));
        let (chars, _) = read("烧到39度");
        assert_eq!(chars.last().map(|c| (c.0, c.2)), Some(('度', 1)));
    }
}
