//! Measured values stated in a complaint ("血压200/120", "血氧才86", "my
//! sugar is 2.3", "体温39度5", "temperature of 104 F"). A number is read as a
//! reading only right after a word that names what was measured, within its
//! clause, in a plausible range once converted to one unit (°C, mmHg, beats
//! a minute, %, mmol/L); anything else ("发烧4天", "心跳每十秒12下", "11点")
//! is no reading; a glucose meter's "HI" and "LO" are its limits. A count of
//! tablets swallowed at one go is read before its unit instead (see
//! `doses`). What a value means is not decided here: the rules'
//! `[[reading]]` rows say which terms a range of each measure implies.

use numbers::{number_at, zh_digit};
use serde::{Deserialize, Serialize};

/// What was measured, each in one unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    /// Body temperature, °C (°F is converted).
    Temperature,
    /// Blood pressure, the upper number, mmHg.
    Systolic,
    /// Blood pressure, the lower number, mmHg.
    Diastolic,
    /// Heart rate, beats a minute.
    Pulse,
    /// Oxygen saturation, %.
    Oxygen,
    /// Blood sugar, mmol/L (mg/dL is converted).
    Glucose,
    /// Tablets, pills or capsules swallowed at one go, a count.
    Tablets,
}

impl Measure {
    pub const ALL: [Measure; 7] = [
        Measure::Temperature,
        Measure::Systolic,
        Measure::Diastolic,
        Measure::Pulse,
        Measure::Oxygen,
        Measure::Glucose,
        Measure::Tablets,
    ];

    /// The name written in `triage.toml` and stored in the database.
    pub fn name(self) -> &'static str {
        match self {
            Measure::Temperature => "temperature",
            Measure::Systolic => "systolic",
            Measure::Diastolic => "diastolic",
            Measure::Pulse => "pulse",
            Measure::Oxygen => "oxygen",
            Measure::Glucose => "glucose",
            Measure::Tablets => "tablets",
        }
    }

    pub fn from_name(name: &str) -> Option<Measure> {
        Measure::ALL.into_iter().find(|m| m.name() == name)
    }

    /// Values outside this range are a misreading (a date, a dose, a count),
    /// not a measurement of a living patient (or, for tablets, not a count
    /// one person could swallow).
    fn plausible(self, value: f64) -> bool {
        let (low, high) = match self {
            Measure::Temperature => (30.0, 45.0),
            Measure::Systolic => (50.0, 300.0),
            Measure::Diastolic => (20.0, 200.0),
            Measure::Pulse => (20.0, 250.0),
            Measure::Oxygen => (50.0, 100.0),
            Measure::Glucose => (0.5, 60.0),
            Measure::Tablets => (1.0, 1000.0),
        };
        (low..=high).contains(&value)
    }
}

/// One measured value and where it was said (bytes of the folded text, from
/// the word naming it to the end of the number).
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    pub measure: Measure,
    pub value: f64,
    pub start: usize,
    pub end: usize,
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    /// With `needs_unit`, only a number followed by degrees: "发烧4天" is
    /// how long, "发烧39度" is a temperature.
    Temperature {
        needs_unit: bool,
    },
    /// With `lower`, the word names the lower number ("低压", "舒张压").
    Pressure {
        lower: bool,
    },
    Pulse,
    Oxygen,
    Glucose,
}

impl Kind {
    /// What a single value after this word measures.
    fn measure(self) -> Measure {
        match self {
            Kind::Temperature { .. } => Measure::Temperature,
            Kind::Pressure { lower: true } => Measure::Diastolic,
            Kind::Pressure { lower: false } => Measure::Systolic,
            Kind::Pulse => Measure::Pulse,
            Kind::Oxygen => Measure::Oxygen,
            Kind::Glucose => Measure::Glucose,
        }
    }
}

