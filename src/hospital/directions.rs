//! Step-by-step directions from the kiosk, computed from the hospital's map
//! rather than written by hand, so a department that moves room gets correct
//! directions at once. Left, right and ahead are as seen by a patient facing
//! the kiosk; the floor plan on screen uses the same orientation.

use super::{floor_name, Hospital, Link, Location, PlaceKind};
use crate::lang::Lang;
use crate::lang::Text;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StepIcon {
    Ahead,
    Back,
    Left,
    Right,
    LiftUp,
    LiftDown,
    Walkway,
    Arrive,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Step {
    pub icon: StepIcon,
    pub text: Text,
    pub building: String,
    pub floor: i32,
}

/// What it costs a patient to walk from `a` to `b`, in rough metres; used to
/// order several places of one kind nearest first.
pub fn effort(h: &Hospital, a: &Location, b: &Location) -> f64 {
    let mut cost = 0.0;
    let mut floor = a.floor;
    if a.building != b.building {
        cost += 60.0;
        if let Some(link) = best_link(h, &a.building, &b.building, a.floor, b.floor) {
            cost += 20.0 * (a.floor - link.floor).abs() as f64;
            floor = link.floor;
        }
    }
    cost += 20.0 * (floor - b.floor).abs() as f64;
    if a.building == b.building {
        cost += ((a.x - b.x).powi(2) + (a.y - b.y).powi(2)).sqrt();
    }
    cost
}

/// A walkway seen from the side the patient starts on.
struct Crossing<'a> {
    link: &'a Link,
    exit_xy: (f64, f64),
    entry_xy: (f64, f64),
    floor: i32,
}

fn best_link<'a>(
    h: &'a Hospital,
    from: &str,
    to: &str,
    from_floor: i32,
    to_floor: i32,
) -> Option<Crossing<'a>> {
    h.links
        .iter()
        .filter_map(|l| {
            if l.from == from && l.to == to {
                Some(Crossing {
                    link: l,
                    exit_xy: l.from_xy,
                    entry_xy: l.to_xy,
                    floor: l.floor,
                })
            } else if l.to == from && l.from == to {
                Some(Crossing {
                    link: l,
                    exit_xy: l.to_xy,
                    entry_xy: l.from_xy,
                    floor: l.floor,
                })
            } else {
                None
            }
        })
        .min_by_key(|c| (c.floor - from_floor).abs() + (c.floor - to_floor).abs())
}

struct Walker<'a> {
    h: &'a Hospital,
    building: String,
    floor: i32,
    xy: (f64, f64),
    steps: Vec<Step>,
}

impl Walker<'_> {
    fn push(&mut self, icon: StepIcon, text: Text) {
        self.steps.push(Step {
            icon,
            text,
            building: self.building.clone(),
            floor: self.floor,
        });
    }

    /// Walks to a point on the current floor: first ahead or back, then sideways.
    fn walk_to(&mut self, to: (f64, f64)) {
        let (dx, dy) = (to.0 - self.xy.0, to.1 - self.xy.1);
        // A few metres along a corridor's width are not worth a step of their own.
        if dy.abs() >= 12.0 || (dx.abs() < 3.0 && dy.abs() >= 3.0) {
            let m = metres(dy.abs());
            if dy > 0.0 {
                self.push(
                    StepIcon::Ahead,
                    Text::new(
                        format!("向前直走约{m}米。"),
                        format!("Go straight ahead about {m} m."),
                    ),
                );
            } else {
                self.push(
                    StepIcon::Back,
                    Text::new(
                        format!("向后转，走约{m}米。"),
                        format!("Turn around and walk about {m} m."),
                    ),
                );
            }
        }
        if dx.abs() >= 3.0 {
            let m = metres(dx.abs());
            if dx > 0.0 {
                self.push(
                    StepIcon::Right,
                    Text::new(
                        format!("右转，走约{m}米。"),
                        format!("Turn right and walk about {m} m."),
                    ),
                );
            } else {
                self.push(
                    StepIcon::Left,
                    Text::new(
                        format!("左转，走约{m}米。"),
                        format!("Turn left and walk about {m} m."),
                    ),
                );
            }
        }
        self.xy = to;
    }

    fn ride_lift_to(&mut self, floor: i32) {
        if floor == self.floor {
            return;
        }
        let lift = self
            .h
            .places
            .iter()
            .filter(|p| p.kind == PlaceKind::Lift && p.location.building == self.building)
            .min_by(|a, b| {
                let da = (a.location.x - self.xy.0).hypot(a.location.y - self.xy.1);
                let db = (b.location.x - self.xy.0).hypot(b.location.y - self.xy.1);
                da.total_cmp(&db)
            })
            .map(|p| (p.location.x, p.location.y));
        if let Some(xy) = lift {
            self.walk_to(xy);
        }
        let icon = if floor > self.floor {
            StepIcon::LiftUp
        } else {
            StepIcon::LiftDown
        };
        let text = if lift.is_some() {
            Text::new(
                format!("乘电梯到{}。", floor_name(floor, Lang::Zh)),
                format!("Take the lift to {}.", floor_name(floor, Lang::En)),
            )
        } else {
            Text::new(
                format!("走楼梯到{}。", floor_name(floor, Lang::Zh)),
                format!("Take the stairs to {}.", floor_name(floor, Lang::En)),
            )
        };
        self.floor = floor;
        self.push(icon, text);
    }
}

