//! Text matching for triage: English is tokenised, stripped of filler words
//! and stemmed (Snowball), so "coughing" matches "cough"; Chinese is matched
//! on characters, which spots symptom words without a segmenter's mistakes on
//! short, colloquial phrases ("胸口闷得慌"). Both detect negation ("no fever",
//! "不发烧") within a clause. A `*` in a phrasing allows a short gap. An
//! English phrasing in double quotes is matched word for word, filler words
//! included ("\"end it all\"", "\"being sick\""), for sayings whose meaning
//! lives in words dropped everywhere else.

use crate::lang::simplified;
use chinese::{LETTERS, LETTERS_STR};
use context::{remote, time};
use denial::{en_cleared, en_negated, zh_cleared, zh_listed_after, zh_negated};

mod asides;
mod chinese;
mod context;
mod denial;
mod english_story;
pub mod expand;
mod narrative;
mod spelling;
pub(in crate::triage) mod turns;
mod words;
use rust_stemmers::{Algorithm, Stemmer};
use words::{KEPT_WHOLE, STOP_WORDS};

/// Negation characters in Chinese ("没有发烧", "不太疼").
const ZH_NEGATIONS: &[char] = &['不', '没', '无', '未', '否', '别'];

impl Prepared {
    /// The folded text that byte spans refer to.
    pub fn folded(&self) -> &str {
        &self.text
    }

    /// Whether what was said at bytes `start..end` is past, treated or
    /// supposed (see [`Hit::remote`]).
    pub fn remote_span(&self, start: usize, end: usize) -> bool {
        remote(&self.text, start, end)
    }

    /// Whether the match at byte `start` continues a list whose item ending
    /// at byte `denied_end` was denied ("无高血压、糖尿病"); with `unjoined`,
    /// also a list with nothing between its items ("无心脏病糖尿病").
    pub fn listed_after_denial(&self, denied_end: usize, start: usize, unjoined: bool) -> bool {
        zh_listed_after(&self.text, denied_end, start, unjoined)
    }

    /// Whether the Chinese character at `i` negates: not in a question
    /// ("是不是", "有没有"), nor where "别" ends "特别" ("especially"),
    /// "区别" and the like ("胸口特别痛" is a chest pain).
    fn zh_negation_at(&self, i: usize) -> bool {
        let c = self.chars[i].0;
        if !ZH_NEGATIONS.contains(&c) {
            return false;
        }
        let prev = i.checked_sub(1).map(|p| self.chars[p].0);
        let next = self.chars.get(i + 1).map(|n| n.0);
        // "是不是湿疹", "有没有发烧", "疼不疼": the same word either side asks
        // a question rather than denies.
        let asks = prev.is_some() && prev == next;
        let especially = c == '别' && prev.is_some_and(|p| "特分区类告离性级个".contains(p));
        !(asks || especially)
    }
}

const IMPLICIT_GAP_EN: usize = 1;
const EXPLICIT_GAP_EN: usize = 4;
const EXPLICIT_GAP_ZH: usize = 4;

#[derive(Debug, Clone, PartialEq)]
enum Piece {
    Word(String),
    /// A filler word named in a word-for-word phrasing, matched as written.
    Filler(String),
    Gap,
}

/// A phrasing compiled for matching.
#[derive(Debug, Clone, PartialEq)]
pub struct Pattern {
    zh: bool,
    /// Matched word for word: every word in turn, filler words too.
    literal: bool,
    pieces: Vec<Piece>,
}

pub struct Normaliser {
    stemmer: Stemmer,
    /// Mends slips in typed English; knows no words until the rules are
    /// learnt (see [`Normaliser::learn_spelling`]).
    speller: spelling::Speller,
}

/// An English token after filtering and stemming.
#[derive(Debug, Clone)]
struct Token {
    stem: String,
    clause: usize,
    start: usize,
    end: usize,
    /// Its index among every word said (`Prepared::said`).
    said: usize,
}