/// Words that name a measurement, in folded text. At one place the longest
/// wins ("血氧饱和度" over "血氧"); English words must stand alone.
const KEYS: &[(&str, Kind)] = &[
    ("体温", Kind::Temperature { needs_unit: false }),
    ("温度", Kind::Temperature { needs_unit: false }),
    ("腋温", Kind::Temperature { needs_unit: false }),
    ("耳温", Kind::Temperature { needs_unit: false }),
    ("肛温", Kind::Temperature { needs_unit: false }),
    ("发烧", Kind::Temperature { needs_unit: true }),
    ("发热", Kind::Temperature { needs_unit: true }),
    ("烧到", Kind::Temperature { needs_unit: true }),
    ("烧了", Kind::Temperature { needs_unit: true }),
    ("高烧", Kind::Temperature { needs_unit: true }),
    ("低烧", Kind::Temperature { needs_unit: true }),
    ("temperature", Kind::Temperature { needs_unit: false }),
    ("temp", Kind::Temperature { needs_unit: false }),
    ("thermometer", Kind::Temperature { needs_unit: false }),
    ("fever", Kind::Temperature { needs_unit: false }),
    ("血压", Kind::Pressure { lower: false }),
    ("高压", Kind::Pressure { lower: false }),
    ("收缩压", Kind::Pressure { lower: false }),
    ("低压", Kind::Pressure { lower: true }),
    ("舒张压", Kind::Pressure { lower: true }),
    ("blood pressure", Kind::Pressure { lower: false }),
    ("bp", Kind::Pressure { lower: false }),
    ("心率", Kind::Pulse),
    ("心跳", Kind::Pulse),
    ("脉搏", Kind::Pulse),
    ("脉率", Kind::Pulse),
    ("heart rate", Kind::Pulse),
    ("heartbeat", Kind::Pulse),
    ("heart is going", Kind::Pulse),
    ("heart is beating", Kind::Pulse),
    ("pulse", Kind::Pulse),
    ("pulse ox", Kind::Oxygen),
    ("pulse oximeter", Kind::Oxygen),
    ("oximeter", Kind::Oxygen),
    ("血氧饱和度", Kind::Oxygen),
    ("血氧", Kind::Oxygen),
    ("氧饱和度", Kind::Oxygen),
    ("指脉氧", Kind::Oxygen),
    ("饱和度", Kind::Oxygen),
    ("oxygen", Kind::Oxygen),
    ("saturation", Kind::Oxygen),
    ("o2 sat", Kind::Oxygen),
    ("o2 sats", Kind::Oxygen),
    ("sats", Kind::Oxygen),
    ("spo2", Kind::Oxygen),
    ("血糖", Kind::Glucose),
    ("blood sugar", Kind::Glucose),
    ("sugar", Kind::Glucose),
    ("glucose", Kind::Glucose),
];

/// English words a spoken reading is made of beyond its number: the names
/// of the measures and their units ("my oxygen reading is 98 percent"), so
/// the voice listener knows them as words of a complaint.
pub fn english_words() -> impl Iterator<Item = &'static str> {
    const UNITS: &[&str] = &[
        "reading",
        "level",
        "saturation",
        "percent",
        "degrees",
        "celsius",
        "fahrenheit",
        "mmhg",
        "bpm",
        "mmol",
    ];
    KEYS.iter()
        .map(|(k, _)| *k)
        .filter(|k| k.is_ascii())
        .flat_map(str::split_whitespace)
        .chain(UNITS.iter().copied())
}

/// How far after its word a value may come: "血压最近老是160多",
/// "oxygen reading on the finger monitor is 85".
const MAX_GAP_CHARS: usize = 40;
const MAX_GAP_ZH_CHARS: usize = 6;
/// Measurement words inside longer words that are no measurement: a
/// styptic syrup ("止血糖浆").
const NOT_KEYS: &[&str] = &["血糖浆"];
/// What a glucose meter's "HI" and "LO" say: beyond its upper and lower
/// limits (33.3 and 1.1 mmol/L), in mmol/L.
const METER_HIGH: f64 = 33.4;
const METER_LOW: f64 = 1.0;
/// Nudges a value said as a bound ("不到90", "over 150") across it.
const BOUND: f64 = 0.01;

