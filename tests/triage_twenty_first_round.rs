//! The twenty-first round of sets for issue 12: an old complaint come back
//! ("老胃病又犯了", "my slipped disc has flared up again") beside a heart
//! attack or a stroke come back; patients under treatment for cancer beside
//! a fever on chemotherapy, a pressed spinal cord and a liver cancer hard
//! to rouse. Then rehabilitation after a stroke, an injury or an
//! operation, and babies under a year beside their emergencies (a fever
//! under three months, a bulging soft spot, redcurrant jelly). Then what a
//! patient can no longer do (chopsticks, buttons, a finger that locks) and
//! colours of the skin, the eyes, urine and stools, beside the sudden
//! losses and the colours of danger. Then things swallowed, stuck or put
//! in, and check-ups, certificates and repeat prescriptions; last, the
//! night's complaints and home repairs and the garden. The first three
//! waves (twelve sets) were written before any of them was scored; the
//! fourth and the fifth each before either of their pairs was, and after
//! the waves before them were held. Each set was scored before any rule
//! for it, then held at the patient bars (see `triage_sets`).
//!
//! Blind, over the twenty sets: **9 false alarms in 500 calm questions**
//! (1.8 %), emergencies **96 of 120** (80 %), departments **392 of 500**
//! (78 %). All are held now.

use crate::triage_sets::assert_patient_set;

/// Written 2026-12-03 at the start of a twenty-first session. Scored
/// blind: **no false alarm**, emergencies 5 of 6 (a heart attack before
/// and the chest "又像上次那样压着疼" with a cold sweat: "上次" put the
/// clause in the past, and "像…那样" was no simile), departments 25 of 25.
#[test]
fn our_hundred_and_third_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh103.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 4 of 6 (a heart attack before and "the same crushing pain
/// again" with a cold sweat; a stroke last year "and just now" a slurred
/// speech: "year and now" was heard as "years now", a sign long-standing),
/// departments 23 of 25 (anxiety back with a racing heart to Cardiology;
/// "the hunger pains are back" heard as back pain).
#[test]
fn our_ninety_third_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en93.jsonl");
}

/// Written with the pair above. Scored blind: **no false alarm**,
/// emergencies 4 of 6 (a bone metastasis, both legs suddenly weak and no
/// water passed; a liver cancer "人迷迷糊糊叫不太醒"), departments 21 of
/// 25 (sickness after chemotherapy, a late liver cancer's pain and
/// constipation on painkillers to Gastroenterology; a stoma's skin to the
/// skin clinic).
#[test]
fn our_hundred_and_fourth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh104.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 4 of 6 (the same two), departments 22 of 25 (sickness
/// since chemotherapy and constipation on morphine to Gastroenterology;
/// full after a few bites and losing weight after stomach cancer surgery to
/// Endocrinology). Still missed: "Nausea and I can't eat since my chemo"
/// (the "can't" denies what follows it in the clause).
#[test]
fn our_ninety_fourth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en94.jsonl");
}

/// Written before any of the twelve sets of the first three waves was
/// scored. Scored blind: **1 false alarm** ("车祸以后脖子一直不舒服，已经
/// 检查过没骨折": "检查过" was no examination), emergencies 5 of 6 (a hip
/// wound with pus, a high fever, shaking chills and "人迷糊"), departments
/// 20 of 25 (3 asked: exercise after an Achilles repair, shockwave for a
/// tennis elbow, a prosthesis after an amputation; the fear of falling
/// again to Orthopaedics).
#[test]
fn our_hundred_and_fifth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh105.jsonl");
}

/// The same ground in English. Scored blind: **2 false alarms** (a face
/// that still droops two months after Bell's palsy; a prosthetic leg
/// "after my amputation", heard as an accident), emergencies 6 of 6,
/// departments 19 of 25 (4 asked: traction, an ACL, an Achilles repair, a
/// neck since a car accident). The neck is still asked.
#[test]
fn our_ninety_fifth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en95.jsonl");
}

/// Written with the sets above. Scored blind: **no false alarm**,
/// emergencies 6 of 6, departments 21 of 25 (4 asked: green stools, jabs,
/// a flat head, first foods).
#[test]
fn our_hundred_and_sixth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh106.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 6 of 6, departments 18 of 25 (6 asked: green poo, jabs, a
/// bluish patch, a flat head, sweating asleep, solids; thrush that will
/// not wipe off to Chinese medicine, by the tongue's coating).
#[test]
fn our_ninety_sixth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en96.jsonl");
}

