//! Finding where speech starts and ends in a stream of 16 kHz samples.
//!
//! Older speakers pause mid-sentence, so the end needs a long silence
//! (700 ms), and the first syllable is often soft, so a little audio from
//! before the detected start is kept. An utterance longer than 8 s is cut:
//! kiosk requests are short, and recognition time grows with length.
//!
//! Waiting out the whole 700 ms before recognising would add it to every
//! answer, so the endpointer also reports a pause as it begins (210 ms of
//! silence) with the utterance as it would end there: recognition can start
//! then, speculatively, and its result stands only if the silence lasts
//! (the caller checks; see `capture::listen_then`).

use super::audio::SAMPLE_RATE;

/// 30 ms frames: the longest webrtc-vad takes, and the steadiest decisions.
pub const FRAME: usize = SAMPLE_RATE as usize * 30 / 1000;
const FRAME_MS: u32 = 30;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tuning {
    /// Silence that ends an utterance.
    pub end_silence_ms: u32,
    /// Silence after which the utterance so far is offered for speculative
    /// recognition (`Progress::Pausing`).
    pub pause_ms: u32,
    /// Silence that ends an utterance early when the speculative result is
    /// a complete request.
    pub early_end_ms: u32,
    /// Audio kept from before the start was detected.
    pub pre_roll_ms: u32,
    /// Speech needed before we believe it is speech, not a cough or a bang.
    pub min_speech_ms: u32,
    /// The longest utterance taken.
    pub max_utterance_ms: u32,
    /// How long to wait for the patient to begin before giving up.
    pub start_timeout_ms: u32,
}

impl Default for Tuning {
    fn default() -> Tuning {
        Tuning {
            end_silence_ms: 700,
            pause_ms: 210,
            early_end_ms: 450,
            pre_roll_ms: 300,
            min_speech_ms: 120,
            max_utterance_ms: 8_000,
            start_timeout_ms: 6_000,
        }
    }
}

/// What the endpointer has decided after a frame.
#[derive(Debug, Clone, PartialEq)]
pub enum Progress {
    Waiting,
    /// Speech has begun (the UI shows "listening…" as a live state).
    Speaking,
    /// A pause began: the utterance as it would be if the pause lasts.
    /// If it does, `Done` carries exactly these samples.
    Pausing(Vec<f32>),
    /// The utterance is complete: these samples go to recognition.
    Done(Vec<f32>),
    /// Nobody spoke before the start timeout.
    NoSpeech,
}

/// A voice/no-voice decision for one frame.
pub trait FrameClassifier {
    fn is_voice(&mut self, frame: &[i16]) -> bool;
}

/// webrtc-vad in its "aggressive" mode, behind a loudness floor: the VAD
/// alone fires on a quiet hum, and a kiosk lobby is never silent.
pub struct WebRtc {
    vad: webrtc_vad::Vad,
}

impl Default for WebRtc {
    fn default() -> WebRtc {
        WebRtc {
            vad: webrtc_vad::Vad::new_with_rate_and_mode(
                webrtc_vad::SampleRate::Rate16kHz,
                webrtc_vad::VadMode::Aggressive,
            ),
        }
    }
}

/// Below this RMS (about -46 dBFS) a frame is treated as silence.
const FLOOR_RMS: f64 = 160.0;

impl FrameClassifier for WebRtc {
    fn is_voice(&mut self, frame: &[i16]) -> bool {
        let rms = (frame.iter().map(|s| (*s as f64).powi(2)).sum::<f64>()
            / frame.len().max(1) as f64)
            .sqrt();
        rms >= FLOOR_RMS && self.vad.is_voice_segment(frame).unwrap_or(false)
    }
}

pub struct Endpointer<C: FrameClassifier> {
    classifier: C,
    tuning: Tuning,
    pending: Vec<f32>,
    /// Frames before the start, newest last, bounded by the pre-roll.
    pre_roll: std::collections::VecDeque<Vec<f32>>,
    utterance: Vec<f32>,
    started: bool,
    voiced_run_ms: u32,
    silence_ms: u32,
    waited_ms: u32,
    finished: bool,
    /// Samples taken in so far, and where the last voiced frame ended.
    taken: usize,
    voice_end: usize,
}

impl<C: FrameClassifier> Endpointer<C> {
    pub fn new(classifier: C, tuning: Tuning) -> Self {
        Endpointer {
            classifier,
            tuning,
            pending: Vec::new(),
            pre_roll: Default::default(),
            utterance: Vec::new(),
            started: false,
            voiced_run_ms: 0,
            silence_ms: 0,
            waited_ms: 0,
            finished: false,
            taken: 0,
            voice_end: 0,
        }
    }

    /// How long the current silence inside the utterance has lasted.
    pub fn silence_ms(&self) -> u32 {
        self.silence_ms
    }