/// Every reading in `text`, which must be folded (see [`super::text::fold`]).
pub fn find(text: &str) -> Vec<Reading> {
    let mut out = Vec::new();
    let mut at = 0;
    while at < text.len() {
        let Some((key, kind)) = key_at(text, at) else {
            if let Some(found) = bare_pressure(text, at) {
                out.extend(found.readings(at));
                at = found.end;
                continue;
            }
            at += text[at..].chars().next().map_or(1, char::len_utf8);
            continue;
        };
        let after_key = at + key.len();
        match value_after(text, after_key, kind) {
            Some(found) => {
                out.extend(found.readings(at));
                at = found.end;
            }
            None => at = after_key,
        }
    }
    out.extend(
        doses::find(text)
            .into_iter()
            .filter(|r| r.measure.plausible(r.value)),
    );
    out
}

/// A blood pressure said without its name ("今天早上量了165/95"): two
/// whole numbers joined by a slash, the upper one above the lower, both in
/// a blood pressure's range. Dates ("11/30") and fractions ("1/3") are not.
fn bare_pressure(text: &str, at: usize) -> Option<Stated> {
    let continues = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '/' | '-');
    if text[..at].chars().next_back().is_some_and(continues) {
        return None;
    }
    let whole = |s: &str| s.len() >= 2 && s.bytes().all(|b| b.is_ascii_digit());
    let (upper, end) = number_at(text, at)?;
    if !whole(&text[at..end]) || !text[end..].starts_with('/') {
        return None;
    }
    let (lower, lower_end) = number_at(text, end + 1)?;
    let (_, unit_end) = unit_after(text, lower_end);
    let plausible = whole(&text[end + 1..lower_end])
        && (70.0..=300.0).contains(&upper)
        && (30.0..=200.0).contains(&lower)
        && lower < upper
        && !text[lower_end..].starts_with(continues);
    plausible.then_some(Stated {
        kind: Kind::Pressure { lower: false },
        first: upper,
        second: Some(lower),
        end: unit_end,
    })
}

/// The measurement word starting at byte `at`, the longest if several do.
fn key_at(text: &str, at: usize) -> Option<(&'static str, Kind)> {
    let rest = &text[at..];
    if NOT_KEYS.iter().any(|k| rest.starts_with(k)) {
        return None;
    }
    let letter_before = text[..at]
        .chars()
        .next_back()
        .is_some_and(|c| c.is_ascii_alphanumeric());
    KEYS.iter()
        .filter(|(k, _)| rest.starts_with(k))
        .filter(|(k, _)| {
            let ascii = k.is_ascii();
            let letter_after = rest[k.len()..]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic());
            !ascii || !(letter_before || letter_after)
        })
        .max_by_key(|(k, _)| k.len())
        .map(|&(k, kind)| (k, kind))
}

/// What follows a measurement word: one value, or two for a blood pressure.
struct Stated {
    kind: Kind,
    first: f64,
    second: Option<f64>,
    end: usize,
}

impl Stated {
    fn readings(&self, start: usize) -> Vec<Reading> {
        let reading = |measure, value| Reading {
            measure,
            value,
            start,
            end: self.end,
        };
        match self.second {
            Some(lower) => vec![
                reading(Measure::Systolic, self.first),
                reading(Measure::Diastolic, lower),
            ],
            None => vec![reading(self.kind.measure(), self.first)],
        }
    }
}

/// The value said after a measurement word ending at byte `from`: skips
/// filler ("最近老是", "reading on the monitor is") and numbers that cannot
/// be this measurement, stops at the clause's end, at another measurement
/// word, or at a denial ("体温没超过37.5" says no value).
fn value_after(text: &str, from: usize, kind: Kind) -> Option<Stated> {
    let mut at = from;
    let mut gap_chars = 0;
    let mut zh_chars = 0;
    while at < text.len() && gap_chars <= MAX_GAP_CHARS && zh_chars <= MAX_GAP_ZH_CHARS {
        let c = text[at..].chars().next()?;
        let aside = matches!(c, '(' | ')' | '[' | ']' | '【' | '】');
        if aside || (super::text::is_clause_break(c) && c != ':' && !starts_number(text, at)) {
            return None;
        }
        if at > from && key_at(text, at).is_some() {
            return None;
        }
        if let Some(found) = meter_beyond_range(text, at, kind) {
            return Some(found);
        }
        if let Some((value, end)) = number_at(text, at) {
            let gap = &text[from..at];
            // A number glued to letters is a name or a code ("b12", "h1n1"),
            // unless the letters are the measurement's own ("bp100/60").
            let glued = at > from
                && text[..at]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_ascii_alphabetic());
            if !glued {
                if let Some(found) = measured(text, gap, value, end, kind) {
                    return Some(found);
                }
            }
            // Both numbers of a pair are skipped together: "100/60" is not "60".
            let end = lower_number(text, end).map_or(end, |(_, e)| e);
            gap_chars += text[at..end].chars().count();
            at = end;
            continue;
        }
        if crate::lang::is_cjk(c) {
            zh_chars += 1;
        }
        gap_chars += 1;
        at += c.len_utf8();
    }
    None
}

