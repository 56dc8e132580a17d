//! The patient's own screens: welcome, home, the symptom path (body part,
//! symptom, the red-flag question, the answer), speech read-backs, and the
//! screens that ask for help.

use super::{
    body_icon, dept_tile, done_tile, key_tile, line, more_tile, paged, place_name, tile, Hero,
    HeroButton, Icon, Label, ScreenKind, Tone, ViewContext, ViewModel,
};
use crate::lang::{Lang, Text};
use crate::workflow::{Action, Heard, Kiosk, MenuChoice, Patient};

/// The steps on the way from "I feel unwell" to a queue number: where,
/// what (with its question), which department, the number.
pub const SYMPTOM_STEPS: u8 = 4;

pub(super) fn welcome(vm: &mut ViewModel, k: &Kiosk, ctx: &ViewContext) {
    let h = ctx.hospital;
    vm.kind = ScreenKind::Welcome;
    vm.title = Label::Text(format!("{} · {}", h.name.zh, h.name.en));
    // Before a language is chosen, the welcome speaks both.
    vm.prompt = Some(Label::Text(
        "欢迎。请点击您的语言开始。\nWelcome. Touch your language to start.".into(),
    ));
    let can_listen = k.speech.can_listen(k.lang);
    vm.hero = Some(Hero {
        icon: Icon::Microphone,
        button: Some(HeroButton {
            action: Action::Speak,
            label: "speak_button",
            enabled: can_listen,
        }),
    });
    vm.lines = if can_listen {
        vec![
            line(
                Icon::Microphone,
                "也可以点话筒直接说，例如：“我想挂皮肤科”",
                false,
            ),
            line(
                Icon::Language,
                "English: touch English, then say, for example, “Where is the pharmacy?”",
                false,
            ),
        ]
    } else {
        Vec::new()
    };
    vm.tiles = vec![
        tile(
            Action::SetLanguage(Lang::Zh),
            Label::Text("中文".into()),
            Tone::Primary,
            Icon::Language,
        ),
        tile(
            Action::SetLanguage(Lang::En),
            Label::Text("English".into()),
            Tone::Primary,
            Icon::Language,
        ),
    ];
    vm.can_go_back = false;
}

pub(super) fn home(vm: &mut ViewModel) {
    let menu = |choice: MenuChoice, key: &'static str, tone: Tone, icon: Icon| {
        key_tile(Action::Menu(choice), key, tone, icon)
    };
    vm.tiles = vec![
        menu(
            MenuChoice::FeelUnwell,
            "feel_unwell",
            Tone::Primary,
            Icon::Unwell,
        ),
        menu(
            MenuChoice::FindDepartment,
            "find_department",
            Tone::Plain,
            Icon::Department,
        ),
        menu(
            MenuChoice::FindPlace,
            "find_place",
            Tone::Plain,
            Icon::FindPlace,
        ),
        menu(MenuChoice::MyTicket, "my_ticket", Tone::Plain, Icon::Ticket),
        menu(
            MenuChoice::OutOfTown,
            "out_of_town",
            Tone::Plain,
            Icon::OutOfTown,
        ),
        menu(
            MenuChoice::CallStaff,
            "call_staff",
            Tone::Danger,
            Icon::Staff,
        ),
    ];
}

pub(super) fn body_part(vm: &mut ViewModel, k: &Kiosk, ctx: &ViewContext) {
    vm.title = Label::Key("body_part");
    vm.prompt = Some(Label::Key("who_for"));
    vm.step = Some((1, SYMPTOM_STEPS));
    let who = k.visit.patient.unwrap_or(Patient::Adult);
    vm.toggles = [
        (Patient::Adult, "adult", Icon::Me),
        (Patient::Child, "child", Icon::Child),
        (Patient::Pregnant, "pregnant", Icon::Pregnant),
    ]
    .into_iter()
    .map(|(p, key, icon)| {
        let mut t = key_tile(Action::ChoosePatient(p), key, Tone::Plain, icon);
        t.selected = p == who;
        t
    })
    .collect();
    vm.tiles = ctx
        .rules
        .body_parts
        .iter()
        .take(6)
        .map(|b| {
            tile(
                Action::PickBodyPart(b.id.clone()),
                Label::Text(b.label.get(vm.lang).to_string()),
                Tone::Plain,
                body_icon(&b.id),
            )
        })
        .collect();
}

