//! The twenty-third round of sets for issue 12: smells and tastes beside a
//! gas leak, pear-drop breath, a pesticide that smells of garlic; habits
//! and dependence (smoking, drink, sleeping pills, laxatives, a phone)
//! beside withdrawal's hallucinations and fits. Then a child's growth and
//! development beside a child's stroke, a button battery and a torsion; the
//! body changing shape or size beside a clot, a blocked bowel, a stuck
//! hernia and pre-eclampsia. Then the kitchen and cooking beside a pan on
//! fire and a finger cut off, and hurt by another person (a push, a slap, a
//! partner who hits, a bite, bullying) beside a strangling, a stabbing, a
//! shaken baby and a man gone out with a knife. Then sensations other than
//! pain (pins and needles, heaviness, cold, a lump in the throat) beside a
//! stroke, a cord pressed and pufferfish, and a stranger in trouble told
//! by a bystander in the lobby. Last, mistakes with medicines beside an
//! overdose, insulin and warfarin, and hobbies beside a fish hook in the
//! eye, the bends and a kite string's cut; then "is it normal?" asked of
//! the calm and the dangerous alike, and the voice and speech beside a
//! stroke, croup, epiglottitis and a sudden delirium. Each wave of four
//! sets was
//! written and committed before any of its sets was scored and before any
//! rule for it, after the waves before were held; then held at the patient
//! bars (see `triage_sets`).
//!
//! Blind, over the twenty-four sets: **9 false alarms in 600 calm
//! questions** (1.5 %), emergencies **125 of 144** (87 %), departments
//! **451 of 600** (75 %). All are held now.

use crate::triage_sets::assert_patient_set;

/// Written 2026-12-03 at the start of a twenty-third session. Scored
/// blind: **no false alarm**, emergencies 5 of 6 (a drink that smells of
/// garlic, then sweat and drool: a pesticide no one named), departments 18
/// of 25 (food without taste, strong urine, a body's smell, pale stinking
/// stools and a smell of burning nobody else smells asked; a child's bad
/// breath with big tonsils to the dentist, still so).
#[test]
fn our_hundred_and_twenty_fifth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh125.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 4 of 6 (breath "like pear drops" with vomiting and
/// drowsiness; the garlic drink), departments 19 of 25 (bad breath, bland
/// food and strong wee asked; burning toast nobody burnt to the surgeons
/// as a burn; a metallic taste from new tablets to the allergists and a
/// father's fading smell, asked about as dementia, to the nose doctors,
/// both still so).
#[test]
fn our_hundred_and_fifteenth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en115.jsonl");
}

/// Written with the pair above. Scored blind: **no false alarm**,
/// emergencies 5 of 6 ("戒酒第三天" was no stopped drinker, so his
/// hallucinations were the psychiatrists'), departments 17 of 25 (gout "第二天"
/// after drinking to Paediatrics: "二天" read as a baby two days old; a
/// smoker's yellow fingers as jaundice; a calf that aches on walking to
/// the bone doctors; eyes sore after the phone to Psychiatry).
#[test]
fn our_hundred_and_twenty_sixth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh126.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 5 of 6 ("just had a fit" two days after the last drink: "had
/// a fit" was not written), departments 20 of 25 (help to stop smoking or
/// to cut down drinking and laxatives asked; betel nut's white patch to the
/// skin doctors; hands that shake until a drink to Neurology).
#[test]
fn our_hundred_and_sixteenth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en116.jsonl");
}

/// Written after the first wave was held. Scored blind: **one false
/// alarm** ("叫名字不理人", the way autism is told, read as a child who does
/// not respond), emergencies 5 of 6 (a baby fallen off the bed, vomiting and
/// less and less lively: "摔下来" was no fall), departments 18 of 25 (early
/// breasts to the breast surgeons; in-toeing, a tongue-tie, toilet training,
/// a child not gaining weight and a voice not yet broken asked).
#[test]
fn our_hundred_and_twenty_seventh_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh127.jsonl");
}