/// Every English word as said, filler words included, for word-for-word
/// phrasings.
#[derive(Debug, Clone)]
struct Said {
    /// The stem of a word that counts, or a filler word as written.
    unit: String,
    /// The word's index among `tokens`; `None` for a filler word.
    token: Option<usize>,
    clause: usize,
    start: usize,
    end: usize,
}

/// Input prepared once and matched against every pattern.
pub struct Prepared {
    /// The lowercased, half-width text (what `start..end` spans refer to).
    text: String,
    tokens: Vec<Token>,
    said: Vec<Said>,
    /// Chinese characters with their byte offsets and clause numbers.
    chars: Vec<(char, usize, usize)>,
    /// Whether each of `chars` lies in an aside (a simile, a repeated
    /// beat) that a gap may cross for free.
    aside: Vec<bool>,
}

/// Where a pattern matched, and whether a negation covers it.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub surface: String,
    pub negated: bool,
    /// Its clause puts it in the past, treated, or only supposed ("以前得过",
    /// "会不会中毒", "had a stroke years ago", "what if"): not a present complaint.
    pub remote: bool,
    /// Its clause puts it long ago ("三年前做过手术", "years ago"), not in the
    /// recent past that may still explain a sign today.
    pub long_ago: bool,
    /// The story tells it as not happening now: past, seen by a doctor
    /// since, or coming and going ("有时候手脚会抽", "发作的时候口吐白沫").
    /// It may still be the complaint, but it is no red flag's present sign.
    pub not_now: bool,
    /// Remote only by a date told after it in its English clause ("my son
    /// had a fit last year"): the person it names is still who the
    /// complaint is about, though the sign is history.
    pub dated_after: bool,
    /// Remote, but the rest of its sentence says it has come back
    /// ("以前得过肾结石，这两天腰又开始疼"): it counts in full towards a
    /// department, though still for no red flag.
    pub returns: bool,
    /// Byte range in the folded text, to tell which match covers which.
    pub start: usize,
    pub end: usize,
}

impl Default for Normaliser {
    fn default() -> Self {
        Normaliser {
            stemmer: Stemmer::create(Algorithm::English),
            speller: spelling::Speller::default(),
        }
    }
}

