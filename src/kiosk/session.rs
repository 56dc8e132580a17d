//! The imperative shell around the workflow: it keeps the current state,
//! performs the effects the workflow asks for (triage, queue numbers, usage
//! events, staff alerts, speech) and feeds the answers back as events. This
//! one runs everything on the caller's thread; the GUI runs it on a worker.

use crate::hospital::Hospital;
use crate::lang::{Lang, Text};
use crate::queue::{self, QueueError};
use crate::speech::intent::PromptContext;
use crate::speech::listen::Understanding;
use crate::speech::worker::{Deaf, Ears};
use crate::store::usage::{Channel, UsageRecord};
use crate::store::{Store, StoreError};
use crate::triage::{Query, Triage};
use crate::workflow::{self, Catalog, Effect, Event, Kiosk, Millis, StaffAlert, UsageKind, Via};
use chrono::NaiveDateTime;
use std::collections::VecDeque;
use std::hash::{BuildHasher, Hasher};
use std::sync::Arc;

/// Reads screens aloud (`crate::kiosk::ScreenReader` with espeak-ng), or
/// not at all ([`Silent`]: muted, or no voice installed).
pub trait Speaker: Send {
    fn read_screen(&mut self, kiosk: &Kiosk, hospital: &Hospital, rules: &crate::triage::RuleSet);
    fn stop(&mut self);
    /// Staff turned the voice off (or on again).
    fn set_muted(&mut self, _muted: bool) {}
    /// The patient asked for slower speech (or the visit ended).
    fn set_slow(&mut self, _slow: bool) {}
}

/// No speech output (muted, or no voice installed).
pub struct Silent;

impl Speaker for Silent {
    fn read_screen(&mut self, _: &Kiosk, _: &Hospital, _: &crate::triage::RuleSet) {}
    fn stop(&mut self) {}
}

#[derive(Debug, thiserror::Error)]
pub enum ShellError {
    #[error(transparent)]
    Store(#[from] StoreError),
}

pub struct Session {
    store: Arc<Store>,
    hospital: Arc<Hospital>,
    triage: Arc<Triage>,
    kiosk: Kiosk,
    visit_number: u32,
    speaker: Box<dyn Speaker>,
    ears: Box<dyn Ears>,
    /// The hub this kiosk takes numbers from, when it joined one.
    hub: Option<Arc<crate::sync::HubLink>>,
    /// What spoken words are checked against; rebuilt with the hospital.
    understanding: Option<Understanding>,
    /// Problems met while performing effects that did not stop the visit
    /// (a full disk while recording statistics, say), for the staff log.
    pub warnings: Vec<String>,
}

impl Session {
    pub fn new(store: Arc<Store>, mut speaker: Box<dyn Speaker>) -> Result<Session, ShellError> {
        let (hospital, triage, catalog) = load(&store)?;
        let mut kiosk = Kiosk::new(catalog, crate::lang::Lang::Zh);
        // An unreadable setting leaves the voice on: speaking is the safer default.
        kiosk.voice_muted = crate::staff::voice_muted(&store).unwrap_or(false);
        speaker.set_muted(kiosk.voice_muted);
        let mut session = Session {
            store,
            hospital,
            triage,
            kiosk,
            visit_number: 0,
            speaker,
            ears: Box::new(Deaf),
            hub: None,
            understanding: None,
            warnings: Vec::new(),
        };
        session.understanding = session.build_understanding();
        Ok(session)
    }

    /// Gives the session a way to listen; speech input stays off until the
    /// ears report the languages they understand (`Event::SpeechReady`).
    pub fn with_ears(mut self, ears: Box<dyn Ears>) -> Session {
        self.ears = ears;
        self
    }

    /// Takes numbers from a hub (offline from the kiosk's own series when it is out of reach).
    pub fn with_hub(mut self, hub: Option<Arc<crate::sync::HubLink>>) -> Session {
        self.hub = hub;
        self
    }

