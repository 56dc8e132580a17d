//! Speech to text with whisper.cpp (through whisper-rs), tuned for the short
//! requests people make at a kiosk.
//!
//! Settings and their reasons (measured on a 2-core machine, see
//! `../shared/speech/README.md` and the speech benchmark):
//! - `audio_ctx` sized to the utterance (512 ≈ 10 s) instead of the 30 s
//!   window: 3-5× faster on a 2 s phrase, same words.
//! - greedy decoding, no temperature fallback, and a token budget sized to
//!   the utterance (`max_tokens`): enough for fast Mandarin up to the 8 s
//!   limit, while a prompted decoder looping on noise stops soon.
//! - an initial prompt naming the hospital's departments and places, which
//!   turns "car deal, legit" into "cardiologist".
//! - never `set_grammar` or `set_abort_callback_safe`: both crash in this
//!   version of whisper-rs.

use super::closed::{beam, search, Closed, Trie};
use crate::lang::Lang;
use std::path::Path;
use std::time::Instant;
use whisper_rs::{
    FullParams, SamplingStrategy, WhisperContext, WhisperContextParameters, WhisperState,
};

/// Whisper needs at least a second of audio; shorter clips are padded.
const MIN_SAMPLES: usize = 16_000 + 1_600;

/// The decoder's token budget for `samples` of audio: 32 for short
/// requests, growing by 12 a second (fast Mandarin is about 7 characters a
/// second, and a rarer character takes two or three tokens), to 160 at 12 s.
fn max_tokens(samples: usize) -> i32 {
    let seconds = samples as f64 / 16_000.0;
    ((16.0 + 12.0 * seconds).ceil() as i32).clamp(32, 160)
}

#[derive(Debug, thiserror::Error)]
pub enum AsrError {
    #[error("the speech model {0} could not be loaded: {1}")]
    Load(String, String),
    #[error("no speech model for {0} is installed (run `banzhen models install`)")]
    NoModel(&'static str),
    #[error("speech recognition failed: {0}")]
    Failed(String),
}

/// What was heard, and how sure the model was.
#[derive(Debug, Clone, PartialEq)]
pub struct Transcript {
    pub text: String,
    /// Geometric mean of the text tokens' probabilities, 0 to 1.
    pub confidence: f32,
    /// The text tokens and their probabilities, for diagnostics.
    pub tokens: Vec<(String, f32)>,
    pub millis: u64,
}

struct Model {
    name: String,
    /// Tokenizes phrases; `state` also points into it.
    ctx: WhisperContext,
    state: WhisperState,
    multilingual: bool,
    /// The last closed set and its token trie: a screen asks for the same
    /// set again and again, and tokenizing it anew costs more than decoding.
    closed: Option<(Vec<String>, Trie)>,
    /// The prompt and the text tokens of the last free reading, which the
    /// closed reading is weighed against.
    last: (String, Vec<i32>),
}

impl Model {
    fn load(path: &Path, threads: i32, warm_up: bool) -> Result<Model, AsrError> {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let fail = |e: whisper_rs::WhisperError| AsrError::Load(name.clone(), e.to_string());
        let ctx = WhisperContext::new_with_params(path, WhisperContextParameters::default())
            .map_err(fail)?;
        let mut state = ctx.create_state().map_err(fail)?;
        let multilingual = ctx.is_multilingual();
        // One warm-up pass allocates the compute buffers now, not on the
        // first patient's request.
        if warm_up {
            let _ = run(&mut state, &vec![0.0; MIN_SAMPLES], "en", "", threads);
        }
        Ok(Model {
            name,
            ctx,
            state,
            multilingual,
            closed: None,
            last: (String::new(), Vec::new()),
        })
    }
}

/// Loaded models, one per language where possible: English with tiny.en
/// (fast), Mandarin with the multilingual base (tiny.en knows no Chinese).
pub struct Recognizer {
    english: Option<Model>,
    multilingual: Option<Model>,
    threads: i32,
    pub load_millis: u64,
}

impl Recognizer {
    /// Loads the installed models in `dir` that `langs` need: tiny.en for
    /// English when present, base for Mandarin (and for English without
    /// tiny.en). Fails only when none of them can be loaded. The kiosk warms
    /// the models up so the first patient does not wait for allocation.
    /// A model chosen by `banzhen models calibrate` ([`super::ladder`])
    /// takes the place of the default for its language.
    pub fn load(dir: &Path, langs: &[Lang], warm_up: bool) -> Result<Recognizer, AsrError> {
        whisper_rs::install_logging_hooks();
        let started = Instant::now();
        let threads = threads();
        let choice = super::ladder::Choice::read(dir);
        // The calibrated choice, else the first of `specs` installed, so
        // the 8-bit copy wins when present.
        let load = |lang: Lang,
                    specs: [&super::models::ModelSpec; 2]|
         -> Result<Option<Model>, AsrError> {
            let chosen = choice.as_ref().and_then(|c| c.file_for(dir, lang));
            let default = specs.iter().map(|s| dir.join(s.file)).find(|p| p.exists());
            match chosen.or(default) {
                Some(path) => Model::load(&path, threads, warm_up).map(Some),
                None => Ok(None),
            }
        };
        use super::models::{BASE, BASE_Q8, TINY_EN, TINY_EN_Q8};
        let english = if langs.contains(&Lang::En) {
            load(Lang::En, [&TINY_EN_Q8, &TINY_EN])?
        } else {
            None
        };
        let multilingual = if langs.contains(&Lang::Zh) || english.is_none() {
            load(Lang::Zh, [&BASE_Q8, &BASE])?
        } else {
            None
        };
        if english.is_none() && multilingual.is_none() {
            return Err(AsrError::NoModel("any language"));
        }
        Ok(Recognizer {
            english,
            multilingual: multilingual.filter(|m| m.multilingual),
            threads,
            load_millis: started.elapsed().as_millis() as u64,
        })
    }

