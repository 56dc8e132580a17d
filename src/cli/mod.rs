//! The command line: argument parsing, exit codes and human-readable errors.
//! Exit codes: 0 success, 1 a failure (with a sentence on stderr), 2 a usage
//! error. No command prints a backtrace.

mod args;
mod hub;
mod models;
mod output;

pub use args::{
    Cli, Command, ModelsAction, QueueAction, StaffAction, StatsAction, StatsFormat, TicketAction,
};

use crate::hospital::directions::route;
use crate::hospital::load::Sources;
use crate::hospital::{Hospital, PlaceKind};
use crate::lang::{Lang, Text};
use crate::queue;
use crate::store::{default_db_path, Store};
use crate::triage::{Query, Triage};
use anyhow::{anyhow, bail, Context};
use clap::Parser;
use std::path::PathBuf;
use std::process::ExitCode;

/// Runs the command line and maps the outcome to an exit code.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(1)
        }
    }
}

fn default_lang() -> Lang {
    let env = std::env::var("BANZHEN_LANG")
        .or_else(|_| std::env::var("LANG"))
        .unwrap_or_default();
    if env.to_lowercase().starts_with("zh") {
        Lang::Zh
    } else {
        Lang::En
    }
}

fn db_path(cli_db: Option<PathBuf>) -> PathBuf {
    cli_db
        .or_else(|| {
            std::env::var_os("BANZHEN_DB")
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        })
        .unwrap_or_else(default_db_path)
}

/// Opens the store, creating and seeding it with the demo hospital on first use.
pub fn open_store(cli_db: Option<PathBuf>) -> anyhow::Result<Store> {
    let path = db_path(cli_db);
    let store = Store::open(&path)?;
    store
        .seed_if_empty()
        .with_context(|| format!("setting up {}", path.display()))?;
    Ok(store)
}

fn now() -> chrono::NaiveDateTime {
    chrono::Local::now().naive_local()
}

