//! Running the kiosk: Slint owns the main thread; a worker thread owns the
//! session (SQLite, triage, queue) and the idle clock, so the screen never
//! waits on the database. The [`Controller`] is the synchronous core of the
//! worker, also used directly by the UI tests and the screenshots.

use super::bind;
use super::generated::AppWindow;
use super::view::{department_on_screen, view, ViewContext, ViewModel};
use crate::shell::{Session, Silent};
use crate::store::Store;
use crate::workflow::{Event, Millis};
use chrono::NaiveDateTime;
use slint::ComponentHandle;
use std::rc::Rc;
use std::sync::mpsc;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How often a screen with a live queue is refreshed while nobody touches it.
const REFRESH: Duration = Duration::from_secs(10);

pub struct Controller {
    session: Session,
    /// The languages speech was last reported ready in, replayed into a
    /// session rebuilt after a bug.
    speech_langs: Vec<crate::lang::Lang>,
}

/// Builds a fresh session (after a bug left the old one unusable).
pub type FreshSession<'a> = &'a mut dyn FnMut() -> Result<Session, crate::shell::ShellError>;

impl Controller {
    pub fn new(session: Session) -> Controller {
        Controller {
            session,
            speech_langs: Vec::new(),
        }
    }

    pub fn session(&self) -> &Session {
        &self.session
    }

    /// Feeds an event through the workflow and returns the screen to draw.
    pub fn handle(&mut self, event: Event, now: Millis, wall: NaiveDateTime) -> ViewModel {
        if let Event::SpeechReady(langs) = &event {
            self.speech_langs = langs.clone();
        }
        self.session.dispatch(event, now, wall);
        self.view(wall)
    }

    /// Like [`handle`](Self::handle), but a panic (a bug) does not strand the
    /// patient: staff are alerted, the session is rebuilt with `fresh`, and
    /// the welcome screen comes back. Only a failure to rebuild is an error,
    /// and then the kiosk stops so its service manager restarts it.
    pub fn handle_guarded(
        &mut self,
        event: Event,
        now: Millis,
        wall: NaiveDateTime,
        fresh: FreshSession,
    ) -> Result<ViewModel, crate::shell::ShellError> {
        let store = Arc::clone(self.session.store());
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            self.handle(event, now, wall)
        }));
        match outcome {
            Ok(vm) => Ok(vm),
            Err(_) => {
                // The panic message went to the log through the panic hook;
                // it holds the kiosk's own words, never a patient's.
                tracing::error!("a bug interrupted a visit; the screen was reset");
                let _ = store.write(|dao| {
                    dao.raise_alert(
                        wall,
                        "system",
                        "The kiosk met an internal error during a visit and went back to the welcome screen. Please check on the patient.",
                    )
                });
                self.session = fresh()?;
                let langs = self.speech_langs.clone();
                if !langs.is_empty() {
                    self.session.dispatch(Event::SpeechReady(langs), now, wall);
                }
                Ok(self.view(wall))
            }
        }
    }

    pub fn view(&self, wall: NaiveDateTime) -> ViewModel {
        let kiosk = self.session.kiosk();
        let queue = department_on_screen(kiosk).and_then(|code| {
            self.session
                .store()
                .read(|dao| crate::queue::status(dao, &code, wall))
                .ok()
        });
        let rules = self.session.triage().rules();
        let alerts = match &kiosk.screen {
            crate::workflow::Screen::Staff(_) => self
                .session
                .store()
                .read(|dao| dao.open_alerts())
                .unwrap_or_default(),
            _ => Vec::new(),
        };
        view(
            kiosk,
            &ViewContext {
                alerts: &alerts,
                hospital: self.session.hospital(),
                rules,
                queue: queue.as_ref(),
                now: wall,
            },
        )
    }

    pub fn next_deadline(&self) -> Option<Millis> {
        self.session.next_deadline()
    }
}

fn wall() -> NaiveDateTime {
    chrono::Local::now().naive_local()
}

/// Reads each new screen aloud with espeak-ng, in the patient's language;
/// a new screen interrupts the last one.
pub struct ScreenReader {
    voice: crate::speech::tts::Voice,
    muted: bool,
}

impl ScreenReader {
    pub fn new() -> ScreenReader {
        ScreenReader {
            voice: crate::speech::tts::Voice::new(),
            muted: false,
        }
    }

