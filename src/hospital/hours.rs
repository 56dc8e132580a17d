//! Weekly opening hours, written the way a person writes them on a door:
//! `Mon-Fri 08:00-12:00,13:30-17:30; Sat 08:00-12:00`, or `24h`.

use chrono::{Datelike, NaiveDateTime, NaiveTime, Weekday};
use std::fmt;

const DAY_NAMES: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/// Opening periods for each weekday, Monday first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeeklyHours {
    days: [Vec<(NaiveTime, NaiveTime)>; 7],
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("opening hours {text:?}: {problem}")]
pub struct HoursError {
    pub text: String,
    pub problem: String,
}

impl WeeklyHours {
    pub fn always() -> Self {
        let day = vec![(NaiveTime::MIN, NaiveTime::MIN)];
        WeeklyHours {
            days: std::array::from_fn(|_| day.clone()),
        }
    }

    pub fn parse(text: &str) -> Result<Self, HoursError> {
        let fail = |problem: String| HoursError {
            text: text.to_string(),
            problem,
        };
        let trimmed = text.trim();
        if trimmed.eq_ignore_ascii_case("24h") {
            return Ok(Self::always());
        }
        if trimmed.is_empty() {
            return Err(fail(
                "is empty; write e.g. \"Mon-Fri 08:00-17:00\" or \"24h\"".into(),
            ));
        }
        let mut days: [Vec<(NaiveTime, NaiveTime)>; 7] = Default::default();
        for clause in trimmed.split(';').map(str::trim).filter(|c| !c.is_empty()) {
            let (day_part, time_part) = clause.split_once(' ').ok_or_else(|| {
                fail(format!(
                    "{clause:?} needs days and times, e.g. \"Sat 08:00-12:00\""
                ))
            })?;
            let day_range = parse_day_range(day_part.trim()).map_err(&fail)?;
            for period in time_part.split(',').map(str::trim) {
                let (from, to) = period.split_once('-').ok_or_else(|| {
                    fail(format!("{period:?} is not a time range like 08:00-12:00"))
                })?;
                let from = parse_time(from).map_err(&fail)?;
                let to = parse_time(to).map_err(&fail)?;
                if to <= from {
                    return Err(fail(format!("{period:?} ends before it starts")));
                }
                for day in day_range.clone() {
                    if days[day].iter().any(|&(f, t)| from < t && f < to) {
                        return Err(fail(format!(
                            "{period:?} overlaps another period on {}",
                            DAY_NAMES[day]
                        )));
                    }
                    days[day].push((from, to));
                    days[day].sort();
                }
            }
        }
        Ok(WeeklyHours { days })
    }

    pub fn is_always_open(&self) -> bool {
        self.days
            .iter()
            .all(|d| d.len() == 1 && d[0] == (NaiveTime::MIN, NaiveTime::MIN))
    }

    pub fn is_open_at(&self, at: NaiveDateTime) -> bool {
        if self.is_always_open() {
            return true;
        }
        let day = at.weekday().num_days_from_monday() as usize;
        let time = at.time();
        self.days[day].iter().any(|&(f, t)| f <= time && time < t)
    }

    /// When it opens again later on the same day, if it is closed at `at`
    /// and has a period still to come today (before it opens, over lunch).
    /// `None` when it is open now or has finished for the day.
    pub fn opens_later_today(&self, at: NaiveDateTime) -> Option<NaiveTime> {
        if self.is_open_at(at) {
            return None;
        }
        let day = at.weekday().num_days_from_monday() as usize;
        self.days[day]
            .iter()
            .map(|&(from, _)| from)
            .find(|&from| from > at.time())
    }

    /// Periods for one weekday, for display.
    pub fn on(&self, day: Weekday) -> &[(NaiveTime, NaiveTime)] {
        &self.days[day.num_days_from_monday() as usize]
    }
}

fn parse_day(name: &str) -> Result<usize, String> {
    DAY_NAMES
        .iter()
        .position(|d| d.eq_ignore_ascii_case(name))
        .ok_or_else(|| format!("{name:?} is not a day; use Mon Tue Wed Thu Fri Sat Sun"))
}

fn parse_day_range(text: &str) -> Result<std::ops::RangeInclusive<usize>, String> {
    match text.split_once('-') {
        Some((a, b)) => {
            let (a, b) = (parse_day(a)?, parse_day(b)?);
            if b < a {
                return Err(format!("day range {text:?} runs backwards"));
            }
            Ok(a..=b)
        }
        None => {
            let d = parse_day(text)?;
            Ok(d..=d)
        }
    }
}

fn parse_time(text: &str) -> Result<NaiveTime, String> {
    let text = text.trim();
    if text == "24:00" {
        return Ok(NaiveTime::from_hms_opt(23, 59, 59).unwrap_or(NaiveTime::MIN));
    }
    NaiveTime::parse_from_str(text, "%H:%M")
        .map_err(|_| format!("{text:?} is not a time like 08:30"))
}

