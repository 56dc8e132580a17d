//! The twenty-seventh round of sets for issue 12: beauty treatments and
//! cosmetics beside a reaction through the body and a filler that blinds;
//! a house being done up beside a fall from a ladder, a shock and glue
//! drunk. Then letters and English words inside Chinese, misspelt English
//! and telegraphic fragments. Then hot and cold beside a scald over half a
//! body and a fall through ice, and tiredness beside weakness climbing from
//! the legs. Then pain that comes with a position, and a child speaking for
//! themselves. Then feelings felt in the body, and the mouth, tongue and
//! taste beside a socket that will not stop bleeding and a child who
//! drools and cannot swallow. Last, trying for a baby and contraception
//! beside an ectopic and a swollen belly after egg collection, and
//! breathing told many ways. Last, ways of eating (fasting, vegan, keto)
//! beside a fasting diabetic on insulin and puffer fish, and itching beside
//! a sting, a penicillin injection and skin blistering after a tablet.
//! Each wave of four sets was written and
//! committed before any of its sets was scored and before any rule for it,
//! after the waves before were held; then held at the patient bars (see
//! `triage_sets`). Blind, over the twenty-eight sets: **10 false alarms in
//! 700 calm questions** (1.4 %; four of them sentences written calm that
//! the standing rules call emergencies, now held as emergencies),
//! emergencies **136 of 168** (81 %), departments **584 of 700** (83 %),
//! 48 asked. All are held now.

use crate::triage_sets::assert_patient_set;

/// Written 2026-12-04 at the start of a twenty-seventh session: beauty
/// treatments and cosmetics. Scored blind: **no false alarm**, emergencies
/// 5 of 6 (a rash all over "嗓子发紧" after an injection at a salon: "打了
/// 一针" was no injection, and a rash with a tight throat no reaction),
/// departments 20 of 25 (an eyebrow tattoo weeping, a new face cream, a
/// face mask and a whitening cream asked; blisters on tattooed lips to the
/// dentists).
#[test]
fn our_hundred_and_seventy_fifth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh175.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 5 of 6 (the salon injection, likewise), departments 21 of
/// 25 (a face cream, a face mask, gua sha bruises and bumps after waxing
/// asked).
#[test]
fn our_hundred_and_sixty_fifth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en165.jsonl");
}

/// Written with the pair above: a house being done up and moving house.
/// Scored blind: **1 false alarm** (paint splashed in an eye and rinsed,
/// as a chemical burn), emergencies 4 of 6 (blood "一直往外喷" from a saw
/// cut; a child who drank decorating glue), departments 24 of 25.
#[test]
fn our_hundred_and_seventy_sixth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh176.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 4 of 6 (blood "spurting out"; glue drunk), departments 24
/// of 25 (knees swollen from laying tiles to the rheumatologists).
#[test]
fn our_hundred_and_sixty_sixth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en166.jsonl");
}

/// Written after the first wave was held: letters and English words in
/// Chinese ("CT", "TSH", "emo", "LR44"). Scored blind: **no false
/// alarm**, emergencies 4 of 6 (a heart attack found at a clinic, "让马上来
/// 医院": the pronoun was missing; a swallowed "LR44" button battery: the
/// letters ended the Chinese run), departments 20 of 25 (TSH, an "ST段"
/// change, "emo" and LDL asked; laser for short sight to the skin
/// doctors).
#[test]
fn our_hundred_and_seventy_seventh_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh177.jsonl");
}

/// Misspelt English as typed ("diarrea", "anxius", "overdoze"). Scored
/// blind: **no false alarm**, emergencies 5 of 6 ("an overdoze"),
/// departments 18 of 25 (five asked; a "daugther" with a fever to the
/// chest doctors; "morining" joint stiffness to the bone doctors).
#[test]
fn our_hundred_and_sixty_seventh_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en167.jsonl");
}

/// Written with the pair above: telegraphic fragments ("头疼。三天了。").
/// Scored blind: **no false alarm**, emergencies 6 of 6, departments 24
/// of 25 ("腰疼，左边，尿红" to the bone doctors).
#[test]
fn our_hundred_and_seventy_eighth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh178.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 5 of 6 ("Child fitting, won't stop"), departments 24 of 25
/// ("Both feet swollen" asked).
#[test]
fn our_hundred_and_sixty_eighth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en168.jsonl");
}

