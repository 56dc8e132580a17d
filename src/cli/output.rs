//! What the command line prints: JSON for programs, sentences for people.

use crate::hospital::{floor_name, Department, Hospital, PlaceKind};
use crate::lang::Lang;
use crate::queue::{Issued, QueueStatus};
use crate::triage::Assessment;
use chrono::NaiveDateTime;
use serde_json::{json, Value};
use std::fmt::Write;

fn department_json(d: &Department) -> Value {
    json!({
        "code": d.code,
        "name_zh": d.name.zh,
        "name_en": d.name.en,
        "building": d.location.building,
        "floor": d.location.floor,
        "room": d.location.room,
        "status": d.status.as_str(),
    })
}

pub fn triage_json(h: &Hospital, a: &Assessment, lang: Lang) -> Value {
    json!({
        "emergency": a.emergency,
        "department": a.department.as_deref().and_then(|c| h.department(c)).map(department_json),
        "confidence": a.confidence,
        "alternatives": a.alternatives.iter().filter_map(|alt| {
            let d = h.department(&alt.code)?;
            Some(json!({
                "code": d.code,
                "name_zh": d.name.zh,
                "name_en": d.name.en,
                "confidence": alt.confidence,
                "because": alt.because.iter().map(|r| r.sentence(lang)).collect::<Vec<_>>(),
            }))
        }).collect::<Vec<_>>(),
        "reasons": a.reasons.iter().map(|r| r.sentence(lang)).collect::<Vec<_>>(),
        "rules": a.reasons.iter().map(|r| r.rule.clone()).collect::<Vec<_>>(),
        "lang": lang.code(),
    })
}

pub fn triage_text(h: &Hospital, a: &Assessment, lang: Lang) -> String {
    let mut out = String::new();
    let dept = a.department.as_deref().and_then(|c| h.department(c));
    match (a.emergency, dept, lang) {
        (true, Some(d), Lang::Zh) => {
            let _ = writeln!(
                out,
                "⚠ 请立即去{}！（{}）",
                d.name.zh,
                h.describe_location(&d.location, lang)
            );
        }
        (true, Some(d), Lang::En) => {
            let _ = writeln!(
                out,
                "⚠ Go to the {} now! ({})",
                d.name.en,
                h.describe_location(&d.location, lang)
            );
        }
        (_, Some(d), Lang::Zh) => {
            let _ = writeln!(
                out,
                "建议就诊：{}（{}）",
                d.name.zh,
                h.describe_location(&d.location, lang)
            );
        }
        (_, Some(d), Lang::En) => {
            let _ = writeln!(
                out,
                "Recommended: {} ({})",
                d.name.en,
                h.describe_location(&d.location, lang)
            );
        }
        (_, None, Lang::Zh) => {
            let _ = writeln!(
                out,
                "没能确定科室。请选择身体部位，或到导诊台询问工作人员。"
            );
        }
        (_, None, Lang::En) => {
            let _ = writeln!(out, "No department could be determined. Please pick a body part on the screen or ask at the information desk.");
        }
    }
    for r in &a.reasons {
        let _ = writeln!(out, "  - {}", r.sentence(lang));
    }
    // Each candidate with what points to it, where the rules say.
    let alts: Vec<String> = a
        .alternatives
        .iter()
        .filter_map(|alt| {
            let name = h.department(&alt.code)?.name.get(lang).to_string();
            Some(match (alt.because.first(), lang) {
                (Some(r), Lang::Zh) => format!("{name}（{}）", r.label.get(lang)),
                (Some(r), Lang::En) => format!("{name} ({})", r.label.get(lang)),
                (None, _) => name,
            })
        })
        .collect();
    if !alts.is_empty() {
        let _ = match lang {
            Lang::Zh => writeln!(out, "  也可考虑：{}", alts.join("、")),
            Lang::En => writeln!(out, "  Also possible: {}", alts.join(", ")),
        };
    }
    out
}

pub fn departments_json(h: &Hospital, now: NaiveDateTime) -> Value {
    Value::Array(
        h.departments
            .iter()
            .map(|d| {
                let mut v = department_json(d);
                v["description_zh"] = json!(d.description.zh);
                v["description_en"] = json!(d.description.en);
                v["hours"] = json!(d.hours.to_string());
                v["open_now"] = json!(d.open_at(now));
                v["status_note"] = json!(d.status_note);
                v["avg_minutes"] = json!(d.avg_minutes);
                v
            })
            .collect(),
    )
}

pub fn departments_text(h: &Hospital, lang: Lang, now: NaiveDateTime) -> String {
    let mut out = String::new();
    for d in &h.departments {
        let state = d.describe_status(now, lang);
        let _ = writeln!(
            out,
            "{:<6} {} — {} [{}] {}",
            d.code,
            d.name.get(lang),
            h.describe_location(&d.location, lang),
            d.hours,
            state
        );
    }
    out
}

pub fn places_json(h: &Hospital) -> Value {
    Value::Array(
        PlaceKind::ALL
            .iter()
            .flat_map(|&k| h.places_of(k))
            .map(|p| {
                json!({
                    "id": p.kind.id(),
                    "name_zh": p.name.zh,
                    "name_en": p.name.en,
                    "building": p.location.building,
                    "floor": p.location.floor,
                    "room": p.location.room,
                })
            })
            .collect(),
    )
}

