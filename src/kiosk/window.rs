//! The kiosk's window on a real display: full screen whether or not a window
//! manager honours the request, and no mouse pointer on a touch screen.

use slint::winit_030::WinitWindowAccessor;
use std::time::Duration;

/// How the window should look.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placement {
    /// A window of this logical size (for trying the kiosk on a desktop).
    Sized(u32, u32),
    /// Covering the whole monitor.
    FullScreen,
}

/// Sizes the window before it is shown.
pub fn place(window: &slint::Window, placement: Placement) {
    match placement {
        Placement::Sized(w, h) => window.set_size(slint::LogicalSize::new(w as f32, h as f32)),
        // A window manager that honours the request makes it full screen;
        // `cover_monitor` then finds nothing left to do.
        Placement::FullScreen => window.set_fullscreen(true),
    }
}

/// Once the event loop runs: without a window manager (the usual kiosk
/// set-up) nothing honours the full-screen request, so the window is moved
/// to the monitor's corner and given its size; and the pointer is hidden
/// when asked. Tries again briefly while the native window does not exist yet.
pub fn settle(
    weak: slint::Weak<crate::ui::generated::AppWindow>,
    placement: Placement,
    hide_cursor: bool,
) {
    fn attempt(
        weak: slint::Weak<crate::ui::generated::AppWindow>,
        placement: Placement,
        hide_cursor: bool,
        left: u32,
    ) {
        let Some(app) = weak.upgrade() else {
            return;
        };
        use slint::ComponentHandle;
        let done = app.window().with_winit_window(|w| {
            if hide_cursor {
                w.set_cursor_visible(false);
            }
            if placement == Placement::FullScreen {
                if let Some(monitor) = w.current_monitor().or_else(|| w.primary_monitor()) {
                    w.set_decorations(false);
                    w.set_outer_position(monitor.position());
                    let _ = w.request_inner_size(monitor.size());
                    tracing::info!(
                        "kiosk window covers the monitor: {}x{}",
                        monitor.size().width,
                        monitor.size().height
                    );
                } else {
                    tracing::warn!("no monitor found; the window keeps the size it was given");
                }
            }
        });
        if done.is_none() && left > 0 {
            slint::Timer::single_shot(Duration::from_millis(50), move || {
                attempt(weak, placement, hide_cursor, left - 1)
            });
        }
    }
    slint::Timer::single_shot(Duration::ZERO, move || {
        attempt(weak, placement, hide_cursor, 40)
    });
}