/// The same ground in English. Scored blind: **one false alarm** ("doesn't
/// respond to his name"), emergencies 6 of 6, departments 14 of 25 (nine
/// asked: "still isn't talking", in-toeing, a tongue-tie, toilet training,
/// weight, bowed legs, bumps below the knees, a voice not broken, a baby who
/// cannot roll over).
#[test]
fn our_hundred_and_seventeenth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en117.jsonl");
}

/// Written with the pair above. Scored blind: **no false alarm**,
/// emergencies 5 of 6 (eight months pregnant with face and hands suddenly
/// swollen and a headache: "脸和手…肿" was no swelling), departments 14 of 25
/// (nine asked: a neck thicker at the front, hands and feet grown, a belly
/// growing while the body wastes, a jaw pushed forward, clubbed fingers, a
/// belly bulging on one side, thick nails, lumps that keep growing; a round
/// face with thin legs to the bone doctors).
#[test]
fn our_hundred_and_twenty_eighth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh128.jsonl");
}

/// The same ground in English. Scored blind: **one false alarm** (a face
/// "slowly swelling" in front of the ear read as anaphylaxis), emergencies 6
/// of 6, departments 15 of 25 (a round face with thin limbs to
/// Rehabilitation; a bunion to the joint doctors; grown hands and feet, a
/// leg fatter than the other, a swelling belly, a jaw, clubbing and a
/// growing waist asked).
#[test]
fn our_hundred_and_eighteenth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en118.jsonl");
}

/// Written after the second wave was held. Scored blind: **one false
/// alarm** (a chip of bone "溅到眼睛" read as a chemical splash),
/// emergencies 6 of 6, departments 20 of 25 (a prawn's prick and a mouldy
/// peanut to the allergists by "海鲜" and "花生"; chillies on the hands and
/// steam on the face asked).
#[test]
fn our_hundred_and_twenty_ninth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh129.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 5 of 6 (big blisters after the chip pan caught fire, read as a
/// rash), departments 18 of 25 (chillies' burning to the burns surgeons; a
/// blistered tongue to the skin doctors, still so; a grated fingertip, steam
/// and a prawn spine asked).
#[test]
fn our_hundred_and_nineteenth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en119.jsonl");
}

/// Written with the pair above. Scored blind: **no false alarm**,
/// emergencies 3 of 6, the weakest of the round ("用刀捅了肚子": "捅" was not
/// written; "被打了头" then vomiting and confusion; a man "拿着刀出门了" to kill),
/// departments 17 of 25 (a bite's "牙印" to the dentist; pulled hair to
/// Neurology as a headache; a fist into a wall to the joint doctors; a
/// partner who hits and bullying asked; a wife with dementia and bruises to
/// Neurology, still so).
#[test]
fn our_hundred_and_thirtieth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh130.jsonl");
}

/// The same ground in English. Scored blind: **one false alarm** ("a tooth
/// knocked out" read as knocked out), emergencies 5 of 6 ("going to kill the
/// man, he's gone out with a knife" to Psychiatry), departments 16 of 25 (a
/// stone thrown at a head to the urologists by "stone"; a bite to the skin
/// doctors; a fist into a wall to the joint doctors).
#[test]
fn our_hundred_and_twentieth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en120.jsonl");
}

/// Written after the third wave was held. Scored blind: **one false
/// alarm** ("脸上一边发麻，好几个星期了": weeks did not make it long-standing),
/// emergencies 5 of 6 (both legs numb and weak with the bladder and bowels
/// out of control), departments 20 of 25 (a patch of skin hot to the mind but
/// not to the touch to the fever clinic; calves where "虫子钻" to the bone
/// doctors; a numb patch of thigh to the skin doctors; fingertips "发木"
/// asked).
#[test]
fn our_hundred_and_thirty_first_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh131.jsonl");
}

