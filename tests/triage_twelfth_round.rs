//! The twelfth round of sets for issue 12: emergencies told calmly or in
//! ground no earlier set walked (an overdose "she feels fine", a shock from
//! a live wire, a frail mother who has drunk nothing for days, ketones on a
//! diabetic's breath, a drinker who stopped and now sees things, a kidney
//! stone with a fever, a tooth socket bleeding for hours), each beside an
//! everyday complaint in the same words. Each set was written and scored
//! blind before any rule for it, then held at the patient bars (see
//! `triage_sets`): every emergency caught, no false alarm, at least 85 %
//! of departments given right, at most a third asked.

use crate::triage_sets::assert_patient_set;

/// Written 2026-12-02 at the start of a twelfth session: fifteen
/// emergencies and ten calm look-alikes. Scored blind: emergencies **10 of
/// 15** (a mother with dementia who has drunk nothing for three days and
/// only sleeps, pear-drop breath in a type 1 diabetic who is vomiting,
/// festival pills with a burning body and a clenched jaw, a snake that
/// "bit" an ankle, a shock from a live wire "and he is ok"), departments
/// 10 of 10, no false alarm; then read.
#[test]
fn our_thirty_eighth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en38.jsonl");
}

/// The same in Chinese. Scored blind: emergencies **12 of 15** ("把一整盒
/// 扑热息痛都吃了，说自己没事", "三天没吃没喝了，一直昏昏沉沉的",
/// "烂苹果味"), departments 10 of 10, no false alarm; then read.
#[test]
fn our_forty_seventh_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh47.jsonl");
}

/// Written after the pair above was scored, before any rule for it.
/// Scored blind: emergencies **12 of 15** (a tooth socket bleeding for
/// four hours, seeing things the day after stopping weeks of drinking, a
/// kidney stone with fever and shivering), departments 8 of 10 ("help
/// cutting down" on wine went to surgery as a cut; a check-up scan after
/// chemotherapy to general medicine), no false alarm; then read.
#[test]
fn our_thirty_ninth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en39.jsonl");
}

/// The same in Chinese. Scored blind: emergencies **10 of 15** (a pregnant
/// daughter's one-sided pain with "肩膀也痛" went to Paediatrics, "肚子撞到
/// 车把上了", "拔了牙" unread, withdrawal, the stone with a fever),
/// departments 8 of 10 (2 asked), no false alarm; then read.
#[test]
fn our_forty_eighth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh48.jsonl");
}

/// Written after the second pair was scored, before any rule for it: dangers
/// that hang on a treatment or a circumstance (dialysis missed, a fistula
/// bleeding, a dive into shallow water, an emergency pill, a fish bone, a
/// fall on clopidogrel). Scored blind: emergencies **9 of 15**, departments
/// 10 of 10, no false alarm; then read.
#[test]
fn our_fortieth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en40.jsonl");
}

/// The same in Chinese. Scored blind: emergencies **6 of 15** (also "腿又红
/// 又热又肿，红的地方扩散得很快" and "在流血，止不住" told over two clauses),
/// departments 9 of 10 ("一到冬天脚就冰凉" asked), no false alarm; then
/// read.
#[test]
fn our_forty_ninth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh49.jsonl");
}

/// Written after the third pair was scored, before any rule for it: twenty
/// calm questions in a consultation site's manner that use the words of
/// this round's new red flags (dialysis, a stone broken up, a week of
/// drinking, a fish bone, an emergency pill, cold feet), beside ten
/// emergencies in the same words. Scored blind: **no false alarm**,
/// emergencies 7 of 10 (a shock from a faulty machine and a strange chest,
/// clots blocking the urine after lithotripsy, a grandmother who has
/// hardly drunk for three days and barely answers), departments 16 of 20;
/// then read.
#[test]
fn our_forty_first_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en41.jsonl");
}

/// The same in Chinese. Scored blind: **no false alarm**, emergencies 7 of
/// 10 (also "夜店喝了别人给的饮料，现在站不稳"), departments 15 of 20 (4
/// asked: "卡了根小刺", "手脚一年四季都冰凉", "脖子有点酸", "手有点抖");
/// then read.
#[test]
fn our_fiftieth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh50.jsonl");
}