pub(super) fn symptom(
    vm: &mut ViewModel,
    k: &Kiosk,
    ctx: &ViewContext,
    body_part: &str,
    page: usize,
) {
    vm.title = Label::Key("symptom");
    vm.step = Some((2, SYMPTOM_STEPS));
    if let Some(b) = ctx.rules.body_parts.iter().find(|b| b.id == body_part) {
        vm.prompt = Some(Label::Text(b.label.get(vm.lang).to_string()));
    }
    let ids = k
        .catalog
        .symptoms
        .get(body_part)
        .cloned()
        .unwrap_or_default();
    let (shown, more) = paged(&ids, page);
    vm.tiles = shown
        .iter()
        .filter_map(|id| ctx.rules.term(id))
        .map(|t| {
            tile(
                Action::PickSymptom(t.id.clone()),
                Label::Text(t.label.get(vm.lang).to_string()),
                Tone::Plain,
                body_icon(body_part),
            )
        })
        .collect();
    if more {
        vm.tiles.push(more_tile());
    }
}

pub(super) fn red_flag(vm: &mut ViewModel, ctx: &ViewContext, symptom: &str, flag: &str) {
    vm.title = Label::Key("red_flag");
    vm.step = Some((2, SYMPTOM_STEPS));
    let part = ctx
        .rules
        .term(symptom)
        .and_then(|t| t.body_part.as_deref())
        .unwrap_or_default();
    vm.hero = Some(Hero {
        icon: super::body_icon(part),
        button: None,
    });
    let q = ctx
        .rules
        .red_flags
        .iter()
        .find(|f| f.id == flag)
        .and_then(|f| f.question.clone());
    vm.prompt = q.map(|q| Label::Text(q.get(vm.lang).to_string()));
    vm.tiles = vec![
        key_tile(Action::Answer(true), "yes", Tone::Danger, Icon::Yes),
        key_tile(Action::Answer(false), "no", Tone::Primary, Icon::No),
    ];
}

pub(super) fn confirm(vm: &mut ViewModel, ctx: &ViewContext, heard: &Heard) {
    let (h, lang) = (ctx.hospital, vm.lang);
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
        super::super::spoken::fixed("you_said", lang)
    ));
    vm.prompt = Some(Label::Key("confirm_prompt"));
    vm.hero = Some(Hero {
        icon: match heard {
            Heard::PlaceToConfirm(kind) => super::place_icon(*kind),
            Heard::Department(_) => Icon::Department,
            _ => Icon::Microphone,
        },
        button: None,
    });
    vm.tiles = vec![
        key_tile(Action::Answer(true), "yes", Tone::Primary, Icon::Yes),
        key_tile(Action::Answer(false), "no", Tone::Plain, Icon::No),
    ];
}

pub(super) fn busy(vm: &mut ViewModel, key: &'static str) {
    vm.kind = ScreenKind::Busy;
    vm.title = Label::Key(key);
    vm.hero = Some(Hero {
        icon: Icon::Wait,
        button: None,
    });
}

pub(super) fn recommendation(vm: &mut ViewModel, k: &Kiosk, ctx: &ViewContext) {
    let (h, lang) = (ctx.hospital, vm.lang);
    vm.prompt = Some(Label::Key("recommendation"));
    if !k.visit.symptoms.is_empty() {
        vm.step = Some((3, SYMPTOM_STEPS));
    }
    let a = k.visit.assessment.as_ref();
    let Some(d) = a
        .and_then(|a| a.department.as_deref())
        .and_then(|c| h.department(c))
    else {
        return;
    };
    vm.title = Label::Text(d.name.get(lang).to_string());
    vm.lines = super::visit::department_lines(ctx, d, lang);
    vm.lines.truncate(3);
    if let Some(a) = a {
        vm.lines.extend(reason_lines(a, lang));
    }
    vm.tiles = super::ticket_and_way_tiles(d, ctx, lang);
    if let Some(a) = a {
        vm.tiles.extend(
            a.alternatives
                .iter()
                .take(2)
                .filter_map(|alt| dept_tile(h, &alt.code, lang, Tone::Plain)),
        );
    }
}

