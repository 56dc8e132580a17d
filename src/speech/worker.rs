//! The kiosk's hearing: one thread owns the Whisper models (loaded once, at
//! start) and opens the microphone for each listening attempt. Neither the
//! screen nor the session waits on it: answers arrive as workflow events
//! through the same channel as taps.

use super::asr::Recognizer;
use super::capture::{self, AudioSource, CaptureError};
use super::intent::{Intent, PromptContext, EMERGENCY};
use super::listen::{self, Heard as Recognised, Refusal, Understanding};
use super::vad::Tuning;
use crate::lang::Lang;
use crate::workflow::{Event, Heard, ListenOutcome, ListenPhase, PatientText};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant};

/// Listens for a spoken request ([`SpeechWorker`]: the
/// microphone and Whisper on their own thread), or not at all ([`Deaf`]).
/// Answers come back later as `ListenProgress` and `ListenDone` events.
pub trait Ears: Send {
    fn listen(
        &mut self,
        request: u64,
        lang: Lang,
        context: PromptContext,
        understanding: Understanding,
    );
    fn stop(&mut self);
}

/// No speech input: no model, or no microphone.
pub struct Deaf;

impl Ears for Deaf {
    fn listen(&mut self, _: u64, _: Lang, _: PromptContext, _: Understanding) {}
    fn stop(&mut self) {}
}

/// Opens an audio source for one attempt: the microphone at the kiosk, a
/// WAV file in tests.
pub type OpenSource = Box<dyn Fn() -> Result<Box<dyn AudioSource>, CaptureError> + Send>;

/// The longest wait for the kiosk's own voice to finish before listening.
const MAX_WAIT_FOR_QUIET: Duration = Duration::from_secs(20);

struct Job {
    request: u64,
    lang: Lang,
    context: PromptContext,
    understanding: Understanding,
}

#[derive(Clone)]
pub struct SpeechWorker {
    jobs: mpsc::Sender<Job>,
    cancel: Arc<AtomicBool>,
}

impl Ears for SpeechWorker {
    fn listen(
        &mut self,
        request: u64,
        lang: Lang,
        context: PromptContext,
        understanding: Understanding,
    ) {
        self.cancel.store(false, Ordering::SeqCst);
        let _ = self.jobs.send(Job {
            request,
            lang,
            context,
            understanding,
        });
    }

    fn stop(&mut self) {
        self.cancel.store(true, Ordering::SeqCst);
    }
}

/// Turns what the listener decided into what the workflow acts on.
pub fn outcome(heard: &Recognised) -> ListenOutcome {
    if heard.refusal == Some(Refusal::NoSpeech) {
        return ListenOutcome::Silence;
    }
    let Some(intent) = heard.accepted() else {
        return ListenOutcome::NotUnderstood;
    };
    ListenOutcome::Understood(match intent {
        Intent::Command(c) => Heard::Command(*c),
        Intent::Place(p) => Heard::Place(*p),
        Intent::PlaceToConfirm(p) => Heard::PlaceToConfirm(*p),
        Intent::Department(code) => Heard::Department(code.clone()),
        Intent::Symptom(code) if code == EMERGENCY => Heard::Emergency,
        Intent::Symptom(_) => match &heard.assessment {
            Some(a) => Heard::Complaint(PatientText(heard.transcript.clone()), Box::new(a.clone())),
            // A complaint always carries triage's answer; without one
            // there is nothing safe to show.
            None => return ListenOutcome::NotUnderstood,
        },
    })
}

/// What the worker found when it started, for the staff notice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Readiness {
    Ready(Vec<Lang>),
    /// Why speech input is off, and what staff can do about it.
    Off {
        why: String,
        fix: &'static str,
    },
}

/// Starts the speech thread. It loads the models in `models`, opens the
/// audio source once to see that it works, reports the languages it can
/// hear as `Event::SpeechReady` (none when models or the microphone are
/// missing, with the reason passed to `report`), then serves listening
/// attempts. `quiet` tells when the kiosk has stopped speaking.
pub fn spawn(
    models: PathBuf,
    open: OpenSource,
    quiet: super::tts::Quiet,
    events: mpsc::Sender<Event>,
    report: Box<dyn FnOnce(Readiness) + Send>,
) -> std::io::Result<SpeechWorker> {
    let (jobs, rx) = mpsc::channel::<Job>();
    let cancel = Arc::new(AtomicBool::new(false));
    let stop = Arc::clone(&cancel);
    std::thread::Builder::new()
        .name("kiosk-speech".into())
        .spawn(move || {
            let mut recognizer = match Recognizer::load(&models, &[Lang::En, Lang::Zh], true) {
                Ok(r) => r,
                Err(e) => {
                    report(Readiness::Off {
                        why: e.to_string(),
                        fix: "run `banzhen models install` (see README, Speech models) and restart the kiosk",
                    });
                    let _ = events.send(Event::SpeechReady(Vec::new()));
                    return;
                }
            };
            let langs: Vec<Lang> = [Lang::Zh, Lang::En]
                .into_iter()
                .filter(|l| recognizer.supports(*l))
                .collect();
            // A sound system may offer a "default" input with no card
            // behind it: only opening it tells.
            if let Err(e) = open() {
                report(Readiness::Off {
                    why: e.to_string(),
                    fix: "connect a microphone (the kiosk user must be in the audio group) and restart the kiosk",
                });
                let _ = events.send(Event::SpeechReady(Vec::new()));
                return;
            }
            tracing::info!(
                "speech input ready with {} in {} ms",
                recognizer.models().join(", "),
                recognizer.load_millis
            );
            report(Readiness::Ready(langs.clone()));
            if events.send(Event::SpeechReady(langs)).is_err() {
                return;
            }
            for job in rx {
                let outcome = attend(
                    &mut recognizer,
                    &open,
                    &quiet,
                    &stop,
                    &events,
                    job.request,
                    &job,
                );
                if let Some(outcome) = outcome {
                    let done = Event::ListenDone {
                        request: job.request,
                        outcome,
                    };
                    if events.send(done).is_err() {
                        return;
                    }
                }
            }
        })?;
    Ok(SpeechWorker { jobs, cancel })
}