    /// The live queue of `code`: the hub's when joined and recently heard
    /// from, else this kiosk's own.
    pub fn queue_status(&self, code: &str, wall: NaiveDateTime) -> Option<queue::QueueStatus> {
        match &self.hub {
            Some(hub) => hub.queue(code),
            None => self.store.read(|dao| queue::status(dao, code, wall)).ok(),
        }
    }

    fn build_understanding(&mut self) -> Option<Understanding> {
        match Understanding::new(&self.hospital, Arc::clone(&self.triage)) {
            Ok(u) => Some(u),
            Err(e) => {
                self.warn(format!(
                    "speech vocabulary unreadable, speech input is off: {e}"
                ));
                None
            }
        }
    }

    /// The recogniser's prompt for the screen on show: "yes, no" for a
    /// question, the names on a page of departments, else the general one.
    fn prompt_context(&self) -> PromptContext {
        use crate::workflow::Screen;
        match &self.kiosk.screen {
            Screen::Confirm { .. } | Screen::RedFlagQuestion { .. } | Screen::Problem { .. } => {
                PromptContext::YesNo
            }
            Screen::DepartmentList { page } => PromptContext::Choices(
                self.hospital
                    .departments
                    .iter()
                    .skip(page * workflow::CHOICES_PER_PAGE)
                    .take(workflow::CHOICES_PER_PAGE)
                    .map(|d| d.name.get(self.kiosk.lang).to_string())
                    .collect(),
            ),
            _ => PromptContext::General,
        }
    }

    pub fn kiosk(&self) -> &Kiosk {
        &self.kiosk
    }

    pub fn hospital(&self) -> &Arc<Hospital> {
        &self.hospital
    }

    pub fn triage(&self) -> &Arc<Triage> {
        &self.triage
    }

    pub fn store(&self) -> &Arc<Store> {
        &self.store
    }

    pub fn next_deadline(&self) -> Option<Millis> {
        workflow::next_deadline(&self.kiosk)
    }

    /// Re-reads the hospital and rules after staff changed them.
    pub fn reload(&mut self, now: Millis, wall: NaiveDateTime) -> Result<(), ShellError> {
        let (hospital, triage, catalog) = load(&self.store)?;
        self.hospital = hospital;
        self.triage = triage;
        self.understanding = self.build_understanding();
        self.dispatch(Event::CatalogChanged(catalog), now, wall);
        Ok(())
    }

    /// Feeds one event through the workflow and performs every effect,
    /// including the events those effects produce, until nothing is left.
    pub fn dispatch(&mut self, event: Event, now: Millis, wall: NaiveDateTime) {
        if let (Event::SpeechReady(langs), Some(hub)) = (&event, &self.hub) {
            // The hub's fleet page shows which kiosks can listen.
            hub.set_speech(!langs.is_empty());
        }
        let mut queue = VecDeque::from([event]);
        while let Some(event) = queue.pop_front() {
            let placeholder = Kiosk::new(Arc::clone(&self.kiosk.catalog), self.kiosk.lang);
            let kiosk = std::mem::replace(&mut self.kiosk, placeholder);
            let (kiosk, effects) = workflow::handle(kiosk, event, now);
            self.kiosk = kiosk;
            for effect in effects {
                queue.extend(self.perform(effect, wall));
            }
        }
    }

