//! Which installed model each language listens with: the largest that
//! answers within this machine's latency budget, measured here.
//!
//! The models we convert from the package index (tiny.en, base) suit a
//! two-core kiosk. A hospital with a stronger CPU, and internet to fetch
//! whisper.cpp's published files (small, medium, large-v3-turbo), gets a
//! better ear by copying them into the models folder: `banzhen models
//! calibrate` (also run at the end of `models install`) times each
//! installed model on a spoken request and writes the choice to
//! `choice.json` there. The recogniser reads it; without it, the defaults
//! (the 8-bit tiny.en and base) hold.

use crate::lang::Lang;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

/// A model file the kiosk knows, by its whisper.cpp name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rung {
    pub file: &'static str,
    pub english_only: bool,
}

const fn rung(file: &'static str, english_only: bool) -> Rung {
    Rung { file, english_only }
}

/// Largest first. Within a size, the 8-bit and 5-bit copies come before the
/// 16-bit one: the same model, faster on a CPU.
pub const LADDER: [Rung; 19] = [
    rung("ggml-large-v3-turbo-q8_0.bin", false),
    rung("ggml-large-v3-turbo-q5_0.bin", false),
    rung("ggml-large-v3-turbo.bin", false),
    rung("ggml-medium-q8_0.bin", false),
    rung("ggml-medium-q5_0.bin", false),
    rung("ggml-medium.bin", false),
    rung("ggml-medium.en-q8_0.bin", true),
    rung("ggml-medium.en.bin", true),
    rung("ggml-small-q8_0.bin", false),
    rung("ggml-small-q5_1.bin", false),
    rung("ggml-small.bin", false),
    rung("ggml-small.en-q8_0.bin", true),
    rung("ggml-small.en.bin", true),
    rung("ggml-base-q8_0.bin", false),
    rung("ggml-base.bin", false),
    rung("ggml-base.en.bin", true),
    rung("ggml-tiny.en-q8_0.bin", true),
    rung("ggml-tiny.en.bin", true),
    rung("ggml-tiny.bin", false),
];

impl Rung {
    pub fn hears(&self, lang: Lang) -> bool {
        lang == Lang::En || !self.english_only
    }
}

/// Recognition time allowed for a short request, per language: with the
/// 210 ms pause before speculative recognition starts, these keep the
/// answer within 0.6 s of the end of English speech and 0.9 s of Mandarin,
/// with some room for a busy moment (on our 2-core machine: tiny.en 8-bit
/// 221 ms, base 8-bit 403 ms in English and 547 ms in Mandarin).
pub fn budget_ms(lang: Lang) -> f64 {
    match lang {
        Lang::En => 350.0,
        Lang::Zh => 650.0,
    }
}

/// The installed models that hear `lang`, largest first.
pub fn installed(dir: &Path, lang: Lang) -> Vec<Rung> {
    LADDER
        .iter()
        .filter(|r| r.hears(lang) && dir.join(r.file).is_file())
        .copied()
        .collect()
}

/// The largest model measured within `budget`, else the fastest measured:
/// a slow answer beats none. `measured` holds (model, milliseconds).
pub fn choose(measured: &[(Rung, f64)], budget: f64) -> Option<Rung> {
    let rank = |r: &Rung| LADDER.iter().position(|x| x == r).unwrap_or(usize::MAX);
    measured
        .iter()
        .filter(|(_, ms)| *ms <= budget)
        .min_by_key(|(r, _)| rank(r))
        .or_else(|| measured.iter().min_by(|a, b| a.1.total_cmp(&b.1)))
        .map(|(r, _)| *r)
}

/// What calibration chose, per language, and what it measured.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Choice {
    /// Language code (`en`, `zh`) → the chosen file and its time.
    pub langs: BTreeMap<String, Chosen>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Chosen {
    pub file: String,
    pub millis: f64,
    /// Every model timed, for staff to see why.
    pub measured: BTreeMap<String, f64>,
}

pub const CHOICE_FILE: &str = "choice.json";

impl Choice {
    /// The choice in `dir`, if calibration ran there; a damaged file counts
    /// as none (the defaults hold) and is reported by `models list`.
    pub fn read(dir: &Path) -> Option<Choice> {
        let text = std::fs::read_to_string(dir.join(CHOICE_FILE)).ok()?;
        serde_json::from_str(&text).ok()
    }

    pub fn write(&self, dir: &Path) -> std::io::Result<()> {
        let text = serde_json::to_string_pretty(self).map_err(std::io::Error::other)?;
        let tmp = dir.join(format!("{CHOICE_FILE}.tmp"));
        std::fs::write(&tmp, text)?;
        std::fs::rename(tmp, dir.join(CHOICE_FILE))
    }

    /// The file chosen for `lang`, if it is still installed in `dir`.
    pub fn file_for(&self, dir: &Path, lang: Lang) -> Option<std::path::PathBuf> {
        let chosen = self.langs.get(lang.code())?;
        let path = dir.join(&chosen.file);
        path.is_file().then_some(path)
    }
}

/// Requests spoken to time the models with, per language.
pub const CALIBRATION_PHRASES: [(Lang, &str); 2] = [
    (Lang::En, "Where is the pharmacy, please?"),
    (Lang::Zh, "请问药房在哪里"),
];

