//! The managers' report: aggregates by SQL, drawn as simple SVG bar charts
//! in one self-contained HTML file (no scripts, no network), in Chinese and
//! English. Time axes are whole: every day of the period and every hour of
//! the day has its bar, an empty one included. The hub draws its report
//! for many kiosks with the same [`render`].

use super::{Period, StatsError};
use crate::lang::Text;
use crate::store::Store;
use std::fmt::Write;

/// The figures the report shows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Summary {
    pub visits: i64,
    pub completed: i64,
    pub abandoned: i64,
    pub per_day: Vec<(String, i64)>,
    pub per_hour: Vec<(String, i64)>,
    pub channels: Vec<(String, i64)>,
    pub languages: Vec<(String, i64)>,
    pub top_departments: Vec<(String, i64)>,
    pub emergencies: i64,
    pub staff_calls: i64,
    pub speech_rejections: i64,
    /// Median minutes from a visit's first to its last event.
    pub median_visit_minutes: Option<f64>,
}

fn pairs(
    store: &Store,
    sql: &str,
    start: &str,
    end: &str,
) -> Result<Vec<(String, i64)>, StatsError> {
    store.read(|dao| -> Result<Vec<(String, i64)>, StatsError> {
        let mut stmt = dao.conn().prepare(sql)?;
        let rows = stmt.query_map([start, end], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    })
}

/// Events in the period: the kept ones, and the daily totals of those past
/// their retention (which have no hour and no visit).
const EVENTS: &str = "WITH ev AS (
    SELECT substr(at, 1, 10) AS day, substr(at, 12, 2) AS hour, kind, channel, COALESCE(lang, '') AS lang,
           COALESCE(department_code, '') AS dept, 1 AS n
    FROM usage_events WHERE at >= ?1 AND at < ?2
    UNION ALL
    SELECT day, NULL, kind, channel, lang, department_code, count
    FROM usage_daily WHERE day >= substr(?1, 1, 10) AND day < substr(?2, 1, 10))";

fn count(store: &Store, kind: &str, start: &str, end: &str) -> Result<i64, StatsError> {
    store.read(|dao| -> Result<i64, StatsError> {
        Ok(dao.conn().query_row(
            &format!("{EVENTS} SELECT COALESCE(sum(n), 0) FROM ev WHERE kind = ?3"),
            [start, end, kind],
            |r| r.get(0),
        )?)
    })
}

impl Summary {
    /// Gives every day of `period` and every hour of the day a row, zero
    /// where nothing happened, in order.
    pub fn with_whole_axes(mut self, period: Period) -> Summary {
        let days = period
            .from
            .iter_days()
            .take_while(|d| *d <= period.to)
            .map(|d| d.format("%Y-%m-%d").to_string());
        self.per_day = fill(days, &self.per_day);
        self.per_hour = fill((0..24).map(|h| format!("{h:02}")), &self.per_hour);
        self
    }

    pub fn compute(store: &Store, period: Period) -> Result<Summary, StatsError> {
        let (s, e) = period.bounds();
        let (s, e) = (s.as_str(), e.as_str());
        let per_visit_minutes: Vec<f64> = store.read(|dao| -> Result<Vec<f64>, StatsError> {
            let mut stmt = dao.conn().prepare(
                "SELECT (julianday(max(at)) - julianday(min(at))) * 1440.0 FROM usage_events
                 WHERE at >= ?1 AND at < ?2 GROUP BY visit HAVING sum(kind = 'visit_started') > 0",
            )?;
            let rows = stmt.query_map([s, e], |r| r.get::<_, f64>(0))?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
        })?;
        let mut sorted = per_visit_minutes;
        sorted.sort_by(f64::total_cmp);
        let median = (!sorted.is_empty()).then(|| sorted[sorted.len() / 2]);
        let q = |select: &str| format!("{EVENTS} {select}");
        Ok(Summary {
            visits: count(store, "visit_started", s, e)?,
            completed: count(store, "visit_completed", s, e)?,
            abandoned: count(store, "visit_abandoned", s, e)?,
            per_day: pairs(store, &q("SELECT day, sum(n) FROM ev WHERE kind = 'visit_started' GROUP BY 1 ORDER BY 1"), s, e)?,
            per_hour: pairs(store, &q("SELECT hour, sum(n) FROM ev WHERE kind = 'visit_started' AND hour IS NOT NULL GROUP BY 1 ORDER BY 1"), s, e)?,
            channels: pairs(store, &q("SELECT channel, sum(n) FROM ev WHERE channel != 'system' GROUP BY 1 ORDER BY 2 DESC"), s, e)?,
            languages: pairs(store, &q("SELECT lang, sum(n) FROM ev WHERE kind = 'visit_started' AND lang != '' GROUP BY 1 ORDER BY 2 DESC"), s, e)?,
            top_departments: pairs(store, &q("SELECT dept, sum(n) FROM ev WHERE kind = 'triage_done' AND dept != '' GROUP BY 1 ORDER BY 2 DESC LIMIT 10"), s, e)?,
            emergencies: count(store, "emergency", s, e)?,
            staff_calls: count(store, "staff_called", s, e)?,
            speech_rejections: count(store, "speech_rejected", s, e)?,
            median_visit_minutes: median,
        }
        .with_whole_axes(period))
    }
}

