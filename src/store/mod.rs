//! The kiosk's SQLite store: hospital data, triage knowledge, queues and
//! usage events. Access goes through closures that run inside one
//! transaction (`read`, `write`), so callers never see half of a change.
//!
//! Durability: WAL with `synchronous = FULL`, so a ticket that was committed
//! (and therefore shown to a patient) survives a power cut.

pub mod backup;
mod hospital_dao;
mod rules_dao;
pub mod schema;
pub mod usage;

use crate::hospital::load::{parse_hospital, DataErrors, Sources};
use crate::hospital::Hospital;
use crate::triage::RuleSet;
use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;

pub use schema::SchemaError;

/// How long a writer waits for another process (a staff CLI, say) to finish.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot create the data folder {path}: {source}")]
    CreateDir {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot open the database {path}: {source}")]
    Open {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error("the database {path} is not a Banzhen database or is damaged: {source}")]
    NotADatabase {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error(transparent)]
    Schema(#[from] SchemaError),
    #[error("the hospital's data is not set up yet; run `banzhen setup`")]
    NotSeeded,
    #[error("the hospital's data is invalid:\n{0}")]
    InvalidData(DataErrors),
    #[error("the stored hospital data is inconsistent: {0}")]
    Corrupt(String),
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
}

// Not `#[from]`: the errors are the message, and a source would print them twice.
impl From<DataErrors> for StoreError {
    fn from(e: DataErrors) -> Self {
        StoreError::InvalidData(e)
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

pub struct Store {
    conn: Mutex<Connection>,
    path: Option<PathBuf>,
}

/// The data access object handed to `read` and `write` closures: a
/// transaction with the SQL gathered in methods.
pub struct Dao<'a> {
    tx: &'a Transaction<'a>,
}

impl<'a> Dao<'a> {
    pub fn conn(&self) -> &Connection {
        self.tx
    }
}

impl Store {
    /// Opens (creating if needed) the database at `path` and upgrades its schema.
    pub fn open(path: &Path) -> Result<Store> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| StoreError::CreateDir {
                path: dir.to_path_buf(),
                source,
            })?;
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|source| StoreError::Open {
            path: path.to_path_buf(),
            source,
        })?;
        Self::init(conn, Some(path.to_path_buf()))
    }

    /// Opens a database that cannot be written (a read-only or full disk):
    /// patients can still be guided; tickets and statistics cannot be kept.
    pub fn open_read_only(path: &Path) -> Result<Store> {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|source| StoreError::Open {
            path: path.to_path_buf(),
            source,
        })?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        let found = schema::version(&conn).map_err(|source| StoreError::NotADatabase {
            path: path.to_path_buf(),
            source,
        })?;
        if found != schema::CURRENT_VERSION {
            return Err(StoreError::Schema(SchemaError::TooNew { found }));
        }
        Ok(Store {
            conn: Mutex::new(conn),
            path: Some(path.to_path_buf()),
        })
    }

    pub fn open_in_memory() -> Result<Store> {
        Self::init(Connection::open_in_memory()?, None)
    }

    fn init(mut conn: Connection, path: Option<PathBuf>) -> Result<Store> {
        let shown = path.clone().unwrap_or_else(|| PathBuf::from(":memory:"));
        let pragmas = |c: &Connection| -> rusqlite::Result<()> {
            c.busy_timeout(BUSY_TIMEOUT)?;
            c.pragma_update(None, "foreign_keys", true)?;
            c.query_row("PRAGMA journal_mode = WAL", [], |_| Ok(()))?;
            c.pragma_update(None, "synchronous", "FULL")?;
            Ok(())
        };
        pragmas(&conn).map_err(|source| StoreError::NotADatabase {
            path: shown.clone(),
            source,
        })?;
        schema::migrate(&mut conn).map_err(|e| match e {
            SchemaError::Sqlite(source @ rusqlite::Error::SqliteFailure(..)) => {
                StoreError::NotADatabase {
                    path: shown,
                    source,
                }
            }
            other => StoreError::Schema(other),
        })?;
        Ok(Store {
            conn: Mutex::new(conn),
            path,
        })
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    fn with_tx<T, E: From<StoreError>>(
        &self,
        behavior: TransactionBehavior,
        f: impl FnOnce(&Dao) -> Result<T, E>,
    ) -> Result<T, E> {
        // A poisoned lock means a panic in another closure; the transaction it
        // held was rolled back when dropped, so the connection is still sound.
        let mut conn = self.conn.lock().unwrap_or_else(|p| p.into_inner());
        let tx = conn
            .transaction_with_behavior(behavior)
            .map_err(StoreError::from)?;
        // On an error the transaction is dropped, which rolls it back.
        let out = f(&Dao { tx: &tx })?;
        tx.commit().map_err(StoreError::from)?;
        Ok(out)
    }

    /// Runs `f` in a read transaction: a consistent snapshot, even while
    /// another process writes.
    pub fn read<T, E: From<StoreError>>(
        &self,
        f: impl FnOnce(&Dao) -> Result<T, E>,
    ) -> Result<T, E> {
        self.with_tx(TransactionBehavior::Deferred, f)
    }

    /// Runs `f` in a write transaction taken up front, so two writers never
    /// deadlock upgrading from read to write; all of `f` commits or none.
    pub fn write<T, E: From<StoreError>>(
        &self,
        f: impl FnOnce(&Dao) -> Result<T, E>,
    ) -> Result<T, E> {
        self.with_tx(TransactionBehavior::Immediate, f)
    }

    pub fn is_seeded(&self) -> Result<bool> {
        self.read(|dao| {
            Ok(dao
                .conn()
                .query_row("SELECT count(*) FROM hospital", [], |r| r.get::<_, i64>(0))?
                > 0)
        })
    }

    /// Replaces the hospital and its triage rules with those in `sources`,
    /// after checking them; a refused set changes nothing. Tickets and usage
    /// events are kept.
    pub fn seed(&self, sources: &Sources) -> Result<(Hospital, RuleSet)> {
        let hospital = parse_hospital(sources)?;
        let codes: HashSet<String> = hospital
            .departments
            .iter()
            .map(|d| d.code.clone())
            .collect();
        let rules = RuleSet::parse(&sources.triage_toml, &codes)?;
        self.write(|dao| -> Result<()> {
            dao.clear_rules()?;
            dao.replace_hospital(&hospital)?;
            dao.insert_rules(&rules)?;
            Ok(())
        })?;
        Ok((hospital, rules))
    }

    /// Seeds the demo hospital if the database is empty.
    pub fn seed_if_empty(&self) -> Result<bool> {
        if self.is_seeded()? {
            return Ok(false);
        }
        self.seed(&Sources::demo())?;
        Ok(true)
    }

    pub fn hospital(&self) -> Result<Hospital> {
        self.read(|dao| dao.hospital())
    }

    pub fn rules(&self) -> Result<RuleSet> {
        self.read(|dao| dao.rules())
    }
}

