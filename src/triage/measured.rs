//! Terms heard from measured values: a stated reading implies the terms
//! whose ranges hold its value, heard where the value was said, and a word
//! a value follows means what the value says ("体温36.8" is no fever).

use super::{readings, text, Found, Triage};

impl Triage {
    /// Whether a reading whose words include `hit` says that `term` is not
    /// so: some range of its measure implies the term, and none holds.
    pub(super) fn reading_unsays(
        &self,
        term: usize,
        hit: &text::Hit,
        readings: &[readings::Reading],
    ) -> bool {
        readings
            .iter()
            .filter(|r| r.start <= hit.start && hit.end <= r.end)
            .any(|r| {
                let ranges = || {
                    self.rules
                        .readings
                        .iter()
                        .zip(&self.reading_terms)
                        .filter(|(rule, t)| rule.measure == r.measure && **t == Some(term))
                };
                ranges().next().is_some() && !ranges().any(|(rule, _)| rule.holds(r.value))
            })
    }

    /// The terms the stated readings imply, heard where the value was said.
    pub(super) fn add_measured(
        &self,
        input: &text::Prepared,
        readings: &[readings::Reading],
        found: &mut Vec<Found>,
    ) {
        for r in readings {
            let remote = input.remote_span(r.start, r.end);
            let implied = self
                .rules
                .readings
                .iter()
                .zip(&self.reading_terms)
                .filter(|(rule, _)| rule.measure == r.measure && rule.holds(r.value));
            for (_, term) in implied {
                let Some(term) = *term else { continue };
                match found.iter_mut().find(|f| f.term == term) {
                    Some(f) => f.remote &= remote,
                    None => found.push(Found {
                        term,
                        heard: Some(input.folded()[r.start..r.end].to_string()),
                        specificity: r.end - r.start,
                        position: r.start,
                        remote,
                        long_ago: false,
                        mentions: 1,
                    }),
                }
            }
        }
    }
}
