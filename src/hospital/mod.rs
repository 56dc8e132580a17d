//! The hospital as the kiosk knows it: buildings, departments, places and the
//! kiosk's own position. Plain values, loaded from `data/` files (see [`load`])
//! or from the store; nothing here does I/O.

pub mod directions;
pub mod hours;
pub mod load;

pub use hours::WeeklyHours;

use crate::lang::{Lang, Text};
use serde::Serialize;
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DeptStatus {
    Open,
    Closed,
    Paused,
}

impl DeptStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            DeptStatus::Open => "open",
            DeptStatus::Closed => "closed",
            DeptStatus::Paused => "paused",
        }
    }

    /// The status in the words staff and patients read: 开诊 / 停诊 / 暂停取号.
    pub fn describe(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (DeptStatus::Open, Lang::Zh) => "开诊",
            (DeptStatus::Open, Lang::En) => "open",
            (DeptStatus::Closed, Lang::Zh) => "停诊",
            (DeptStatus::Closed, Lang::En) => "closed",
            (DeptStatus::Paused, Lang::Zh) => "暂停取号",
            (DeptStatus::Paused, Lang::En) => "not taking numbers",
        }
    }
}

impl FromStr for DeptStatus {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.trim() {
            "open" => Ok(DeptStatus::Open),
            "closed" => Ok(DeptStatus::Closed),
            "paused" => Ok(DeptStatus::Paused),
            other => Err(format!(
                "status {other:?} is not one of open, closed, paused"
            )),
        }
    }
}

/// Where something is: a building, a floor, a room label and a position on
/// that floor in metres, with x to the patient's right and y straight ahead
/// as seen by someone facing the kiosk's screen.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Location {
    pub building: String,
    pub floor: i32,
    pub room: String,
    pub x: f64,
    pub y: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Department {
    /// The national code from 《医疗机构诊疗科目名录》, e.g. `03.04`.
    pub code: String,
    /// Letter(s) before queue numbers, e.g. `C` for `C012`.
    pub prefix: String,
    pub name: Text,
    pub description: Text,
    pub location: Location,
    #[serde(serialize_with = "hours_as_text")]
    pub hours: WeeklyHours,
    pub status: DeptStatus,
    pub status_note: String,
    pub avg_minutes: u32,
}

impl Department {
    /// Open and within its hours: a patient can be seen now.
    pub fn open_at(&self, now: chrono::NaiveDateTime) -> bool {
        self.status == DeptStatus::Open && self.hours.is_open_at(now)
    }

    /// Taking numbers, but not seeing patients again until a later period
    /// today: a number taken now is for then.
    pub fn opens_later_today(&self, now: chrono::NaiveDateTime) -> Option<chrono::NaiveTime> {
        if self.status != DeptStatus::Open {
            return None;
        }
        self.hours.opens_later_today(now)
    }

    /// Taking numbers in principle, but nobody will be seen again today: a
    /// number taken now would be called by no one.
    pub fn finished_for_today(&self, now: chrono::NaiveDateTime) -> bool {
        self.status == DeptStatus::Open
            && !self.hours.is_open_at(now)
            && self.hours.opens_later_today(now).is_none()
    }

    /// Whether a patient can be seen, as one sentence: the status, the
    /// hours when it is outside them, and the staff's note.
    pub fn describe_status(&self, now: chrono::NaiveDateTime, lang: Lang) -> String {
        let note = if self.status_note.is_empty() {
            String::new()
        } else {
            format!(" ({})", self.status_note)
        };
        let later = self.hours.opens_later_today(now);
        match (self.status, self.hours.is_open_at(now), lang) {
            (DeptStatus::Open, true, Lang::Zh) => "现在开诊".to_string(),
            (DeptStatus::Open, true, Lang::En) => "Open now".to_string(),
            (DeptStatus::Open, false, Lang::Zh) => match later {
                Some(at) => format!("今天 {} 开诊", at.format("%H:%M")),
                None => format!(
                    "今天的门诊已经结束。门诊时间：{}",
                    self.hours.describe(lang)
                ),
            },
            (DeptStatus::Open, false, Lang::En) => match later {
                Some(at) => format!("Opens at {} today", at.format("%H:%M")),
                None => format!("Finished for today. Hours: {}", self.hours.describe(lang)),
            },
            (DeptStatus::Closed, _, Lang::Zh) => format!("今天停诊{note}"),
            (DeptStatus::Closed, _, Lang::En) => format!("Closed today{note}"),
            (status, _, lang) => {
                let words = status.describe(lang);
                match lang {
                    Lang::Zh => format!("{words}{note}"),
                    Lang::En => format!("Not taking numbers just now{note}"),
                }
            }
        }
    }
}

