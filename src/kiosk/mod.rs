//! The kiosk at run time: Slint owns the main thread and draws; one worker
//! thread owns the session (SQLite, triage, queue numbers, the idle clock)
//! so the screen never waits on the database; the speech thread owns
//! Whisper. The worker also runs the daily upkeep. `ui` only turns view
//! models into Slint properties and taps into events; everything that
//! performs an effect lives here.

mod controller;
mod reader;
mod session;
pub mod syncer;
pub mod upkeep;
pub mod window;

pub use controller::{Controller, FreshSession};
pub use reader::ScreenReader;
pub use session::{Session, ShellError, Silent, Speaker};
pub use upkeep::retention_days;
pub use window::Placement;

use crate::store::Store;
use crate::ui::bind;
use crate::ui::generated::{AppWindow, Nav, Theme};
use crate::workflow::{Event, Millis};
use chrono::NaiveDateTime;
use slint::ComponentHandle;
use std::rc::Rc;
use std::sync::mpsc;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How often a screen with a live queue is refreshed while nobody touches it.
const REFRESH: Duration = Duration::from_secs(10);

fn wall() -> NaiveDateTime {
    chrono::Local::now().naive_local()
}

/// Window options from the command line.
pub struct WindowOptions {
    pub placement: Placement,
    /// No mouse pointer over the screen (a touch kiosk).
    pub hide_cursor: bool,
    /// No fades or pulses (for patients who find motion hard).
    pub reduce_motion: bool,
    /// Where daily backups go; None takes none.
    pub backups: Option<std::path::PathBuf>,
}

/// Starts the speech thread with the installed models and the microphone.
/// Without either, speech input stays off, touch works, and staff get one
/// alert saying why and what to do.
fn start_ears(
    store: &Arc<Store>,
    quiet: crate::speech::tts::Quiet,
    events: mpsc::Sender<Event>,
) -> anyhow::Result<crate::speech::worker::SpeechWorker> {
    let models = crate::speech::models::default_dir();
    let alerts = Arc::clone(store);
    let report = Box::new(move |r: crate::speech::worker::Readiness| {
        if let crate::speech::worker::Readiness::Off { why, fix } = r {
            let message = format!(
                "Speech input is off: {}. Patients can still use the touch screen. To turn it on, {fix}.",
                why.trim_end_matches('.')
            );
            tracing::warn!("{message}");
            let _ = alerts.write(|dao| dao.raise_alert(wall(), "system", &message));
        }
    });
    let open: crate::speech::worker::OpenSource = Box::new(|| {
        crate::speech::capture::Microphone::open()
            .map(|m| Box::new(m) as Box<dyn crate::speech::capture::AudioSource>)
    });
    Ok(crate::speech::worker::spawn(
        models, open, quiet, events, report,
    )?)
}

/// Runs the kiosk until the window is closed.
pub fn run(store: Arc<Store>, options: WindowOptions) -> anyhow::Result<()> {
    let started = Instant::now();
    // Slint's software renderer on winit: it needs no GPU or OpenGL driver, so
    // it works on a plain VM, and uses a fifth of femtovg's memory.
    // SLINT_BACKEND overrides it (e.g. `winit-femtovg`).
    if std::env::var_os("SLINT_BACKEND").is_none() {
        slint::BackendSelector::new()
            .backend_name("winit".into())
            .renderer_name("software".into())
            .select()?;
    }
    let app = AppWindow::new()?;
    window::place(app.window(), options.placement);
    app.global::<Theme>().set_motion(!options.reduce_motion);
    let mut upkeep = upkeep::Upkeep::new(options.backups.clone(), retention_days());
    let speech = crate::speech::tts::Engine::from_env().available();
    if !speech {
        tracing::warn!("the kiosk's voice cannot run (espeak-ng, or the command in BANZHEN_VOICE_COMMAND): screens are not read aloud (Debian: apt-get install espeak-ng)");
    }
    app.global::<Nav>().set_read_ready(speech);
    upkeep.run_if_due(&store, wall());
    let (tx, rx) = mpsc::channel::<Event>();
    let quiet = crate::speech::tts::Quiet::default();
    let ears = start_ears(&store, quiet.clone(), tx.clone())?;
    let hub = crate::sync::HubLink::load(&store)?.map(Arc::new);
    let hub_changed = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let _syncer = match &hub {
        Some(link) => {
            tracing::info!("joined the hub at {} as {}", link.url(), link.kiosk_name());
            Some(syncer::Syncer::start(
                Arc::clone(link),
                Arc::clone(&store),
                Arc::clone(&hub_changed),
            )?)
        }
        None => None,
    };
    let mut fresh_session = {
        let store = store.clone();
        move || -> Result<Session, ShellError> {
            let speaker: Box<dyn Speaker> = if speech {
                Box::new(ScreenReader::sharing(&quiet))
            } else {
                Box::new(Silent)
            };
            Ok(Session::new(store.clone(), speaker)?
                .with_ears(Box::new(ears.clone()))
                .with_hub(hub.clone()))
        }
    };
    let mut controller = Controller::new(fresh_session()?);
    bind::apply(&app, &controller.view(wall()));

    let weak = app.as_weak();
    let worker = std::thread::Builder::new()
        .name("kiosk-worker".into())
        .spawn(move || {
            let now = || started.elapsed().as_millis() as Millis;
            loop {
                upkeep.run_if_due(controller.session().store(), wall());
                if hub_changed.swap(false, std::sync::atomic::Ordering::Relaxed) {
                    if let Err(e) = controller.reload(now(), wall()) {
                        tracing::error!("department changes from the hub could not be read: {e}");
                    }
                }
                let until_deadline = controller
                    .next_deadline()
                    .map(|d| Duration::from_millis(d.saturating_sub(now())));
                let wait = until_deadline.map_or(REFRESH, |d| d.min(REFRESH));
                let event = match rx.recv_timeout(wait) {
                    Ok(event) => Some(event),
                    Err(mpsc::RecvTimeoutError::Timeout) => controller
                        .next_deadline()
                        .is_some_and(|d| d <= now())
                        .then_some(Event::Tick),
                    Err(mpsc::RecvTimeoutError::Disconnected) => break,
                };
                let vm = match event {
                    None => controller.view(wall()),
                    Some(event) => {
                        match controller.handle_guarded(event, now(), wall(), &mut fresh_session) {
                            Ok(vm) => vm,
                            Err(e) => {
                                tracing::error!("the kiosk could not recover: {e}");
                                break;
                            }
                        }
                    }
                };
                let weak = weak.clone();
                if slint::invoke_from_event_loop(move || {
                    if let Some(app) = weak.upgrade() {
                        bind::apply(&app, &vm);
                    }
                })
                .is_err()
                {
                    break;
                }
            }
        })?;
    bind::connect(
        &app,
        Rc::new(move |event| {
            // The worker only stops after the window closes, so a send cannot fail while taps arrive.
            let _ = tx.send(event);
        }),
    );
    window::settle(app.as_weak(), options.placement, options.hide_cursor);
    app.run()?;
    drop(app);
    worker
        .join()
        .map_err(|_| anyhow::anyhow!("the kiosk worker stopped with a panic"))?;
    Ok(())
}