/// The same ground in English. Scored blind: **one false alarm** (a face
/// numb "for a few weeks"), emergencies 6 of 6, departments 19 of 25 (legs
/// heavy like lead, feet cold in socks and calves that crawl asked; a heavy
/// back passage to Urology by "need to go"; "a dragging feeling low in my
/// tummy" to Psychiatry by "feeling low").
#[test]
fn our_hundred_and_twenty_first_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en121.jsonl");
}

/// Written with the pair above. Scored blind: **no false alarm**,
/// emergencies 6 of 6, departments 24 of 25 (an old man's knee grazed in a
/// fall to the bone doctors, still so).
#[test]
fn our_hundred_and_thirty_second_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh132.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 6 of 6, departments 23 of 25 (a finger caught in a car door
/// "and it's swollen" to the joint doctors: the longer span of a swollen
/// finger hid the door; up four or five times a night to wee asked).
#[test]
fn our_hundred_and_twenty_second_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en122.jsonl");
}

/// Written after the fourth wave was held. Scored blind: **one false
/// alarm** (three or four vitamins "当糖吃" read as a poisoning), emergencies
/// 5 of 6 (warfarin doubled, then blood in the urine and gums that will not
/// stop), departments 20 of 25 (an extra dose for a well child, a beer after
/// antibiotics, mouthwash swallowed and a drink three days after a
/// cephalosporin asked).
#[test]
fn our_hundred_and_thirty_third_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh133.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 5 of 6 ("I took twenty paracetamol at once"), departments 19
/// of 25 (eye drops put in an ear to the eye clinic; skin cream in an eye to
/// the skin doctors; a statin's aches to the bone doctors; extra Calpol,
/// vitamin gummies and mouthwash asked).
#[test]
fn our_hundred_and_twenty_third_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en123.jsonl");
}

/// Written with the pair above. Scored blind: **no false alarm**,
/// emergencies 4 of 6 (a fish hook in the eye to the surgeons as a hook; a
/// kite string's cut to the neck "血一直流"), departments 24 of 25 (an ankle
/// "扭了" at badminton asked).
#[test]
fn our_hundred_and_thirty_fourth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh134.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 4 of 6 (the fish hook in the eye; joints in agony and short
/// of breath after a dive, the bends), departments 25 of 25.
#[test]
fn our_hundred_and_twenty_fourth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en124.jsonl");
}

/// Written after the fifth wave was held. Scored blind: **one false
/// alarm** ("怀孕以后鼻子老出血": "鼻子老出血" was no nosebleed, so the blood
/// was the pregnancy's), emergencies 6 of 6, departments 18 of 25 (stiff
/// fingers on waking, the toilet after meals, near sight at sixty and three
/// stools a day asked; numbness round a scar to Neurology; muscles aching
/// the day after exercise to General Practice, still so).
#[test]
fn our_hundred_and_thirty_fifth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh135.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 6 of 6, departments 17 of 25 (seven asked: no teeth yet at
/// one, five hours' sleep, red wee after beetroot, stiff fingers first
/// thing, the toilet after meals, "can't read small print", three a day;
/// aching after exercise to General Practice, still so).
#[test]
fn our_hundred_and_twenty_fifth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en125.jsonl");
}

/// Written with the pair above. Scored blind: **no false alarm**,
/// emergencies 6 of 6, departments 18 of 25 (a voice "变粗变哑", hoarse in
/// the morning, after a night's shouting or spicy food, and a child's
/// unclear speech asked; a voice lost after a cold to General Practice; an
/// old man's trembling voice to Geriatrics).
#[test]
fn our_hundred_and_thirty_sixth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh136.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 6 of 6, departments 18 of 25 (a lisp and a child's speech
/// asked; a voice that tires to General Practice; speech after the
/// dentist's injection and therapy after a stroke to Neurology; a voice
/// gone quiet with a tremor to the ear clinic by "can't hear me"; hoarse
/// since a thyroid operation to Endocrinology).
#[test]
fn our_hundred_and_twenty_sixth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en126.jsonl");
}
