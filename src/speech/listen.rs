//! One utterance from audio to a decision: recognise, understand, and
//! accept or refuse. The kiosk's speech worker and `banzhen listen` both
//! call this, so what the CLI reports is what the kiosk would do.

use super::asr::{AsrError, Recognizer, Transcript};
use super::audio::{self, AudioError};
use super::intent::{self, Intent, Lexicon, PromptContext};
use super::vad::{self, Tuning};
use crate::lang::Lang;
use crate::triage::{Assessment, Triage};
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
    /// Triage's answer when the words are a complaint.
    pub assessment: Option<Assessment>,
    /// The words the meaning rests on, and how surely each was heard.
    pub evidence: Vec<(String, f32)>,
    pub refusal: Option<Refusal>,
    /// The constrained reading, where one was made (Mandarin).
    pub closed: Option<ClosedReading>,
    pub asr_millis: u64,
    /// Recognition passes run: 2 when a doubtful request got a second hearing.
    pub asr_passes: u8,
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
            assessment: None,
            evidence: Vec::new(),
            refusal: Some(Refusal::NoSpeech),
            closed: None,
            asr_millis: 0,
            asr_passes: 0,
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

impl Understanding {
    /// The hospital's names and everyday words (`data/speech.toml`), and
    /// every word `triage` knows.
    pub fn new(
        hospital: &crate::hospital::Hospital,
        triage: Arc<Triage>,
    ) -> Result<Understanding, intent::VocabularyError> {
        let mut lexicon = Lexicon::new(intent::DEMO_VOCABULARY, hospital)?;
        lexicon.learn_rules(triage.rules());
        Ok(Understanding {
            lexicon: Arc::new(lexicon),
            triage,
        })
    }
}

/// Both hearings must reach this when a second one is asked for.
pub const MIN_AGREEING_CONFIDENCE: f32 = 0.35;

/// Each word an intent rests on must have been heard at least this surely.
/// A whole sentence can score well while its one deciding word was a guess
/// ("cast pain" for "chest pain").
pub const MIN_WORD_PROBABILITY: f32 = 0.5;

/// Words rebuilt from Whisper's tokens (a token starting with a space
/// starts a word), each with the geometric mean of its pieces'
/// probabilities. Punctuation pieces are left out.
fn word_probabilities(tokens: &[(String, f32)]) -> Vec<(String, f32)> {
    let mut words: Vec<(String, f64, usize)> = Vec::new();
    for (piece, p) in tokens {
        let punctuation = piece.is_ascii() && !piece.chars().any(char::is_alphanumeric);
        if punctuation {
            continue;
        }
        let lp = (p.max(1e-6) as f64).ln();
        match words.last_mut() {
            Some((w, sum, n)) if !piece.starts_with(' ') && !w.is_empty() => {
                w.push_str(piece);
                *sum += lp;
                *n += 1;
            }
            _ => words.push((piece.trim().to_string(), lp, 1)),
        }
    }
    words
        .into_iter()
        .flat_map(|(w, sum, n)| {
            let p = (sum / n as f64).exp() as f32;
            intent::units(&w).into_iter().map(move |u| (u, p))
        })
        .collect()
}

#[derive(Debug, Clone, PartialEq)]
pub struct Decision {
    pub intent: Option<Intent>,
    /// Triage's answer when the intent is a complaint.
    pub assessment: Option<Assessment>,
    pub evidence: Vec<(String, f32)>,
    pub refusal: Option<Refusal>,
}

