//! The fifth round of sets of patients' words for issue 12, each written
//! and scored blind before its misses were read, held at the patient bars
//! (see `triage_sets`): every emergency caught, no false alarm, at least
//! 85 % of departments given right, at most a third asked.

use crate::triage_sets::assert_patient_set;

/// Written 2026-12-01 in a fifth session, in the long form of the real
/// questions: twenty across the clinics a consultation site files them
/// under (presbyopia, tinnitus, a thyroid nodule, the prostate, rheumatoid
/// hands, a bony heel, haemorrhoids, a dog bite, stents before a tooth is
/// pulled…) and four emergencies. Scored blind: departments 19 of 20,
/// emergencies **2 of 4** (a tearing pain through chest and back; a
/// grandmother talking nonsense with a fever), no false alarm; then read.
#[test]
fn our_twentieth_chinese_questions_across_the_clinics_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh20.jsonl");
}

/// Written 2026-12-01 after the twentieth, in plain English: fourteen
/// emergencies the audit's vignettes do not cover (acute glaucoma, an
/// ectopic pregnancy, a torsion woken up with, a cold white leg, cauda
/// equina, carbon monoxide, pre-eclampsia, a hypo, coffee-ground vomit,
/// intussusception, epiglottitis, necrotising fasciitis, heat stroke, an
/// opioid overdose) and twelve everyday complaints. Scored blind:
/// emergencies **6 of 14**, departments 7 of 12, no false alarm; then read.
#[test]
fn our_eleventh_english_vignettes_of_rarer_emergencies_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en11.jsonl");
}

/// Written 2026-12-01 after the rules learned the eleventh English set: the
/// same rarer emergencies as Chinese patients tell them (a coal stove, a
/// grandfather in the fields all day, stool "像果酱一样", vomit "像咖啡渣一样")
/// and eleven everyday neighbours. Scored blind: emergencies 9 of 13,
/// departments 8 of 11, no false alarm; then read.
#[test]
fn our_twenty_first_chinese_questions_on_rarer_emergencies_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh21.jsonl");
}

/// Written 2026-12-01 after the twenty-first: emergencies told the
/// roundabout way (a heart attack as toothache to the jaw, a diabetic's
/// upper belly pain with sweat, a child's jelly stuck, asthma the inhaler
/// does not help, a rash and a tight throat minutes after an injection, a
/// knock on the head on warfarin, pills saved up, a failing heart that
/// cannot lie flat, an electric shock, a bone through the skin, an old
/// man dried out by diarrhoea) and nine calm neighbours. Scored blind:
/// emergencies **4 of 15**, departments 7 of 9, and one I had written as
/// calm, hot oil in an eye that will not open, went to the Emergency
/// Department; on reading I agree with the rules (a burn to the eye is
/// seen at once) and relabelled it. Then read.
#[test]
fn our_twenty_second_chinese_emergencies_told_the_roundabout_way_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh22.jsonl");
}

/// Written 2026-12-01 after the twenty-second Chinese set, in English:
/// emergencies told the roundabout way (a seventy-year-old's "indigestion"
/// with a grey clammy face, a cup dropped and words wrong, an old man "not
/// himself" with a fever, things given away, a staggered paracetamol
/// overdose, tightenings at 30 weeks, a shortened leg after a fall, an old
/// woman in a freezing house) and eight calm neighbours. Scored blind:
/// emergencies **4 of 12**, departments 6 of 8, no false alarm; then read.
/// "Grandad's hip aches…, he has arthritis" still asks between
/// Orthopaedics and Rheumatology, which is fair.
#[test]
fn our_twelfth_english_emergencies_told_the_roundabout_way_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en12.jsonl");
}

/// Written 2026-12-01 after the twelfth English set, as a probe for false
/// alarms from its new words: twenty calm complaints carrying them (halos
/// with a cataract, a 72-year-old's indigestion that antacids settle, a flu
/// jab's sore arm, a tight belly at 25 weeks that rest eases, a leg always
/// shorter, a son "not himself" after exams, a torn calf "tearing" when
/// walking, warfarin and its blood test). Scored blind: **one false
/// alarm** (the calf: a tearing pain now needs the chest, back or belly),
/// departments 13 of 20; then read.
#[test]
fn our_thirteenth_english_calm_complaints_with_the_new_words_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en13.jsonl");
}

/// Written 2026-12-01 after the thirteenth English probe, the same in
/// Chinese: twenty calm complaints carrying this session's new words (a
/// back "躺不平", a static shock "打一下", brown discharge, sleep talking, a
/// late period, warfarin and spinach, a lump where the injection went, a
/// fish bone swallowed down, slow yoga breathing, words mixed up for
/// months). Scored blind: **no false alarm**, departments 13 of 20; then
/// read.
#[test]
fn our_twenty_third_chinese_calm_complaints_with_the_new_words_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh23.jsonl");
}

/// Written 2026-12-01 after the twenty-third, in the few words a patient
/// says at a kiosk: fifteen common emergencies and nine everyday requests.
/// Scored blind: emergencies 12 of 15 ("喘不上来气", "喝农药了", a hand
/// caught in a machine), departments 8 of 9, no false alarm; then read.
#[test]
fn our_twenty_fourth_chinese_kiosk_words_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh24.jsonl");
}

/// The same in English, written with it. Scored blind: emergencies 13 of
/// 15 (a finger cut off with a saw; a fall down the stairs, a knock on the
/// head "and has been sick"), departments 7 of 9, no false alarm; then
/// read. "Severed" was tried for the first and dropped: stemmed, it is
/// "severe", and the mixed set's severe headache became an accident.
#[test]
fn our_fourteenth_english_kiosk_words_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en14.jsonl");
}

/// Written 2026-12-01 at the end of the round, as a last look at the
/// roundabout way: thirteen emergencies (a hypertensive father's "stomach"
/// with back pain and a bad colour, a fall two days ago and now hard to
/// rouse, passwords handed over, a day without the baby moving, wild
/// mushrooms and visions, several wasp stings and dizziness, a diabetic's
/// blackened toes with fever, angina tablets that do not help, handlebars
/// in the belly, lips blue after choking, a litre of spirits and no
/// response) and nine neighbours. Scored blind: emergencies **2 of 13**,
/// departments 9 of 9, no false alarm; then read.
#[test]
fn our_twenty_fifth_chinese_roundabout_emergencies_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh25.jsonl");
}

/// The same in English, written with it. Scored blind: emergencies **2 of
/// 12**, departments 5 of 6, no false alarm; then read.
#[test]
fn our_fifteenth_english_roundabout_emergencies_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en15.jsonl");
}
