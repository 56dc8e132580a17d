//! The database schema: its version lives in `PRAGMA user_version`, each
//! version has one upgrade step, and a fresh database runs every step in
//! order, so an upgraded database and a new one are the same by construction
//! (a test checks it).
//!
//! To change the schema: append a step to [`MIGRATIONS`]; never edit a step
//! that has shipped. PRAGMAs that are per-connection (WAL, foreign keys, busy
//! timeout) are set on open, not here.

use rusqlite::Connection;

/// One upgrade step per version; index 0 takes a database from 0 to 1.
pub const MIGRATIONS: &[&str] = &[
    // 1: the hospital, triage knowledge and queues.
    r#"
    CREATE TABLE hospital (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name_zh TEXT NOT NULL, name_en TEXT NOT NULL,
        kiosk_building TEXT NOT NULL, kiosk_floor INTEGER NOT NULL,
        kiosk_x REAL NOT NULL, kiosk_y REAL NOT NULL
    );
    CREATE TABLE buildings (
        id TEXT PRIMARY KEY, name_zh TEXT NOT NULL, name_en TEXT NOT NULL,
        floors TEXT NOT NULL, width REAL NOT NULL, depth REAL NOT NULL, sort INTEGER NOT NULL
    );
    CREATE TABLE walkways (
        id INTEGER PRIMARY KEY,
        from_building TEXT NOT NULL REFERENCES buildings(id),
        to_building TEXT NOT NULL REFERENCES buildings(id),
        floor INTEGER NOT NULL, name_zh TEXT NOT NULL, name_en TEXT NOT NULL,
        from_x REAL NOT NULL, from_y REAL NOT NULL, to_x REAL NOT NULL, to_y REAL NOT NULL
    );
    CREATE TABLE departments (
        code TEXT PRIMARY KEY, prefix TEXT NOT NULL UNIQUE,
        name_zh TEXT NOT NULL, name_en TEXT NOT NULL,
        desc_zh TEXT NOT NULL DEFAULT '', desc_en TEXT NOT NULL DEFAULT '',
        building TEXT NOT NULL REFERENCES buildings(id), floor INTEGER NOT NULL,
        room TEXT NOT NULL, x REAL NOT NULL, y REAL NOT NULL,
        hours TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('open', 'closed', 'paused')),
        status_note TEXT NOT NULL DEFAULT '',
        avg_minutes INTEGER NOT NULL CHECK (avg_minutes BETWEEN 1 AND 240),
        sort INTEGER NOT NULL
    );
    CREATE TABLE places (
        id INTEGER PRIMARY KEY, kind TEXT NOT NULL,
        name_zh TEXT NOT NULL, name_en TEXT NOT NULL,
        building TEXT NOT NULL REFERENCES buildings(id), floor INTEGER NOT NULL,
        room TEXT NOT NULL DEFAULT '', x REAL NOT NULL, y REAL NOT NULL
    );
    CREATE TABLE triage_body_parts (
        id TEXT PRIMARY KEY, label_zh TEXT NOT NULL, label_en TEXT NOT NULL, sort INTEGER NOT NULL
    );
    CREATE TABLE triage_terms (
        id TEXT PRIMARY KEY, label_zh TEXT NOT NULL, label_en TEXT NOT NULL,
        body_part TEXT REFERENCES triage_body_parts(id), sort INTEGER NOT NULL
    );
    CREATE TABLE triage_phrasings (
        term_id TEXT NOT NULL REFERENCES triage_terms(id) ON DELETE CASCADE,
        lang TEXT NOT NULL CHECK (lang IN ('zh', 'en')),
        phrase TEXT NOT NULL, sort INTEGER NOT NULL
    );
    CREATE TABLE triage_weights (
        term_id TEXT NOT NULL REFERENCES triage_terms(id) ON DELETE CASCADE,
        department_code TEXT NOT NULL REFERENCES departments(code),
        weight REAL NOT NULL CHECK (weight > 0),
        PRIMARY KEY (term_id, department_code)
    );
    CREATE TABLE triage_red_flags (
        id TEXT PRIMARY KEY, label_zh TEXT NOT NULL, label_en TEXT NOT NULL,
        question_zh TEXT, question_en TEXT, sort INTEGER NOT NULL
    );
    CREATE TABLE triage_red_flag_terms (
        flag_id TEXT NOT NULL REFERENCES triage_red_flags(id) ON DELETE CASCADE,
        term_id TEXT NOT NULL REFERENCES triage_terms(id),
        role TEXT NOT NULL CHECK (role IN ('all', 'ask_for')), sort INTEGER NOT NULL
    );
    CREATE TABLE triage_modifiers (
        term_id TEXT PRIMARY KEY REFERENCES triage_terms(id),
        label_zh TEXT NOT NULL, label_en TEXT NOT NULL,
        redirect_to TEXT REFERENCES departments(code), sort INTEGER NOT NULL
    );
    CREATE TABLE triage_modifier_codes (
        term_id TEXT NOT NULL REFERENCES triage_modifiers(term_id) ON DELETE CASCADE,
        department_code TEXT NOT NULL REFERENCES departments(code),
        role TEXT NOT NULL CHECK (role IN ('redirect_from', 'exclude'))
    );
    CREATE TABLE tickets (
        id INTEGER PRIMARY KEY,
        department_code TEXT NOT NULL REFERENCES departments(code),
        day TEXT NOT NULL, number INTEGER NOT NULL, label TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('waiting', 'called', 'done', 'no_show')),
        issued_at TEXT NOT NULL, called_at TEXT, finished_at TEXT,
        UNIQUE (department_code, day, number)
    );
    CREATE INDEX tickets_queue ON tickets (department_code, day, status, number);
    "#,
    // 2: anonymous usage events for statistics. No free text, no audio, and
    // `visit` is a random number per visit, never a ticket or a person.
    r#"
    CREATE TABLE usage_events (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        visit INTEGER NOT NULL,
        kind TEXT NOT NULL,
        lang TEXT CHECK (lang IN ('zh', 'en')),
        channel TEXT NOT NULL CHECK (channel IN ('touch', 'voice', 'system')),
        department_code TEXT,
        place_kind TEXT
    );
    CREATE INDEX usage_events_at ON usage_events (at);
    "#,
    // 3: alerts for staff ("call staff" pressed, an emergency found), kept
    // until a member of staff clears them.
    r#"
    CREATE TABLE staff_alerts (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('help', 'emergency', 'system')),
        message TEXT NOT NULL DEFAULT '',
        cleared_at TEXT
    );
    "#,
    // 4: the audit log of staff changes. `before` and `after` are snapshots
    // in the data files' own format, so any change can be undone.
    r#"
    CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        channel TEXT NOT NULL CHECK (channel IN ('cli', 'kiosk')),
        action TEXT NOT NULL,
        summary TEXT NOT NULL,
        before TEXT NOT NULL,
        after TEXT NOT NULL,
        undone_by INTEGER REFERENCES audit_log(id)
    );
    "#,
    // 5: settings (the staff PIN's Argon2 hash, never the PIN) and every
    // PIN attempt, for the lockout and the log.
    r#"
    CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE pin_attempts (id INTEGER PRIMARY KEY, at TEXT NOT NULL, ok INTEGER NOT NULL CHECK (ok IN (0, 1)));
    "#,
    // 6: daily totals of usage events past their retention, so months of
    // use keep the database small while the statistics keep their history.
    r#"
    CREATE TABLE usage_daily (
        day TEXT NOT NULL, kind TEXT NOT NULL, channel TEXT NOT NULL, lang TEXT NOT NULL, department_code TEXT NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (day, kind, channel, lang, department_code)
    );
    "#,
    // 7: phrasings in which a term's words mean something else ("烧伤膏").
    r#"
    CREATE TABLE triage_exceptions (
        term_id TEXT NOT NULL REFERENCES triage_terms(id) ON DELETE CASCADE,
        lang TEXT NOT NULL CHECK (lang IN ('zh', 'en')),
        phrase TEXT NOT NULL, sort INTEGER NOT NULL
    );
    "#,
    // 8: numbers a kiosk joined to a hub issued while the hub was out of
    // reach, in its own lettered series, kept until the hub has them.
    r#"
    CREATE TABLE offline_tickets (
        id INTEGER PRIMARY KEY,
        department_code TEXT NOT NULL REFERENCES departments(code),
        day TEXT NOT NULL, number INTEGER NOT NULL, label TEXT NOT NULL,
        issued_at TEXT NOT NULL,
        request_key TEXT NOT NULL UNIQUE,
        -- The key of the online request that went unanswered just before:
        -- if the hub did issue a number for it, nobody holds that number.
        supersedes TEXT,
        pushed_at TEXT,
        UNIQUE (department_code, day, number)
    );
    "#,
    // 9: the audit log also records changes that came from the hub. SQLite
    // cannot change a CHECK in place: the table is rebuilt, rows and ids kept.
    r#"
    CREATE TABLE audit_log_new (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        channel TEXT NOT NULL CHECK (channel IN ('cli', 'kiosk', 'hub')),
        action TEXT NOT NULL,
        summary TEXT NOT NULL,
        before TEXT NOT NULL,
        after TEXT NOT NULL,
        undone_by INTEGER REFERENCES audit_log_new(id)
    );
    INSERT INTO audit_log_new SELECT id, at, channel, action, summary, before, after, undone_by FROM audit_log;
    DROP TABLE audit_log;
    ALTER TABLE audit_log_new RENAME TO audit_log;
    "#,
    // 10: a red flag may name context that rules it out ("unless"): an
    // accident whose scans are already in hand has been seen.
    r#"
    CREATE TABLE triage_red_flag_terms_new (
        flag_id TEXT NOT NULL REFERENCES triage_red_flags(id) ON DELETE CASCADE,
        term_id TEXT NOT NULL REFERENCES triage_terms(id),
        role TEXT NOT NULL CHECK (role IN ('all', 'ask_for', 'unless')), sort INTEGER NOT NULL
    );
    INSERT INTO triage_red_flag_terms_new SELECT flag_id, term_id, role, sort FROM triage_red_flag_terms;
    DROP TABLE triage_red_flag_terms;
    ALTER TABLE triage_red_flag_terms_new RENAME TO triage_red_flag_terms;
    "#,
    // 11: context that keeps a red flag although `unless` is present
    // ("still_if"): weakness on one side that is years old, but came on
    // suddenly today.
    r#"
    CREATE TABLE triage_red_flag_terms_new (
        flag_id TEXT NOT NULL REFERENCES triage_red_flags(id) ON DELETE CASCADE,
        term_id TEXT NOT NULL REFERENCES triage_terms(id),
        role TEXT NOT NULL CHECK (role IN ('all', 'ask_for', 'unless', 'still_if')), sort INTEGER NOT NULL
    );
    INSERT INTO triage_red_flag_terms_new SELECT flag_id, term_id, role, sort FROM triage_red_flag_terms;
    DROP TABLE triage_red_flag_terms;
    ALTER TABLE triage_red_flag_terms_new RENAME TO triage_red_flag_terms;
    "#,
    // 12: ranges of measured values a patient states ("血压200/120") and
    // the terms they imply.
    r#"
    CREATE TABLE triage_readings (
        measure TEXT NOT NULL CHECK (measure IN ('temperature', 'systolic', 'diastolic', 'pulse', 'oxygen', 'glucose')),
        from_value REAL,
        below_value REAL,
        term_id TEXT NOT NULL REFERENCES triage_terms(id),
        sort INTEGER NOT NULL,
        CHECK (from_value IS NOT NULL OR below_value IS NOT NULL)
    );
    "#,
    // 13: terms that keep a modifier from applying ("宝宝两个月，我乳房胀痛"
    // is the mother's complaint, not the baby's).
    r#"
    CREATE TABLE triage_modifier_unless (
        modifier_term_id TEXT NOT NULL REFERENCES triage_modifiers(term_id) ON DELETE CASCADE,
        term_id TEXT NOT NULL REFERENCES triage_terms(id),
        sort INTEGER NOT NULL
    );
    "#,
    // 14: context a red flag needs that may lie in the recent past
    // ("given"): an operation two weeks ago, a birth last week.
    r#"
    CREATE TABLE triage_red_flag_terms_new (
        flag_id TEXT NOT NULL REFERENCES triage_red_flags(id) ON DELETE CASCADE,
        term_id TEXT NOT NULL REFERENCES triage_terms(id),
        role TEXT NOT NULL CHECK (role IN ('all', 'given', 'ask_for', 'unless', 'still_if')), sort INTEGER NOT NULL
    );
    INSERT INTO triage_red_flag_terms_new SELECT flag_id, term_id, role, sort FROM triage_red_flag_terms;
    DROP TABLE triage_red_flag_terms;
    ALTER TABLE triage_red_flag_terms_new RENAME TO triage_red_flag_terms;
    "#,
    // 15: a count of tablets swallowed at one go ("吃了三十片安眠药") is a
    // reading too.
    r#"
    CREATE TABLE triage_readings_new (
        measure TEXT NOT NULL CHECK (measure IN ('temperature', 'systolic', 'diastolic', 'pulse', 'oxygen', 'glucose', 'tablets')),
        from_value REAL,
        below_value REAL,
        term_id TEXT NOT NULL REFERENCES triage_terms(id),
        sort INTEGER NOT NULL,
        CHECK (from_value IS NOT NULL OR below_value IS NOT NULL)
    );
    INSERT INTO triage_readings_new SELECT measure, from_value, below_value, term_id, sort FROM triage_readings;
    DROP TABLE triage_readings;
    ALTER TABLE triage_readings_new RENAME TO triage_readings;
    "#,
];