/// Decides what to do with a transcript. Pure, so the thresholds and the
/// order of checks are tested without a model.
pub fn decide(t: &Transcript, lang: Lang, u: &Understanding) -> Decision {
    let refuse = |why| Decision {
        intent: None,
        assessment: None,
        evidence: Vec::new(),
        refusal: Some(why),
    };
    if t.text.trim().is_empty() {
        return refuse(Refusal::NoSpeech);
    }
    let Some(meaning) = intent::understand(&t.text, lang, &u.lexicon, &u.triage) else {
        return refuse(Refusal::NotUnderstood);
    };
    let words = word_probabilities(&t.tokens);
    let evidence: Vec<(String, f32)> = meaning
        .evidence
        .iter()
        .filter_map(|e| words.iter().find(|(w, _)| w == e).cloned())
        .collect();
    // English words map to tokens; Chinese characters split across byte
    // tokens do not, and are judged by the whole transcript's confidence.
    // A command is the whole utterance, already judged as a whole.
    let weakest = match meaning.intent {
        Intent::Command(_) => 1.0,
        _ => evidence.iter().map(|(_, p)| *p).fold(1.0f32, f32::min),
    };
    let refusal = (t.confidence < MIN_CONFIDENCE || weakest < MIN_WORD_PROBABILITY)
        .then_some(Refusal::Unsure);
    let clear = t.confidence >= CLEAR_CONFIDENCE && weakest >= CLEAR_CONFIDENCE;
    Decision {
        intent: Some(match meaning.intent {
            Intent::Place(p) if !clear => Intent::PlaceToConfirm(p),
            other => other,
        }),
        assessment: meaning.assessment,
        evidence,
        refusal,
    }
}

/// A name from the closed set is read back only when its reading is at
/// least this sure (the free reading's confidence, less what the constraint
/// cost): synthetic requests read back right scored 0.21 and up, sounds
/// forced into a name ("阿女" as 卫生间) 0.05 to 0.11.
pub const MIN_READ_BACK_CONFIDENCE: f32 = 0.15;

/// A place is shown at once only when heard at least this surely (the
/// whole transcript and each deciding word); below it, it is read back.
/// Real speech that was not a request reached 0.66 when misheard.
pub const CLEAR_CONFIDENCE: f32 = 0.75;

/// A clear request for a name or a command, heard without certainty, gets
/// a second hearing with no prompt at all: if Whisper, free of our hints,
/// arrives at the same request, the two agree and it is accepted. A plain
/// word whose probability was split between spellings ("pharmacy" /
/// "Pharmacy") usually survives the change of prior.
///
/// Not complaints: one misheard word in free text changes the department
/// ("cast pain" for "chest pain"), and a mishearing made once is often made
/// twice. Names and commands come from a closed list.
fn deserves_second_hearing(
    intent: Option<&Intent>,
    refusal: Option<Refusal>,
    confidence: f32,
) -> bool {
    refusal == Some(Refusal::Unsure)
        && matches!(
            intent,
            Some(
                Intent::Command(_)
                    | Intent::Place(_)
                    | Intent::PlaceToConfirm(_)
                    | Intent::Department(_)
            )
        )
        && confidence >= MIN_AGREEING_CONFIDENCE
}

