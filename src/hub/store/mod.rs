//! The hub's data in PostgreSQL: departments (loaded from the same files as
//! a kiosk's), kiosks and their tokens, queue numbers and calls, and what
//! kiosks report (alerts, anonymous usage events).

mod desk;
mod directory;
mod kiosks;
mod staff;
pub mod stats;
mod tickets;

pub use desk::*;
pub use directory::*;
pub use kiosks::*;
pub use staff::*;
pub use tickets::*;

#[derive(Debug, thiserror::Error)]
pub enum HubStoreError {
    #[error("there is no department with code {0}")]
    UnknownDepartment(String),
    #[error("{name} is {status} and is not taking numbers{note}")]
    NotTaking {
        name: String,
        status: String,
        note: String,
    },
    #[error("there is already a kiosk named {0}")]
    KioskExists(String),
    #[error("there is no kiosk named {0}")]
    NoSuchKiosk(String),
    #[error("a kiosk name is 1 to 40 letters, digits, '.', '_' or '-', not {0:?}")]
    BadKioskName(String),
    #[error("every kiosk letter from A to ZZ is taken")]
    NoLetterLeft,
    #[error("no random numbers from the operating system: {0}")]
    Random(std::io::Error),
    #[error("{0}")]
    Invalid(String),
    #[error(transparent)]
    Data(#[from] crate::hospital::load::DataErrors),
    #[error("the hub database is unreachable: {0}")]
    Pool(#[from] deadpool_postgres::PoolError),
    #[error(transparent)]
    Postgres(#[from] tokio_postgres::Error),
}

pub(crate) fn hex_sha256(text: &str) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}
