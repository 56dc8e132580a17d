//! Reading and writing the triage knowledge base.

use super::{Dao, Result};
use crate::lang::Text;
use crate::triage::readings::Measure;
use crate::triage::rules::{BodyPart, Modifier, ReadingRule, RedFlag, RuleSet, Term};
use rusqlite::params;
use std::collections::BTreeMap;

impl Dao<'_> {
    pub fn clear_rules(&self) -> Result<()> {
        self.conn().execute_batch(
            "DELETE FROM triage_readings; DELETE FROM triage_modifier_unless; DELETE FROM triage_exceptions; DELETE FROM triage_modifier_codes; DELETE FROM triage_modifiers; DELETE FROM triage_red_flag_terms;
             DELETE FROM triage_red_flags; DELETE FROM triage_weights; DELETE FROM triage_phrasings;
             DELETE FROM triage_terms; DELETE FROM triage_body_parts;",
        )?;
        Ok(())
    }

    pub fn insert_rules(&self, rules: &RuleSet) -> Result<()> {
        let c = self.conn();
        for (i, b) in rules.body_parts.iter().enumerate() {
            c.execute("INSERT INTO triage_body_parts (id, label_zh, label_en, sort) VALUES (?1, ?2, ?3, ?4)", params![b.id, b.label.zh, b.label.en, i as i64])?;
        }
        let mut phrase = c.prepare(
            "INSERT INTO triage_phrasings (term_id, lang, phrase, sort) VALUES (?1, ?2, ?3, ?4)",
        )?;
        let mut exception = c.prepare(
            "INSERT INTO triage_exceptions (term_id, lang, phrase, sort) VALUES (?1, ?2, ?3, ?4)",
        )?;
        for (i, t) in rules.terms.iter().enumerate() {
            c.execute(
                "INSERT INTO triage_terms (id, label_zh, label_en, body_part, sort) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![t.id, t.label.zh, t.label.en, t.body_part, i as i64],
            )?;
            for (stmt, en, zh) in [
                (&mut phrase, &t.en, &t.zh),
                (&mut exception, &t.not_en, &t.not_zh),
            ] {
                for (lang, list) in [("en", en), ("zh", zh)] {
                    for (j, p) in list.iter().enumerate() {
                        stmt.execute(params![t.id, lang, p, j as i64])?;
                    }
                }
            }
            for (code, w) in &t.departments {
                c.execute("INSERT INTO triage_weights (term_id, department_code, weight) VALUES (?1, ?2, ?3)", params![t.id, code, w])?;
            }
        }
        for (i, f) in rules.red_flags.iter().enumerate() {
            c.execute(
                "INSERT INTO triage_red_flags (id, label_zh, label_en, question_zh, question_en, sort) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![f.id, f.label.zh, f.label.en, f.question.as_ref().map(|q| &q.zh), f.question.as_ref().map(|q| &q.en), i as i64],
            )?;
            for (role, list) in [
                ("all", &f.all),
                ("given", &f.given),
                ("ask_for", &f.ask_for),
                ("unless", &f.unless),
                ("still_if", &f.still_if),
            ] {
                for (j, t) in list.iter().enumerate() {
                    c.execute("INSERT INTO triage_red_flag_terms (flag_id, term_id, role, sort) VALUES (?1, ?2, ?3, ?4)", params![f.id, t, role, j as i64])?;
                }
            }
        }
        for (i, m) in rules.modifiers.iter().enumerate() {
            c.execute(
                "INSERT INTO triage_modifiers (term_id, label_zh, label_en, redirect_to, sort) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![m.term, m.label.zh, m.label.en, m.redirect_to, i as i64],
            )?;
            for (j, t) in m.unless.iter().enumerate() {
                c.execute("INSERT INTO triage_modifier_unless (modifier_term_id, term_id, sort) VALUES (?1, ?2, ?3)", params![m.term, t, j as i64])?;
            }
            for (role, list) in [("redirect_from", &m.redirect_from), ("exclude", &m.exclude)] {
                for code in list {
                    c.execute("INSERT INTO triage_modifier_codes (term_id, department_code, role) VALUES (?1, ?2, ?3)", params![m.term, code, role])?;
                }
            }
        }
        for (i, r) in rules.readings.iter().enumerate() {
            c.execute(
                "INSERT INTO triage_readings (measure, from_value, below_value, term_id, sort) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![r.measure.name(), r.from, r.below, r.term, i as i64],
            )?;
        }
        Ok(())
    }

    pub fn rules(&self) -> Result<RuleSet> {
        let c = self.conn();
        let body_parts = c
            .prepare("SELECT id, label_zh, label_en FROM triage_body_parts ORDER BY sort")?
            .query_map([], |r| {
                Ok(BodyPart {
                    id: r.get(0)?,
                    label: Text::new(r.get::<_, String>(1)?, r.get::<_, String>(2)?),
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut terms = c
            .prepare("SELECT id, label_zh, label_en, body_part FROM triage_terms ORDER BY sort")?
            .query_map([], |r| {
                Ok(Term {
                    id: r.get(0)?,
                    label: Text::new(r.get::<_, String>(1)?, r.get::<_, String>(2)?),
                    body_part: r.get(3)?,
                    departments: BTreeMap::new(),
                    en: Vec::new(),
                    zh: Vec::new(),
                    not_en: Vec::new(),
                    not_zh: Vec::new(),
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let index: std::collections::HashMap<String, usize> = terms
            .iter()
            .enumerate()
            .map(|(i, t)| (t.id.clone(), i))
            .collect();
        for (term, lang, phrase) in phrases(c, "triage_phrasings")? {
            if let Some(&i) = index.get(&term) {
                let t = &mut terms[i];
                if lang == "zh" { &mut t.zh } else { &mut t.en }.push(phrase);
            }
        }
        for (term, lang, phrase) in phrases(c, "triage_exceptions")? {
            if let Some(&i) = index.get(&term) {
                let t = &mut terms[i];
                if lang == "zh" {
                    &mut t.not_zh
                } else {
                    &mut t.not_en
                }
                .push(phrase);
            }
        }
        let mut stmt = c.prepare("SELECT term_id, department_code, weight FROM triage_weights")?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, f64>(2)?,
            ))
        })?;
        for row in rows {
            let (term, code, w) = row?;
            if let Some(&i) = index.get(&term) {
                terms[i].departments.insert(code, w);
            }
        }
        let mut red_flags = c
            .prepare("SELECT id, label_zh, label_en, question_zh, question_en FROM triage_red_flags ORDER BY sort")?
            .query_map([], |r| {
                let q: (Option<String>, Option<String>) = (r.get(3)?, r.get(4)?);
                Ok(RedFlag {
                    id: r.get(0)?,
                    label: Text::new(r.get::<_, String>(1)?, r.get::<_, String>(2)?),
                    all: Vec::new(),
                    given: Vec::new(),
                    unless: Vec::new(),
                    still_if: Vec::new(),
                    question: match q {
                        (Some(zh), Some(en)) => Some(Text::new(zh, en)),
                        _ => None,
                    },
                    ask_for: Vec::new(),
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut stmt = c.prepare(
            "SELECT flag_id, term_id, role FROM triage_red_flag_terms ORDER BY flag_id, role, sort",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?;
        for row in rows {
            let (flag, term, role) = row?;
            if let Some(f) = red_flags.iter_mut().find(|f| f.id == flag) {
                match role.as_str() {
                    "all" => f.all.push(term),
                    "given" => f.given.push(term),
                    "unless" => f.unless.push(term),
                    "still_if" => f.still_if.push(term),
                    _ => f.ask_for.push(term),
                }
            }
        }
        let mut modifiers = c
            .prepare("SELECT term_id, label_zh, label_en, redirect_to FROM triage_modifiers ORDER BY sort")?
            .query_map([], |r| {
                Ok(Modifier {
                    term: r.get(0)?,
                    label: Text::new(r.get::<_, String>(1)?, r.get::<_, String>(2)?),
                    redirect_from: Vec::new(),
                    redirect_to: r.get(3)?,
                    exclude: Vec::new(),
                    unless: Vec::new(),
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut stmt = c.prepare(
            "SELECT term_id, department_code, role FROM triage_modifier_codes ORDER BY rowid",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?;
        for row in rows {
            let (term, code, role) = row?;
            if let Some(m) = modifiers.iter_mut().find(|m| m.term == term) {
                if role == "exclude" {
                    m.exclude.push(code);
                } else {
                    m.redirect_from.push(code);
                }
            }
        }
        let mut stmt = c.prepare(
            "SELECT modifier_term_id, term_id FROM triage_modifier_unless ORDER BY modifier_term_id, sort",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        for row in rows {
            let (modifier, term) = row?;
            if let Some(m) = modifiers.iter_mut().find(|m| m.term == modifier) {
                m.unless.push(term);
            }
        }
        let readings = c
            .prepare("SELECT measure, from_value, below_value, term_id FROM triage_readings ORDER BY sort")?
            .query_map([], |r| {
                let name: String = r.get(0)?;
                // The table's CHECK allows only known names; a newer
                // Banzhen's measure would be refused by the schema version.
                let measure = Measure::from_name(&name).ok_or_else(|| {
                    rusqlite::Error::FromSqlConversionFailure(
                        0,
                        rusqlite::types::Type::Text,
                        format!("unknown measure {name:?}").into(),
                    )
                })?;
                Ok(ReadingRule {
                    measure,
                    from: r.get(1)?,
                    below: r.get(2)?,
                    term: r.get(3)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(RuleSet {
            body_parts,
            terms,
            red_flags,
            modifiers,
            readings,
        })
    }
}

/// (term, language, phrase) rows of a phrase table, in their order per term.
fn phrases(c: &rusqlite::Connection, table: &str) -> Result<Vec<(String, String, String)>> {
    // `table` is one of our own table names, never input.
    let mut stmt = c.prepare(&format!(
        "SELECT term_id, lang, phrase FROM {table} ORDER BY term_id, lang, sort"
    ))?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}
