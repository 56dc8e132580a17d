//! Slips of spelling in typed English ("diarrea", "temprature", "anxius",
//! "overdoze") read as the rules' own word. A word is mended only when it
//! is no English word at all (SCOWL's lists, `assets/words/english.txt`),
//! is five letters or more, and is one slip (a letter missing, added,
//! changed, or two swapped) from exactly one word the rules use, or from
//! several that are one word in different forms. "insured" is a word and
//! never becomes "injured". Where two rule words tie, a vowel for a vowel
//! or a letter that sounds alike decides ("teath" is "teeth", not "death";
//! "overdoze" is "overdose", not "overdone"); otherwise ("throught":
//! "thought" or "through"?) the word stays as written. The speech
//! recogniser spells correctly, so this only ever changes typed text, and
//! the same words always read the same.

use std::collections::{BTreeSet, HashMap};
use std::sync::OnceLock;

/// Words spelt on purpose: lower case, five letters or more, sorted bytewise.
const ENGLISH: &str = include_str!("../../../assets/words/english.txt");

/// The shortest word mended: shorter words are too often one slip from
/// another real word.
const SHORTEST: usize = 5;

fn english() -> &'static [&'static str] {
    static WORDS: OnceLock<Vec<&'static str>> = OnceLock::new();
    WORDS.get_or_init(|| ENGLISH.lines().collect())
}

fn is_english(word: &str) -> bool {
    english().binary_search(&word).is_ok()
}

/// A word long enough, and plain enough (lower-case letters only), to be
/// learnt or mended.
fn plain_word(word: &str) -> bool {
    word.len() >= SHORTEST && word.bytes().all(|b| b.is_ascii_lowercase())
}

/// The rules' English words, by length, each with its stem.
#[derive(Default)]
pub(super) struct Speller {
    by_length: HashMap<usize, Vec<(String, String)>>,
    known: BTreeSet<String>,
}

/// How two words one slip apart differ.
#[derive(Debug, PartialEq)]
enum Slip {
    /// One letter for another that sounds or looks alike in a typist's
    /// hand: a vowel for a vowel, s for z, c for k or s.
    Alike,
    Other,
}

impl Speller {
    /// Learns `words` (with `stem` giving each one's stem), the words the
    /// rules' English phrasings use.
    pub(super) fn new(
        words: impl IntoIterator<Item = impl AsRef<str>>,
        stem: impl Fn(&str) -> String,
    ) -> Speller {
        let mut speller = Speller::default();
        for w in words {
            let w = w.as_ref();
            if plain_word(w) && speller.known.insert(w.to_string()) {
                speller
                    .by_length
                    .entry(w.len())
                    .or_default()
                    .push((w.to_string(), stem(w)));
            }
        }
        speller
    }

    /// Learns every English word of `phrasings`, whatever their syntax.
    pub(super) fn from_phrasings<'a>(
        phrasings: impl IntoIterator<Item = &'a String>,
        stem: impl Fn(&str) -> String,
    ) -> Speller {
        let words = phrasings
            .into_iter()
            .flat_map(|p| p.split(|c: char| !c.is_ascii_alphabetic()))
            .map(str::to_ascii_lowercase);
        Speller::new(words, stem)
    }

    /// The rules' word that `word` was meant to be, when it is sure.
    pub(super) fn mend(&self, word: &str) -> Option<&str> {
        if !plain_word(word) || self.known.contains(word) || is_english(word) {
            return None;
        }
        let near: Vec<(&(String, String), Slip)> = (word.len() - 1..=word.len() + 1)
            .filter_map(|n| self.by_length.get(&n))
            .flatten()
            .filter_map(|known| one_slip(word, &known.0).map(|slip| (known, slip)))
            .collect();
        let all: Vec<_> = near.iter().map(|(k, _)| *k).collect();
        one_stem(&all).or_else(|| {
            let alike: Vec<_> = near
                .iter()
                .filter(|(_, slip)| *slip == Slip::Alike)
                .map(|(k, _)| *k)
                .collect();
            one_stem(&alike)
        })
    }
}

/// The one word that every one of `all` is a form of, if they share a stem.
fn one_stem<'a>(all: &[&'a (String, String)]) -> Option<&'a str> {
    all.first()
        .filter(|first| all.iter().all(|k| k.1 == first.1))
        .map(|first| first.0.as_str())
}

/// Whether `typed` is one slip from `word`, and which kind.
fn one_slip(typed: &str, word: &str) -> Option<Slip> {
    let (a, b) = (typed.as_bytes(), word.as_bytes());
    let start = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let end = a[start..]
        .iter()
        .rev()
        .zip(b[start..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (da, db) = (&a[start..a.len() - end], &b[start..b.len() - end]);
    match (da.len(), db.len()) {
        (1, 1) if sound_alike(da[0], db[0]) => Some(Slip::Alike),
        (1, 1) => Some(Slip::Other),
        (1, 0) | (0, 1) => Some(Slip::Other),
        (2, 2) if da[0] == db[1] && da[1] == db[0] => Some(Slip::Other),
        _ => None,
    }
}

fn sound_alike(x: u8, y: u8) -> bool {
    let vowel = |c: u8| b"aeiou".contains(&c);
    (vowel(x) && vowel(y))
        || [(b's', b'z'), (b'c', b'k'), (b'c', b's')]
            .iter()
            .any(|&(p, q)| (x, y) == (p, q) || (x, y) == (q, p))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn speller(words: &[&str]) -> Speller {
        let stemmer = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English);
        Speller::new(words.iter().copied(), |w| stemmer.stem(w).into_owned())
    }

    #[test]
    fn a_slip_off_one_rule_word_reads_as_that_word() {
        let s = speller(&["diarrhea", "temperature", "anxious", "morning", "ankle"]);
        assert_eq!(s.mend("diarrea"), Some("diarrhea"));
        assert_eq!(s.mend("temprature"), Some("temperature"));
        assert_eq!(s.mend("anxius"), Some("anxious"));
        assert_eq!(s.mend("morining"), Some("morning"));
        // Two letters swapped.
        assert_eq!(s.mend("ankel"), Some("ankle"));
    }

    #[test]
    fn a_real_word_a_short_word_or_a_far_one_stays_as_written() {
        let s = speller(&["injured", "right", "thought", "through", "eczema"]);
        // English words, one slip from a rule word.
        assert_eq!(s.mend("insured"), None);
        assert_eq!(s.mend("bright"), None);
        // One slip from two rule words that mean different things.
        assert_eq!(s.mend("throught"), None);
        // Two slips.
        assert_eq!(s.mend("excema"), None);
        assert_eq!(s.mend("injured"), None);
        assert_eq!(s.mend("gout"), None);
        assert_eq!(s.mend("3days"), None);
    }

    #[test]
    fn a_tie_goes_to_one_form_of_a_word_or_to_a_letter_that_sounds_alike() {
        let s = speller(&[
            "diabetes", "diabetic", "overdose", "overdone", "teeth", "death",
        ]);
        // Both are the one word "diabet-" in different forms.
        assert_eq!(s.mend("diabetis"), Some("diabetes"));
        // z for s sounds alike; z for n does not.
        assert_eq!(s.mend("overdoze"), Some("overdose"));
        // A vowel for a vowel ("teeth"), not t for d ("death").
        assert_eq!(s.mend("teath"), Some("teeth"));
    }

    #[test]
    fn the_word_list_is_sorted_for_its_search() {
        assert!(english().windows(2).all(|w| w[0] < w[1]));
        assert!(is_english("insured") && !is_english("diarrea"));
    }
}
