//! The sixteenth round of sets for issue 12: medicines taken for a long
//! illness and what they do, caring at home for someone in bed, new
//! mothers, and how to take a medicine, each ground beside its dangers.
//! Each set was written and scored blind before any rule for it, then held
//! at the patient bars (see `triage_sets`): every emergency caught, no
//! false alarm, at least 85 % of departments given right, at most a third
//! asked.

use crate::triage_sets::assert_patient_set;

/// Written 2026-12-02 at the start of a sixteenth session: twenty-five
/// side effects of medicines for a long illness (a dry cough on blood
/// pressure tablets, ankles swollen on amlodipine, a round face on
/// steroids, orange urine on tuberculosis treatment, hair lost to chemo)
/// and six emergencies (lips and tongue swelling on blood pressure
/// tablets, a blow to the head on warfarin, lithium with shaking, vomiting
/// and confusion, an old man on insulin sweating and slow to answer, a
/// fever with rigid muscles on an antipsychotic, digoxin with yellow sight
/// and a slow heart). Scored blind: **no false alarm**, emergencies 3 of 6
/// (insulin, the antipsychotic, digoxin), departments 19 of 25 (1 asked:
/// the round face; amlodipine's ankles to the kidney doctors as oedema,
/// water tablets to Urology, a tremor on more levothyroxine to Neurology,
/// chemo's hair loss to the skin clinic, orange urine to Urology as
/// blood).
#[test]
fn our_sixty_ninth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh69.jsonl");
}

/// The same ground in English, written before either set was scored.
/// Scored blind: **no false alarm**, emergencies 4 of 6 (insulin with
/// sweat and slow to respond; digoxin with everything yellow), departments
/// 17 of 25 (2 asked: both about steroids; an antidepressant's drowsiness
/// to General Practice, "running to the loo" on water tablets to
/// Gastroenterology, levothyroxine's flutter to Cardiology,
/// "light-headed" read as a headache, chemo's hair loss to the skin
/// clinic, orange pee on TB treatment to Urology). "running to the loo" on
/// water tablets still goes to Gastroenterology.
#[test]
fn our_fifty_ninth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en59.jsonl");
}

/// Written 2026-12-02 after the pair above was read: twenty-five questions
/// from people caring at home for someone in bed, on a catheter, a feeding
/// tube or dialysis (a red patch over the tailbone, a blocked feed, a
/// fistula that buzzes, a wheelchair cushion, tablets crushed) and six
/// emergencies (a catheter with no urine and a hard swollen belly, a fever
/// with confusion on a catheter, a blocked tracheostomy, dialysis missed
/// then breathless lying flat, a needle site that will not stop bleeding,
/// a swollen leg then chest pain in someone bedbound). Scored blind: **no
/// false alarm**, emergencies 4 of 6 (the catheter, the needle site),
/// departments 16 of 25 (4 asked: a pressure mark, a catheter's change,
/// a cloudy bag, a wheelchair; a blocked feeding tube to ENT by the nose,
/// pads' redness to Paediatrics, a heel blister and thin legs to
/// Orthopaedics, a carer's stress to Neurology by the stroke). Pads'
/// redness on an old person still goes to Paediatrics.
#[test]
fn our_seventieth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh70.jsonl");
}

/// The same ground in English, written before either set was scored.
/// Scored blind: **no false alarm**, emergencies 4 of 6 (the catheter, the
/// needle site), departments 17 of 25 (6 asked: a catheter's change twice,
/// bowels not opened, a wheelchair, a PEG tube, crushing tablets; a
/// blocked feeding tube and incontinence pads to Paediatrics).
#[test]
fn our_sixtieth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en60.jsonl");
}

/// Written 2026-12-02 after the pair above was read: twenty-five questions
/// from mothers in the months after a birth or breastfeeding (cracked
/// nipples, a blocked duct, too little milk, a caesarean scar, lochia, an
/// episiotomy, medicines and vaccines while feeding, a gap in the belly's
/// muscles) and six emergencies (heavy bleeding days after, a headache
/// with blurred sight and high blood pressure a week after, a swollen calf
/// then chest pain after a caesarean, a fever with foul discharge, voices
/// telling her to hurt the baby, a breast red and swollen with a fever of
/// 40, shaking and too weak to stand). Scored blind: **no false alarm**,
/// emergencies 3 of 6 (the headache with blurred sight, the foul
/// discharge, the shaking fever), departments 20 of 25 (2 asked: ibuprofen
/// while feeding, an episiotomy's wound; a baby that cannot latch to the
/// breast surgeons, a vaccine while feeding to Paediatrics, night sweats
/// after the birth to Respiratory). The night sweats still go to
/// Respiratory.
#[test]
fn our_seventy_first_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh71.jsonl");
}

/// The same ground in English, written before either set was scored.
/// Scored blind: **1 false alarm** ("after having the baby my hair is
/// coming out": "baby is coming" had shrunk to "baby coming", labour),
/// emergencies 3 of 6, departments 11 of 25 (4 asked; "breastfeeding" sent
/// the mother's own questions to Paediatrics six times, "two months old"
/// made a caesarean scar a baby, "leak when I sneeze" went to ENT).
/// Night sweats "since the baby" still go to Paediatrics. (A cold while
/// breastfeeding "safe for the baby" went there too until 2026-12-03: the
/// baby a medicine might reach is no patient.)
#[test]
fn our_sixty_first_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en61.jsonl");
}

/// Written 2026-12-02 after the tablet-taking false alarms above were
/// mended (so its false-alarm figure is not independent of them): twenty
/// everyday questions on how to take medicines (together, how far apart,
/// before or after food, a dose taken twice, a tablet halved, one past its
/// date, many a day) and four overdoses or reactions. Scored blind: **no
/// false alarm**, emergencies 3 of 4 (a child who ate a whole blister of
/// fever medicine, "把一板退烧药全吃了", now sleepy), departments 16 of 20
/// (3 asked: a fever gone after a sweat, a dose taken twice, fish oil with
/// calcium; a tablet too big to swallow to Gastroenterology). The fever
/// gone after a sweat is still asked.
#[test]
fn our_seventy_second_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh72.jsonl");
}

/// The same ground in English, written before either set was scored.
/// Scored blind: **no false alarm**, emergencies 3 of 4 ("ate a whole
/// strip of children's paracetamol"), departments 13 of 20 (5 asked; "my
/// morning pills twice" read as the morning-after pill, "my normal
/// tablets" read "normal" as a verdict that cleared the herbal medicine
/// before it, "cold and flu tablets" as a fever). A son who spits out
/// every medicine is still asked.
#[test]
fn our_sixty_second_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en62.jsonl");
}
