//! One utterance from audio to a decision: recognise, understand, and
//! accept or refuse. The kiosk's speech worker and `banzhen listen` both
//! call this, so what the CLI reports is what the kiosk would do.

use super::asr::{AsrError, Recognizer, Transcript};
use super::audio::{self, AudioError};
use super::intent::{self, Intent, Lexicon};
use super::vad::{self, Tuning};
use crate::lang::Lang;
use crate::triage::Triage;
use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

/// Below this mean token probability a transcript is not trusted, however
/// well it parses. Set on our own phrase tables (tests/data/speech_*.tsv):
/// every wrong reading seen scored below it, most right ones above.
pub const MIN_CONFIDENCE: f32 = 0.55;

/// Why nothing was done with an utterance.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    NoSpeech,
    /// Heard something, but not clearly enough to trust.
    Unsure,
    /// Heard clearly, but it is not something the kiosk can do.
    NotUnderstood,
}

impl Refusal {
    pub fn id(self) -> &'static str {
        match self {
            Refusal::NoSpeech => "no_speech",
            Refusal::Unsure => "low_confidence",
            Refusal::NotUnderstood => "not_understood",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Heard {
    pub transcript: String,
    pub confidence: f32,
    pub tokens: Vec<(String, f32)>,
    /// What the words mean, even when not accepted (for staff diagnostics).
    pub intent: Option<Intent>,
    pub refusal: Option<Refusal>,
    pub asr_millis: u64,
    pub total_millis: u64,
}

impl Heard {
    pub fn accepted(&self) -> Option<&Intent> {
        match self.refusal {
            None => self.intent.as_ref(),
            Some(_) => None,
        }
    }

    fn nothing(started: Instant) -> Heard {
        Heard {
            transcript: String::new(),
            confidence: 0.0,
            tokens: Vec::new(),
            intent: None,
            refusal: Some(Refusal::NoSpeech),
            asr_millis: 0,
            total_millis: started.elapsed().as_millis() as u64,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ListenError {
    #[error(transparent)]
    Audio(#[from] AudioError),
    #[error(transparent)]
    Asr(#[from] AsrError),
}

/// What the words are checked against; rebuilt when staff change the data.
#[derive(Clone)]
pub struct Understanding {
    pub lexicon: Arc<Lexicon>,
    pub triage: Arc<Triage>,
}

/// Decides what to do with a transcript. Pure, so the thresholds and the
/// order of checks are tested without a model.
pub fn decide(t: &Transcript, lang: Lang, u: &Understanding) -> (Option<Intent>, Option<Refusal>) {
    if t.text.trim().is_empty() {
        return (None, Some(Refusal::NoSpeech));
    }
    let intent = intent::understand(&t.text, lang, &u.lexicon, &u.triage);
    let refusal = match &intent {
        None => Some(Refusal::NotUnderstood),
        Some(_) if t.confidence < MIN_CONFIDENCE => Some(Refusal::Unsure),
        Some(_) => None,
    };
    (intent, refusal)
}

/// Recognises and understands one utterance already cut from the audio.
pub fn hear(
    recognizer: &mut Recognizer,
    samples: &[f32],
    lang: Lang,
    u: &Understanding,
) -> Result<Heard, ListenError> {
    let started = Instant::now();
    let transcript = recognizer.transcribe(samples, lang, &u.lexicon.prompt(lang))?;
    let (intent, refusal) = decide(&transcript, lang, u);
    Ok(Heard {
        asr_millis: transcript.millis,
        transcript: transcript.text,
        confidence: transcript.confidence,
        tokens: transcript.tokens,
        intent,
        refusal,
        total_millis: started.elapsed().as_millis() as u64,
    })
}

/// A whole WAV file: read, trimmed to its speech, then heard.
pub fn hear_file(
    recognizer: &mut Recognizer,
    path: &Path,
    lang: Lang,
    u: &Understanding,
) -> Result<Heard, ListenError> {
    let audio = audio::read_wav_file(path)?;
    let started = Instant::now();
    let Some(speech) = vad::utterance_in(&audio.samples, Tuning::default()) else {
        return Ok(Heard::nothing(started));
    };
    let mut heard = hear(recognizer, &speech, lang, u)?;
    heard.total_millis = started.elapsed().as_millis() as u64;
    Ok(heard)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hospital::load::demo_hospital;
    use crate::triage::rules::RuleSet;

    fn understanding() -> Understanding {
        Understanding {
            lexicon: Arc::new(Lexicon::new(intent::DEMO_VOCABULARY, &demo_hospital()).unwrap()),
            triage: Arc::new(Triage::new(RuleSet::demo())),
        }
    }

    fn t(text: &str, confidence: f32) -> Transcript {
        Transcript {
            text: text.into(),
            confidence,
            tokens: Vec::new(),
            millis: 0,
        }
    }

    #[test]
    fn a_clear_request_is_accepted_and_a_doubtful_one_refused() {
        let u = understanding();
        let (i, r) = decide(&t("Where is the pharmacy?", 0.9), Lang::En, &u);
        assert_eq!(i, Some(Intent::Place(crate::hospital::PlaceKind::Pharmacy)));
        assert_eq!(r, None);
        let (i, r) = decide(&t("Where is the pharmacy?", 0.3), Lang::En, &u);
        assert!(i.is_some());
        assert_eq!(r, Some(Refusal::Unsure));
    }

    #[test]
    fn nothing_heard_and_nonsense_are_refused_for_different_reasons() {
        let u = understanding();
        assert_eq!(
            decide(&t("  ", 0.9), Lang::En, &u).1,
            Some(Refusal::NoSpeech)
        );
        assert_eq!(
            decide(&t("the cat sat on the mat", 0.95), Lang::En, &u).1,
            Some(Refusal::NotUnderstood)
        );
    }
}
