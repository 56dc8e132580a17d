//! Spoken test requests made on the machine itself: a table of phrases with
//! the intent each should produce, rendered to audio with espeak-ng in
//! several voices, speeds and noise levels. The speech tests, the speech
//! benchmark and a staff self-test all use it, so "recognition works on
//! this kiosk" can be checked without a person or a recording.
//!
//! The table has the columns of `../shared/speech/phrases_dev.tsv`:
//! lang, voice, speed, noise (none/low/high), text ("-" for noise only),
//! kind, value. Rendering follows that folder's `make_wavs.sh`: half a
//! second of silence either side, then brown noise mixed in.

use super::audio::{self, SAMPLE_RATE};
use crate::lang::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Noise {
    None,
    Low,
    High,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub lang: Lang,
    pub voice: String,
    pub speed: u32,
    pub noise: Noise,
    /// `None`: no speech, only the noise (or silence).
    pub text: Option<String>,
    /// command, place, department, symptom, or none.
    pub kind: String,
    pub value: String,
}

/// Reads a phrase table; errors name the line.
pub fn parse(table: &str) -> Result<Vec<Row>, String> {
    let mut rows = Vec::new();
    for (i, line) in table.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        let [lang, voice, speed, noise, text, kind, value] = f[..] else {
            return Err(format!("line {}: expected 7 tab-separated columns", i + 1));
        };
        let lang = match lang {
            "en" => Lang::En,
            "zh" => Lang::Zh,
            other => return Err(format!("line {}: unknown language {other:?}", i + 1)),
        };
        let noise = match noise {
            "none" => Noise::None,
            "low" => Noise::Low,
            "high" => Noise::High,
            other => return Err(format!("line {}: unknown noise level {other:?}", i + 1)),
        };
        let speed = speed
            .parse()
            .map_err(|_| format!("line {}: speed {speed:?} is not a number", i + 1))?;
        rows.push(Row {
            lang,
            voice: voice.to_string(),
            speed,
            noise,
            text: (text != "-").then(|| text.to_string()),
            kind: kind.to_string(),
            value: value.to_string(),
        });
    }
    Ok(rows)
}

/// A deterministic generator, so a failing row can be rendered again.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> f32 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        let x = self.0.wrapping_mul(0x2545_F491_4F6C_DD1D);
        (x >> 40) as f32 / (1u64 << 24) as f32 * 2.0 - 1.0
    }
}

/// Brown (random-walk) noise with its peak at `volume`.
fn brown_noise(n: usize, volume: f32, seed: u64) -> Vec<f32> {
    let mut rng = Rng(seed | 1);
    let mut level = 0.0f32;
    let mut out: Vec<f32> = (0..n)
        .map(|_| {
            // A slight leak keeps the walk from drifting off.
            level = level * 0.998 + rng.next() * 0.05;
            level
        })
        .collect();
    let peak = out.iter().fold(0.0f32, |m, x| m.max(x.abs())).max(1e-6);
    for x in &mut out {
        *x *= volume / peak;
    }
    out
}

/// The row as 16 kHz mono audio.
pub fn render(row: &Row, seed: u64) -> Result<Vec<f32>, String> {
    let pad = SAMPLE_RATE as usize / 2;
    let mut samples = match &row.text {
        None => vec![0.0; SAMPLE_RATE as usize * 2],
        Some(text) => {
            // A file, not --stdout: a piped WAV header has no length in it.
            let file = tempfile::Builder::new()
                .suffix(".wav")
                .tempfile()
                .map_err(|e| e.to_string())?;
            super::tts::say_to_wav_in(text, &row.voice, row.speed, file.path())
                .map_err(|e| e.to_string())?;
            let speech = audio::read_wav_file(file.path()).map_err(|e| e.to_string())?;
            let mut s = vec![0.0; pad];
            s.extend(speech.samples);
            s.extend(std::iter::repeat_n(0.0, pad));
            s
        }
    };
    let volume = match row.noise {
        Noise::None => return Ok(samples),
        Noise::Low => 0.03,
        Noise::High => 0.12,
    };
    let noise = brown_noise(samples.len(), volume, seed);
    for (s, n) in samples.iter_mut().zip(noise) {
        *s = (*s + n).clamp(-1.0, 1.0);
    }
    Ok(samples)
}

/// Writes 16-bit mono WAV, for tools that want files (faster-whisper).
pub fn write_wav(path: &std::path::Path, samples: &[f32]) -> Result<(), String> {
    let spec = hound::WavSpec {
        channels: 1,
        sample_rate: SAMPLE_RATE,
        bits_per_sample: 16,
        sample_format: hound::SampleFormat::Int,
    };
    let mut w = hound::WavWriter::create(path, spec).map_err(|e| e.to_string())?;
    for s in super::vad::to_pcm(samples) {
        w.write_sample(s).map_err(|e| e.to_string())?;
    }
    w.finalize().map_err(|e| e.to_string())
}

