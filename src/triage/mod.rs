//! Triage: from a complaint (free text in either language, or a touch path of
//! body part → symptom → red-flag answer) to a recommendation that can be
//! audited. Every department it names comes from a matched rule, and the rules
//! are returned as reasons. Red-flag rules win over everything. Text that
//! matches no rule gets no department: the kiosk asks or hands over instead of
//! guessing.

mod age;
mod decide;
mod measured;
pub mod readings;
pub mod rules;
pub mod text;

pub use rules::RuleSet;

use crate::lang::{Lang, Text};
use age::stated;
#[cfg(test)]
use age::stated_age;
use serde::Serialize;
use std::collections::{BTreeMap, HashSet};
use text::{Normaliser, Pattern, Prepared};

/// The emergency department's code in the national list.
pub const EMERGENCY_CODE: &str = "20";
/// General practice (全科医疗科) in the national list: where a patient goes
/// when the rules cannot tell which department, since it sees any complaint
/// first and refers on.
pub const UNSURE_CODE: &str = "02";
/// How much of a complaint is read: a kiosk complaint is a sentence or two,
/// and a bound keeps matching time and memory predictable. A longer text
/// (a history typed at home, read from a phone) is read up to the last
/// clause that ends within this many characters.
pub const MAX_INPUT_CHARS: usize = 500;
/// A symptom mentioned as past, treated or supposed counts this much
/// towards a department, and never as a red flag.
const REMOTE_WEIGHT: f64 = 0.5;
/// Each further place a term is said adds this share of its weight, up to
/// [`MAX_REPEATS_COUNTED`] further places: the complaint told three times
/// counts twice.
const REPEAT_WEIGHT: f64 = 0.5;
const MAX_REPEATS_COUNTED: usize = 2;
/// Below this score nothing is recommended.
const MIN_SCORE: f64 = 1.0;
/// The score at which confidence stops growing with more evidence.
const STRONG_SCORE: f64 = 4.0;
/// Numbered ages below this count as children.
const CHILD_AGE: u32 = 14;
/// From this age a stated age is heard as the `older_adult` term.
const OLDER_AGE: u32 = 65;

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum TriageError {
    #[error("unknown symptom {0:?}")]
    UnknownSymptom(String),
}

/// What the patient told the kiosk. `Debug` leaves the words out, so a
/// complaint cannot reach a log through a `{:?}`.
#[derive(Clone, PartialEq)]
pub enum Query {
    Text(String),
    /// The touch path: chosen symptom term ids, and the red flags the patient
    /// answered "yes" to.
    Touch {
        symptoms: Vec<String>,
        red_flags_confirmed: Vec<String>,
        child: bool,
        pregnant: bool,
    },
}

