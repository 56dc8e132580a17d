//! The touch screen, headless: Slint's testing backend finds elements by
//! their accessible labels (what assistive technology reads) and presses
//! them; time is passed in, not waited for.

use banzhen::kiosk::Controller;
use banzhen::kiosk::{Session, Silent};
use banzhen::store::Store;
use banzhen::ui::bind;
use banzhen::ui::generated::{AppWindow, Theme};
use banzhen::ui::view::{all_screens, view, ViewContext};
use banzhen::workflow::{Catalog, Event, IDLE_RESET_MS, IDLE_WARNING_MS};
use i_slint_backend_testing::{AccessibleRole, ElementHandle, ElementQuery};
use slint::ComponentHandle;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::Arc;

thread_local! {
    static BACKEND: () = i_slint_backend_testing::init_no_event_loop();
}

struct Kiosk {
    app: AppWindow,
    controller: Rc<RefCell<Controller>>,
    now: Rc<Cell<u64>>,
    /// Taps made so far, to count what a visit costs the patient.
    taps: Cell<u32>,
}

fn wall() -> chrono::NaiveDateTime {
    crate::common::wall(10, 0)
}

fn kiosk(w: f32, h: f32) -> Kiosk {
    BACKEND.with(|_| ());
    let store = Store::open_in_memory().expect("store");
    store.seed_if_empty().expect("seed");
    let controller = Rc::new(RefCell::new(Controller::new(
        Session::new(Arc::new(store), Box::new(Silent)).expect("session"),
    )));
    let app = AppWindow::new().expect("window");
    app.window().set_size(slint::LogicalSize::new(w, h));
    app.show().expect("show");
    bind::apply(&app, &controller.borrow().view(wall()));
    let now = Rc::new(Cell::new(1_000));
    let (c, n, weak) = (controller.clone(), now.clone(), app.as_weak());
    bind::connect(
        &app,
        Rc::new(move |event| {
            n.set(n.get() + 500);
            let vm = c.borrow_mut().handle(event, n.get(), wall());
            if let Some(app) = weak.upgrade() {
                bind::apply(&app, &vm);
            }
        }),
    );
    Kiosk {
        app,
        controller,
        now,
        taps: Cell::new(0),
    }
}

impl Kiosk {
    /// Elements with this label; one per element, though the search meets
    /// an element once for each level of its inheritance.
    fn find(&self, label: &str) -> Vec<ElementHandle> {
        let mut seen = Vec::new();
        ElementHandle::find_by_accessible_label(&self.app, label)
            .filter(|e| {
                let (p, s) = (e.absolute_position(), e.size());
                let key = (p.x as i64, p.y as i64, s.width as i64, s.height as i64);
                let new = !seen.contains(&key);
                seen.push(key);
                new
            })
            .collect()
    }

    fn shows(&self, label: &str) -> bool {
        !self.find(label).is_empty()
    }

    fn tap(&self, label: &str) {
        let found = self.find(label);
        assert_eq!(
            found.len(),
            1,
            "expected one element labelled {label:?}, found {}; on screen: {:?}",
            found.len(),
            self.labels()
        );
        self.taps.set(self.taps.get() + 1);
        found[0].invoke_accessible_default_action();
    }

    fn labels(&self) -> Vec<String> {
        ElementQuery::from_root(&self.app)
            .match_descendants()
            .find_all()
            .iter()
            .filter_map(|e| e.accessible_label())
            .map(|s| s.to_string())
            .filter(|s| !s.is_empty())
            .collect()
    }

    fn open_alerts(&self) -> Vec<banzhen::store::usage::StaffAlertRow> {
        self.controller
            .borrow()
            .session()
            .store()
            .read(|dao| dao.open_alerts())
            .expect("alerts")
    }

    fn wait(&self, ms: u64) {
        self.now.set(self.now.get() + ms);
        let vm = self
            .controller
            .borrow_mut()
            .handle(Event::Tick, self.now.get(), wall());
        bind::apply(&self.app, &vm);
    }
}