/// Written with the sets above. Scored blind: **no false alarm**,
/// emergencies 4 of 6 ("两条腿一点感觉都没有" after standing failed
/// suddenly; "一下子说不出话了"), departments 17 of 25 (getting up at night
/// to the sleep clinic; calves stopping a walk to Orthopaedics; leaking on
/// a cough to the chest clinic; the jaw joint to ENT; 4 asked).
#[test]
fn our_hundred_and_seventh_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh107.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 4 of 6 (unable to swallow even water and drooling; so
/// breathless that lying down is impossible), departments 19 of 25 (the
/// jaw joint to ENT; 5 asked: the TV too loud, socks and the back, night
/// vision, a trigger finger, fullness).
#[test]
fn our_ninety_seventh_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en97.jsonl");
}

/// Written with the sets above. Scored blind: **no false alarm**,
/// emergencies 4 of 6 ("黑色的大便" with pallor and fainting; yellow eyes
/// with a high fever, rigors and pain under the right ribs), departments
/// 20 of 25 (pale lips and face to the dentists; bruises without a knock to
/// the skin clinic; 3 asked).
#[test]
fn our_hundred_and_eighth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh108.jsonl");
}

/// The same ground in English. Scored blind: **1 false alarm** (lips
/// "always a bit blue" from a heart condition since birth), emergencies 4
/// of 6 (the infected bile duct; urine like cola with "muscles are agony"),
/// departments 18 of 25 (yellow teeth heard as jaundice; 3 asked). Still
/// asked: orange palms from tangerines.
#[test]
fn our_ninety_eighth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en98.jsonl");
}

/// Written after the first three waves were held. Scored blind: **1 false
/// alarm** (washing-up liquid in a child's eye, rinsed), emergencies 5 of
/// 6 (drain cleaner drunk: "管道疏通剂" had no words), departments 17 of 25
/// (5 asked: a coin swallowed by a well child, a date stone, chewing gum,
/// a tampon, a fish hook; a ring that will not come off to Rheumatology).
#[test]
fn our_hundred_and_ninth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh109.jsonl");
}

/// The same ground in English. Scored blind: **4 false alarms** (a coin
/// swallowed by a boy playing happily; a button a baby may not have
/// swallowed; a nail wound that "isn't deep"; washing-up liquid rinsed from
/// an eye), emergencies 6 of 6, departments 14 of 25 (a date stone to
/// Urology; chewing gum to the dentists; a nostril's discharge to
/// Gynaecology; "I can't get my contact lens out", denied by its "can't").
#[test]
fn our_ninety_ninth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en99.jsonl");
}

/// Written with the pair above. Scored blind: **no false alarm**,
/// emergencies 5 of 6 ("化验说血钾特别高，医生让赶紧去急诊" was sent to the
/// emergency department as asked, but raised no alarm: a doctor's order
/// had words only with "我", "他" or "她"), departments 18 of 25 (6
/// asked: a work health check, a sick note, blood for a new job, a health
/// certificate, checks before marriage and before a pregnancy). Still missed: "想打HPV疫苗" goes to the
/// skin clinic (the English "hpv" of the sexual-health term).
#[test]
fn our_hundred_and_tenth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh110.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 5 of 6 (a head "like it's exploding" with a reading of 220
/// after coming for blood pressure tablets), departments 21 of 25 ("the
/// back of my eye" heard as a back; 3 asked).
#[test]
fn our_hundredth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en100.jsonl");
}

/// Written after the fourth wave was held. Scored blind: **no false
/// alarm**, emergencies 6 of 6, departments 19 of 25 (restless legs to the
/// sleep clinic; nightmares with a racing heart to Cardiology; night sweats
/// to the skin clinic, "多汗"; 3 asked). Still asked: cramp at night.
#[test]
fn our_hundred_and_eleventh_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh111.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 6 of 6, departments 16 of 25 (night sweats with wet sheets
/// to Urology; a child scratching his bottom to the skin clinic; 5 asked:
/// cramp, sleepwalking, sleepiness, drooling, sleep talking).
#[test]
fn our_hundred_and_first_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en101.jsonl");
}

/// Written with the pair above. Scored blind: **no false alarm**,
/// emergencies 4 of 6 (a generator in a garage with a headache, sickness
/// and others the same; a nail gun), departments 22 of 25 (3 asked:
/// weedkiller washed off, a callus, a cut gone red).
#[test]
fn our_hundred_and_twelfth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh112.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies **3 of 6** (a chainsaw and "the blood won't stop pouring";
/// the generator; the nail gun), departments 22 of 25 (a knee swollen from
/// kneeling to Rheumatology; 2 asked).
#[test]
fn our_hundred_and_second_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en102.jsonl");
}
