//! Text matching for triage: English is tokenised, stripped of filler words
//! and stemmed (Snowball), so "coughing" matches "cough"; Chinese is matched
//! on characters, which spots symptom words without a segmenter's mistakes on
//! short, colloquial phrases ("胸口闷得慌"). Both detect negation ("no fever",
//! "不发烧") within a clause. A `*` in a phrasing allows a short gap.

use crate::lang::{is_cjk, simplified};
use rust_stemmers::{Algorithm, Stemmer};

/// Words dropped before matching in English. Negations ("no", "not") and
/// scope breakers ("but") are deliberately absent.
const STOP_WORDS: &[&str] = &[
    "a", "an", "the", "my", "me", "i", "im", "is", "am", "are", "was", "were", "be", "been",
    "being", "of", "to", "in", "on", "at", "it", "its", "this", "that", "these", "those", "very",
    "really", "so", "too", "have", "has", "had", "got", "get", "gets", "getting", "some", "bit",
    "quite", "just", "also", "all", "since", "for", "from", "with", "and", "or", "kind", "sort",
    "do", "does", "did", "doing", "any", "he", "she", "his", "her", "him", "they", "their", "them",
    "we", "our", "you", "your", "please", "would", "could", "think", "seems", "seem", "lately",
    "recently", "today", "when", "after", "by", "which", "what", "who",
];

const NEGATIONS: &[&str] = &[
    "no", "not", "never", "without", "deni", "none", "nor", "neither",
];
const SCOPE_BREAKERS: &[&str] = &["but", "howev", "although", "though", "except", "yet"];

/// Negation characters in Chinese, and the fillers that may stand between a
/// negation and the word it negates ("没有发烧", "不太疼").
const ZH_NEGATIONS: &[char] = &['不', '没', '无', '未', '否', '别'];
const ZH_FILLERS: &[char] = &[
    '有', '太', '再', '是', '会', '怎', '么', '觉', '得', '感', '什', '也', '都', '并', '从', '来',
    '还',
];

const IMPLICIT_GAP_EN: usize = 1;
const EXPLICIT_GAP_EN: usize = 4;
const EXPLICIT_GAP_ZH: usize = 4;

#[derive(Debug, Clone, PartialEq)]
enum Piece {
    Word(String),
    Gap,
}

/// A phrasing compiled for matching.
#[derive(Debug, Clone, PartialEq)]
pub struct Pattern {
    zh: bool,
    pieces: Vec<Piece>,
}

pub struct Normaliser {
    stemmer: Stemmer,
}

/// An English token after filtering and stemming.
#[derive(Debug, Clone)]
struct Token {
    stem: String,
    clause: usize,
    start: usize,
    end: usize,
}

/// Input prepared once and matched against every pattern.
pub struct Prepared {
    /// The lowercased, half-width text (what `start..end` spans refer to).
    text: String,
    tokens: Vec<Token>,
    /// Chinese characters with their byte offsets and clause numbers.
    chars: Vec<(char, usize, usize)>,
}

/// Where a pattern matched, and whether a negation covers it.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub surface: String,
    pub negated: bool,
    /// Its clause puts it in the past, treated, or only supposed ("以前得过",
    /// "会不会中毒", "had a stroke years ago", "what if"): not a present complaint.
    pub remote: bool,
    /// Byte range in the folded text, to tell which match covers which.
    pub start: usize,
    pub end: usize,
}

impl Default for Normaliser {
    fn default() -> Self {
        Normaliser {
            stemmer: Stemmer::create(Algorithm::English),
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

/// Punctuation that ends a clause, in both languages.
pub fn is_clause_break(c: char) -> bool {
    matches!(
        c,
        ',' | '.' | '!' | '?' | ';' | ':' | '，' | '。' | '！' | '？' | '；' | '：' | '、' | '\n'
    )
}

impl Normaliser {
    fn stem(&self, word: &str) -> String {
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
        let tokens = Self::words(&text)
            .into_iter()
            .filter(|(w, ..)| !STOP_WORDS.contains(&w.as_str()))
            .map(|(w, clause, start, end)| Token {
                stem: self.stem(&w),
                clause,
                start,
                end,
            })
            .collect();
        let mut chars = Vec::new();
        let mut clause = 0;
        for (i, c) in text.char_indices() {
            if is_clause_break(c) {
                clause += 1;
            } else if is_cjk(c) {
                chars.push((c, i, clause));
            } else if !c.is_whitespace() {
                // Latin letters and digits between Chinese words end a Chinese run.
                clause += 1;
            }
        }
        Prepared {
            text,
            tokens,
            chars,
        }
    }

    /// Compiles a phrasing written in `triage.toml`.
    pub fn compile(&self, phrase: &str, zh: bool) -> Pattern {
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
                    }
                }
            }
        }
        Pattern { zh, pieces }
    }
}