#[test]
fn debug_info_is_on_so_elements_can_be_found() {
    let k = kiosk(1080.0, 1920.0);
    assert!(
        k.shows("中文"),
        "no element found by label: build.rs must keep Slint debug info on; labels: {:?}",
        k.labels()
    );
}

#[test]
fn a_whole_visit_by_taps_ends_with_a_cardiology_number() {
    let k = kiosk(1080.0, 1920.0);
    k.tap("中文");
    k.tap("我不舒服");
    k.tap("胸部、心肺");
    k.tap("胸闷");
    assert!(
        k.shows("是"),
        "the red-flag question offers yes and no: {:?}",
        k.labels()
    );
    k.tap("不是");
    assert!(
        k.labels().iter().any(|l| l.contains("建议您看这个科室")),
        "{:?}",
        k.labels()
    );
    assert!(
        k.controller
            .borrow()
            .session()
            .kiosk()
            .visit
            .assessment
            .as_ref()
            .and_then(|a| a.department.clone())
            .as_deref()
            == Some("03.04")
    );
    k.tap("取排队号");
    assert!(
        k.shows("C001"),
        "the ticket number is on screen: {:?}",
        k.labels()
    );
    assert!(k.shows("您的排队号"));
}

#[test]
fn a_yes_to_the_warning_question_shows_the_emergency_page() {
    let k = kiosk(1080.0, 1920.0);
    k.tap("English");
    k.tap("I feel unwell");
    k.tap("Chest, heart, breathing");
    k.tap("chest pain");
    k.tap("Yes");
    assert!(
        k.shows("Go to the Emergency Department now"),
        "{:?}",
        k.labels()
    );
    let alerts = k.open_alerts();
    assert_eq!(alerts.len(), 1, "staff were alerted");
}

#[test]
fn switching_language_mid_visit_keeps_the_screen() {
    let k = kiosk(1080.0, 1920.0);
    k.tap("中文");
    k.tap("找科室");
    assert!(k.shows("请选择科室"));
    k.tap("中文 / English");
    assert!(k.shows("Choose a department"), "{:?}", k.labels());
    assert!(k.shows("Cardiology") || k.shows("General Practice"));
    k.tap("中文 / English");
    assert!(k.shows("请选择科室"));
}

#[test]
fn walking_away_warns_then_clears_everything() {
    let k = kiosk(1080.0, 1920.0);
    k.tap("English");
    k.tap("Find a place");
    k.tap("Toilets");
    k.wait(IDLE_WARNING_MS);
    assert!(k.shows("Are you still there?"), "{:?}", k.labels());
    k.tap("I'm still here");
    assert!(!k.shows("Are you still there?"));
    k.wait(IDLE_WARNING_MS);
    k.wait(IDLE_RESET_MS);
    assert!(
        k.shows("中文") && k.shows("English"),
        "back to the welcome screen: {:?}",
        k.labels()
    );
    assert!(k.controller.borrow().session().kiosk().is_clear());
}

#[test]
fn every_screen_has_home_back_language_and_call_staff() {
    let k = kiosk(1080.0, 1920.0);
    k.tap("English");
    for menu in [
        "I feel unwell",
        "Find a department",
        "Find a place",
        "My queue number",
        "I'm from out of town",
    ] {
        k.tap("Home");
        k.tap(menu);
        for nav in [
            "Home",
            "Back",
            "中文 / English",
            "Speak",
            "Read aloud",
            "Call staff",
        ] {
            assert!(k.shows(nav), "{menu}: {nav} missing");
        }
    }
}

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

