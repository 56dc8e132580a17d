use super::*;

#[test]
fn demo_data_loads_with_every_required_department() {
    let h = demo_hospital();
    let required = [
        "02", "03.01", "03.02", "03.03", "03.04", "03.06", "03.07", "03.08", "03.09", "03.10",
        "04.01", "04.03", "04.04", "05.01", "05.02", "07", "10", "11", "12", "13", "15", "16",
        "19", "20", "21", "50",
    ];
    for code in required {
        assert!(
            h.department(code).is_some(),
            "demo hospital lacks department {code}"
        );
    }
    assert!(h.buildings.len() >= 2);
    assert!(h
        .places
        .iter()
        .any(|p| p.kind == PlaceKind::Lab && p.name.zh.contains("检验")));
}

fn with_departments(csv: &str) -> Sources {
    let mut s = Sources::demo();
    s.departments_csv = csv.to_string();
    s
}

fn header() -> String {
    DEPARTMENT_COLUMNS.join(",")
}

#[test]
fn errors_name_the_line_and_the_problem() {
    let csv = format!(
        "{}\n03.04,C,心血管内科,Cardiology,,,A,3,301,10,20,Mon-Fri 08:00-17:00,open,,12\n\
         99.9,D,皮肤科,Dermatology,,,A,3,302,10,20,Mon-Fri 08:00-17:00,open,,12\n\
         13,E,,Dermatology,,,A,3,301,10,20,Mon-Fri 08:00-17:00,open,,12\n\
         10,F,眼科,Eyes,,,A,3,303,10,20,weekdays,open,,12\n",
        header()
    );
    let err = parse_hospital(&with_departments(&csv)).unwrap_err();
    let text = err.to_string();
    assert!(
        text.contains("departments.csv line 3: code \"99.9\""),
        "{text}"
    );
    assert!(
        text.contains("departments.csv line 4: name_zh is missing"),
        "{text}"
    );
    assert!(
        text.contains("departments.csv line 4: room 301 in building A is already taken by line 2"),
        "{text}"
    );
    assert!(
        text.contains("departments.csv line 5: opening hours \"weekdays\""),
        "{text}"
    );
}

#[test]
fn unknown_building_and_floor_are_refused() {
    let csv = format!(
        "{}\n03.04,C,心血管内科,Cardiology,,,Z,3,301,10,20,24h,open,,12\n03.01,R,呼吸内科,Respiratory,,,A,42,301,10,20,24h,open,,12\n",
        header()
    );
    let text = parse_hospital(&with_departments(&csv))
        .unwrap_err()
        .to_string();
    assert!(
        text.contains("line 2: building \"Z\" is not in map.toml"),
        "{text}"
    );
    assert!(
        text.contains("line 3: building A has no floor 42"),
        "{text}"
    );
}

#[test]
fn ragged_rows_and_missing_columns_are_reported() {
    let text = parse_hospital(&with_departments("code,prefix\n03.04,C\n"))
        .unwrap_err()
        .to_string();
    assert!(
        text.contains("line 1: header row lacks column(s): name_zh"),
        "{text}"
    );
    let csv = format!("{}\n03.04,C,心血管内科\n", header());
    let text = parse_hospital(&with_departments(&csv))
        .unwrap_err()
        .to_string();
    assert!(
        text.contains("line 2: has 3 fields but the header has 15"),
        "{text}"
    );
}

#[test]
fn broken_map_toml_points_at_its_line() {
    let mut s = Sources::demo();
    s.map_toml = "name_zh = \"x\"\nname_en = \"y\"\n[kiosk\n".into();
    let e = parse_hospital(&s).unwrap_err();
    assert_eq!(e.0[0].file, "map.toml");
    assert_eq!(e.0[0].line, Some(3));
}

#[test]
fn department_code_shape() {
    assert!(is_department_code("03.04"));
    assert!(is_department_code("20"));
    assert!(!is_department_code("3.4"));
    assert!(!is_department_code("0304"));
    assert!(!is_department_code(""));
}
