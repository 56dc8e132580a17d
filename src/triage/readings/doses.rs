//! How many tablets were swallowed at one go ("他吃了三十片安眠药", "took 30
//! paracetamol tablets", "吞了十几粒"). A count is read only when a verb of
//! having taken them ("吃了", "吞下", "took", "swallowed") stands shortly
//! before it in its clause, and never in a clause that spreads the tablets
//! over time ("每天吃了十片", "took 12 a day", "一次吃十五粒" without "了"
//! is an instruction, not an event). Whether a count is too many is the
//! rules' `[[reading]]` row for `tablets`, not decided here.

use super::numbers::{number_at, zh_digit};
use super::{Measure, Reading};
use crate::triage::text::{clause_start, first_clause, is_clause_break, suffix_chars};

/// Verbs of having swallowed something, in folded text. English forms must
/// stand alone as words.
const TAKEN_ZH: &[&str] = &[
    "吃了", "吞了", "服了", "喝了", "吃下", "吞下", "服下", "吃掉", "吞掉", "咽了", "咽下",
];
const TAKEN_EN: &[&str] = &["took", "taken", "swallowed", "downed", "ate", "eaten"];

/// Words that spread a count over time or make it a dose per time.
const SPREAD: &[&str] = &[
    "每天",
    "一天",
    "每日",
    "一日",
    "天天",
    "每晚",
    "每次",
    "每周",
    "一周",
    "每顿",
    "一顿",
    "a day",
    "per day",
    "daily",
    "each day",
    "every day",
    "a week",
    "per week",
    "each time",
    "per dose",
    "a night",
    "each night",
    "every night",
    "over the",
];

const UNITS_ZH: &[char] = &['片', '粒', '颗'];
const UNITS_EN: &[&str] = &["tablet", "pill", "capsule", "caplet"];
const MASS: &[&str] = &[
    "mg",
    "g",
    "mcg",
    "ug",
    "ml",
    "milligram",
    "milligrams",
    "gram",
    "grams",
    "microgram",
    "micrograms",
    "iu",
];

/// How far before the count its verb may stand: "吃了整整三十片", "took
/// about 30 of his".
const MAX_VERB_GAP_CHARS: usize = 24;
/// English words allowed between the count and its unit: "30 paracetamol
/// tablets", "20 of her sleeping pills".
const MAX_WORDS_BEFORE_UNIT: usize = 4;

/// Every count of tablets swallowed at one go in `text`, which must be folded.
pub(super) fn find(text: &str) -> Vec<Reading> {
    let mut out = Vec::new();
    let mut at = 0;
    while at < text.len() {
        let glued = text[..at]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == '.' || zh_digit(c).is_some());
        if let Some((value, end)) = (!glued).then(|| count_at(text, at)).flatten() {
            if let Some(unit_end) = unit_after(text, end) {
                let clause = clause_around(text, at, unit_end);
                if taken_before(text, at) && !SPREAD.iter().any(|w| clause.contains(w)) {
                    out.push(Reading {
                        measure: Measure::Tablets,
                        value,
                        start: at,
                        end: unit_end,
                    });
                }
                at = unit_end;
                continue;
            }
            at = end;
            continue;
        }
        at += text[at..].chars().next().map_or(1, char::len_utf8);
    }
    out
}

/// A count at `at`: digits, Chinese numerals, or one numeral standing before
/// its unit ("十片", "五粒", which [`number_at`] takes for a word).
/// "十几", "二十多" are read as their lower bound.
fn count_at(text: &str, at: usize) -> Option<(f64, usize)> {
    let (value, end) = number_at(text, at).or_else(|| {
        let c = text[at..].chars().next()?;
        let value = if c == '十' { 10 } else { zh_digit(c)? };
        Some((f64::from(value), at + c.len_utf8()))
    })?;
    let end = ["几", "多", "来", "余"]
        .iter()
        .find(|w| text[end..].starts_with(**w))
        .map_or(end, |w| end + w.len());
    Some((value, end))
}

/// Where the unit after a count ends: "片" right after it in Chinese; in
/// English "tablets" or "pills" within a few words ("30 of her sleeping pills").
fn unit_after(text: &str, end: usize) -> Option<usize> {
    let rest = &text[end..];
    if let Some(c) = rest.chars().next().filter(|c| UNITS_ZH.contains(c)) {
        return Some(end + c.len_utf8());
    }
    let mut offset = 0;
    for (n, word) in rest.split(' ').enumerate() {
        let letters = word.trim_end_matches(|c: char| !c.is_ascii_alphabetic());
        // "took 500mg tablets", "1000 mg tablets": a strength, not a count.
        let strength = n == 0 && !word.is_empty() || MASS.contains(&letters);
        if n > MAX_WORDS_BEFORE_UNIT || strength {
            return None;
        }
        if !word.is_empty() && UNITS_EN.iter().any(|u| letters.trim_end_matches('s') == *u) {
            return Some(end + offset + letters.len());
        }
        if word.contains(is_clause_break) {
            return None;
        }
        if n > 0 && word.is_empty() {
            return None;
        }
        offset += word.len() + 1;
    }
    None
}

/// Whether a verb of swallowing stands shortly before `at` in its clause.
fn taken_before(text: &str, at: usize) -> bool {
    let before = suffix_chars(&text[clause_start(text, at)..at], MAX_VERB_GAP_CHARS);
    TAKEN_ZH.iter().any(|v| before.contains(v))
        || before
            .split(|c: char| !c.is_ascii_alphabetic())
            .any(|w| TAKEN_EN.contains(&w))
}

/// The clause holding `start..end`.
fn clause_around(text: &str, start: usize, end: usize) -> &str {
    &text[clause_start(text, start)..end + first_clause(&text[end..]).len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::triage::text::fold;

    fn counts(text: &str) -> Vec<f64> {
        find(&fold(text)).into_iter().map(|r| r.value).collect()
    }

    #[test]
    fn a_count_swallowed_at_one_go_is_read() {
        assert_eq!(counts("他吃了三十片安眠药"), [30.0]);
        assert_eq!(counts("刚才吞了十几粒"), [10.0]);
        assert_eq!(counts("一口气吃了十片"), [10.0]);
        assert_eq!(counts("吃了20片扑热息痛"), [20.0]);
        assert_eq!(counts("I took 30 paracetamol tablets yesterday"), [30.0]);
        assert_eq!(counts("she swallowed 20 of her sleeping pills"), [20.0]);
        assert_eq!(counts("He has taken 12 pills."), [12.0]);
    }

    #[test]
    fn a_count_without_taking_or_spread_over_time_is_no_dose() {
        assert!(counts("一次吃十五粒").is_empty());
        assert!(counts("医生让我每天吃了三片").is_empty());
        assert!(counts("这盒药有三十片").is_empty());
        assert!(counts("I take 20 tablets a day for my heart").is_empty());
        assert!(counts("took 12 tablets over the week").is_empty());
        assert!(counts("bought 30 tablets, took two").is_empty());
        assert!(counts("吃了三天药，一共十片").is_empty());
        assert!(counts("took two 500mg tablets").is_empty());
        assert!(counts("I took 1000 mg tablets of vitamin C").is_empty());
    }
}
