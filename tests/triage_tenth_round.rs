//! The tenth round of sets for issue 12: emergencies and calm neighbours in
//! words nobody had written into the rules, each set written and scored
//! blind before any rule for it, then held at the patient bars (see
//! `triage_sets`): every emergency caught, no false alarm, at least 85 % of
//! departments given right, at most a third asked.

use crate::triage_sets::assert_patient_set;

/// Written 2026-12-02 at the start of a tenth session: twenty emergencies
/// (lips and fingertips "a bluish colour", a fever on chemotherapy, a gas
/// heater on all night, an erection of five hours, rainbow rings round
/// lights, blood "pumping out", "knifed", grapes and no air, pills at a
/// party, a baby of seven weeks at 38.2) and ten calm neighbours. Scored
/// blind: emergencies **8 of 20**, departments 6 of 10, no false alarm;
/// then read.
#[test]
fn our_twenty_seventh_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en27.jsonl");
}

/// The same in Chinese. Scored blind: emergencies **15 of 20** (化疗 with
/// 38.4, 勃起五个小时, 灯周围有彩色的圈, 扎了一刀, 酒吧里别人给的药 missed),
/// departments 9 of 10, no false alarm; then read.
#[test]
fn our_thirty_sixth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh36.jsonl");
}