pub fn run(cli: Cli) -> anyhow::Result<()> {
    let Some(command) = cli.command else {
        // The kiosk checks its database and recovers from a damaged one by
        // itself (staff are alerted); the other commands report damage instead.
        // The kiosk logs to standard error (the journal, under systemd). Logs
        // hold the kiosk's own sentences only: never a patient's words.
        let _ = tracing_subscriber::fmt()
            .with_writer(std::io::stderr)
            .with_target(false)
            // Colour codes only on a terminal: the journal stores them as text.
            .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
            .try_init();
        let path = db_path(cli.db);
        let (store, opened) = crate::store::backup::open_checked(&path, now())?;
        if opened != crate::store::backup::Opened::Healthy {
            tracing::warn!("database opened as {opened:?}");
        }
        store.seed_if_empty()?;
        let backups = crate::store::backup::backup_dir(&path);
        let options = crate::kiosk::WindowOptions {
            placement: match cli.window {
                Some((w, h)) => crate::kiosk::Placement::Sized(w, h),
                None => crate::kiosk::Placement::FullScreen,
            },
            hide_cursor: cli.hide_cursor,
            reduce_motion: cli.reduce_motion,
            backups: Some(backups),
        };
        return crate::kiosk::run(std::sync::Arc::new(store), options)
            .context("the kiosk screen could not start (is a display available? see README: Running the screen)");
    };
    if let Command::Say {
        text,
        lang,
        rate,
        out,
    } = &command
    {
        let text = text.join(" ");
        let lang = lang.unwrap_or_else(|| Lang::detect(&text));
        crate::speech::tts::say_to_wav(&text, lang, *rate, out)?;
        println!("Spoken to {}.", out.display());
        return Ok(());
    }
    if let Command::Models { action, models } = &command {
        return models::command(
            action,
            models
                .clone()
                .unwrap_or_else(crate::speech::models::default_dir),
        );
    }
    if let Command::Hub { database, action } = command {
        return hub::command(database, action);
    }
    if let Command::Setup { data } = &command {
        let path = db_path(cli.db.clone());
        let store = Store::open(&path)?;
        let sources = match data {
            Some(dir) => Sources::read_dir(dir)?,
            None => Sources::demo(),
        };
        let (hospital, rules) = store.seed(&sources)?;
        println!(
            "{}: {} with {} departments, {} places and {} triage phrasings.",
            path.display(),
            hospital.name.en,
            hospital.departments.len(),
            hospital.places.len(),
            rules.phrasing_count()
        );
        return Ok(());
    }
    let store = open_store(cli.db)?;
    let hospital = store.hospital()?;
    match command {
        Command::Setup { .. }
        | Command::Say { .. }
        | Command::Models { .. }
        | Command::Hub { .. } => {
            unreachable!("handled above")
        }
        Command::Listen {
            wav,
            lang,
            json,
            models,
        } => {
            use crate::speech::{asr::Recognizer, listen};
            let lang = lang.unwrap_or(Lang::En);
            let dir = models.unwrap_or_else(crate::speech::models::default_dir);
            let triage = std::sync::Arc::new(Triage::new(store.rules()?));
            let understanding = listen::Understanding::new(&hospital, triage)?;
            let mut recognizer = Recognizer::load(&dir, &[lang], false)?;
            let heard = listen::hear_file(&mut recognizer, &wav, lang, &understanding)?;
            if json {
                println!("{}", output::heard_json(&heard));
            } else {
                print!("{}", output::heard_text(&hospital, &heard, lang));
            }
        }
        Command::Join { url, token } => {
            let token = token
                .or_else(|| std::env::var("BANZHEN_HUB_TOKEN").ok())
                .ok_or_else(|| anyhow!("the kiosk's token is missing: give it after the URL or in BANZHEN_HUB_TOKEN"))?;
            let me = crate::sync::join(&store, &url, &token)
                .with_context(|| format!("could not join the hub at {url}"))?;
            println!(
                "Joined the hub at {url} as kiosk {} (offline numbers carry the letter {}). Restart the kiosk to use it.",
                me.name, me.letter
            );
        }
        Command::Leave => {
            crate::sync::leave(&store)?;
            println!("This kiosk left its hub and issues its own numbers again.");
        }
        Command::Sync => {
            let hub = crate::sync::HubLink::load(&store)?.ok_or_else(|| {
                anyhow!("this kiosk has not joined a hub (banzhen join URL TOKEN)")
            })?;
            let r = hub
                .sync(&store)
                .with_context(|| format!("sync with {}", hub.url()))?;
            println!(
                "Sent {} offline numbers, {} alerts and {} usage events; {} departments changed.",
                r.tickets_sent, r.alerts_sent, r.events_sent, r.departments_changed
            );
        }
        Command::Staff { action } => staff(&store, action)?,
        Command::Stats { action } => stats(&store, action)?,
        Command::Screenshots { out } => {
            let rules = store.rules()?;
            let files = crate::ui::render::screenshots(&hospital, &rules, &out, now())?;
            println!("{} screenshots in {}", files.len(), out.display());
        }
        Command::Triage { lang, json, text } => {
            let text = text.join(" ");
            let lang = lang.unwrap_or_else(|| Lang::detect(&text));
            let triage = Triage::new(store.rules()?);
            let a = triage.assess(&Query::Text(text))?;
            if json {
                println!("{}", output::triage_json(&hospital, &a, lang));
            } else {
                print!("{}", output::triage_text(&hospital, &a, lang));
            }
        }
        Command::Departments { lang, json } => {
            let lang = lang.unwrap_or_else(default_lang);
            if json {
                println!("{}", output::departments_json(&hospital, now()));
            } else {
                print!("{}", output::departments_text(&hospital, lang, now()));
            }
        }
        Command::Places { lang, json } => {
            let lang = lang.unwrap_or_else(default_lang);
            if json {
                println!("{}", output::places_json(&hospital));
            } else {
                print!("{}", output::places_text(&hospital, lang));
            }
        }
        Command::Directions { target, lang, json } => {
            let lang = lang.unwrap_or_else(|| {
                if Lang::detect(&target) == Lang::Zh {
                    Lang::Zh
                } else {
                    default_lang()
                }
            });
            let (name, location) = resolve_target(&hospital, &target)?;
            let steps = route(&hospital, &hospital.kiosk, &location, &name);
            if json {
                println!(
                    "{}",
                    serde_json::json!({"target": target, "name_zh": name.zh, "name_en": name.en, "location": location, "steps": steps})
                );
            } else {
                println!("{}", name.get(lang));
                for (i, s) in steps.iter().enumerate() {
                    println!("{:>2}. {}", i + 1, s.text.get(lang));
                }
            }
        }
        Command::Ticket {
            action: TicketAction::Take { code, lang, json },
        } => {
            let lang = lang.unwrap_or_else(default_lang);
            let dept = hospital
                .department(&code)
                .ok_or_else(|| unknown_department(&hospital, &code))?;
            // A kiosk joined to a hub takes its numbers there, as its screen does.
            let issued = match crate::sync::HubLink::load(&store)? {
                Some(hub) => {
                    let taken = hub.take(&store, &code, now())?;
                    if taken.offline {
                        eprintln!(
                            "The hub at {} is out of reach: this number is from the kiosk's own series.",
                            hub.url()
                        );
                    }
                    taken.issued
                }
                None => queue::take(&store, &code, now())?,
            };
            if json {
                println!("{}", output::issued_json(dept, &issued));
            } else {
                print!("{}", output::issued_text(dept, &issued, lang));
            }
        }
        Command::Queue { action } => match action {
            QueueAction::Status { code, lang, json } => {
                let lang = lang.unwrap_or_else(default_lang);
                let dept = hospital
                    .department(&code)
                    .ok_or_else(|| unknown_department(&hospital, &code))?;
                let status = store.read(|dao| queue::status(dao, &code, now()))?;
                if json {
                    println!("{}", serde_json::to_string(&status)?);
                } else {
                    print!("{}", output::status_text(dept, &status, lang));
                }
            }
            QueueAction::CallNext { code, json } => {
                hospital
                    .department(&code)
                    .ok_or_else(|| unknown_department(&hospital, &code))?;
                let called = store.write(|dao| queue::call_next(dao, &code, now()))?;
                match (called, json) {
                    (Some(t), true) => println!("{}", serde_json::to_string(&t)?),
                    (None, true) => println!("null"),
                    (Some(t), false) => println!("Now calling {}", t.label),
                    (None, false) => println!("Nobody is waiting for {code}."),
                }
            }
            QueueAction::Done { code, ticket } => {
                let t = store.write(|dao| queue::finish(dao, &code, &ticket, false, now()))?;
                println!("{} marked as seen.", t.label);
            }
            QueueAction::NoShow { code, ticket } => {
                let t = store.write(|dao| queue::finish(dao, &code, &ticket, true, now()))?;
                println!("{} marked as a no-show.", t.label);
            }
        },
    }
    Ok(())
}

