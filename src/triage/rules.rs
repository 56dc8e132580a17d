//! The triage knowledge base as written by people in `triage.toml`: terms
//! (a symptom or a modifier with its phrasings in both languages and the
//! departments that see it), red-flag rules, modifiers such as "this is for a
//! child", and the body parts of the touch path. Checked on load against the
//! hospital's departments, with line-precise errors.

use super::readings::Measure;
use crate::hospital::load::{line_of, toml_error, DataError, DataErrors, TRIAGE_FILE};
use crate::lang::Text;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap, HashSet};
use toml::Spanned;

mod own_job;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Term {
    pub id: String,
    pub label: Text,
    /// Touch-path grouping; a term with a body part is offered as a tile.
    pub body_part: Option<String>,
    /// Department code → weight. Empty for pure modifiers (e.g. "sweating").
    pub departments: BTreeMap<String, f64>,
    pub en: Vec<String>,
    pub zh: Vec<String>,
    /// Longer phrasings in which the term's words mean something else
    /// ("烧伤膏" is an ointment, not a burn; "抽搐的痛" is a pain, not a
    /// seizure): a match inside one of them does not count.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub not_en: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub not_zh: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RedFlag {
    pub id: String,
    pub label: Text,
    /// Every one of these terms must be present (and not negated).
    pub all: Vec<String>,
    /// Context that makes the signs in `all` alarming and may lie in the
    /// recent past: an operation two weeks ago, a birth last week. Every
    /// one must be mentioned, and not long ago.
    pub given: Vec<String>,
    /// None of these may be present: context that says the danger has
    /// already been dealt with ("检查报告" after an accident: it was seen).
    pub unless: Vec<String>,
    /// Any of these, present now, keeps the flag even when `unless` is
    /// present: one side gone weak "好几年了" is old, but "今天突然" it is new.
    pub still_if: Vec<String>,
    /// The yes/no question asked on the touch path, when a patient picks one
    /// of `ask_for`.
    pub question: Option<Text>,
    pub ask_for: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Modifier {
    pub term: String,
    pub label: Text,
    /// Scores for these departments move to `redirect_to` when the term is present.
    pub redirect_from: Vec<String>,
    pub redirect_to: Option<String>,
    /// Departments that cannot apply when the term is present.
    pub exclude: Vec<String>,
    /// Terms that say the complaint is someone else's: a baby's mother
    /// telling of her own breast.
    pub unless: Vec<String>,
}

/// A range of a measured value that implies a term: a stated "血压200/120"
/// is heard as the term for a very high blood pressure.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReadingRule {
    pub measure: Measure,
    /// The range holds values at least `from` and below `below`.
    pub from: Option<f64>,
    pub below: Option<f64>,
    pub term: String,
}

