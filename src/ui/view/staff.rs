//! Staff mode on the kiosk: the PIN pad, departments (open, closed, paused,
//! another room, the next number), alerts, and the voice switch.

use super::visit::department_lines;
use super::{
    key_tile, more_tile, paged, tile, Icon, Label, ScreenKind, Tone, ViewContext, ViewModel,
};
use crate::hospital::DeptStatus;
use crate::lang::Lang;
use crate::workflow::{Action, Kiosk, StaffMenu, StaffScreen};

fn keypad(vm: &mut ViewModel) {
    vm.keypad = true;
    vm.tiles = (1..=9)
        .map(|d| {
            tile(
                Action::Digit(d),
                Label::Text(d.to_string()),
                Tone::Plain,
                Icon::None,
            )
        })
        .collect();
    vm.tiles.push(key_tile(
        Action::DeleteDigit,
        "delete",
        Tone::Plain,
        Icon::TurnBack,
    ));
    vm.tiles.push(tile(
        Action::Digit(0),
        Label::Text("0".into()),
        Tone::Plain,
        Icon::None,
    ));
    vm.tiles
        .push(key_tile(Action::Submit, "ok", Tone::Primary, Icon::Yes));
}

pub(super) fn view(vm: &mut ViewModel, s: &StaffScreen, k: &Kiosk, ctx: &ViewContext) {
    let lang = k.lang;
    let h = ctx.hospital;
    vm.kind = ScreenKind::Staff;
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
                key_tile(
                    Action::StaffMenu(StaffMenu::Departments),
                    "staff_departments",
                    Tone::Primary,
                    Icon::Department,
                ),
                key_tile(
                    Action::StaffMenu(StaffMenu::Alerts),
                    "staff_alerts",
                    Tone::Plain,
                    Icon::Alert,
                ),
                key_tile(Action::ToggleVoice, voice, Tone::Plain, Icon::ReadAloud),
                key_tile(Action::LeaveStaff, "staff_leave", Tone::Danger, Icon::Home),
            ];
        }
        StaffScreen::Departments { page } => {
            vm.title = Label::Key("staff_departments");
            let (shown, more) = paged(&k.catalog.departments, *page);
            vm.tiles = shown
                .iter()
                .filter_map(|c| h.department(c))
                .map(|d| {
                    let status = d.status.describe(lang);
                    tile(
                        Action::PickDepartment(d.code.clone()),
                        Label::Text(match lang {
                            Lang::Zh => format!("{}（{status}）", d.name.zh),
                            Lang::En => format!("{} ({status})", d.name.en),
                        }),
                        Tone::Plain,
                        Icon::None,
                    )
                })
                .collect();
            if more {
                vm.tiles.push(more_tile());
            }
        }
        StaffScreen::Department { code } => {
            if let Some(d) = h.department(code) {
                vm.title = Label::Text(d.name.get(lang).to_string());
                vm.lines = department_lines(ctx, d, lang);
                vm.lines.truncate(3);
            }
            vm.tiles = vec![
                key_tile(
                    Action::SetStatus(DeptStatus::Open),
                    "set_open",
                    Tone::Plain,
                    Icon::Yes,
                ),
                key_tile(
                    Action::SetStatus(DeptStatus::Closed),
                    "set_closed",
                    Tone::Danger,
                    Icon::No,
                ),
                key_tile(
                    Action::SetStatus(DeptStatus::Paused),
                    "set_paused",
                    Tone::Plain,
                    Icon::Wait,
                ),
                key_tile(Action::MoveRoom, "move_room", Tone::Plain, Icon::Directions),
                key_tile(Action::CallNext, "call_next", Tone::Primary, Icon::Waiting),
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
                        Action::ClearAlert(a.id),
                        Label::Text(format!(
                            "{} {} — {}",
                            a.at.format("%H:%M"),
                            a.kind,
                            a.message
                        )),
                        if a.kind == "emergency" {
                            Tone::Danger
                        } else {
                            Tone::Plain
                        },
                        Icon::Alert,
                    )
                })
                .collect();
        }
        StaffScreen::Done { message } => {
            vm.title = Label::Key("staff_home");
            vm.prompt = Some(Label::Text(message.get(lang).to_string()));
            vm.tiles = vec![key_tile(
                Action::Answer(true),
                "ok",
                Tone::Primary,
                Icon::Yes,
            )];
        }
    }
}