    fn perform(&mut self, effect: Effect, wall: NaiveDateTime) -> Vec<Event> {
        match effect {
            Effect::ReadScreen => {
                self.speaker
                    .read_screen(&self.kiosk, &self.hospital, self.triage.rules());
                Vec::new()
            }
            Effect::StopSpeaking => {
                self.speaker.stop();
                Vec::new()
            }
            Effect::RunTriage { request, query } => vec![self.run_triage(request, &query)],
            Effect::IssueTicket {
                request,
                department,
            } => vec![self.issue(request, &department, wall)],
            Effect::AlertStaff(kind) => {
                let (kind, message) = match kind {
                    StaffAlert::Help => ("help", "A patient at the kiosk asked for help."),
                    StaffAlert::Emergency => (
                        "emergency",
                        "The kiosk sent a patient to the emergency department.",
                    ),
                };
                // Staff also see it in the log, should the alert table be unwritable.
                tracing::info!(kind, "{message}");
                if let Err(e) = self.store.write(|dao| dao.raise_alert(wall, kind, message)) {
                    self.warn(format!("could not record a staff alert: {e}"));
                }
                Vec::new()
            }
            Effect::VisitStarted => {
                self.visit_number = random_visit_number();
                Vec::new()
            }
            Effect::CheckPin { request, pin } => {
                let result = match crate::staff::pin::check_pin(&self.store, &pin.0, wall) {
                    Ok(crate::staff::pin::PinCheck::Accepted) => workflow::PinResult::Accepted,
                    Ok(crate::staff::pin::PinCheck::Wrong { attempts_left }) => {
                        workflow::PinResult::Wrong { attempts_left }
                    }
                    Ok(crate::staff::pin::PinCheck::Locked { until }) => {
                        workflow::PinResult::Locked {
                            minutes: (until - wall).num_minutes().max(1),
                        }
                    }
                    Ok(crate::staff::pin::PinCheck::NotSet) => workflow::PinResult::NotSet,
                    Err(e) => {
                        self.warn(format!("could not check the staff PIN: {e}"));
                        workflow::PinResult::Wrong { attempts_left: 0 }
                    }
                };
                vec![Event::PinChecked { request, result }]
            }
            Effect::Staff { request, change } => {
                let voice = matches!(change, workflow::StaffChange::SetVoice { .. });
                let message = match crate::staff::kiosk_change(&self.store, &change, wall) {
                    Ok(message) => message,
                    Err(e) => Text::new(format!("没有保存：{e}"), format!("Not saved: {e}")),
                };
                // The workflow learns of the new data and setting through its
                // own events, so patients see the change at once.
                let mut events = Vec::new();
                if let Ok((hospital, triage, catalog)) = load(&self.store) {
                    self.hospital = hospital;
                    self.triage = triage;
                    self.understanding = self.build_understanding();
                    events.push(Event::CatalogChanged(catalog));
                }
                if voice {
                    let muted = crate::staff::voice_muted(&self.store).unwrap_or(false);
                    self.speaker.set_muted(muted);
                    events.push(Event::VoiceMuted(muted));
                }
                events.push(Event::StaffDone { request, message });
                events
            }
            Effect::Record { usage, via } => {
                self.record(usage, via, wall);
                Vec::new()
            }
            Effect::Listen { request, lang } => match self.understanding.clone() {
                Some(u) => {
                    let context = self.prompt_context();
                    self.ears.listen(request, lang, context, u);
                    Vec::new()
                }
                None => vec![Event::ListenDone {
                    request,
                    outcome: workflow::ListenOutcome::Failed,
                }],
            },
            Effect::StopListening => {
                self.ears.stop();
                Vec::new()
            }
            Effect::SpeechRate { slow } => {
                self.speaker.set_slow(slow);
                Vec::new()
            }
        }
    }

    /// A problem that did not stop the visit: kept for staff and logged.
    /// Messages are the kiosk's own sentences, never a patient's words.
    fn warn(&mut self, message: String) {
        tracing::warn!("{message}");
        self.warnings.push(message);
    }

    fn run_triage(&self, request: u64, query: &Query) -> Event {
        match self.triage.assess(query) {
            Ok(assessment) => Event::TriageDone {
                request,
                assessment,
            },
            Err(_) => Event::TriageFailed { request },
        }
    }