#[derive(Debug, thiserror::Error)]
pub enum ClipError {
    #[error(transparent)]
    Voice(#[from] super::tts::TtsError),
    #[error(transparent)]
    Audio(#[from] super::audio::AudioError),
}

/// [`CALIBRATION_PHRASES`] spoken by espeak-ng (through files in `scratch`)
/// and cut to their speech, as the kiosk's endpointer would.
pub fn calibration_clips(scratch: &Path) -> Result<Vec<(Lang, Vec<f32>)>, ClipError> {
    use super::{audio, tts, vad};
    let mut clips = Vec::new();
    for (lang, text) in CALIBRATION_PHRASES {
        let wav = scratch.join(format!("calibrate-{}.wav", lang.code()));
        tts::say_to_wav(text, lang, tts::DEFAULT_RATE, &wav)?;
        let spoken = audio::read_wav_file(&wav)?;
        if let Some(speech) = vad::utterance_in(&spoken.samples, vad::Tuning::default()) {
            clips.push((lang, speech));
        }
    }
    Ok(clips)
}

/// Times every installed model that hears each language in `clips` on
/// its clip (the median of three full hearings, as the kiosk hears:
/// prompt, constrained pass and all) and chooses per language. `report`
/// gets a line per model.
pub fn calibrate(
    dir: &Path,
    clips: &[(Lang, Vec<f32>)],
    u: &super::listen::Understanding,
    report: &mut dyn FnMut(String),
) -> Result<Choice, super::asr::AsrError> {
    use super::asr::Recognizer;
    use super::intent::PromptContext;
    let mut choice = Choice::default();
    for (lang, samples) in clips {
        let mut measured = Vec::new();
        for rung in installed(dir, *lang) {
            let mut recognizer = match Recognizer::single(&dir.join(rung.file), *lang) {
                Ok(r) => r,
                Err(e) => {
                    report(format!("{}: not usable ({e})", rung.file));
                    continue;
                }
            };
            let general = PromptContext::General;
            recognizer.prepare_closed(*lang, &u.lexicon.closed_phrases(*lang, &general));
            let mut times = Vec::new();
            for _ in 0..3 {
                let heard = super::listen::hear(&mut recognizer, samples, *lang, &general, u);
                match heard {
                    Ok(h) => times.push(h.total_millis as f64),
                    Err(e) => {
                        report(format!("{}: failed ({e})", rung.file));
                        break;
                    }
                }
            }
            if times.len() < 3 {
                continue;
            }
            times.sort_by(f64::total_cmp);
            report(format!(
                "{} for {}: {:.0} ms (budget {:.0} ms)",
                rung.file,
                lang.code(),
                times[1],
                budget_ms(*lang)
            ));
            measured.push((rung, times[1]));
        }
        if let Some(best) = choose(&measured, budget_ms(*lang)) {
            let millis = measured
                .iter()
                .find(|(r, _)| *r == best)
                .map_or(f64::NAN, |m| m.1);
            choice.langs.insert(
                lang.code().to_string(),
                Chosen {
                    file: best.file.to_string(),
                    millis,
                    measured: measured
                        .iter()
                        .map(|(r, ms)| (r.file.to_string(), *ms))
                        .collect(),
                },
            );
        }
    }
    Ok(choice)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(file: &str) -> Rung {
        *LADDER.iter().find(|r| r.file == file).unwrap()
    }

    #[test]
    fn the_largest_model_within_budget_wins() {
        let measured = [
            (r("ggml-base-q8_0.bin"), 450.0),
            (r("ggml-small-q8_0.bin"), 900.0),
            (r("ggml-medium.bin"), 3_000.0),
        ];
        assert_eq!(choose(&measured, 650.0), Some(r("ggml-base-q8_0.bin")));
        assert_eq!(choose(&measured, 1_000.0), Some(r("ggml-small-q8_0.bin")));
        assert_eq!(choose(&measured, 5_000.0), Some(r("ggml-medium.bin")));
        // Nothing fast enough: the fastest, not nothing.
        assert_eq!(choose(&measured, 100.0), Some(r("ggml-base-q8_0.bin")));
        assert_eq!(choose(&[], 100.0), None);
    }

    #[test]
    fn english_only_models_never_hear_mandarin() {
        let dir = tempfile::tempdir().unwrap();
        for f in [
            "ggml-tiny.en-q8_0.bin",
            "ggml-base-q8_0.bin",
            "ggml-small.en.bin",
        ] {
            std::fs::write(dir.path().join(f), b"x").unwrap();
        }
        let zh: Vec<&str> = installed(dir.path(), Lang::Zh)
            .iter()
            .map(|r| r.file)
            .collect();
        assert_eq!(zh, vec!["ggml-base-q8_0.bin"]);
        let en: Vec<&str> = installed(dir.path(), Lang::En)
            .iter()
            .map(|r| r.file)
            .collect();
        assert_eq!(
            en,
            vec![
                "ggml-small.en.bin",
                "ggml-base-q8_0.bin",
                "ggml-tiny.en-q8_0.bin"
            ]
        );
    }

    #[test]
    fn a_choice_survives_a_round_trip_and_a_removed_file_is_not_used() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("ggml-base-q8_0.bin"), b"x").unwrap();
        let mut choice = Choice::default();
        choice.langs.insert(
            "zh".into(),
            Chosen {
                file: "ggml-base-q8_0.bin".into(),
                millis: 480.0,
                measured: BTreeMap::from([("ggml-base-q8_0.bin".into(), 480.0)]),
            },
        );
        choice.write(dir.path()).unwrap();
        let back = Choice::read(dir.path()).unwrap();
        assert_eq!(back, choice);
        assert!(back.file_for(dir.path(), Lang::Zh).is_some());
        assert!(back.file_for(dir.path(), Lang::En).is_none());
        std::fs::remove_file(dir.path().join("ggml-base-q8_0.bin")).unwrap();
        assert!(back.file_for(dir.path(), Lang::Zh).is_none());
        std::fs::write(dir.path().join(CHOICE_FILE), "{ not json").unwrap();
        assert_eq!(Choice::read(dir.path()), None);
    }
}
