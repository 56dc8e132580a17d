//! Where audio comes from: the kiosk's microphone (through cpal) or a WAV
//! file (tests and staff diagnostics). Both give 16 kHz mono chunks through
//! one trait, and the same endpointer cuts the utterance out of either.

use super::audio::{self, Audio, SAMPLE_RATE};
use super::vad::{Endpointer, FrameClassifier, Progress, Tuning, WebRtc};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

#[derive(Debug, thiserror::Error)]
pub enum CaptureError {
    #[error("no microphone was found; speech input is off and touch still works")]
    NoMicrophone,
    #[error("the microphone could not be opened: {0}")]
    Device(String),
    #[error("the microphone stopped delivering sound")]
    Stalled,
}

pub enum Chunk {
    Samples(Vec<f32>),
    /// The source has no more audio (end of file).
    Ended,
}

pub trait AudioSource {
    /// The next chunk of 16 kHz mono audio, waiting at most `timeout`.
    fn next_chunk(&mut self, timeout: Duration) -> Result<Chunk, CaptureError>;
}

/// A recording played through in 100 ms chunks, or in real time in 20 ms
/// chunks as a sound card delivers them ([`WavSource::paced`]).
pub struct WavSource {
    samples: Vec<f32>,
    at: usize,
    /// When the recording started "playing", for real-time delivery.
    started: Option<Instant>,
}

impl WavSource {
    pub fn new(audio: Audio) -> WavSource {
        WavSource {
            samples: audio.samples,
            at: 0,
            started: None,
        }
    }

    /// Delivers each chunk only once its last sample would have been
    /// spoken, counting from now: latency measured through it is what a
    /// patient at the microphone would wait.
    pub fn paced(audio: Audio) -> WavSource {
        WavSource {
            started: Some(Instant::now()),
            ..WavSource::new(audio)
        }
    }

    /// When the sample at `index` was (or will be) delivered, if paced.
    pub fn time_of(&self, index: usize) -> Option<Instant> {
        self.started
            .map(|t| t + Duration::from_secs_f64(index as f64 / SAMPLE_RATE as f64))
    }
}

impl AudioSource for WavSource {
    fn next_chunk(&mut self, _timeout: Duration) -> Result<Chunk, CaptureError> {
        if self.at >= self.samples.len() {
            return Ok(Chunk::Ended);
        }
        let step = match self.started {
            Some(_) => SAMPLE_RATE as usize / 50,
            None => SAMPLE_RATE as usize / 10,
        };
        let end = (self.at + step).min(self.samples.len());
        if let Some(due) = self.time_of(end) {
            std::thread::sleep(due.saturating_duration_since(Instant::now()));
        }
        let chunk = self.samples[self.at..end].to_vec();
        self.at = end;
        Ok(Chunk::Samples(chunk))
    }
}

/// The default input device, mixed to mono and resampled to 16 kHz. It
/// records only while this value lives: dropping it closes the device.
pub struct Microphone {
    // Kept for its lifetime: the stream stops when dropped.
    _stream: cpal::Stream,
    chunks: mpsc::Receiver<Vec<f32>>,
}

