//! The kiosk's sync thread, when it joined a hub: every few seconds it sends
//! what the hub does not have yet and pulls department changes and the live
//! queues; an alert ("call staff", an emergency) goes at once, within a
//! tenth of a second of being raised. A round that fails is logged once per
//! outage and tried again; the visit never waits on it.

use crate::store::Store;
use crate::sync::HubLink;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

/// Time between rounds.
const EVERY: Duration = Duration::from_secs(5);

pub struct Syncer {
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Syncer {
    /// Starts the thread; `changed` is set when departments changed, so the
    /// session reloads them.
    pub fn start(
        hub: Arc<HubLink>,
        store: Arc<Store>,
        changed: Arc<AtomicBool>,
    ) -> std::io::Result<Syncer> {
        let stop = Arc::new(AtomicBool::new(false));
        let stopping = Arc::clone(&stop);
        let thread = std::thread::Builder::new()
            .name("kiosk-sync".into())
            .spawn(move || {
                let mut was_down = false;
                while !stopping.load(Ordering::Relaxed) {
                    match hub.sync(&store) {
                        Ok(report) => {
                            if was_down {
                                tracing::info!("the hub at {} answers again", hub.url());
                            }
                            was_down = false;
                            if report.departments_changed > 0 {
                                changed.store(true, Ordering::Relaxed);
                            }
                        }
                        Err(e) => {
                            if !was_down {
                                tracing::warn!("sync with the hub failed, numbers are issued offline until it answers: {e}");
                            }
                            was_down = true;
                        }
                    }
                    // Short steps: closing the kiosk is not held up, and alerts go at once.
                    for _ in 0..EVERY.as_millis() / 100 {
                        if stopping.load(Ordering::Relaxed) {
                            break;
                        }
                        std::thread::sleep(Duration::from_millis(100));
                        if !was_down {
                            if let Err(e) = hub.send_new_alerts(&store) {
                                tracing::warn!("an alert could not reach the hub yet: {e}");
                                was_down = true;
                            }
                        }
                    }
                }
            })?;
        Ok(Syncer {
            stop,
            thread: Some(thread),
        })
    }
}

impl Drop for Syncer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}
