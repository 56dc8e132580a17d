//! Moving a [`ViewModel`] into the Slint globals, and Slint callbacks into
//! workflow events. A tile tells Slint only its position; the actions of
//! the screen on show stay here, so a tap means exactly what was offered.

use super::generated::{AppWindow, Line, Nav, PlanRoom, Tile, View};
use super::view::{Label, TileVm, ViewModel};
use crate::lang::Lang;
use crate::workflow::{Action, Event};
use slint::{
    ComponentHandle, Image, ModelRc, Rgb8Pixel, SharedPixelBuffer, SharedString, VecModel,
};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// What a window shows now, as far as taps and the fade care.
#[derive(Default)]
struct Shown {
    actions: Vec<Action>,
    /// Kind, title and prompt: a change means a new screen, which fades in.
    screen: Option<(super::view::ScreenKind, Label, Option<Label>)>,
}

thread_local! {
    // Slint calls back on the thread that draws the window, so what is on
    // show lives on that thread, per window.
    static SHOWN: RefCell<HashMap<usize, Shown>> = RefCell::new(HashMap::new());
}

fn window_key(app: &AppWindow) -> usize {
    std::ptr::from_ref(app.window()) as usize
}

/// The action behind position `index` of the screen on show in `app`.
pub fn action_at(app: &AppWindow, index: i32) -> Option<Action> {
    let key = window_key(app);
    SHOWN.with(|s| {
        s.borrow()
            .get(&key)
            .and_then(|shown| shown.actions.get(usize::try_from(index).ok()?))
            .cloned()
    })
}

fn label_parts(l: &Label) -> (SharedString, SharedString) {
    match l {
        Label::Key(k) => ((*k).into(), SharedString::new()),
        Label::Text(t) => (SharedString::new(), t.into()),
    }
}

/// Rows a line of body text takes beside a QR code on a portrait screen
/// 1080 px wide (about 15 Chinese characters or 27 Latin ones a row at
/// 40 px); wider columns only get some spare room from it.
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
    ((width / 15.0).ceil() as i32).max(1)
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

fn tiles(list: &[TileVm], actions: &mut Vec<Action>) -> ModelRc<Tile> {
    let tiles: Vec<Tile> = list
        .iter()
        .map(|t| {
            let (key, label) = label_parts(&t.label);
            actions.push(t.action.clone());
            Tile {
                action: actions.len() as i32 - 1,
                key,
                label,
                tone: t.tone,
                icon: t.icon,
                selected: t.selected,
            }
        })
        .collect();
    ModelRc::new(VecModel::from(tiles))
}

pub fn apply(app: &AppWindow, vm: &ViewModel) {
    select_language(vm.lang);
    let view = app.global::<View>();
    let mut actions = Vec::new();
    // A new screen (not a refresh of the same one) fades in.
    let screen = Some((vm.kind, vm.title.clone(), vm.prompt.clone()));
    let new_screen = SHOWN.with(|s| {
        let mut s = s.borrow_mut();
        let shown = s.entry(window_key(app)).or_default();
        let new = shown.screen != screen;
        shown.screen = screen;
        new
    });
    if new_screen {
        view.set_serial(view.get_serial().wrapping_add(1));
    }
    view.set_kind(vm.kind);
    view.set_hospital(vm.hospital.as_str().into());
    let (key, text) = label_parts(&vm.title);
    view.set_title_key(key);
    view.set_title_text(text);
    let (key, text) = vm.prompt.as_ref().map(label_parts).unwrap_or_default();
    view.set_prompt_key(key);
    view.set_prompt_text(text);
    let (step, steps) = vm.step.map_or((0, 0), |(a, b)| (a as i32, b as i32));
    view.set_step(step);
    view.set_steps(steps);
    view.set_number(vm.number.as_str().into());
    view.set_keypad(vm.keypad);
    let lines: Vec<Line> = vm
        .lines
        .iter()
        .map(|l| Line {
            icon: l.icon,
            text: l.text.as_str().into(),
            strong: l.strong,
            rows: estimated_rows(&l.text),
        })
        .collect();
    view.set_lines(ModelRc::new(VecModel::from(lines)));
    match &vm.lead {
        Some(l) => {
            view.set_lead_icon(l.icon);
            view.set_lead_text(l.text.as_str().into());
        }
        None => {
            view.set_lead_icon(Default::default());
            view.set_lead_text(SharedString::new());
        }
    }
    view.set_tiles(tiles(&vm.tiles, &mut actions));
    view.set_toggles(tiles(&vm.toggles, &mut actions));
    match &vm.hero {
        Some(hero) => {
            view.set_hero(hero.icon);
            match &hero.button {
                Some(b) => {
                    actions.push(b.action.clone());
                    view.set_hero_action(actions.len() as i32 - 1);
                    view.set_hero_key(b.label.into());
                    view.set_hero_enabled(b.enabled);
                }
                None => view.set_hero_action(-1),
            }
        }
        None => {
            view.set_hero(Default::default());
            view.set_hero_action(-1);
        }
    }
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
    SHOWN.with(|s| s.borrow_mut().entry(window_key(app)).or_default().actions = actions);
}

/// Connects every callback to `send`, which takes the workflow event.
pub fn connect(app: &AppWindow, send: Rc<dyn Fn(Event)>) {
    let view = app.global::<View>();
    let s = send.clone();
    let weak = app.as_weak();
    view.on_pick(move |index| {
        let action = weak.upgrade().and_then(|app| action_at(&app, index));
        if let Some(action) = action {
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
    nav.on_header_tap(tap(Action::HeaderTap));
}
