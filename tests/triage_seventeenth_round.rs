//! The seventeenth round of sets for issue 12: the eyes, ears, nose and
//! mouth told in an old person's plain words; accidents about the house;
//! the mind told indirectly (by what one does or cannot do, not by a
//! diagnosis); work and trades; weather and seasons, each ground beside
//! its dangers. The first six sets were written before any of them was
//! scored, the last four before either of them was; each before any rule
//! for it, then held
//! at the patient bars (see `triage_sets`): every emergency caught, no
//! false alarm, at least 85 % of departments given right, at most a third
//! asked.

use crate::triage_sets::assert_patient_set;

/// Written 2026-12-03 at the start of a seventeenth session: twenty-five
/// complaints of the eyes, ears, nose and mouth in plain words (holding
/// the paper further away, straight lines gone wavy, the television too
/// loud, no sense of smell, dentures rubbing, a tongue ulcer that will not
/// heal) and six emergencies (a curtain over one eye, toilet cleaner in
/// the eye, a painful eye with halos and vomiting, a nosebleed pinched for
/// half an hour, a throat too swollen to swallow spit, sudden deafness with
/// spinning and a numb face). Scored blind: **1 false alarm** ("老伴说我睡
/// 着睡着就不喘气了", a snorer's pauses, read as not breathing), emergencies
/// 5 of 6 (the nosebleed), departments 20 of 25 (4 asked: the newspaper,
/// the wavy lines, the television, the lost smell).
#[test]
fn our_seventy_third_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh73.jsonl");
}

/// The same ground in English, written before either set was scored.
/// Scored blind: **no false alarm**, emergencies 5 of 6 (sudden deafness
/// with "one side of my face is numb"), departments 21 of 25 (4 asked: the
/// newspaper, the wavy lines, headlights that dazzle, the television).
#[test]
fn our_sixty_third_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en63.jsonl");
}

/// Written 2026-12-03 with the pair above: twenty-five small accidents
/// about the house (a nicked finger, a kettle's splash, a fall in the
/// bath, a thorn, glass in the palm, a hammer on the thumb, a child's bump
/// on the head, a nail underfoot and its tetanus jab, a toenail cut too
/// short) and six emergencies (a fall from a ladder and cannot be woken, a
/// chip-pan fire with large blisters, a fingertip cut off, a button
/// battery swallowed, bleach mixed with another cleaner and breath short,
/// a shock from a drilled cable with chest pain). Scored blind: **1 false
/// alarm** ("伤口有点深，要不要缝针": "a bit deep" read as a deep wound),
/// emergencies 6 of 6, departments 14 of 25 (6 asked; a kettle's splash on
/// the wrist to Orthopaedics, a thorn's red finger to Rheumatology, "起夜"
/// on the way to a bruise to Urology, a toenail's pus to Orthopaedics).
#[test]
fn our_seventy_fourth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh74.jsonl");
}

/// The same ground in English, written before either set was scored.
/// Scored blind: **1 false alarm** ("fell off a chair cleaning the
/// windows": "fell out of a window" had shrunk to "fell window"),
/// emergencies 4 of 6 (the fingertip "cut off", the drill's "got a
/// shock"), departments 15 of 25 (5 asked; glass in the palm to the eye
/// clinic by "glass", a rose thorn's "puffy" to Nephrology).
#[test]
fn our_sixty_fourth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en64.jsonl");
}

/// Written 2026-12-03 with the pairs above: twenty-five troubles of the
/// mind told by what they do (a mind that will not stop at night, going
/// back to check the gas, a widow's empty days, a teenager shut in her
/// room, a temper, a lift that brings panic, a crash seen again with
/// closed eyes, drinking more, a phone that cannot be put down, the
/// certainty of a serious illness) and six emergencies (sleeping pills
/// saved up, a farewell letter written, a son who believes he is hunted
/// standing at the door with a knife, a woman on a roof who does not want
/// to live, "everyone would be better off without me, tonight", a husband
/// who has cut his wrists). Scored blind: **no false alarm**, emergencies 3
/// of 6 (the son with the knife, "没有我会更好", "割了手腕"), departments
/// **9 of 25** (9 asked; "一闭眼" to the eye clinic, a lift's panic to
/// Cardiology, crowds to Respiratory, "瘦了" to Endocrinology).
#[test]
fn our_seventy_fifth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh75.jsonl");
}

/// The same ground in English, written before either set was scored.
/// Scored blind: **2 false alarms** ("in crowds I feel I can't breathe",
/// panic; "I keep seeing the car crash whenever I close my eyes", a
/// memory), emergencies 3 of 6 ("tired of living" with the letters
/// written, the son with the knife, "doesn't want to live" on a roof),
/// departments **8 of 25** (11 asked; "half a stone" lost to Urology,
/// "since the baby" to Paediatrics).
#[test]
fn our_sixty_fifth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en65.jsonl");
}

/// Written 2026-12-03 after the three pairs above were held: twenty-five
/// complaints that come with a trade (a desk's stiff neck, a teacher's
/// voice, a hairdresser's rash, a welder's sore eyes, a miner's cough, a
/// shop assistant's veins, brucellosis on a livestock farm) and six
/// emergencies (a fall from scaffolding with a bent leg, a hand pulled into
/// a machine, a collapse while spraying pesticide, a worker down in a
/// sewage tank, heat stroke at a furnace, a metal fragment into the eye
/// while grinding). Scored blind: **no false alarm**, emergencies 5 of 6
/// (the fragment), departments 23 of 25 (veins "青筋" to Nephrology by the
/// swollen legs, brucellosis to Orthopaedics by the joints).
#[test]
fn our_seventy_sixth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh76.jsonl");
}

/// The same ground in English, written before either set was scored.
/// Scored blind: **no false alarm**, emergencies 4 of 6 (the machine, the
/// fragment), departments 20 of 25 (2 asked: a back "tweaked", a wee held
/// for hours; "can't hear well" read as unwell, "my stomach burns" as a
/// burn, the goat farm's fevers to Orthopaedics).
#[test]
fn our_sixty_sixth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en66.jsonl");
}

/// Written 2026-12-03 with the pair above: twenty-five complaints the
/// weather or the season brings (knees in the cold, sunburn, chilblains,
/// prickly heat, a neck stiff after the air conditioning, blood pressure
/// up in winter, a winter low, dizziness after the sun that water and rest
/// put right) and six emergencies (heat stroke, frostbitten toes black and
/// numb, a coal stove and a family with headaches and vomiting, a fall
/// through the ice with slurred speech, a lightning strike, a typhoon's
/// sign on the head with heavy bleeding). Scored blind: **no false alarm**,
/// emergencies 3 of 6 (the toes, the lightning, the typhoon: "流了好多血"
/// was not heavy bleeding), departments 21 of 25 (2 asked; sunburn to
/// General Practice by the day in the sun). The dizziness after the sun
/// still goes to Neurology.
#[test]
fn our_seventy_seventh_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh77.jsonl");
}

/// The same ground in English, written before either set was scored.
/// Scored blind: **no false alarm**, emergencies **2 of 6** (the toes,
/// the coal stove, the ice, the lightning), departments 20 of 25 (2 asked;
/// "prickly heat" to General Practice because "out in the heat" matched
/// "come out in prickly heat", chapped lips "in this wind" to
/// Gastroenterology). The dizziness after the sun still goes to Neurology.
#[test]
fn our_sixty_seventh_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en67.jsonl");
}