    /// A reader whose speaking the listener can see through `quiet`.
    pub fn sharing(quiet: &crate::speech::tts::Quiet) -> ScreenReader {
        ScreenReader {
            voice: crate::speech::tts::Voice::sharing(quiet),
            muted: false,
        }
    }
}

impl Default for ScreenReader {
    fn default() -> Self {
        Self::new()
    }
}

impl crate::shell::Speaker for ScreenReader {
    fn read_screen(
        &mut self,
        kiosk: &crate::workflow::Kiosk,
        hospital: &crate::hospital::Hospital,
        rules: &crate::triage::RuleSet,
    ) {
        if self.muted || matches!(kiosk.screen, crate::workflow::Screen::Staff(_)) {
            // Staff screens (a PIN!) are never read out in a public hall.
            self.voice.stop();
            return;
        }
        let vm = view(
            kiosk,
            &ViewContext {
                alerts: &[],
                hospital,
                rules,
                queue: None,
                now: wall(),
            },
        );
        if let Err(e) = self.voice.say(&super::spoken::text_for(&vm), kiosk.lang) {
            tracing::warn!("could not speak: {e}");
        }
    }

    fn stop(&mut self) {
        self.voice.stop();
    }

    fn set_muted(&mut self, muted: bool) {
        self.muted = muted;
        if muted {
            self.voice.stop();
        }
    }

    fn set_slow(&mut self, slow: bool) {
        self.voice.rate = if slow {
            crate::speech::tts::SLOW_RATE
        } else {
            crate::speech::tts::DEFAULT_RATE
        };
    }
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

/// Days of individual usage events kept: `BANZHEN_RETENTION_DAYS`, default
/// 365. Older ones survive as daily totals.
pub fn retention_days() -> u32 {
    std::env::var("BANZHEN_RETENTION_DAYS")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|d| *d > 0)
        .unwrap_or(365)
}

/// Window options from the command line.
pub struct WindowOptions {
    /// Logical size; None means full screen.
    pub size: Option<(u32, u32)>,
    /// Where daily backups go; None takes none.
    pub backups: Option<std::path::PathBuf>,
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
    match options.size {
        Some((w, h)) => app
            .window()
            .set_size(slint::LogicalSize::new(w as f32, h as f32)),
        None => app.window().set_fullscreen(true),
    }
    let backups = options.backups.clone();
    let retention = retention_days();
    let speech = crate::speech::tts::Engine::from_env().available();
    if !speech {
        tracing::warn!("the kiosk's voice cannot run (espeak-ng, or the command in BANZHEN_VOICE_COMMAND): screens are not read aloud (Debian: apt-get install espeak-ng)");
    }
    app.global::<super::generated::Nav>().set_read_ready(speech);
    // Once a day: a backup, then old usage events folded into daily totals.
    let backup = move |store: &Store| {
        if let Some(dir) = &backups {
            match store.daily_backup(dir, wall().date()) {
                Ok(Some(_)) => {
                    if let Err(e) = crate::stats::roll_up(store, retention, wall().date()) {
                        let _ = store.write(|dao| {
                            dao.raise_alert(
                                wall(),
                                "system",
                                &format!("Rolling up old usage events failed: {e}"),
                            )
                        });
                    }
                }
                Ok(None) => {}
                Err(e) => {
                    let _ = store.write(|dao| {
                        dao.raise_alert(wall(), "system", &format!("The daily backup failed: {e}"))
                    });
                }
            }
        }
    };
    backup(&store);
    let (tx, rx) = mpsc::channel::<Event>();
    let quiet = crate::speech::tts::Quiet::default();
    let ears = start_ears(&store, quiet.clone(), tx.clone())?;
    let mut fresh_session = {
        let store = store.clone();
        move || -> Result<Session, crate::shell::ShellError> {
            let speaker: Box<dyn crate::shell::Speaker> = if speech {
                Box::new(ScreenReader::sharing(&quiet))
            } else {
                Box::new(Silent)
            };
            Ok(Session::new(store.clone(), speaker)?.with_ears(Box::new(ears.clone())))
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
    app.run()?;
    drop(app);
    worker
        .join()
        .map_err(|_| anyhow::anyhow!("the kiosk worker stopped with a panic"))?;
    Ok(())
}