/// Written after the second wave was held: hot and cold. Scored blind:
/// **1 false alarm** (fever and chills at night after Africa, written calm;
/// the standing rules and the issue call fever after a malaria area an
/// emergency, and the sentence is now held as one), emergencies 5 of 6
/// (half the body scalded "烫了大半个身子"), departments 19 of 25 (burning
/// soles to the psychiatrists as insomnia; a cold patch on the back, hot
/// palms and a neck stiff from air conditioning asked; a flushed face after
/// drink to Gynaecology).
#[test]
fn our_hundred_and_seventy_ninth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh179.jsonl");
}

/// The same ground in English. Scored blind: **1 false alarm** (fever
/// after Africa, as above, now held as an emergency), emergencies 5 of 6 (a
/// fall through ice), departments 20 of 25 (feeling the cold with weight
/// gain to the skin doctors; heat intolerance to the heart doctors; burning
/// soles as a burn; a cold patch asked).
#[test]
fn our_hundred_and_sixty_ninth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en169.jsonl");
}

/// Written with the pair above: tiredness and energy. Scored blind: **1
/// false alarm** (tired, swollen legs and unable to lie flat, written calm;
/// the standing rules call orthopnoea with swelling failing heart, and it
/// is now held as an emergency), emergencies 5 of 6 (weakness climbing from
/// the legs), departments 20 of 25 (tired, cold and constipated to the gut
/// doctors; weak muscles on a cholesterol tablet to the family doctors;
/// dizziness with low blood pressure to Neurology; tiredness with weight
/// lost asked).
#[test]
fn our_hundred_and_eightieth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh180.jsonl");
}

/// The same ground in English. Scored blind: **1 false alarm** (the same
/// heart failure, now held as an emergency), emergencies 4 of 6 (weakness
/// creeping up from the legs; a grandmother who "suddenly slumped" and
/// "barely answers"), departments 18 of 25 (thirst with weeing a lot, and
/// tired, cold and constipated, to the family doctors; aching muscles on
/// cholesterol tablets to Rehabilitation; "six months after the baby" to
/// Paediatrics; two asked).
#[test]
fn our_hundred_and_seventieth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en170.jsonl");
}

/// Written after the third wave was held: pain that comes with a position
/// or a movement. Scored blind: **no false alarm**, emergencies 6 of 6,
/// departments 24 of 25 (cheeks and forehead aching on bending with yellow
/// snot to Neurology).
#[test]
fn our_hundred_and_eighty_first_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh181.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 5 of 6 (a neck agonising to bend, with fever and light
/// hurting: "stiff" was not said), departments 25 of 25.
#[test]
fn our_hundred_and_seventy_first_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en171.jsonl");
}

/// Written with the pair above: a child speaking for themselves. Scored
/// blind: **no false alarm**, emergencies 3 of 6 (a magnet bead "吃了";
/// a scald that reddened the whole arm; a mother with chest pain "出了很多
/// 汗" who stopped talking), departments 23 of 25 (a grazed knee after a
/// fall to the bone doctors; "a hard thing on my foot" asked).
#[test]
fn our_hundred_and_eighty_second_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh182.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 6 of 6, departments 23 of 25 (coughing that keeps a child
/// awake to the psychiatrists as insomnia; "the shortest in my class"
/// asked).
#[test]
fn our_hundred_and_seventy_second_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en172.jsonl");
}

/// Written after the fourth wave was held: feelings felt in the body.
/// Scored blind: **no false alarm**, emergencies 6 of 6, departments 18 of
/// 25 (hair lost, spots and a gurgling gut "压力大的时候" to the
/// psychiatrists; a fear of lifts to the heart doctors; nausea at the
/// thought of work to the gut doctors; a grieving widow's appetite to the
/// gut doctors through "胃口"; irritability asked).
#[test]
fn our_hundred_and_eighty_third_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh183.jsonl");
}

/// The same ground in English. Scored blind: **1 false alarm** ("can't
/// get a full breath" when anxious, "but I can talk and walk fine"),
/// emergencies 6 of 6, departments 18 of 25 (panic in lifts to the heart
/// doctors; sick at the thought of work to the gut doctors; four asked).
#[test]
fn our_hundred_and_seventy_third_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en173.jsonl");
}

