//! Speech in and out, all on the kiosk.
//!
//! Out: every screen read aloud with espeak-ng (`tts`). In: the microphone
//! or a WAV file (`capture`, `audio`) → the utterance cut out by voice
//! activity (`vad`) → text by Whisper (`asr`, with models installed by
//! `models` and converted by `ggml`) → what the patient wants (`intent`).
//! `listen` joins the input half into one call for the kiosk and the CLI.

pub mod asr;
pub mod audio;
pub mod capture;
pub mod closed;
pub mod ggml;
pub mod intent;
pub mod ladder;
pub mod listen;
pub mod mel;
pub mod models;
pub mod phrasebook;
pub mod tts;
pub mod vad;
pub mod worker;
