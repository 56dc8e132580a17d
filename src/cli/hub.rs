//! `banzhen hub …`: run the hub and look after its database from the
//! command line. Errors come back as sentences for the person at the
//! terminal; nothing here needs the kiosk's SQLite file.

use super::args::HubAction;
use crate::hospital::load::Sources;
use crate::hub::{self, store};
use anyhow::{anyhow, Context};
use chrono::Local;

pub fn command(database: Option<String>, action: HubAction) -> anyhow::Result<()> {
    let url = database
        .or_else(|| std::env::var("BANZHEN_HUB_DATABASE").ok())
        .ok_or_else(|| {
            anyhow!("which database? Give --database postgres://… or set BANZHEN_HUB_DATABASE (scripts/hub.sh prints one)")
        })?;
    if let HubAction::Serve {
        listen,
        kiosk_rate,
        tls_cert,
        tls_key,
    } = action
    {
        let tls = tls_cert.as_deref().zip(tls_key.as_deref());
        return Ok(hub::run(&url, listen, kiosk_rate, tls)?);
    }
    let rt = hub::runtime()?;
    rt.block_on(async {
        let pool = hub::connect(&url).await?;
        let today = Local::now().date_naive();
        match action {
            HubAction::Serve { .. } => unreachable!("served above"),
            HubAction::Migrate => {
                println!(
                    "The hub database is at schema version {}.",
                    hub::schema::MIGRATIONS.len()
                );
            }
            HubAction::Load { data } => {
                let sources = match data {
                    Some(dir) => Sources::read_dir(&dir)?,
                    None => Sources::demo(),
                };
                let (hospital, changed) = store::load_hospital(&pool, &sources).await?;
                println!(
                    "{}: {} departments, {changed} added or changed.",
                    hospital.name.en,
                    hospital.departments.len()
                );
            }
            HubAction::KioskAdd { name } => {
                let (letter, token) = store::add_kiosk(&pool, "cli", &name).await?;
                println!("Kiosk {name} added; numbers it issues offline carry the letter {letter}.");
                println!("Join it to this hub on the kiosk with: banzhen join http://THIS-HUB:8470 TOKEN");
                println!("Its token (shown only now):\n{token}");
            }
            HubAction::KioskRevoke { name } => {
                store::revoke_kiosk(&pool, "cli", &name).await?;
                println!("Kiosk {name}'s token is revoked.");
            }
            HubAction::CallNext { code } => {
                let desk = store::StaffUser {
                    id: 0,
                    username: "cli".into(),
                    role: store::Role::Admin,
                    departments: Vec::new(),
                    csrf: String::new(),
                };
                match store::act(&pool, &desk, &code, today, &store::DeskAction::Next)
                    .await?
                    .called
                {
                    Some(label) => println!("Calling {label} ({code})."),
                    None => println!("Nobody is waiting for {code}."),
                }
            }
            HubAction::StaffAdd {
                username,
                role,
                departments,
            } => {
                let role = store::Role::parse(&role)
                    .ok_or_else(|| anyhow!("role is nurse, manager or admin, not {role:?}"))?;
                let password = match std::env::var("BANZHEN_STAFF_PASSWORD") {
                    Ok(p) => p,
                    Err(_) => store::new_secret()?[..16].to_string(),
                };
                let departments: Vec<String> = departments
                    .split(',')
                    .map(str::trim)
                    .filter(|d| !d.is_empty())
                    .map(str::to_string)
                    .collect();
                store::set_account(&pool, "cli", &username, &password, role, &departments).await?;
                println!("Account {username} ({}) is ready. Password: {password}", role.as_str());
            }
            HubAction::Queue { code } => {
                let q = store::queue(&pool, &code, today).await?;
                println!(
                    "{code} on {}: {} waiting, now serving {}, last issued {}, about {} min for a new number.",
                    q.day,
                    q.waiting,
                    q.now_serving.as_deref().unwrap_or("nobody"),
                    q.last_issued.as_deref().unwrap_or("none"),
                    q.estimated_wait_minutes
                );
            }
        }
        Ok::<(), anyhow::Error>(())
    })
    .context("hub")
}
