//! Moving a [`ViewModel`] into the Slint globals, and Slint callbacks into
//! workflow events.

use super::generated::{AppWindow, Line, Nav, PlanRoom, Tile, View};
use super::view::{action_for, Label, ViewModel};
use crate::lang::Lang;
use crate::workflow::{Action, Event};
use slint::{
    ComponentHandle, Image, ModelRc, Rgb8Pixel, SharedPixelBuffer, SharedString, VecModel,
};
use std::rc::Rc;

fn label_parts(l: &Label) -> (SharedString, SharedString) {
    match l {
        Label::Key(k) => ((*k).into(), SharedString::new()),
        Label::Text(t) => (SharedString::new(), t.into()),
    }
}

/// Rows a line of body text takes on a portrait screen 1080 px wide (about
/// 26 Chinese characters or 46 Latin ones a row); wider screens only get
/// some spare room from it.
pub fn estimated_rows(text: &str) -> i32 {
    let width: f32 = text
        .chars()
        .map(|c| {
            if crate::lang::is_cjk(c) || c > '\u{3000}' {
                1.0
            } else {
                0.56
            }
        })
        .sum();
    ((width / 25.0).ceil() as i32).max(1)
}

/// The Slint translation catalog for a language.
pub fn select_language(lang: Lang) {
    // English is the source language of the catalog; the empty name selects it.
    let name = match lang {
        Lang::Zh => "zh_CN",
        Lang::En => "",
    };
    // Only fails for a language without a bundled catalog, which would be a
    // build mistake; the strings then stay in English, which is still usable.
    let _ = slint::select_bundled_translation(name);
}

/// A QR code of `text` as an image, black on white with a quiet zone.
pub fn qr_image(text: &str) -> Option<Image> {
    let code = qrcode::QrCode::new(text.as_bytes()).ok()?;
    let modules = code.width();
    let colors = code.to_colors();
    let quiet = 4;
    let scale = 6;
    let side = (modules + 2 * quiet) * scale;
    let mut buffer = SharedPixelBuffer::<Rgb8Pixel>::new(side as u32, side as u32);
    let pixels = buffer.make_mut_slice();
    for (i, px) in pixels.iter_mut().enumerate() {
        let (x, y) = ((i % side) / scale, (i / side) / scale);
        let dark = x >= quiet
            && y >= quiet
            && x < modules + quiet
            && y < modules + quiet
            && colors[(y - quiet) * modules + (x - quiet)] == qrcode::Color::Dark;
        let v = if dark { 0 } else { 255 };
        *px = Rgb8Pixel { r: v, g: v, b: v };
    }
    Some(Image::from_rgb8(buffer))
}

pub fn apply(app: &AppWindow, vm: &ViewModel) {
    select_language(vm.lang);
    let view = app.global::<View>();
    view.set_kind(vm.kind.into());
    view.set_hospital(vm.hospital.as_str().into());
    let (key, text) = label_parts(&vm.title);
    view.set_title_key(key);
    view.set_title_text(text);
    let (key, text) = vm.prompt.as_ref().map(label_parts).unwrap_or_default();
    view.set_prompt_key(key);
    view.set_prompt_text(text);
    view.set_number(vm.number.as_str().into());
    view.set_keypad(vm.keypad);
    let lines: Vec<Line> = vm
        .lines
        .iter()
        .map(|l| Line {
            icon: l.icon.as_str().into(),
            text: l.text.as_str().into(),
            strong: l.strong,
            rows: estimated_rows(&l.text),
        })
        .collect();
    view.set_lines(ModelRc::new(VecModel::from(lines)));
    let tiles: Vec<Tile> = vm
        .tiles
        .iter()
        .map(|t| {
            let (key, label) = label_parts(&t.label);
            Tile {
                id: t.id.as_str().into(),
                key,
                label,
                tone: t.tone,
            }
        })
        .collect();
    view.set_tiles(ModelRc::new(VecModel::from(tiles)));
    match &vm.plan {
        Some(p) => {
            view.set_plan_width(p.width as f32);
            view.set_plan_depth(p.depth as f32);
            view.set_plan_caption(p.caption.as_str().into());
            let rooms: Vec<PlanRoom> = p
                .rooms
                .iter()
                .map(|r| PlanRoom {
                    x: r.x as f32,
                    y: r.y as f32,
                    w: r.w as f32,
                    h: r.h as f32,
                    label: r.label.as_str().into(),
                    kind: r.kind,
                })
                .collect();
            view.set_plan(ModelRc::new(VecModel::from(rooms)));
        }
        None => view.set_plan(ModelRc::new(VecModel::from(Vec::<PlanRoom>::new()))),
    }
    match vm.qr_text.as_deref().and_then(qr_image) {
        Some(img) => {
            view.set_qr(img);
            view.set_has_qr(true);
        }
        None => view.set_has_qr(false),
    }
    let nav = app.global::<Nav>();
    nav.set_can_go_back(vm.can_go_back);
    nav.set_speech_ready(vm.speech_ready);
    nav.set_listening(vm.listening);
    let (key, text) = match &vm.notice {
        Some(n) => label_parts(n),
        None => (Default::default(), Default::default()),
    };
    let spoken = vm
        .notice
        .as_ref()
        .map(|n| match n {
            Label::Key(k) => super::spoken::fixed(k, vm.lang),
            Label::Text(t) => t.clone(),
        })
        .unwrap_or_default();
    view.set_notice_rows(estimated_rows(&spoken));
    view.set_notice_key(key);
    view.set_notice_text(text);
}

/// Connects every callback to `send`, which takes the workflow event.
pub fn connect(app: &AppWindow, send: Rc<dyn Fn(Event)>) {
    let view = app.global::<View>();
    let s = send.clone();
    view.on_pick(move |id| {
        if let Some(action) = action_for(&id) {
            s(Event::tap(action));
        }
    });
    let nav = app.global::<Nav>();
    let tap = |action: Action| {
        let s = send.clone();
        move || s(Event::tap(action.clone()))
    };
    nav.on_home(tap(Action::Home));
    nav.on_back(tap(Action::Back));
    nav.on_toggle_language(tap(Action::ToggleLanguage));
    nav.on_read_aloud(tap(Action::Repeat));
    nav.on_call_staff(tap(Action::Help));
    nav.on_speak(tap(Action::Speak));
}
