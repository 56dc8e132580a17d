//! The two spreadsheet files, `departments.csv` and `places.csv`: read row
//! by row with their header names, every problem reported with its line,
//! and written back in the same format (writing then reading gives the same
//! departments).

use super::{DataError, DataErrors, DEPARTMENTS_FILE, PLACES_FILE};
use crate::hospital::{Building, Department, DeptStatus, Location, Place, PlaceKind, WeeklyHours};
use crate::lang::Text;
use std::collections::{HashMap, HashSet};

/// A CSV row with its header names, so checks can name the column they read.
struct Row<'a> {
    file: &'static str,
    line: usize,
    record: &'a csv::StringRecord,
    headers: &'a HashMap<String, usize>,
}

impl Row<'_> {
    fn text(&self, col: &str) -> &str {
        self.headers
            .get(col)
            .and_then(|&i| self.record.get(i))
            .map(str::trim)
            .unwrap_or("")
    }

    fn err(&self, message: String) -> DataError {
        DataError {
            file: self.file.into(),
            line: Some(self.line),
            message,
        }
    }

    fn required(&self, col: &str, errors: &mut Vec<DataError>) -> String {
        let v = self.text(col);
        if v.is_empty() {
            errors.push(self.err(format!("{col} is missing")));
        }
        v.to_string()
    }

    fn number<T: std::str::FromStr>(&self, col: &str, errors: &mut Vec<DataError>) -> Option<T> {
        let v = self.text(col);
        match v.parse() {
            Ok(n) => Some(n),
            Err(_) => {
                errors.push(self.err(format!("{col} {v:?} is not a number")));
                None
            }
        }
    }
}

fn read_csv(
    file: &'static str,
    text: &str,
    required: &[&str],
    errors: &mut Vec<DataError>,
) -> Vec<(usize, csv::StringRecord, HashMap<String, usize>)> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let headers: HashMap<String, usize> = match reader.headers() {
        Ok(h) => h
            .iter()
            .enumerate()
            .map(|(i, name)| (name.trim().to_string(), i))
            .collect(),
        Err(e) => {
            errors.push(DataError {
                file: file.into(),
                line: Some(1),
                message: format!("header row: {e}"),
            });
            return Vec::new();
        }
    };
    let missing: Vec<&str> = required
        .iter()
        .copied()
        .filter(|c| !headers.contains_key(*c))
        .collect();
    if !missing.is_empty() {
        errors.push(DataError {
            file: file.into(),
            line: Some(1),
            message: format!("header row lacks column(s): {}", missing.join(", ")),
        });
        return Vec::new();
    }
    let mut rows = Vec::new();
    for result in reader.records() {
        match result {
            Ok(record) => {
                let line = record.position().map(|p| p.line() as usize).unwrap_or(0);
                if record.iter().all(|f| f.trim().is_empty()) {
                    continue;
                }
                rows.push((line, record, headers.clone()));
            }
            Err(e) => {
                let line = e.position().map(|p| p.line() as usize);
                let message = match e.kind() {
                    csv::ErrorKind::UnequalLengths {
                        expected_len, len, ..
                    } => format!("has {len} fields but the header has {expected_len}"),
                    _ => e.to_string(),
                };
                errors.push(DataError {
                    file: file.into(),
                    line,
                    message,
                });
            }
        }
    }
    rows
}

pub const DEPARTMENT_COLUMNS: [&str; 15] = [
    "code",
    "prefix",
    "name_zh",
    "name_en",
    "desc_zh",
    "desc_en",
    "building",
    "floor",
    "room",
    "x",
    "y",
    "hours",
    "status",
    "status_note",
    "avg_minutes",
];

pub(super) type PlaceCheck<'a> = dyn FnMut(usize, &str, i32, &mut Vec<DataError>) + 'a;

