//! Text to speech: to a WAV file with espeak-ng (`banzhen say`), or aloud on
//! the kiosk, interrupted when the patient moves on. Aloud, the engine is a
//! setting ([`Engine`]): espeak-ng by default, or a hospital's own command
//! (a local neural voice, say), which is given the text on its standard
//! input and plays it itself.

use crate::lang::Lang;
use std::os::unix::process::CommandExt;
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

/// The environment variable that replaces espeak-ng on the kiosk's speaker.
pub const ENGINE_VARIABLE: &str = "BANZHEN_VOICE_COMMAND";

/// What speaks aloud on the kiosk.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Engine {
    #[default]
    Espeak,
    /// A shell command line, run with `BANZHEN_LANG` (`zh` or `en`) and
    /// `BANZHEN_RATE` (words a minute) set and the text on standard input,
    /// e.g. `piper -m zh.onnx --output-raw | aplay -q -r 22050 -f S16_LE -t raw -`.
    Command(String),
}

impl Engine {
    /// [`ENGINE_VARIABLE`] when it is set and not blank, else espeak-ng.
    pub fn from_env() -> Engine {
        match std::env::var(ENGINE_VARIABLE) {
            Ok(cmd) if !cmd.trim().is_empty() => Engine::Command(cmd),
            _ => Engine::Espeak,
        }
    }

    /// True when this engine can speak here.
    pub fn available(&self) -> bool {
        match self {
            Engine::Espeak => available(),
            Engine::Command(_) => Command::new("sh")
                .args(["-c", "true"])
                .status()
                .is_ok_and(|s| s.success()),
        }
    }

    fn spawn(&self, text: &str, lang: Lang, rate: u32) -> Result<Child, TtsError> {
        let line = match self {
            Engine::Espeak => {
                return command(text, voice(lang), rate)?
                    .arg("--")
                    .arg(text)
                    .stdout(Stdio::null())
                    .stderr(Stdio::null())
                    .spawn()
                    .map_err(spawn_error);
            }
            Engine::Command(line) => line,
        };
        // Checked like espeak-ng's text, though the command gets it on stdin.
        command(text, voice(lang), rate)?;
        let mut child = Command::new("sh")
            .args(["-c", line])
            .env("BANZHEN_LANG", lang.code())
            .env("BANZHEN_RATE", rate.to_string())
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            // Its own process group, so stopping ends the whole pipeline.
            .process_group(0)
            .spawn()
            .map_err(|e| TtsError::Failed(format!("{ENGINE_VARIABLE}: {e}")))?;
        if let Some(mut stdin) = child.stdin.take() {
            use std::io::Write;
            // A command that does not read its input is its own business.
            let _ = stdin.write_all(text.as_bytes());
        }
        Ok(child)
    }
}

/// Words per minute when a patient asks the kiosk to speak more slowly.
pub const SLOW_RATE: u32 = 105;

/// Speaks aloud on the kiosk's speaker; a new sentence interrupts the last.
#[derive(Default)]
pub struct Voice {
    /// Shared with [`Quiet`], so the listener can wait for silence.
    current: Arc<Mutex<Option<Child>>>,
    pub rate: u32,
    pub engine: Engine,
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
            engine: Engine::from_env(),
        }
    }

    /// A voice whose speaking `quiet` reports.
    pub fn sharing(quiet: &Quiet) -> Voice {
        Voice {
            current: Arc::clone(&quiet.0),
            rate: DEFAULT_RATE,
            engine: Engine::from_env(),
        }
    }

    pub fn say(&mut self, text: &str, lang: Lang) -> Result<(), TtsError> {
        self.stop();
        let child = self.engine.spawn(text, lang, self.rate)?;
        if let Ok(mut current) = self.current.lock() {
            *current = Some(child);
        }
        Ok(())
    }

    pub fn stop(&mut self) {
        let child = self.current.lock().ok().and_then(|mut c| c.take());
        if let Some(mut child) = child {
            if let Engine::Command(_) = self.engine {
                // The shell and whatever it started (a player in a pipe).
                if let Ok(pid) = i32::try_from(child.id()) {
                    // SAFETY: kill(2) with a negative pid signals the process
                    // group that `spawn` created for this child alone.
                    unsafe {
                        libc::kill(-pid, libc::SIGTERM);
                    }
                }
            }
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
    fn a_hospital_command_gets_the_text_language_and_rate_and_is_stopped_whole() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("said.txt");
        // A sleep no other process on the machine runs, so the check below
        // finds only this pipeline's leftovers.
        let sleep = format!("sleep 30.{}", std::process::id());
        let line = format!(
            "cat > '{0}'; echo \" $BANZHEN_LANG $BANZHEN_RATE\" >> '{0}'; {sleep} | {sleep}",
            out.display()
        );
        let quiet = Quiet::default();
        let mut v = Voice::sharing(&quiet);
        v.engine = Engine::Command(line);
        v.say("请到三楼", Lang::Zh).unwrap();
        let started = std::time::Instant::now();
        while !std::fs::read_to_string(&out).is_ok_and(|t| t.contains(" zh ")) {
            assert!(started.elapsed().as_secs() < 10, "the command never ran");
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        assert_eq!(std::fs::read_to_string(&out).unwrap(), "请到三楼 zh 140\n");
        assert!(!quiet.is_quiet(), "still speaking");
        v.stop();
        assert!(quiet.is_quiet());
        // Nothing of the pipeline is left running: the signal reaches the
        // whole group at once, but a process takes a moment to end after it.
        let stopped = std::time::Instant::now();
        loop {
            let Ok(left) = Command::new("pgrep").args(["-f", &sleep]).output() else {
                break;
            };
            if left.stdout.is_empty() {
                break;
            }
            assert!(
                stopped.elapsed().as_secs() < 2,
                "still running 2 s after stop: {left:?}"
            );
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
    }

    #[test]
    fn mandarin_uses_the_voice_that_reads_characters() {
        assert_eq!(voice(Lang::Zh), "cmn-latn-pinyin");
    }
}