/// One listening attempt; `None` when it was cancelled (the workflow has
/// already moved on and wants no answer).
fn attend(
    recognizer: &mut Recognizer,
    open: &OpenSource,
    quiet: &super::tts::Quiet,
    cancel: &AtomicBool,
    events: &mpsc::Sender<Event>,
    request: u64,
    job: &Job,
) -> Option<ListenOutcome> {
    // Tokenizing the screen's closed set takes a moment the first time;
    // done now, it overlaps the kiosk's own voice and the patient's speech.
    recognizer.prepare_closed(
        job.lang,
        &job.understanding
            .lexicon
            .closed_phrases(job.lang, &job.context),
    );
    let waited = Instant::now();
    while !quiet.is_quiet() && waited.elapsed() < MAX_WAIT_FOR_QUIET {
        if cancel.load(Ordering::SeqCst) {
            return None;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let mut source = match open() {
        Ok(s) => s,
        Err(e) => {
            tracing::warn!("listening failed: {e}");
            return Some(ListenOutcome::Failed);
        }
    };
    let progress = |phase| {
        let _ = events.send(Event::ListenProgress { request, phase });
    };
    let speech = capture::listen_then(
        source.as_mut(),
        Tuning::default(),
        cancel,
        &mut || progress(ListenPhase::Hearing),
        &mut |samples| {
            progress(ListenPhase::Understanding);
            listen::hear(
                recognizer,
                samples,
                job.lang,
                &job.context,
                &job.understanding,
            )
        },
        &|heard| heard.as_ref().is_ok_and(|h| h.accepted().is_some()),
    );
    drop(source);
    if cancel.load(Ordering::SeqCst) {
        return None;
    }
    let heard = match speech {
        Ok(Some(utterance)) => utterance.result,
        Ok(None) => return Some(ListenOutcome::Silence),
        Err(e) => {
            tracing::warn!("listening failed: {e}");
            return Some(ListenOutcome::Failed);
        }
    };
    match heard {
        // Logged without the words: they are the patient's.
        Ok(heard) => {
            tracing::info!(
                asr_ms = heard.asr_millis,
                confidence = heard.confidence,
                refused = heard.refusal.map(|r| r.id()),
                "heard a request"
            );
            Some(outcome(&heard))
        }
        Err(e) => {
            tracing::warn!("recognition failed: {e}");
            Some(ListenOutcome::Failed)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assessment() -> crate::triage::Assessment {
        let triage = crate::triage::Triage::new(crate::triage::rules::RuleSet::demo());
        triage
            .assess(&crate::triage::Query::Text("my stomach hurts".into()))
            .unwrap()
    }

    fn recognised(intent: Option<Intent>, refusal: Option<Refusal>) -> Recognised {
        Recognised {
            transcript: "my stomach hurts".into(),
            confidence: 0.9,
            tokens: Vec::new(),
            assessment: matches!(intent, Some(Intent::Symptom(_))).then(assessment),
            intent,
            evidence: Vec::new(),
            refusal,
            closed: None,
            asr_millis: 0,
            asr_passes: 1,
            total_millis: 0,
        }
    }

    #[test]
    fn decisions_become_workflow_outcomes() {
        assert_eq!(
            outcome(&recognised(None, Some(Refusal::NoSpeech))),
            ListenOutcome::Silence
        );
        assert_eq!(
            outcome(&recognised(
                Some(Intent::Department("13".into())),
                Some(Refusal::Unsure)
            )),
            ListenOutcome::NotUnderstood
        );
        assert_eq!(
            outcome(&recognised(Some(Intent::Symptom("03.02".into())), None)),
            ListenOutcome::Understood(Heard::Complaint(
                PatientText("my stomach hurts".into()),
                Box::new(assessment())
            ))
        );
        assert_eq!(
            outcome(&recognised(Some(Intent::Symptom(EMERGENCY.into())), None)),
            ListenOutcome::Understood(Heard::Emergency)
        );
    }
}