#[test]
fn a_nurse_closes_dermatology_from_staff_mode_and_patients_see_it() {
    let k = kiosk(1080.0, 1920.0);
    {
        let c = k.controller.borrow();
        banzhen::staff::pin::set_pin(c.session().store(), "2468", wall()).expect("pin");
    }
    for _ in 0..5 {
        k.app
            .global::<banzhen::ui::generated::Nav>()
            .invoke_header_tap();
    }
    assert!(k.shows("员工：请输入 PIN"), "{:?}", k.labels());
    for d in ["2", "4", "6", "8"] {
        k.tap(d);
    }
    assert!(
        k.shows("●●●●") && !k.labels().iter().any(|l| l.contains("2468")),
        "the PIN shows as dots"
    );
    k.tap("知道了");
    assert!(k.shows("员工模式"), "{:?}", k.labels());
    k.tap("科室");
    for _ in 0..3 {
        k.tap("更多选项");
    }
    k.tap("皮肤科（开诊）");
    k.tap("停诊");
    assert!(
        k.labels()
            .iter()
            .any(|l| l.contains("皮肤科") && l.contains("停诊")),
        "{:?}",
        k.labels()
    );
    k.tap("知道了");
    k.tap("首页");
    k.tap("退出员工模式");
    // A patient asking for dermatology now hears it is closed.
    k.tap("中文");
    k.tap("找科室");
    for _ in 0..3 {
        k.tap("更多选项");
    }
    k.tap("皮肤科");
    assert!(
        k.labels().iter().any(|l| l.contains("今天停诊")),
        "{:?}",
        k.labels()
    );
    k.tap("取排队号");
    assert!(k.shows("抱歉"), "{:?}", k.labels());
    let log = banzhen::staff::audit_log(k.controller.borrow().session().store(), 5).expect("log");
    assert_eq!(log[0].channel, "kiosk");
}

/// Speech through the real screen: the Speak button lights up and says it
/// is listening, a miss shows the notice, and a heard department is read
/// back with Yes / No before it is shown.
#[test]
fn speaking_shows_listening_then_a_read_back_with_yes_and_no() {
    use banzhen::lang::Lang;
    use banzhen::workflow::{Heard, ListenOutcome};
    let k = kiosk(1080.0, 1920.0);
    let deliver = |event: Event| {
        k.now.set(k.now.get() + 500);
        let vm = k.controller.borrow_mut().handle(event, k.now.get(), wall());
        bind::apply(&k.app, &vm);
    };
    let request = || {
        k.controller
            .borrow()
            .session()
            .kiosk()
            .speech
            .listening
            .expect("listening")
            .request
    };
    k.tap("English");
    // Without models or a microphone Speak does nothing.
    k.tap("Speak");
    assert!(!k.shows("Listening… (tap to stop)"));
    deliver(Event::SpeechReady(vec![Lang::Zh, Lang::En]));
    k.tap("Speak");
    assert!(k.shows("Listening… (tap to stop)"), "{:?}", k.labels());
    deliver(Event::ListenDone {
        request: request(),
        outcome: ListenOutcome::NotUnderstood,
    });
    assert!(k.shows("Sorry, I did not catch that. Please say it again, or tap a button."));
    k.tap("Speak");
    deliver(Event::ListenDone {
        request: request(),
        outcome: ListenOutcome::Understood(Heard::Department("13".into())),
    });
    assert!(k.shows("You said: Dermatology"), "{:?}", k.labels());
    assert!(!k.shows("Sorry, I did not catch that. Please say it again, or tap a button."));
    k.tap("Yes");
    assert!(k.shows("Dermatology"), "{:?}", k.labels());
    assert!(k.shows("Take a queue number"), "{:?}", k.labels());
}