pub const CURRENT_VERSION: usize = MIGRATIONS.len();

#[derive(Debug, thiserror::Error)]
pub enum SchemaError {
    #[error("the database was written by a newer Banzhen (schema version {found}, this one knows up to {CURRENT_VERSION}); upgrade Banzhen")]
    TooNew { found: usize },
    #[error(transparent)]
    Sqlite(#[from] rusqlite::Error),
}

pub fn version(conn: &Connection) -> rusqlite::Result<usize> {
    conn.query_row("PRAGMA user_version", [], |r| r.get::<_, i64>(0))
        .map(|v| v.max(0) as usize)
}

/// Brings the database up to [`CURRENT_VERSION`], each step in its own
/// transaction so a crash leaves a consistent older version behind.
pub fn migrate(conn: &mut Connection) -> Result<(), SchemaError> {
    migrate_to(conn, CURRENT_VERSION)
}

pub fn migrate_to(conn: &mut Connection, target: usize) -> Result<(), SchemaError> {
    let found = version(conn)?;
    if found > CURRENT_VERSION {
        return Err(SchemaError::TooNew { found });
    }
    for (i, step) in MIGRATIONS.iter().enumerate().take(target).skip(found) {
        let tx = conn.transaction()?;
        tx.execute_batch(step)?;
        tx.pragma_update(None, "user_version", (i + 1) as i64)?;
        tx.commit()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn schema_of(conn: &Connection) -> Vec<(String, String)> {
        let mut stmt = conn
            .prepare("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name")
            .unwrap();
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
        rows.map(Result::unwrap).collect()
    }

    #[test]
    fn upgrading_from_the_first_version_equals_a_fresh_database() {
        let mut old = Connection::open_in_memory().unwrap();
        migrate_to(&mut old, 1).unwrap();
        assert_eq!(version(&old).unwrap(), 1);
        // A version-1 kiosk had issued tickets; they must survive the upgrade.
        old.execute_batch(
            "INSERT INTO buildings VALUES ('A', '门诊楼', 'Outpatient', '[1]', 10, 10, 0);
             INSERT INTO departments (code, prefix, name_zh, name_en, building, floor, room, x, y, hours, status, avg_minutes, sort)
             VALUES ('03.04', 'C', '心内科', 'Cardiology', 'A', 1, '101', 1, 1, '24h', 'open', 10, 0);
             INSERT INTO tickets (department_code, day, number, label, status, issued_at)
             VALUES ('03.04', '2026-11-29', 1, 'C001', 'waiting', '2026-11-29T08:00:00');",
        )
        .unwrap();
        migrate(&mut old).unwrap();
        let mut fresh = Connection::open_in_memory().unwrap();
        migrate(&mut fresh).unwrap();
        assert_eq!(schema_of(&old), schema_of(&fresh));
        assert_eq!(version(&old).unwrap(), CURRENT_VERSION);
        let label: String = old
            .query_row("SELECT label FROM tickets", [], |r| r.get(0))
            .unwrap();
        assert_eq!(label, "C001");
    }

    #[test]
    fn migrating_twice_changes_nothing() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn).unwrap();
        let before = schema_of(&conn);
        migrate(&mut conn).unwrap();
        assert_eq!(schema_of(&conn), before);
    }

    #[test]
    fn a_newer_database_is_refused() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
        assert!(matches!(
            migrate(&mut conn),
            Err(SchemaError::TooNew { found: 99 })
        ));
    }
}
