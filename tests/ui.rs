//! The touch screen, headless: Slint's testing backend finds elements by
//! their accessible labels (what assistive technology reads) and presses
//! them; time is passed in, not waited for.

use banzhen::kiosk::Controller;
use banzhen::kiosk::{Session, Silent};
use banzhen::store::Store;
use banzhen::ui::bind;
use banzhen::ui::generated::AppWindow;
use banzhen::workflow::{Event, IDLE_RESET_MS, IDLE_WARNING_MS};
use i_slint_backend_testing::{ElementHandle, ElementQuery};
use slint::ComponentHandle;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::Arc;

thread_local! {
    static BACKEND: () = i_slint_backend_testing::init_no_event_loop();
}

pub(crate) struct Kiosk {
    pub(crate) app: AppWindow,
    pub(crate) controller: Rc<RefCell<Controller>>,
    pub(crate) now: Rc<Cell<u64>>,
    /// Taps made so far, to count what a visit costs the patient.
    taps: Cell<u32>,
}

pub(crate) fn wall() -> chrono::NaiveDateTime {
    crate::common::wall(10, 0)
}

pub(crate) fn kiosk(w: f32, h: f32) -> Kiosk {
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
    pub(crate) fn find(&self, label: &str) -> Vec<ElementHandle> {
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

    pub(crate) fn shows(&self, label: &str) -> bool {
        !self.find(label).is_empty()
    }

    pub(crate) fn tap(&self, label: &str) {
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

    pub(crate) fn labels(&self) -> Vec<String> {
        ElementQuery::from_root(&self.app)
            .match_descendants()
            .find_all()
            .iter()
            .filter_map(|e| e.accessible_label())
            .map(|s| s.to_string())
            .filter(|s| !s.is_empty())
            .collect()
    }

    pub(crate) fn open_alerts(&self) -> Vec<banzhen::store::usage::StaffAlertRow> {
        self.controller
            .borrow()
            .session()
            .store()
            .read(|dao| dao.open_alerts())
            .expect("alerts")
    }

    pub(crate) fn wait(&self, ms: u64) {
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