    fn issue(&mut self, request: u64, code: &str, wall: NaiveDateTime) -> Event {
        // A clone of the Arc, so the department can be read while warnings are written.
        let hospital = Arc::clone(&self.hospital);
        let dept = hospital.department(code);
        let name = dept
            .map(|d| d.name.clone())
            .unwrap_or_else(|| Text::new(code, code));
        if let Some(d) = dept.filter(|d| d.finished_for_today(wall)) {
            // Nobody would call the number today; an evening patient must not
            // wait at a closed door holding it.
            return Event::TicketRefused {
                request,
                reason: finished_for_today(d),
            };
        }
        if let Some(hub) = self.hub.clone() {
            return match hub.take(&self.store, code, wall) {
                Ok(taken) => Event::TicketIssued {
                    request,
                    issued: taken.issued,
                },
                Err(e) => {
                    self.warn(format!("the hub refused a number for {code}: {e}"));
                    Event::TicketRefused {
                        request,
                        reason: Text::new(
                            format!("{}现在不取号。请到导诊台咨询。", name.zh),
                            format!(
                                "{} is not taking numbers now. Please ask at the information desk.",
                                name.en
                            ),
                        ),
                    }
                }
            };
        }
        match queue::take(&self.store, code, wall) {
            Ok(issued) => Event::TicketIssued { request, issued },
            Err(e) => {
                let reason = match e {
                    QueueError::NotTaking { status, .. } => {
                        let note = dept.map(|d| d.status_note.clone()).unwrap_or_default();
                        let tail = if note.is_empty() {
                            String::new()
                        } else {
                            format!(" ({note})")
                        };
                        Text::new(
                            format!(
                                "{}{}{tail}。请到导诊台咨询。",
                                name.zh,
                                status.describe(Lang::Zh)
                            ),
                            format!(
                                "{}: {}{tail}. Please ask at the information desk.",
                                name.en,
                                status.describe(Lang::En)
                            ),
                        )
                    }
                    other => {
                        self.warn(format!("could not issue a number for {code}: {other}"));
                        Text::new("暂时无法取号，请到导诊台咨询。", "Numbers cannot be issued right now. Please ask at the information desk.")
                    }
                };
                Event::TicketRefused { request, reason }
            }
        }
    }

    fn record(&mut self, usage: UsageKind, via: Option<Via>, wall: NaiveDateTime) {
        let (department_code, place_kind) = match &usage {
            UsageKind::TriageDone { department } => (department.clone(), None),
            UsageKind::TicketTaken { department } => (Some(department.clone()), None),
            UsageKind::DirectionsShown { department, place } => (department.clone(), *place),
            _ => (None, None),
        };
        let row = UsageRecord {
            at: wall,
            visit: self.visit_number,
            kind: usage.name(),
            lang: self.kiosk.lang,
            channel: match via {
                Some(Via::Touch) => Channel::Touch,
                Some(Via::Voice) => Channel::Voice,
                None => Channel::System,
            },
            department_code,
            place_kind,
        };
        // Statistics are worth less than guiding the patient: a failure is
        // noted for staff and the visit goes on.
        if let Err(e) = self.store.write(|dao| dao.record_usage(&row)) {
            self.warn(format!("could not record a usage event: {e}"));
        }
    }
}

/// Why no number is given after a department's last period of the day, and
/// where to go instead.
fn finished_for_today(d: &crate::hospital::Department) -> Text {
    Text::new(
        format!(
            "{}今天的门诊已经结束，现在取的号今天不会叫。门诊时间：{}。如果病情紧急，请去急诊科。",
            d.name.zh,
            d.hours.describe(Lang::Zh)
        ),
        format!(
            "{} has finished for today; a number taken now would not be called. Hours: {}. If it is urgent, go to the Emergency Department.",
            d.name.en,
            d.hours.describe(Lang::En)
        ),
    )
}

/// The hospital, the triage engine and the workflow's catalog, as stored now.
type Loaded = (Arc<Hospital>, Arc<Triage>, Arc<Catalog>);

fn load(store: &Store) -> Result<Loaded, ShellError> {
    let hospital = store.hospital()?;
    let rules = store.rules()?;
    let catalog = Catalog::for_hospital(&rules, &hospital);
    Ok((
        Arc::new(hospital),
        Arc::new(Triage::new(rules)),
        Arc::new(catalog),
    ))
}

/// A random number for a visit, unrelated to anything about the patient.
fn random_visit_number() -> u32 {
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u64(0);
    (h.finish() >> 32) as u32
}