/// Ten common complaints from the home screen to a queue number, through the
/// real screen: four taps, five where a warning question is asked.
#[test]
fn ten_common_complaints_reach_a_number_in_four_taps_or_five_with_a_question() {
    let complaints = [
        ("胸部、心肺", "胸闷"),
        ("胸部、心肺", "咳嗽"),
        ("腹部、大小便、妇科", "胃痛、肚子痛"),
        ("腹部、大小便、妇科", "腹泻"),
        ("头、眼、耳鼻喉、口腔", "头痛"),
        ("头、眼、耳鼻喉、口腔", "眼睛不适"),
        ("皮肤、毛发", "皮疹、瘙痒"),
        ("全身、发烧、情绪", "发烧"),
        ("四肢、关节、腰背", "关节、腰背疼痛"),
        ("全身、发烧、情绪", "糖尿病、血糖"),
    ];
    let mut counts = Vec::new();
    for (part, symptom) in complaints {
        let k = kiosk(1080.0, 1920.0);
        k.tap("中文");
        k.taps.set(0);
        k.tap("我不舒服");
        k.tap(part);
        k.tap(symptom);
        let asked = k.shows("不是") && k.shows("是");
        if asked {
            k.tap("不是");
        }
        k.tap("取排队号");
        let kiosk_state = k.controller.borrow().session().kiosk().clone();
        assert!(
            matches!(
                kiosk_state.screen,
                banzhen::workflow::Screen::TicketShown { .. }
            ),
            "{symptom}: {:?}",
            k.labels()
        );
        let limit = if asked { 5 } else { 4 };
        assert!(
            k.taps.get() <= limit,
            "{symptom}: {} taps, at most {limit}",
            k.taps.get()
        );
        counts.push(format!("{symptom} {}", k.taps.get()));
    }
    println!("taps from home to a queue number: {}", counts.join(", "));
}

#[test]
fn who_is_unwell_is_a_toggle_that_changes_the_advice() {
    let k = kiosk(1080.0, 1920.0);
    k.tap("English");
    k.tap("I feel unwell");
    assert!(
        k.shows("Me") && k.shows("A child under 14"),
        "{:?}",
        k.labels()
    );
    k.tap("A child under 14");
    let patient = k.controller.borrow().session().kiosk().visit.patient;
    assert_eq!(patient, Some(banzhen::workflow::Patient::Child));
    let checked = ElementHandle::find_by_accessible_label(&k.app, "A child under 14")
        .any(|e| e.accessible_checked() == Some(true));
    assert!(
        checked,
        "the toggle reads as checked to assistive technology"
    );
}

/// Two patients one after the other share nothing: the first one's
/// emergency and queue number are gone for the second.
#[test]
fn two_visits_back_to_back_share_nothing() {
    let k = kiosk(1080.0, 1920.0);
    k.tap("English");
    k.tap("I feel unwell");
    k.tap("Chest, heart, breathing");
    k.tap("chest pain");
    k.tap("Yes");
    assert!(k.shows("Go to the Emergency Department now"));
    k.tap("Done");
    assert!(k.controller.borrow().session().kiosk().is_clear());
    // The staff alert stays raised until staff clear it.
    let alerts = k.open_alerts();
    assert_eq!(alerts.len(), 1);
    // The next patient, seconds later.
    k.tap("English");
    k.tap("I feel unwell");
    k.tap("Skin and hair");
    k.tap("a rash or itching");
    if k.shows("No") {
        k.tap("No");
    }
    assert!(k.shows("Take a queue number"), "{:?}", k.labels());
    k.tap("Take a queue number");
    assert!(k.shows("Your queue number"));
    k.tap("Done");
    k.tap("English");
    k.tap("My queue number");
    assert!(
        k.shows("You have no queue number yet."),
        "the last patient's number is not shown: {:?}",
        k.labels()
    );
}

#[test]
fn a_ticket_left_on_screen_goes_back_to_welcome_by_itself() {
    let k = kiosk(1080.0, 1920.0);
    k.tap("中文");
    k.tap("找科室");
    k.tap("全科医疗科");
    k.tap("取排队号");
    assert!(k.shows("您的排队号"), "{:?}", k.labels());
    k.wait(banzhen::workflow::TICKET_QUIET_MS - 1_000);
    assert!(k.shows("您的排队号"), "still readable");
    k.wait(1_000);
    assert!(k.shows("中文") && k.shows("English"), "{:?}", k.labels());
    assert!(k.controller.borrow().session().kiosk().is_clear());
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
