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
use crate::triage::{Query, Triage};
use pinyin::ToPinyin;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Command {
    Yes,
    No,
    Back,
    Home,
    Help,
    Repeat,
    Slower,
}

impl Command {
    pub const ALL: [Command; 7] = [
        Command::Yes,
        Command::No,
        Command::Back,
        Command::Home,
        Command::Help,
        Command::Repeat,
        Command::Slower,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Command::Yes => "yes",
            Command::No => "no",
            Command::Back => "back",
            Command::Home => "home",
            Command::Help => "help",
            Command::Repeat => "repeat",
            Command::Slower => "slower",
        }
    }
}

/// Department codes, or this, for a red flag.
pub const EMERGENCY: &str = "emergency";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Intent {
    Command(Command),
    Place(PlaceKind),
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
            Intent::Department(_) => "department",
            Intent::Symptom(_) => "symptom",
        }
    }

    pub fn value(&self) -> String {
        match self {
            Intent::Command(c) => c.id().to_string(),
            Intent::Place(p) => p.id().to_string(),
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
                    lex.commands.push((lang, command, phrase(p, lang)));
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
                for p in phrases {
                    add(lang, Target::Place(kind), p, false);
                }
            }
        }
        for place in &hospital.places {
            for lang in [Lang::En, Lang::Zh] {
                for v in name_variants(place.name.get(lang)) {
                    add(lang, Target::Place(place.kind), &v, true);
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
                    add(lang, Target::Department(d.code.clone()), &v, true);
                }
            }
        }
        for words in lex.prompt_words.values_mut() {
            words.sort();
            words.dedup();
        }
        Ok(lex)
    }

    /// An initial prompt for the recogniser: the names people will say here.
    pub fn prompt(&self, lang: Lang) -> String {
        let words = self.prompt_words.get(&lang).cloned().unwrap_or_default();
        match lang {
            Lang::En => format!(
                "At the hospital kiosk: yes, no, go back, help. {}.",
                words.join(", ")
            ),
            Lang::Zh => format!(
                "以下是普通话。医院导诊：是的，不是，返回，帮助。{}。",
                words.join("，")
            ),
        }
    }
}

fn is_separator(c: char) -> bool {
    !(c.is_alphanumeric() || c == '\'')
}

/// Words (English) or syllables (Chinese) of `text`, lower-cased, without
/// punctuation, with an English plural "s" dropped.
fn units(text: &str) -> Vec<String> {
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

/// Where `phrase` occurs in `heard`: (units matched, all exact).
fn find(heard: &[String], heard_chars: &str, phrase: &Phrase) -> Option<(usize, bool)> {
    let n = phrase.units.len();
    if n == 0 || n > heard.len() {
        return None;
    }
    // Chinese: the characters themselves, else the same syllables (a
    // homophone) when the phrase is long enough for that to mean something.
    if !phrase.chars.is_empty() {
        if heard_chars.contains(&phrase.chars) {
            return Some((n, true));
        }
        if n < 2 {
            return None;
        }
    }
    let mut best: Option<(usize, bool)> = None;
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
        if ok && best.is_none_or(|(_, e)| exact && !e) {
            best = Some((n, exact));
        }
    }
    best
}

const FILLERS_EN: [&str; 10] = [
    "um", "uh", "oh", "well", "hmm", "please", "thank", "thanks", "you", "ok",
];
const FILLERS_ZH: [char; 9] = ['吧', '啊', '呀', '了', '呢', '哦', '嘛', '请', '哈'];

