//! The fifteenth round of sets for issue 12: questions about a danger in
//! general (how to prevent it, first aid for it, what it leaves, what
//! people who have had it should carry) beside the same dangers happening,
//! then sport and exercise, private complaints told shyly, travellers from
//! out of town, food and drink, and animals, each beside their dangers.
//! Each set was written and scored blind before any rule for it, then held
//! at the patient bars (see `triage_sets`): every emergency caught, no
//! false alarm, at least 85 % of departments given right, at most a third
//! asked.

use crate::triage_sets::assert_patient_set;

/// Written 2026-12-02 at the end of the fourteenth session: thirty calm
/// questions that use a danger's words with nothing happening ("煤气中毒
/// 怎么预防", "过敏性休克的人出门要带什么药", "我想学一下心肺复苏") and four
/// emergencies. Scored blind: **8 false alarms in 30**, emergencies 4 of 4,
/// departments 18 of 30. Read over two sessions. One label was changed
/// after reading: a daughter in hospital with depression who says she
/// wants to die was written calm; a person who says she wants to die is a
/// red flag however she is cared for, and the kiosk hands over to a human,
/// so it is now an emergency.
#[test]
fn our_sixty_third_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh63.jsonl");
}

/// The same ground in English, written before either set was scored.
/// Scored blind: **6 false alarms in 30** (a coin "come out in his
/// nappy", "my son often chokes on food", "after my stroke my speech is
/// slurred", "how many sleeping pills would be dangerous", a daughter in
/// hospital who says she wants to die, relabelled as above), emergencies
/// 3 of 4 ("my chest feels like a weight is on it, I'm sweating"),
/// departments 15 of 30.
#[test]
fn our_fifty_third_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en53.jsonl");
}

/// Written 2026-12-02 at the start of a fifteenth session, after the pair
/// above was read: twenty-five complaints from sport and exercise (a rolled
/// ankle, a jammed finger, a black toenail after a marathon, chafing, ears
/// after swimming) and six emergencies (a collapse mid-marathon, a blow to
/// the head then vomiting and sleepy, a testicle suddenly painful after a
/// knock, chest pain on a treadmill, urine like soy sauce with aching
/// muscles after a marathon, water breathed in while swimming with blue
/// lips). Scored blind: **no false alarm**, emergencies 5 of 6 (the urine
/// like soy sauce), departments 21 of 25 (3 asked: chafed skin, a black
/// toenail, a cramp; a jammed finger to Rheumatology as arthritis).
#[test]
fn our_sixty_fourth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh64.jsonl");
}

/// The same ground in English, written before either set was scored.
/// Scored blind: **no false alarm**, emergencies 4 of 6 ("took a ball to
/// the head at rugby, has vomited twice and keeps falling asleep"; pee
/// "dark like cola" with agonising leg muscles), departments 20 of 25 (3
/// asked: stiff legs after "leg day", an arm that will not go above the
/// head since tennis, a black toenail; a jammed finger to Rheumatology;
/// chafing between the thighs to Orthopaedics).
#[test]
fn our_fifty_fourth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en54.jsonl");
}

/// Written after the sport pair was read: twenty-five private complaints
/// told shyly ("下面", "那方面不太行", "那个来了半个月还没干净", "小鸡鸡") and
/// five emergencies told the same way (a testicle suddenly painful in the
/// night, bleeding and one-sided pain at seven weeks, pads soaked through
/// with dizziness, "那个东西硬了五个多小时", a lot of blood from behind with
/// a cold sweat). Scored blind: **no false alarm**, emergencies 4 of 5 (the
/// erection), departments 15 of 25 with none wrong but 10 asked (small
/// lumps "那里", "那方面不太行", "那个来了半个月", blood when passing a
/// stool, a smell "下面", bleeding after intercourse, pain "房事的时候",
/// lice "毛里", a boy's "小鸡鸡", a sore "下面" that keeps coming back).
#[test]
fn our_sixty_fifth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh65.jsonl");
}

/// The same ground in English, written before either set was scored.
/// Scored blind: **no false alarm**, emergencies 4 of 5 ("bleeding down
/// below won't stop, soaked through several pads an hour, dizzy"),
/// departments 14 of 25 (10 asked: "can't keep it up", "finish too
/// quickly", a lump "on my ball", "stings down there when I wee", bleeding
/// after sex, painful sex, lice in pubic hair, a boy's "willy", an STD
/// test, bumps "on my private parts"; a lump from the back passage "when I
/// strain" to Orthopaedics as a strain).
#[test]
fn our_fifty_fifth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en55.jsonl");
}