/// A glucose meter shows "HI" above its range (33.3 mmol/L on the common
/// meters) and "LO" below it (1.1): "血糖仪显示HI", "my meter says LO".
fn meter_beyond_range(text: &str, at: usize, kind: Kind) -> Option<Stated> {
    if kind != Kind::Glucose {
        return None;
    }
    let alone = |w: &str| text[at..].starts_with(w) && super::text::stands_alone(text, at, w.len());
    let value = if alone("hi") {
        METER_HIGH
    } else if alone("lo") {
        METER_LOW
    } else {
        return None;
    };
    Some(Stated {
        kind,
        first: value,
        second: None,
        end: at + 2,
    })
}

/// The seconds counted in "每十秒", "15秒内": the number ending at byte `at`.
fn seconds_before(gap: &str, at: usize) -> Option<f64> {
    gap[..at]
        .char_indices()
        .find_map(|(i, _)| number_at(gap, i).filter(|&(_, end)| end == at))
        .map(|(n, _)| n)
        .filter(|&n| (5.0..=60.0).contains(&n))
}

/// Whether a '.' at `at` opens a number (".5") rather than ends a sentence.
fn starts_number(text: &str, at: usize) -> bool {
    text[at..].starts_with('.') && text[at + 1..].starts_with(|c: char| c.is_ascii_digit())
}

/// The reading a number at `..end` with `gap` before it makes, if it is one.
fn measured(text: &str, gap: &str, value: f64, end: usize, kind: Kind) -> Option<Stated> {
    let below = ["不到", "低于", "below", "under", "less than", "<"]
        .iter()
        .any(|w| gap.contains(w));
    let above = ["超过", "高于", "above", "over", "more than", ">"]
        .iter()
        .any(|w| gap.contains(w));
    // "体温没超过37.5", "not above 38": the value is denied, so nothing was measured.
    let denied = gap.contains(['没', '未', '无'])
        || (gap.contains('不') && !gap.contains("不到"))
        || gap.split_whitespace().any(|w| w == "not" || w == "no");
    if denied || gap.contains("second") {
        return None;
    }
    // "心跳每十秒12下" counts over ten seconds: 72 a minute.
    let per_minute = match gap.find('秒') {
        None => 1.0,
        Some(at) if kind == Kind::Pulse => 60.0 / seconds_before(gap, at)?,
        Some(_) => return None,
    };
    let value = value * per_minute;
    // "血糖高，5年了", "sugar 2 days ago": a count of time or things.
    const COUNTS: &[&str] = &[
        "年", "天", "月", "个月", "周", "岁", "小时", "分钟", "斤", "公斤", "片", "粒", "颗", "kg",
        "year", "day", "week", "month", "hour", "minute", "tablet", "pill",
    ];
    let after = text[end..].trim_start();
    if COUNTS.iter().any(|c| after.starts_with(c)) {
        return None;
    }
    let (unit, mut end) = unit_after(text, end);
    let mut value = value;
    // "39度5": degrees then a tenth.
    if unit == Unit::Degrees {
        if let Some((tenth, e)) = tenth_after(text, end) {
            value += tenth;
            end = e;
        }
    }
    // "160多", "33点多": a little over.
    let rest = &text[end..];
    let more = rest.starts_with('多') || rest.starts_with("点多");
    if more {
        value += 0.5;
        end += if rest.starts_with('多') { 3 } else { 6 };
    }
    if below {
        value -= BOUND;
    } else if above {
        value += BOUND;
    }
    let value = match kind {
        Kind::Temperature { needs_unit } => {
            if needs_unit && unit == Unit::None {
                return None;
            }
            if unit == Unit::Fahrenheit || (86.0..=113.0).contains(&value) {
                (value - 32.0) * 5.0 / 9.0
            } else {
                value
            }
        }
        // A sugar above 40 is in mg/dL, as American meters show it.
        Kind::Glucose if unit == Unit::MgPerDl || value > 40.0 => value / 18.0,
        _ => value,
    };
    if let Kind::Pressure { .. } = kind {
        let pair = lower_number(text, end).filter(|&(lower, _)| {
            Measure::Systolic.plausible(value)
                && Measure::Diastolic.plausible(lower)
                && lower < value
        });
        if let Some((lower, end)) = pair {
            return Some(Stated {
                kind,
                first: value,
                second: Some(lower),
                end,
            });
        }
    }
    kind.measure().plausible(value).then_some(Stated {
        kind,
        first: value,
        second: None,
        end,
    })
}

