//! The screens of the visit itself: departments, the way there with a floor
//! plan, the queue number with its QR code, what comes after the doctor,
//! and places in the hospital.

use super::{
    dept_tile, done_tile, key_tile, line, more_tile, paged, place_icon, status_line, tile, Hero,
    Icon, Label, LineVm, PlanVm, RoomVm, ScreenKind, Tone, ViewContext, ViewModel,
};
use crate::hospital::directions::{route, StepIcon};
use crate::hospital::{floor_name, Department, Hospital, Location, PlaceKind};
use crate::lang::{Lang, Text};
use crate::queue::QueueStatus;
use crate::workflow::{Action, Kiosk, MenuChoice, Target};

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
    line(Icon::Waiting, text, false)
}

/// Where a department is, whether it is open, its live queue and what it treats.
pub(super) fn department_lines(ctx: &ViewContext, d: &Department, lang: Lang) -> Vec<LineVm> {
    let mut lines = vec![
        line(
            Icon::Directions,
            ctx.hospital.describe_location(&d.location, lang),
            false,
        ),
        status_line(d, ctx.now, lang),
    ];
    if let Some(q) = ctx.queue.filter(|q| q.department_code == d.code) {
        lines.push(queue_line(q, lang));
    }
    if !d.description.get(lang).is_empty() {
        lines.push(line(Icon::None, d.description.get(lang), false));
    }
    lines
}

pub(super) fn place_name(h: &Hospital, kind: PlaceKind, lang: Lang) -> String {
    h.places_of(kind)
        .first()
        .map(|p| p.name.get(lang).to_string())
        .unwrap_or_else(|| kind.id().to_string())
}

fn place_tile(h: &Hospital, kind: PlaceKind, lang: Lang) -> super::TileVm {
    tile(
        Action::PickPlace(kind),
        Label::Text(place_name(h, kind, lang)),
        Tone::Plain,
        place_icon(kind),
    )
}

fn step_icon(icon: StepIcon) -> Icon {
    match icon {
        StepIcon::Ahead | StepIcon::Walkway => Icon::Ahead,
        StepIcon::Back => Icon::TurnBack,
        StepIcon::Left => Icon::Left,
        StepIcon::Right => Icon::Right,
        StepIcon::LiftUp => Icon::LiftUp,
        StepIcon::LiftDown => Icon::LiftDown,
        StepIcon::Arrive => Icon::Arrive,
    }
}

