//! Compiles the Slint UI, and turns the UI's fixed sentences into a Rust
//! table (`spoken_table.rs`) so the voice reads exactly what the screen shows
//! without parsing UI files at run time.

use std::fmt::Write;

fn unquote(s: &str) -> String {
    s.replace("\\\"", "\"").replace("\\\\", "\\")
}

/// key → English, from `if key == "k" { return @tr("…"); }` lines.
fn english(strings: &str) -> Vec<(String, String)> {
    strings
        .lines()
        .filter_map(|l| {
            let key = l.split_once("key == \"")?.1.split_once('"')?.0;
            let text = l.split_once("@tr(\"")?.1.rsplit_once("\")")?.0;
            Some((key.to_string(), unquote(text)))
        })
        .collect()
}

/// English → Chinese, from the gettext catalog.
fn chinese(po: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut id: Option<String> = None;
    for line in po.lines() {
        if let Some(rest) = line.strip_prefix("msgid \"") {
            id = rest.strip_suffix('"').map(unquote);
        } else if let (Some(rest), Some(msgid)) = (line.strip_prefix("msgstr \""), id.take()) {
            if let Some(s) = rest.strip_suffix('"') {
                out.push((msgid, unquote(s)));
            }
        }
    }
    out
}

fn spoken_table() {
    let strings_path = "ui/strings.slint";
    let po_path = "ui/translations/zh_CN/LC_MESSAGES/banzhen.po";
    println!("cargo:rerun-if-changed={strings_path}");
    println!("cargo:rerun-if-changed={po_path}");
    let read = |p: &str| std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{p}: {e}"));
    let en = english(&read(strings_path));
    let zh = chinese(&read(po_path));
    let mut table = String::from("/// (key, English, Chinese) for every fixed sentence, sorted by key.\npub static SENTENCES: &[(&str, &str, &str)] = &[\n");
    let mut rows: Vec<(String, String, String)> = Vec::new();
    let mut missing = Vec::new();
    for (key, english) in en {
        match zh.iter().find(|(id, _)| *id == english) {
            Some((_, chinese)) if !chinese.is_empty() => rows.push((key, english, chinese.clone())),
            _ => missing.push(format!("{key}: {english:?}")),
        }
    }
    // A sentence on screen without its Chinese would be shown and read in English.
    assert!(
        missing.is_empty(),
        "sentences in {strings_path} without a Chinese translation in {po_path}:\n{}",
        missing.join("\n")
    );
    rows.sort();
    for (key, english, chinese) in rows {
        let _ = writeln!(table, "    ({key:?}, {english:?}, {chinese:?}),");
    }
    table.push_str("];\n");
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("spoken_table.rs"), table).expect("write spoken_table.rs");
}

fn main() {
    spoken_table();
    // Debug info lets the UI tests find elements by their accessible labels.
    let config = slint_build::CompilerConfiguration::new()
        .with_debug_info(true)
        .with_bundled_translations("ui/translations")
        .with_default_translation_context(slint_build::DefaultTranslationContext::None);
    slint_build::compile_with_config("ui/app.slint", config).expect("the Slint UI compiles");
}
