//! The twenty-fifth round of sets for issue 12: after a test or a procedure
//! (a scope, a biopsy, a drip, a filler) beside a perforation, a bleed
//! after a biopsy and a reaction to contrast; several people ill at once
//! (a family, a dorm, a nursery) beside charcoal fumes, wild mushrooms and
//! meningitis in a dorm. Then how long a complaint has lasted beside the
//! same complaint turned dangerous today, and pain told by where it spreads
//! beside a heart attack, a dissection, a pressed cauda equina and a stone
//! with a fever. Then complaints told by health workers in their own words
//! beside emergencies told in a clinician's terms, and periods and the
//! menopause beside an ectopic, toxic shock and a torsion. Last, pools, the
//! sea and hot springs beside a near-drowning, a dive onto the bottom and
//! the bends, and pregnancy stage by stage beside a miscarriage,
//! pre-eclampsia, a cord, stillness and a fit. Each wave of four sets was
//! written and committed before any of its sets was scored and before any
//! rule for it, after the waves before were held; then held at the patient
//! bars (see `triage_sets`).
//!
//! Blind, over the sixteen sets: **no false alarm in 400 calm questions**,
//! emergencies **79 of 96** (82 %), departments **353 of 400** (88 %), 24
//! asked. All are held now.

use crate::triage_sets::assert_patient_set;

/// Written 2026-12-04 at the start of a twenty-fifth session: after a test
/// or a procedure. Scored blind: **no false alarm**, emergencies 5 of 6
/// (home after a liver biopsy, the belly swelling, pale and in a cold
/// sweat: no flag joined a procedure to shock), departments 20 of 25 (a
/// bruise where blood was taken and a hand swollen where a drip ran asked;
/// a headache on sitting up after a lumbar puncture to the bone doctors by
/// "腰椎"; woozy after a sedated endoscopy to Neurology, asked now; a lump
/// after hyaluronic filler to the joint doctors).
#[test]
fn our_hundred_and_fifty_third_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh153.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 4 of 6 ("I keep passing blood and I'm too dizzy to stand"
/// after a colonoscopy, and the liver biopsy), departments 20 of 25 (the
/// bruise, the drip and scabs after laser asked; a lump "where I had filler
/// injected" to the family doctors as a vaccine reaction; blood in the
/// mucus after a nasal endoscopy to the gut doctors by "endoscopy").
#[test]
fn our_hundred_and_forty_third_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en143.jsonl");
}

/// Written with the pair above: several people ill at once. Scored blind:
/// **no false alarm**, emergencies 6 of 6, departments 24 of 25 (a couple
/// who "一直没怀上孩子" asked).
#[test]
fn our_hundred_and_fifty_fourth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh154.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 6 of 6, departments 23 of 25 ("Neither my wife nor I can
/// sleep well" and a couple who "haven't been able to conceive" asked: the
/// negation in both was read as denying the complaint).
#[test]
fn our_hundred_and_forty_fourth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en144.jsonl");
}

/// Written after the first wave was held: how long it has lasted. Scored
/// blind: **no false alarm**, emergencies 5 of 6 (three days of diarrhoea,
/// now unable to stand, little urine and "人迷糊": no flag joined
/// diarrhoea to muddle or to dryness), departments 22 of 25 (a foot lump
/// grown bigger after ten years asked between the surgeons and the skin
/// doctors, still so; a dry mouth for months however much is drunk and
/// "体重半年掉了十几斤" asked).
#[test]
fn our_hundred_and_fifty_fifth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh155.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 4 of 6 (the diarrhoea, and belly pain for a day "now it's
/// rigid" with a fever: "rigid" in its own clause was not the belly's),
/// departments 21 of 25 ("My back has been bad for years", the foot lump,
/// the dry mouth and "My stools have been loose for over a year" asked).
#[test]
fn our_hundred_and_forty_fifth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en145.jsonl");
}

