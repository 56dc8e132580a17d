//! The command-line forms the acceptance checks use, and their exit codes.

use crate::common::{banzhen, json, stderr, stdout, TempDb};

#[test]
fn triage_json_names_the_department_with_its_location() {
    let db = TempDb::new();
    let out = banzhen(
        &db.path,
        &["triage", "--json", "I have chest pain when climbing stairs"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let v = json(&out);
    assert_eq!(v["emergency"], false);
    assert_eq!(v["department"]["code"], "03.04");
    assert_eq!(v["department"]["name_zh"], "心血管内科");
    assert_eq!(v["department"]["name_en"], "Cardiology");
    for key in ["building", "floor", "room"] {
        assert!(!v["department"][key].is_null(), "{key} missing: {v}");
    }
    let c = v["confidence"].as_f64().expect("confidence is a number");
    assert!((0.0..=1.0).contains(&c));
    assert!(v["alternatives"].as_array().is_some_and(|a| a.len() <= 3));
    assert!(
        v["reasons"][0]
            .as_str()
            .is_some_and(|r| r.contains("chest pain")),
        "{v}"
    );
}

#[test]
fn triage_in_chinese_for_a_child() {
    let db = TempDb::new();
    let v = json(&banzhen(&db.path, &["triage", "--json", "孩子发烧咳嗽"]));
    assert_eq!(v["department"]["code"], "07");
    assert!(
        v["reasons"].as_array().is_some_and(|r| r
            .iter()
            .any(|s| s.as_str().is_some_and(|s| s.contains("孩子")))),
        "{v}"
    );
}

#[test]
fn triage_sends_red_flags_to_the_emergency_department() {
    let db = TempDb::new();
    for text in [
        "Severe chest pain spreading to my left arm",
        "他在抽搐，口吐白沫",
    ] {
        let v = json(&banzhen(&db.path, &["triage", "--json", text]));
        assert_eq!(v["emergency"], true, "{text}");
        assert_eq!(v["department"]["code"], "20", "{text}");
    }
}

#[test]
fn triage_refuses_what_is_not_a_complaint() {
    let db = TempDb::new();
    for text in ["what's the weather", "我想买咖啡", "zzzz"] {
        let v = json(&banzhen(&db.path, &["triage", "--json", text]));
        assert!(v["department"].is_null(), "{text}: {v}");
        assert_eq!(v["emergency"], false);
    }
}

#[test]
fn triage_reasons_follow_the_language_flag() {
    let db = TempDb::new();
    let v = json(&banzhen(
        &db.path,
        &["triage", "--lang", "zh", "--json", "I have a toothache"],
    ));
    assert!(
        v["reasons"][0]
            .as_str()
            .is_some_and(|r| r.starts_with("因为")),
        "{v}"
    );
}

#[test]
fn tickets_count_up_and_the_queue_moves() {
    let db = TempDb::new();
    let first = json(&banzhen(&db.path, &["ticket", "take", "03.04", "--json"]));
    let second = json(&banzhen(&db.path, &["ticket", "take", "03.04", "--json"]));
    assert_eq!(first["ticket"], "C001");
    assert_eq!(second["ticket"], "C002");
    assert_eq!(first["ahead"], 0);
    assert_eq!(second["ahead"], 1);
    assert!(second["estimated_wait_minutes"]
        .as_u64()
        .is_some_and(|m| m > 0));
    let status = json(&banzhen(&db.path, &["queue", "status", "03.04", "--json"]));
    assert_eq!(status["waiting"], 2);
    let called = banzhen(&db.path, &["queue", "call-next", "03.04"]);
    assert!(stdout(&called).contains("C001"));
    let status = json(&banzhen(&db.path, &["queue", "status", "03.04", "--json"]));
    assert_eq!(status["waiting"], 1);
    assert_eq!(status["now_serving"], "C001");
}

#[test]
fn directions_to_a_department_and_to_a_place() {
    let db = TempDb::new();
    let out = banzhen(&db.path, &["directions", "03.04", "--lang", "en"]);
    let text = stdout(&out);
    assert!(text.contains("lift to floor 3"), "{text}");
    assert!(text.contains("room 305"), "{text}");
    let v = json(&banzhen(&db.path, &["directions", "pharmacy", "--json"]));
    assert!(v["steps"].as_array().is_some_and(|s| !s.is_empty()));
    let zh = stdout(&banzhen(&db.path, &["directions", "lab", "--lang", "zh"]));
    assert!(zh.contains("到了"), "{zh}");
}

#[test]
fn departments_and_places_list_everything_a_patient_asks_for() {
    let db = TempDb::new();
    let deps = json(&banzhen(&db.path, &["departments", "--json"]));
    let codes: Vec<&str> = deps
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|d| d["code"].as_str())
        .collect();
    for code in ["02", "03.04", "07", "16", "20", "50"] {
        assert!(codes.contains(&code), "{code} missing");
    }
    let places = json(&banzhen(&db.path, &["places", "--json"]));
    let ids: Vec<&str> = places
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|p| p["id"].as_str())
        .collect();
    for id in [
        "pharmacy",
        "cashier",
        "lab",
        "imaging",
        "toilet",
        "lift",
        "info_desk",
        "insurance_desk",
        "emergency",
        "exit",
        "cafe",
    ] {
        assert!(ids.contains(&id), "{id} missing");
    }
}