/// Writes through a temporary file beside `path`, so a failure never leaves
/// half a file under the real name.
fn write_atomically(
    path: &std::path::Path,
    write: impl FnOnce(&mut dyn std::io::Write) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let tmp = path.with_extension("partial");
    let file =
        std::fs::File::create(&tmp).with_context(|| format!("cannot write {}", path.display()))?;
    let mut buffered = std::io::BufWriter::new(file);
    let result = write(&mut buffered).and_then(|()| Ok(std::io::Write::flush(&mut buffered)?));
    drop(buffered);
    match result {
        Ok(()) => {
            std::fs::rename(&tmp, path).with_context(|| format!("cannot write {}", path.display()))
        }
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            Err(e)
        }
    }
}

fn stats(store: &Store, action: StatsAction) -> anyhow::Result<()> {
    use crate::stats::{self, Format, Period};
    match action {
        StatsAction::Export {
            from,
            to,
            format,
            out,
            bom,
        } => {
            let today = chrono::Local::now().date_naive();
            let everything = Period::everything(store, to.unwrap_or(today))?;
            let period = Period::new(from.unwrap_or(everything.from), everything.to)?;
            let (from, to) = (period.from, period.to);
            let format = match format {
                StatsFormat::Csv => Format::Csv,
                StatsFormat::Json => Format::Json,
            };
            let mut n = 0;
            write_atomically(&out, |w| {
                n = stats::export(store, period, format, bom, w)?;
                Ok(())
            })?;
            println!(
                "{n} events from {from} to {to} written to {}.",
                out.display()
            );
        }
        StatsAction::Report { from, to, out } => {
            let to = to.unwrap_or_else(|| now().date());
            let from = from.unwrap_or(to - chrono::Duration::days(30));
            let html = stats::report_html(store, Period::new(from, to)?)?;
            write_atomically(&out, |w| Ok(w.write_all(html.as_bytes())?))?;
            println!("Report for {from} to {to} written to {}.", out.display());
        }
    }
    Ok(())
}