pub(super) fn unsure(vm: &mut ViewModel, k: &Kiosk, ctx: &ViewContext) {
    let (h, lang) = (ctx.hospital, vm.lang);
    vm.title = Label::Key("unsure");
    vm.prompt = Some(Label::Key("unsure_prompt"));
    vm.tiles = vec![key_tile(
        Action::Menu(MenuChoice::FeelUnwell),
        "try_again",
        Tone::Primary,
        Icon::TryAgain,
    )];
    let alternatives = k
        .visit
        .assessment
        .as_ref()
        .map(|a| a.alternatives.as_slice())
        .unwrap_or_default();
    // What was understood, by candidate where the rules say which words
    // point where ("耳鼻喉科：因为您提到“鼻子”"), so the patient can tell
    // which choice fits.
    if let Some(a) = &k.visit.assessment {
        vm.lines = alternatives
            .iter()
            .take(3)
            .filter_map(|alt| {
                let name = h.department(&alt.code)?.name.get(lang).to_string();
                let why = alt.because.first()?.sentence(lang);
                let sep = if lang == Lang::Zh { "：" } else { ": " };
                Some(line(Icon::None, format!("· {name}{sep}{why}"), false))
            })
            .collect();
        if vm.lines.is_empty() {
            vm.lines = reason_lines(a, lang).collect();
        }
    }
    vm.tiles.extend(
        alternatives
            .iter()
            .take(3)
            .filter_map(|alt| dept_tile(h, &alt.code, lang, Tone::Plain)),
    );
    if alternatives.is_empty() {
        // With nothing to go on, the department that sees any complaint first.
        vm.tiles
            .extend(dept_tile(h, crate::triage::UNSURE_CODE, lang, Tone::Plain));
    }
    vm.tiles.push(key_tile(
        Action::Menu(MenuChoice::CallStaff),
        "call_staff",
        Tone::Danger,
        Icon::Staff,
    ));
}

pub(super) fn emergency(vm: &mut ViewModel, ctx: &ViewContext) {
    let (h, lang) = (ctx.hospital, vm.lang);
    vm.kind = ScreenKind::Emergency;
    vm.title = Label::Key("emergency");
    vm.prompt = Some(Label::Key("emergency_prompt"));
    if let Some(d) = h.department(crate::triage::EMERGENCY_CODE) {
        let mut steps = super::visit::steps_lines(h, &d.location, &d.name, lang).into_iter();
        // The first step, huge: it is all a frightened patient needs to read.
        vm.lead = steps.next();
        vm.lines = steps.collect();
    }
    vm.tiles = vec![
        key_tile(
            Action::ShowDirections,
            "directions",
            Tone::Plain,
            Icon::Directions,
        ),
        done_tile(Tone::Plain),
    ];
}

pub(super) fn call_staff(vm: &mut ViewModel) {
    vm.title = Label::Key("call_staff_title");
    vm.prompt = Some(Label::Key("call_staff_prompt"));
    vm.hero = Some(Hero {
        icon: Icon::Staff,
        button: None,
    });
    // While staff come, the patient may go on where they were.
    vm.tiles = vec![key_tile(
        Action::Back,
        "back_button",
        Tone::Plain,
        Icon::Back,
    )];
}

pub(super) fn problem(vm: &mut ViewModel, message: &Text) {
    vm.title = Label::Key("problem");
    vm.prompt = Some(Label::Text(message.get(vm.lang).to_string()));
    vm.hero = Some(Hero {
        icon: Icon::Alert,
        button: None,
    });
    vm.tiles = vec![key_tile(
        Action::Answer(true),
        "ok",
        Tone::Primary,
        Icon::Yes,
    )];
}

pub(super) fn still_there(vm: &mut ViewModel) {
    vm.kind = ScreenKind::StillThere;
    vm.title = Label::Key("still_there");
    vm.prompt = Some(Label::Key("still_there_prompt"));
    vm.hero = Some(Hero {
        icon: Icon::Hand,
        button: None,
    });
    vm.tiles = vec![key_tile(
        Action::StillHere,
        "still_here",
        Tone::Primary,
        Icon::Hand,
    )];
}

/// Why triage answered as it did, in at most two short lines.
fn reason_lines(
    a: &crate::triage::Assessment,
    lang: Lang,
) -> impl Iterator<Item = super::LineVm> + '_ {
    a.reasons
        .iter()
        .take(2)
        .map(move |r| line(Icon::None, format!("· {}", r.sentence(lang)), false))
}