impl Prepared {
    /// The English units (stems) in order.
    pub fn english_units(&self) -> impl Iterator<Item = &str> {
        self.tokens.iter().map(|t| t.stem.as_str())
    }

    /// The Chinese units (characters, as text) in order.
    pub fn chinese_units(&self) -> impl Iterator<Item = &str> {
        self.chars
            .iter()
            .map(|(c, at, _)| &self.text[*at..*at + c.len_utf8()])
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
        (words > 1 && kept.len() == 1).then(|| kept[0].clone())
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
                en_negated(input, start),
            )
        };
        Some(Hit {
            surface: input.text[s..e].to_string(),
            negated,
            remote: remote(&input.text, s),
            start: s,
            end: e,
        })
    }

    /// The unit a match must start with, for indexing patterns.
    pub fn first_word(&self) -> Option<&str> {
        self.pieces.iter().find_map(|p| match p {
            Piece::Word(w) => Some(w.as_str()),
            Piece::Gap => None,
        })
    }

    pub fn is_zh(&self) -> bool {
        self.zh
    }

    /// Index of the last unit matched when the pattern matches from `start`.
    fn match_at(&self, input: &Prepared, start: usize) -> Option<usize> {
        let unit = |i: usize| -> Option<(&str, usize)> {
            if self.zh {
                input.chars.get(i).map(|(c, _, clause)| {
                    // A char as &str without allocating: look it up in the text.
                    let s = input.chars[i].1;
                    (&input.text[s..s + c.len_utf8()], *clause)
                })
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
                Piece::Word(w) => {
                    let from = if first { start } else { pos + 1 };
                    let to = if first { start } else { pos + 1 + allowed_gap };
                    let mut found = None;
                    for i in from..=to {
                        let (u, c) = unit(i)?;
                        if c != clause {
                            return None;
                        }
                        if u == w {
                            found = Some(i);
                            break;
                        }
                        // A negation inside a gap changes the meaning ("胸不痛").
                        if self.zh && u.chars().all(|c| ZH_NEGATIONS.contains(&c)) {
                            return None;
                        }
                    }
                    pos = found?;
                    first = false;
                    allowed_gap = if self.zh { 0 } else { IMPLICIT_GAP_EN };
                }
            }
        }
        Some(pos)
    }
}

/// Words that, earlier in the same clause, put what follows in the past or
/// make it a supposition rather than something happening now.
const ZH_REMOTE_BEFORE: &[&str] = &[
    "以前",
    "之前",
    "曾经",
    "小时候",
    "年前",
    "前几年",
    "去年",
    "前年",
    "当年",
    "既往",
    "病史",
    "得过",
    "有过",
    "患过",
    "出过",
    "做过",
    "上次",
    "如果",
    "会不会",
    "会否",
    "万一",
    "担心",
    "害怕",
    "怕",
    "预防",
    "是否会",
];
const EN_REMOTE_BEFORE: &[&str] = &[
    "history of",
    "used to",
    "years ago",
    "year ago",
    "last year",
    "in the past",
    "as a child",
    "when i was",
    "previously",
    "previous",
    "once had",
    "what if",
    "if ",
    "worried",
    "afraid",
    "in case",
    "prevent",
    "could i get",
    "is it possible",
];
/// Words anywhere in the clause that mark it as over or being followed up.
const ZH_REMOTE_CLAUSE: &[&str] = &["复查", "已经好了", "治好了", "已治愈", "痊愈", "好了以后"];
const EN_REMOTE_CLAUSE: &[&str] = &["follow-up", "follow up", "recovered", "healed", "years ago"];