/// Written with the pair above: the mouth, tongue and taste. Scored blind:
/// **no false alarm**, emergencies 4 of 6 (a tooth socket "血一直止不住";
/// drooling, unable to swallow, with a fever and a muffled voice),
/// departments 15 of 25 (dry lips, a dark spot on a lip, teeth marks on the
/// tongue and a baby's white spots to the dentists; a metallic taste to the
/// gut doctors; phlegm stuck in the throat to the chest doctors; four
/// asked).
#[test]
fn our_hundred_and_eighty_fourth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh184.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 4 of 6 (a sweet stuck in a child's throat, going purple;
/// drooling with a "hot potato" voice), departments 17 of 25 (a tongue
/// numb after Sichuan pepper to Neurology; a burnt tongue blistered to the
/// skin doctors; teeth marks, a dark spot on the lip and a metallic taste
/// elsewhere; two asked).
#[test]
fn our_hundred_and_seventy_fourth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en174.jsonl");
}

/// Written after the fifth wave was held: trying for a baby and
/// contraception. Scored blind: **no false alarm**, emergencies 6 of 6,
/// departments 22 of 25 (IVF and a husband's sterilisation asked; trying
/// again after an ectopic to Obstetrics).
#[test]
fn our_hundred_and_eighty_fifth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh185.jsonl");
}

/// The same ground in English. Scored blind: **1 false alarm** (one line
/// "faint" on a pregnancy test), emergencies 5 of 6 (a belly hugely
/// swollen and breathless after egg collection), departments 18 of 25
/// (folic acid to Paediatrics; mid-cycle pain and bloating after fertility
/// injections to the gut doctors; IVF, a vasectomy and an ectopic asked).
#[test]
fn our_hundred_and_seventy_fifth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en175.jsonl");
}

/// Written with the pair above: breathing told many ways. Scored blind:
/// **2 false alarms** (breathless running in a mask "摘了就好了"; breathless
/// at cooking fumes "离开厨房就好"), emergencies 5 of 6 (breathing slowing
/// "叫他也不太醒" after many painkillers), departments 19 of 25 (sighing
/// and singing asked; yawning to Neurology; a tight chest after a
/// renovation to the heart doctors).
#[test]
fn our_hundred_and_eighty_sixth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh186.jsonl");
}

/// The same ground in English. Scored blind: **1 false alarm** ("I stop
/// breathing when I snore"), emergencies 4 of 6 (breathing slower and hard
/// to wake after painkillers; an inhaler that "has done nothing" and
/// "barely talk"), departments 22 of 25.
#[test]
fn our_hundred_and_seventy_sixth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en176.jsonl");
}

/// Written after the sixth wave was held: ways of eating. Scored blind:
/// **no false alarm**, emergencies 6 of 6, departments 24 of 25 (dizzy and
/// shaky on a fast to Neurology).
#[test]
fn our_hundred_and_eighty_seventh_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh187.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 6 of 6, departments 20 of 25 (dizzy and shaky on a fast to
/// Neurology; no period on a fruit diet to the thyroid doctors; spots from
/// hotpot, weight put on from nuts and a low haemoglobin asked).
#[test]
fn our_hundred_and_seventy_seventh_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en177.jsonl");
}

/// Written with the pair above: itching. Scored blind: **no false alarm**,
/// emergencies 3 of 6 (a bee sting written "蛰", the common wrong
/// character; itching, pallor and a cold sweat after penicillin; blisters
/// and a raw mouth "吃了药以后"), departments 21 of 25 (itching with yellow
/// eyes, a dialysis patient's itch and chickenpox to the skin doctors; an
/// old man's itchy back to Geriatrics).
#[test]
fn our_hundred_and_eighty_eighth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh188.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 4 of 6 (the penicillin jab; big blisters and mouth sores on
/// a new tablet), departments 23 of 25 (itchy palms and soles in pregnancy
/// to the fever clinic as hand, foot and mouth; a dialysis patient's itch
/// to the skin doctors).
#[test]
fn our_hundred_and_seventy_eighth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en178.jsonl");
}
