//! The thirteenth round of sets for issue 12: questions in an online
//! consultation's manner (a history, the tablets already tried, a report's
//! figures, then the question), with emergencies buried in the same long
//! telling. Each set was written and scored blind before any rule for it,
//! then held at the patient bars (see `triage_sets`): every emergency
//! caught, no false alarm, at least 85 % of departments given right, at
//! most a third asked.

use crate::triage_sets::assert_patient_set;

/// Written 2026-12-02 at the start of a thirteenth session: thirty long
/// consultation questions and six emergencies told the same way. Scored
/// blind: **no false alarm**, emergencies 5 of 6 (chest tightness on the
/// stairs "胸口就发紧", then twenty minutes of pain at rest with sweating
/// and "速效救心丸不太管用"), departments 27 of 30 (thirst and a fasting
/// sugar of 8.9 went to Urology for "起夜"; a girl's period pain told over
/// two clauses to Gastroenterology; "颈椎不好" with a numb arm to
/// Neurology); then read.
#[test]
fn our_fifty_first_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh51.jsonl");
}

/// The same manner in English, written after the set above was read and
/// scored before any rule for it. Scored blind: **no false alarm**,
/// emergencies 6 of 6, departments 21 of 25 (a couple trying for a baby
/// got nothing, as "my husband and I" made the patient a man; "the surgeon
/// says I need more physio" was read as asking for a surgeon; a lump at
/// the base of the spine leaking pus went to Orthopaedics; a teenage girl
/// who barely eats and says she is fat went to Paediatrics, where a child's
/// worries go, and still does); then read.
#[test]
fn our_forty_second_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en42.jsonl");
}

/// Written after the pair above was read: questions about a report, a
/// figure or a medicine ("尿酸520", "TI-RADS 4a类", "PSA是8.5", "吃了一个月
/// 的舍曲林"), and emergencies that hang on a treatment (a bleed on
/// warfarin, fever after chemotherapy). Scored blind: **no false alarm**,
/// emergencies 4 of 5 (red urine "像洗肉水一样" on warfarin "好几年了",
/// dizzy and pale), departments 20 of 25 (3 asked: "幽门螺杆菌" and a
/// swollen vaccination site unread, "关节不疼" read as joint pain); then
/// read.
#[test]
fn our_fifty_second_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh52.jsonl");
}

/// The same in English, written after the set above was read and scored
/// before any rule for it. Scored blind: **one false alarm** (a toddler's
/// "faint rash" after a jab read as a faint), emergencies 4 of 5 (vomiting,
/// a bad shake and confusion on lithium), departments 18 of 25 (4 asked:
/// vitamin D, a PSA, a sleep study, a growth chart; iron deficiency with
/// heavy periods to Respiratory for "breathless on the stairs"; raised liver
/// tests to the eye clinic for "two glasses of wine"); then read.
#[test]
fn our_forty_third_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en43.jsonl");
}

/// Written after the set above was read: false friends, words that look
/// like a danger and mean something else ("游戏中毒", "晕车", "晕血", "痒得
/// 要命", a lip swollen after a knock, a fish bone that went down), beside
/// five emergencies. Scored blind: **two false alarms** ("游戏中毒" read as
/// poisoning, a knocked lip as anaphylaxis), emergencies 4 of 5 (woken
/// breathless, sitting up to recover, legs swelling), departments 15 of 24
/// (4 asked); then read.
#[test]
fn our_fifty_third_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh53.jsonl");
}

/// The same false friends in English, written after the set above was
/// read. Scored blind: **one false alarm** ("I always pass out at the sight
/// of blood"), emergencies 4 of 5 ("just lost the words mid-sentence" with
/// a hand that cannot hold a cup), departments 14 of 20 (3 asked: the room
/// going black on standing, a head that buzzes like bees, a finger
/// slammed in a car door; a dry retch when brushing went to the dentist,
/// and still does); then read.
#[test]
fn our_forty_fourth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en44.jsonl");
}