/// Tallies results the way `../shared/speech/score_speech.py` does: a row of
/// kind "none" is right when nothing is accepted; an accepted intent that
/// differs from the expected one is a wrong action. One difference: a name
/// the kiosk reads back before doing anything (a department, a place named
/// among other words) is not an action. Read back right, it is right after
/// one "yes"; read back wrong, the patient says "no" and nothing happens:
/// counted apart, not as a wrong action.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Score {
    pub right: usize,
    /// Right, after the patient confirms a read-back.
    pub read_back: usize,
    /// A wrong name read back: a "no" away from where the patient was.
    pub misread_back: usize,
    pub wrong: usize,
    pub refused: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Right,
    ReadBack,
    MisreadBack,
    Wrong,
    Refused,
}

/// Intents the kiosk reads back before acting on them.
fn read_back(kind: &str) -> bool {
    matches!(kind, "department" | "place_to_confirm")
}

pub fn judge(row: &Row, accepted: Option<(&str, &str)>) -> Outcome {
    match (row.kind.as_str(), accepted) {
        ("none", None) => Outcome::Right,
        (_, None) => Outcome::Refused,
        (kind, Some((k, v))) if kind == k && row.value == v => Outcome::Right,
        ("place", Some(("place_to_confirm", v))) if row.value == v => Outcome::ReadBack,
        (_, Some((k, _))) if read_back(k) => Outcome::MisreadBack,
        _ => Outcome::Wrong,
    }
}

impl Score {
    pub fn add(&mut self, o: Outcome) {
        match o {
            Outcome::Right => self.right += 1,
            Outcome::ReadBack => self.read_back += 1,
            Outcome::MisreadBack => self.misread_back += 1,
            Outcome::Wrong => self.wrong += 1,
            Outcome::Refused => self.refused += 1,
        }
    }

    pub fn total(&self) -> usize {
        self.right + self.read_back + self.misread_back + self.wrong + self.refused
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_parse_and_bad_lines_are_named() {
        let rows = parse(
            "# header\nen\ten-us\t150\tlow\tyes\tcommand\tyes\nzh\tcmn\t150\tnone\t-\tnone\t-\n",
        )
        .unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].noise, Noise::Low);
        assert_eq!(rows[1].text, None);
        let err = parse("en\ten-us\tfast\tnone\tyes\tcommand\tyes").unwrap_err();
        assert!(err.contains("line 1") && err.contains("fast"), "{err}");
        assert!(parse("en\ten-us").unwrap_err().contains("7 tab-separated"));
    }

    #[test]
    fn noise_is_repeatable_and_at_its_volume() {
        let a = brown_noise(16_000, 0.12, 7);
        assert_eq!(a, brown_noise(16_000, 0.12, 7));
        let peak = a.iter().fold(0.0f32, |m, x| m.max(x.abs()));
        assert!((peak - 0.12).abs() < 1e-4);
    }

    #[test]
    fn judging_follows_the_shared_scorer() {
        let row = |kind: &str, value: &str| Row {
            lang: Lang::En,
            voice: "en-us".into(),
            speed: 150,
            noise: Noise::None,
            text: None,
            kind: kind.into(),
            value: value.into(),
        };
        assert_eq!(judge(&row("none", "-"), None), Outcome::Right);
        assert_eq!(
            judge(&row("none", "-"), Some(("place", "lab"))),
            Outcome::Wrong
        );
        assert_eq!(judge(&row("place", "lab"), None), Outcome::Refused);
        assert_eq!(
            judge(&row("place", "lab"), Some(("place", "lab"))),
            Outcome::Right
        );
        assert_eq!(
            judge(&row("place", "lab"), Some(("place", "pharmacy"))),
            Outcome::Wrong
        );
        assert_eq!(
            judge(&row("place", "lab"), Some(("symptom", "emergency"))),
            Outcome::Wrong
        );
        // Read back before anything happens: not an action.
        assert_eq!(
            judge(&row("place", "lab"), Some(("department", "13"))),
            Outcome::MisreadBack
        );
        assert_eq!(
            judge(&row("place", "lab"), Some(("place_to_confirm", "lab"))),
            Outcome::ReadBack
        );
        assert_eq!(
            judge(&row("none", "-"), Some(("place_to_confirm", "lab"))),
            Outcome::MisreadBack
        );
    }
}
