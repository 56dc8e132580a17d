//! Drawing screens to PNG files without a display, with Slint's software
//! renderer: `banzhen screenshots --out DIR`.

use super::bind;
use super::generated::AppWindow;
use super::view::{all_screens, view, ViewContext};
use crate::hospital::Hospital;
use crate::lang::Lang;
use crate::triage::rules::RuleSet;
use crate::workflow::Catalog;
use slint::platform::software_renderer::{
    MinimalSoftwareWindow, PremultipliedRgbaColor, RepaintBufferType,
};
use slint::platform::{Platform, WindowAdapter};
use slint::{ComponentHandle, PhysicalSize};
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::Arc;

struct Headless {
    window: Rc<MinimalSoftwareWindow>,
}

impl Platform for Headless {
    fn create_window_adapter(&self) -> Result<Rc<dyn WindowAdapter>, slint::PlatformError> {
        Ok(self.window.clone())
    }
}

#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error("cannot start the headless renderer: {0}")]
    Platform(String),
    #[error("cannot write {path}: {message}")]
    Write { path: PathBuf, message: String },
}

/// A window drawn by the software renderer into memory.
pub struct Canvas {
    window: Rc<MinimalSoftwareWindow>,
    pub app: AppWindow,
}

impl Canvas {
    /// Installs the headless platform on this thread and opens the kiosk window.
    pub fn new() -> Result<Canvas, RenderError> {
        let window = MinimalSoftwareWindow::new(RepaintBufferType::NewBuffer);
        slint::platform::set_platform(Box::new(Headless {
            window: window.clone(),
        }))
        .map_err(|e| RenderError::Platform(e.to_string()))?;
        let app = AppWindow::new().map_err(|e| RenderError::Platform(e.to_string()))?;
        // A picture of a screen shows it settled, not halfway through a fade.
        app.global::<super::generated::Theme>().set_motion(false);
        app.show()
            .map_err(|e| RenderError::Platform(e.to_string()))?;
        Ok(Canvas { window, app })
    }

    /// Draws the current state at `w`×`h` and returns RGBA pixels.
    pub fn draw(&self, w: u32, h: u32) -> Vec<u8> {
        self.window.set_size(PhysicalSize::new(w, h));
        slint::platform::update_timers_and_animations();
        let mut buffer = vec![PremultipliedRgbaColor::default(); (w * h) as usize];
        self.window.request_redraw();
        self.window.draw_if_needed(|renderer| {
            renderer.render(&mut buffer, w as usize);
        });
        buffer
            .iter()
            .flat_map(|p| [p.red, p.green, p.blue, 255])
            .collect()
    }
}

/// The share of a screen's height left empty: rows of pixels that are all
/// one colour, the page's, from the top of the screen to the bottom. The
/// bars (dark) and anything drawn count as used.
pub fn empty_share(rgba: &[u8], w: u32, h: u32) -> f64 {
    let (w, h) = (w as usize, h as usize);
    if w == 0 || h == 0 || rgba.len() < w * h * 4 {
        return 0.0;
    }
    let empty = rgba
        .chunks_exact(w * 4)
        .take(h)
        .filter(|row| {
            let first = &row[..4];
            // The page is light (white, or the emergency page's red); a row
            // of one colour anywhere is empty.
            row.chunks_exact(4).all(|px| px == first)
        })
        .count();
    empty as f64 / h as f64
}

pub fn write_png(path: &Path, w: u32, h: u32, rgba: &[u8]) -> Result<(), RenderError> {
    let fail = |message: String| RenderError::Write {
        path: path.to_path_buf(),
        message,
    };
    let file = std::fs::File::create(path).map_err(|e| fail(e.to_string()))?;
    let mut encoder = png::Encoder::new(std::io::BufWriter::new(file), w, h);
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().map_err(|e| fail(e.to_string()))?;
    writer
        .write_image_data(rgba)
        .map_err(|e| fail(e.to_string()))?;
    Ok(())
}

/// Renders every screen in both languages at portrait and landscape sizes.
/// Returns the files written.
pub fn screenshots(
    hospital: &Hospital,
    rules: &RuleSet,
    out: &Path,
    now: chrono::NaiveDateTime,
) -> Result<Vec<PathBuf>, RenderError> {
    std::fs::create_dir_all(out).map_err(|e| RenderError::Write {
        path: out.to_path_buf(),
        message: e.to_string(),
    })?;
    let canvas = Canvas::new()?;
    let catalog = Arc::new(Catalog::for_hospital(rules, hospital));
    let mut written = Vec::new();
    for (name, mut kiosk) in all_screens(catalog) {
        for lang in [Lang::Zh, Lang::En] {
            kiosk.lang = lang;
            let vm = view(
                &kiosk,
                &ViewContext {
                    alerts: &[],
                    hospital,
                    rules,
                    queue: None,
                    now,
                },
            );
            bind::apply(&canvas.app, &vm);
            for (w, h) in [(1080, 1920), (1920, 1080)] {
                let rgba = canvas.draw(w, h);
                let path = out.join(format!("{name}-{}-{w}x{h}.png", lang.code()));
                write_png(&path, w, h, &rgba)?;
                written.push(path);
            }
        }
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_share_counts_rows_of_one_colour() {
        let (w, h) = (4u32, 10u32);
        let mut px = vec![255u8; (w * h * 4) as usize];
        // Rows 2 and 3 hold a dark pixel.
        for row in [2usize, 3] {
            px[row * 16..row * 16 + 4].copy_from_slice(&[0, 0, 0, 255]);
        }
        assert!((empty_share(&px, w, h) - 0.8).abs() < 1e-9);
        assert_eq!(empty_share(&[], 0, 0), 0.0);
    }
}
