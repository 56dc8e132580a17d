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
use crate::lang::Lang;
use crate::triage::rules::RuleSet;
use crate::triage::{Assessment, Query, Triage};
use serde::Deserialize;
use std::collections::{BTreeMap, HashSet};
use std::str::FromStr;

mod matching;
mod place;

pub use matching::units;
use matching::{chinese, command, phrase, unit_matches, without_articles};
use place::{named_target, Named};

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

pub const DEMO_VOCABULARY: &str = include_str!("../../../data/speech.toml");

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
        // "My oxygen is 85": the words of a measured value, when the rules
        // give readings a meaning.
        if !rules.readings.is_empty() {
            for w in crate::triage::readings::english_words() {
                self.known_en.extend(units(w).iter().map(|u| stem(u)));
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
mod tests;
