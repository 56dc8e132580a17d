//! From a transcript to what the patient wants: a command, a place, a
//! department by name, or a complaint for triage. Pure: no audio, no I/O.
//!
//! Order matters for safety. A whole-utterance command comes first (so "no"
//! is never a symptom); then a red flag, which must reach the emergency page
//! whatever else was said; then place and department words; then triage.
//! Anything unclear is `None`: the kiosk says it did not understand and
//! points at the tiles. Two different targets in one sentence are unclear,
//! and so are three or more, which is what Whisper produces when it echoes
//! its prompt over noise.

use crate::hospital::{Hospital, PlaceKind};
use crate::lang::{is_cjk, Lang};
use crate::triage::rules::RuleSet;
use crate::triage::{Assessment, Query, Triage};
use pinyin::ToPinyin;
use serde::Deserialize;
use std::collections::{BTreeMap, HashSet};
use std::str::FromStr;

/// Spoken commands are the workflow's own: speech produces its events.
pub use crate::workflow::VoiceCommand as Command;

/// Department codes, or this, for a red flag.
pub const EMERGENCY: &str = "emergency";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Intent {
    Command(Command),
    /// A place asked for on its own ("where is the pharmacy"): acted on at once.
    Place(PlaceKind),
    /// A place named among other words: read back before the way is shown.
    PlaceToConfirm(PlaceKind),
    /// A department asked for by name.
    Department(String),
    /// A complaint: the department triage chose, or [`EMERGENCY`].
    Symptom(String),
}

