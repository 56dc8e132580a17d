//! Triage measured on sets of complaints: our own sets in `tests/data`, and the
//! shared development set when it is beside the checkout. The bars are the
//! product's: every emergency caught, every non-complaint refused, and at
//! least 95 % of departments right.

use banzhen::triage::{Query, RuleSet, Triage};
use serde::Deserialize;
use std::path::Path;

#[derive(Deserialize)]
struct Case {
    text: String,
    accept: Vec<String>,
    emergency: bool,
}

#[derive(Default, Debug)]
struct Score {
    dept_ok: usize,
    dept_total: usize,
    em_hit: usize,
    em_total: usize,
    junk_ok: usize,
    junk_total: usize,
    misses: Vec<String>,
}

fn engine() -> Triage {
    Triage::new(RuleSet::demo())
}

fn score(path: &Path) -> Score {
    let t = engine();
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut s = Score::default();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let case: Case = serde_json::from_str(line).unwrap_or_else(|e| panic!("{line}: {e}"));
        let a = t
            .assess(&Query::Text(case.text.clone()))
            .expect("assessable");
        let dept = a.department.clone();
        let hit = if case.emergency {
            s.em_total += 1;
            s.em_hit += a.emergency as usize;
            a.emergency
        } else if case.accept.is_empty() {
            s.junk_total += 1;
            let ok = dept.is_none() && !a.emergency;
            s.junk_ok += ok as usize;
            ok
        } else {
            s.dept_total += 1;
            let ok = dept.as_ref().is_some_and(|d| case.accept.contains(d))
                || (a.emergency && case.accept.iter().any(|c| c == "20"));
            s.dept_ok += ok as usize;
            ok
        };
        if !hit {
            s.misses.push(format!(
                "{:?}: want {:?}, got {:?} emergency={}",
                case.text, case.accept, dept, a.emergency
            ));
        }
    }
    println!(
        "{}: department top-1 {}/{}; emergency recall {}/{}; non-complaints refused {}/{}",
        path.display(),
        s.dept_ok,
        s.dept_total,
        s.em_hit,
        s.em_total,
        s.junk_ok,
        s.junk_total
    );
    s
}

fn assert_bars(s: &Score) {
    assert_eq!(
        s.em_hit, s.em_total,
        "every emergency must be caught: {:#?}",
        s.misses
    );
    assert_eq!(
        s.junk_ok, s.junk_total,
        "every non-complaint must be refused: {:#?}",
        s.misses
    );
    assert!(
        s.dept_ok * 100 >= s.dept_total * 95,
        "top-1 below 95 %: {:#?}",
        s.misses
    );
}

#[test]
fn our_complaint_set_meets_the_bars() {
    assert_bars(&score(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/triage_cases.jsonl"),
    ));
}

#[test]
fn our_holdout_set_meets_the_bars() {
    assert_bars(&score(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/triage_holdout.jsonl"),
    ));
}

#[test]
fn our_second_holdout_set_meets_the_bars() {
    assert_bars(&score(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/triage_holdout2.jsonl"),
    ));
}

#[test]
fn our_third_holdout_set_meets_the_bars() {
    assert_bars(&score(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/triage_holdout3.jsonl"),
    ));
}

#[test]
fn the_shared_development_set_meets_the_bars_when_present() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/triage_dev.jsonl");
    if !path.exists() {
        println!("{} is not beside this checkout; skipped", path.display());
        return;
    }
    assert_bars(&score(&path));
}