fn hours_as_text<S: serde::Serializer>(h: &WeeklyHours, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&h.to_string())
}

/// The kinds of place a patient asks for. Their ids are stable: speech intents
/// and the acceptance checks use them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PlaceKind {
    Pharmacy,
    Cashier,
    Lab,
    Imaging,
    Toilet,
    Lift,
    InfoDesk,
    InsuranceDesk,
    Emergency,
    Exit,
    Cafe,
}

impl PlaceKind {
    pub const ALL: [PlaceKind; 11] = [
        PlaceKind::Pharmacy,
        PlaceKind::Cashier,
        PlaceKind::Lab,
        PlaceKind::Imaging,
        PlaceKind::Toilet,
        PlaceKind::Lift,
        PlaceKind::InfoDesk,
        PlaceKind::InsuranceDesk,
        PlaceKind::Emergency,
        PlaceKind::Exit,
        PlaceKind::Cafe,
    ];

    pub fn id(self) -> &'static str {
        match self {
            PlaceKind::Pharmacy => "pharmacy",
            PlaceKind::Cashier => "cashier",
            PlaceKind::Lab => "lab",
            PlaceKind::Imaging => "imaging",
            PlaceKind::Toilet => "toilet",
            PlaceKind::Lift => "lift",
            PlaceKind::InfoDesk => "info_desk",
            PlaceKind::InsuranceDesk => "insurance_desk",
            PlaceKind::Emergency => "emergency",
            PlaceKind::Exit => "exit",
            PlaceKind::Cafe => "cafe",
        }
    }
}

impl FromStr for PlaceKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        PlaceKind::ALL
            .into_iter()
            .find(|k| k.id() == s.trim())
            .ok_or_else(|| {
                let ids: Vec<&str> = PlaceKind::ALL.iter().map(|k| k.id()).collect();
                format!("place {s:?} is not one of {}", ids.join(", "))
            })
    }
}

impl fmt::Display for PlaceKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Place {
    pub kind: PlaceKind,
    pub name: Text,
    pub location: Location,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Building {
    pub id: String,
    pub name: Text,
    /// Floors from lowest to highest; negative numbers are basements.
    pub floors: Vec<i32>,
    pub width: f64,
    pub depth: f64,
}

/// A walkway between two buildings on one floor.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Link {
    pub from: String,
    pub to: String,
    pub floor: i32,
    pub name: Text,
    /// Where the walkway leaves `from` and arrives in `to`, in each building's coordinates.
    pub from_xy: (f64, f64),
    pub to_xy: (f64, f64),
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hospital {
    pub name: Text,
    pub kiosk: Location,
    pub buildings: Vec<Building>,
    pub departments: Vec<Department>,
    pub places: Vec<Place>,
    pub links: Vec<Link>,
}

/// A floor as a patient says it: "3楼", "floor 3", "地下1层", "basement B1".
pub fn floor_name(floor: i32, lang: crate::lang::Lang) -> String {
    use crate::lang::Lang;
    match (lang, floor < 0) {
        (Lang::Zh, true) => format!("地下{}层", -floor),
        (Lang::Zh, false) => format!("{floor}楼"),
        (Lang::En, true) => format!("basement B{}", -floor),
        (Lang::En, false) => format!("floor {floor}"),
    }
}

impl Hospital {
    /// Where something is, in words: building, floor and room.
    pub fn describe_location(&self, l: &Location, lang: crate::lang::Lang) -> String {
        use crate::lang::Lang;
        let building = self
            .building(&l.building)
            .map(|b| b.name.get(lang).to_string())
            .unwrap_or_else(|| l.building.clone());
        let floor = floor_name(l.floor, lang);
        match (lang, l.room.is_empty()) {
            (Lang::Zh, false) => format!("{building} {floor} {}室", l.room),
            (Lang::Zh, true) => format!("{building} {floor}"),
            (Lang::En, false) => format!("{building}, {floor}, room {}", l.room),
            (Lang::En, true) => format!("{building}, {floor}"),
        }
    }

    pub fn department(&self, code: &str) -> Option<&Department> {
        self.departments.iter().find(|d| d.code == code)
    }

    pub fn building(&self, id: &str) -> Option<&Building> {
        self.buildings.iter().find(|b| b.id == id)
    }

    /// Places of one kind, nearest to the kiosk first.
    pub fn places_of(&self, kind: PlaceKind) -> Vec<&Place> {
        let mut found: Vec<&Place> = self.places.iter().filter(|p| p.kind == kind).collect();
        found.sort_by(|a, b| {
            let da = directions::effort(self, &self.kiosk, &a.location);
            let db = directions::effort(self, &self.kiosk, &b.location);
            da.total_cmp(&db)
        });
        found
    }
}