    /// One model file for one language, for calibration.
    pub fn single(path: &Path, lang: Lang) -> Result<Recognizer, AsrError> {
        whisper_rs::install_logging_hooks();
        let started = Instant::now();
        let threads = threads();
        let model = Model::load(path, threads, true)?;
        let (english, multilingual) = match lang {
            Lang::En => (Some(model), None),
            Lang::Zh => (None, Some(model).filter(|m| m.multilingual)),
        };
        Ok(Recognizer {
            english,
            multilingual,
            threads,
            load_millis: started.elapsed().as_millis() as u64,
        })
    }

    pub fn supports(&self, lang: Lang) -> bool {
        match lang {
            Lang::En => self.english.is_some() || self.multilingual.is_some(),
            Lang::Zh => self.multilingual.is_some(),
        }
    }

    /// Names of the loaded models, for staff and logs.
    pub fn models(&self) -> Vec<String> {
        [&self.english, &self.multilingual]
            .into_iter()
            .flatten()
            .map(|m| m.name.clone())
            .collect()
    }

    /// Recognises one utterance (16 kHz mono) in `lang`, steered by `prompt`.
    pub fn transcribe(
        &mut self,
        samples: &[f32],
        lang: Lang,
        prompt: &str,
    ) -> Result<Transcript, AsrError> {
        let threads = self.threads;
        let model = self.model_for(lang).ok_or(AsrError::NoModel(match lang {
            Lang::En => "English",
            Lang::Zh => "Mandarin",
        }))?;
        let code = lang.code();
        let started = Instant::now();
        let mut padded;
        let mut audio = samples;
        if samples.len() < MIN_SAMPLES {
            padded = samples.to_vec();
            padded.resize(MIN_SAMPLES, 0.0);
            audio = &padded;
        }
        let (mut transcript, ids) = run(&mut model.state, audio, code, prompt, threads)?;
        model.last = (prompt.to_string(), ids);
        transcript.millis = started.elapsed().as_millis() as u64;
        Ok(transcript)
    }
}

impl Model {
    fn trie(&mut self, phrases: &[String]) {
        if self.closed.as_ref().is_some_and(|(p, _)| p == phrases) {
            return;
        }
        // whisper.cpp's tokenizer takes about 0.1 ms a phrase. A closing
        // mark is a piece of its own for the tokenizer (punctuation never
        // merges with letters), so its tokens are appended rather than
        // tokenizing every phrase once per mark.
        let mut pieces: std::collections::HashMap<&str, Option<Vec<i32>>> = Default::default();
        let mut sequences = Vec::with_capacity(phrases.len());
        for phrase in phrases {
            let (body, mark) = split_mark(phrase);
            let mut seq = Vec::new();
            for part in [body, mark] {
                if part.is_empty() {
                    continue;
                }
                let tokens = pieces
                    .entry(part)
                    .or_insert_with(|| self.ctx.tokenize(part, 64).ok());
                seq.extend(tokens.iter().flatten());
            }
            sequences.push(seq);
        }
        self.closed = Some((phrases.to_vec(), Trie::new(sequences)));
    }
}

impl Recognizer {
    /// Tokenizes `phrases` for [`Recognizer::transcribe_closed`] ahead of
    /// time (a few hundred milliseconds for a whole hospital), so the
    /// patient does not wait for it after speaking.
    pub fn prepare_closed(&mut self, lang: Lang, phrases: &[String]) {
        if let Some(model) = self.model_for(lang) {
            model.trie(phrases);
        }
    }