/// Written with the pair above: pain told by where it spreads. Scored
/// blind: **no false alarm**, emergencies 5 of 6 (loin pain "往下窜到大腿
/// 根" with a high fever and chills: a stone's pain was not heard in where
/// it went), departments 21 of 25 (toothache reaching half the head to
/// Neurology; pain under the right shoulder blade after fatty food to the
/// bone doctors; both sides of the nose into the upper teeth to the
/// dentist; loin pain into the groin with pink urine to the bone doctors).
#[test]
fn our_hundred_and_fifty_sixth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh156.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 4 of 6 (a headache that "exploded at the back of my head"
/// with a stiff neck; pain "from my side down into my groin" with fever,
/// chills and drowsiness), departments 23 of 25 (lower tummy pain "worse
/// before my period" to the gut doctors; pain either side of the nose to
/// the dentist).
#[test]
fn our_hundred_and_forty_sixth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en146.jsonl");
}

/// Written after the second wave was held: told by a health worker. Scored
/// blind: **no false alarm**, emergencies 6 of 6, departments 21 of 25 (a
/// needlestick from a hepatitis B patient to the surgeons as a cut; "我是
/// 牙医" with a sore neck to the dentist as a clinic asked for; a
/// radiographer's blood count and "隐血两个加号" asked).
#[test]
fn our_hundred_and_fifty_seventh_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh157.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 6 of 6, departments 21 of 25 ("I'm a dentist", "I'm a
/// surgeon" and "I'm a physio" each read as the clinic asked for; the
/// radiographer's blood count asked).
#[test]
fn our_hundred_and_forty_seventh_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en147.jsonl");
}

/// Written with the pair above: periods and the menopause. Scored blind:
/// **no false alarm**, emergencies 4 of 6 (a period two weeks late with
/// sudden one-sided severe pain, a heavy bottom and a white face: the
/// ectopic flags wanted fainting or dizziness; a tampon, a high fever, a
/// rash and "人迷迷糊糊"), departments 22 of 25 (hot flushes with poor
/// sleep to the psychiatrists; bleeding between periods with a one-sided
/// ache to the gut doctors; bleeding a year after the periods stopped
/// asked).
#[test]
fn our_hundred_and_fifty_eighth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh158.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 4 of 6 (the ectopic; sudden one-sided pain in a period with
/// vomiting, "doubled up"), departments 25 of 25.
#[test]
fn our_hundred_and_forty_eighth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en148.jsonl");
}

/// Written after the third wave was held: pools, the sea and hot springs.
/// Scored blind: **no false alarm**, emergencies 6 of 6, departments 23 of
/// 25 (a calf cramp while swimming asked, still so; a scald from bath
/// water "腿上烫红了一片" to the bone doctors by the leg).
#[test]
fn our_hundred_and_fifty_ninth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh159.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 5 of 6 ("I dived in and hit my head on the bottom": the
/// dive and the blow were in two clauses), departments 22 of 25 (a sea
/// urchin's spine in the foot to the bone doctors; the calf cramp, still
/// asked; bath water too hot asked).
#[test]
fn our_hundred_and_forty_ninth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en149.jsonl");
}

/// Written with the pair above: pregnancy stage by stage. Scored blind:
/// **no false alarm**, emergencies 6 of 6, departments 23 of 25 (seven
/// months pregnant and sleeping badly to the psychiatrists, and wrist pain
/// with numb fingers in pregnancy to Neurology; both still so).
#[test]
fn our_hundred_and_sixtieth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh160.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 3 of 6 ("I'm thirty-four weeks" with a terrible headache
/// and blurred vision, "I'm thirty-two weeks" with no movement since
/// yesterday and "I'm thirty weeks" after a fall on the bump: weeks told
/// without "pregnant" were not a pregnancy), departments 22 of 25 (the
/// same weeks with weeing at night and a scan asked; "I'm seven months and
/// can't sleep" to the psychiatrists).
#[test]
fn our_hundred_and_fiftieth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en150.jsonl");
}