/// Whether the clause around byte `at` of the folded `text` is about the
/// past or a supposition (see [`Hit::remote`]).
fn remote(text: &str, at: usize) -> bool {
    let start = text[..at]
        .char_indices()
        .rev()
        .find(|(_, c)| is_clause_break(*c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let end = text[at..]
        .char_indices()
        .find(|(_, c)| is_clause_break(*c))
        .map_or(text.len(), |(i, _)| at + i);
    let before = &text[start..at];
    let clause = &text[start..end];
    // English markers are matched on word starts: "if " not inside "gift ".
    let en_before = format!(" {before}");
    ZH_REMOTE_BEFORE.iter().any(|m| before.contains(m))
        || EN_REMOTE_BEFORE
            .iter()
            .any(|m| en_before.contains(&format!(" {m}")))
        || ZH_REMOTE_CLAUSE.iter().any(|m| clause.contains(m))
        || EN_REMOTE_CLAUSE.iter().any(|m| clause.contains(m))
        || dated(before, clause)
}

/// Verdicts that, right after a body part or a sign, say it is fine
/// ("耳朵没有问题", "做了肺部ct没问题", "体温正常").
const ZH_CLEARED: &[&str] = &[
    "没问题",
    "没有问题",
    "没什么问题",
    "没啥问题",
    "没有什么问题",
    "正常",
    "没事",
    "无异常",
    "没有异常",
    "没异常",
    "未见异常",
];
/// What may stand between the thing and its verdict: a test's name in Latin
/// letters ("ct"), "也", "都", "检查" and the like.
const ZH_BEFORE_VERDICT: &str = "也都还检查结果片子报告显示看了的";

/// Whether the Chinese match ending at the character at byte `last` is
/// followed, in its clause, by a verdict that it is fine. "正常吗" asks
/// rather than tells, so a question after the verdict leaves it alone.
fn zh_cleared(text: &str, last: usize) -> bool {
    let after_last = text[last..]
        .chars()
        .next()
        .map_or(last, |c| last + c.len_utf8());
    let rest = &text[after_last..];
    let clause_end = rest.find(is_clause_break).unwrap_or(rest.len());
    let rest = &rest[..clause_end];
    let skipped = rest.trim_start_matches(|c: char| {
        c.is_ascii_alphanumeric() || c.is_whitespace() || ZH_BEFORE_VERDICT.contains(c)
    });
    // Only a short way on: a verdict far along the clause is about something else.
    if rest.len() - skipped.len() > 12 {
        return false;
    }
    ZH_CLEARED.iter().any(|v| {
        skipped.starts_with(v)
            && !skipped[v.len()..].starts_with(['吗', '吧', '么', '嘛', '不', '?', '？'])
    })
}

/// Whether `before` (the clause up to a match) dates it to a day ("11月2日时发现",
/// "5号晚上"): something noticed on a given day is being told as history,
/// unless the clause says it has gone on since ("从3号开始一直").
fn dated(before: &str, clause: &str) -> bool {
    let chars: Vec<char> = before.chars().collect();
    let has_day = chars
        .windows(2)
        .any(|w| w[0].is_ascii_digit() && matches!(w[1], '日' | '号' | '號'));
    has_day && !ZH_ONGOING.iter().any(|m| clause.contains(m))
}
const ZH_ONGOING: &[&str] = &[
    "开始",
    "一直",
    "至今",
    "到现在",
    "持续",
    "还在",
    "现在",
    "今天",
];

fn en_negated(input: &Prepared, start: usize) -> bool {
    let clause = input.tokens[start].clause;
    // Two words: "no fever or cough" negates both, "can't straighten my finger after an injury" not the injury.
    for back in 1..=2 {
        let Some(i) = start.checked_sub(back) else {
            break;
        };
        let t = &input.tokens[i];
        if t.clause != clause || SCOPE_BREAKERS.contains(&t.stem.as_str()) {
            return false;
        }
        if NEGATIONS.contains(&t.stem.as_str()) {
            // "can't stop coughing" insists rather than denies.
            let next = input.tokens.get(i + 1).map(|t| t.stem.as_str());
            return next != Some("stop");
        }
    }
    false
}

fn zh_negated(input: &Prepared, start: usize) -> bool {
    let clause = input.chars[start].2;
    let mut i = start;
    for _ in 0..4 {
        let Some(prev) = i.checked_sub(1) else {
            return false;
        };
        let (c, _, cl) = input.chars[prev];
        if cl != clause {
            return false;
        }
        if ZH_NEGATIONS.contains(&c) {
            return true;
        }
        if !ZH_FILLERS.contains(&c) {
            return false;
        }
        i = prev;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hit(phrase: &str, text: &str) -> Option<Hit> {
        let n = Normaliser::default();
        n.compile(
            phrase,
            crate::lang::Lang::detect(phrase) == crate::lang::Lang::Zh,
        )
        .find(&n.prepare(text))
    }

    #[test]
    fn english_matches_through_stemming_and_filler_words() {
        assert!(hit("cough", "I have been coughing all night").is_some());
        assert!(
            hit("chest pain", "pains in my chest").is_none(),
            "word order matters"
        );
        assert!(hit("chest pain", "a sharp chest pain").is_some());
        assert!(hit("chest tight", "my chest feels tight").is_some());
        assert!(hit("pain * urinate", "pain when I urinate").is_some());
    }

    #[test]
    fn the_past_and_suppositions_are_remote_but_the_present_is_not() {
        assert!(
            hit("抽搐", "小时候有过一次抽搐，现在想复查")
                .unwrap()
                .remote
        );
        assert!(hit("中毒", "吃一片会不会中毒").unwrap().remote);
        assert!(!hit("抽搐", "孩子突然抽搐，口吐白沫").unwrap().remote);
        assert!(hit("stroke", "I had a stroke years ago").unwrap().remote);
        assert!(hit("seizure", "what if he has a seizure").unwrap().remote);
        assert!(
            !hit("seizure", "he is having a seizure, what do I do")
                .unwrap()
                .remote
        );
        // Only its own clause counts: the past in one clause leaves the next alone.
        assert!(!hit("抽搐", "以前好好的，今天突然抽搐").unwrap().remote);
    }

    #[test]
    fn english_negation_within_the_clause() {
        assert!(hit("fever", "no fever").unwrap().negated);
        assert!(hit("fever", "I don't have a fever").unwrap().negated);
        assert!(hit("cough", "no fever or cough").unwrap().negated);
        assert!(!hit("cough", "no fever but a bad cough").unwrap().negated);
        assert!(
            !hit("cough", "no fever. Cough for three days")
                .unwrap()
                .negated
        );
        assert!(!hit("cough", "I can't stop coughing").unwrap().negated);
    }

    #[test]
    fn chinese_matches_characters_and_gaps() {
        assert_eq!(hit("咳嗽", "老是咳嗽,晚上更厉害").unwrap().surface, "咳嗽");
        assert_eq!(hit("胸*痛", "胸口剧痛").unwrap().surface, "胸口剧痛");
        assert!(
            hit("胸*痛", "胸口,手也痛").is_none(),
            "a gap does not cross a comma"
        );
        assert!(
            hit("胸*痛", "胸不痛").is_none(),
            "a negation inside the gap breaks it"
        );
    }

    #[test]
    fn chinese_negation_with_fillers() {
        assert!(hit("发烧", "不发烧").unwrap().negated);
        assert!(hit("发烧", "没有发烧").unwrap().negated);
        assert!(hit("发烧", "也没怎么发烧").unwrap().negated);
        assert!(!hit("咳嗽", "不停地咳嗽").unwrap().negated);
        assert!(!hit("流血", "止不住流血").unwrap().negated);
        assert!(!hit("头痛", "睡不好头痛").unwrap().negated);
    }

    #[test]
    fn a_verdict_after_the_thing_clears_it_but_a_question_does_not() {
        assert!(hit("耳朵", "但是耳朵没有问题").unwrap().negated);
        assert!(hit("肺部", "做了肺部ct没问题").unwrap().negated);
        assert!(hit("体温", "头很热但是体温正常").unwrap().negated);
        assert!(!hit("体温", "体温正常吗").unwrap().negated);
        assert!(!hit("月经", "月经不正常").unwrap().negated);
        assert!(!hit("头痛", "头痛三天了，吃药没事").unwrap().negated);
    }

    #[test]
    fn a_sign_dated_to_a_day_is_history_unless_it_goes_on() {
        assert!(hit("出血", "在11月2日时发现出血").unwrap().remote);
        assert!(hit("胸痛", "5号晚上胸痛").unwrap().remote);
        assert!(!hit("胸痛", "从5号开始一直胸痛").unwrap().remote);
        assert!(!hit("胸痛", "3天前开始胸痛").unwrap().remote);
    }

    #[test]
    fn full_width_letters_fold() {
        assert_eq!(fold("ＣＴ　检查"), "ct 检查");
    }

    #[test]
    fn traditional_characters_fold_to_simplified() {
        assert_eq!(fold("懷孕測試，頭痛"), "怀孕测试,头痛");
        assert!(hit("头痛", "我頭痛得厲害").is_some());
        // Simplified text and everything else pass through unchanged.
        assert_eq!(fold("怀孕 fever 3号"), "怀孕 fever 3号");
    }

    #[test]
    fn a_negated_match_gives_way_to_a_plain_one() {
        let h = hit("fever", "no fever yesterday, but today a fever").unwrap();
        assert!(!h.negated);
    }
}