impl Microphone {
    pub fn open() -> Result<Microphone, CaptureError> {
        use cpal::traits::{DeviceTrait, HostTrait, StreamTrait};
        let host = cpal::default_host();
        let device = host
            .default_input_device()
            .ok_or(CaptureError::NoMicrophone)?;
        let config = device
            .default_input_config()
            .map_err(|e| CaptureError::Device(e.to_string()))?;
        let channels = config.channels().max(1) as usize;
        let rate = config.sample_rate();
        let (tx, rx) = mpsc::sync_channel::<Vec<f32>>(64);
        let to_mono = move |data: &[f32]| -> Vec<f32> {
            let mono: Vec<f32> = data
                .chunks(channels)
                .map(|c| c.iter().sum::<f32>() / c.len() as f32)
                .collect();
            audio::resample(&mono, rate, SAMPLE_RATE)
        };
        let on_error = |e: cpal::Error| tracing::warn!("microphone: {e}");
        let stream = match config.sample_format() {
            cpal::SampleFormat::F32 => device.build_input_stream::<f32, _, _>(
                config.into(),
                move |data, _| {
                    // A full channel means nobody is reading: drop audio
                    // rather than block the sound card's thread.
                    let _ = tx.try_send(to_mono(data));
                },
                on_error,
                None,
            ),
            cpal::SampleFormat::I16 => device.build_input_stream::<i16, _, _>(
                config.into(),
                move |data, _| {
                    let f: Vec<f32> = data.iter().map(|s| *s as f32 / 32768.0).collect();
                    let _ = tx.try_send(to_mono(&f));
                },
                on_error,
                None,
            ),
            other => {
                return Err(CaptureError::Device(format!(
                    "the microphone delivers {other:?} samples"
                )))
            }
        }
        .map_err(|e| CaptureError::Device(e.to_string()))?;
        stream
            .play()
            .map_err(|e| CaptureError::Device(e.to_string()))?;
        Ok(Microphone {
            _stream: stream,
            chunks: rx,
        })
    }
}

impl AudioSource for Microphone {
    fn next_chunk(&mut self, timeout: Duration) -> Result<Chunk, CaptureError> {
        match self.chunks.recv_timeout(timeout) {
            Ok(c) => Ok(Chunk::Samples(c)),
            Err(mpsc::RecvTimeoutError::Timeout) => Err(CaptureError::Stalled),
            Err(mpsc::RecvTimeoutError::Disconnected) => Err(CaptureError::Stalled),
        }
    }
}

/// One utterance taken from a source, and what was made of it.
#[derive(Debug)]
pub struct Utterance<R> {
    pub samples: Vec<f32>,
    pub result: R,
    /// Where the patient's speech ended, in samples from the start of the
    /// source: what latency is measured from.
    pub speech_end: usize,
    /// Taken when a pause began, before the end-of-speech silence was over.
    pub speculative: bool,
}

/// Listens until an utterance ends, nobody speaks, or `cancel` is set, and
/// makes something of it with `recognise`. `on_speech` is called once, when
/// speech begins (the UI shows it).
///
/// Recognition starts speculatively when a pause begins ([`Progress::
/// Pausing`]): audio keeps queueing in the source meanwhile, and the result
/// is kept only if the pause lasts; speech resuming discards it. A result
/// that `complete` accepts ends the utterance after `early_end_ms` of
/// silence; any other waits for the full `end_silence_ms`, as elders pause
/// mid-sentence. So a clear request is answered about half a second after
/// the patient stops, not 700 ms plus recognition.
pub fn listen_then<R>(
    source: &mut dyn AudioSource,
    tuning: Tuning,
    cancel: &AtomicBool,
    on_speech: &mut dyn FnMut(),
    recognise: &mut dyn FnMut(&[f32]) -> R,
    complete: &dyn Fn(&R) -> bool,
) -> Result<Option<Utterance<R>>, CaptureError> {
    let ep = Endpointer::new(WebRtc::default(), tuning);
    listen_with(ep, source, tuning, cancel, on_speech, recognise, complete)
}