pub(super) fn steps_lines(h: &Hospital, dest: &Location, name: &Text, lang: Lang) -> Vec<LineVm> {
    route(h, &h.kiosk, dest, name)
        .iter()
        .map(|s| {
            line(
                step_icon(s.icon),
                s.text.get(lang),
                s.icon == StepIcon::Arrive,
            )
        })
        .collect()
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

pub(super) fn department_list(vm: &mut ViewModel, k: &Kiosk, ctx: &ViewContext, page: usize) {
    vm.title = Label::Key("department_list");
    let (shown, more) = paged(&k.catalog.departments, page);
    vm.tiles = shown
        .iter()
        .filter_map(|c| dept_tile(ctx.hospital, c, vm.lang, Tone::Plain))
        .collect();
    if more {
        vm.tiles.push(more_tile());
    }
}

pub(super) fn department_detail(vm: &mut ViewModel, ctx: &ViewContext, code: &str) {
    if let Some(d) = ctx.hospital.department(code) {
        vm.title = Label::Text(d.name.get(vm.lang).to_string());
        vm.lines = department_lines(ctx, d, vm.lang);
        vm.tiles = super::ticket_and_way_tiles(d, ctx, vm.lang);
    }
}

pub(super) fn directions(vm: &mut ViewModel, k: &Kiosk, ctx: &ViewContext, target: &Target) {
    let (h, lang) = (ctx.hospital, vm.lang);
    vm.kind = ScreenKind::Directions;
    if let Some((name, loc)) = target_of(h, target) {
        vm.title = Label::Text(match lang {
            Lang::Zh => format!("去{}", name.zh),
            Lang::En => format!("To {}", name.en),
        });
        vm.prompt = Some(Label::Text(h.describe_location(&loc, lang)));
        vm.lines = steps_lines(h, &loc, &name, lang);
        vm.plan = plan_for(h, &loc, &name, lang);
    }
    let after_doctor = matches!(target, Target::Department(_)) && !k.visit.emergency;
    vm.tiles = vec![done_tile(Tone::Primary)];
    if after_doctor {
        vm.tiles.push(key_tile(
            Action::WhatNext,
            "what_next",
            Tone::Plain,
            Icon::WhatNext,
        ));
    }
}

pub(super) fn ticket(vm: &mut ViewModel, k: &Kiosk, ctx: &ViewContext, index: usize) {
    let (h, lang) = (ctx.hospital, vm.lang);
    vm.kind = ScreenKind::Ticket;
    vm.title = Label::Key("ticket");
    vm.prompt = Some(Label::Key("ticket_done"));
    if k.visit.assessment.is_some() && !k.visit.symptoms.is_empty() {
        vm.step = Some((super::patient::SYMPTOM_STEPS, super::patient::SYMPTOM_STEPS));
    }
    if let Some(t) = k.visit.tickets.get(index) {
        vm.number = t.ticket.label.clone();
        if let Some(d) = h.department(&t.ticket.department_code) {
            // Before the clinic opens, or over lunch, the wait starts when it opens.
            let opens = d.opens_later_today(ctx.now).map(|at| {
                let minutes = ((at - ctx.now.time()).num_seconds() + 59) / 60;
                (at, u32::try_from(minutes).unwrap_or(0))
            });
            let minutes = t.estimated_wait_minutes + opens.map_or(0, |(_, m)| m);
            let ahead = match lang {
                Lang::Zh => format!("前面还有 {} 人", t.ahead),
                Lang::En => format!("{} ahead of you", t.ahead),
            };
            let mut wait = match (lang, opens) {
                (Lang::Zh, None) => format!("预计等候约 {minutes} 分钟"),
                (Lang::Zh, Some((at, _))) => {
                    format!("{} 开始看诊，预计等候约 {minutes} 分钟", at.format("%H:%M"))
                }
                (Lang::En, None) => format!("About {minutes} minutes' wait"),
                (Lang::En, Some((at, _))) => format!(
                    "Seeing patients from {}: about {minutes} minutes' wait",
                    at.format("%H:%M")
                ),
            };
            if t.offline {
                // The patient should not take an old figure for the live queue.
                wait.push_str(match lang {
                    Lang::Zh => "（叫号系统暂时连不上，这是估计）",
                    Lang::En => " (an estimate: the queue system cannot be reached just now)",
                });
            }
            let wait_where = match lang {
                Lang::Zh => format!("请在{}门口等候叫号", h.describe_location(&d.location, lang)),
                Lang::En => format!(
                    "Wait outside {} for your number",
                    h.describe_location(&d.location, lang)
                ),
            };
            vm.lines = vec![
                line(Icon::Department, d.name.get(lang), true),
                line(Icon::Waiting, ahead, false),
                line(Icon::Wait, wait, false),
                line(Icon::Directions, wait_where, false),
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
        done_tile(Tone::Primary),
        key_tile(
            Action::ShowDirections,
            "directions",
            Tone::Plain,
            Icon::Directions,
        ),
        key_tile(Action::WhatNext, "what_next", Tone::Plain, Icon::WhatNext),
    ];
}

pub(super) fn my_tickets(vm: &mut ViewModel, k: &Kiosk, ctx: &ViewContext) {
    vm.title = Label::Key("my_tickets");
    if k.visit.tickets.is_empty() {
        vm.prompt = Some(Label::Key("no_tickets"));
        vm.hero = Some(Hero {
            icon: Icon::Ticket,
            button: None,
        });
        vm.tiles = vec![key_tile(
            Action::Menu(MenuChoice::FindDepartment),
            "find_department",
            Tone::Primary,
            Icon::Department,
        )];
        return;
    }
    vm.tiles = k
        .visit
        .tickets
        .iter()
        .enumerate()
        .take(6)
        .map(|(i, t)| {
            let name = ctx
                .hospital
                .department(&t.ticket.department_code)
                .map(|d| d.name.get(vm.lang).to_string())
                .unwrap_or_default();
            tile(
                Action::ShowTicket(i),
                Label::Text(format!("{} {}", t.ticket.label, name)),
                Tone::Primary,
                Icon::Ticket,
            )
        })
        .collect();
}

pub(super) fn what_next(vm: &mut ViewModel, ctx: &ViewContext) {
    vm.title = Label::Key("what_next");
    vm.prompt = Some(Label::Key("what_next_prompt"));
    vm.tiles = [
        PlaceKind::Lab,
        PlaceKind::Imaging,
        PlaceKind::Cashier,
        PlaceKind::Pharmacy,
    ]
    .iter()
    .map(|&p| place_tile(ctx.hospital, p, vm.lang))
    .collect();
}

pub(super) fn place_list(vm: &mut ViewModel, ctx: &ViewContext, page: usize) {
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
    let (shown, more) = paged(&order, page);
    vm.tiles = shown
        .iter()
        .map(|&p| place_tile(ctx.hospital, p, vm.lang))
        .collect();
    if more {
        vm.tiles.push(more_tile());
    }
}

pub(super) fn out_of_town(vm: &mut ViewModel, ctx: &ViewContext) {
    let h = ctx.hospital;
    vm.title = Label::Key("out_of_town");
    vm.prompt = Some(Label::Key("out_of_town_prompt"));
    vm.hero = Some(Hero {
        icon: Icon::Insurance,
        button: None,
    });
    if let Some(p) = h.places_of(PlaceKind::InsuranceDesk).first() {
        vm.lines = vec![
            line(Icon::Insurance, p.name.get(vm.lang), true),
            line(
                Icon::Directions,
                h.describe_location(&p.location, vm.lang),
                false,
            ),
        ];
    }
    vm.tiles = vec![key_tile(
        Action::ShowDirections,
        "directions",
        Tone::Primary,
        Icon::Directions,
    )];
}
