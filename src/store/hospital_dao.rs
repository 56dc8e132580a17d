//! Reading and writing the hospital (buildings, departments, places).

use super::{Dao, Result, StoreError};
use crate::hospital::{
    Building, Department, DeptStatus, Hospital, Link, Location, Place, PlaceKind, WeeklyHours,
};
use crate::lang::Text;
use rusqlite::{params, Row};

fn corrupt(what: String) -> StoreError {
    StoreError::Corrupt(what)
}

impl Dao<'_> {
    /// Writes `h` over what is stored. Departments that disappear must have no
    /// tickets, since a ticket shown to a patient has to keep its department.
    pub fn replace_hospital(&self, h: &Hospital) -> Result<()> {
        let c = self.conn();
        c.execute(
            "INSERT OR REPLACE INTO hospital (id, name_zh, name_en, kiosk_building, kiosk_floor, kiosk_x, kiosk_y) VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6)",
            params![h.name.zh, h.name.en, h.kiosk.building, h.kiosk.floor, h.kiosk.x, h.kiosk.y],
        )?;
        for (i, b) in h.buildings.iter().enumerate() {
            let floors = serde_json::to_string(&b.floors).map_err(|e| corrupt(e.to_string()))?;
            c.execute(
                "INSERT INTO buildings (id, name_zh, name_en, floors, width, depth, sort) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                 ON CONFLICT (id) DO UPDATE SET name_zh = excluded.name_zh, name_en = excluded.name_en, floors = excluded.floors,
                 width = excluded.width, depth = excluded.depth, sort = excluded.sort",
                params![b.id, b.name.zh, b.name.en, floors, b.width, b.depth, i as i64],
            )?;
        }
        c.execute("DELETE FROM walkways", [])?;
        for w in &h.links {
            c.execute(
                "INSERT INTO walkways (from_building, to_building, floor, name_zh, name_en, from_x, from_y, to_x, to_y) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                params![w.from, w.to, w.floor, w.name.zh, w.name.en, w.from_xy.0, w.from_xy.1, w.to_xy.0, w.to_xy.1],
            )?;
        }
        c.execute("DELETE FROM places", [])?;
        for p in &h.places {
            let l = &p.location;
            c.execute(
                "INSERT INTO places (kind, name_zh, name_en, building, floor, room, x, y) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![p.kind.id(), p.name.zh, p.name.en, l.building, l.floor, l.room, l.x, l.y],
            )?;
        }
        self.replace_departments(&h.departments)?;
        let ids: Vec<&str> = h.buildings.iter().map(|b| b.id.as_str()).collect();
        let stored: Vec<String> = c
            .prepare("SELECT id FROM buildings")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        for id in stored.iter().filter(|s| !ids.contains(&s.as_str())) {
            c.execute("DELETE FROM buildings WHERE id = ?1", [id])?;
        }
        Ok(())
    }

    /// Writes `departments` over the stored ones. One that disappears must
    /// have no tickets (a ticket shown to a patient keeps its department) and
    /// no triage rules pointing at it.
    pub fn replace_departments(&self, departments: &[Department]) -> Result<()> {
        let c = self.conn();
        for (i, d) in departments.iter().enumerate() {
            self.upsert_department(d, i as i64)?;
        }
        let keep: Vec<&str> = departments.iter().map(|d| d.code.as_str()).collect();
        let stored: Vec<String> = c
            .prepare("SELECT code FROM departments")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        for code in stored.iter().filter(|c| !keep.contains(&c.as_str())) {
            let count = |sql: &str| c.query_row(sql, [code], |r| r.get::<_, i64>(0));
            let tickets = count("SELECT count(*) FROM tickets WHERE department_code = ?1")?;
            let rules = count("SELECT (SELECT count(*) FROM triage_weights WHERE department_code = ?1) + (SELECT count(*) FROM triage_modifier_codes WHERE department_code = ?1) + (SELECT count(*) FROM triage_modifiers WHERE redirect_to = ?1)")?;
            let why = match (tickets, rules) {
                (0, 0) => None,
                (t, 0) => Some(format!("it has {t} ticket(s)")),
                (0, r) => Some(format!("{r} triage rule(s) send patients there")),
                (t, r) => Some(format!(
                    "it has {t} ticket(s) and {r} triage rule(s) send patients there"
                )),
            };
            if let Some(why) = why {
                return Err(StoreError::InvalidData(crate::hospital::load::DataErrors(vec![crate::hospital::load::DataError {
                    file: crate::hospital::load::DEPARTMENTS_FILE.into(),
                    line: None,
                    message: format!("department {code} is missing, but {why}; close it (status closed) instead of removing it"),
                }])));
            }
            c.execute("DELETE FROM departments WHERE code = ?1", [code])?;
        }
        Ok(())
    }

    pub fn upsert_department(&self, d: &Department, sort: i64) -> Result<()> {
        let l = &d.location;
        self.conn().execute(
            "INSERT INTO departments (code, prefix, name_zh, name_en, desc_zh, desc_en, building, floor, room, x, y, hours, status, status_note, avg_minutes, sort)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)
             ON CONFLICT (code) DO UPDATE SET prefix = excluded.prefix, name_zh = excluded.name_zh, name_en = excluded.name_en,
               desc_zh = excluded.desc_zh, desc_en = excluded.desc_en, building = excluded.building, floor = excluded.floor,
               room = excluded.room, x = excluded.x, y = excluded.y, hours = excluded.hours, status = excluded.status,
               status_note = excluded.status_note, avg_minutes = excluded.avg_minutes, sort = excluded.sort",
            params![
                d.code,
                d.prefix,
                d.name.zh,
                d.name.en,
                d.description.zh,
                d.description.en,
                l.building,
                l.floor,
                l.room,
                l.x,
                l.y,
                d.hours.to_string(),
                d.status.as_str(),
                d.status_note,
                d.avg_minutes,
                sort
            ],
        )?;
        Ok(())
    }

    pub fn hospital(&self) -> Result<Hospital> {
        let c = self.conn();
        let head = c
            .query_row("SELECT name_zh, name_en, kiosk_building, kiosk_floor, kiosk_x, kiosk_y FROM hospital WHERE id = 1", [], |r| {
                Ok((
                    Text::new(r.get::<_, String>(0)?, r.get::<_, String>(1)?),
                    Location { building: r.get(2)?, floor: r.get(3)?, room: String::new(), x: r.get(4)?, y: r.get(5)? },
                ))
            })
            .map_err(|e| match e {
                rusqlite::Error::QueryReturnedNoRows => StoreError::NotSeeded,
                other => other.into(),
            })?;
        let buildings = c
            .prepare(
                "SELECT id, name_zh, name_en, floors, width, depth FROM buildings ORDER BY sort",
            )?
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    Text::new(r.get::<_, String>(1)?, r.get::<_, String>(2)?),
                    r.get::<_, String>(3)?,
                    r.get(4)?,
                    r.get(5)?,
                ))
            })?
            .map(|row| {
                let (id, name, floors, width, depth) = row?;
                let floors = serde_json::from_str(&floors).map_err(|_| {
                    corrupt(format!("building {id} has unreadable floors {floors:?}"))
                })?;
                Ok(Building {
                    id,
                    name,
                    floors,
                    width,
                    depth,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let links = c
            .prepare("SELECT from_building, to_building, floor, name_zh, name_en, from_x, from_y, to_x, to_y FROM walkways ORDER BY id")?
            .query_map([], |r| {
                Ok(Link {
                    from: r.get(0)?,
                    to: r.get(1)?,
                    floor: r.get(2)?,
                    name: Text::new(r.get::<_, String>(3)?, r.get::<_, String>(4)?),
                    from_xy: (r.get(5)?, r.get(6)?),
                    to_xy: (r.get(7)?, r.get(8)?),
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let departments = self.departments()?;
        let places = c
            .prepare("SELECT kind, name_zh, name_en, building, floor, room, x, y FROM places ORDER BY id")?
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    Text::new(r.get::<_, String>(1)?, r.get::<_, String>(2)?),
                    Location { building: r.get(3)?, floor: r.get(4)?, room: r.get(5)?, x: r.get(6)?, y: r.get(7)? },
                ))
            })?
            .map(|row| {
                let (kind, name, location) = row?;
                let kind: PlaceKind = kind.parse().map_err(corrupt)?;
                Ok(Place { kind, name, location })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(Hospital {
            name: head.0,
            kiosk: head.1,
            buildings,
            departments,
            places,
            links,
        })
    }

    pub fn departments(&self) -> Result<Vec<Department>> {
        self.conn()
            .prepare(&format!(
                "SELECT {DEPARTMENT_FIELDS} FROM departments ORDER BY sort, code"
            ))?
            .query_map([], department_row)?
            .map(|r| r?)
            .collect()
    }

    pub fn department(&self, code: &str) -> Result<Option<Department>> {
        let mut stmt = self.conn().prepare(&format!(
            "SELECT {DEPARTMENT_FIELDS} FROM departments WHERE code = ?1"
        ))?;
        let mut rows = stmt.query_map([code], department_row)?;
        rows.next().transpose()?.transpose()
    }
}

const DEPARTMENT_FIELDS: &str = "code, prefix, name_zh, name_en, desc_zh, desc_en, building, floor, room, x, y, hours, status, status_note, avg_minutes";

/// A row as a department; the outer error is SQLite's, the inner one says
/// which stored value does not make sense.
fn department_row(r: &Row) -> rusqlite::Result<Result<Department>> {
    let code: String = r.get(0)?;
    let hours: String = r.get(11)?;
    let status: String = r.get(12)?;
    let hours = match WeeklyHours::parse(&hours) {
        Ok(h) => h,
        Err(e) => return Ok(Err(corrupt(format!("department {code}: {e}")))),
    };
    let status: DeptStatus = match status.parse() {
        Ok(s) => s,
        Err(e) => return Ok(Err(corrupt(format!("department {code}: {e}")))),
    };
    Ok(Ok(Department {
        prefix: r.get(1)?,
        name: Text::new(r.get::<_, String>(2)?, r.get::<_, String>(3)?),
        description: Text::new(r.get::<_, String>(4)?, r.get::<_, String>(5)?),
        location: Location {
            building: r.get(6)?,
            floor: r.get(7)?,
            room: r.get(8)?,
            x: r.get(9)?,
            y: r.get(10)?,
        },
        hours,
        status,
        status_note: r.get(13)?,
        avg_minutes: r.get(14)?,
        code,
    }))
}
