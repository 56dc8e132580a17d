//! Reading speech audio from WAV files (tests, staff diagnostics, and
//! `banzhen listen --wav` when recognition lands): any common PCM or float
//! WAV, mono or stereo, any rate, turned into 16 kHz mono samples, which is
//! what speech recognition wants. Bad files get a specific error.

use std::io::Read;
use std::path::Path;

/// Recognition works at this rate.
pub const SAMPLE_RATE: u32 = 16_000;
/// An utterance at the kiosk is a few seconds; longer input is refused.
pub const MAX_SECONDS: u32 = 30;
/// Files larger than this are refused before they are read.
pub const MAX_BYTES: u64 = 64 << 20;

#[derive(Debug, thiserror::Error)]
pub enum AudioError {
    #[error("cannot read {0}: {1}")]
    Io(String, std::io::Error),
    #[error("the file is {0} bytes; audio files over {MAX_BYTES} bytes are refused")]
    TooLarge(u64),
    #[error("not a readable WAV file: {0}")]
    NotWav(String),
    #[error("unsupported WAV format: {0}")]
    Unsupported(String),
    #[error("the recording is {0:.1} s long; at most {MAX_SECONDS} s are accepted")]
    TooLong(f64),
    #[error("the recording has no sound in it")]
    Empty,
}

/// Mono samples in [-1, 1] at [`SAMPLE_RATE`].
#[derive(Debug, Clone, PartialEq)]
pub struct Audio {
    pub samples: Vec<f32>,
}

impl Audio {
    pub fn seconds(&self) -> f64 {
        self.samples.len() as f64 / SAMPLE_RATE as f64
    }
}

pub fn read_wav_file(path: &Path) -> Result<Audio, AudioError> {
    let shown = path.display().to_string();
    let size = std::fs::metadata(path)
        .map_err(|e| AudioError::Io(shown.clone(), e))?
        .len();
    if size > MAX_BYTES {
        return Err(AudioError::TooLarge(size));
    }
    let file = std::fs::File::open(path).map_err(|e| AudioError::Io(shown, e))?;
    read_wav(std::io::BufReader::new(file))
}

/// Reads a WAV from any reader.
pub fn read_wav(input: impl Read) -> Result<Audio, AudioError> {
    let mut reader = hound::WavReader::new(input).map_err(|e| AudioError::NotWav(e.to_string()))?;
    let spec = reader.spec();
    if spec.channels == 0 || spec.channels > 2 {
        return Err(AudioError::Unsupported(format!(
            "{} channels (mono or stereo expected)",
            spec.channels
        )));
    }
    if !(8_000..=192_000).contains(&spec.sample_rate) {
        return Err(AudioError::Unsupported(format!(
            "a sample rate of {} Hz",
            spec.sample_rate
        )));
    }
    let frames = reader.duration() as f64;
    let seconds = frames / spec.sample_rate as f64;
    if seconds > MAX_SECONDS as f64 {
        return Err(AudioError::TooLong(seconds));
    }
    let interleaved: Vec<f32> = match (spec.sample_format, spec.bits_per_sample) {
        (hound::SampleFormat::Float, 32) => reader
            .samples::<f32>()
            .collect::<Result<_, _>>()
            .map_err(|e| AudioError::NotWav(e.to_string()))?,
        (hound::SampleFormat::Int, bits @ (8 | 16 | 24 | 32)) => {
            let scale = (1i64 << (bits - 1)) as f32;
            reader
                .samples::<i32>()
                .map(|s| s.map(|v| v as f32 / scale))
                .collect::<Result<_, _>>()
                .map_err(|e| AudioError::NotWav(e.to_string()))?
        }
        (format, bits) => {
            return Err(AudioError::Unsupported(format!(
                "{bits}-bit {format:?} samples"
            )))
        }
    };
    let channels = spec.channels as usize;
    let mono: Vec<f32> = interleaved
        .chunks_exact(channels)
        .map(|c| c.iter().sum::<f32>() / channels as f32)
        .collect();
    if mono.is_empty() {
        return Err(AudioError::Empty);
    }
    Ok(Audio {
        samples: resample(&mono, spec.sample_rate, SAMPLE_RATE),
    })
}