pub(super) fn parse_departments(
    text: &str,
    check_place: &mut PlaceCheck<'_>,
    errors: &mut Vec<DataError>,
) -> Vec<Department> {
    let mut out = Vec::new();
    let mut codes: HashMap<String, usize> = HashMap::new();
    let mut prefixes: HashMap<String, usize> = HashMap::new();
    let mut rooms: HashMap<(String, i32, String), usize> = HashMap::new();
    for (line, record, headers) in read_csv(DEPARTMENTS_FILE, text, &DEPARTMENT_COLUMNS, errors) {
        let row = Row {
            file: DEPARTMENTS_FILE,
            line,
            record: &record,
            headers: &headers,
        };
        let before = errors.len();
        let code = row.required("code", errors);
        if !code.is_empty() && !is_department_code(&code) {
            errors.push(row.err(format!("code {code:?} is not a code from the national list of clinical subjects (like 03.04 or 20)")));
        }
        if let Some(first) = codes.insert(code.clone(), line) {
            errors.push(row.err(format!("code {code} appears again (first on line {first})")));
        }
        let prefix = row.required("prefix", errors);
        if !prefix.is_empty() && !is_queue_prefix(&prefix) {
            errors.push(row.err(format!(
                "prefix {prefix:?} must be one or two capital letters"
            )));
        }
        if let Some(first) = prefixes.insert(prefix.clone(), line) {
            errors.push(row.err(format!("prefix {prefix} is already used on line {first}")));
        }
        let name = Text::new(
            row.required("name_zh", errors),
            row.required("name_en", errors),
        );
        let description = Text::new(row.text("desc_zh"), row.text("desc_en"));
        let building = row.required("building", errors);
        let floor = row.number::<i32>("floor", errors);
        let room = row.required("room", errors);
        let x = row.number::<f64>("x", errors);
        let y = row.number::<f64>("y", errors);
        if let Some(floor) = floor {
            check_place(line, &building, floor, errors);
            if let Some(first) = rooms.insert((building.clone(), floor, room.clone()), line) {
                errors.push(row.err(format!(
                    "room {room} in building {building} is already taken by line {first}"
                )));
            }
        }
        let hours = match WeeklyHours::parse(row.text("hours")) {
            Ok(h) => Some(h),
            Err(e) => {
                errors.push(row.err(e.to_string()));
                None
            }
        };
        let status = match row.text("status").parse::<DeptStatus>() {
            Ok(s) => Some(s),
            Err(e) => {
                errors.push(row.err(e));
                None
            }
        };
        let avg_minutes = row.number::<u32>("avg_minutes", errors);
        if let Some(m) = avg_minutes {
            if !(1..=240).contains(&m) {
                errors.push(row.err(format!("avg_minutes {m} must be between 1 and 240")));
            }
        }
        if errors.len() > before {
            continue;
        }
        if let (Some(floor), Some(x), Some(y), Some(hours), Some(status), Some(avg_minutes)) =
            (floor, x, y, hours, status, avg_minutes)
        {
            out.push(Department {
                code,
                prefix,
                name,
                description,
                location: Location {
                    building,
                    floor,
                    room,
                    x,
                    y,
                },
                hours,
                status,
                status_note: row.text("status_note").to_string(),
                avg_minutes,
            });
        }
    }
    out
}

pub const PLACE_COLUMNS: [&str; 8] = [
    "kind", "name_zh", "name_en", "building", "floor", "room", "x", "y",
];

pub(super) fn parse_places(
    text: &str,
    check_place: &mut PlaceCheck<'_>,
    errors: &mut Vec<DataError>,
) -> Vec<Place> {
    let mut out = Vec::new();
    let mut seen: HashSet<(String, String, i32, String)> = HashSet::new();
    for (line, record, headers) in read_csv(PLACES_FILE, text, &PLACE_COLUMNS, errors) {
        let row = Row {
            file: PLACES_FILE,
            line,
            record: &record,
            headers: &headers,
        };
        let before = errors.len();
        let kind = match row.text("kind").parse::<PlaceKind>() {
            Ok(k) => Some(k),
            Err(e) => {
                errors.push(row.err(e));
                None
            }
        };
        let name = Text::new(
            row.required("name_zh", errors),
            row.required("name_en", errors),
        );
        let building = row.required("building", errors);
        let floor = row.number::<i32>("floor", errors);
        let room = row.text("room").to_string();
        let x = row.number::<f64>("x", errors);
        let y = row.number::<f64>("y", errors);
        if let Some(floor) = floor {
            check_place(line, &building, floor, errors);
            if !seen.insert((
                row.text("kind").to_string(),
                building.clone(),
                floor,
                room.clone(),
            )) && !room.is_empty()
            {
                errors.push(row.err(format!(
                    "the same {} in room {room} is listed twice",
                    row.text("kind")
                )));
            }
        }
        if errors.len() > before {
            continue;
        }
        if let (Some(kind), Some(floor), Some(x), Some(y)) = (kind, floor, x, y) {
            out.push(Place {
                kind,
                name,
                location: Location {
                    building,
                    floor,
                    room,
                    x,
                    y,
                },
            });
        }
    }
    out
}

