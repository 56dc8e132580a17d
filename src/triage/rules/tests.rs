use super::*;

fn codes() -> HashSet<String> {
    ["03.04", "20"].iter().map(|s| s.to_string()).collect()
}

/// Asserts the loader refuses one term named "a" with these lines, first
/// saying `says`.
fn assert_refused(lines: &str, says: &str) {
    let errors = refusal(lines);
    assert!(errors[0].message.contains(says), "{errors:?}");
}

/// One term named "a" with these lines.
fn term_a(lines: &str) -> String {
    format!("[[term]]\nid = \"a\"\nlabel_zh = \"a\"\nlabel_en = \"a\"\n{lines}\n")
}

/// Why the loader refuses one term named "a" with these lines.
fn refusal(lines: &str) -> Vec<crate::hospital::load::DataError> {
    RuleSet::parse(&term_a(lines), &codes()).unwrap_err().0
}

#[test]
fn unknown_department_and_term_are_reported_on_their_lines() {
    let text = r#"
[[term]]
id = "chest_pain"
label_zh = "胸痛"
label_en = "chest pain"
departments = { "03.99" = 2 }
en = ["chest pain"]

[[red_flag]]
id = "x"
label_zh = "x"
label_en = "x"
all = ["chest_pain", "sweating"]
"#;
    let errors = RuleSet::parse(text, &codes()).unwrap_err().0;
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert_eq!(errors[0].line, Some(2));
    assert!(errors[0].message.contains("03.99"));
    assert_eq!(errors[1].line, Some(9));
    assert!(errors[1].message.contains("sweating"));
}

#[test]
fn a_phrasing_that_matches_anything_is_refused() {
    let text = "[[term]]\nid = \"a\"\nlabel_zh = \"a\"\nlabel_en = \"a\"\nen = [\"*\"]\n";
    assert!(RuleSet::parse(text, &codes()).is_err());
}

#[test]
fn a_phrasing_that_shrinks_to_one_filler_free_word_is_refused() {
    assert_refused("en = [\"pain in the\"]", "keeps only \"pain\"");
    assert_refused("en = [\"pain in the\"]", "write it in double quotes");
}

#[test]
fn a_phrasing_in_double_quotes_keeps_its_filler_words() {
    assert!(RuleSet::parse(&term_a("en = ['\"end it all\"']"), &codes()).is_ok());
    assert!(RuleSet::parse(
        &term_a("not_en = ['\"sick of\"']\nen = [\"sick\"]"),
        &codes()
    )
    .is_ok());
    assert_refused("en = ['\"it is all\"']", "has only filler words");
    assert_refused("en = ['\"* it sick\"']", "would match anything");
    assert_refused("zh = ['\"想死\"']", "always matched character by character");
}

#[test]
fn an_exception_that_shrinks_to_one_word_is_refused() {
    assert_refused(
        "en = [\"dentist\"]\nnot_en = [\"at the dentist\"]",
        "every \"dentist\" would stop counting",
    );
}

#[test]
fn a_malformed_group_of_choices_is_refused_with_its_line() {
    let lines = "zh = [\"(左边|右边*没劲\"]";
    assert_refused(lines, "is malformed: a '(' is not closed");
    assert_eq!(refusal(lines)[0].line, Some(1));
}

#[test]
fn each_phrasing_a_group_stands_for_is_checked() {
    // "a bit of blood" keeps only "blood" once filler words are dropped.
    assert_refused("en = [\"(a pile|a bit) of blood\"]", "keeps only \"blood\"");
    assert!(RuleSet::parse(&term_a("zh = [\"(左边|右边)*没劲\"]"), &codes()).is_ok());
}

#[test]
fn a_chinese_phrasing_with_digits_or_letters_is_refused() {
    // Digits end a Chinese run, so "84消毒" and "超过5分钟" could never match.
    assert_refused("zh = [\"84消毒\"]", "holds '8'");
    assert_refused(
        "zh = [\"抽搐\"]\nnot_zh = [\"超过(五|5)分钟\"]",
        "holds '5'",
    );
    assert!(RuleSet::parse(&term_a("zh = [\"超过(五|十)分钟\"]"), &codes()).is_ok());
}

#[test]
fn a_phrasing_a_group_already_stands_for_is_refused() {
    // A dead copy: "疼到后背" adds nothing beside "(疼|痛)到后背".
    assert_refused(
        "zh = [\"(疼|痛)到后背\", \"疼到后背\"]",
        "phrasing \"疼到后背\" stands for \"疼到后背\", which \"(疼|痛)到后背\" already does",
    );
    assert!(RuleSet::parse(&term_a("zh = [\"(疼|痛)到后背\", \"疼到肩膀\"]"), &codes()).is_ok());
}