    /// Where in the input the last voiced frame ended, in samples: the end
    /// of the patient's speech once the utterance is done.
    pub fn speech_end(&self) -> usize {
        self.voice_end
    }

    /// Feeds samples as they arrive; any length. Once `Done` or `NoSpeech`
    /// has been returned, further input is ignored. After `Pausing`, part
    /// of the input may still be pending: `push(&[])` goes on with it.
    pub fn push(&mut self, samples: &[f32]) -> Progress {
        if self.finished {
            return Progress::Waiting;
        }
        self.pending.extend_from_slice(samples);
        let mut at = 0;
        let mut progress = if self.started {
            Progress::Speaking
        } else {
            Progress::Waiting
        };
        while self.pending.len() - at >= FRAME {
            let frame = self.pending[at..at + FRAME].to_vec();
            at += FRAME;
            progress = self.frame(frame);
            if matches!(progress, Progress::Done(_) | Progress::NoSpeech) {
                self.finished = true;
                break;
            }
            // The caller acts on a pause before more input is taken in;
            // `push(&[])` carries on with what is pending.
            if matches!(progress, Progress::Pausing(_)) {
                break;
            }
        }
        self.pending.drain(..at);
        progress
    }

    /// The input has ended (a file ran out, or the patient tapped Stop).
    pub fn finish(&mut self) -> Progress {
        if self.finished {
            return Progress::Waiting;
        }
        self.finished = true;
        if self.started {
            let mut out = std::mem::take(&mut self.utterance);
            out.append(&mut self.pending);
            Progress::Done(out)
        } else {
            Progress::NoSpeech
        }
    }

    fn frame(&mut self, frame: Vec<f32>) -> Progress {
        let voice = self.classifier.is_voice(&to_pcm(&frame));
        self.taken += frame.len();
        if voice {
            self.voice_end = self.taken;
        }
        if !self.started {
            self.waited_ms += FRAME_MS;
            self.voiced_run_ms = if voice {
                self.voiced_run_ms + FRAME_MS
            } else {
                0
            };
            self.pre_roll.push_back(frame);
            let keep = (self.tuning.pre_roll_ms + self.voiced_run_ms) / FRAME_MS + 1;
            while self.pre_roll.len() > keep as usize {
                self.pre_roll.pop_front();
            }
            if self.voiced_run_ms >= self.tuning.min_speech_ms {
                self.started = true;
                self.utterance = self.pre_roll.drain(..).flatten().collect();
                return Progress::Speaking;
            }
            if self.waited_ms >= self.tuning.start_timeout_ms {
                return Progress::NoSpeech;
            }
            return Progress::Waiting;
        }
        self.utterance.extend_from_slice(&frame);
        self.silence_ms = if voice { 0 } else { self.silence_ms + FRAME_MS };
        let length_ms = (self.utterance.len() / FRAME) as u32 * FRAME_MS;
        if self.silence_ms >= self.tuning.end_silence_ms
            || length_ms >= self.tuning.max_utterance_ms
        {
            // Keep a short tail of the silence; the rest is just waiting.
            self.utterance.truncate(self.kept());
            return Progress::Done(std::mem::take(&mut self.utterance));
        }
        if self.silence_ms == self.tuning.pause_ms.div_ceil(FRAME_MS) * FRAME_MS {
            return Progress::Pausing(self.utterance[..self.kept()].to_vec());
        }
        Progress::Speaking
    }

    /// How much of the utterance is kept when it ends in the current
    /// silence: all of it but the silence past the first 200 ms. The same
    /// samples whether the silence is 210 ms or 700 ms old.
    fn kept(&self) -> usize {
        let trailing = (self.silence_ms.saturating_sub(200) / FRAME_MS) as usize * FRAME;
        self.utterance.len().saturating_sub(trailing)
    }
}

/// 16-bit samples, as webrtc-vad (and WAV files) take them.
pub(crate) fn to_pcm(samples: &[f32]) -> Vec<i16> {
    samples
        .iter()
        .map(|s| (s.clamp(-1.0, 1.0) * i16::MAX as f32) as i16)
        .collect()
}

/// Trims a whole recording (a WAV file) to its speech, from a little before
/// the first sustained voice to a little after the last: `None` when there
/// is none. Pauses inside are kept, since a file has no patient waiting
/// for an answer and its end is known.
pub fn utterance_in(samples: &[f32], tuning: Tuning) -> Option<Vec<f32>> {
    let mut classifier = WebRtc::default();
    let voiced: Vec<bool> = samples
        .chunks_exact(FRAME)
        .map(|f| classifier.is_voice(&to_pcm(f)))
        .collect();
    let need = (tuning.min_speech_ms / FRAME_MS).max(1) as usize;
    let first = voiced.windows(need).position(|w| w.iter().all(|v| *v))?;
    let last = voiced.iter().rposition(|v| *v)?;
    let from = first.saturating_sub((tuning.pre_roll_ms / FRAME_MS) as usize) * FRAME;
    let to = ((last + 1 + 200 / FRAME_MS as usize) * FRAME).min(samples.len());
    Some(samples[from..to].to_vec())
}

