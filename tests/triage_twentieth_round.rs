//! The twentieth round of sets for issue 12: what home devices show (a
//! blood pressure cuff, a watch's heart rate and sleep, a finger-tip
//! oximeter, a sugar meter, a pregnancy test, a home doppler) beside the
//! readings that need help now; complaints with no place ("浑身没劲",
//! "I don't feel right in myself") beside dangers told as vaguely (grey
//! and sweating, slow to answer with a fever, purple blotches). Then
//! several complaints told at once, each pointing to one clinic (dry eyes,
//! dry mouth and aching finger joints; thirst, passing water and weight
//! lost), and a medicine's side effects and allergies, beside a reaction
//! closing the throat, a week's tablets taken at once and skin coming away
//! after a new drug. Then a spouse, a partner or a colleague spoken for,
//! and "can it wait till tomorrow?" asked of both the trivial and the
//! urgent. Last, a diagnosis given elsewhere ("社区医院说我是胃炎…") beside
//! the emergency it hid, and where it hurts told by a landmark ("心窝",
//! "under my left ribs", "the small of my back") beside the dangers told
//! the same way; then pain told by when it comes ("一躺下就反酸", "only at
//! night") and lumps and bumps, beside a trapped hernia, a neck lump
//! closing the airway and a red lump with shaking chills. Each pair was written before either of its sets was scored and
//! before any rule for it (each wave only after the one before was held),
//! then held at the patient bars (see `triage_sets`). The first two waves
//! were scored by a build of an earlier engine (before "后来", "天大" and
//! "butted" were mended in the nineteenth round); none of their sentences
//! turns on those.
//!
//! Blind, over the twenty sets: **6 false alarms in 500 calm questions**
//! (1.2 %), emergencies **93 of 120** (78 %), departments **401 of 500**
//! (80 %). All are held now.

use crate::triage_sets::assert_patient_set;

/// Written 2026-12-03 at the start of a twentieth session. Scored blind:
/// **1 false alarm** (a snorer's watch that saw the oxygen dip to 88 at
/// night), emergencies 5 of 6 (a positive pregnancy test with one-sided
/// pain, bleeding and faintness: "验孕" was no pregnancy, for a test may
/// be negative), departments 21 of 25 (3 asked: deep sleep on a watch, a
/// faint second line, a child's forehead and armpit readings).
#[test]
fn our_ninety_third_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh93.jsonl");
}

/// The same ground in English. Scored blind: **1 false alarm** (the
/// snorer's oxygen at night), emergencies 6 of 6, departments 16 of 25 (a
/// pulse oximeter heard as a pulse; body fat on the scales as a body-image
/// worry; sugar on a urine dipstick to Urology; a home doppler's
/// heartbeat as a child's pulse; ovulation tests, a back sorer after a
/// massage chair and a stiffer neck had no words).
#[test]
fn our_eighty_third_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en83.jsonl");
}

/// Written with the pair above. Scored blind: **1 false alarm**
/// ("浑身酸痛，像被人打了一顿", heard as a thunderclap headache),
/// emergencies 4 of 6 (an old woman "叫她反应很慢" with a fever; purple
/// blotches with a fever), departments 17 of 25 (5 asked: "提不起精神",
/// "全身不得劲", "发飘", aches "这里疼那里疼", something crawling on the
/// skin; puffy eyelids in the morning to the eye clinic).
#[test]
fn our_ninety_fourth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh94.jsonl");
}

/// The same ground in English. Scored blind: **1 false alarm** ("like
/// I've been hit by a bus"), emergencies 4 of 6 ("one arm and leg
/// suddenly stopped working"; purple blotches with a fever), departments
/// 14 of 25 (7 asked; "feel run down" heard as low mood).
#[test]
fn our_eighty_fourth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en84.jsonl");
}

/// Written after the pair above was held. Scored blind: **no false
/// alarm**, emergencies 6 of 6, departments 22 of 25 (fingers white in
/// the cold with aching joints asked between the bone doctors and the
/// rheumatologists; "是不是过敏体质" lost to the itch; mouth, eye and
/// genital ulcers to the dentists, still so: the three are in separate
/// clauses).
#[test]
fn our_ninety_fifth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh95.jsonl");
}

/// The same ground in English. Scored blind: **2 false alarms** ("my legs
/// are a bit swollen" with breathlessness heard as one swollen leg, a
/// clot; "my gums bleed a lot" as heavy bleeding), emergencies 6 of 6,
/// departments 18 of 25.
#[test]
fn our_eighty_fifth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en85.jsonl");
}

/// Written with the pair above. Scored blind: **no false alarm**,
/// emergencies **3 of 6** (a treated diabetic "现在手抖，出冷汗", the two in
/// separate clauses; a week's blood pressure tablets "一次全吃了"; skin
/// peeling in sheets with a fever after carbamazepine), departments 23 of
/// 25 ("没别的不舒服" heard as feeling unwell; "小红疹" had no words).
#[test]
fn our_ninety_sixth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh96.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 4 of 6 ("a whole week's blood pressure tablets at once":
/// a clause ending in "once" was read as a single time long ago; skin
/// peeling off in sheets), departments 23 of 25 (leg muscles aching on a
/// statin to Orthopaedics, still so; a black tongue had no words).
#[test]
fn our_eighty_sixth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en86.jsonl");
}