/// Folds full-width forms to ASCII, traditional Chinese characters to
/// simplified ones, and lowercases, so "ＣＴ" and "ct", "懷孕" and "怀孕" match.
pub fn fold(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
            '\u{3000}' => ' ',
            '’' | '‘' | '`' => '\'',
            _ if c >= '\u{3400}' => simplified(c),
            _ => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// Where the clause holding byte `at` starts: just after the last clause
/// break before it.
pub(in crate::triage) fn clause_start(text: &str, at: usize) -> usize {
    text[..at]
        .char_indices()
        .rev()
        .find(|(_, c)| is_clause_break(*c))
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// `s` up to its first clause break: the rest of the clause a match ends.
pub(in crate::triage) fn first_clause(s: &str) -> &str {
    s.find(is_clause_break).map_or(s, |i| &s[..i])
}

/// Whether the `len` bytes at `at` in `s` stand as whole words: no letter or
/// digit runs on into them from either side ("now", not "know" or "nowhere").
pub(in crate::triage) fn stands_alone(s: &str, at: usize, len: usize) -> bool {
    let runs_on = |c: char| c.is_ascii_alphanumeric();
    !s[..at].ends_with(runs_on) && !s[at + len..].starts_with(runs_on)
}

/// At most the last `n` characters of `s`.
pub(in crate::triage) fn suffix_chars(s: &str, n: usize) -> &str {
    s.char_indices()
        .rev()
        .nth(n.saturating_sub(1))
        .map_or(s, |(i, _)| &s[i..])
}

/// At most the first `n` characters of `s`.
pub(in crate::triage) fn prefix_chars(s: &str, n: usize) -> &str {
    s.char_indices().nth(n).map_or(s, |(i, _)| &s[..i])
}

/// Where the sentence holding byte `at` starts.
fn sentence_start(text: &str, at: usize) -> usize {
    text[..at]
        .char_indices()
        .rev()
        .find(|(_, c)| is_sentence_break(*c))
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// Where the sentence holding byte `at` ends.
fn sentence_end(text: &str, at: usize) -> usize {
    text[at..]
        .find(is_sentence_break)
        .map_or(text.len(), |i| at + i)
}

/// Punctuation that ends a sentence. "." is not among it: in Chinese text
/// it is a decimal point ("血糖7.8") as often as a full stop.
fn is_sentence_break(c: char) -> bool {
    matches!(c, '。' | '!' | '?' | '！' | '？' | '\n')
}

/// Punctuation that ends a clause, in both languages.
pub fn is_clause_break(c: char) -> bool {
    matches!(
        c,
        ',' | '.' | '!' | '?' | ';' | ':' | '，' | '。' | '！' | '？' | '；' | '：' | '、' | '\n'
    )
}

impl Normaliser {
    fn stem(&self, word: &str) -> String {
        if KEPT_WHOLE.contains(&word) {
            return word.to_string();
        }
        self.stemmer.stem(word).into_owned()
    }

    /// Splits English words, expanding "n't" to "not" and dropping "'s", "'m" and the like.
    fn words(text: &str) -> Vec<(String, usize, usize, usize)> {
        let mut out = Vec::new();
        let mut clause = 0;
        let mut chars = text.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if is_clause_break(c) {
                clause += 1;
                continue;
            }
            if !(c.is_ascii_alphanumeric()) {
                continue;
            }
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if d.is_ascii_alphanumeric() || d == '\'' {
                    end = j + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            let word = &text[i..end];
            let (base, negated) = match word.strip_suffix("n't") {
                Some("ca") => ("can", true),
                Some("wo") => ("will", true),
                Some(b) => (b, true),
                None => (word.split('\'').next().unwrap_or(word), false),
            };
            let base = if base == "cannot" { "can" } else { base };
            out.push((base.to_string(), clause, i, end));
            if negated || word == "cannot" {
                out.push(("not".to_string(), clause, i, end));
            }
        }
        out
    }

    pub fn prepare(&self, raw: &str) -> Prepared {
        let text = fold(raw);
        let mut tokens = Vec::new();
        let mut said = Vec::new();
        for (w, clause, start, end) in Self::words(&text) {
            let w = self.speller.mend(&w).map_or(w, str::to_string);
            let filler = STOP_WORDS.contains(&w.as_str());
            let token = (!filler).then_some(tokens.len());
            let unit = if filler {
                w
            } else {
                let stem = self.stem(&w);
                tokens.push(Token {
                    stem: stem.clone(),
                    clause,
                    start,
                    end,
                    said: said.len(),
                });
                stem
            };
            said.push(Said {
                unit,
                token,
                clause,
                start,
                end,
            });
        }
        let (chars, aside) = chinese::read(&text);
        Prepared {
            text,
            tokens,
            said,
            chars,
            aside,
        }
    }

    /// Learns the English words of `phrasings` (the rules'), so that a slip
    /// of spelling in what a patient types reads as one of them.
    pub fn learn_spelling<'a>(&mut self, phrasings: impl IntoIterator<Item = &'a String>) {
        let stemmer = &self.stemmer;
        self.speller =
            spelling::Speller::from_phrasings(phrasings, |w| stemmer.stem(w).into_owned());
    }

    /// Compiles a phrasing written in `triage.toml`.
    pub fn compile(&self, phrase: &str, zh: bool) -> Pattern {
        let (literal, phrase) = match unquoted(phrase) {
            Some(inner) if !zh => (true, inner),
            _ => (false, phrase),
        };
        let folded = fold(phrase);
        let mut pieces = Vec::new();
        if zh {
            for c in folded.chars() {
                if c == '*' {
                    pieces.push(Piece::Gap);
                } else if !c.is_whitespace() {
                    pieces.push(Piece::Word(c.to_string()));
                }
            }
        } else {
            for part in folded.split_whitespace() {
                if part == "*" {
                    pieces.push(Piece::Gap);
                    continue;
                }
                for (w, ..) in Self::words(part) {
                    if !STOP_WORDS.contains(&w.as_str()) {
                        pieces.push(Piece::Word(self.stem(&w)));
                    } else if literal {
                        pieces.push(Piece::Filler(w));
                    }
                }
            }
        }
        Pattern {
            zh,
            literal,
            pieces,
        }
    }
}

/// The inside of a phrasing written in double quotes (word for word).
pub fn unquoted(phrase: &str) -> Option<&str> {
    phrase
        .trim()
        .strip_prefix('"')
        .and_then(|p| p.strip_suffix('"'))
}

impl Hit {
    fn at(input: &Prepared, start: usize, end: usize, negated: bool) -> Hit {
        let told = time(&input.text, start, end);
        Hit {
            surface: input.text[start..end].to_string(),
            negated,
            remote: told.remote,
            long_ago: told.long_ago,
            not_now: told.not_now,
            dated_after: told.dated_after,
            returns: told.remote && context::comes_back(&input.text, end),
            start,
            end,
        }
    }
}

impl Prepared {
    /// The English units (stems) in order.
    pub fn english_units(&self) -> impl Iterator<Item = &str> {
        self.tokens.iter().map(|t| t.stem.as_str())
    }

    /// The Chinese units (characters, as text) in order.
    pub fn chinese_units(&self) -> impl Iterator<Item = &str> {
        (0..self.chars.len()).map(|i| self.chinese_unit(i))
    }

    /// The Chinese character at `i` as text, without allocating: looked up
    /// in the text, or the stand-in for a run of letters.
    fn chinese_unit(&self, i: usize) -> &str {
        match self.chars[i] {
            (LETTERS, ..) => LETTERS_STR,
            (c, at, _) => &self.text[at..at + c.len_utf8()],
        }
    }
}

impl Normaliser {
    /// For an English phrasing of several words that filler-word removal cuts
    /// down to one, that one word ("lot of blood" → "blood").
    pub fn shrinks_to_one_word(&self, phrase: &str) -> Option<String> {
        let words = fold(phrase)
            .split_whitespace()
            .filter(|w| *w != "*")
            .count();
        let kept: Vec<String> = Self::words(&fold(phrase))
            .into_iter()
            .map(|w| w.0)
            .filter(|w| !STOP_WORDS.contains(&w.as_str()))
            .collect();
        (unquoted(phrase).is_none() && words > 1 && kept.len() == 1).then(|| kept[0].clone())
    }

    /// Why a word-for-word phrasing cannot be matched, if it cannot: it
    /// needs a word that is not filler to be found by, and a gap before
    /// that word would leave its start unknown.
    pub fn literal_fault(&self, phrase: &str) -> Option<&'static str> {
        let pattern = self.compile(phrase, false);
        if !pattern.literal {
            return None;
        }
        let first = pattern
            .pieces
            .iter()
            .position(|p| matches!(p, Piece::Word(_)));
        match first {
            None => Some("has only filler words"),
            Some(i) if pattern.pieces[..i].contains(&Piece::Gap) => {
                Some("has a '*' before its first word that is not filler")
            }
            Some(_) => None,
        }
    }
}

impl Pattern {
    /// True when the pattern has nothing left to match (e.g. only stop words).
    pub fn is_empty(&self) -> bool {
        !self.pieces.iter().any(|p| matches!(p, Piece::Word(_)))
    }

    /// The first match in `input`; a non-negated match is preferred.
    pub fn find(&self, input: &Prepared) -> Option<Hit> {
        let hits = self.find_all(input);
        let first_plain = hits.iter().position(|h| !h.negated);
        hits.into_iter().nth(first_plain.unwrap_or(0))
    }

    /// Every place the pattern matches, in order.
    pub fn find_all(&self, input: &Prepared) -> Vec<Hit> {
        if self.is_empty() {
            return Vec::new();
        }
        let len = if self.zh {
            input.chars.len()
        } else {
            input.tokens.len()
        };
        (0..len)
            .filter_map(|start| self.hit_at(input, start))
            .collect()
    }

    /// The match starting at unit `start` (a token, or a Chinese character), if any.
    pub fn hit_at(&self, input: &Prepared, start: usize) -> Option<Hit> {
        if self.literal {
            let (s, e, last) = self.literal_at(input, start)?;
            let negated = en_negated(input, start, last) || en_cleared(input, last);
            return Some(Hit::at(input, s, e, negated));
        }
        let end = self.match_at(input, start)?;
        let (s, e, negated) = if self.zh {
            (
                input.chars[start].1,
                input.chars[end].1 + input.chars[end].0.len_utf8(),
                zh_negated(input, start) || zh_cleared(&input.text, input.chars[end].1),
            )
        } else {
            (
                input.tokens[start].start,
                input.tokens[end].end,
                en_negated(input, start, end) || en_cleared(input, end),
            )
        };
        Some(Hit::at(input, s, e, negated))
    }

    /// A word-for-word match whose first word that counts is token `start`:
    /// its byte span and the index of its last token.
    fn literal_at(&self, input: &Prepared, start: usize) -> Option<(usize, usize, usize)> {
        let lead = self
            .pieces
            .iter()
            .position(|p| matches!(p, Piece::Word(_)))?;
        let first = input.tokens.get(start)?.said.checked_sub(lead)?;
        let clause = input.said[first].clause;
        let mut at = first;
        let mut last_token = None;
        let mut gap = 0;
        for piece in &self.pieces {
            let (want, filler) = match piece {
                Piece::Gap => {
                    gap = EXPLICIT_GAP_EN;
                    continue;
                }
                Piece::Word(w) => (w, false),
                Piece::Filler(w) => (w, true),
            };
            let found = (at..=at + gap).find(|&i| {
                input.said.get(i).is_some_and(|s| {
                    s.clause == clause && s.unit == *want && s.token.is_none() == filler
                })
            })?;
            if let Some(t) = input.said[found].token {
                last_token = Some(t);
            }
            at = found + 1;
            gap = 0;
        }
        Some((input.said[first].start, input.said[at - 1].end, last_token?))
    }

    /// The unit a match must start with, for indexing patterns.
    pub fn first_word(&self) -> Option<&str> {
        self.pieces.iter().find_map(|p| match p {
            Piece::Word(w) => Some(w.as_str()),
            Piece::Filler(_) | Piece::Gap => None,
        })
    }

    pub fn is_zh(&self) -> bool {
        self.zh
    }

    /// Index of the last unit matched when the pattern matches from `start`.
    fn match_at(&self, input: &Prepared, start: usize) -> Option<usize> {
        let unit = |i: usize| -> Option<(&str, usize)> {
            if self.zh {
                input
                    .chars
                    .get(i)
                    .map(|&(_, _, clause)| (input.chinese_unit(i), clause))
            } else {
                input.tokens.get(i).map(|t| (t.stem.as_str(), t.clause))
            }
        };
        let (_, clause) = unit(start)?;
        let mut pos = start;
        let mut first = true;
        let mut allowed_gap = 0;
        for piece in &self.pieces {
            match piece {
                Piece::Gap => {
                    allowed_gap = if self.zh {
                        EXPLICIT_GAP_ZH
                    } else {
                        EXPLICIT_GAP_EN
                    }
                }
                Piece::Word(w) | Piece::Filler(w) => {
                    let mut i = if first { start } else { pos + 1 };
                    let mut left = if first { 0 } else { allowed_gap };
                    let found = loop {
                        let (u, c) = unit(i)?;
                        if c != clause {
                            return None;
                        }
                        if u == w {
                            break i;
                        }
                        // A negation inside a gap changes the meaning ("胸不痛").
                        if self.zh && input.zh_negation_at(i) {
                            return None;
                        }
                        // A simile or a repeated beat costs a gap nothing
                        // ("胸口突然像被撕开一样疼").
                        let free = !first && allowed_gap > 0 && self.zh && input.aside[i];
                        if !free {
                            left = left.checked_sub(1)?;
                        }
                        i += 1;
                    };
                    pos = found;
                    first = false;
                    allowed_gap = if self.zh { 0 } else { IMPLICIT_GAP_EN };
                }
            }
        }
        Some(pos)
    }
}

#[cfg(test)]
mod tests;
