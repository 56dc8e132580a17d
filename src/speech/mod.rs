//! Speech output: every screen read aloud in the patient's language with
//! espeak-ng (Mandarin with the `cmn-latn-pinyin` voice, which reads Chinese
//! characters with tones; plain `cmn` reads tone digits in English). The
//! microphone side arrives later; until then the Speak button stays disabled.

pub mod audio;
pub mod tts;