#[test]
fn usage_errors_exit_2_and_failures_exit_1_without_a_backtrace() {
    let db = TempDb::new();
    let usage = banzhen(&db.path, &["ticket", "take"]);
    assert_eq!(usage.status.code(), Some(2));
    let unknown = banzhen(&db.path, &["frobnicate"]);
    assert_eq!(unknown.status.code(), Some(2));
    let failure = banzhen(&db.path, &["ticket", "take", "99"]);
    assert_eq!(failure.status.code(), Some(1));
    let err = stderr(&failure);
    assert!(err.contains("no department with code \"99\""), "{err}");
    let nowhere = banzhen(&db.path, &["directions", "moon"]);
    assert_eq!(nowhere.status.code(), Some(1));
    for o in [&usage, &failure, &nowhere] {
        assert!(!stderr(o).contains("panicked") && !stderr(o).contains("backtrace"));
    }
}

#[test]
fn a_corrupt_database_is_reported_and_left_alone() {
    let db = TempDb::new();
    let garbage = vec![0x5a_u8; 8192];
    std::fs::write(&db.path, &garbage).expect("write");
    let out = banzhen(&db.path, &["departments"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("not a Banzhen database or is damaged"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        std::fs::read(&db.path).expect("read"),
        garbage,
        "the damaged file is kept for recovery"
    );
}

#[test]
fn setup_from_a_broken_folder_says_where_and_changes_nothing() {
    let db = TempDb::new();
    assert!(banzhen(&db.path, &["setup"]).status.success());
    let data = db.dir.path().join("data");
    std::fs::create_dir(&data).expect("mkdir");
    for f in ["departments.csv", "places.csv", "map.toml", "triage.toml"] {
        std::fs::copy(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("data")
                .join(f),
            data.join(f),
        )
        .expect("copy");
    }
    let csv = std::fs::read_to_string(data.join("departments.csv")).expect("read");
    std::fs::write(
        data.join("departments.csv"),
        csv.replacen("03.04,C,", "03.04,C,,", 1),
    )
    .expect("write");
    let out = banzhen(
        &db.path,
        &["setup", "--data", data.to_str().expect("utf-8 path")],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("departments.csv line 6"),
        "{}",
        stderr(&out)
    );
    let v = json(&banzhen(&db.path, &["triage", "--json", "chest pain"]));
    assert_eq!(
        v["department"]["name_en"], "Cardiology",
        "the old data is still there"
    );
}

#[test]
fn without_a_display_the_screen_fails_with_a_sentence_not_a_panic() {
    let db = TempDb::new();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_banzhen"))
        .env("BANZHEN_DB", &db.path)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("could not start"), "{}", stderr(&out));
    assert!(!stderr(&out).contains("panicked"));
}

#[test]
fn screenshots_are_drawn_without_a_display() {
    let db = TempDb::new();
    let out_dir = db.dir.path().join("shots");
    let out = banzhen(
        &db.path,
        &["screenshots", "--out", out_dir.to_str().expect("utf-8")],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let home = std::fs::read(out_dir.join("home-zh-1080x1920.png")).expect("home screenshot");
    assert_eq!(&home[1..4], b"PNG");
    let count = std::fs::read_dir(&out_dir).expect("dir").count();
    assert!(count >= 80, "{count} files");
    // The fill check: no patient screen leaves more than 35 % of its height empty.
    let mut emptiest = (0.0, String::new());
    let mut too_empty = Vec::new();
    for entry in std::fs::read_dir(&out_dir).expect("dir") {
        let path = entry.expect("entry").path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        if name.starts_with("staff") {
            continue;
        }
        let decoder = png::Decoder::new(std::io::BufReader::new(
            std::fs::File::open(&path).expect("open png"),
        ));
        let mut reader = decoder.read_info().expect("png header");
        let mut buf = vec![0; reader.output_buffer_size().expect("size")];
        let info = reader.next_frame(&mut buf).expect("png frame");
        let share =
            banzhen::ui::render::empty_share(&buf[..info.buffer_size()], info.width, info.height);
        if share > emptiest.0 {
            emptiest = (share, name.clone());
        }
        if share > 0.35 {
            too_empty.push(format!("{name}: {:.0} % empty", share * 100.0));
        }
    }
    println!(
        "fill check: the emptiest patient screen is {} with {:.0} % of its height empty",
        emptiest.1,
        emptiest.0 * 100.0
    );
    assert!(too_empty.is_empty(), "{too_empty:#?}");
}

#[test]
fn staff_export_import_dry_run_and_undo_from_the_command_line() {
    let db = TempDb::new();
    let file = db.dir.path().join("departments.csv");
    let f = file.to_str().expect("utf-8");
    assert!(banzhen(&db.path, &["staff", "export", f]).status.success());
    let text = std::fs::read_to_string(&file).expect("exported");
    std::fs::write(&file, text.replace(",A,2,220,", ",A,3,305B,")).expect("edit");
    let dry = banzhen(&db.path, &["staff", "import", f, "--dry-run"]);
    assert!(
        stdout(&dry).contains("~ 10:") && stdout(&dry).contains("nothing was changed"),
        "{}",
        stdout(&dry)
    );
    let applied = banzhen(&db.path, &["staff", "import", f]);
    assert!(applied.status.success(), "{}", stderr(&applied));
    let room =
        json(&banzhen(&db.path, &["directions", "10", "--json"]))["location"]["room"].clone();
    assert_eq!(room, "305B");
    assert!(banzhen(&db.path, &["staff", "undo"]).status.success());
    let room =
        json(&banzhen(&db.path, &["directions", "10", "--json"]))["location"]["room"].clone();
    assert_eq!(room, "220");
    std::fs::write(&file, "code,prefix\n10,Y\n").expect("break");
    let broken = banzhen(&db.path, &["staff", "import", f]);
    assert_eq!(broken.status.code(), Some(1));
    assert!(
        stderr(&broken).contains("line 1: header row lacks column(s)"),
        "{}",
        stderr(&broken)
    );
}

#[test]
fn stats_refuse_a_backwards_period_and_an_unwritable_path() {
    let db = TempDb::new();
    let out = db.dir.path().join("nov.csv");
    let backwards = banzhen(
        &db.path,
        &[
            "stats",
            "export",
            "--from",
            "2026-11-30",
            "--to",
            "2026-11-01",
            "--out",
            out.to_str().expect("utf-8"),
        ],
    );
    assert_eq!(backwards.status.code(), Some(1));
    assert!(
        stderr(&backwards).contains("ends earlier"),
        "{}",
        stderr(&backwards)
    );
    assert!(!out.exists());
    let nowhere = banzhen(
        &db.path,
        &[
            "stats",
            "export",
            "--from",
            "2026-11-01",
            "--to",
            "2026-11-30",
            "--out",
            "/nonexistent/folder/nov.csv",
        ],
    );
    assert_eq!(nowhere.status.code(), Some(1));
    assert!(
        stderr(&nowhere).contains("cannot write /nonexistent/folder/nov.csv"),
        "{}",
        stderr(&nowhere)
    );
    let bad_date = banzhen(
        &db.path,
        &[
            "stats",
            "export",
            "--from",
            "November",
            "--to",
            "2026-11-30",
            "--out",
            "x.csv",
        ],
    );
    assert_eq!(bad_date.status.code(), Some(2));
}

#[test]
fn stats_export_and_report_write_their_files() {
    let db = TempDb::new();
    let csv = db.dir.path().join("nov.csv");
    let ok = banzhen(
        &db.path,
        &[
            "stats",
            "export",
            "--from",
            "2026-11-01",
            "--to",
            "2026-11-30",
            "--format",
            "csv",
            "--bom",
            "--out",
            csv.to_str().expect("utf-8"),
        ],
    );
    assert!(ok.status.success(), "{}", stderr(&ok));
    assert!(std::fs::read_to_string(&csv)
        .expect("csv")
        .starts_with("\u{feff}time,visit,event"));
    // Without dates: everything kept, and the command says which days.
    let all = db.dir.path().join("all.csv");
    let ok = banzhen(
        &db.path,
        &["stats", "export", "--out", all.to_str().expect("utf-8")],
    );
    assert!(ok.status.success(), "{}", stderr(&ok));
    let said = String::from_utf8_lossy(&ok.stdout).to_string();
    assert!(
        said.contains(" events from ") && said.contains(" to "),
        "{said}"
    );
    assert!(all.exists());
    let html = db.dir.path().join("report.html");
    let ok = banzhen(
        &db.path,
        &["stats", "report", "--out", html.to_str().expect("utf-8")],
    );
    assert!(ok.status.success(), "{}", stderr(&ok));
    assert!(std::fs::read_to_string(&html)
        .expect("html")
        .contains("<h1>"));
}

#[test]
fn set_pin_reads_standard_input_and_refuses_a_short_pin() {
    use std::io::Write;
    let db = TempDb::new();
    let run = |pin: &str| {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_banzhen"))
            .args(["staff", "set-pin"])
            .env("BANZHEN_DB", &db.path)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("runs");
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(pin.as_bytes())
            .expect("write");
        child.wait_with_output().expect("output")
    };
    assert!(run("482916\n").status.success());
    let short = run("12\n");
    assert_eq!(short.status.code(), Some(1));
    assert!(stderr(&short).contains("4 to 8 digits"));
    let log = stdout(&banzhen(&db.path, &["staff", "log"]));
    assert!(
        log.contains("set staff pin") && !log.contains("482916"),
        "{log}"
    );
}

#[test]
fn say_writes_a_wav_in_either_language_or_says_why_not() {
    let db = TempDb::new();
    for (text, lang) in [
        ("请到三楼心血管内科", "zh"),
        ("Please go to Cardiology on floor three", "en"),
    ] {
        let wav = db.dir.path().join(format!("{lang}.wav"));
        let out = banzhen(
            &db.path,
            &[
                "say",
                "--lang",
                lang,
                "--out",
                wav.to_str().expect("utf-8"),
                text,
            ],
        );
        if banzhen::speech::tts::available() {
            assert!(out.status.success(), "{}", stderr(&out));
            let bytes = std::fs::read(&wav).expect("wav written");
            assert_eq!(&bytes[0..4], b"RIFF");
            assert_eq!(&bytes[8..12], b"WAVE");
            assert!(bytes.len() > 20_000, "about a second of speech at least");
        } else {
            assert_eq!(out.status.code(), Some(1));
            assert!(
                stderr(&out).contains("espeak-ng is not installed"),
                "{}",
                stderr(&out)
            );
        }
    }
    let empty = banzhen(&db.path, &["say", "--out", "x.wav", " "]);
    assert_eq!(empty.status.code(), Some(1));
}
