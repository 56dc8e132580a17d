//! The kiosk screen's design rules, checked on every screen: sizes and
//! contrast for elderly users, text sizes only from the theme, and every
//! pictogram with its file and its licence.

use crate::ui::{kiosk, wall};
use banzhen::kiosk::{Session, Silent};
use banzhen::store::Store;
use banzhen::ui::bind;
use banzhen::ui::generated::Theme;
use banzhen::ui::view::{all_screens, view, ViewContext};
use banzhen::workflow::Catalog;
use i_slint_backend_testing::{AccessibleRole, ElementQuery};
use slint::ComponentHandle;
use std::sync::Arc;

/// The design rules, measured on every screen in both languages, portrait
/// and landscape. Prints what it found.
#[test]
fn every_screen_meets_the_design_rules_for_elderly_users() {
    let k = kiosk(1080.0, 1920.0);
    let session = Session::new(
        {
            let s = Store::open_in_memory().expect("store");
            s.seed_if_empty().expect("seed");
            Arc::new(s)
        },
        Box::new(Silent),
    )
    .expect("session");
    let hospital = session.hospital().clone();
    let rules = session.triage().rules().clone();
    let catalog = Arc::new(Catalog::for_hospital(&rules, &hospital));
    let mut smallest_target = f32::MAX;
    let mut smallest_gap = f32::MAX;
    let mut most_choices = 0;
    let mut problems = Vec::new();
    for (w, h) in [(1080.0, 1920.0), (1920.0, 1080.0)] {
        k.app.window().set_size(slint::LogicalSize::new(w, h));
        for (name, mut state) in all_screens(catalog.clone()) {
            for lang in [banzhen::lang::Lang::Zh, banzhen::lang::Lang::En] {
                state.lang = lang;
                let vm = view(
                    &state,
                    &ViewContext {
                        alerts: &[],
                        hospital: &hospital,
                        rules: &rules,
                        queue: None,
                        now: wall(),
                    },
                );
                bind::apply(&k.app, &vm);
                // Runs the window's change handlers, which switch the layout
                // to landscape: without this the check would measure portrait only.
                slint::platform::update_timers_and_animations();
                if !name.starts_with("staff") {
                    most_choices = most_choices.max(vm.tiles.len());
                }
                // The six-choice rule is for patients; the staff keypad has twelve keys.
                if vm.tiles.len() > 6 && !name.starts_with("staff") {
                    problems.push(format!(
                        "{name} ({}) offers {} choices",
                        lang.code(),
                        vm.tiles.len()
                    ));
                }
                // The query meets an element once per level of inheritance; keep one of each.
                let mut buttons = ElementQuery::from_root(&k.app)
                    .match_descendants()
                    .match_accessible_role(AccessibleRole::Button)
                    .find_all();
                let mut seen = Vec::new();
                buttons.retain(|b| {
                    let (p, s) = (b.absolute_position(), b.size());
                    let key = (
                        b.accessible_label().unwrap_or_default().to_string(),
                        p.x as i64,
                        p.y as i64,
                        s.width as i64,
                        s.height as i64,
                    );
                    let new = !seen.contains(&key);
                    seen.push(key);
                    new
                });
                let rects: Vec<(f32, f32, f32, f32)> = buttons
                    .iter()
                    .map(|b| {
                        let (p, s) = (b.absolute_position(), b.size());
                        (p.x, p.y, s.width, s.height)
                    })
                    .collect();
                for (b, r) in buttons.iter().zip(&rects) {
                    let side = r.2.min(r.3);
                    smallest_target = smallest_target.min(side);
                    if side < 120.0 {
                        problems.push(format!(
                            "{name} ({}, {w}x{h}): {:?} is {:.0}x{:.0}",
                            lang.code(),
                            b.accessible_label(),
                            r.2,
                            r.3
                        ));
                    }
                    if b.accessible_label().is_none_or(|l| l.is_empty()) {
                        problems.push(format!(
                            "{name} ({}): a button without a label",
                            lang.code()
                        ));
                    }
                }
                for (i, a) in rects.iter().enumerate() {
                    for b in rects.iter().skip(i + 1) {
                        let gap_x = (b.0 - (a.0 + a.2)).max(a.0 - (b.0 + b.2));
                        let gap_y = (b.1 - (a.1 + a.3)).max(a.1 - (b.1 + b.3));
                        let gap = gap_x.max(gap_y);
                        smallest_gap = smallest_gap.min(gap);
                        if gap < 24.0 {
                            problems.push(format!(
                                "{name} ({}, {w}x{h}): buttons {gap:.0} px apart",
                                lang.code()
                            ));
                        }
                    }
                }
            }
        }
    }
    let theme = k.app.global::<Theme>();
    k.app
        .window()
        .set_size(slint::LogicalSize::new(1080.0, 1920.0));
    bind::apply(&k.app, &k.controller.borrow().view(wall()));
    let (body, heading) = (theme.get_body(), theme.get_heading());
    let rgb = |c: slint::Color| (c.red(), c.green(), c.blue());
    let pairs = [
        ("ink on page", theme.get_ink(), theme.get_page()),
        ("ink on panel", theme.get_ink(), theme.get_panel()),
        (
            "on-primary on primary",
            theme.get_on_primary(),
            theme.get_primary(),
        ),
        (
            "on-danger on danger",
            theme.get_on_danger(),
            theme.get_danger(),
        ),
        ("on-bar on bar", theme.get_on_bar(), theme.get_bar()),
        (
            "on-disabled on disabled",
            theme.get_on_disabled(),
            theme.get_disabled(),
        ),
        ("ink on highlight", theme.get_ink(), theme.get_highlight()),
        ("danger on page", theme.get_danger(), theme.get_page()),
    ];
    let (worst_name, worst) = pairs
        .iter()
        .map(|(n, f, b)| (*n, banzhen::ui::check::contrast(rgb(*f), rgb(*b))))
        .fold(("", f64::MAX), |acc, p| if p.1 < acc.1 { p } else { acc });
    let (label, number) = (theme.get_label(), theme.get_huge());
    println!("design check: body text {body} px, tile labels {label} px, headings {heading} px, queue number {number} px; smallest target {smallest_target:.0} px; smallest gap {smallest_gap:.0} px; lowest contrast {worst:.1}:1 ({worst_name}); most choices on a screen {most_choices}");
    if body < 40.0 || label < 48.0 || heading < 64.0 || number < 200.0 {
        problems.push(format!(
            "text too small at 1080 px: body {body}, labels {label}, headings {heading}, number {number}"
        ));
    }
    if worst < 7.0 {
        problems.push(format!("contrast {worst:.1}:1 for {worst_name}"));
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

/// Every font size in the UI comes from the theme, so checking the theme
/// checks every text.
#[test]
fn no_text_size_bypasses_the_theme() {
    let ui = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("ui");
    for entry in std::fs::read_dir(&ui).expect("ui folder") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "slint") {
            let text = std::fs::read_to_string(&path).expect("read");
            for (i, line) in text.lines().enumerate() {
                if let Some(value) = line.trim().strip_prefix("font-size:") {
                    // A size from the theme, at most scaled; never a pixel literal.
                    // `root.font-size` is a button's own property, whose default
                    // and every binding are theme sizes (checked here too).
                    assert!(
                        (value.contains("Theme.") || value.trim() == "root.font-size;")
                            && !value.contains("px"),
                        "{}:{}: {line}",
                        path.display(),
                        i + 1
                    );
                }
            }
        }
    }
}

/// Every icon file is named in ui/icons.slint and every name has its file.
#[test]
fn every_pictogram_has_its_file_and_its_licence() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let slint = std::fs::read_to_string(root.join("ui/icons.slint")).expect("icons.slint");
    let dir = root.join("assets/icons");
    assert!(dir.join("LICENSE").exists());
    let mut files = 0;
    for entry in std::fs::read_dir(&dir).expect("icons") {
        let name = entry
            .expect("entry")
            .file_name()
            .to_string_lossy()
            .to_string();
        if let Some(stem) = name.strip_suffix(".svg") {
            files += 1;
            assert!(
                slint.contains(&format!("/{stem}.svg")),
                "{name} is not used in ui/icons.slint"
            );
        }
    }
    let named = slint.matches("@image-url(\"../assets/icons/").count();
    assert_eq!(
        named, files,
        "icons.slint names {named} files, assets/icons holds {files}"
    );
}