/// One or two capital letters, as printed before queue numbers.
fn is_queue_prefix(p: &str) -> bool {
    (1..=2).contains(&p.len()) && p.chars().all(|c| c.is_ascii_uppercase())
}

/// Why a building and floor are not a place in the hospital, if they are not;
/// `unknown` ends the sentence for a building that is not there.
pub(super) fn floor_problem(
    floors_of: &HashMap<&str, &Vec<i32>>,
    building: &str,
    floor: i32,
    unknown: &str,
) -> Option<String> {
    match floors_of.get(building) {
        None => Some(format!("building {building:?} {unknown}")),
        Some(floors) if !floors.contains(&floor) => {
            Some(format!("building {building} has no floor {floor}"))
        }
        Some(_) => None,
    }
}

/// Parses a departments file against buildings already known (a staff
/// import). Errors name `file` and the line.
pub fn parse_departments_for(
    text: &str,
    file: &str,
    buildings: &[Building],
) -> Result<Vec<Department>, DataErrors> {
    let mut errors = Vec::new();
    let floors_of: HashMap<&str, &Vec<i32>> = buildings
        .iter()
        .map(|b| (b.id.as_str(), &b.floors))
        .collect();
    let departments = parse_departments(
        text,
        &mut |line, building, floor, errs| {
            if let Some(message) = floor_problem(&floors_of, building, floor, "does not exist") {
                errs.push(DataError {
                    file: file.into(),
                    line: Some(line),
                    message,
                });
            }
        },
        &mut errors,
    );
    if departments.is_empty() && errors.is_empty() {
        errors.push(DataError {
            file: file.into(),
            line: None,
            message: "lists no departments".into(),
        });
    }
    if errors.is_empty() {
        Ok(departments)
    } else {
        for e in &mut errors {
            e.file = file.to_string();
        }
        Err(DataErrors(errors))
    }
}

/// Writes departments in the format of `departments.csv`; parsing the result
/// gives the same departments back.
pub fn write_departments_csv(departments: &[Department]) -> String {
    let mut w = csv::WriterBuilder::new().from_writer(Vec::new());
    // Writing to memory cannot fail; a failure would only drop a row, which the round-trip test catches.
    let _ = w.write_record(DEPARTMENT_COLUMNS);
    for d in departments {
        let l = &d.location;
        let _ = w.write_record([
            d.code.as_str(),
            &d.prefix,
            &d.name.zh,
            &d.name.en,
            &d.description.zh,
            &d.description.en,
            &l.building,
            &l.floor.to_string(),
            &l.room,
            &l.x.to_string(),
            &l.y.to_string(),
            &d.hours.to_string(),
            d.status.as_str(),
            &d.status_note,
            &d.avg_minutes.to_string(),
        ]);
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// The shape of a code in 《医疗机构诊疗科目名录》: two digits, optionally a dot
/// and two more (`20`, `03.04`).
pub fn is_department_code(code: &str) -> bool {
    let b = code.as_bytes();
    match b.len() {
        2 => b.iter().all(u8::is_ascii_digit),
        5 => b[2] == b'.' && [b[0], b[1], b[3], b[4]].iter().all(u8::is_ascii_digit),
        _ => false,
    }
}