/// Recognises and understands one utterance already cut from the audio.
pub fn hear(
    recognizer: &mut Recognizer,
    samples: &[f32],
    lang: Lang,
    context: &PromptContext,
    u: &Understanding,
) -> Result<Heard, ListenError> {
    let started = Instant::now();
    let transcript = recognizer.transcribe(samples, lang, &u.lexicon.prompt(lang, context))?;
    let Decision {
        mut intent,
        mut assessment,
        mut evidence,
        mut refusal,
    } = decide(&transcript, lang, u);
    let mut asr_millis = transcript.millis;
    let mut asr_passes = 1;
    let mut closed = None;
    // Complaints stay with free decoding: an accepted one, and every red
    // flag. A doubtful complaint may have been a name misheard ("我要滑皮肤肯").
    // A free reading already accepted stands too: the constrained one only
    // rescues what free decoding could not settle.
    let free_stands = match &intent {
        Some(Intent::Symptom(code)) => code == intent::EMERGENCY || refusal.is_none(),
        Some(_) => refusal.is_none(),
        None => false,
    };
    let phrases = if free_stands {
        Vec::new()
    } else {
        u.lexicon.closed_phrases(lang, context)
    };
    if !phrases.is_empty() {
        let timer = Instant::now();
        if let Some(r) = recognizer.transcribe_closed(lang, &phrases)? {
            let plausible = r.closed.plausible_against(r.free.mean_logprob());
            let (text, mean) = (r.text, r.closed.mean_logprob());
            if plausible {
                // As sure as the free reading, less what the constraint cost.
                let lost = (r.free.mean_logprob() - mean).max(0.0);
                let reading = Transcript {
                    text: text.clone(),
                    confidence: transcript.confidence * (-lost).exp(),
                    tokens: Vec::new(),
                    millis: 0,
                };
                let d = decide(&reading, lang, u);
                if d.intent.is_some() {
                    // A name from the set is read back to the patient before
                    // anything happens, so a plausible one is offered even
                    // when unsure; a command acts at once and must be sure.
                    let read_back = matches!(
                        d.intent,
                        Some(Intent::Department(_) | Intent::PlaceToConfirm(_))
                    ) && reading.confidence >= MIN_READ_BACK_CONFIDENCE;
                    refusal = d.refusal.filter(|_| !read_back);
                    intent = d.intent;
                    assessment = d.assessment;
                    evidence = d.evidence;
                }
            }
            closed = Some(ClosedReading {
                text,
                mean_logprob: mean,
                free_mean_logprob: r.free.mean_logprob(),
                plausible,
            });
        }
        asr_millis += timer.elapsed().as_millis() as u64;
    }
    if closed.as_ref().is_none_or(|c| !c.plausible)
        && deserves_second_hearing(intent.as_ref(), refusal, transcript.confidence)
    {
        let second = recognizer.transcribe(samples, lang, "")?;
        asr_millis += second.millis;
        asr_passes += 1;
        let again = decide(&second, lang, u);
        let to_confirm = |i: Option<Intent>| match i {
            Some(Intent::Place(p)) => Some(Intent::PlaceToConfirm(p)),
            other => other,
        };
        if to_confirm(again.intent) == to_confirm(intent.clone())
            && second.confidence >= MIN_AGREEING_CONFIDENCE
        {
            refusal = None;
            // Agreement makes it likely, not certain: a place is read back.
            if let Some(Intent::Place(p)) = intent {
                intent = Some(Intent::PlaceToConfirm(p));
            }
        }
    }
    Ok(Heard {
        asr_millis,
        asr_passes,
        transcript: transcript.text,
        confidence: transcript.confidence,
        tokens: transcript.tokens,
        intent,
        assessment,
        evidence,
        refusal,
        closed,
        total_millis: started.elapsed().as_millis() as u64,
    })
}

/// The constrained reading of an utterance, for diagnostics.
#[derive(Debug, Clone, PartialEq)]
pub struct ClosedReading {
    pub text: String,
    pub mean_logprob: f32,
    /// The free reading's, scored the same way.
    pub free_mean_logprob: f32,
    /// Whether it was close enough to the free reading to be used.
    pub plausible: bool,
}