fn command(heard: &[String], heard_chars: &str, lang: Lang, lex: &Lexicon) -> Option<Command> {
    let candidates = || lex.commands.iter().filter(|(l, _, _)| *l == lang);
    let whole = |units: &[String], chars: &str| {
        candidates()
            .find(|(_, _, p)| {
                if !p.chars.is_empty() {
                    return p.chars == chars && !chars.is_empty();
                }
                p.units == units
            })
            .map(|(_, c, _)| *c)
    };
    if let Some(c) = whole(heard, heard_chars) {
        return Some(c);
    }
    // Without politeness and hesitation: "um, yes please" is "yes".
    let stripped: Vec<String> = match lang {
        Lang::En => {
            let mut v: Vec<String> = heard.to_vec();
            while v.first().is_some_and(|w| FILLERS_EN.contains(&w.as_str())) && v.len() > 1 {
                v.remove(0);
            }
            while v.last().is_some_and(|w| FILLERS_EN.contains(&w.as_str())) && v.len() > 1 {
                v.pop();
            }
            v
        }
        Lang::Zh => heard.to_vec(),
    };
    let stripped_chars: String = heard_chars
        .trim_start_matches(FILLERS_ZH)
        .trim_end_matches(FILLERS_ZH)
        .to_string();
    if let Some(c) = whole(&stripped, &stripped_chars) {
        return Some(c);
    }
    // The same phrase said twice ("yes, yes") is that phrase.
    let half = stripped.len() / 2;
    if half > 0 && stripped.len() % 2 == 0 && stripped[..half] == stripped[half..] {
        if let Some(c) = whole(&stripped[..half], "") {
            return Some(c);
        }
    }
    // A slightly misheard long command ("go bak").
    let joined = stripped.join(" ");
    if lang == Lang::En && joined.len() >= 6 {
        let near: Vec<Command> = candidates()
            .filter(|(_, _, p)| p.chars.is_empty() && p.units.join(" ").len() >= 6)
            .filter(|(_, _, p)| strsim::levenshtein(&p.units.join(" "), &joined) <= 1)
            .map(|(_, c, _)| *c)
            .collect();
        if let Some(first) = near.first() {
            if near.iter().all(|c| c == first) {
                return Some(*first);
            }
        }
    }
    None
}

/// The target named in `heard`, if exactly one is. Longer matches beat
/// shorter ones ("emergency pharmacy" is the pharmacy), exact beats fuzzy.
fn named_target(heard: &[String], heard_chars: &str, lang: Lang, lex: &Lexicon) -> Named {
    let mut hits: BTreeMap<&Target, (usize, bool)> = BTreeMap::new();
    for (l, target, phrase) in &lex.targets {
        if *l != lang {
            continue;
        }
        if let Some(score) = find(heard, heard_chars, phrase) {
            let e = hits.entry(target).or_insert(score);
            if score > *e {
                *e = score;
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
    let best = hits.values().max().copied();
    let top: Vec<&Target> = hits
        .iter()
        .filter(|(_, s)| Some(**s) == best)
        .map(|(t, _)| *t)
        .collect();
    match top.as_slice() {
        [one] => Named::One((*one).clone()),
        // "The emergency department": the place and the department named
        // alike lead to the same door; take the department.
        [Target::Place(PlaceKind::Emergency), Target::Department(code)]
            if code == crate::triage::EMERGENCY_CODE =>
        {
            Named::One(Target::Department(code.clone()))
        }
        _ => Named::Unclear,
    }
}

enum Named {
    Nothing,
    One(Target),
    Unclear,
}

/// What the patient wants, or `None` when it is not clear enough to act on.
pub fn understand(text: &str, lang: Lang, lex: &Lexicon, triage: &Triage) -> Option<Intent> {
    let heard = units(text);
    let heard_chars = chinese(text);
    if heard.is_empty() {
        return None;
    }
    if let Some(c) = command(&heard, &heard_chars, lang, lex) {
        return Some(Intent::Command(c));
    }
    let assessment = triage.assess(&Query::Text(text.to_string())).ok();
    if assessment.as_ref().is_some_and(|a| a.emergency) {
        return Some(Intent::Symptom(EMERGENCY.to_string()));
    }
    match named_target(&heard, &heard_chars, lang, lex) {
        Named::One(Target::Place(p)) => return Some(Intent::Place(p)),
        Named::One(Target::Department(code)) => return Some(Intent::Department(code)),
        Named::Unclear => return None,
        Named::Nothing => {}
    }
    assessment.and_then(|a| a.department).map(Intent::Symptom)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hospital::load::demo_hospital;
    use crate::triage::rules::RuleSet;

    fn setup() -> (Lexicon, Triage) {
        (
            Lexicon::new(DEMO_VOCABULARY, &demo_hospital()).unwrap(),
            Triage::new(RuleSet::demo()),
        )
    }

    fn said(text: &str) -> Option<(String, String)> {
        let (lex, triage) = setup();
        understand(text, Lang::detect(text), &lex, &triage).map(|i| (i.kind().into(), i.value()))
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
    }

    #[test]
    fn the_prompt_names_this_hospitals_departments_and_places() {
        let (lex, _) = setup();
        let en = lex.prompt(Lang::En);
        assert!(
            en.contains("Dermatology") && en.contains("Outpatient Pharmacy"),
            "{en}"
        );
        assert!(lex.prompt(Lang::Zh).contains("皮肤科"));
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