/// Where the database lives unless `--db` or `BANZHEN_DB` says otherwise:
/// `$XDG_DATA_HOME/banzhen/banzhen.db` (usually `~/.local/share/banzhen`).
pub fn default_db_path() -> PathBuf {
    directories::ProjectDirs::from("", "", "banzhen")
        .map(|d| d.data_dir().join("banzhen.db"))
        .unwrap_or_else(|| PathBuf::from("banzhen.db"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeding_then_loading_gives_back_the_same_hospital_and_rules() {
        let store = Store::open_in_memory().unwrap();
        let (hospital, rules) = store.seed(&Sources::demo()).unwrap();
        assert_eq!(store.hospital().unwrap(), hospital);
        assert_eq!(store.rules().unwrap(), rules);
    }

    #[test]
    fn a_refused_seed_changes_nothing() {
        let store = Store::open_in_memory().unwrap();
        store.seed(&Sources::demo()).unwrap();
        let before = store.hospital().unwrap();
        let mut broken = Sources::demo();
        broken.triage_toml.push_str("\n[[term]]\nid = \"x\"\nlabel_zh = \"x\"\nlabel_en = \"x\"\nen = [\"x\"]\ndepartments = { \"88\" = 1 }\n");
        assert!(matches!(
            store.seed(&broken),
            Err(StoreError::InvalidData(_))
        ));
        assert_eq!(store.hospital().unwrap(), before);
    }

    #[test]
    fn an_empty_store_says_to_run_setup() {
        let store = Store::open_in_memory().unwrap();
        assert!(matches!(store.hospital(), Err(StoreError::NotSeeded)));
        assert!(store.seed_if_empty().unwrap());
        assert!(!store.seed_if_empty().unwrap());
    }

    #[test]
    fn a_file_that_is_not_a_database_is_refused_with_its_path() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("banzhen.db");
        std::fs::write(
            &path,
            b"this is not sqlite, just some text that is long enough to fill a header page...",
        )
        .unwrap();
        let err = Store::open(&path).err().expect("garbage must be refused");
        assert!(matches!(err, StoreError::NotADatabase { .. }), "{err}");
        assert!(err.to_string().contains("banzhen.db"));
    }

    #[test]
    fn the_database_file_survives_reopening() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub").join("banzhen.db");
        Store::open(&path).unwrap().seed_if_empty().unwrap();
        let again = Store::open(&path).unwrap();
        assert!(again.is_seeded().unwrap());
        assert_eq!(
            again.hospital().unwrap().departments.len(),
            crate::hospital::load::demo_hospital().departments.len()
        );
    }
}