impl std::fmt::Debug for Query {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Query::Text(t) => write!(f, "Text(<{} chars redacted>)", t.chars().count()),
            Query::Touch {
                symptoms,
                red_flags_confirmed,
                child,
                pregnant,
            } => f
                .debug_struct("Touch")
                .field("symptoms", symptoms)
                .field("red_flags_confirmed", red_flags_confirmed)
                .field("child", child)
                .field("pregnant", pregnant)
                .finish(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReasonKind {
    RedFlag,
    Symptom,
    Modifier,
}

/// Why the recommendation is what it is.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reason {
    pub kind: ReasonKind,
    pub rule: String,
    pub label: Text,
    /// The words of the patient's complaint that matched, when it was typed or spoken.
    pub heard: Option<String>,
}

impl Reason {
    /// The reason as a short sentence for the patient.
    pub fn sentence(&self, lang: Lang) -> String {
        let label = self.label.get(lang);
        match (self.kind, lang, &self.heard) {
            (ReasonKind::RedFlag, Lang::En, _) => format!("Warning sign: {label}."),
            (ReasonKind::RedFlag, Lang::Zh, _) => format!("危险信号：{label}。"),
            (ReasonKind::Modifier, Lang::En, _) => format!("Because {label}."),
            (ReasonKind::Modifier, Lang::Zh, _) => format!("因为{label}。"),
            (ReasonKind::Symptom, Lang::En, Some(h)) if h.eq_ignore_ascii_case(label) => {
                format!("Because you mentioned \u{201c}{h}\u{201d}.")
            }
            (ReasonKind::Symptom, Lang::Zh, Some(h)) if h == label => {
                format!("因为您提到\u{201c}{h}\u{201d}。")
            }
            (ReasonKind::Symptom, Lang::En, Some(h)) => {
                format!("Because you mentioned \u{201c}{h}\u{201d} ({label}).")
            }
            (ReasonKind::Symptom, Lang::Zh, Some(h)) => {
                format!("因为您提到\u{201c}{h}\u{201d}（{label}）。")
            }
            (ReasonKind::Symptom, Lang::En, None) => {
                format!("Because you chose \u{201c}{label}\u{201d}.")
            }
            (ReasonKind::Symptom, Lang::Zh, None) => {
                format!("因为您选择了\u{201c}{label}\u{201d}。")
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Alternative {
    pub code: String,
    pub confidence: f64,
    /// What the patient said that points here, so a patient choosing among
    /// candidates can tell which fits.
    pub because: Vec<Reason>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Assessment {
    pub emergency: bool,
    /// None when the input is not a complaint, or when the rules cannot tell
    /// two departments apart.
    pub department: Option<String>,
    pub confidence: f64,
    pub alternatives: Vec<Alternative>,
    pub reasons: Vec<Reason>,
}

impl Assessment {
    fn nothing() -> Assessment {
        Assessment {
            emergency: false,
            department: None,
            confidence: 0.0,
            alternatives: Vec::new(),
            reasons: Vec::new(),
        }
    }
}

struct CompiledTerm {
    patterns: Vec<Pattern>,
    /// Phrasings in which the term's words mean something else.
    exceptions: Vec<Pattern>,
}

/// The triage engine: rules compiled once, then assessed many times.
pub struct Triage {
    rules: RuleSet,
    compiled: Vec<CompiledTerm>,
    normaliser: Normaliser,
    /// Indices of terms that some red flag needs, or that rule one out or
    /// keep it: each is heard even inside another term's longer match.
    red_flag_terms: HashSet<usize>,
    /// Indices of terms that raise a red flag on their own.
    sole_flag_terms: HashSet<usize>,
    /// (term, pattern) pairs by the unit they start with, so matching only
    /// tries patterns that can start at each word or character.
    index_en: std::collections::HashMap<String, Vec<(usize, usize)>>,
    index_zh: std::collections::HashMap<String, Vec<(usize, usize)>>,
    /// For each of the rules' readings, the index of the term it implies.
    reading_terms: Vec<Option<usize>>,
}

/// A term found in the complaint.
struct Found {
    term: usize,
    heard: Option<String>,
    /// Length of the longest matching words: a longer match is more specific.
    specificity: usize,
    /// Where it was first said (or chosen, on the touch path): the chief
    /// complaint usually comes first.
    position: usize,
    /// Every mention is past, treated or supposed, and not said to have
    /// come back.
    remote: bool,
    /// Every mention is long ago (years, childhood): too old to be a red
    /// flag's recent context.
    long_ago: bool,
    /// Some one mention says who the complaint is about now: one that is not
    /// remote, or remote only by a date after it ("my son had a fit last
    /// year"). "As a child" and "会不会传染给孩子" say no one now.
    who_now: bool,
    /// Separate places it was said: overlapping matches ("肚子疼" and
    /// "肚子*疼" over the same words) are one place.
    mentions: usize,
    /// The first turn to now after its last mention ("…好几年了，现在…"):
    /// as context ruling a red flag out it speaks only for signs told
    /// before it.
    turn_after: Option<usize>,
    /// Where its last happening mention starts, if one is: neither remote
    /// nor told as not happening now (see [`text::Hit::not_now`]).
    last_happening: Option<usize>,
}

impl Found {
    /// Some one mention is happening: neither remote nor told as not
    /// happening now (see [`text::Hit::not_now`]). A sign told once of last
    /// year and once as a topic ("去年…引来脑出血", "脑出血后还能…吗") is
    /// not, though neither mention alone is both remote and not now.
    fn happening(&self) -> bool {
        self.last_happening.is_some()
    }

    /// A term known without words heard: chosen on the touch path (at
    /// `position` in the order chosen), or implied by a stated age (last).
    fn unworded(term: usize, position: usize) -> Found {
        Found {
            term,
            heard: None,
            specificity: 0,
            position,
            remote: false,
            long_ago: false,
            who_now: true,
            mentions: 1,
            turn_after: None,
            last_happening: Some(position),
        }
    }
}

/// Every phrasing of `en` and `zh` with its groups expanded. The loader
/// refuses a malformed group; one that slips through (rules built in code)
/// is matched as written rather than lost.
fn compile_all(normaliser: &Normaliser, en: &[String], zh: &[String]) -> Vec<Pattern> {
    let expanded = |p: &String| text::expand::expand(p).unwrap_or_else(|_| vec![p.clone()]);
    en.iter()
        .flat_map(expanded)
        .map(|p| normaliser.compile(&p, false))
        .chain(
            zh.iter()
                .flat_map(expanded)
                .map(|p| normaliser.compile(&p, true)),
        )
        .filter(|p| !p.is_empty())
        .collect()
}

/// How many separate stretches of the text `hits` cover.
fn separate_places(hits: &[&text::Hit]) -> usize {
    let mut spans: Vec<(usize, usize)> = hits.iter().map(|h| (h.start, h.end)).collect();
    spans.sort_unstable();
    let mut places = 0;
    let mut reach = 0;
    for (start, end) in spans {
        if places == 0 || start >= reach {
            places += 1;
        }
        reach = reach.max(end);
    }
    places
}

impl Triage {
    pub fn new(rules: RuleSet) -> Triage {
        let mut normaliser = Normaliser::default();
        normaliser.learn_spelling(
            rules
                .terms
                .iter()
                .flat_map(|t| t.en.iter().chain(&t.not_en)),
        );
        let compiled: Vec<CompiledTerm> = rules
            .terms
            .iter()
            .map(|t| CompiledTerm {
                patterns: compile_all(&normaliser, &t.en, &t.zh),
                exceptions: compile_all(&normaliser, &t.not_en, &t.not_zh),
            })
            .collect();
        // The terms some red flag names, as `names` picks them.
        let flag_terms = |names: &dyn Fn(&rules::RedFlag, &str) -> bool| -> HashSet<usize> {
            rules
                .terms
                .iter()
                .enumerate()
                .filter(|(_, t)| rules.red_flags.iter().any(|f| names(f, &t.id)))
                .map(|(i, _)| i)
                .collect()
        };
        let red_flag_terms = flag_terms(&|f, id| {
            f.all
                .iter()
                .chain(&f.given)
                .chain(&f.unless)
                .chain(&f.still_if)
                .any(|t| t == id)
        });
        // A flag with `given` context ("fever" after travel) needs that context too.
        let sole_flag_terms =
            flag_terms(&|f, id| f.all.len() == 1 && f.all[0] == id && f.given.is_empty());
        let mut index_en: std::collections::HashMap<String, Vec<(usize, usize)>> =
            std::collections::HashMap::new();
        let mut index_zh: std::collections::HashMap<String, Vec<(usize, usize)>> =
            std::collections::HashMap::new();
        for (ti, term) in compiled.iter().enumerate() {
            for (pi, p) in term.patterns.iter().enumerate() {
                if let Some(first) = p.first_word() {
                    let index = if p.is_zh() {
                        &mut index_zh
                    } else {
                        &mut index_en
                    };
                    index.entry(first.to_string()).or_default().push((ti, pi));
                }
            }
        }
        let reading_terms = rules
            .readings
            .iter()
            .map(|r| rules.terms.iter().position(|t| t.id == r.term))
            .collect();
        Triage {
            reading_terms,
            rules,
            compiled,
            normaliser,
            red_flag_terms,
            sole_flag_terms,
            index_en,
            index_zh,
        }
    }

    pub fn rules(&self) -> &RuleSet {
        &self.rules
    }

    pub fn assess(&self, query: &Query) -> Result<Assessment, TriageError> {
        let found = match query {
            Query::Text(text) => self.find_terms(read_part(text)),
            Query::Touch {
                symptoms,
                red_flags_confirmed,
                child,
                pregnant,
            } => {
                let mut found = Vec::new();
                for id in symptoms {
                    let term = self
                        .term_index(id)
                        .ok_or_else(|| TriageError::UnknownSymptom(id.clone()))?;
                    found.push(Found::unworded(term, found.len()));
                }
                for flag_id in red_flags_confirmed {
                    let flag = self
                        .rules
                        .red_flags
                        .iter()
                        .find(|f| &f.id == flag_id)
                        .ok_or_else(|| TriageError::UnknownSymptom(flag_id.clone()))?;
                    for id in flag.given.iter().chain(&flag.all) {
                        if let Some(term) = self.term_index(id) {
                            found.push(Found::unworded(term, found.len()));
                        }
                    }
                }
                for (on, id) in [(*child, "child"), (*pregnant, "pregnant")] {
                    if let (true, Some(term)) = (on, self.term_index(id)) {
                        found.push(Found::unworded(term, found.len()));
                    }
                }
                found
            }
        };
        Ok(self.decide(&found))
    }

    fn term_index(&self, id: &str) -> Option<usize> {
        self.rules.terms.iter().position(|t| t.id == id)
    }

    fn find_terms(&self, text: &str) -> Vec<Found> {
        let input: Prepared = self.normaliser.prepare(text);
        let mut by_term: BTreeMap<usize, Vec<text::Hit>> = BTreeMap::new();
        let mut negated: BTreeMap<usize, Vec<text::Hit>> = BTreeMap::new();
        let english = input
            .english_units()
            .map(|u| (u, &self.index_en))
            .enumerate();
        let chinese = input
            .chinese_units()
            .map(|u| (u, &self.index_zh))
            .enumerate();
        for (start, (unit, index)) in english.chain(chinese) {
            for &(ti, pi) in index.get(unit).map(Vec::as_slice).unwrap_or_default() {
                let hit = self.compiled[ti].patterns[pi].hit_at(&input, start);
                if let Some(hit) = hit {
                    let to = if hit.negated {
                        &mut negated
                    } else {
                        &mut by_term
                    };
                    to.entry(ti).or_default().push(hit);
                }
            }
        }
        // "否认高血压、糖尿病": a denial carries along a list, item by item.
        // Items written side by side ("无心脏病糖尿病") are read as a list only
        // for terms that raise no red flag alone: such a sign ("没有发烧抽搐了")
        // must never be lost to a guess.
        let mut denied: Vec<usize> = negated.values().flatten().map(|h| h.end).collect();
        loop {
            let mut carried = Vec::new();
            for (ti, hits) in by_term.iter_mut() {
                let unjoined = !self.sole_flag_terms.contains(ti);
                let (now, rest): (Vec<text::Hit>, Vec<text::Hit>) =
                    std::mem::take(hits).into_iter().partition(|h| {
                        denied
                            .iter()
                            .any(|&e| input.listed_after_denial(e, h.start, unjoined))
                    });
                *hits = rest;
                carried.extend(now.into_iter().map(|h| (*ti, h)));
            }
            if carried.is_empty() {
                break;
            }
            for (ti, mut h) in carried {
                denied.push(h.end);
                h.negated = true;
                negated.entry(ti).or_default().push(h);
            }
        }
        // A match inside one of its term's exceptions means something else,
        // and one inside a negated longer match of its own term ("肺" in
        // "肺部ct没问题") is that same, negated, mention. A word a measured
        // value follows means what the value says: "体温36.8" is no fever.
        let readings = readings::find(input.folded());
        for (ti, term_hits) in by_term.iter_mut() {
            term_hits.retain(|h| !self.reading_unsays(*ti, h, &readings));
            let exceptions: Vec<text::Hit> = self.compiled[*ti]
                .exceptions
                .iter()
                .flat_map(|p| p.find_all(&input))
                .chain(negated.get(ti).into_iter().flatten().cloned())
                .collect();
            term_hits.retain(|h| {
                !exceptions
                    .iter()
                    .any(|x| x.start <= h.start && h.end <= x.end)
            });
        }
        by_term.retain(|_, hits| !hits.is_empty());
        let hits: Vec<(usize, Vec<text::Hit>)> = by_term.into_iter().collect();
        // A match inside a longer match of another term is part of that
        // longer phrase ("腹痛" in "下腹痛", "kidney" in "kidney stone") and
        // does not count on its own. Terms that feed red flags are exempt:
        // missing an emergency costs more than a false alarm. A term that
        // names no department (context for a red flag: "拔了*牙", "颈*痛")
        // covers nothing, so a red flag's wider phrasing never takes a
        // complaint's department away.
        let covered = |i: usize, h: &text::Hit| {
            hits.iter().any(|(j, other)| {
                *j != i
                    && !self.rules.terms[*j].departments.is_empty()
                    && other.iter().any(|o| {
                        o.start <= h.start && h.end <= o.end && o.end - o.start > h.end - h.start
                    })
            })
        };
        let turns = text::turns::now_turns(input.folded());
        let mut found = Vec::new();
        for (i, term_hits) in &hits {
            let kept: Vec<&text::Hit> = if self.red_flag_terms.contains(i) {
                term_hits.iter().collect()
            } else {
                term_hits.iter().filter(|h| !covered(*i, h)).collect()
            };
            let Some(best) = kept
                .iter()
                .max_by_key(|h| (h.end - h.start, std::cmp::Reverse(h.start)))
            else {
                continue;
            };
            let position = kept.iter().map(|h| h.start).min().unwrap_or(0);
            let mentions = separate_places(&kept);
            found.push(Found {
                mentions,
                term: *i,
                heard: Some(best.surface.clone()),
                specificity: best.end - best.start,
                position,
                remote: kept.iter().all(|h| h.remote && !h.returns),
                long_ago: kept.iter().all(|h| h.long_ago),
                who_now: kept.iter().any(|h| !h.remote || h.dated_after),
                turn_after: kept
                    .iter()
                    .map(|h| h.end)
                    .max()
                    .and_then(|end| turns.iter().copied().find(|&p| p >= end)),
                last_happening: kept
                    .iter()
                    .filter(|h| !h.remote && !h.not_now)
                    .map(|h| h.start)
                    .max(),
            });
        }
        self.add_measured(&input, &readings, &mut found);
        if let Some(age) = stated(text) {
            let child = self.term_index("child");
            let is_child = age.years < CHILD_AGE;
            if !is_child {
                // "my son is 30": family words alone do not make a child.
                found.retain(|f| Some(f.term) != child);
            }
            // A stated age is who the complaint is about, as a family word
            // would say: a child; a baby under three months, as "newborn";
            // "my husband is 70", an older adult, which turns some
            // complaints into emergencies.
            let implied = [
                child.filter(|_| is_child),
                self.term_index("young_infant")
                    .filter(|_| is_child && age.young_infant()),
                self.term_index("older_adult")
                    .filter(|_| age.years >= OLDER_AGE),
            ];
            for term in implied.into_iter().flatten() {
                if !found.iter().any(|f| f.term == term) {
                    found.push(Found::unworded(term, usize::MAX));
                }
            }
        }
        found
    }

    /// The touch path: symptom tiles for a body part.
    pub fn symptoms_for(&self, body_part: &str) -> Vec<&rules::Term> {
        self.rules
            .terms
            .iter()
            .filter(|t| t.body_part.as_deref() == Some(body_part))
            .collect()
    }

    /// The red-flag question to ask after a patient picks `symptom` on the touch path.
    pub fn question_for(&self, symptom: &str) -> Option<&rules::RedFlag> {
        self.rules
            .red_flags
            .iter()
            .find(|f| f.question.is_some() && f.ask_for.iter().any(|s| s == symptom))
    }
}

/// The part of a complaint that is read: all of it up to [`MAX_INPUT_CHARS`]
/// characters, else up to the last clause break within them (or exactly
/// that many characters when there is none in the second half).
fn read_part(text: &str) -> &str {
    let Some((cut, _)) = text.char_indices().nth(MAX_INPUT_CHARS) else {
        return text;
    };
    let head = &text[..cut];
    let clause_end = head
        .char_indices()
        .rev()
        .take(MAX_INPUT_CHARS / 2)
        .find(|(_, c)| text::is_clause_break(*c))
        .map(|(i, c)| i + c.len_utf8());
    &text[..clause_end.unwrap_or(cut)]
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests;