/// A whole WAV file: read, trimmed to its speech, then heard.
pub fn hear_file(
    recognizer: &mut Recognizer,
    path: &Path,
    lang: Lang,
    u: &Understanding,
) -> Result<Heard, ListenError> {
    let audio = audio::read_wav_file(path)?;
    // The kiosk prepares its closed set before the patient speaks.
    recognizer.prepare_closed(
        lang,
        &u.lexicon.closed_phrases(lang, &PromptContext::General),
    );
    let started = Instant::now();
    let Some(speech) = vad::utterance_in(&audio.samples, Tuning::default()) else {
        return Ok(Heard::nothing(started));
    };
    let mut heard = hear(recognizer, &speech, lang, &PromptContext::General, u)?;
    heard.total_millis = started.elapsed().as_millis() as u64;
    Ok(heard)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hospital::load::demo_hospital;
    use crate::triage::rules::RuleSet;

    fn understanding() -> Understanding {
        Understanding::new(&demo_hospital(), Arc::new(Triage::new(RuleSet::demo()))).unwrap()
    }

    /// A transcript whose every word was heard with `confidence`.
    fn t(text: &str, confidence: f32) -> Transcript {
        Transcript {
            text: text.into(),
            confidence,
            tokens: text
                .split_inclusive(' ')
                .map(|w| (format!(" {}", w.trim()), confidence))
                .collect(),
            millis: 0,
        }
    }

    #[test]
    fn a_clear_request_is_accepted_and_a_doubtful_one_refused() {
        let u = understanding();
        let d = decide(&t("Where is the pharmacy?", 0.9), Lang::En, &u);
        assert_eq!(
            d.intent,
            Some(Intent::Place(crate::hospital::PlaceKind::Pharmacy))
        );
        assert_eq!(d.refusal, None);
        // Understood but not certain: a place is read back, not walked to.
        let d = decide(&t("Where is the pharmacy?", 0.7), Lang::En, &u);
        assert_eq!(
            d.intent,
            Some(Intent::PlaceToConfirm(crate::hospital::PlaceKind::Pharmacy))
        );
        assert_eq!(d.refusal, None);
        let d = decide(&t("Where is the pharmacy?", 0.3), Lang::En, &u);
        assert!(d.intent.is_some());
        assert_eq!(d.refusal, Some(Refusal::Unsure));
    }

    #[test]
    fn one_doubtful_deciding_word_is_enough_to_refuse() {
        let u = understanding();
        let mut heard = t("I have cast pain", 0.9);
        heard.tokens[2].1 = 0.38;
        let d = decide(&heard, Lang::En, &u);
        assert!(d.intent.is_some());
        assert_eq!(d.refusal, Some(Refusal::Unsure));
        // A doubtful word that decides nothing does not matter.
        let mut heard = t("I have a skin rash", 0.9);
        heard.tokens[1].1 = 0.3;
        assert_eq!(decide(&heard, Lang::En, &u).refusal, None);
    }

    #[test]
    fn complaints_never_get_a_second_hearing_to_talk_them_into_acceptance() {
        let unsure = Some(Refusal::Unsure);
        let place = Intent::Place(crate::hospital::PlaceKind::Pharmacy);
        assert!(deserves_second_hearing(Some(&place), unsure, 0.5));
        assert!(!deserves_second_hearing(Some(&place), unsure, 0.2));
        assert!(!deserves_second_hearing(Some(&place), None, 0.9));
        let complaint = Intent::Symptom("04.03".into());
        assert!(!deserves_second_hearing(Some(&complaint), unsure, 0.7));
        assert!(!deserves_second_hearing(
            None,
            Some(Refusal::NotUnderstood),
            0.9
        ));
    }

    #[test]
    fn words_are_rebuilt_from_pieces_with_their_weakest_piece() {
        let tokens = vec![
            (" Aut".to_string(), 0.2),
            ("ologist".to_string(), 0.8),
            (".".to_string(), 0.1),
            (" Yes".to_string(), 0.8),
        ];
        let words = word_probabilities(&tokens);
        assert_eq!(words[0].0, "autologist");
        assert!((words[0].1 - 0.4).abs() < 1e-3, "{words:?}");
        assert_eq!(words[1], ("yes".to_string(), 0.8));
    }

    #[test]
    fn nothing_heard_and_nonsense_are_refused_for_different_reasons() {
        let u = understanding();
        assert_eq!(
            decide(&t("  ", 0.9), Lang::En, &u).refusal,
            Some(Refusal::NoSpeech)
        );
        assert_eq!(
            decide(&t("the cat sat on the mat", 0.95), Lang::En, &u).refusal,
            Some(Refusal::NotUnderstood)
        );
    }
}
