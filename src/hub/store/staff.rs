//! Staff accounts on the hub: Argon2id password hashes (never a password),
//! a lockout after [`MAX_FAILED`] wrong passwords in a row, sessions kept
//! only as the hash of their cookie with a CSRF token each, and the audit
//! log every console action writes to, with who and when.

use super::{hex_sha256, new_secret, HubStoreError};
use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use deadpool_postgres::{GenericClient, Pool};
use serde::{Deserialize, Serialize};

/// Wrong passwords in a row before an account is locked.
pub const MAX_FAILED: i32 = 5;
/// How long a locked account stays locked.
pub const LOCK_MINUTES: i32 = 15;
/// How long a console session lasts without signing in again.
pub const SESSION_HOURS: i32 = 12;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Runs the queues of her departments.
    Nurse,
    /// Changes departments' data; sees statistics; runs any queue.
    Manager,
    /// All of that, and accounts and kiosks.
    Admin,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Nurse => "nurse",
            Role::Manager => "manager",
            Role::Admin => "admin",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        [Role::Nurse, Role::Manager, Role::Admin]
            .into_iter()
            .find(|r| r.as_str() == s)
    }
}

/// A signed-in member of staff.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StaffUser {
    pub id: i32,
    pub username: String,
    pub role: Role,
    /// A nurse's departments; empty for managers and admins, who run any.
    pub departments: Vec<String>,
    /// Sent back with every change, so another site cannot make one.
    pub csrf: String,
}

impl StaffUser {
    pub fn runs_queue(&self, code: &str) -> bool {
        self.role >= Role::Manager || self.departments.iter().any(|d| d == code)
    }
}

/// What a sign-in came to.
#[derive(Debug)]
pub enum SignIn {
    /// The session cookie's value, and the user.
    Accepted(String, StaffUser),
    Wrong,
    Locked {
        minutes_left: i64,
    },
}

fn hash(password: &str) -> Result<String, HubStoreError> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| HubStoreError::Invalid(format!("password hash: {e}")))
}

/// Adds an account, or sets a new password (and role) for an existing one;
/// `actor` is who did it, for the audit log.
pub async fn set_account(
    pool: &Pool,
    actor: &str,
    username: &str,
    password: &str,
    role: Role,
    departments: &[String],
) -> Result<(), HubStoreError> {
    if !super::kiosks::valid_name(username) {
        return Err(HubStoreError::Invalid(format!(
            "a user name is 1 to 40 letters, digits, '.', '_' or '-', not {username:?}"
        )));
    }
    if password.chars().count() < 10 {
        return Err(HubStoreError::Invalid(
            "a password has at least 10 characters".into(),
        ));
    }
    let hashed = hash(password)?;
    let client = pool.get().await?;
    client
        .execute(
            "INSERT INTO staff (username, password_hash, role, departments) VALUES ($1, $2, $3, $4)
             ON CONFLICT (username) DO UPDATE SET password_hash = $2, role = $3, departments = $4,
                 failed_logins = 0, locked_until = NULL",
            &[&username, &hashed, &role.as_str(), &departments],
        )
        .await?;
    audit(
        &client,
        actor,
        "set account",
        &format!("{username} ({})", role.as_str()),
        None,
    )
    .await?;
    Ok(())
}

/// Checks a password; a right one opens a session.
pub async fn sign_in(pool: &Pool, username: &str, password: &str) -> Result<SignIn, HubStoreError> {
    let client = pool.get().await?;
    let Some(row) = client
        .query_opt(
            "SELECT id, password_hash, role, departments,
                    CEIL(EXTRACT(EPOCH FROM (locked_until - now())) / 60)::bigint
             FROM staff WHERE username = $1",
            &[&username],
        )
        .await?
    else {
        // The same work as for a real account, so timing does not tell which names exist.
        let _ = hash(password);
        return Ok(SignIn::Wrong);
    };
    if let Some(minutes_left) = row.get::<_, Option<i64>>(4).filter(|m| *m > 0) {
        return Ok(SignIn::Locked { minutes_left });
    }
    let stored: String = row.get(1);
    let right = PasswordHash::new(&stored)
        .map(|h| {
            Argon2::default()
                .verify_password(password.as_bytes(), &h)
                .is_ok()
        })
        .unwrap_or(false);
    let id: i32 = row.get(0);
    if !right {
        client
            .execute(
                "UPDATE staff SET failed_logins = failed_logins + 1,
                     locked_until = CASE WHEN failed_logins + 1 >= $2
                         THEN now() + make_interval(mins => $3) ELSE locked_until END
                 WHERE id = $1",
                &[&id, &MAX_FAILED, &LOCK_MINUTES],
            )
            .await?;
        audit(&client, username, "sign-in refused", "wrong password", None).await?;
        return Ok(SignIn::Wrong);
    }
    client
        .execute(
            "UPDATE staff SET failed_logins = 0, locked_until = NULL WHERE id = $1",
            &[&id],
        )
        .await?;
    let token = new_secret().map_err(HubStoreError::Random)?;
    let csrf = new_secret().map_err(HubStoreError::Random)?;
    client
        .execute(
            "INSERT INTO staff_sessions (token_sha256, staff_id, csrf, expires_at)
             VALUES ($1, $2, $3, now() + make_interval(hours => $4))",
            &[&hex_sha256(&token), &id, &csrf, &SESSION_HOURS],
        )
        .await?;
    audit(&client, username, "signed in", "", None).await?;
    let role: String = row.get(2);
    Ok(SignIn::Accepted(
        token,
        StaffUser {
            id,
            username: username.to_string(),
            role: Role::parse(&role).unwrap_or(Role::Nurse),
            departments: row.get(3),
            csrf,
        },
    ))
}