impl Intent {
    pub fn kind(&self) -> &'static str {
        match self {
            Intent::Command(_) => "command",
            Intent::Place(_) => "place",
            Intent::PlaceToConfirm(_) => "place_to_confirm",
            Intent::Department(_) => "department",
            Intent::Symptom(_) => "symptom",
        }
    }

    pub fn value(&self) -> String {
        match self {
            Intent::Command(c) => c.id().to_string(),
            Intent::Place(p) | Intent::PlaceToConfirm(p) => p.id().to_string(),
            Intent::Department(c) | Intent::Symptom(c) => c.clone(),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum VocabularyError {
    #[error("speech.toml: {0}")]
    Toml(#[from] toml::de::Error),
    #[error("speech.toml: {0:?} is not a command (yes, no, back, home, help, repeat, slower)")]
    Command(String),
    #[error("speech.toml: {0}")]
    Place(String),
}

#[derive(Debug, Deserialize)]
struct File {
    commands: BTreeMap<String, BTreeMap<String, Vec<String>>>,
    places: BTreeMap<String, BTreeMap<String, Vec<String>>>,
    departments: BTreeMap<String, BTreeMap<String, Vec<String>>>,
}

pub const DEMO_VOCABULARY: &str = include_str!("../../data/speech.toml");

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Target {
    Place(PlaceKind),
    Department(String),
}

/// A phrase as a list of units: English words, or Chinese syllables.
#[derive(Debug, Clone)]
struct Phrase {
    units: Vec<String>,
    /// The Chinese characters, for an exact match before the pinyin one.
    chars: String,
}

/// Everything the kiosk can be asked for by name, in both languages.
#[derive(Debug, Clone)]
pub struct Lexicon {
    commands: Vec<(Lang, Command, Phrase)>,
    targets: Vec<(Lang, Target, Phrase)>,
    /// Names to steer the recogniser with, per language.
    prompt_words: BTreeMap<Lang, Vec<String>>,
    /// Department names as the hospital writes them, for the prompt.
    department_names: BTreeMap<Lang, Vec<String>>,
    /// Stems of every English word the kiosk understands.
    known_en: HashSet<String>,
}

fn lang_of(key: &str) -> Option<Lang> {
    match key {
        "en" => Some(Lang::En),
        "zh" => Some(Lang::Zh),
        _ => None,
    }
}

/// The parts of an official name worth listening for: "Payment Desk
/// (ground floor)" gives "Payment Desk"; "肾病学专业（肾内科）" gives both.
fn name_variants(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    let cleaned: String = name
        .chars()
        .map(|c| {
            if "()（）·,，、".contains(c) {
                '|'
            } else {
                c
            }
        })
        .collect();
    for part in cleaned.split('|') {
        let part = part.trim();
        if !part.is_empty() && !part.chars().all(|c| c.is_ascii_digit()) {
            out.push(part.to_string());
        }
    }
    out
}

impl Lexicon {
    /// The hospital's own names plus the everyday words in `vocabulary`
    /// (the text of `speech.toml`).
    pub fn new(vocabulary: &str, hospital: &Hospital) -> Result<Lexicon, VocabularyError> {
        let file: File = toml::from_str(vocabulary)?;
        let mut lex = Lexicon {
            commands: Vec::new(),
            targets: Vec::new(),
            prompt_words: BTreeMap::new(),
            department_names: BTreeMap::new(),
            known_en: FUNCTION_WORDS.split_whitespace().map(stem).collect(),
        };
        for (lang_key, table) in &file.commands {
            let Some(lang) = lang_of(lang_key) else {
                continue;
            };
            for (name, phrases) in table {
                let command = Command::ALL
                    .into_iter()
                    .find(|c| c.id() == name)
                    .ok_or_else(|| VocabularyError::Command(name.clone()))?;
                for p in phrases {
                    // Stored as they are matched: without articles.
                    let mut p = phrase(p, lang);
                    p.units = without_articles(&p.units);
                    lex.commands.push((lang, command, p));
                }
            }
        }
        let mut add = |lang: Lang, target: Target, text: &str, prompt: bool| {
            let p = phrase(text, lang);
            if p.units.is_empty() {
                return;
            }
            if prompt {
                lex.prompt_words
                    .entry(lang)
                    .or_default()
                    .push(text.to_string());
            }
            lex.targets.push((lang, target, p));
        };
        for (lang_key, table) in &file.places {
            let Some(lang) = lang_of(lang_key) else {
                continue;
            };
            for (id, phrases) in table {
                let kind = PlaceKind::from_str(id).map_err(VocabularyError::Place)?;
                // The first, everyday word of each place steers the recogniser.
                for (i, p) in phrases.iter().enumerate() {
                    add(lang, Target::Place(kind), p, i == 0);
                }
            }
        }
        for place in &hospital.places {
            for lang in [Lang::En, Lang::Zh] {
                for v in name_variants(place.name.get(lang)) {
                    add(lang, Target::Place(place.kind), &v, false);
                }
            }
        }
        for (lang_key, table) in &file.departments {
            let Some(lang) = lang_of(lang_key) else {
                continue;
            };
            for (code, phrases) in table {
                // Aliases for departments this hospital does not have are skipped.
                if hospital.departments.iter().any(|d| &d.code == code) {
                    for p in phrases {
                        add(lang, Target::Department(code.clone()), p, false);
                    }
                }
            }
        }
        let mut department_names = Vec::new();
        for d in &hospital.departments {
            for lang in [Lang::En, Lang::Zh] {
                for v in name_variants(d.name.get(lang)) {
                    if lang == Lang::En {
                        for word in v.split_whitespace() {
                            if let Some(stem) = word.to_lowercase().strip_suffix("ology") {
                                add(
                                    lang,
                                    Target::Department(d.code.clone()),
                                    &format!("{stem}ologist"),
                                    false,
                                );
                            }
                        }
                    }
                    add(lang, Target::Department(d.code.clone()), &v, false);
                }
                // The official name, without its bracketed part.
                let name = d.name.get(lang);
                let short = name.split(['(', '（']).next().unwrap_or(name).trim();
                department_names.push((lang, short.to_string()));
            }
        }
        for (lang, name) in department_names {
            lex.department_names.entry(lang).or_default().push(name);
        }
        let words: Vec<String> = lex
            .commands
            .iter()
            .map(|(_, _, p)| &p.units)
            .chain(lex.targets.iter().map(|(_, _, p)| &p.units))
            .flatten()
            .map(|u| stem(u))
            .collect();
        lex.known_en.extend(words);
        for words in lex
            .prompt_words
            .values_mut()
            .chain(lex.department_names.values_mut())
        {
            let mut seen = HashSet::new();
            words.retain(|w| seen.insert(w.to_lowercase()));
        }
        Ok(lex)
    }

    /// An initial prompt for the recogniser: the names people say at this
    /// screen. Whisper computes logits for every prompt token, about 2 ms a
    /// token with tiny.en on two cores, so the prompt is kept short: on a
    /// yes/no question it is just "yes, no"; elsewhere the places' everyday
    /// words and as many department names as fit in [`PROMPT_CHARS`].
    pub fn prompt(&self, lang: Lang, context: &PromptContext) -> String {
        let (yes, no, sep, end) = match lang {
            Lang::En => ("Yes", "no", ", ", "."),
            Lang::Zh => ("是的", "不是", "，", "。"),
        };
        let mut out = String::new();
        let ordered: Vec<String> = match context {
            PromptContext::YesNo => return format!("{yes}{sep}{no}{end}"),
            PromptContext::Choices(names) => names.clone(),
            PromptContext::General => {
                let words = self.prompt_words.get(&lang).cloned().unwrap_or_default();
                let departments = self
                    .department_names
                    .get(&lang)
                    .cloned()
                    .unwrap_or_default();
                words.into_iter().chain(departments).collect()
            }
        };
        if lang == Lang::Zh {
            // Steers base towards simplified characters. Nothing more: names
            // in a Mandarin prompt cost about 2 ms a character and were echoed
            // back over real speech ("内科，鱼鱼鱼…", 66 % character errors on
            // real recordings against 41 % without); Mandarin names are
            // recognised by constrained decoding instead (`closed_phrases`).
            return "以下是普通话。".to_string();
        }
        for w in ordered {
            if out.chars().count() + w.chars().count() > PROMPT_CHARS {
                break;
            }
            out.push_str(&w);
            out.push_str(sep);
        }
        let trimmed = out.trim_end_matches(sep).to_string();
        format!("{trimmed}{end}")
    }
}

impl Lexicon {
    /// What a screen accepts, as phrases for constrained recognition
    /// ([`super::closed`]): Mandarin only, where free decoding of names is
    /// weakest. Commands always; on a question nothing else; on a page of
    /// choices those names; elsewhere every place and department.
    pub fn closed_phrases(&self, lang: Lang, context: &PromptContext) -> Vec<String> {
        if lang != Lang::Zh {
            return Vec::new();
        }
        let commands = self
            .commands
            .iter()
            .filter(|(l, _, p)| *l == lang && !p.chars.is_empty())
            .map(|(_, _, p)| p.chars.as_str());
        let choices: Vec<String>;
        let names: Vec<&str> = match context {
            PromptContext::YesNo => Vec::new(),
            PromptContext::Choices(names) => {
                choices = names.iter().flat_map(|n| name_variants(n)).collect();
                choices.iter().map(String::as_str).collect()
            }
            PromptContext::General => self
                .targets
                .iter()
                .filter(|(l, _, p)| *l == lang && !p.chars.is_empty())
                .map(|(_, _, p)| p.chars.as_str())
                .collect(),
        };
        super::closed::phrases_zh(commands, names)
    }
}

/// The longest prompt, in characters (about 50 tokens of English).
pub const PROMPT_CHARS: usize = 200;

/// What the screen is asking, for the recogniser's prompt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PromptContext {
    /// Any request: places, departments, complaints, commands.
    General,
    /// The names on the screen's tiles (a page of departments, say).
    Choices(Vec<String>),
    /// A yes/no question is on screen.
    YesNo,
}

fn is_separator(c: char) -> bool {
    !(c.is_alphanumeric() || c == '\'')
}

/// Words (English) or syllables (Chinese) of `text`, lower-cased, without
/// punctuation, with an English plural "s" dropped.
pub fn units(text: &str) -> Vec<String> {
    let text = text.replace(['’', '‘'], "'").to_lowercase();
    let mut out = Vec::new();
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut Vec<String>| {
        if !word.is_empty() {
            let w = word.trim_matches('\'').to_string();
            let w = match w.strip_suffix('s') {
                Some(stem) if w.len() > 3 && !w.ends_with("ss") => stem.to_string(),
                _ => w,
            };
            if !w.is_empty() {
                out.push(w);
            }
            word.clear();
        }
    };
    for c in text.chars() {
        if is_cjk(c) {
            flush(&mut word, &mut out);
            out.push(
                c.to_pinyin()
                    .map(|p| p.plain().to_string())
                    .unwrap_or_else(|| c.to_string()),
            );
        } else if is_separator(c) {
            flush(&mut word, &mut out);
        } else {
            word.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

fn chinese(text: &str) -> String {
    text.chars().filter(|c| is_cjk(*c)).collect()
}

fn phrase(text: &str, _lang: Lang) -> Phrase {
    Phrase {
        units: units(text),
        chars: chinese(text),
    }
}

/// How well one unit matches: exactly, or within a small edit distance for
/// long English words ("dermatologist" heard as "dermatologis").
fn unit_matches(heard: &str, want: &str) -> Option<bool> {
    if heard == want {
        return Some(true);
    }
    let long = want.chars().count();
    let ascii = want.is_ascii() && heard.is_ascii();
    let allowed = match long {
        _ if !ascii => 0,
        0..=5 => 0,
        6..=8 => 1,
        _ => 2,
    };
    (allowed > 0 && strsim::levenshtein(heard, want) <= allowed).then_some(false)
}

/// Where `phrase` occurs in `heard`: (units matched, all exact, first unit).
/// A Chinese match by characters has no unit position (`usize::MAX`).
fn find(heard: &[String], heard_chars: &str, phrase: &Phrase) -> Option<(usize, bool, usize)> {
    let n = phrase.units.len();
    if n == 0 || n > heard.len() {
        return None;
    }
    // Chinese: the characters themselves, else the same syllables (a
    // homophone) when the phrase is long enough for that to mean something.
    if !phrase.chars.is_empty() {
        if heard_chars.contains(&phrase.chars) {
            return Some((n, true, usize::MAX));
        }
        if n < 2 {
            return None;
        }
    }
    let mut best: Option<(usize, bool, usize)> = None;
    for start in 0..=heard.len() - n {
        let mut exact = true;
        let mut ok = true;
        for (h, w) in heard[start..start + n].iter().zip(&phrase.units) {
            match unit_matches(h, w) {
                Some(e) => exact &= e,
                None => {
                    ok = false;
                    break;
                }
            }
        }
        if ok && best.is_none_or(|(_, e, _)| exact && !e) {
            best = Some((n, exact, start));
        }
    }
    // A compound heard as two words: "ultra sound", "X ray".
    if best.is_none() && n == 1 && phrase.chars.is_empty() {
        for start in 0..heard.len().saturating_sub(1) {
            let joined = format!("{}{}", heard[start], heard[start + 1]);
            if let Some(exact) = unit_matches(&joined, &phrase.units[0]) {
                return Some((2, exact, start));
            }
        }
    }
    best
}

/// Words around a command that do not change it: "um, yes please",
/// "could you say that again", "go to the main menu".
const LEADING_EN: [&str; 17] = [
    "um", "uh", "oh", "well", "hmm", "ok", "please", "could", "can", "would", "you", "just", "go",
    "to", "the", "let's", "i",
];
const TRAILING_EN: [&str; 6] = ["please", "thank", "thanks", "you", "now", "ok"];
const FILLERS_ZH: [char; 9] = ['吧', '啊', '呀', '了', '呢', '哦', '嘛', '请', '哈'];

/// True when `units` is one or more phrases of the same command in a row:
/// "yes yes", "no that's wrong", "yes that is right".
fn only_phrases_of(units: &[String], phrases: &[&Phrase]) -> bool {
    // reachable[i]: the first i units split into whole phrases.
    let mut reachable = vec![false; units.len() + 1];
    reachable[0] = true;
    for i in 0..units.len() {
        if !reachable[i] {
            continue;
        }
        for p in phrases {
            let n = p.units.len();
            if n > 0 && i + n <= units.len() && units[i..i + n] == p.units[..] {
                reachable[i + n] = true;
            }
        }
    }
    reachable[units.len()]
}

/// Articles change no command: "call a nurse" is "call the nurse".
fn without_articles(units: &[String]) -> Vec<String> {
    units
        .iter()
        .filter(|u| !matches!(u.as_str(), "a" | "an" | "the"))
        .cloned()
        .collect()
}

fn command(heard: &[String], heard_chars: &str, lang: Lang, lex: &Lexicon) -> Option<Command> {
    let phrases_of = |c: Command| -> Vec<&Phrase> {
        lex.commands
            .iter()
            .filter(|(l, cmd, _)| *l == lang && *cmd == c)
            .map(|(_, _, p)| p)
            .collect()
    };
    let heard = &without_articles(heard)[..];
    match lang {
        Lang::Zh => {
            let core = heard_chars
                .trim_start_matches(FILLERS_ZH)
                .trim_end_matches(FILLERS_ZH);
            for chars in [heard_chars, core] {
                if chars.is_empty() {
                    continue;
                }
                for c in Command::ALL {
                    if phrases_of(c).iter().any(|p| p.chars == chars) {
                        return Some(c);
                    }
                }
            }
            // Said twice ("对对"), or a command with "我要" before it ("我要返回").
            let core = core.trim_start_matches("我要").trim_start_matches("我想");
            let n = core.chars().count();
            let half: String = core.chars().take(n / 2).collect();
            for c in Command::ALL {
                let ps = phrases_of(c);
                if ps.iter().any(|p| p.chars == core)
                    || (n >= 2
                        && n % 2 == 0
                        && half.repeat(2) == core
                        && ps.iter().any(|p| p.chars == half))
                {
                    return Some(c);
                }
            }
            None
        }
        Lang::En => {
            let mut v: &[String] = heard;
            while v.len() > 1 && LEADING_EN.contains(&v[0].as_str()) {
                // Keep a word that starts a command phrase ("go back", "i need help").
                if Command::ALL
                    .iter()
                    .any(|c| only_phrases_of(v, &phrases_of(*c)))
                {
                    break;
                }
                v = &v[1..];
            }
            while v.len() > 1 && TRAILING_EN.contains(&v[v.len() - 1].as_str()) {
                if Command::ALL
                    .iter()
                    .any(|c| only_phrases_of(v, &phrases_of(*c)))
                {
                    break;
                }
                v = &v[..v.len() - 1];
            }
            let matches: Vec<Command> = Command::ALL
                .into_iter()
                .filter(|c| only_phrases_of(v, &phrases_of(*c)))
                .collect();
            if let [one] = matches.as_slice() {
                return Some(*one);
            }
            // A slightly misheard long command ("go bak").
            let said = [heard.join(" "), v.join(" ")];
            let near: Vec<Command> = Command::ALL
                .into_iter()
                .filter(|c| {
                    phrases_of(*c).iter().any(|p| {
                        let text = p.units.join(" ");
                        text.len() >= 6
                            && said
                                .iter()
                                .any(|s| s.len() >= 6 && strsim::levenshtein(&text, s) <= 1)
                    })
                })
                .collect();
            match near.as_slice() {
                [one] => Some(*one),
                _ => None,
            }
        }
    }
}

/// The target named in `heard`, if exactly one is. Longer matches beat
/// shorter ones ("emergency pharmacy" is the pharmacy), exact beats fuzzy.
fn named_target(heard: &[String], heard_chars: &str, lang: Lang, lex: &Lexicon) -> Named {
    let mut hits: BTreeMap<&Target, ((usize, bool, usize), &Phrase)> = BTreeMap::new();
    for (l, target, phrase) in &lex.targets {
        if *l != lang {
            continue;
        }
        if let Some(score) = find(heard, heard_chars, phrase) {
            let e = hits.entry(target).or_insert((score, phrase));
            if (score.0, score.1) > (e.0 .0, e.0 .1) {
                *e = (score, phrase);
            }
        }
    }
    if hits.is_empty() {
        return Named::Nothing;
    }
    // A sentence naming many things is an echo of the prompt, not a request.
    if hits.len() >= 3 {
        return Named::Unclear;
    }
    let best = hits.values().map(|((n, e, _), _)| (*n, *e)).max();
    let top: Vec<(&Target, (usize, bool, usize), &Phrase)> = hits
        .iter()
        .filter(|(_, ((n, e, _), _))| Some((*n, *e)) == best)
        .map(|(t, (score, phrase))| (*t, *score, *phrase))
        .collect();
    let named = |target: &Target, (n, exact, start): (usize, bool, usize), phrase: &Phrase| {
        Named::One(
            target.clone(),
            heard
                .get(start..start.saturating_add(n))
                .unwrap_or(&[])
                .to_vec(),
            exact && asked_alone(heard, heard_chars, lang, phrase, start, n),
        )
    };
    match top.as_slice() {
        [(one, score, phrase)] => named(one, *score, phrase),
        // "The emergency department": the place and the department named
        // alike lead to the same door; take the department.
        [(Target::Place(PlaceKind::Emergency), _, _), (dept @ Target::Department(code), score, phrase)]
            if code == crate::triage::EMERGENCY_CODE =>
        {
            named(dept, *score, phrase)
        }
        _ => Named::Unclear,
    }
}

/// Words that frame a request for a place without adding to it: "where is
/// the ...", "请问...在哪里", "我要去...".
const PLACE_FRAME_ZH: [&str; 33] = [
    "请问",
    "你好",
    "麻烦",
    "帮我",
    "告诉我",
    "我想",
    "我要",
    "想",
    "要",
    "找",
    "去",
    "到",
    "在哪里",
    "在哪儿",
    "在哪",
    "哪里",
    "哪儿",
    "怎么走",
    "怎么去",
    "往哪",
    "走",
    "的",
    "呢",
    "吗",
    "啊",
    "呀",
    "吧",
    "一下",
    "是",
    "在",
    "我",
    "请",
    "个",
];

/// English words that frame a place beyond [`FUNCTION_WORDS`]: "the
/// nearest toilet", "the ultrasound room".
const PLACE_FRAME_EN: [&str; 8] = [
    "room", "nearest", "closest", "counter", "desk", "area", "office", "floor",
];

/// The longest utterance that still counts as a place asked for on its own.
const MAX_PLACE_REQUEST_UNITS: usize = 10;

/// True when `phrase` (found in `heard` at `start`) is the whole request:
/// everything else is framing. A place word inside a longer sentence ("the
/// patient came up from the lab") may be a mishearing or not a request at
/// all, and only a read-back tells.
fn asked_alone(
    heard: &[String],
    heard_chars: &str,
    lang: Lang,
    phrase: &Phrase,
    start: usize,
    matched: usize,
) -> bool {
    if heard.len() > MAX_PLACE_REQUEST_UNITS + matched {
        return false;
    }
    match lang {
        Lang::Zh => {
            // Anything but Chinese characters (a code-switched word, digits)
            // is more than a frame.
            if start != usize::MAX || heard.len() != heard_chars.chars().count() {
                return false;
            }
            let Some(at) = heard_chars.find(&phrase.chars) else {
                return false;
            };
            let rest = [&heard_chars[..at], &heard_chars[at + phrase.chars.len()..]];
            rest.iter().all(|part| only_frame(part))
        }
        Lang::En => {
            let function: HashSet<&str> = FUNCTION_WORDS.split_whitespace().collect();
            let end = start.saturating_add(matched).min(heard.len());
            heard
                .iter()
                .enumerate()
                .filter(|(i, _)| *i < start || *i >= end)
                .all(|(_, u)| function.contains(u.as_str()) || PLACE_FRAME_EN.contains(&u.as_str()))
        }
    }
}

/// True when `text` splits wholly into [`PLACE_FRAME_ZH`] pieces.
fn only_frame(text: &str) -> bool {
    let mut reachable = vec![false; text.len() + 1];
    reachable[0] = true;
    for i in 0..text.len() {
        if !reachable[i] || !text.is_char_boundary(i) {
            continue;
        }
        for f in PLACE_FRAME_ZH {
            if text[i..].starts_with(f) {
                reachable[i + f.len()] = true;
            }
        }
    }
    reachable[text.len()]
}

enum Named {
    Nothing,
    /// The target, the heard words that named it, and whether it was
    /// named exactly and on its own.
    One(Target, Vec<String>, bool),
    Unclear,
}

/// What an utterance means, and the words that meaning rests on: the
/// listener checks those were heard clearly, since one misheard word
/// ("bleeding" heard as "leading") can change a department.
#[derive(Debug, Clone, PartialEq)]
pub struct Meaning {
    pub intent: Intent,
    /// Units (as [`units`] gives them) that decided the intent.
    pub evidence: Vec<String>,
    /// Triage's answer, for a complaint: the words are triaged here, once.
    pub assessment: Option<Assessment>,
}

/// Words that carry no request of their own: they may surround a symptom,
/// a place or a department without making the sentence unclear.
const FUNCTION_WORDS: &str = "a an the i i'm i've i'd me my mine myself you your we our us he him his she her it it's its they them their this that these those there here is are was were be been being am have has had having do does did can can't cannot could would should will won't shall may might must not no don't doesn't didn't isn't aren't wasn't and or but so if then than because of in on at to for with from by about into over under up down out off near where what when which who how why way please want wanted need needed like would'd get getting got see seeing go going find look looking take show tell help feel feeling felt very really quite bit little lot lots much more some any all just also too again now today yesterday tonight morning night day days week weeks since last ago bad badly terrible terribly awful severe mild sudden suddenly kind sort one two three doctor doctors clinic department hospital someone somebody person thing things right left both";

fn stem(word: &str) -> String {
    rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English)
        .stem(word)
        .into_owned()
}

impl Lexicon {
    /// Teaches the lexicon the words triage knows, so a complaint made only
    /// of known words is understood, and one with a stranger in it is not.
    pub fn learn_rules(&mut self, rules: &RuleSet) {
        for t in &rules.terms {
            for phrase in &t.en {
                for u in units(phrase) {
                    self.known_en.insert(stem(&u));
                }
            }
        }
    }

    fn knows(&self, unit: &str) -> bool {
        if unit.chars().all(|c| c.is_ascii_digit()) {
            return true;
        }
        let s = stem(unit);
        if self.known_en.contains(&s) {
            return true;
        }
        // A long word a letter or two off a known one is a mishearing the
        // matchers already allow for ("dermatologis").
        unit.len() >= 6
            && self
                .known_en
                .iter()
                .any(|k| k.len() >= 5 && unit_matches(unit, k).is_some())
    }
}

/// Every unit is a known word, alone or joined with a neighbour ("ultra
/// sound" is "ultrasound").
fn all_known(heard: &[String], lex: &Lexicon) -> bool {
    let joined_known = |a: usize, b: usize| {
        heard
            .get(a)
            .zip(heard.get(b))
            .is_some_and(|(x, y)| lex.knows(&format!("{x}{y}")))
    };
    (0..heard.len()).all(|i| {
        lex.knows(&heard[i]) || joined_known(i, i + 1) || (i > 0 && joined_known(i - 1, i))
    })
}

/// What the patient wants, or `None` when it is not clear enough to act on.
pub fn understand(text: &str, lang: Lang, lex: &Lexicon, triage: &Triage) -> Option<Meaning> {
    let heard = units(text);
    let heard_chars = chinese(text);
    if heard.is_empty() {
        return None;
    }
    if let Some(c) = command(&heard, &heard_chars, lang, lex) {
        return Some(Meaning {
            intent: Intent::Command(c),
            evidence: heard,
            assessment: None,
        });
    }
    // Past the commands, every English word must be one the kiosk knows: a
    // stranger is often a misheard word, and acting on the rest of the
    // sentence would be acting on a guess.
    if lang == Lang::En && !all_known(&heard, lex) {
        return None;
    }
    let assessment = triage.assess(&Query::Text(text.to_string())).ok();
    let triggers = |a: &crate::triage::Assessment| -> Vec<String> {
        a.reasons
            .iter()
            .filter_map(|r| r.heard.as_deref())
            .flat_map(units)
            .collect()
    };
    if let Some(a) = assessment.as_ref().filter(|a| a.emergency) {
        return Some(Meaning {
            intent: Intent::Symptom(EMERGENCY.to_string()),
            evidence: triggers(a),
            assessment: Some(a.clone()),
        });
    }
    match named_target(&heard, &heard_chars, lang, lex) {
        Named::One(Target::Place(p), evidence, alone) => {
            return Some(Meaning {
                intent: if alone {
                    Intent::Place(p)
                } else {
                    Intent::PlaceToConfirm(p)
                },
                evidence,
                assessment: None,
            })
        }
        Named::One(Target::Department(code), evidence, _) => {
            return Some(Meaning {
                intent: Intent::Department(code),
                evidence,
                assessment: None,
            })
        }
        Named::Unclear => return None,
        Named::Nothing => {}
    }
    let a = assessment?;
    let evidence = triggers(&a);
    // "A doctor", "it hurts": triage sends vague words to general practice,
    // but from a microphone they are as likely the frame of a sentence
    // whose key word was lost ("a hard doctor"). Ask instead.
    let function: HashSet<&str> = FUNCTION_WORDS.split_whitespace().collect();
    if evidence.iter().all(|e| function.contains(e.as_str())) {
        return None;
    }
    let code = a.department.clone()?;
    Some(Meaning {
        intent: Intent::Symptom(code),
        evidence,
        assessment: Some(a),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hospital::load::demo_hospital;

    fn setup() -> (Lexicon, Triage) {
        let mut lex = Lexicon::new(DEMO_VOCABULARY, &demo_hospital()).unwrap();
        lex.learn_rules(&RuleSet::demo());
        (lex, Triage::new(RuleSet::demo()))
    }

    fn said(text: &str) -> Option<(String, String)> {
        let (lex, triage) = setup();
        understand(text, Lang::detect(text), &lex, &triage)
            .map(|m| (m.intent.kind().into(), m.intent.value()))
    }

    fn is(kind: &str, value: &str) -> Option<(String, String)> {
        Some((kind.into(), value.into()))
    }

    #[test]
    fn commands_are_whole_utterances() {
        assert_eq!(said("Yes."), is("command", "yes"));
        assert_eq!(said("Um, yes please."), is("command", "yes"));
        assert_eq!(said("Go bak."), is("command", "back"));
        assert_eq!(said("No, no."), is("command", "no"));
        assert_eq!(said("对的。"), is("command", "yes"));
        assert_eq!(said("返回吧"), is("command", "back"));
        // "back" inside a sentence is not the command.
        assert_ne!(said("My back hurts"), is("command", "back"));
    }

    #[test]
    fn places_and_departments_by_name_and_by_everyday_word() {
        assert_eq!(said("Where are the toilets?"), is("place", "toilet"));
        assert_eq!(said("Which way to the lifts"), is("place", "lift"));
        assert_eq!(
            said("I'd like to see a cardiologist"),
            is("department", "03.04")
        );
        assert_eq!(said("Neurology, please."), is("department", "03.03"));
        assert_eq!(said("我想去眼科"), is("department", "10"));
        assert_eq!(said("抽血在哪"), is("place", "lab"));
        // A homophone from the recogniser still finds the department.
        assert_eq!(said("我要挂皮肤可"), is("department", "13"));
        // A slightly misspelt long word.
        assert_eq!(said("the dermatologis please"), is("department", "13"));
        // A compound heard as two words.
        assert_eq!(
            said("Where is the Ultra Sound Room?"),
            is("place", "imaging")
        );
    }

    #[test]
    fn a_place_acts_at_once_only_when_it_is_the_whole_request() {
        assert_eq!(said("Where is the pharmacy?"), is("place", "pharmacy"));
        assert_eq!(said("Pharmacy, please."), is("place", "pharmacy"));
        assert_eq!(said("药房在哪里？"), is("place", "pharmacy"));
        assert_eq!(said("请问药房怎么走"), is("place", "pharmacy"));
        assert_eq!(said("我要去药房"), is("place", "pharmacy"));
        // Named inside other words: read back, never acted on at once.
        assert_eq!(
            said("然后他从药房回来以后还要再去一次"),
            is("place_to_confirm", "pharmacy")
        );
        assert_eq!(
            said("I have a cough, where is the pharmacy"),
            is("place_to_confirm", "pharmacy")
        );
        // A homophone is a guess, however short the sentence.
        assert_eq!(said("药方在哪里"), is("place_to_confirm", "pharmacy"));
    }

    #[test]
    fn complaints_go_through_triage_and_red_flags_win() {
        assert_eq!(said("I have a terrible headache"), is("symptom", "03.03"));
        assert_eq!(
            said("my father collapsed and is not breathing"),
            is("symptom", EMERGENCY)
        );
    }

    #[test]
    fn unclear_or_off_topic_speech_is_not_acted_on() {
        assert_eq!(said(""), None);
        assert_eq!(said("What time does the train leave?"), None);
        assert_eq!(said("pharmacy or the cashier"), None);
        // Whisper echoing its prompt over noise.
        assert_eq!(said("Cardiology, Dermatology, Neurology, Urology."), None);
        assert_eq!(said("今天天气怎么样"), None);
        // A word the kiosk does not know may be a misheard one: "leading"
        // for "bleeding", "hard" for "heart".
        assert_eq!(said("She is pregnant and leading"), None);
        assert_eq!(said("I want to see a hard doctor"), None);
    }

    #[test]
    fn the_prompt_names_this_hospitals_departments_and_places() {
        let (lex, _) = setup();
        let en = lex.prompt(Lang::En, &PromptContext::General);
        assert!(en.contains("pharmacy") && en.contains("Cardiology"), "{en}");
        assert!(en.chars().count() <= PROMPT_CHARS + 1);
        // Mandarin names go to constrained decoding, not into the prompt.
        assert_eq!(
            lex.prompt(Lang::Zh, &PromptContext::General),
            "以下是普通话。"
        );
        let all = lex.closed_phrases(Lang::Zh, &PromptContext::General);
        for want in ["消化内科", "我要挂皮肤科。", "药房在哪里？", "是的", "返回"]
        {
            assert!(all.iter().any(|p| p == want), "{want}");
        }
        let one_page = PromptContext::Choices(vec!["眼科".into()]);
        let page_set = lex.closed_phrases(Lang::Zh, &one_page);
        assert!(page_set.iter().any(|p| p == "我要去眼科"));
        assert!(!page_set.iter().any(|p| p.contains("皮肤科")));
        assert!(lex
            .closed_phrases(Lang::En, &PromptContext::General)
            .is_empty());
        let page = PromptContext::Choices(vec!["Dermatology".into(), "Oncology".into()]);
        assert_eq!(lex.prompt(Lang::En, &page), "Dermatology, Oncology.");
        assert_eq!(lex.prompt(Lang::En, &PromptContext::YesNo), "Yes, no.");
    }

    #[test]
    fn a_bad_vocabulary_file_names_the_problem() {
        let hospital = demo_hospital();
        let err = Lexicon::new(
            "[commands.en]\nmaybe = [\"perhaps\"]\n[places]\n[departments]",
            &hospital,
        )
        .unwrap_err();
        assert!(err.to_string().contains("maybe"), "{err}");
        assert!(Lexicon::new("not toml [", &hospital).is_err());
    }
}