/// A frame is "voice" when it is loud: lets tests script who speaks when.
#[cfg(test)]
pub(crate) struct Loud;

#[cfg(test)]
impl FrameClassifier for Loud {
    fn is_voice(&mut self, frame: &[i16]) -> bool {
        frame.iter().any(|s| s.abs() > 1000)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ms(n: u32, loud: bool) -> Vec<f32> {
        vec![if loud { 0.5 } else { 0.0 }; (SAMPLE_RATE / 1000 * n) as usize]
    }

    fn run(parts: &[(u32, bool)], tuning: Tuning) -> Progress {
        let mut ep = Endpointer::new(Loud, tuning);
        for (n, loud) in parts {
            // Small, uneven chunks, as a sound card delivers them.
            for chunk in ms(*n, *loud).chunks(333) {
                let mut p = ep.push(chunk);
                while let Progress::Pausing(_) = p {
                    p = ep.push(&[]);
                }
                if let p @ (Progress::Done(_) | Progress::NoSpeech) = p {
                    return p;
                }
            }
        }
        ep.finish()
    }

    fn seconds(p: &Progress) -> f64 {
        match p {
            Progress::Done(s) => s.len() as f64 / SAMPLE_RATE as f64,
            other => panic!("expected an utterance, got {other:?}"),
        }
    }

    #[test]
    fn a_pause_shorter_than_the_end_silence_does_not_end_the_utterance() {
        let p = run(
            &[
                (500, false),
                (600, true),
                (500, false),
                (600, true),
                (2000, false),
            ],
            Tuning::default(),
        );
        // Both halves, the pre-roll before, and a short tail after.
        let s = seconds(&p);
        assert!((1.9..2.3).contains(&s), "{s}");
    }

    #[test]
    fn the_end_comes_after_the_long_silence_not_at_the_end_of_input() {
        let p = run(
            &[(300, false), (900, true), (800, false), (900, true)],
            Tuning::default(),
        );
        let s = seconds(&p);
        assert!(s < 1.6, "the second burst must not be included: {s}");
    }

    #[test]
    fn a_pause_offers_exactly_the_utterance_that_ends_if_it_lasts() {
        let mut ep = Endpointer::new(Loud, Tuning::default());
        let mut offered = Vec::new();
        let mut done = None;
        for (n, loud) in [
            (300, false),
            (600, true),
            (300, false),
            (500, true),
            (900, false),
        ] {
            for chunk in ms(n, loud).chunks(320) {
                let mut p = ep.push(chunk);
                loop {
                    match p {
                        Progress::Pausing(s) => {
                            offered.push(s);
                            p = ep.push(&[]);
                        }
                        Progress::Done(s) => {
                            done = Some(s);
                            break;
                        }
                        _ => break,
                    }
                }
            }
        }
        let done = done.expect("the utterance ended");
        // Two pauses: the one speech resumed after, and the last.
        assert_eq!(offered.len(), 2, "{}", offered.len());
        assert!(offered[0].len() < done.len());
        assert_eq!(offered[1], done);
        // Speech ended after 300 + 600 + 300 + 500 ms of input.
        let end_ms = ep.speech_end() * 1000 / SAMPLE_RATE as usize;
        assert!((1680..=1710).contains(&end_ms), "{end_ms}");
    }

    #[test]
    fn long_speech_is_cut_at_the_cap() {
        let p = run(&[(12_000, true)], Tuning::default());
        let s = seconds(&p);
        assert!((7.9..8.5).contains(&s), "{s}");
    }

    #[test]
    fn a_click_is_not_speech_and_silence_times_out() {
        assert_eq!(
            run(&[(60, true), (7000, false)], Tuning::default()),
            Progress::NoSpeech
        );
    }

    #[test]
    fn soft_starts_are_kept_by_the_pre_roll() {
        let p = run(
            &[(1000, false), (400, true), (1000, false)],
            Tuning::default(),
        );
        let s = seconds(&p);
        // 400 ms of speech plus at least 250 ms from before it.
        assert!(s >= 0.65, "{s}");
    }

    #[test]
    fn real_silence_and_hum_are_not_speech_to_webrtc() {
        assert_eq!(utterance_in(&vec![0.0; 32_000], Tuning::default()), None);
        let hum: Vec<f32> = (0..32_000)
            .map(|i| 0.002 * (i as f32 * 0.05).sin())
            .collect();
        assert_eq!(utterance_in(&hum, Tuning::default()), None);
    }
}
