//! The kiosk's voice: each new screen read aloud in the patient's language,
//! with espeak-ng or the engine in `BANZHEN_VOICE_COMMAND`; a new screen
//! interrupts the last one, and staff screens are never read out.

use crate::ui::view::{view, ViewContext};

fn wall() -> chrono::NaiveDateTime {
    chrono::Local::now().naive_local()
}

/// Reads each new screen aloud with espeak-ng, in the patient's language;
/// a new screen interrupts the last one.
pub struct ScreenReader {
    voice: crate::speech::tts::Voice,
    muted: bool,
}

impl ScreenReader {
    pub fn new() -> ScreenReader {
        ScreenReader {
            voice: crate::speech::tts::Voice::new(),
            muted: false,
        }
    }

    /// A reader whose speaking the listener can see through `quiet`.
    pub fn sharing(quiet: &crate::speech::tts::Quiet) -> ScreenReader {
        ScreenReader {
            voice: crate::speech::tts::Voice::sharing(quiet),
            muted: false,
        }
    }
}

impl Default for ScreenReader {
    fn default() -> Self {
        Self::new()
    }
}

impl crate::kiosk::Speaker for ScreenReader {
    fn read_screen(
        &mut self,
        kiosk: &crate::workflow::Kiosk,
        hospital: &crate::hospital::Hospital,
        rules: &crate::triage::RuleSet,
    ) {
        if self.muted || matches!(kiosk.screen, crate::workflow::Screen::Staff(_)) {
            // Staff screens (a PIN!) are never read out in a public hall.
            self.voice.stop();
            return;
        }
        let vm = view(
            kiosk,
            &ViewContext {
                alerts: &[],
                hospital,
                rules,
                queue: None,
                now: wall(),
            },
        );
        if let Err(e) = self
            .voice
            .say(&crate::ui::spoken::text_for(&vm), kiosk.lang)
        {
            tracing::warn!("could not speak: {e}");
        }
    }

    fn stop(&mut self) {
        self.voice.stop();
    }

    fn set_muted(&mut self, muted: bool) {
        self.muted = muted;
        if muted {
            self.voice.stop();
        }
    }

    fn set_slow(&mut self, slow: bool) {
        self.voice.rate = if slow {
            crate::speech::tts::SLOW_RATE
        } else {
            crate::speech::tts::DEFAULT_RATE
        };
    }
}
