//! The nineteenth round of sets for issue 12: long-standing illnesses
//! (high blood pressure, diabetes, hepatitis B, gout, COPD, a stent,
//! epilepsy, warfarin, cirrhosis) told with a new complaint, beside the
//! emergencies those illnesses bring (a low sugar, a knock on the head on
//! a blood thinner, angina the spray does not relieve, missed dialysis,
//! ketoacidosis, COPD too breathless to speak); and a family telling an
//! old parent's changes (forgetting, shuffling, days and nights turned
//! round, money "stolen", the dead seen in the room) beside a delirium, a
//! stroke, a broken hip, choking, a parent who cannot be woken and an
//! overdose. Both pairs were written before either was scored and before
//! any rule for them, then held at the patient bars (see `triage_sets`).

use crate::triage_sets::assert_patient_set;

/// Written 2026-12-03 at the start of a nineteenth session. Scored blind:
/// **no false alarm**, emergencies 6 of 6, departments 25 of 25.
#[test]
fn our_eighty_sixth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh86.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 5 of 6 ("the chest pain has lasted half an hour and my
/// spray isn't helping": the spray was named only as "GTN" or "nitro"),
/// departments 25 of 25.
#[test]
fn our_seventy_sixth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en76.jsonl");
}

/// Written with the pair above. Scored blind: **1 false alarm** as
/// labelled ("说活着没意思", a mother who keeps crying), emergencies 6 of
/// 6, departments 19 of 25 (3 asked: days and nights turned round, money
/// "stolen", a new temper; weight lost with the appetite to
/// Endocrinology, the dead seen in the room to Geriatrics). The false
/// alarm was my label's fault, not the rules': the rules already treat
/// "活着没意思" and "tired of living" as a wish to die, which a hospital
/// asks about at once, so that question is now labelled an emergency here
/// and in the English set.
#[test]
fn our_eighty_seventh_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh87.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 6 of 6, departments 17 of 25 (6 asked, among them "doesn't
/// see the point of living any more", which the rules did not yet hear as
/// a wish to die; a father who "strains a lot" on the toilet to
/// Orthopaedics).
#[test]
fn our_seventy_seventh_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en77.jsonl");
}
