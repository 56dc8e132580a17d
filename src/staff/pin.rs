//! The staff PIN: stored only as an Argon2 hash; every attempt is logged, and
//! five wrong PINs in a row lock staff mode for five minutes.

use super::StaffError;
use crate::store::usage::TIME_FORMAT;
use crate::store::Store;
use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use chrono::{Duration, NaiveDateTime};
use rusqlite::{params, OptionalExtension};

pub const MAX_WRONG: i64 = 5;
pub const LOCKOUT_MINUTES: i64 = 5;
const KEY: &str = "staff_pin_argon2";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PinCheck {
    Accepted,
    Wrong { attempts_left: i64 },
    Locked { until: NaiveDateTime },
    NotSet,
}

fn valid(pin: &str) -> bool {
    (4..=8).contains(&pin.len()) && pin.bytes().all(|b| b.is_ascii_digit())
}

/// Sets the PIN (4 to 8 digits).
pub fn set_pin(store: &Store, pin: &str, at: NaiveDateTime) -> Result<(), StaffError> {
    if !valid(pin) {
        return Err(StaffError::BadPin);
    }
    let salt = SaltString::generate(&mut OsRng);
    let hash = Argon2::default()
        .hash_password(pin.as_bytes(), &salt)
        .map_err(|e| StaffError::Hash(e.to_string()))?
        .to_string();
    store.write(|dao| -> Result<(), StaffError> {
        dao.conn().execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?1, ?2)", params![KEY, hash])?;
        dao.conn().execute(
            "INSERT INTO audit_log (at, channel, action, summary, before, after) VALUES (?1, 'cli', 'set staff pin', 'the staff PIN was changed', '', '')",
            [at.format(TIME_FORMAT).to_string()],
        )?;
        Ok(())
    })
}

/// Checks a PIN typed on the kiosk, recording the attempt.
pub fn check_pin(store: &Store, pin: &str, at: NaiveDateTime) -> Result<PinCheck, StaffError> {
    store.write(|dao| -> Result<PinCheck, StaffError> {
        let c = dao.conn();
        let Some(hash) = c.query_row("SELECT value FROM settings WHERE key = ?1", [KEY], |r| r.get::<_, String>(0)).optional()? else {
            return Ok(PinCheck::NotSet);
        };
        // Wrong attempts since the last right one, newest first.
        let wrong: Vec<String> = c
            .prepare("SELECT at FROM pin_attempts WHERE ok = 0 AND id > COALESCE((SELECT max(id) FROM pin_attempts WHERE ok = 1), 0) ORDER BY id DESC")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        if wrong.len() as i64 >= MAX_WRONG {
            if let Some(last) = wrong.first().and_then(|t| NaiveDateTime::parse_from_str(t, TIME_FORMAT).ok()) {
                let until = last + Duration::minutes(LOCKOUT_MINUTES);
                if at < until {
                    return Ok(PinCheck::Locked { until });
                }
            }
        }
        let ok = PasswordHash::new(&hash).map(|h| Argon2::default().verify_password(pin.as_bytes(), &h).is_ok()).unwrap_or(false);
        c.execute("INSERT INTO pin_attempts (at, ok) VALUES (?1, ?2)", params![at.format(TIME_FORMAT).to_string(), ok as i64])?;
        if ok {
            return Ok(PinCheck::Accepted);
        }
        // After a lockout has passed, the count starts again.
        let streak = (wrong.len() as i64 % MAX_WRONG) + 1;
        Ok(if streak >= MAX_WRONG { PinCheck::Locked { until: at + Duration::minutes(LOCKOUT_MINUTES) } } else { PinCheck::Wrong { attempts_left: MAX_WRONG - streak } })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(min: i64) -> NaiveDateTime {
        chrono::NaiveDate::from_ymd_opt(2026, 11, 30)
            .and_then(|d| d.and_hms_opt(9, 0, 0))
            .expect("time")
            + Duration::minutes(min)
    }

    fn store() -> Store {
        let s = Store::open_in_memory().expect("store");
        s.seed_if_empty().expect("seed");
        s
    }

    #[test]
    fn the_pin_is_stored_only_as_a_hash() {
        let s = store();
        set_pin(&s, "482916", at(0)).unwrap();
        let stored: String = s
            .read(|dao| -> crate::store::Result<String> {
                Ok(dao
                    .conn()
                    .query_row("SELECT value FROM settings", [], |r| r.get(0))?)
            })
            .unwrap();
        assert!(stored.starts_with("$argon2"), "{stored}");
        assert!(!stored.contains("482916"));
        assert_eq!(check_pin(&s, "482916", at(1)).unwrap(), PinCheck::Accepted);
        assert_eq!(
            check_pin(&s, "000000", at(1)).unwrap(),
            PinCheck::Wrong { attempts_left: 4 }
        );
    }

    #[test]
    fn five_wrong_pins_lock_for_five_minutes() {
        let s = store();
        set_pin(&s, "1234", at(0)).unwrap();
        for left in (1..5).rev() {
            assert_eq!(
                check_pin(&s, "9999", at(1)).unwrap(),
                PinCheck::Wrong {
                    attempts_left: left
                }
            );
        }
        assert_eq!(
            check_pin(&s, "9999", at(1)).unwrap(),
            PinCheck::Locked { until: at(6) }
        );
        assert_eq!(
            check_pin(&s, "1234", at(3)).unwrap(),
            PinCheck::Locked { until: at(6) },
            "even the right PIN waits"
        );
        assert_eq!(check_pin(&s, "1234", at(6)).unwrap(), PinCheck::Accepted);
        let attempts: i64 = s
            .read(|dao| -> crate::store::Result<i64> {
                Ok(dao
                    .conn()
                    .query_row("SELECT count(*) FROM pin_attempts", [], |r| r.get(0))?)
            })
            .unwrap();
        assert_eq!(attempts, 6, "every checked attempt is logged");
    }

    #[test]
    fn a_pin_must_be_four_to_eight_digits() {
        let s = store();
        for bad in ["123", "123456789", "12a4", ""] {
            assert!(
                matches!(set_pin(&s, bad, at(0)), Err(StaffError::BadPin)),
                "{bad:?}"
            );
        }
        assert_eq!(check_pin(&s, "1234", at(0)).unwrap(), PinCheck::NotSet);
    }
}
