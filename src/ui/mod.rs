//! The touch screen: Slint draws the view model built in [`view`]; taps come
//! back as workflow events. No decision is taken here.

pub mod bind;
pub mod check;
pub mod render;
pub mod spoken;
pub mod view;

/// The Rust side of `ui/app.slint`.
pub mod generated {
    #![allow(clippy::all, missing_docs, unused_qualifications)]
    slint::include_modules!();
}