/// Linear interpolation: enough for speech, which carries little above 4 kHz.
pub(crate) fn resample(input: &[f32], from: u32, to: u32) -> Vec<f32> {
    if from == to {
        return input.to_vec();
    }
    let n = ((input.len() as u64 * to as u64) / from as u64).max(1) as usize;
    let step = from as f64 / to as f64;
    (0..n)
        .map(|i| {
            let pos = i as f64 * step;
            let j = pos.floor() as usize;
            let frac = (pos - j as f64) as f32;
            let a = input[j.min(input.len() - 1)];
            let b = input[(j + 1).min(input.len() - 1)];
            a + (b - a) * frac
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn wav(rate: u32, channels: u16, samples: &[i16]) -> Vec<u8> {
        let mut out = std::io::Cursor::new(Vec::new());
        let spec = hound::WavSpec {
            channels,
            sample_rate: rate,
            bits_per_sample: 16,
            sample_format: hound::SampleFormat::Int,
        };
        let mut w = hound::WavWriter::new(&mut out, spec).expect("writer");
        for s in samples {
            w.write_sample(*s).expect("sample");
        }
        w.finalize().expect("finalize");
        out.into_inner()
    }

    #[test]
    fn a_16khz_mono_file_is_read_as_it_is() {
        let a = read_wav(&wav(16_000, 1, &[0, 16_384, -16_384])[..]).unwrap();
        assert_eq!(a.samples, vec![0.0, 0.5, -0.5]);
    }

    #[test]
    fn stereo_44khz_becomes_16khz_mono() {
        let samples: Vec<i16> = (0..44_100 * 2)
            .map(|i| if i % 2 == 0 { 1000 } else { 3000 })
            .collect();
        let a = read_wav(&wav(44_100, 2, &samples)[..]).unwrap();
        assert_eq!(a.samples.len(), 16_000);
        assert!((a.samples[100] - 2000.0 / 32768.0).abs() < 1e-4);
    }

    #[test]
    fn a_real_human_recording_reads_at_its_length() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/jfk.wav");
        let a = read_wav_file(&path).unwrap();
        assert!((a.seconds() - 11.0).abs() < 0.5, "{}", a.seconds());
    }

    #[test]
    fn bad_files_get_specific_errors() {
        assert!(matches!(
            read_wav(&b"not a wav at all"[..]),
            Err(AudioError::NotWav(_))
        ));
        assert!(matches!(
            read_wav(&wav(16_000, 1, &[])[..]),
            Err(AudioError::Empty)
        ));
        assert!(matches!(
            read_wav(&wav(4_000, 1, &[1, 2])[..]),
            Err(AudioError::Unsupported(_))
        ));
        let long = vec![0i16; 16_000 * 31];
        assert!(matches!(
            read_wav(&wav(16_000, 1, &long)[..]),
            Err(AudioError::TooLong(_))
        ));
        let missing = read_wav_file(Path::new("/nonexistent/x.wav"))
            .unwrap_err()
            .to_string();
        assert!(missing.contains("/nonexistent/x.wav"), "{missing}");
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

        /// Random bytes: an error, never a panic.
        #[test]
        fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
            let _ = read_wav(&bytes[..]);
        }

        /// A real WAV with bytes changed anywhere, header included.
        #[test]
        fn mutated_wavs_never_panic(edits in prop::collection::vec((0usize..400, any::<u8>()), 1..8)) {
            let mut bytes = wav(22_050, 2, &(0..180).map(|i| (i * 97) as i16).collect::<Vec<_>>());
            for (at, b) in edits {
                let n = bytes.len();
                bytes[at % n] = b;
            }
            if let Ok(a) = read_wav(&bytes[..]) {
                // Whatever the header claims, the output stays bounded.
                prop_assert!(a.samples.len() <= (SAMPLE_RATE * MAX_SECONDS) as usize);
            }
        }
    }
}