fn fill(axis: impl Iterator<Item = String>, data: &[(String, i64)]) -> Vec<(String, i64)> {
    axis.map(|key| {
        let n = data.iter().find(|(k, _)| *k == key).map_or(0, |(_, n)| *n);
        (key, n)
    })
    .collect()
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A horizontal bar chart; each label stands on its own line above its bar,
/// so a long department name is never cut off, and the numbers are written
/// beside the bars, so the chart never relies on length or colour alone.
fn bars(title: &str, data: &[(String, i64)]) -> String {
    let mut out = format!("<h2>{}</h2>\n", escape(title));
    if data.is_empty() {
        out.push_str("<p>本期没有数据 · No data in this period.</p>\n");
        return out;
    }
    let max = data.iter().map(|d| d.1).max().unwrap_or(1).max(1) as f64;
    let row = 46;
    let _ = writeln!(out, "<svg role=\"img\" aria-label=\"{}\" width=\"100%\" viewBox=\"0 0 760 {}\" xmlns=\"http://www.w3.org/2000/svg\">", escape(title), data.len() * row + 6);
    for (i, (label, n)) in data.iter().enumerate() {
        let y = i * row;
        let w = (*n as f64 / max * 640.0).max(1.0);
        let _ = writeln!(
            out,
            "<text x=\"0\" y=\"{}\" font-size=\"16\">{}</text><rect x=\"0\" y=\"{}\" width=\"{w:.0}\" height=\"20\" fill=\"#003a8c\"/><text x=\"{:.0}\" y=\"{}\" font-size=\"16\">{n}</text>",
            y + 16,
            escape(label),
            y + 22,
            w + 8.0,
            y + 38
        );
    }
    out.push_str("</svg>\n");
    out
}

fn share(data: &[(String, i64)]) -> Vec<(String, i64)> {
    let total: i64 = data.iter().map(|d| d.1).sum::<i64>().max(1);
    data.iter()
        .map(|(k, v)| {
            (
                format!("{k} ({:.0} %)", *v as f64 * 100.0 / total as f64),
                *v,
            )
        })
        .collect()
}

/// The report of one kiosk, as one HTML page.
pub fn report_html(store: &Store, period: Period) -> Result<String, StatsError> {
    let s = Summary::compute(store, period)?;
    let hospital = store.hospital()?;
    Ok(render(
        &hospital.name,
        "本终端 · this kiosk",
        period,
        &s,
        &|code| hospital.department(code).map(|d| d.name.clone()),
    ))
}

/// The report page for `summary`: `scope` says whose use it counts.
pub fn render(
    hospital: &Text,
    scope: &str,
    period: Period,
    s: &Summary,
    department: &dyn Fn(&str) -> Option<Text>,
) -> String {
    let names: Vec<(String, i64)> = s
        .top_departments
        .iter()
        .map(|(code, n)| {
            (
                department(code)
                    .map(|d| format!("{} · {}", d.zh, d.en))
                    .unwrap_or_else(|| code.clone()),
                *n,
            )
        })
        .collect();
    let hours: Vec<(String, i64)> = s
        .per_hour
        .iter()
        .map(|(h, n)| (format!("{h}:00"), *n))
        .collect();
    let ended = (s.completed + s.abandoned).max(1);
    let mut html = String::from("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>伴诊使用报告 · Banzhen usage report</title>\n<style>body{font-family:sans-serif;max-width:820px;margin:2em auto;padding:0 1em;color:#000;background:#fff}td,th{padding:4px 12px;text-align:left}</style></head><body>\n");
    let _ = writeln!(
        html,
        "<h1>{} · {}<br>{}：{} 至 {} · kiosk usage {} to {}</h1>",
        escape(&hospital.zh),
        escape(&hospital.en),
        escape(scope),
        period.from,
        period.to,
        period.from,
        period.to
    );
    let _ = writeln!(
        html,
        "<table><tr><th>就诊 · Visits</th><td>{}</td></tr><tr><th>完成（取号、指路或找地方）· Completed (ticket, directions or place)</th><td>{} ({:.0} %)</td></tr><tr><th>中途离开 · Abandoned</th><td>{}</td></tr><tr><th>就诊时长中位数 · Median visit</th><td>{}</td></tr><tr><th>急诊升级 · Emergency escalations</th><td>{}</td></tr><tr><th>呼叫工作人员 · Staff calls</th><td>{}</td></tr><tr><th>语音未能识别 · Speech recognition rejections</th><td>{}</td></tr></table>",
        s.visits,
        s.completed,
        s.completed as f64 * 100.0 / ended as f64,
        s.abandoned,
        s.median_visit_minutes.map(|m| format!("{m:.1} min")).unwrap_or_else(|| "–".into()),
        s.emergencies,
        s.staff_calls,
        s.speech_rejections
    );
    html.push_str(&bars("每天就诊 · Visits per day", &s.per_day));
    html.push_str(&bars("各时段就诊 · Visits by hour of day", &hours));
    html.push_str(&bars("触摸与语音 · Touch and voice", &share(&s.channels)));
    html.push_str(&bars("语言 · Language", &share(&s.languages)));
    html.push_str(&bars(
        "推荐最多的科室 · Top recommended departments",
        &names,
    ));
    html.push_str("<p>所有数字都来自匿名记录：不保存话语、录音、姓名或号码。· All figures come from anonymous events: no words, audio, names or ticket numbers are stored.</p>\n</body></html>\n");
    html
}