impl ReadingRule {
    pub fn holds(&self, value: f64) -> bool {
        self.from.is_none_or(|f| value >= f) && self.below.is_none_or(|b| value < b)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BodyPart {
    pub id: String,
    pub label: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct RuleSet {
    pub body_parts: Vec<BodyPart>,
    pub terms: Vec<Term>,
    pub red_flags: Vec<RedFlag>,
    pub modifiers: Vec<Modifier>,
    pub readings: Vec<ReadingRule>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default, rename = "body_part")]
    body_parts: Vec<Spanned<BodyPartRow>>,
    #[serde(default, rename = "term")]
    terms: Vec<Spanned<TermRow>>,
    #[serde(default, rename = "red_flag")]
    red_flags: Vec<Spanned<RedFlagRow>>,
    #[serde(default, rename = "modifier")]
    modifiers: Vec<Spanned<ModifierRow>>,
    #[serde(default, rename = "reading")]
    readings: Vec<Spanned<ReadingRow>>,
    own_job: Option<Spanned<own_job::OwnJobFrames>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReadingRow {
    measure: Measure,
    from: Option<f64>,
    below: Option<f64>,
    term: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BodyPartRow {
    id: String,
    label_zh: String,
    label_en: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TermRow {
    id: String,
    label_zh: String,
    label_en: String,
    body_part: Option<String>,
    #[serde(default)]
    departments: BTreeMap<String, f64>,
    #[serde(default)]
    en: Vec<String>,
    #[serde(default)]
    zh: Vec<String>,
    #[serde(default)]
    not_en: Vec<String>,
    #[serde(default)]
    not_zh: Vec<String>,
    /// The clinic's names as the speaker's job or ward, put into the
    /// `[own_job]` frames as exceptions.
    #[serde(default)]
    job_en: Vec<String>,
    #[serde(default)]
    job_zh: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RedFlagRow {
    id: String,
    label_zh: String,
    label_en: String,
    all: Vec<String>,
    #[serde(default)]
    given: Vec<String>,
    #[serde(default)]
    unless: Vec<String>,
    #[serde(default)]
    still_if: Vec<String>,
    question_zh: Option<String>,
    question_en: Option<String>,
    #[serde(default)]
    ask_for: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ModifierRow {
    term: String,
    label_zh: String,
    label_en: String,
    #[serde(default)]
    redirect_from: Vec<String>,
    redirect_to: Option<String>,
    #[serde(default)]
    exclude: Vec<String>,
    #[serde(default)]
    unless: Vec<String>,
}

impl RuleSet {
    /// Parses `triage.toml` and checks that every department code it names is
    /// one of `department_codes` and every term it refers to exists.
    pub fn parse(text: &str, department_codes: &HashSet<String>) -> Result<RuleSet, DataErrors> {
        let file: File = toml::from_str(text)
            .map_err(|e| DataErrors(vec![toml_error(TRIAGE_FILE, text, &e)]))?;
        let mut errors = Vec::new();
        let mut err = |span: std::ops::Range<usize>, message: String| {
            errors.push(DataError {
                file: TRIAGE_FILE.into(),
                line: Some(line_of(text, span.start)),
                message,
            })
        };
        let mut rules = RuleSet::default();
        let normaliser = super::text::Normaliser::default();
        let mut body_part_ids = HashSet::new();
        for row in file.body_parts {
            let span = row.span();
            let b = row.into_inner();
            if !body_part_ids.insert(b.id.clone()) {
                err(span, format!("body part {:?} is defined twice", b.id));
            }
            rules.body_parts.push(BodyPart {
                id: b.id,
                label: Text::new(b.label_zh, b.label_en),
            });
        }
        let (job_frames, job_span) = match file.own_job {
            Some(row) => {
                let span = row.span();
                (row.into_inner(), span)
            }
            None => (own_job::OwnJobFrames::default(), 0..0),
        };
        for fault in job_frames.faults() {
            err(job_span.clone(), fault);
        }
        let mut term_lines: HashMap<String, usize> = HashMap::new();
        for row in file.terms {
            let span = row.span();
            let mut t = row.into_inner();
            for (key, names, frames) in [
                ("job_zh", &t.job_zh, &job_frames.zh),
                ("job_en", &t.job_en, &job_frames.en),
            ] {
                if !names.is_empty() && frames.is_empty() {
                    err(
                        span.clone(),
                        format!(
                            "term {:?} lists {key}, but [own_job] has no frames for that language",
                            t.id
                        ),
                    );
                }
            }
            t.not_zh.extend(job_frames.zh_exceptions(&t.job_zh));
            t.not_en.extend(job_frames.en_exceptions(&t.job_en));
            if let Some(first) = term_lines.insert(t.id.clone(), line_of(text, span.start)) {
                err(
                    span.clone(),
                    format!("term {:?} is defined twice (first on line {first})", t.id),
                );
            }
            if t.label_zh.trim().is_empty() || t.label_en.trim().is_empty() {
                err(
                    span.clone(),
                    format!("term {:?} needs both label_zh and label_en", t.id),
                );
            }
            // A term only a measured value implies ("血氧88") has no words.
            let measured = file.readings.iter().any(|r| r.get_ref().term == t.id);
            if t.en.is_empty() && t.zh.is_empty() && !measured {
                err(
                    span.clone(),
                    format!("term {:?} has no phrasings and no reading implies it", t.id),
                );
            }
            // Each list is checked for a phrasing written twice, or one a
            // group already stands for, and each phrasing a group stands for
            // is checked as if written out.
            let mut en = Vec::new();
            let mut zh = Vec::new();
            let mut not_en = Vec::new();
            let mut not_zh = Vec::new();
            for (key, list, out) in [
                ("en", &t.en, &mut en),
                ("zh", &t.zh, &mut zh),
                ("not_en", &t.not_en, &mut not_en),
                ("not_zh", &t.not_zh, &mut not_zh),
            ] {
                let mut seen = HashSet::new();
                let mut stood_for: HashMap<String, &str> = HashMap::new();
                for p in list {
                    if !seen.insert(p.as_str()) {
                        err(
                            span.clone(),
                            format!("term {:?}: {key} lists {p:?} twice", t.id),
                        );
                    }
                    match super::text::expand::expand(p) {
                        Ok(all) => {
                            for one in &all {
                                match stood_for.get(one.as_str()) {
                                    Some(other) if *other != p.as_str() => err(
                                        span.clone(),
                                        format!(
                                            "term {:?}: {key} phrasing {p:?} stands for {one:?}, which {other:?} already does",
                                            t.id
                                        ),
                                    ),
                                    _ => {
                                        stood_for.insert(one.clone(), p.as_str());
                                    }
                                }
                            }
                            out.extend(all);
                        }
                        Err(e) => err(
                            span.clone(),
                            format!("term {:?}: {key} phrasing {p:?} is malformed: {e}", t.id),
                        ),
                    }
                }
            }
            for p in en.iter().chain(&zh) {
                let p = super::text::unquoted(p).unwrap_or(p);
                if p.trim().is_empty() || p.trim() == "*" || p.starts_with('*') || p.ends_with('*')
                {
                    err(
                        span.clone(),
                        format!(
                            "term {:?} has a phrasing {p:?} that would match anything",
                            t.id
                        ),
                    );
                }
            }
            for p in &en {
                if let Some(kept) = normaliser.shrinks_to_one_word(p) {
                    err(span.clone(), format!("term {:?}: phrasing {p:?} keeps only {kept:?} once filler words are dropped, which would match far more than meant; write it in double quotes to have it matched word for word", t.id));
                }
            }
            // An exception cut down to one word would silence that word everywhere.
            for p in &not_en {
                if let Some(kept) = normaliser.shrinks_to_one_word(p) {
                    err(span.clone(), format!("term {:?}: exception {p:?} keeps only {kept:?} once filler words are dropped, so every {kept:?} would stop counting; write it in double quotes to have it matched word for word", t.id));
                }
            }
            for p in en.iter().chain(&not_en) {
                if let Some(fault) = normaliser.literal_fault(p) {
                    err(
                        span.clone(),
                        format!("term {:?}: word-for-word phrasing {p:?} {fault}", t.id),
                    );
                }
            }
            for p in zh.iter().chain(&not_zh) {
                if super::text::unquoted(p).is_some() {
                    err(span.clone(), format!("term {:?}: zh phrasing {p:?} is in double quotes, but Chinese is always matched character by character", t.id));
                }
            }
            for p in &zh {
                if !p.chars().any(crate::lang::is_cjk) {
                    err(
                        span.clone(),
                        format!(
                            "term {:?}: zh phrasing {p:?} has no Chinese characters",
                            t.id
                        ),
                    );
                }
            }
            // Chinese is matched on Chinese characters alone (digits and
            // Latin letters end a run), so "84消毒" could never match.
            for p in t.zh.iter().chain(&t.not_zh) {
                if let Some(c) = p
                    .chars()
                    .find(|c| !crate::lang::is_cjk(*c) && !"*()|".contains(*c))
                {
                    err(
                        span.clone(),
                        format!(
                            "term {:?}: Chinese phrasing {p:?} holds {c:?}, which is never matched; write Chinese characters only (a number in words, or a [[reading]])",
                            t.id
                        ),
                    );
                }
            }
            for (code, weight) in &t.departments {
                if !department_codes.contains(code) {
                    err(
                        span.clone(),
                        format!(
                            "term {:?} names department {code}, which is not in departments.csv",
                            t.id
                        ),
                    );
                }
                if !(weight.is_finite() && *weight > 0.0 && *weight <= 100.0) {
                    err(
                        span.clone(),
                        format!(
                            "term {:?}: weight {weight} for {code} must be above 0 and at most 100",
                            t.id
                        ),
                    );
                }
            }
            if let Some(bp) = &t.body_part {
                if !body_part_ids.contains(bp) {
                    err(
                        span.clone(),
                        format!(
                            "term {:?} names body part {bp:?}, which is not defined above it",
                            t.id
                        ),
                    );
                }
            }
            rules.terms.push(Term {
                id: t.id,
                label: Text::new(t.label_zh, t.label_en),
                body_part: t.body_part,
                departments: t.departments,
                en: t.en,
                zh: t.zh,
                not_en: t.not_en,
                not_zh: t.not_zh,
            });
        }
        for row in file.red_flags {
            let span = row.span();
            let r = row.into_inner();
            if r.all.is_empty() {
                err(
                    span.clone(),
                    format!("red flag {:?} lists no terms in `all`", r.id),
                );
            }
            for id in r
                .all
                .iter()
                .chain(&r.given)
                .chain(&r.ask_for)
                .chain(&r.unless)
                .chain(&r.still_if)
            {
                if !term_lines.contains_key(id) {
                    err(
                        span.clone(),
                        format!(
                            "red flag {:?} refers to term {id:?}, which is not defined",
                            r.id
                        ),
                    );
                }
            }
            let question = match (r.question_zh, r.question_en) {
                (Some(zh), Some(en)) => Some(Text::new(zh, en)),
                (None, None) => None,
                _ => {
                    err(
                        span.clone(),
                        format!("red flag {:?} needs its question in both languages", r.id),
                    );
                    None
                }
            };
            rules.red_flags.push(RedFlag {
                id: r.id,
                label: Text::new(r.label_zh, r.label_en),
                all: r.all,
                given: r.given,
                unless: r.unless,
                still_if: r.still_if,
                question,
                ask_for: r.ask_for,
            });
        }
        for row in file.modifiers {
            let span = row.span();
            let m = row.into_inner();
            for id in std::iter::once(&m.term).chain(&m.unless) {
                if !term_lines.contains_key(id) {
                    err(
                        span.clone(),
                        format!(
                            "modifier {:?} refers to term {id:?}, which is not defined",
                            m.term
                        ),
                    );
                }
            }
            for code in m
                .redirect_from
                .iter()
                .chain(&m.exclude)
                .chain(m.redirect_to.iter())
            {
                if !department_codes.contains(code) {
                    err(span.clone(), format!("modifier {:?} names department {code}, which is not in departments.csv", m.term));
                }
            }
            rules.modifiers.push(Modifier {
                term: m.term,
                label: Text::new(m.label_zh, m.label_en),
                redirect_from: m.redirect_from,
                redirect_to: m.redirect_to,
                exclude: m.exclude,
                unless: m.unless,
            });
        }
        for row in file.readings {
            let span = row.span();
            let r = row.into_inner();
            let what = format!("reading of {} for {:?}", r.measure.name(), r.term);
            if !term_lines.contains_key(&r.term) {
                err(
                    span.clone(),
                    format!("{what} names a term that is not defined"),
                );
            }
            let bounds = [r.from, r.below];
            if bounds.iter().all(Option::is_none) {
                err(
                    span.clone(),
                    format!("{what} needs `from`, `below` or both"),
                );
            }
            if bounds.iter().flatten().any(|b| !b.is_finite()) {
                err(
                    span.clone(),
                    format!("{what} has a bound that is not a number"),
                );
            }
            if let (Some(f), Some(b)) = (r.from, r.below) {
                if f >= b {
                    err(
                        span,
                        format!("{what}: `from` ({f}) must be below `below` ({b})"),
                    );
                }
            }
            rules.readings.push(ReadingRule {
                measure: r.measure,
                from: r.from,
                below: r.below,
                term: r.term,
            });
        }
        if errors.is_empty() {
            Ok(rules)
        } else {
            Err(DataErrors(errors))
        }
    }

    /// The demo hospital's rules, for tests, benchmarks and examples; the
    /// shipped files are checked by the tests, so this cannot fail in a release.
    pub fn demo() -> RuleSet {
        let hospital = crate::hospital::load::demo_hospital();
        let codes: HashSet<String> = hospital
            .departments
            .iter()
            .map(|d| d.code.clone())
            .collect();
        match RuleSet::parse(&crate::hospital::load::Sources::demo().triage_toml, &codes) {
            Ok(rules) => rules,
            Err(e) => panic!("the shipped triage rules are broken:\n{e}"),
        }
    }

    pub fn term(&self, id: &str) -> Option<&Term> {
        self.terms.iter().find(|t| t.id == id)
    }

    /// How many phrasings the rules hold, in both languages.
    pub fn phrasing_count(&self) -> usize {
        self.terms.iter().map(|t| t.en.len() + t.zh.len()).sum()
    }
}

#[cfg(test)]
mod tests;