fn listen_with<R, C: FrameClassifier>(
    mut ep: Endpointer<C>,
    source: &mut dyn AudioSource,
    tuning: Tuning,
    cancel: &AtomicBool,
    on_speech: &mut dyn FnMut(),
    recognise: &mut dyn FnMut(&[f32]) -> R,
    complete: &dyn Fn(&R) -> bool,
) -> Result<Option<Utterance<R>>, CaptureError> {
    let mut told = false;
    let mut guess: Option<(Vec<f32>, R)> = None;
    loop {
        if cancel.load(Ordering::Relaxed) {
            return Ok(None);
        }
        let mut progress = match source.next_chunk(Duration::from_secs(2))? {
            Chunk::Samples(s) => ep.push(&s),
            Chunk::Ended => ep.finish(),
        };
        loop {
            match progress {
                Progress::Waiting => {}
                Progress::Speaking => {
                    if !told {
                        told = true;
                        on_speech();
                    }
                }
                Progress::Pausing(samples) => {
                    let result = recognise(&samples);
                    guess = Some((samples, result));
                    if cancel.load(Ordering::Relaxed) {
                        return Ok(None);
                    }
                    progress = ep.push(&[]);
                    continue;
                }
                Progress::Done(samples) => {
                    let (result, speculative) = match guess.take() {
                        Some((guessed, result)) if guessed == samples => (result, true),
                        _ => (recognise(&samples), false),
                    };
                    return Ok(Some(Utterance {
                        samples,
                        result,
                        speech_end: ep.speech_end(),
                        speculative,
                    }));
                }
                Progress::NoSpeech => return Ok(None),
            }
            break;
        }
        if ep.silence_ms() < tuning.pause_ms {
            // Speech resumed: what was guessed at the pause is not the utterance.
            guess = None;
        }
        if ep.silence_ms() >= tuning.early_end_ms
            && guess.as_ref().is_some_and(|(_, r)| complete(r))
        {
            if let Some((samples, result)) = guess.take() {
                return Ok(Some(Utterance {
                    samples,
                    result,
                    speech_end: ep.speech_end(),
                    speculative: true,
                }));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::speech::vad::Loud;

    fn audio(parts: &[(u32, bool)]) -> Audio {
        let samples = parts
            .iter()
            .flat_map(|(ms, loud)| {
                std::iter::repeat_n(if *loud { 0.5 } else { 0.0 }, (*ms * 16) as usize)
            })
            .collect();
        Audio { samples }
    }

    /// Runs `parts` through listen_with; the "recogniser" returns the length
    /// it was given in milliseconds and counts its calls.
    fn run(parts: &[(u32, bool)], complete: bool) -> (Utterance<usize>, usize) {
        let mut source = WavSource::new(audio(parts));
        let mut calls = 0;
        let u = listen_with(
            Endpointer::new(Loud, Tuning::default()),
            &mut source,
            Tuning::default(),
            &AtomicBool::new(false),
            &mut || {},
            &mut |s| {
                calls += 1;
                s.len() / 16
            },
            &|_| complete,
        )
        .unwrap()
        .expect("an utterance");
        (u, calls)
    }

    #[test]
    fn a_pause_that_lasts_keeps_the_speculative_result() {
        let (u, calls) = run(&[(300, false), (800, true), (1500, false)], false);
        assert!(u.speculative);
        assert_eq!(calls, 1, "recognised once, at the pause");
        assert_eq!(u.result, u.samples.len() / 16);
        // To the end of the 30 ms frame the speech ended in.
        assert!(
            (1100 * 16..1130 * 16).contains(&u.speech_end),
            "{}",
            u.speech_end
        );
    }

    #[test]
    fn speech_after_the_pause_discards_the_guess() {
        let (u, calls) = run(
            &[
                (300, false),
                (800, true),
                (400, false),
                (600, true),
                (1500, false),
            ],
            false,
        );
        assert_eq!(calls, 2, "the first guess was thrown away");
        assert!(u.result >= 1700, "the whole utterance: {}", u.result);
        assert_eq!(u.speech_end, 2100 * 16);
    }

    #[test]
    fn a_complete_request_ends_early_and_an_incomplete_one_waits() {
        // 600 ms of silence: past the early end, short of the full 700 ms.
        let parts = [(300, false), (800, true), (600, false)];
        let mut source = WavSource::new(audio(&parts));
        let early = listen_with(
            Endpointer::new(Loud, Tuning::default()),
            &mut source,
            Tuning::default(),
            &AtomicBool::new(false),
            &mut || {},
            &mut |s| s.len(),
            &|_| true,
        )
        .unwrap()
        .expect("ended early");
        assert!(early.speculative);
        // The same audio with an incomplete guess runs out of input first:
        // the end of the recording, not the early end, finishes it.
        let (late, calls) = run(&parts, false);
        assert!(!late.speculative);
        assert_eq!(calls, 2);
    }
}
