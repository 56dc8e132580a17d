//! From the workflow's state to what the screen shows, as plain Rust values
//! (tested without Slint). Fixed sentences are named by key and translated in
//! `ui/strings.slint`; data comes from the hospital in the chosen language.

use crate::hospital::directions::{route, StepIcon};
use crate::hospital::{floor_name, Department, DeptStatus, Hospital, Location, PlaceKind};
use crate::lang::{Lang, Text};
use crate::queue::QueueStatus;
use crate::triage::rules::RuleSet;
use crate::workflow::{
    Action, Catalog, Heard, Kiosk, ListenPhase, MenuChoice, Patient, Screen, SpeechNotice, Target,
    CHOICES_PER_PAGE,
};
use chrono::NaiveDateTime;

#[derive(Debug, Clone, PartialEq)]
pub enum Label {
    /// A fixed sentence, translated by the UI.
    Key(&'static str),
    /// Data, already in the chosen language.
    Text(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct TileVm {
    pub id: String,
    pub label: Label,
    /// 0 plain, 1 primary, 2 danger.
    pub tone: i32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LineVm {
    pub icon: String,
    pub text: String,
    pub strong: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RoomVm {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
    pub label: String,
    /// 0 room, 1 destination, 2 the kiosk.
    pub kind: i32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PlanVm {
    pub width: f64,
    pub depth: f64,
    pub caption: String,
    pub rooms: Vec<RoomVm>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ViewModel {
    pub kind: &'static str,
    pub lang: Lang,
    pub hospital: String,
    pub title: Label,
    pub prompt: Option<Label>,
    pub number: String,
    pub lines: Vec<LineVm>,
    pub tiles: Vec<TileVm>,
    pub plan: Option<PlanVm>,
    /// Plain text for the QR code: the ticket and the way, readable offline.
    pub qr_text: Option<String>,
    pub can_go_back: bool,
    /// The choices are a number pad (laid out like a phone's).
    pub keypad: bool,
    /// The Speak button works (a model and a microphone for this language).
    pub speech_ready: bool,
    /// 0 not listening, 1 listening, 2 hearing speech, 3 understanding it.
    pub listening: i32,
    /// A sentence about speech over the screen ("I did not catch that").
    pub notice: Option<Label>,
}

/// What the view needs besides the workflow's state.
pub struct ViewContext<'a> {
    /// Open staff alerts, shown in staff mode.
    pub alerts: &'a [crate::store::usage::StaffAlertRow],
    pub hospital: &'a Hospital,
    pub rules: &'a RuleSet,
    /// Live queue of the department on screen, when there is one.
    pub queue: Option<&'a QueueStatus>,
    pub now: NaiveDateTime,
}

fn tile(id: impl Into<String>, label: Label, tone: i32) -> TileVm {
    TileVm {
        id: id.into(),
        label,
        tone,
    }
}

fn key_tile(id: &str, key: &'static str, tone: i32) -> TileVm {
    tile(id, Label::Key(key), tone)
}

fn line(icon: &str, text: impl Into<String>, strong: bool) -> LineVm {
    LineVm {
        icon: icon.into(),
        text: text.into(),
        strong,
    }
}

/// The department on screen, if the screen is about one.
pub fn department_on_screen(k: &Kiosk) -> Option<String> {
    match &k.screen {
        Screen::Recommendation => k
            .visit
            .assessment
            .as_ref()
            .and_then(|a| a.department.clone()),
        Screen::DepartmentDetail { code } => Some(code.clone()),
        Screen::TicketShown { index } => k
            .visit
            .tickets
            .get(*index)
            .map(|t| t.ticket.department_code.clone()),
        Screen::StillThere { resume } => department_on_screen(&Kiosk {
            screen: (**resume).clone(),
            ..k.clone()
        }),
        _ => None,
    }
}

/// The action a tile id stands for; ids come from [`view`] only.
pub fn action_for(id: &str) -> Option<Action> {
    let (head, tail) = id.split_once(':').unwrap_or((id, ""));
    Some(match head {
        "menu" => Action::Menu(match tail {
            "feel_unwell" => MenuChoice::FeelUnwell,
            "find_department" => MenuChoice::FindDepartment,
            "find_place" => MenuChoice::FindPlace,
            "my_ticket" => MenuChoice::MyTicket,
            "out_of_town" => MenuChoice::OutOfTown,
            "call_staff" => MenuChoice::CallStaff,
            _ => return None,
        }),
        "who" => Action::ChoosePatient(match tail {
            "adult" => Patient::Adult,
            "child" => Patient::Child,
            "pregnant" => Patient::Pregnant,
            _ => return None,
        }),
        "lang" => Action::SetLanguage(tail.parse().ok()?),
        "body" => Action::PickBodyPart(tail.to_string()),
        "symptom" => Action::PickSymptom(tail.to_string()),
        "dept" => Action::PickDepartment(tail.to_string()),
        "place" => Action::PickPlace(tail.parse().ok()?),
        "ticket" => Action::ShowTicket(tail.parse().ok()?),
        "more" => Action::NextPage,
        "yes" | "ok" => Action::Answer(true),
        "no" => Action::Answer(false),
        "take_ticket" => Action::TakeTicket,
        "directions" => Action::ShowDirections,
        "what_next" => Action::WhatNext,
        "still_here" => Action::StillHere,
        "header" => Action::HeaderTap,
        "digit" => Action::Digit(tail.parse().ok().filter(|d: &u8| *d < 10)?),
        "delete" => Action::DeleteDigit,
        "submit" => Action::Submit,
        "staff" => match tail {
            "departments" => Action::StaffMenu(crate::workflow::StaffMenu::Departments),
            "alerts" => Action::StaffMenu(crate::workflow::StaffMenu::Alerts),
            "leave" => Action::LeaveStaff,
            "voice" => Action::ToggleVoice,
            _ => return None,
        },
        "status" => Action::SetStatus(tail.parse().ok()?),
        "move_room" => Action::MoveRoom,
        "call_next" => Action::CallNext,
        "alert" => Action::ClearAlert(tail.parse().ok()?),
        _ => return None,
    })
}

fn status_line(d: &Department, now: NaiveDateTime, lang: Lang) -> LineVm {
    let note = if d.status_note.is_empty() {
        String::new()
    } else {
        format!(" ({})", d.status_note)
    };
    let text = match (d.status, d.hours.is_open_at(now), lang) {
        (DeptStatus::Open, true, Lang::Zh) => "现在开诊".to_string(),
        (DeptStatus::Open, true, Lang::En) => "Open now".to_string(),
        (DeptStatus::Open, false, Lang::Zh) => {
            format!("现在不是门诊时间。门诊时间：{}", d.hours.describe(lang))
        }
        (DeptStatus::Open, false, Lang::En) => {
            format!("Closed at this hour. Hours: {}", d.hours.describe(lang))
        }
        (DeptStatus::Closed, _, Lang::Zh) => format!("今天停诊{note}"),
        (DeptStatus::Closed, _, Lang::En) => format!("Closed today{note}"),
        (DeptStatus::Paused, _, Lang::Zh) => format!("暂停取号{note}"),
        (DeptStatus::Paused, _, Lang::En) => format!("Not taking numbers just now{note}"),
    };
    // The status is in words and with a sign, never in colour alone.
    let open_now = d.status == DeptStatus::Open && d.hours.is_open_at(now);
    let icon = if open_now { "✓" } else { "✗" };
    line(icon, text, !open_now)
}

fn queue_line(q: &QueueStatus, lang: Lang) -> LineVm {
    let text = match lang {
        Lang::Zh => format!(
            "现在排队 {} 人，约等 {} 分钟",
            q.waiting, q.estimated_wait_minutes
        ),
        Lang::En => format!(
            "{} waiting, about {} minutes",
            q.waiting, q.estimated_wait_minutes
        ),
    };
    line("●", text, false)
}

/// A department as a screen: its name as the title, then where it is,
/// whether it is open, its live queue and what it treats.
fn show_department(vm: &mut ViewModel, ctx: &ViewContext, d: &Department, lang: Lang) {
    vm.title = Label::Text(d.name.get(lang).to_string());
    vm.lines = department_lines(ctx, d, lang);
}

fn department_lines(ctx: &ViewContext, d: &Department, lang: Lang) -> Vec<LineVm> {
    let mut lines = vec![
        line(
            "→",
            ctx.hospital.describe_location(&d.location, lang),
            false,
        ),
        status_line(d, ctx.now, lang),
    ];
    if let Some(q) = ctx.queue.filter(|q| q.department_code == d.code) {
        lines.push(queue_line(q, lang));
    }
    if !d.description.get(lang).is_empty() {
        lines.push(line("", d.description.get(lang), false));
    }
    lines
}

fn paged<T: Clone>(items: &[T], page: usize) -> (Vec<T>, bool) {
    let more = items.len() > CHOICES_PER_PAGE + 1;
    if !more {
        return (items.to_vec(), false);
    }
    let start = (page * CHOICES_PER_PAGE).min(items.len());
    (
        items[start..(start + CHOICES_PER_PAGE).min(items.len())].to_vec(),
        true,
    )
}

fn place_tile(h: &Hospital, kind: PlaceKind, lang: Lang) -> TileVm {
    tile(
        format!("place:{}", kind.id()),
        Label::Text(place_name(h, kind, lang)),
        0,
    )
}

fn place_name(h: &Hospital, kind: PlaceKind, lang: Lang) -> String {
    h.places_of(kind)
        .first()
        .map(|p| p.name.get(lang).to_string())
        .unwrap_or_else(|| kind.id().to_string())
}

fn icon_for(icon: StepIcon) -> &'static str {
    match icon {
        StepIcon::Ahead => "↑",
        StepIcon::Back => "↓",
        StepIcon::Left => "←",
        StepIcon::Right => "→",
        StepIcon::LiftUp => "▲",
        StepIcon::LiftDown => "▼",
        StepIcon::Walkway => "▶",
        StepIcon::Arrive => "●",
    }
}

fn target_of(h: &Hospital, t: &Target) -> Option<(Text, Location)> {
    match t {
        Target::Department(code) => h
            .department(code)
            .map(|d| (d.name.clone(), d.location.clone())),
        Target::Place(kind) => h
            .places_of(*kind)
            .first()
            .map(|p| (p.name.clone(), p.location.clone())),
    }
}

/// The floor plan of the destination's floor: its rooms from the data, the
/// destination highlighted, and the kiosk when it is on that floor.
fn plan_for(h: &Hospital, dest: &Location, name: &Text, lang: Lang) -> Option<PlanVm> {
    let b = h.building(&dest.building)?;
    let size = 10.0;
    let mut rooms: Vec<RoomVm> = h
        .departments
        .iter()
        .map(|d| &d.location)
        .chain(h.places.iter().map(|p| &p.location))
        .filter(|l| l.building == dest.building && l.floor == dest.floor && l != &dest)
        .map(|l| RoomVm {
            x: l.x - size / 2.0,
            y: l.y - size / 2.0,
            w: size,
            h: size,
            label: String::new(),
            kind: 0,
        })
        .collect();
    if h.kiosk.building == dest.building && h.kiosk.floor == dest.floor {
        let label = if lang == Lang::Zh {
            "您在这里"
        } else {
            "You"
        };
        rooms.push(RoomVm {
            x: h.kiosk.x - 8.0,
            y: h.kiosk.y - 3.0,
            w: 16.0,
            h: 7.0,
            label: label.into(),
            kind: 2,
        });
    }
    let label = if dest.room.is_empty() {
        "●".to_string()
    } else {
        dest.room.clone()
    };
    rooms.push(RoomVm {
        x: dest.x - 8.0,
        y: dest.y - 5.0,
        w: 16.0,
        h: 10.0,
        label,
        kind: 1,
    });
    for r in &mut rooms {
        r.x = r.x.clamp(0.0, (b.width - r.w).max(0.0));
        r.y = r.y.clamp(0.0, (b.depth - r.h).max(0.0));
    }
    let caption = match lang {
        Lang::Zh => format!(
            "{}{}平面图：黄色是{}",
            b.name.zh,
            floor_name(dest.floor, lang),
            name.zh
        ),
        Lang::En => format!(
            "Plan of {}, {}: {} in yellow",
            b.name.en,
            floor_name(dest.floor, lang),
            name.en
        ),
    };
    Some(PlanVm {
        width: b.width,
        depth: b.depth,
        caption,
        rooms,
    })
}

fn steps_lines(h: &Hospital, dest: &Location, name: &Text, lang: Lang) -> Vec<LineVm> {
    route(h, &h.kiosk, dest, name)
        .iter()
        .map(|s| {
            line(
                icon_for(s.icon),
                s.text.get(lang),
                s.icon == StepIcon::Arrive,
            )
        })
        .collect()
}

/// What the screen shows for the kiosk's current state.
pub fn view(k: &Kiosk, ctx: &ViewContext) -> ViewModel {
    let lang = k.lang;
    let h = ctx.hospital;
    let mut vm = ViewModel {
        kind: "choice",
        lang,
        hospital: h.name.get(lang).to_string(),
        title: Label::Key("home"),
        prompt: None,
        number: String::new(),
        lines: Vec::new(),
        tiles: Vec::new(),
        plan: None,
        qr_text: None,
        can_go_back: !k.history.is_empty() || !matches!(k.screen, Screen::Home | Screen::Welcome),
        keypad: false,
        speech_ready: k.speech.can_listen(lang) && !matches!(k.screen, Screen::Staff(_)),
        listening: match k.speech.listening.map(|l| l.phase) {
            None => 0,
            Some(ListenPhase::Listening) => 1,
            Some(ListenPhase::Hearing) => 2,
            Some(ListenPhase::Understanding) => 3,
        },
        notice: k.speech.notice.map(|n| {
            Label::Key(match n {
                SpeechNotice::TryAgain => "notice_try_again",
                SpeechNotice::UseTouch => "notice_use_touch",
                SpeechNotice::NothingHeard => "notice_nothing_heard",
                SpeechNotice::Unavailable => "notice_unavailable",
            })
        }),
    };
    let dept_tile = |code: &str, tone: i32| {
        h.department(code).map(|d| {
            tile(
                format!("dept:{code}"),
                Label::Text(d.name.get(lang).to_string()),
                tone,
            )
        })
    };
    match &k.screen {
        Screen::Welcome => {
            vm.kind = "welcome";
            vm.title = Label::Text(format!("{} · {}", h.name.zh, h.name.en));
            // Before a language is chosen, the welcome speaks both.
            vm.prompt = Some(Label::Text(
                "欢迎。请点击您的语言开始。\nWelcome. Touch your language to start.".into(),
            ));
            vm.tiles = vec![
                tile("lang:zh", Label::Text("中文".into()), 1),
                tile("lang:en", Label::Text("English".into()), 1),
            ];
            vm.can_go_back = false;
        }
        Screen::Home => {
            vm.tiles = [
                "feel_unwell",
                "find_department",
                "find_place",
                "my_ticket",
                "out_of_town",
                "call_staff",
            ]
            .iter()
            .map(|m| {
                key_tile(
                    &format!("menu:{m}"),
                    match *m {
                        "feel_unwell" => "feel_unwell",
                        "find_department" => "find_department",
                        "find_place" => "find_place",
                        "my_ticket" => "my_ticket",
                        "out_of_town" => "out_of_town",
                        _ => "call_staff",
                    },
                    if *m == "feel_unwell" {
                        1
                    } else if *m == "call_staff" {
                        2
                    } else {
                        0
                    },
                )
            })
            .collect();
        }
        Screen::WhoFor => {
            vm.title = Label::Key("who_for");
            vm.tiles = vec![
                key_tile("who:adult", "adult", 0),
                key_tile("who:child", "child", 0),
                key_tile("who:pregnant", "pregnant", 0),
            ];
        }
        Screen::BodyPart => {
            vm.title = Label::Key("body_part");
            vm.tiles = ctx
                .rules
                .body_parts
                .iter()
                .take(6)
                .map(|b| {
                    tile(
                        format!("body:{}", b.id),
                        Label::Text(b.label.get(lang).to_string()),
                        0,
                    )
                })
                .collect();
        }
        Screen::Symptom { body_part, page } => {
            vm.title = Label::Key("symptom");
            if let Some(b) = ctx.rules.body_parts.iter().find(|b| &b.id == body_part) {
                vm.prompt = Some(Label::Text(b.label.get(lang).to_string()));
            }
            let ids = k
                .catalog
                .symptoms
                .get(body_part)
                .cloned()
                .unwrap_or_default();
            let (shown, more) = paged(&ids, *page);
            vm.tiles = shown
                .iter()
                .filter_map(|id| ctx.rules.term(id))
                .map(|t| {
                    tile(
                        format!("symptom:{}", t.id),
                        Label::Text(t.label.get(lang).to_string()),
                        0,
                    )
                })
                .collect();
            if more {
                vm.tiles.push(key_tile("more", "more", 0));
            }
        }
        Screen::RedFlagQuestion { flag, .. } => {
            vm.title = Label::Key("red_flag");
            let q = ctx
                .rules
                .red_flags
                .iter()
                .find(|f| &f.id == flag)
                .and_then(|f| f.question.clone());
            vm.prompt = q.map(|q| Label::Text(q.get(lang).to_string()));
            vm.tiles = vec![key_tile("yes", "yes", 2), key_tile("no", "no", 1)];
        }
        Screen::Confirm { heard } => {
            let said = match heard {
                Heard::Department(code) => h
                    .department(code)
                    .map(|d| d.name.get(lang).to_string())
                    .unwrap_or_else(|| code.clone()),
                Heard::PlaceToConfirm(kind) => place_name(h, *kind, lang),
                Heard::Complaint(words, _) => format!("“{}”", words.0),
                // Never read back; shown plainly should it ever happen.
                other => format!("{other:?}"),
            };
            // What was heard is the heading, so it is the first thing read.
            let sep = if lang == Lang::Zh { "" } else { " " };
            vm.title = Label::Text(format!(
                "{}{sep}{said}",
                super::spoken::fixed("you_said", lang)
            ));
            vm.prompt = Some(Label::Key("confirm_prompt"));
            vm.tiles = vec![key_tile("yes", "yes", 1), key_tile("no", "no", 0)];
        }
        Screen::Thinking { .. } => {
            vm.kind = "busy";
            vm.title = Label::Key("thinking");
        }
        Screen::IssuingTicket { .. } => {
            vm.kind = "busy";
            vm.title = Label::Key("issuing");
        }
        Screen::Recommendation => {
            vm.prompt = Some(Label::Key("recommendation"));
            let a = k.visit.assessment.as_ref();
            if let Some(d) = a
                .and_then(|a| a.department.as_deref())
                .and_then(|c| h.department(c))
            {
                show_department(&mut vm, ctx, d, lang);
                vm.lines.truncate(3);
                if let Some(a) = a {
                    vm.lines.extend(
                        a.reasons
                            .iter()
                            .take(2)
                            .map(|r| line("·", r.sentence(lang), false)),
                    );
                }
                vm.tiles = vec![
                    key_tile("take_ticket", "take_ticket", 1),
                    key_tile("directions", "directions", 0),
                ];
                if let Some(a) = a {
                    vm.tiles.extend(
                        a.alternatives
                            .iter()
                            .take(2)
                            .filter_map(|alt| dept_tile(&alt.code, 0)),
                    );
                }
            }
        }
        Screen::Unsure => {
            vm.title = Label::Key("unsure");
            vm.prompt = Some(Label::Key("unsure_prompt"));
            vm.tiles = vec![key_tile("menu:feel_unwell", "try_again", 1)];
            if let Some(a) = &k.visit.assessment {
                vm.tiles.extend(
                    a.alternatives
                        .iter()
                        .take(3)
                        .filter_map(|alt| dept_tile(&alt.code, 0)),
                );
            }
            if k.visit
                .assessment
                .as_ref()
                .is_none_or(|a| a.alternatives.is_empty())
            {
                vm.tiles.extend(dept_tile("02", 0));
            }
            vm.tiles.push(key_tile("menu:call_staff", "call_staff", 2));
        }
        Screen::DepartmentList { page } => {
            vm.title = Label::Key("department_list");
            let (shown, more) = paged(&k.catalog.departments, *page);
            vm.tiles = shown.iter().filter_map(|c| dept_tile(c, 0)).collect();
            if more {
                vm.tiles.push(key_tile("more", "more", 0));
            }
        }
        Screen::DepartmentDetail { code } => {
            if let Some(d) = h.department(code) {
                show_department(&mut vm, ctx, d, lang);
            }
            vm.tiles = vec![
                key_tile("take_ticket", "take_ticket", 1),
                key_tile("directions", "directions", 0),
            ];
        }
        Screen::Directions { target } => {
            vm.kind = "directions";
            if let Some((name, loc)) = target_of(h, target) {
                vm.title = Label::Text(match lang {
                    Lang::Zh => format!("去{}", name.zh),
                    Lang::En => format!("To {}", name.en),
                });
                vm.prompt = Some(Label::Text(h.describe_location(&loc, lang)));
                vm.lines = steps_lines(h, &loc, &name, lang);
                vm.plan = plan_for(h, &loc, &name, lang);
            }
            vm.tiles = vec![key_tile("what_next", "what_next", 0)];
        }
        Screen::TicketShown { index } => {
            vm.kind = "ticket";
            vm.title = Label::Key("ticket");
            if let Some(t) = k.visit.tickets.get(*index) {
                vm.number = t.ticket.label.clone();
                if let Some(d) = h.department(&t.ticket.department_code) {
                    let (ahead, wait) = match lang {
                        Lang::Zh => (
                            format!("前面还有 {} 人", t.ahead),
                            format!("预计等候约 {} 分钟", t.estimated_wait_minutes),
                        ),
                        Lang::En => (
                            format!("{} ahead of you", t.ahead),
                            format!("About {} minutes' wait", t.estimated_wait_minutes),
                        ),
                    };
                    let wait_where = match lang {
                        Lang::Zh => {
                            format!("请在{}门口等候叫号", h.describe_location(&d.location, lang))
                        }
                        Lang::En => format!(
                            "Wait outside {} for your number",
                            h.describe_location(&d.location, lang)
                        ),
                    };
                    vm.lines = vec![
                        line("", d.name.get(lang), true),
                        line("●", ahead, false),
                        line("●", wait, false),
                        line("→", wait_where, false),
                    ];
                    let steps: Vec<String> = route(h, &h.kiosk, &d.location, &d.name)
                        .iter()
                        .enumerate()
                        .map(|(i, s)| format!("{}. {}", i + 1, s.text.get(lang)))
                        .collect();
                    vm.qr_text = Some(format!(
                        "{}\n{} {}\n{}\n{}\n{}",
                        h.name.get(lang),
                        t.ticket.label,
                        d.name.get(lang),
                        h.describe_location(&d.location, lang),
                        t.ticket.day,
                        steps.join("\n")
                    ));
                }
            }
            vm.tiles = vec![
                key_tile("directions", "directions", 1),
                key_tile("what_next", "what_next", 0),
            ];
        }
        Screen::MyTickets => {
            vm.title = Label::Key("my_tickets");
            if k.visit.tickets.is_empty() {
                vm.prompt = Some(Label::Key("no_tickets"));
                vm.tiles = vec![key_tile("menu:find_department", "find_department", 1)];
            } else {
                vm.tiles = k
                    .visit
                    .tickets
                    .iter()
                    .enumerate()
                    .take(6)
                    .map(|(i, t)| {
                        let name = h
                            .department(&t.ticket.department_code)
                            .map(|d| d.name.get(lang).to_string())
                            .unwrap_or_default();
                        tile(
                            format!("ticket:{i}"),
                            Label::Text(format!("{} {}", t.ticket.label, name)),
                            1,
                        )
                    })
                    .collect();
            }
        }
        Screen::WhatNext => {
            vm.title = Label::Key("what_next");
            vm.prompt = Some(Label::Key("what_next_prompt"));
            vm.tiles = [
                PlaceKind::Lab,
                PlaceKind::Imaging,
                PlaceKind::Cashier,
                PlaceKind::Pharmacy,
            ]
            .iter()
            .map(|&p| place_tile(h, p, lang))
            .collect();
        }
        Screen::PlaceList { page } => {
            vm.title = Label::Key("place_list");
            let order = [
                PlaceKind::Toilet,
                PlaceKind::Pharmacy,
                PlaceKind::Cashier,
                PlaceKind::Lab,
                PlaceKind::Imaging,
                PlaceKind::Exit,
                PlaceKind::Lift,
                PlaceKind::InfoDesk,
                PlaceKind::InsuranceDesk,
                PlaceKind::Emergency,
                PlaceKind::Cafe,
            ];
            let (shown, more) = paged(&order, *page);
            vm.tiles = shown.iter().map(|&p| place_tile(h, p, lang)).collect();
            if more {
                vm.tiles.push(key_tile("more", "more", 0));
            }
        }
        Screen::OutOfTown => {
            vm.title = Label::Key("out_of_town");
            vm.prompt = Some(Label::Key("out_of_town_prompt"));
            if let Some(p) = h.places_of(PlaceKind::InsuranceDesk).first() {
                vm.lines = vec![
                    line("", p.name.get(lang), true),
                    line("→", h.describe_location(&p.location, lang), false),
                ];
            }
            vm.tiles = vec![key_tile("directions", "directions", 1)];
        }
        Screen::CallStaff => {
            vm.title = Label::Key("call_staff_title");
            vm.prompt = Some(Label::Key("call_staff_prompt"));
        }
        Screen::Emergency => {
            vm.kind = "emergency";
            vm.title = Label::Key("emergency");
            vm.prompt = Some(Label::Key("emergency_prompt"));
            if let Some(d) = h.department(crate::triage::EMERGENCY_CODE) {
                vm.lines = steps_lines(h, &d.location, &d.name, lang);
            }
            vm.tiles = vec![key_tile("directions", "directions", 2)];
        }
        Screen::Problem { message } => {
            vm.title = Label::Key("problem");
            vm.prompt = Some(Label::Text(message.get(lang).to_string()));
            vm.tiles = vec![key_tile("ok", "ok", 1)];
        }
        Screen::Staff(s) => staff_view(&mut vm, s, k, ctx),
        Screen::StillThere { .. } => {
            vm.kind = "still_there";
            vm.title = Label::Key("still_there");
            vm.prompt = Some(Label::Key("still_there_prompt"));
            vm.tiles = vec![key_tile("still_here", "still_here", 1)];
        }
    }
    vm
}

fn keypad(vm: &mut ViewModel) {
    vm.keypad = true;
    vm.tiles = (1..=9)
        .map(|d| tile(format!("digit:{d}"), Label::Text(d.to_string()), 0))
        .collect();
    vm.tiles.push(key_tile("delete", "delete", 0));
    vm.tiles.push(tile("digit:0", Label::Text("0".into()), 0));
    vm.tiles.push(key_tile("submit", "ok", 1));
}

fn staff_view(vm: &mut ViewModel, s: &crate::workflow::StaffScreen, k: &Kiosk, ctx: &ViewContext) {
    use crate::workflow::StaffScreen;
    let lang = k.lang;
    let h = ctx.hospital;
    vm.kind = "staff";
    match s {
        StaffScreen::Pin { entered, notice } => {
            vm.title = Label::Key("staff_pin");
            vm.prompt = notice
                .as_ref()
                .map(|n| Label::Text(n.get(lang).to_string()));
            // Dots, never the digits.
            vm.number = "●".repeat(entered.0.len());
            keypad(vm);
        }
        StaffScreen::Busy { .. } => vm.title = Label::Key("thinking"),
        StaffScreen::Home => {
            vm.title = Label::Key("staff_home");
            vm.prompt = Some(Label::Text(match lang {
                Lang::Zh => format!("待处理提醒：{} 条", ctx.alerts.len()),
                Lang::En => format!("Open alerts: {}", ctx.alerts.len()),
            }));
            let voice = if k.voice_muted {
                "voice_unmute"
            } else {
                "voice_mute"
            };
            vm.tiles = vec![
                key_tile("staff:departments", "staff_departments", 1),
                key_tile("staff:alerts", "staff_alerts", 0),
                key_tile("staff:voice", voice, 0),
                key_tile("staff:leave", "staff_leave", 2),
            ];
        }
        StaffScreen::Departments { page } => {
            vm.title = Label::Key("staff_departments");
            let (shown, more) = paged(&k.catalog.departments, *page);
            vm.tiles = shown
                .iter()
                .filter_map(|c| h.department(c))
                .map(|d| {
                    tile(
                        format!("dept:{}", d.code),
                        Label::Text(match lang {
                            Lang::Zh => format!(
                                "{}（{}）",
                                d.name.zh,
                                match d.status {
                                    DeptStatus::Open => "开诊",
                                    DeptStatus::Closed => "停诊",
                                    DeptStatus::Paused => "暂停取号",
                                }
                            ),
                            Lang::En => format!("{} ({})", d.name.en, d.status.as_str()),
                        }),
                        0,
                    )
                })
                .collect();
            if more {
                vm.tiles.push(key_tile("more", "more", 0));
            }
        }
        StaffScreen::Department { code } => {
            if let Some(d) = h.department(code) {
                show_department(vm, ctx, d, lang);
                vm.lines.truncate(3);
            }
            vm.tiles = vec![
                key_tile("status:open", "set_open", 0),
                key_tile("status:closed", "set_closed", 2),
                key_tile("status:paused", "set_paused", 0),
                key_tile("move_room", "move_room", 0),
                key_tile("call_next", "call_next", 1),
            ];
        }
        StaffScreen::Room { code, entered } => {
            vm.title = Label::Key("staff_room");
            vm.prompt = h.department(code).map(|d| {
                Label::Text(format!(
                    "{} — {}",
                    d.name.get(lang),
                    h.describe_location(&d.location, lang)
                ))
            });
            vm.number = if entered.is_empty() {
                "_".into()
            } else {
                entered.clone()
            };
            keypad(vm);
        }
        StaffScreen::Alerts => {
            vm.title = Label::Key("staff_alerts");
            if ctx.alerts.is_empty() {
                vm.prompt = Some(Label::Key("no_alerts"));
            }
            vm.tiles = ctx
                .alerts
                .iter()
                .take(6)
                .map(|a| {
                    tile(
                        format!("alert:{}", a.id),
                        Label::Text(format!(
                            "{} {} — {}",
                            a.at.format("%H:%M"),
                            a.kind,
                            a.message
                        )),
                        if a.kind == "emergency" { 2 } else { 0 },
                    )
                })
                .collect();
        }
        StaffScreen::Done { message } => {
            vm.title = Label::Key("staff_home");
            vm.prompt = Some(Label::Text(message.get(lang).to_string()));
            vm.tiles = vec![key_tile("ok", "ok", 1)];
        }
    }
}

/// Every kind of screen, for screenshots and the accessibility check: a
/// kiosk state for each, built by driving the pure workflow.
pub fn all_screens(catalog: std::sync::Arc<Catalog>) -> Vec<(&'static str, Kiosk)> {
    use crate::queue::{Issued, Ticket, TicketStatus};
    use crate::triage::{Alternative, Assessment};
    use crate::workflow::StaffScreen;
    let base = Kiosk::new(catalog, Lang::En);
    let at = |screen: Screen| Kiosk {
        screen,
        history: vec![Screen::Home],
        ..base.clone()
    };
    let assessment = Assessment {
        emergency: false,
        department: Some("03.04".into()),
        confidence: 0.75,
        alternatives: vec![Alternative {
            code: "03.01".into(),
            confidence: 0.2,
        }],
        reasons: vec![crate::triage::Reason {
            kind: crate::triage::ReasonKind::Symptom,
            rule: "chest_tightness".into(),
            label: Text::new("胸闷", "chest tightness"),
            heard: None,
        }],
    };
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 30)
        .and_then(|d| d.and_hms_opt(9, 5, 0))
        .unwrap_or_default();
    let ticket = Issued {
        ticket: Ticket {
            department_code: "03.04".into(),
            day: day.date(),
            number: 12,
            label: "C012".into(),
            status: TicketStatus::Waiting,
            issued_at: day,
            called_at: None,
            finished_at: None,
        },
        ahead: 4,
        estimated_wait_minutes: 35,
    };
    let mut recommended = at(Screen::Recommendation);
    recommended.visit.assessment = Some(assessment.clone());
    let mut unsure = at(Screen::Unsure);
    unsure.visit.assessment = Some(Assessment {
        department: None,
        ..assessment.clone()
    });
    let mut with_ticket = at(Screen::TicketShown { index: 0 });
    with_ticket.visit.tickets = vec![ticket];
    // Speech states, with the kiosk able to listen.
    let hearing = |screen: Screen| {
        let mut k = at(screen);
        k.speech.langs = vec![Lang::Zh, Lang::En];
        k
    };
    let mut listening = hearing(Screen::Home);
    listening.speech.listening = Some(crate::workflow::Listening {
        request: 1,
        phase: ListenPhase::Hearing,
        asked: true,
    });
    let mut misheard = hearing(Screen::Home);
    misheard.speech.notice = Some(SpeechNotice::TryAgain);
    let mut use_touch = hearing(Screen::BodyPart);
    use_touch.speech.notice = Some(SpeechNotice::UseTouch);
    vec![
        (
            "welcome",
            Kiosk {
                history: vec![],
                ..base.clone()
            },
        ),
        (
            "home",
            Kiosk {
                screen: Screen::Home,
                ..base.clone()
            },
        ),
        ("who_for", at(Screen::WhoFor)),
        ("body_part", at(Screen::BodyPart)),
        (
            "symptom",
            at(Screen::Symptom {
                body_part: "chest".into(),
                page: 0,
            }),
        ),
        (
            "red_flag",
            at(Screen::RedFlagQuestion {
                symptom: "chest_pain".into(),
                flag: "cardiac_chest_pain".into(),
            }),
        ),
        ("thinking", at(Screen::Thinking { request: 1 })),
        ("listening", listening),
        ("speech_try_again", misheard),
        ("speech_use_touch", use_touch),
        (
            "confirm_department",
            hearing(Screen::Confirm {
                heard: Heard::Department("13".into()),
            }),
        ),
        (
            "confirm_complaint",
            hearing(Screen::Confirm {
                heard: Heard::Complaint(
                    crate::workflow::PatientText("my stomach hurts after meals".into()),
                    Box::new(assessment.clone()),
                ),
            }),
        ),
        (
            "confirm_place",
            hearing(Screen::Confirm {
                heard: Heard::PlaceToConfirm(PlaceKind::Pharmacy),
            }),
        ),
        ("recommendation", recommended),
        ("unsure", unsure),
        ("department_list", at(Screen::DepartmentList { page: 0 })),
        (
            "department_detail",
            at(Screen::DepartmentDetail { code: "10".into() }),
        ),
        (
            "directions_department",
            at(Screen::Directions {
                target: Target::Department("03.04".into()),
            }),
        ),
        (
            "directions_place",
            at(Screen::Directions {
                target: Target::Place(PlaceKind::Pharmacy),
            }),
        ),
        ("ticket", with_ticket),
        ("my_tickets", at(Screen::MyTickets)),
        ("what_next", at(Screen::WhatNext)),
        ("place_list", at(Screen::PlaceList { page: 0 })),
        ("out_of_town", at(Screen::OutOfTown)),
        ("call_staff", at(Screen::CallStaff)),
        ("emergency", at(Screen::Emergency)),
        (
            "problem",
            at(Screen::Problem {
                message: Text::new(
                    "皮肤科今天下午停诊。请到导诊台咨询。",
                    "Dermatology is closed this afternoon. Please ask at the information desk.",
                ),
            }),
        ),
        (
            "still_there",
            at(Screen::StillThere {
                resume: Box::new(Screen::Home),
            }),
        ),
        (
            "staff_pin",
            at(Screen::Staff(StaffScreen::Pin {
                entered: crate::workflow::Secret("12".into()),
                notice: None,
            })),
        ),
        ("staff_home", at(Screen::Staff(StaffScreen::Home))),
        (
            "staff_department",
            at(Screen::Staff(StaffScreen::Department { code: "13".into() })),
        ),
        (
            "staff_room",
            at(Screen::Staff(StaffScreen::Room {
                code: "10".into(),
                entered: "30".into(),
            })),
        ),
    ]
}