    fn model_for(&mut self, lang: Lang) -> Option<&mut Model> {
        match lang {
            Lang::Zh => self.multilingual.as_mut(),
            Lang::En => self.english.as_mut().or(self.multilingual.as_mut()),
        }
    }

    /// Decodes the utterance last given to [`Recognizer::transcribe`] in
    /// `lang` once more, allowed to say only one of `phrases` (see
    /// [`super::closed`]), and scores the free reading the same way, so the
    /// two can be weighed. The encoder's output is reused: this costs
    /// decoder steps, not another pass. `None` when nothing in the set could
    /// be decoded, or when the free reading is far longer than any phrase
    /// (then it was not one of them).
    pub fn transcribe_closed(
        &mut self,
        lang: Lang,
        phrases: &[String],
    ) -> Result<Option<ClosedReadings>, AsrError> {
        let threads = self.threads.max(1) as usize;
        let Some(model) = self.model_for(lang) else {
            return Ok(None);
        };
        if model.last.1.len() > MAX_CLOSED_TOKENS {
            return Ok(None);
        }
        let failed = |e: whisper_rs::WhisperError| AsrError::Failed(e.to_string());
        let code = lang.code();
        // The decoder starts as whisper.cpp started the free reading:
        // previous-text marker and prompt, then the task.
        let mut start = Vec::new();
        if !model.last.0.is_empty() {
            start.push(model.ctx.token_prev());
            start.extend(model.ctx.tokenize(&model.last.0, 224).map_err(failed)?);
        }
        start.push(model.ctx.token_sot());
        if model.multilingual {
            let id = whisper_rs::get_lang_id(code).ok_or_else(|| AsrError::Failed(code.into()))?;
            start.push(model.ctx.token_lang(id));
            start.push(model.ctx.token_transcribe());
        }
        start.push(model.ctx.token_not());
        let eot = model.ctx.token_eot();
        model.trie(phrases);
        let Model {
            state,
            closed: Some((_, trie)),
            ctx,
            last,
            ..
        } = model
        else {
            return Ok(None);
        };
        state.decode(&start, 0, threads).map_err(failed)?;
        let first = state.get_logits().map_err(failed)?.to_vec();
        let Some(closed) = beam(trie, eot, BEAM_WIDTH, |tokens| {
            let Some((last, before)) = tokens.split_last() else {
                return Ok(first.clone());
            };
            // whisper.cpp hands out the logits of a batch's first row only,
            // so the hypothesis goes in as its prefix, then its last token.
            if !before.is_empty() {
                state.decode(before, start.len(), threads).map_err(failed)?;
            }
            state
                .decode(&[*last], start.len() + before.len(), threads)
                .map_err(failed)?;
            Ok::<_, AsrError>(state.get_logits().map_err(failed)?.to_vec())
        })?
        else {
            return Ok(None);
        };
        // The free reading, scored the same way, step by step.
        let mut n_past = start.len();
        let free = search(&Trie::new([last.1.clone()]), eot, |fed| match fed {
            None => Ok(first.clone()),
            Some(t) => {
                state.decode(&[t], n_past, threads).map_err(failed)?;
                n_past += 1;
                Ok::<_, AsrError>(state.get_logits().map_err(failed)?.to_vec())
            }
        })?;
        let Some(free) = free else {
            return Ok(None);
        };
        let bytes: Vec<u8> = closed
            .tokens
            .iter()
            .flat_map(|t| ctx.token_to_bytes(*t).unwrap_or_default().to_vec())
            .collect();
        Ok(Some(ClosedReadings {
            text: String::from_utf8_lossy(&bytes).into_owned(),
            closed,
            free,
        }))
    }
}

/// Hypotheses kept at each step of the constrained search; each costs a
/// decoder call per step.
const BEAM_WIDTH: usize = 3;

/// A free reading longer than this many tokens is not a phrase of the set.
const MAX_CLOSED_TOKENS: usize = 24;

/// The constrained reading and the free one, scored alike.
#[derive(Debug, Clone, PartialEq)]
pub struct ClosedReadings {
    pub text: String,
    pub closed: Closed,
    pub free: Closed,
}

/// Decoder threads: the machine's cores, up to four.
fn threads() -> i32 {
    std::thread::available_parallelism()
        .map(|n| n.get().min(4) as i32)
        .unwrap_or(2)
}

/// A phrase and its closing punctuation, if any.
fn split_mark(phrase: &str) -> (&str, &str) {
    match phrase.char_indices().last() {
        Some((i, c)) if !c.is_alphanumeric() && i > 0 => phrase.split_at(i),
        _ => (phrase, ""),
    }
}

/// Encoder positions for `samples`: 50 a second, with room to spare, and
/// never more than the model's 1500 (30 s).
fn audio_ctx(samples: usize) -> i32 {
    let seconds = samples as f64 / 16_000.0;
    ((seconds * 50.0).ceil() as i32 + 64).clamp(512, 1500)
}

fn run(
    state: &mut WhisperState,
    audio: &[f32],
    lang: &str,
    prompt: &str,
    threads: i32,
) -> Result<(Transcript, Vec<i32>), AsrError> {
    let mut p = FullParams::new(SamplingStrategy::Greedy { best_of: 1 });
    p.set_n_threads(threads);
    p.set_language(Some(lang));
    p.set_translate(false);
    p.set_no_context(true);
    p.set_no_timestamps(true);
    p.set_single_segment(true);
    p.set_print_special(false);
    p.set_print_progress(false);
    p.set_print_realtime(false);
    p.set_print_timestamps(false);
    p.set_suppress_blank(true);
    p.set_temperature(0.0);
    p.set_temperature_inc(0.0);
    p.set_max_tokens(max_tokens(audio.len()));
    p.set_audio_ctx(audio_ctx(audio.len()));
    if !prompt.is_empty() {
        p.set_initial_prompt(prompt);
    }
    state
        .full(p, audio)
        .map_err(|e| AsrError::Failed(e.to_string()))?;
    let mut text = String::new();
    let mut log_sum = 0.0f64;
    let mut count = 0usize;
    let mut tokens = Vec::new();
    let mut ids = Vec::new();
    for segment in state.as_iter() {
        text.push_str(&segment.to_str_lossy().unwrap_or_default());
        for k in 0..segment.n_tokens() {
            let Some(token) = segment.get_token(k) else {
                continue;
            };
            let piece = token.to_str_lossy().unwrap_or_default();
            // Special tokens ([_BEG_], <|en|>, …) say nothing about the words.
            if piece.starts_with("[_") || piece.starts_with("<|") {
                continue;
            }
            let p = token.token_probability();
            // Punctuation is a guess about style, not about what was said:
            // "pharmacy?" and "pharmacy." split the probability between them.
            if piece.chars().any(char::is_alphanumeric) || !piece.is_ascii() {
                log_sum += (p.max(1e-6) as f64).ln();
                count += 1;
            }
            tokens.push((piece.into_owned(), p));
            ids.push(token.token_id());
        }
    }
    let confidence = if count == 0 {
        0.0
    } else {
        (log_sum / count as f64).exp() as f32
    };
    let transcript = Transcript {
        text: text.trim().to_string(),
        confidence,
        tokens,
        // The caller times the whole call, padding included.
        millis: 0,
    };
    Ok((transcript, ids))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_token_budget_holds_eight_seconds_of_fast_mandarin() {
        assert_eq!(max_tokens(16_000), 32);
        // 8 s at 7 characters a second, most of them one token: 56 and more.
        assert!(max_tokens(16_000 * 8) >= 100, "{}", max_tokens(16_000 * 8));
        assert_eq!(max_tokens(16_000 * 60), 160);
    }

    #[test]
    fn the_encoder_window_follows_the_utterance() {
        assert_eq!(audio_ctx(16_000 * 2), 512);
        assert_eq!(audio_ctx(16_000 * 11), 614);
        assert_eq!(audio_ctx(16_000 * 60), 1500);
    }

    #[test]
    fn an_empty_model_folder_is_a_clear_error() {
        let dir = tempfile::tempdir().unwrap();
        let err = Recognizer::load(dir.path(), &[Lang::En, Lang::Zh], false)
            .err()
            .unwrap();
        assert!(err.to_string().contains("banzhen models install"), "{err}");
    }

    #[test]
    fn a_damaged_model_file_is_refused_not_a_crash() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join(super::super::models::TINY_EN.file),
            b"garbage",
        )
        .unwrap();
        assert!(matches!(
            Recognizer::load(dir.path(), &[Lang::En], false),
            Err(AsrError::Load(..))
        ));
    }
}
