//! Where audio comes from: the kiosk's microphone (through cpal) or a WAV
//! file (tests and staff diagnostics). Both give 16 kHz mono chunks through
//! one trait, and the same endpointer cuts the utterance out of either.

use super::audio::{self, Audio, SAMPLE_RATE};
use super::vad::{Endpointer, Progress, Tuning, WebRtc};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::Duration;

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

/// A recording played through in 100 ms chunks.
pub struct WavSource {
    samples: Vec<f32>,
    at: usize,
}

impl WavSource {
    pub fn new(audio: Audio) -> WavSource {
        WavSource {
            samples: audio.samples,
            at: 0,
        }
    }
}

impl AudioSource for WavSource {
    fn next_chunk(&mut self, _timeout: Duration) -> Result<Chunk, CaptureError> {
        if self.at >= self.samples.len() {
            return Ok(Chunk::Ended);
        }
        let end = (self.at + SAMPLE_RATE as usize / 10).min(self.samples.len());
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

/// Listens until an utterance ends, nobody speaks, or `cancel` is set.
/// `on_speech` is called once, when speech begins (the UI shows it).
pub fn listen(
    source: &mut dyn AudioSource,
    tuning: Tuning,
    cancel: &AtomicBool,
    on_speech: &mut dyn FnMut(),
) -> Result<Option<Vec<f32>>, CaptureError> {
    let mut ep = Endpointer::new(WebRtc::default(), tuning);
    let mut told = false;
    loop {
        if cancel.load(Ordering::Relaxed) {
            return Ok(None);
        }
        let progress = match source.next_chunk(Duration::from_secs(2))? {
            Chunk::Samples(s) => ep.push(&s),
            Chunk::Ended => ep.finish(),
        };
        match progress {
            Progress::Waiting => {}
            Progress::Speaking => {
                if !told {
                    told = true;
                    on_speech();
                }
            }
            Progress::Done(samples) => return Ok(Some(samples)),
            Progress::NoSpeech => return Ok(None),
        }
    }
}