#[test]
fn a_phrasing_listed_twice_is_refused() {
    assert_refused("zh = [\"心口疼\", \"心口疼\"]", "zh lists \"心口疼\" twice");
}

#[test]
fn readings_are_checked_for_their_term_bounds_and_measure() {
    let reading = |lines: &str| format!("{}[[reading]]\n{lines}\n", term_a("zh = [\"心慌\"]"));
    let refused = |lines: &str| RuleSet::parse(&reading(lines), &codes()).unwrap_err().0;
    let e = refused("measure = \"pulse\"\nfrom = 150\nterm = \"b\"");
    assert!(
        e[0].message.contains("names a term that is not defined"),
        "{e:?}"
    );
    assert_eq!(e[0].line, Some(6));
    let e = refused("measure = \"pulse\"\nfrom = 150\nbelow = 40\nterm = \"a\"");
    assert!(
        e[0].message
            .contains("`from` (150) must be below `below` (40)"),
        "{e:?}"
    );
    let e = refused("measure = \"pulse\"\nterm = \"a\"");
    assert!(
        e[0].message.contains("needs `from`, `below` or both"),
        "{e:?}"
    );
    let e = refused("measure = \"heartbeat\"\nfrom = 150\nterm = \"a\"");
    assert!(e[0].message.contains("heartbeat"), "{e:?}");
    let ok = RuleSet::parse(
        &reading("measure = \"pulse\"\nfrom = 150\nterm = \"a\""),
        &codes(),
    );
    assert!(ok.unwrap().readings[0].holds(150.0));
}

#[test]
fn a_term_without_words_is_refused_unless_a_reading_implies_it() {
    assert_refused("", "has no phrasings and no reading implies it");
    let implied = format!(
        "{}[[reading]]\nmeasure = \"oxygen\"\nbelow = 93\nterm = \"a\"\n",
        term_a("")
    );
    assert!(RuleSet::parse(&implied, &codes()).is_ok());
}

#[test]
fn a_modifier_refers_only_to_terms_that_exist() {
    let text = format!(
        "{}[[modifier]]\nterm = \"a\"\nlabel_zh = \"a\"\nlabel_en = \"a\"\nunless = [\"b\"]\n",
        term_a("zh = [\"心慌\"]")
    );
    let errors = RuleSet::parse(&text, &codes()).unwrap_err().0;
    assert!(
        errors[0].message.contains("refers to term \"b\""),
        "{errors:?}"
    );
}

#[test]
fn syntax_errors_carry_a_line() {
    let errors = RuleSet::parse("[[term]]\nid = \n", &codes()).unwrap_err().0;
    assert_eq!(errors[0].line, Some(2));
}

const OWN_JOB: &str =
    "[own_job]\nzh = [\"我是{}医生\", \"在{}上班\"]\nen = [\"\\\"i'm {}\\\"\"]\n\n";

#[test]
fn a_clinics_job_names_become_its_exceptions_in_every_frame() {
    let text = format!(
        "{OWN_JOB}{}",
        term_a("zh = [\"牙科\"]\nen = [\"dentist\"]\njob_zh = [\"牙科\", \"口腔科\"]\njob_en = [\"a dentist\"]")
    );
    let rules = RuleSet::parse(&text, &codes()).expect("valid");
    let a = rules.term("a").expect("term a");
    assert_eq!(a.not_zh, ["我是(牙科|口腔科)医生", "在(牙科|口腔科)上班"]);
    assert_eq!(a.not_en, ["\"i'm a dentist\""]);
}

#[test]
fn job_names_without_frames_or_a_frame_without_a_slot_are_refused() {
    assert_refused(
        "zh = [\"牙科\"]\njob_zh = [\"牙科\"]",
        "lists job_zh, but [own_job] has no frames",
    );
    let text = format!(
        "[own_job]\nzh = [\"我是医生\"]\n\n{}",
        term_a("zh = [\"牙科\"]")
    );
    let errors = RuleSet::parse(&text, &codes()).unwrap_err().0;
    assert!(
        errors[0].message.contains("must hold {} exactly once"),
        "{errors:?}"
    );
    assert_eq!(errors[0].line, Some(1), "{errors:?}");
}
