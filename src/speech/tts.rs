//! Text to speech through the `espeak-ng` program: to a WAV file (`banzhen
//! say`), or aloud on the kiosk, interrupted when the patient moves on.

use crate::lang::Lang;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};

/// Words per minute: slower than espeak's default 175, for older listeners.
pub const DEFAULT_RATE: u32 = 140;
/// Longest text spoken at once; a screen's message is a few sentences.
pub const MAX_CHARS: usize = 600;

#[derive(Debug, thiserror::Error)]
pub enum TtsError {
    #[error("espeak-ng is not installed (Debian: apt-get install espeak-ng); the kiosk works without speech")]
    NotInstalled,
    #[error("nothing to say")]
    Empty,
    #[error("the text is {0} characters long; at most {MAX_CHARS} are spoken at once")]
    TooLong(usize),
    #[error("espeak-ng failed: {0}")]
    Failed(String),
}

fn voice(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "cmn-latn-pinyin",
        Lang::En => "en-us",
    }
}

fn command(text: &str, voice: &str, rate: u32) -> Result<Command, TtsError> {
    let n = text.chars().count();
    if text.trim().is_empty() {
        return Err(TtsError::Empty);
    }
    if n > MAX_CHARS {
        return Err(TtsError::TooLong(n));
    }
    let mut cmd = Command::new("espeak-ng");
    // The text goes after "--" so a leading dash is never taken for an option.
    cmd.args(["-v", voice, "-s", &rate.clamp(80, 260).to_string()]);
    Ok(cmd)
}

fn spawn_error(e: std::io::Error) -> TtsError {
    if e.kind() == std::io::ErrorKind::NotFound {
        TtsError::NotInstalled
    } else {
        TtsError::Failed(e.to_string())
    }
}

/// True when espeak-ng can be run here.
pub fn available() -> bool {
    Command::new("espeak-ng")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// Speaks `text` into a WAV file (22 kHz mono, 16-bit) with the kiosk's
/// voice for `lang`.
pub fn say_to_wav(text: &str, lang: Lang, rate: u32, out: &Path) -> Result<(), TtsError> {
    say_to_wav_in(text, voice(lang), rate, out)
}

/// The same with any espeak-ng voice (`en-gb`, `en-us+f3`, …): the speech
/// tests speak in several.
pub fn say_to_wav_in(text: &str, voice: &str, rate: u32, out: &Path) -> Result<(), TtsError> {
    let mut cmd = command(text, voice, rate)?;
    let output = cmd
        .arg("-w")
        .arg(out)
        .arg("--")
        .arg(text)
        .stderr(Stdio::piped())
        .output()
        .map_err(spawn_error)?;
    if !output.status.success() {
        return Err(TtsError::Failed(
            String::from_utf8_lossy(&output.stderr).trim().to_string(),
        ));
    }
    Ok(())
}

/// Words per minute when a patient asks the kiosk to speak more slowly.
pub const SLOW_RATE: u32 = 105;

/// Speaks aloud on the kiosk's speaker; a new sentence interrupts the last.
#[derive(Default)]
pub struct Voice {
    /// Shared with [`Quiet`], so the listener can wait for silence.
    current: Arc<Mutex<Option<Child>>>,
    pub rate: u32,
}

/// Tells whether the kiosk has finished speaking, from another thread: the
/// microphone opens only then, or the kiosk would hear itself.
#[derive(Clone, Default)]
pub struct Quiet(Arc<Mutex<Option<Child>>>);

impl Quiet {
    pub fn is_quiet(&self) -> bool {
        let Ok(mut current) = self.0.lock() else {
            return true;
        };
        match current.as_mut().map(|c| c.try_wait()) {
            None | Some(Ok(Some(_))) | Some(Err(_)) => true,
            Some(Ok(None)) => false,
        }
    }
}

impl Voice {
    pub fn new() -> Voice {
        Voice {
            current: Arc::default(),
            rate: DEFAULT_RATE,
        }
    }

    /// A voice whose speaking `quiet` reports.
    pub fn sharing(quiet: &Quiet) -> Voice {
        Voice {
            current: Arc::clone(&quiet.0),
            rate: DEFAULT_RATE,
        }
    }

    pub fn say(&mut self, text: &str, lang: Lang) -> Result<(), TtsError> {
        self.stop();
        let mut cmd = command(text, voice(lang), self.rate)?;
        let child = cmd
            .arg("--")
            .arg(text)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(spawn_error)?;
        if let Ok(mut current) = self.current.lock() {
            *current = Some(child);
        }
        Ok(())
    }

    pub fn stop(&mut self) {
        let child = self.current.lock().ok().and_then(|mut c| c.take());
        if let Some(mut child) = child {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl Drop for Voice {
    fn drop(&mut self) {
        self.stop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_overlong_text_is_refused_before_espeak_runs() {
        assert!(matches!(
            command("  ", voice(Lang::En), 140),
            Err(TtsError::Empty)
        ));
        assert!(matches!(
            command(&"a".repeat(MAX_CHARS + 1), voice(Lang::En), 140),
            Err(TtsError::TooLong(_))
        ));
    }

    #[test]
    fn mandarin_uses_the_voice_that_reads_characters() {
        assert_eq!(voice(Lang::Zh), "cmn-latn-pinyin");
    }
}