/// Written after the private pair was read: twenty-four complaints of
/// travellers and visitors from out of town (tablets run out, jet lag, a
/// cat's scratch on a trip, vaccines before going abroad, bed bugs, a rash
/// after Thailand, an insurance card that is no complaint) and five
/// emergencies (a calf swollen after a long flight then sudden
/// breathlessness, fever with chills after Africa, a bad headache and
/// confusion in Tibet, wild mushrooms then blurred sight, numbness and
/// breathlessness after a dive). Scored blind: **no false alarm**,
/// emergencies 3 of 5 (Tibet, the dive), departments 20 of 24 (3 asked:
/// vaccines before going abroad, "风湿" with aching joints for years, a
/// cramp on the plane; both ankles puffy after a night train to the kidney
/// doctors, which stays so: oedema is theirs first).
#[test]
fn our_sixty_sixth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh66.jsonl");
}

/// The same ground in English, written before either set was scored.
/// Scored blind: **no false alarm**, emergencies 3 of 5 (at altitude "a
/// terrible headache… talking nonsense", "after a dive… tingling all over
/// and I'm short of breath"), departments 20 of 24 (2 asked: vaccines
/// before travelling, "wobbly since getting off the boat"; "my lips
/// tingled… after seafood" to Neurology; puffy ankles to Orthopaedics as
/// joint pain, now oedema and the kidney doctors').
#[test]
fn our_fifty_sixth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en56.jsonl");
}

/// Written after the travellers' pair was read: twenty-five everyday
/// complaints about food and drink (heartburn after hot pot, milk and
/// diarrhoea, hiccups, a bitter mouth, vitamins, a flush after a drink, a
/// fish bone that lets water by) and six emergencies (pufferfish then a
/// numb mouth, bootleg spirits then blurred sight, home-pickled vegetables
/// and blue lips in a whole family, a home-made jar then drooping eyelids
/// and double vision, a mouthful of meat stuck so that not even spit goes
/// down, a drinker who cannot be woken). Scored blind: **no false alarm**,
/// emergencies **2 of 6** (pufferfish, bootleg spirits, the jar and the
/// stuck meat missed), departments 18 of 25 (3 asked: pain passing a stool
/// after spicy food, vitamins, a child's hard sweet; "嘴里" read as teeth
/// twice; sweats after meals, "是不是低血糖", to Cardiology; poor appetite
/// and weight lost to Endocrinology, which stays so).
#[test]
fn our_sixty_seventh_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh67.jsonl");
}

/// The same ground in English, written before either set was scored.
/// Scored blind: **one false alarm** ("shaky and sweaty a couple of hours
/// after meals, could it be low sugar", read as a diabetic's hypo because
/// "sugar" names diabetes), emergencies **1 of 6** (only the family with
/// blue lips), departments 15 of 25 (5 asked: hiccups, a bitter taste,
/// coffee that "keeps me awake", vitamins, an ache under the right ribs
/// after fatty meals; a mother who splutters on drinks to Respiratory; a
/// flush after a drink to Psychiatry; a child's "boiled sweet" to the skin
/// clinic as a boil; poor appetite and weight lost to Endocrinology).
#[test]
fn our_fifty_seventh_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en57.jsonl");
}

/// Written after the food pair was read: twenty-five complaints about
/// animals (a cat's scratch and the rabies vaccine, sneezing at a cat, a
/// kitten's ringworm, pigeons and a cough, a dog's lick on a cut, a tick, a
/// jellyfish's mark, worms, a parrot that died and a fever) and six
/// emergencies (a dog bite pumping blood, a swarm of wasps then hard
/// breathing, a snake bite swelling fast, a child stung by a scorpion with
/// a numb mouth and drooling, a jellyfish then a tight chest, a cow's butt
/// to the belly then pallor). Scored blind: **no false alarm**, emergencies
/// 5 of 6 (the scorpion), departments 16 of 25 (4 asked: a dog's lick, a
/// tick, a chicken's peck, a fall from a horse; a child's gland after a
/// cat's scratch, a fish-tank sore and the rabies vaccine's second dose to
/// General Surgery as wounds; a jellyfish's mark to Orthopaedics; worms to
/// the skin clinic by the itch).
#[test]
fn our_sixty_eighth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh68.jsonl");
}

/// The same ground in English, written before either set was scored.
/// Scored blind: **no false alarm**, emergencies 4 of 6 (the scorpion; "a
/// cow butted him in the belly… gone pale"), departments 17 of 25 (3
/// asked: flea bites, a tick, a chicken's peck; a child's gland after a
/// cat scratch, a fish-tank sore and the rabies jab's second dose to
/// General Surgery; a jellyfish's line to Allergy; worms to the skin
/// clinic). In both sets the child's gland and the fish-tank sore still go
/// to General Surgery.
#[test]
fn our_fifty_eighth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en58.jsonl");
}
