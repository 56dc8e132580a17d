//! The eighteenth round of sets for issue 12: idioms and figures of speech
//! that borrow a danger's words ("痒得我想死", "my feet are killing me")
//! beside the same words meant literally; grandparents telling a
//! grandchild's everyday illness; the chest and the heart told vaguely
//! ("心口疼", "心里发慌", "my heart's always in my mouth"). All six sets were
//! written before any of them was scored and before any rule for them,
//! then held at the patient bars (see `triage_sets`): every emergency
//! caught, no false alarm, at least 85 % of departments given right, at
//! most a third asked.

use crate::triage_sets::assert_patient_set;

/// Written 2026-12-03 at the start of an eighteenth session: twenty-five
/// everyday complaints told with a figure of speech ("忙得要死", "疼得钻心",
/// "狗血淋头", "痒得我想死", "像踩在刀尖上", "真想撞墙", "高得吓人") and six
/// emergencies in the same words meant literally (pesticide drunk and "不
/// 想活了", a crushing chest, a fall from upstairs, the worst headache of a
/// life, a face gone crooked, a knife wound pouring). Scored blind: **1
/// false alarm** ("痒得我想死", an itch, read as a wish to die),
/// emergencies 6 of 6, departments 20 of 25 (1 asked; a parent sleepless
/// over a child's exam to Paediatrics, a period's pain told in its own
/// clause to Gastroenterology, ants in the legs to Orthopaedics).
#[test]
fn our_seventy_eighth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh78.jsonl");
}

/// The same ground in English, written before either set was scored.
/// Scored blind: **no false alarm**, emergencies 5 of 6 ("bleeding like a
/// stuck pig from a cut on his leg and it won't stop"), departments 23 of
/// 25 (2 asked: "my feet are killing me", "I wake at three every
/// morning").
#[test]
fn our_sixty_eighth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en68.jsonl");
}

/// Written 2026-12-03 with the pair above: twenty-five everyday illnesses
/// of a grandchild told by a grandparent (a runny nose, grinding teeth, a
/// fussy eater, a jab's swollen arm, a baby not yet sitting, a stammer,
/// hand, foot and mouth, a wobbly tooth, a bump on the head, a boy who
/// cannot sit still in class) and six emergencies (a fit with the eyes
/// rolling, a peanut inhaled, grandma's blood pressure pills, a feverish
/// three-month-old gone floppy, a belly that may not be touched, a kettle
/// over an arm). Scored blind: **no false alarm**, emergencies 4 of 6 (the
/// floppy baby, "软软的"; the belly, "碰都不让碰"), departments 20 of 25 (4
/// asked: the fussy eater, the jab, the baby not sitting, the stammer;
/// hand, foot and mouth to the skin clinic).
#[test]
fn our_seventy_ninth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh79.jsonl");
}

/// The same ground in English, written before either set was scored.
/// Scored blind: **no false alarm**, emergencies 5 of 6 ("won't let me
/// touch his belly"), departments 18 of 25 (5 asked). One label was put
/// right after scoring: "his arm is swollen and red where he had his jab"
/// names no child, so general practice is accepted beside Paediatrics
/// (it was one of the seven misses).
#[test]
fn our_sixty_ninth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en69.jsonl");
}

/// Written 2026-12-03 with the pairs above: twenty-five complaints of the
/// chest and heart told vaguely ("心口疼" after meals, "心里扑通扑通跳",
/// "胸口有一块骨头按着疼", "心里发慌" when hungry, "七上八下", a breast or a rib
/// that hurts when pressed) and six emergencies (a stone on the chest with
/// a cold sweat, a racing heart and a faint, a tearing pain to the back, a
/// long train ride then breathlessness, a left arm gone numb, a chest hit
/// by a car). Scored blind: **2 false alarms** ("乳房一按就疼" and a rib
/// "一按就疼": tenderness anywhere was read as an acute belly),
/// emergencies 6 of 6, departments **13 of 25** (6 asked; "心口疼" after a
/// meal to Cardiology, an overactive thyroid and a hungry "发慌" to
/// Cardiology by "心慌").
#[test]
fn our_eightieth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh80.jsonl");
}

/// The same ground in English, written before either set was scored.
/// Scored blind: **no false alarm**, emergencies 6 of 6, departments 18 of
/// 25 (4 asked; "burning in my chest when I lie down" to General Surgery
/// as a burn, "my heart's always in my mouth" to Cardiology).
#[test]
fn our_seventieth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en70.jsonl");
}
