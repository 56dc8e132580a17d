//! The synchronous core of the kiosk's worker: one event through the
//! session, then the screen to draw. The runtime runs it on the worker
//! thread; the UI tests and the screenshots call it directly. A bug inside
//! a visit alerts staff and starts a fresh session instead of stranding the
//! patient.

use super::session::{Session, ShellError};
use crate::ui::view::{department_on_screen, view, ViewContext, ViewModel};
use crate::workflow::{Event, Millis};
use chrono::NaiveDateTime;
use std::sync::Arc;

pub struct Controller {
    session: Session,
    /// The languages speech was last reported ready in, replayed into a
    /// session rebuilt after a bug.
    speech_langs: Vec<crate::lang::Lang>,
}

/// Builds a fresh session (after a bug left the old one unusable).
pub type FreshSession<'a> = &'a mut dyn FnMut() -> Result<Session, ShellError>;

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

    /// Re-reads the hospital after its data changed underneath (a hub's update).
    pub fn reload(&mut self, now: Millis, wall: NaiveDateTime) -> Result<(), ShellError> {
        self.session.reload(now, wall)
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
    ) -> Result<ViewModel, ShellError> {
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
        let queue =
            department_on_screen(kiosk).and_then(|code| self.session.queue_status(&code, wall));
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
