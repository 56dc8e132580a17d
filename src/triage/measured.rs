//! Terms heard from measured values: a stated reading implies the terms
//! whose ranges hold its value, heard where the value was said, and a word
//! a value follows means what the value says ("体温36.8" is no fever).

use super::{readings, rules::ReadingRule, text, Found, Triage};

impl Triage {
    /// The rules' ranges for `measure`, each with the index of the term it
    /// implies (known whenever the rules were loaded from a checked file).
    fn ranges(&self, measure: readings::Measure) -> impl Iterator<Item = (&ReadingRule, usize)> {
        self.rules
            .readings
            .iter()
            .zip(&self.reading_terms)
            .filter(move |(rule, _)| rule.measure == measure)
            .filter_map(|(rule, term)| Some((rule, (*term)?)))
    }

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
                let mut of_term = self
                    .ranges(r.measure)
                    .filter(|&(_, t)| t == term)
                    .peekable();
                of_term.peek().is_some() && !of_term.any(|(rule, _)| rule.holds(r.value))
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
                .ranges(r.measure)
                .filter(|(rule, _)| rule.holds(r.value));
            for (_, term) in implied {
                match found.iter_mut().find(|f| f.term == term) {
                    Some(f) => {
                        f.remote &= remote;
                        if !remote {
                            f.last_happening = f.last_happening.max(Some(r.start));
                        }
                        f.who_now |= !remote;
                    }
                    None => found.push(Found {
                        term,
                        heard: Some(input.folded()[r.start..r.end].to_string()),
                        specificity: r.end - r.start,
                        position: r.start,
                        remote,
                        long_ago: false,
                        who_now: !remote,
                        mentions: 1,
                        turn_after: None,
                        last_happening: (!remote).then_some(r.start),
                    }),
                }
            }
        }
    }
}