impl WeeklyHours {
    /// The hours as a patient reads them, in their language.
    pub fn describe(&self, lang: crate::lang::Lang) -> String {
        use crate::lang::Lang;
        if self.is_always_open() {
            return match lang {
                Lang::Zh => "24小时开放".into(),
                Lang::En => "Open 24 hours".into(),
            };
        }
        const ZH_DAYS: [&str; 7] = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"];
        let canonical = self.to_string();
        match lang {
            Lang::En => canonical,
            Lang::Zh => {
                let mut out = canonical.replace("; ", "；").replace(',', "、");
                for (i, en) in DAY_NAMES.iter().enumerate() {
                    out = out
                        .replace(&format!("{en}-"), &format!("{}至", ZH_DAYS[i]))
                        .replace(en, ZH_DAYS[i]);
                }
                out
            }
        }
    }
}

impl fmt::Display for WeeklyHours {
    /// Writes the canonical form, which parses back to the same value.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_always_open() {
            return f.write_str("24h");
        }
        let mut clauses = Vec::new();
        let mut day = 0;
        while day < 7 {
            if self.days[day].is_empty() {
                day += 1;
                continue;
            }
            let mut end = day;
            while end + 1 < 7 && self.days[end + 1] == self.days[day] {
                end += 1;
            }
            let days = if end == day {
                DAY_NAMES[day].to_string()
            } else {
                format!("{}-{}", DAY_NAMES[day], DAY_NAMES[end])
            };
            let periods: Vec<String> = self.days[day]
                .iter()
                .map(|(a, b)| format!("{}-{}", a.format("%H:%M"), b.format("%H:%M")))
                .collect();
            clauses.push(format!("{days} {}", periods.join(",")));
            day = end + 1;
        }
        f.write_str(&clauses.join("; "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .and_then(|d| d.and_hms_opt(h, min, 0))
            .expect("valid test date")
    }

    #[test]
    fn weekday_morning_and_afternoon_with_lunch_break() {
        let h = WeeklyHours::parse("Mon-Fri 08:00-12:00,13:30-17:30; Sat 08:00-12:00").unwrap();
        // 2026-11-30 is a Monday.
        assert!(h.is_open_at(at(2026, 11, 30, 8, 0)));
        assert!(!h.is_open_at(at(2026, 11, 30, 12, 30)));
        assert!(h.is_open_at(at(2026, 11, 30, 17, 29)));
        assert!(!h.is_open_at(at(2026, 11, 30, 17, 30)));
        assert!(h.is_open_at(at(2026, 12, 5, 9, 0)));
        assert!(!h.is_open_at(at(2026, 12, 6, 9, 0)));
    }

    #[test]
    fn opens_later_today_before_opening_and_over_lunch_but_not_after_the_last_period() {
        let h = WeeklyHours::parse("Mon-Fri 08:00-12:00,13:30-17:30; Sat 08:00-12:00").unwrap();
        let time = |h: u32, m: u32| NaiveTime::from_hms_opt(h, m, 0);
        // (when, opens later at, why) — 2026-11-30 is a Monday.
        let cases = [
            (at(2026, 11, 30, 7, 10), time(8, 0), "before opening"),
            (at(2026, 11, 30, 12, 0), time(13, 30), "over lunch"),
            (at(2026, 11, 30, 9, 0), None, "open now"),
            (at(2026, 11, 30, 17, 30), None, "finished"),
            (at(2026, 12, 5, 13, 0), None, "Saturday afternoon"),
            (at(2026, 12, 6, 7, 0), None, "closed on Sunday"),
        ];
        for (when, opens, why) in cases {
            assert_eq!(h.opens_later_today(when), opens, "{why}");
        }
        assert_eq!(
            WeeklyHours::always().opens_later_today(at(2026, 12, 6, 3, 0)),
            None
        );
    }

    #[test]
    fn display_round_trips() {
        for text in [
            "Mon-Fri 08:00-12:00,13:30-17:30; Sat 08:00-12:00",
            "24h",
            "Tue 09:00-11:00; Thu 09:00-11:00",
        ] {
            let h = WeeklyHours::parse(text).unwrap();
            assert_eq!(h.to_string(), text);
            assert_eq!(WeeklyHours::parse(&h.to_string()).unwrap(), h);
        }
    }

    #[test]
    fn hours_read_naturally_in_chinese() {
        let h = WeeklyHours::parse("Mon-Fri 08:00-12:00,13:30-17:30; Sat 08:00-12:00").unwrap();
        assert_eq!(
            h.describe(crate::lang::Lang::Zh),
            "周一至周五 08:00-12:00、13:30-17:30；周六 08:00-12:00"
        );
        assert_eq!(
            WeeklyHours::always().describe(crate::lang::Lang::Zh),
            "24小时开放"
        );
    }

    #[test]
    fn always_open_is_open_at_midnight() {
        assert!(WeeklyHours::parse("24h")
            .unwrap()
            .is_open_at(at(2026, 11, 29, 0, 0)));
    }

    #[test]
    fn refuses_what_does_not_parse() {
        for bad in [
            "",
            "Mon-Fri",
            "Funday 08:00-12:00",
            "Mon 8am-noon",
            "Mon 12:00-08:00",
            "Fri-Mon 08:00-09:00",
            "Mon 08:00-12:00,11:00-13:00",
        ] {
            assert!(
                WeeklyHours::parse(bad).is_err(),
                "{bad:?} should be refused"
            );
        }
    }
}
