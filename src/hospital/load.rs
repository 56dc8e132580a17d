//! Reading the hospital from human-edited files (the format of `data/`):
//! `departments.csv` and `places.csv` (open in a spreadsheet) and `map.toml`
//! (buildings, walkways, where the kiosk stands). Every problem is reported
//! with its file and line, all at once, so a person can fix a file in one go.

use super::{Building, Hospital, Link, Location, PlaceKind};
use crate::lang::Text;
use serde::Deserialize;
use std::collections::HashMap;
use std::fmt;
use std::path::Path;

mod tables;

use tables::{floor_problem, parse_departments, parse_places};
pub use tables::{
    is_department_code, parse_departments_for, write_departments_csv, DEPARTMENT_COLUMNS,
    PLACE_COLUMNS,
};

/// One problem in one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    pub file: String,
    pub line: Option<usize>,
    pub message: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{} line {}: {}", self.file, line, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// Every problem found in a set of data files.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct DataErrors(pub Vec<DataError>);

impl fmt::Display for DataErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let lines: Vec<String> = self.0.iter().map(ToString::to_string).collect();
        f.write_str(&lines.join("\n"))
    }
}

/// The texts of the hospital's data files.
#[derive(Debug, Clone)]
pub struct Sources {
    pub departments_csv: String,
    pub places_csv: String,
    pub map_toml: String,
    pub triage_toml: String,
}

pub const DEPARTMENTS_FILE: &str = "departments.csv";
pub const PLACES_FILE: &str = "places.csv";
pub const MAP_FILE: &str = "map.toml";
pub const TRIAGE_FILE: &str = "triage.toml";

impl Sources {
    /// The demo hospital shipped in `data/`, built into the binary so a first
    /// run works wherever the binary is installed.
    pub fn demo() -> Sources {
        Sources {
            departments_csv: include_str!("../../data/departments.csv").to_string(),
            places_csv: include_str!("../../data/places.csv").to_string(),
            map_toml: include_str!("../../data/map.toml").to_string(),
            triage_toml: include_str!("../../data/triage.toml").to_string(),
        }
    }

    pub fn read_dir(dir: &Path) -> Result<Sources, DataErrors> {
        let read = |name: &str| {
            std::fs::read_to_string(dir.join(name)).map_err(|e| DataError {
                file: dir.join(name).display().to_string(),
                line: None,
                message: format!("cannot be read: {e}"),
            })
        };
        let results = [
            read(DEPARTMENTS_FILE),
            read(PLACES_FILE),
            read(MAP_FILE),
            read(TRIAGE_FILE),
        ];
        let errors: Vec<DataError> = results
            .iter()
            .filter_map(|r| r.as_ref().err().cloned())
            .collect();
        if !errors.is_empty() {
            return Err(DataErrors(errors));
        }
        let [d, p, m, t] = results.map(|r| r.unwrap_or_default());
        Ok(Sources {
            departments_csv: d,
            places_csv: p,
            map_toml: m,
            triage_toml: t,
        })
    }
}

/// The demo hospital, for tests and examples; the shipped files are checked by
/// the tests, so this cannot fail in a release.
pub fn demo_hospital() -> Hospital {
    match parse_hospital(&Sources::demo()) {
        Ok(h) => h,
        Err(e) => panic!("the shipped demo data is broken:\n{e}"),
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MapFile {
    name_zh: String,
    name_en: String,
    kiosk: KioskRow,
    #[serde(rename = "building")]
    buildings: Vec<BuildingRow>,
    #[serde(default, rename = "walkway")]
    walkways: Vec<WalkwayRow>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct KioskRow {
    building: String,
    floor: i32,
    x: f64,
    y: f64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BuildingRow {
    id: String,
    name_zh: String,
    name_en: String,
    floors: Vec<i32>,
    width: f64,
    depth: f64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WalkwayRow {
    from: String,
    to: String,
    floor: i32,
    name_zh: String,
    name_en: String,
    from_xy: (f64, f64),
    to_xy: (f64, f64),
}

/// 1-based line of a byte offset.
pub fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

pub fn toml_error(file: &str, text: &str, e: &toml::de::Error) -> DataError {
    DataError {
        file: file.to_string(),
        line: e.span().map(|s| line_of(text, s.start)),
        message: e.message().to_string(),
    }
}

/// Parses and checks the hospital's files (not the triage rules, which the
/// triage module reads and checks against the departments found here).
pub fn parse_hospital(src: &Sources) -> Result<Hospital, DataErrors> {
    let mut errors = Vec::new();
    let map: Option<MapFile> = match toml::from_str(&src.map_toml) {
        Ok(m) => Some(m),
        Err(e) => {
            errors.push(toml_error(MAP_FILE, &src.map_toml, &e));
            None
        }
    };
    let Some(map) = map else {
        return Err(DataErrors(errors));
    };
    let buildings: Vec<Building> = map
        .buildings
        .into_iter()
        .map(|b| Building {
            id: b.id,
            name: Text::new(b.name_zh, b.name_en),
            floors: b.floors,
            width: b.width,
            depth: b.depth,
        })
        .collect();
    let floors_of: HashMap<&str, &Vec<i32>> = buildings
        .iter()
        .map(|b| (b.id.as_str(), &b.floors))
        .collect();
    let check_place = |file: &str,
                       line: Option<usize>,
                       building: &str,
                       floor: i32,
                       errors: &mut Vec<DataError>| {
        if let Some(message) = floor_problem(
            &floors_of,
            building,
            floor,
            &format!("is not in {MAP_FILE}"),
        ) {
            errors.push(DataError {
                file: file.into(),
                line,
                message,
            });
        }
    };
    check_place(
        MAP_FILE,
        None,
        &map.kiosk.building,
        map.kiosk.floor,
        &mut errors,
    );
    let mut links = Vec::new();
    for w in map.walkways {
        check_place(MAP_FILE, None, &w.from, w.floor, &mut errors);
        check_place(MAP_FILE, None, &w.to, w.floor, &mut errors);
        links.push(Link {
            from: w.from,
            to: w.to,
            floor: w.floor,
            name: Text::new(w.name_zh, w.name_en),
            from_xy: w.from_xy,
            to_xy: w.to_xy,
        });
    }
    let departments = parse_departments(
        &src.departments_csv,
        &mut |line, b, f, errs| check_place(DEPARTMENTS_FILE, Some(line), b, f, errs),
        &mut errors,
    );
    let places = parse_places(
        &src.places_csv,
        &mut |line, b, f, errs| check_place(PLACES_FILE, Some(line), b, f, errs),
        &mut errors,
    );
    for kind in PlaceKind::ALL {
        if !places.iter().any(|p| p.kind == kind) {
            errors.push(DataError {
                file: PLACES_FILE.into(),
                line: None,
                message: format!("has no {kind}; every kind of place needs at least one row"),
            });
        }
    }
    if !errors.is_empty() {
        return Err(DataErrors(errors));
    }
    Ok(Hospital {
        name: Text::new(map.name_zh, map.name_en),
        kiosk: Location {
            building: map.kiosk.building,
            floor: map.kiosk.floor,
            room: String::new(),
            x: map.kiosk.x,
            y: map.kiosk.y,
        },
        buildings,
        departments,
        places,
        links,
    })
}

#[cfg(test)]
mod tests;