fn metres(d: f64) -> i64 {
    // Round to 5 m: nobody paces out 37 m, and a round figure reads as an estimate.
    (((d / 5.0).round() as i64) * 5).max(5)
}

/// Directions from `from` to `to`, ending with an arrival step naming `what`.
pub fn route(h: &Hospital, from: &Location, to: &Location, what: &Text) -> Vec<Step> {
    let mut w = Walker {
        h,
        building: from.building.clone(),
        floor: from.floor,
        xy: (from.x, from.y),
        steps: Vec::new(),
    };
    if from.building != to.building {
        if let Some(c) = best_link(h, &from.building, &to.building, from.floor, to.floor) {
            w.ride_lift_to(c.floor);
            w.walk_to(c.exit_xy);
            let target = h
                .building(&to.building)
                .map(|b| b.name.clone())
                .unwrap_or_else(|| Text::new(&to.building, &to.building));
            w.building = to.building.clone();
            w.xy = c.entry_xy;
            w.push(
                StepIcon::Walkway,
                Text::new(
                    format!("经{}进入{}。", c.link.name.zh, target.zh),
                    format!("Cross the {} into the {}.", c.link.name.en, target.en),
                ),
            );
        } else {
            // No walkway in the data: the buildings are reached outdoors from the entrance.
            let target = h
                .building(&to.building)
                .map(|b| b.name.clone())
                .unwrap_or_else(|| Text::new(&to.building, &to.building));
            w.ride_lift_to(1);
            w.building = to.building.clone();
            w.floor = 1;
            w.xy = (0.0, 0.0);
            w.push(
                StepIcon::Walkway,
                Text::new(
                    format!("出门后步行前往{}。", target.zh),
                    format!("Leave the building and walk to the {}.", target.en),
                ),
            );
        }
    }
    w.ride_lift_to(to.floor);
    w.walk_to((to.x, to.y));
    let room = if to.room.is_empty() {
        Text::new(
            format!("到了：{}。", what.zh),
            format!("You have arrived: {}.", what.en),
        )
    } else {
        Text::new(
            format!("到了：{}，{}室。", what.zh, to.room),
            format!("You have arrived: {}, room {}.", what.en, to.room),
        )
    };
    w.push(StepIcon::Arrive, room);
    w.steps
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hospital::load::demo_hospital;

    #[test]
    fn same_floor_route_has_no_lift() {
        let h = demo_hospital();
        let pharmacy = h.places_of(PlaceKind::Pharmacy)[0];
        assert_eq!(
            pharmacy.location.floor, h.kiosk.floor,
            "demo pharmacy is on the kiosk's floor"
        );
        let steps = route(&h, &h.kiosk, &pharmacy.location, &pharmacy.name);
        assert!(steps
            .iter()
            .all(|s| !matches!(s.icon, StepIcon::LiftUp | StepIcon::LiftDown)));
        assert_eq!(steps.last().map(|s| s.icon), Some(StepIcon::Arrive));
    }

    #[test]
    fn upstairs_department_takes_the_lift_and_ends_on_its_floor() {
        let h = demo_hospital();
        let cardio = h.department("03.04").expect("demo has cardiology");
        assert!(cardio.location.floor > h.kiosk.floor);
        let steps = route(&h, &h.kiosk, &cardio.location, &cardio.name);
        assert!(steps.iter().any(|s| s.icon == StepIcon::LiftUp));
        let last = steps.last().expect("a route has steps");
        assert_eq!(last.floor, cardio.location.floor);
        assert!(last.text.en.contains(&cardio.location.room));
        assert!(last.text.zh.contains("心血管内科"));
    }

    #[test]
    fn other_building_is_reached_by_the_walkway() {
        let h = demo_hospital();
        let other = h
            .departments
            .iter()
            .find(|d| d.location.building != h.kiosk.building)
            .expect("demo has a second building");
        let steps = route(&h, &h.kiosk, &other.location, &other.name);
        assert!(steps.iter().any(|s| s.icon == StepIcon::Walkway));
        assert_eq!(
            steps.last().map(|s| s.building.as_str()),
            Some(other.location.building.as_str())
        );
    }

    #[test]
    fn distances_are_rounded_to_five_metres() {
        assert_eq!(metres(37.0), 35);
        assert_eq!(metres(1.0), 5);
    }
}
