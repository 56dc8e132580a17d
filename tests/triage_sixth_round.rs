//! The sixth round of sets of patients' words for issue 12, written and
//! scored blind before any rule for them, held at the patient bars (see
//! `triage_sets`): every emergency caught, no false alarm, at least 85 % of
//! departments given right, at most a third asked.

use crate::triage_sets::assert_patient_set;

/// Written 2026-12-01 in a sixth session: what families read off a home
/// monitor and say at the kiosk (a blood pressure of 200/120 with a
/// headache, a finger oximeter's 86, a sugar of 2.4 in a man on insulin, a
/// pulse of 35 on the blood-pressure meter, 41度2 in a child, 34度5 in an
/// old man, 75/45 after two days of diarrhoea, 160/110 at 34 weeks) and
/// twelve calm readings beside them (150/95 at a check-up, 36度8 with a
/// cough, a runner's 55, a pulse counted over ten seconds). Scored blind:
/// emergencies **0 of 14**, departments 8 of 12, no false alarm; then read.
/// One label was widened on reading: a fever with a sore throat was labelled
/// Fever Clinic only, where our earlier sets accept ENT and Respiratory too
/// ("我嗓子疼有点发烧"); the rules answer ENT, as they do in words.
#[test]
fn our_twenty_sixth_chinese_questions_with_measured_values_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh26.jsonl");
}

/// Written 2026-12-01 beside the twenty-sixth, in English: twelve
/// emergencies read off a monitor (210/125 with a pounding headache, sats
/// dropping to 89 after covid, a sugar of 35 with vomiting and deep
/// breathing, a heart rate of 170 for an hour, 106 °F) and ten calm
/// readings. Scored blind: emergencies **0 of 12**, departments 10 of 10,
/// no false alarm; then read.
#[test]
fn our_sixteenth_english_vignettes_with_measured_values_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en16.jsonl");
}

/// Written 2026-12-01 after the rules learned the two sets above, as a probe
/// for false alarms: twenty calm readings (a runner's 170, a glucose
/// tolerance test, oxygen 90 on a mountain, a toddler's 39度8 coming down, a
/// diabetic's 4.2 at bedtime, a pulse after a drink). Scored blind: **2
/// false alarms** (the runner's pulse, oxygen on the mountain), departments
/// 15 of 20; then read.
#[test]
fn our_twenty_seventh_chinese_questions_with_calm_readings_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh27.jsonl");
}

/// The same probe in English: fifteen calm readings (a pulse of 175 while
/// running, a crying baby's 150, 91 on a plane, a hypo last week, a
/// pressure taken at the dentist). Scored blind: **2 false alarms** (the
/// running pulse, the plane), departments 10 of 15; then read.
#[test]
fn our_seventeenth_english_vignettes_with_calm_readings_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en17.jsonl");
}

/// Written 2026-12-01 in the same session, a seventh look at emergencies
/// told the roundabout way (choking at dinner and pointing at the throat,
/// half the sight gone, a closed garage and a listless dog, no urine for
/// two days, clots vomited after drinking, a cut wrist that will not stop,
/// a blow to the belly then pale, breathless a week after a birth, a pain
/// "像刀割" through to the back) and eight calm neighbours. Scored blind:
/// emergencies **9 of 13**, departments 7 of 8, no false alarm; then read.
#[test]
fn our_twenty_eighth_chinese_emergencies_told_the_roundabout_way_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh28.jsonl");
}

/// The same in English. Scored blind: emergencies **4 of 12**, departments
/// 5 of 8, and **2 false alarms** (water choked on and coughed up; painless
/// tightenings at 30 weeks); then read. A birth or an operation told with
/// its date ("a week ago") was history, so its swollen leg was no alarm:
/// red flags may now name context that lies in the recent past (`given`).
#[test]
fn our_eighteenth_english_emergencies_told_the_roundabout_way_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en18.jsonl");
}

/// Written 2026-12-01 after the twenty-eighth and eighteenth, as a probe
/// for false alarms from their new words: fifteen calm complaints (clots
/// in a period, a toddler's day without a wee in the heat, a scar months
/// after an operation, hair loss after a birth, a damp garage). Scored
/// blind: **1 false alarm** (the toddler's day without a wee), departments
/// 11 of 15; then read.
#[test]
fn our_twenty_ninth_chinese_calm_questions_with_the_new_words_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh29.jsonl");
}

/// The same probe in English, twelve calm complaints. Scored blind: **1
/// false alarm** (a face still a little swollen a week after a tooth was
/// pulled, which the anaphylaxis rule took as an allergic face),
/// departments 9 of 12; then read.
#[test]
fn our_nineteenth_english_calm_questions_with_the_new_words_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en19.jsonl");
}