/// Written after the pair above was held. Scored blind: **no false
/// alarm**, emergencies 6 of 6, departments 25 of 25.
#[test]
fn our_ninety_seventh_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh97.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 6 of 6, departments 24 of 25 (a wife low since the birth
/// sent with "the baby" to Paediatrics).
#[test]
fn our_eighty_seventh_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en87.jsonl");
}

/// Written with the pair above. Scored blind: **no false alarm**,
/// emergencies 5 of 6 (pain "肚子右下方" worse with a fever and vomiting:
/// only "右下腹" was the appendix's place), departments 23 of 25
/// ("需要挂急诊吗" taken as a request for the emergency department; a cat's
/// scratch and "要马上打针吗" to General Surgery, still so).
#[test]
fn our_ninety_eighth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh98.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 5 of 6 ("keeps fitting": stemmed, it was "keeps fit"),
/// departments 23 of 25 ("slept badly" had no words; the cat's scratch
/// and a jab to General Surgery, still so).
#[test]
fn our_eighty_eighth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en88.jsonl");
}

/// Written after the pair above was held. Scored blind: **no false
/// alarm**, emergencies 5 of 6 ("说是肠胃炎，但是拉的全是血，人站不住":
/// "拉的全是血" had no words), departments 23 of 25 (1 asked: "风湿" with
/// aching joints tied the rheumatologists with the bone doctors; "以前说是
/// 肾结石，现在腰又疼了" to Orthopaedics, still so: the stone is in a
/// clause about the past, and "又" does not yet bring it back).
#[test]
fn our_ninety_ninth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh99.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 4 of 6 ("I was told it's migraine but this one came on
/// suddenly, the worst ever": the migraine is in the clause about what
/// was said, and "the worst ever" had no words; "it's all blood now and I
/// can't stand up"), departments 22 of 25 (rheumatism with aching joints
/// asked; "hand, foot and mouth" split by its comma; "I was told it's
/// rhinitis but I keep getting headaches" to Neurology, still so).
#[test]
fn our_eighty_ninth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en89.jsonl");
}

/// Written with the pair above. Scored blind: **no false alarm**,
/// emergencies 4 of 6 (handlebars under the left ribs, then dizzy with a
/// racing heart: a blow to the belly was an emergency only with pallor,
/// vomiting or swelling; "后脑勺突然像炸开一样疼"), departments 18 of 25
/// (4 asked: "心窝…隐隐作痛" and "肋骨下面" had no words; the shoulder
/// blades and the base of the thumb as tiredness, from "难受" and "没劲";
/// the jaw joint to Orthopaedics). A lump behind the ear is still asked
/// (surgery or the skin clinic, by design).
#[test]
fn our_hundredth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh100.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies **2 of 6** (the handlebars; pain from the pit of the
/// stomach into the left arm with a cold sweat, the pit of the stomach
/// being no chest; pain boring through to the back with rolling around
/// and vomiting; a tearing pain behind the breastbone, the breastbone
/// being no chest either), departments 21 of 25 (the small of the back,
/// the temples, an ulcer on the tongue had no words; the base of the
/// thumb as tiredness).
#[test]
fn our_ninetieth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en90.jsonl");
}

/// Written after the pair above was held. Scored blind: **no false
/// alarm**, emergencies 6 of 6, departments 20 of 25 (4 asked: a sore
/// bottom after sitting, cramp at night, a dry mouth at night, bleeding
/// after sex; gout's toe after seafood to the allergy clinic). Cramp at
/// night is still asked (the bone doctors, the nerve doctors or the
/// surgeons, by design).
#[test]
fn our_hundred_and_first_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh101.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 5 of 6 ("one side of my face won't move and my hand on
/// that side is weak"), departments 19 of 25 (retching while brushing the
/// teeth to the dentists; a dry mouth at night to the sleep clinic;
/// "everything goes dark when I stand up" had no words in that order).
#[test]
fn our_ninety_first_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en91.jsonl");
}

/// Written with the pair above. Scored blind: **no false alarm**,
/// emergencies **3 of 6** (a lump in the neck growing until "喘气都困难";
/// a red, swollen lump by the bottom with a high fever and shaking chills;
/// a bulge at the navel gone hard and purple), departments 16 of 25 (7
/// asked: a lump is offered to the surgeons and the skin clinic unless
/// described, and soft, "能挤出白色的东西", above the collarbone, swelling at
/// meals, moving on swallowing were not yet descriptions).
#[test]
fn our_hundred_and_second_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh102.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 4 of 6 (the red, swollen lump with chills; the bulge at the
/// navel gone hard and purple), departments 13 of 25 (8 asked). Still
/// asked: a bump on the wrist and a lump on the scalp (a lump on a joint
/// or the scalp is offered to the surgeons and the skin clinic, by
/// design); a boy's lumps on both sides of his neck after a cold still go
/// to General Surgery.
#[test]
fn our_ninety_second_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en92.jsonl");
}