/// The member of staff a session cookie belongs to, if it is current.
pub async fn session_user(pool: &Pool, token: &str) -> Result<Option<StaffUser>, HubStoreError> {
    let client = pool.get().await?;
    let row = client
        .query_opt(
            "SELECT s.id, s.username, s.role, s.departments, x.csrf
             FROM staff_sessions x JOIN staff s ON s.id = x.staff_id
             WHERE x.token_sha256 = $1 AND x.expires_at > now()",
            &[&hex_sha256(token)],
        )
        .await?;
    Ok(row.map(|r| {
        let role: String = r.get(2);
        StaffUser {
            id: r.get(0),
            username: r.get(1),
            role: Role::parse(&role).unwrap_or(Role::Nurse),
            departments: r.get(3),
            csrf: r.get(4),
        }
    }))
}

pub async fn sign_out(pool: &Pool, token: &str) -> Result<(), HubStoreError> {
    let client = pool.get().await?;
    client
        .execute(
            "DELETE FROM staff_sessions WHERE token_sha256 = $1 OR expires_at < now()",
            &[&hex_sha256(token)],
        )
        .await?;
    Ok(())
}

/// Writes one line of the audit log; `undo` is what puts the change back.
/// Returns the line's id (what an undo names).
pub async fn audit(
    client: &impl GenericClient,
    actor: &str,
    action: &str,
    detail: &str,
    undo: Option<&str>,
) -> Result<i64, HubStoreError> {
    Ok(client
        .query_one(
            "INSERT INTO audit (actor, action, detail, undo) VALUES ($1, $2, $3, $4) RETURNING id",
            &[&actor, &action, &detail, &undo],
        )
        .await?
        .get(0))
}

/// One line of the audit log, newest first in listings.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AuditLine {
    pub id: i64,
    pub at: chrono::DateTime<chrono::Utc>,
    pub actor: String,
    pub action: String,
    pub detail: String,
    pub can_undo: bool,
}

pub async fn audit_log(pool: &Pool, limit: i64) -> Result<Vec<AuditLine>, HubStoreError> {
    let client = pool.get().await?;
    Ok(client
        .query(
            "SELECT id, at, actor, action, detail, undo IS NOT NULL FROM audit ORDER BY id DESC LIMIT $1",
            &[&limit],
        )
        .await?
        .iter()
        .map(|r| AuditLine {
            id: r.get(0),
            at: r.get(1),
            actor: r.get(2),
            action: r.get(3),
            detail: r.get(4),
            can_undo: r.get(5),
        })
        .collect())
}

/// An account as the admin page lists it (never its hash).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Account {
    pub username: String,
    pub role: Role,
    pub departments: Vec<String>,
    pub locked: bool,
}

pub async fn accounts(pool: &Pool) -> Result<Vec<Account>, HubStoreError> {
    let client = pool.get().await?;
    Ok(client
        .query(
            "SELECT username, role, departments, COALESCE(locked_until > now(), false)
             FROM staff ORDER BY username",
            &[],
        )
        .await?
        .iter()
        .map(|r| Account {
            username: r.get(0),
            role: Role::parse(&r.get::<_, String>(1)).unwrap_or(Role::Nurse),
            departments: r.get(2),
            locked: r.get(3),
        })
        .collect())
}