#[derive(Clone, Copy, PartialEq)]
enum Unit {
    None,
    Degrees,
    Fahrenheit,
    MgPerDl,
    Other,
}

/// The unit written after a number ending at byte `end`, and where it ends.
fn unit_after(text: &str, end: usize) -> (Unit, usize) {
    let rest = &text[end..];
    let trimmed = rest.trim_start();
    let skipped = rest.len() - trimmed.len();
    const UNITS: &[(&str, Unit)] = &[
        ("fahrenheit", Unit::Fahrenheit),
        ("celsius", Unit::Degrees),
        ("°f", Unit::Fahrenheit),
        ("℉", Unit::Fahrenheit),
        ("degrees f", Unit::Fahrenheit),
        ("f", Unit::Fahrenheit),
        ("度", Unit::Degrees),
        ("℃", Unit::Degrees),
        ("°c", Unit::Degrees),
        ("°", Unit::Degrees),
        ("degrees", Unit::Degrees),
        ("c", Unit::Degrees),
        ("mg", Unit::MgPerDl),
        ("mmhg", Unit::Other),
        ("mmol", Unit::Other),
        ("%", Unit::Other),
        ("bpm", Unit::Other),
    ];
    for (u, unit) in UNITS {
        if let Some(after) = trimmed.strip_prefix(u) {
            // A one-letter unit must stand alone: "39c", "104 f", not "38 for".
            let alone = u.chars().count() > 1
                || !u.is_ascii()
                || !after.starts_with(|c: char| c.is_ascii_alphabetic());
            if alone {
                return (*unit, end + skipped + u.len());
            }
        }
    }
    (Unit::None, end)
}

/// "39度5", "三十九度五": the tenth after the degrees, if one is said.
fn tenth_after(text: &str, at: usize) -> Option<(f64, usize)> {
    let c = text[at..].chars().next()?;
    let digit = c.to_digit(10).or_else(|| zh_digit(c))?;
    let next = text[at + c.len_utf8()..].chars().next();
    if next.is_some_and(|n| n.is_ascii_digit() || zh_digit(n).is_some() || n == '十') {
        return None;
    }
    Some((f64::from(digit) / 10.0, at + c.len_utf8()))
}

/// The lower number of a blood pressure: "/110", " over 110", "-110".
fn lower_number(text: &str, end: usize) -> Option<(f64, usize)> {
    let rest = &text[end..];
    let trimmed = rest.trim_start();
    // "180/110", "200 over 120", and as speech is written down, "180 110"
    // and "一百八十一百一十".
    let spaced =
        rest.starts_with(char::is_whitespace) && trimmed.starts_with(|c: char| c.is_ascii_digit());
    let numeral = rest.starts_with(|c: char| zh_digit(c).is_some() || "十百".contains(c));
    let after_sep = match ["/", "over ", "-", "～", "~"]
        .iter()
        .find_map(|s| trimmed.strip_prefix(s))
    {
        Some(after) => after.trim_start(),
        None if spaced => trimmed,
        None if numeral => rest,
        None => return None,
    };
    let at = text.len() - after_sep.len();
    let (value, e) = number_at(text, at)?;
    let (_, e) = unit_after(text, e);
    Some((value, e))
}

mod doses;
pub(super) mod numbers;
#[cfg(test)]
mod tests;
