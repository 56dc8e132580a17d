//! From the terms found to one answer: red flags first (an emergency,
//! whatever else was said), then scores per department with who the
//! complaint is about applied, ties broken by evidence, and a question
//! instead of a coin toss when nothing tells two departments apart.

use super::{
    round2, Alternative, Assessment, Found, Reason, ReasonKind, Triage, EMERGENCY_CODE,
    MAX_REPEATS_COUNTED, MIN_SCORE, REMOTE_WEIGHT, REPEAT_WEIGHT, STRONG_SCORE,
};
use std::collections::{BTreeMap, HashSet};

impl Triage {
    pub(super) fn decide(&self, found: &[Found]) -> Assessment {
        let ids = |keep: fn(&Found) -> bool| -> HashSet<&str> {
            found
                .iter()
                .filter(|f| keep(f))
                .map(|f| self.rules.terms[f.term].id.as_str())
                .collect()
        };
        // Who the complaint is about needs it now, not in the past or in a
        // "what if"; a red flag also needs it happening, not coming and going.
        let current = ids(|f| f.who_now);
        let happening = ids(Found::happening);
        // Context that rules a red flag out counts however it was told: a
        // report in hand is about the past by nature.
        let mentioned = ids(|_| true);
        // Context that makes a sign alarming may lie in the recent past
        // ("两周前做了手术"), not long ago ("三年前").
        let recent = ids(|f| !f.long_ago);
        let term_found = |id: &str| found.iter().find(|f| self.rules.terms[f.term].id == id);
        let heard = |id: &str| term_found(id).and_then(|f| f.heard.clone());

        let flags: Vec<Reason> = self
            .rules
            .red_flags
            .iter()
            .filter(|f| f.all.iter().all(|t| happening.contains(t.as_str())))
            .filter(|f| f.given.iter().all(|t| recent.contains(t.as_str())))
            .filter(|f| {
                // Context told before the story turned to now does not rule
                // out signs all told after the turn.
                let overtaken = |t: &str| {
                    term_found(t).and_then(|u| u.turn_after).is_some_and(|p| {
                        f.all.iter().all(|s| {
                            term_found(s)
                                .and_then(|s| s.last_happening)
                                .is_some_and(|at| at >= p)
                        })
                    })
                };
                let ruled_out = f
                    .unless
                    .iter()
                    .any(|t| mentioned.contains(t.as_str()) && !overtaken(t));
                !ruled_out || f.still_if.iter().any(|t| happening.contains(t.as_str()))
            })
            .map(|f| Reason {
                kind: ReasonKind::RedFlag,
                rule: f.id.clone(),
                label: f.label.clone(),
                heard: {
                    let words: Vec<String> = f
                        .given
                        .iter()
                        .chain(&f.all)
                        .filter_map(|t| heard(t))
                        .collect();
                    (!words.is_empty()).then(|| words.join(" + "))
                },
            })
            .collect();
        if !flags.is_empty() {
            return Assessment {
                emergency: true,
                department: Some(EMERGENCY_CODE.to_string()),
                confidence: 1.0,
                alternatives: Vec::new(),
                reasons: flags,
            };
        }

        // Scores per department, remembering which terms fed each one.
        let mut scores: BTreeMap<String, (f64, Vec<usize>)> = BTreeMap::new();
        for (k, f) in found.iter().enumerate() {
            let weight = if f.remote { REMOTE_WEIGHT } else { 1.0 };
            // What a patient keeps coming back to is what they came about; a
            // word said once in passing ("医生建议物理治疗") weighs less.
            let repeated = f.mentions.saturating_sub(1).min(MAX_REPEATS_COUNTED) as f64;
            let weight = weight * (1.0 + REPEAT_WEIGHT * repeated);
            for (code, w) in &self.rules.terms[f.term].departments {
                let e = scores.entry(code.clone()).or_default();
                e.0 += w * weight;
                e.1.push(k);
            }
        }
        let mut applied = Vec::new();
        for m in &self.rules.modifiers {
            // "会不会影响怀孕", "小时候": who the complaint is about now.
            if !current.contains(m.term.as_str()) {
                continue;
            }
            // "宝宝两个月，我乳房胀痛": the mother's own complaint is hers.
            if m.unless.iter().any(|t| mentioned.contains(t.as_str())) {
                continue;
            }
            let mut changed = false;
            if let Some(to) = &m.redirect_to {
                for from in &m.redirect_from {
                    if let Some((s, terms)) = scores.remove(from) {
                        let e = scores.entry(to.clone()).or_default();
                        e.0 += s;
                        e.1.extend(terms);
                        changed = true;
                    }
                }
                // Who the complaint is about is itself evidence for where it goes.
                if let (true, Some(k)) = (
                    changed,
                    found
                        .iter()
                        .position(|f| self.rules.terms[f.term].id == m.term),
                ) {
                    if let Some(e) = scores.get_mut(to) {
                        e.1.push(k);
                    }
                }
            }
            for code in &m.exclude {
                changed |= scores.remove(code).is_some();
            }
            if changed {
                applied.push(Reason {
                    kind: ReasonKind::Modifier,
                    rule: m.term.clone(),
                    label: m.label.clone(),
                    heard: heard(&m.term),
                });
            }
        }

        // Ties in score go to the department with more distinct evidence, then
        // the more specific wording, then the complaint mentioned first.
        let rank_key = |terms: &Vec<usize>| {
            let mut distinct: Vec<usize> = terms.clone();
            distinct.sort_unstable();
            distinct.dedup();
            let specificity = distinct
                .iter()
                .map(|&k| found[k].specificity)
                .max()
                .unwrap_or(0);
            let position = distinct
                .iter()
                .map(|&k| found[k].position)
                .min()
                .unwrap_or(usize::MAX);
            (distinct.len(), specificity, std::cmp::Reverse(position))
        };
        let mut ranked: Vec<(String, f64, Vec<usize>)> =
            scores.into_iter().map(|(c, (s, t))| (c, s, t)).collect();
        ranked.sort_by(|a, b| {
            b.1.total_cmp(&a.1)
                .then_with(|| rank_key(&b.2).cmp(&rank_key(&a.2)))
                .then_with(|| a.0.cmp(&b.0))
        });
        let Some((top_code, top, top_terms)) = ranked.first().cloned() else {
            return Assessment::nothing();
        };
        if top < MIN_SCORE {
            return Assessment::nothing();
        }
        let total: f64 = ranked.iter().map(|r| r.1).sum();
        let share = |s: f64| round2(s / total * (top / STRONG_SCORE).min(1.0));
        // The symptoms that fed a department (who the complaint is about is
        // told once, as a modifier, not again as a symptom).
        let symptoms_for = |code: &str, terms: &[usize]| -> Vec<Reason> {
            let mut supporting: Vec<usize> = terms.to_vec();
            supporting.sort_unstable();
            supporting.dedup();
            supporting
                .iter()
                .map(|&k| &self.rules.terms[found[k].term])
                .filter(|term| {
                    term.departments.contains_key(code)
                        || !applied.iter().any(|a| a.rule == term.id)
                })
                .map(|term| Reason {
                    kind: ReasonKind::Symptom,
                    rule: term.id.clone(),
                    label: term.label.clone(),
                    heard: heard(&term.id),
                })
                .collect()
        };
        let alternative = |r: &(String, f64, Vec<usize>)| Alternative {
            code: r.0.clone(),
            confidence: share(r.1),
            because: symptoms_for(&r.0, &r.2),
        };
        let mut reasons = symptoms_for(&top_code, &top_terms);
        reasons.extend(applied.iter().cloned());
        let undecided = ranked.get(1).is_some_and(|second| {
            (top - second.1).abs() < f64::EPSILON && rank_key(&top_terms) == rank_key(&second.2)
        });
        if undecided {
            // Nothing tells two departments apart: asking beats a coin toss.
            let alternatives = ranked.iter().take(3).map(alternative).collect();
            return Assessment {
                emergency: false,
                department: None,
                confidence: 0.0,
                alternatives,
                reasons,
            };
        }
        let alternatives: Vec<Alternative> =
            ranked.iter().skip(1).take(3).map(alternative).collect();
        Assessment {
            emergency: false,
            department: Some(top_code),
            confidence: share(top),
            alternatives,
            reasons,
        }
    }
}