pub fn places_text(h: &Hospital, lang: Lang) -> String {
    let mut out = String::new();
    for kind in PlaceKind::ALL {
        for p in h.places_of(kind) {
            let building = h
                .building(&p.location.building)
                .map(|b| b.name.get(lang))
                .unwrap_or(&p.location.building);
            let room = if p.location.room.is_empty() {
                String::new()
            } else {
                format!(" {}", p.location.room)
            };
            let _ = writeln!(
                out,
                "{:<15} {} — {building} {}{room}",
                kind.id(),
                p.name.get(lang),
                floor_name(p.location.floor, lang)
            );
        }
    }
    out
}

pub fn issued_json(d: &Department, i: &Issued) -> Value {
    json!({
        "ticket": i.ticket.label,
        "number": i.ticket.number,
        "day": i.ticket.day.to_string(),
        "issued_at": i.ticket.issued_at.format(crate::store::usage::TIME_FORMAT).to_string(),
        "department": department_json(d),
        "ahead": i.ahead,
        "estimated_wait_minutes": i.estimated_wait_minutes,
    })
}

pub fn issued_text(d: &Department, i: &Issued, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!(
            "您的号码：{}（{}）\n前面还有 {} 人，预计等候约 {} 分钟。\n",
            i.ticket.label, d.name.zh, i.ahead, i.estimated_wait_minutes
        ),
        Lang::En => format!(
            "Your number: {} ({})\n{} ahead of you, about {} minutes' wait.\n",
            i.ticket.label, d.name.en, i.ahead, i.estimated_wait_minutes
        ),
    }
}

pub fn status_text(d: &Department, s: &QueueStatus, lang: Lang) -> String {
    let serving = s.now_serving.clone().unwrap_or_else(|| "-".into());
    match lang {
        Lang::Zh => format!(
            "{}：正在就诊 {}，等候 {} 人，新取号预计等候约 {} 分钟。\n",
            d.name.zh, serving, s.waiting, s.estimated_wait_minutes
        ),
        Lang::En => format!(
            "{}: now serving {}, {} waiting, about {} minutes for a new number.\n",
            d.name.en, serving, s.waiting, s.estimated_wait_minutes
        ),
    }
}

/// `banzhen listen --json`: the shape the speech acceptance checks read.
pub fn heard_json(h: &crate::speech::listen::Heard) -> Value {
    let intent = h
        .intent
        .as_ref()
        .map(|i| json!({"kind": i.kind(), "value": i.value()}));
    json!({
        "transcript": h.transcript,
        "confidence": (h.confidence as f64 * 1000.0).round() / 1000.0,
        "accepted": h.accepted().is_some(),
        "intent": intent,
        "refused": h.refusal.map(|r| r.id()),
        "evidence": h.evidence.iter().map(|(w, p)| json!([w, (*p as f64 * 1000.0).round() / 1000.0])).collect::<Vec<_>>(),
        "tokens": h.tokens.iter().map(|(t, p)| json!([t, (*p as f64 * 1000.0).round() / 1000.0])).collect::<Vec<_>>(),
        "closed": h.closed.as_ref().map(|c| json!({
            "text": c.text,
            "mean_logprob": (c.mean_logprob as f64 * 1000.0).round() / 1000.0,
            "free_mean_logprob": (c.free_mean_logprob as f64 * 1000.0).round() / 1000.0,
            "plausible": c.plausible,
        })),
        "timings_ms": {"asr": h.asr_millis, "total": h.total_millis},
    })
}

pub fn heard_text(hospital: &Hospital, h: &crate::speech::listen::Heard, lang: Lang) -> String {
    use crate::speech::intent::Intent;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Heard: {:?} (confidence {:.2}, {} ms)",
        h.transcript, h.confidence, h.total_millis
    );
    let tokens: Vec<String> = h
        .tokens
        .iter()
        .map(|(t, p)| format!("{t:?} {p:.2}"))
        .collect();
    let _ = writeln!(out, "Tokens: {}", tokens.join(", "));
    let meaning = match &h.intent {
        None => "nothing the kiosk can act on".to_string(),
        Some(Intent::Command(c)) => format!("the command \"{}\"", c.id()),
        Some(Intent::Place(p)) => format!("the place {p}"),
        Some(Intent::PlaceToConfirm(p)) => format!("the place {p}, to be read back first"),
        Some(Intent::Department(code)) | Some(Intent::Symptom(code)) => {
            let name = hospital
                .department(code)
                .map(|d| d.name.get(lang).to_string())
                .unwrap_or_else(|| code.clone());
            format!("{} {name}", h.intent.as_ref().map_or("", |i| i.kind()))
        }
    };
    let _ = writeln!(out, "Means: {meaning}");
    let _ = match h.refusal {
        None => writeln!(out, "The kiosk would act on it."),
        Some(r) => writeln!(out, "The kiosk would not act on it ({}).", r.id()),
    };
    out
}