fn staff(store: &Store, action: StaffAction) -> anyhow::Result<()> {
    use crate::staff::{self, Channel};
    match action {
        StaffAction::Export { file } => {
            let text = staff::export_departments(store)?;
            std::fs::write(&file, text)
                .with_context(|| format!("cannot write {}", file.display()))?;
            println!("Departments written to {}.", file.display());
        }
        StaffAction::Import { file, dry_run } => {
            let size = std::fs::metadata(&file)
                .with_context(|| format!("cannot read {}", file.display()))?
                .len();
            if size > staff::MAX_IMPORT_BYTES as u64 {
                return Err(staff::StaffError::TooLarge(size as usize).into());
            }
            let text = std::fs::read_to_string(&file)
                .with_context(|| format!("cannot read {} (is it UTF-8 text?)", file.display()))?;
            let name = file.display().to_string();
            let changes =
                staff::import_departments(store, &text, &name, Channel::Cli, now(), dry_run)?;
            for c in &changes {
                println!("{c}");
            }
            match (changes.is_empty(), dry_run) {
                (true, _) => println!("No changes."),
                (false, true) => println!(
                    "{} change(s) would be made; nothing was changed (dry run).",
                    changes.len()
                ),
                (false, false) => println!(
                    "{} change(s) applied and logged; `banzhen staff undo` reverts them.",
                    changes.len()
                ),
            }
        }
        StaffAction::SetPin => {
            eprintln!("New staff PIN (4 to 8 digits), then Enter:");
            let mut line = String::new();
            std::io::stdin()
                .read_line(&mut line)
                .context("cannot read the PIN")?;
            staff::pin::set_pin(store, line.trim(), now())?;
            println!("The staff PIN is set.");
        }
        StaffAction::Undo => {
            let (entry, changes) = staff::undo(store, Channel::Cli, now())?;
            println!(
                "Undid change {} ({}, {}):",
                entry.id, entry.action, entry.at
            );
            for c in &changes {
                println!("{c}");
            }
        }
        StaffAction::Log { limit } => {
            for e in staff::audit_log(store, limit)? {
                let undone = e
                    .undone_by
                    .map(|u| format!(" (undone by {u})"))
                    .unwrap_or_default();
                println!(
                    "{} {} [{}] {}{undone}\n  {}",
                    e.id,
                    e.at,
                    e.channel,
                    e.action,
                    e.summary.replace('\n', "\n  ")
                );
            }
        }
    }
    Ok(())
}

fn unknown_department(h: &Hospital, code: &str) -> anyhow::Error {
    let codes: Vec<&str> = h.departments.iter().map(|d| d.code.as_str()).collect();
    anyhow!(
        "there is no department with code {code:?}; the codes are {}",
        codes.join(", ")
    )
}

/// A department code or a place id, as a name and a location.
pub fn resolve_target(
    h: &Hospital,
    target: &str,
) -> anyhow::Result<(Text, crate::hospital::Location)> {
    if let Some(d) = h.department(target.trim()) {
        return Ok((d.name.clone(), d.location.clone()));
    }
    if let Ok(kind) = target.parse::<PlaceKind>() {
        if let Some(p) = h.places_of(kind).first() {
            return Ok((p.name.clone(), p.location.clone()));
        }
    }
    let ids: Vec<&str> = PlaceKind::ALL.iter().map(|k| k.id()).collect();
    bail!(
        "{target:?} is neither a department code (like 03.04) nor a place ({})",
        ids.join(", ")
    )
}
