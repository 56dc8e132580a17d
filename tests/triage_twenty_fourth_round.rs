//! The twenty-fourth round of sets for issue 12: sleep and the night beside
//! a stroke found in the morning, charcoal fumes and pink froth; vaccines
//! and jabs beside anaphylaxis, a febrile fit and rabies itself. Then the
//! body's small noises and twitches beside stridor, a dying man's gurgle
//! and a neck that cracked in a fall, and school and students beside a
//! collapse after a run, meningitis in the dorm and a ball in the eye.
//! Then hands and feet beside frostbite, a crushed hand and a fingertip cut
//! off, and what comes out of the body beside coughed blood, tarry stools
//! and clear fluid from the nose after a blow to the head. Then a complaint
//! after doing something (a shower, a sneeze, a crate carried upstairs)
//! beside a collapse in the bath and a thunderclap during sex, and the
//! skin's colour beside a blue child, jaundice with drowsiness and a
//! drug's peeling rash. Then appetite and weight beside ketoacidosis and
//! days without a drink, and festivals beside a firecracker in the hand and
//! a rice ball choked on; "can it wait?" asked of the calm and of the
//! dangerous, and things stuck beside a button battery, magnets and a
//! toothpick swallowed; then when it happens and what the mirror shows;
//! last, money and insurance told with the complaint, and commuting and
//! e-bikes beside a rider knocked out and a neck hurt with both hands weak.
//! Each wave of four sets was written and committed before any of its sets
//! was scored and before any rule for it, after the waves before were held;
//! then held at the patient bars (see `triage_sets`).
//!
//! Blind, over the thirty-two sets: **7 false alarms in 800 calm
//! questions** (0.9 %), emergencies **163 of 192** (85 %), departments
//! **630 of 800** (79 %), 107 asked. All are held now.

use crate::triage_sets::assert_patient_set;

/// Written 2026-12-03 at the start of a twenty-fourth session: sleep and
/// the night. Scored blind: **no false alarm**, emergencies 6 of 6,
/// departments 23 of 25 (a calf cramp at night asked, still so; a jolt on
/// falling asleep asked).
#[test]
fn our_hundred_and_thirty_seventh_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh137.jsonl");
}

/// The same ground in English. Scored blind: **one false alarm** ("I keep
/// having nightmares since the car accident" was a serious accident now),
/// emergencies 6 of 6, departments 20 of 25 (the calf cramp, night shifts'
/// sleep "all over the place" and a baby who "won't settle" asked; a jerk
/// "like I'm falling" to Geriatrics as a fall).
#[test]
fn our_hundred_and_twenty_seventh_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en127.jsonl");
}

/// Written with the pair above: vaccines and jabs. Scored blind: **no
/// false alarm**, emergencies 5 of 6 (a bite two months ago and now "怕水，
/// 一看见水就抽": rabies was not heard), departments 17 of 25 (an arm sore
/// after a Covid jab and a child's hard lump where the needle went in to
/// the bone doctors; "HPV疫苗" to the skin doctors as an infection; a
/// child crying all night after the jabs, a missed dose, a BCG scar with
/// pus, glands after a booster and a drink after the jab asked; the last
/// two still are).
#[test]
fn our_hundred_and_thirty_eighth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh138.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 6 of 6, departments 23 of 25 (an arm "sore since my flu
/// jab" to the bone doctors; glands in the armpit after a booster to the
/// throat doctors).
#[test]
fn our_hundred_and_twenty_eighth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en128.jsonl");
}

/// Written 2026-12-03 after the first wave was held: the body's small
/// noises and twitches. Scored blind: **no false alarm**, emergencies 5 of
/// 6 ("摔倒的时候脖子咔的一声，现在手脚都动不了": "摔倒的时候" was read as
/// coming and going, so the fall raised no flag), departments 18 of 25 (a
/// crunching neck, yawning and sneezes "一个接一个" asked; belching with a
/// sour mouth and a twitching corner of the mouth to the dentist, cracked
/// knuckles to the joint doctors, a jumping thigh muscle to the bone
/// doctors).
#[test]
fn our_hundred_and_thirty_ninth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh139.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 6 of 6, departments 19 of 25 (a crunching neck, yawning and
/// a twitching mouth asked; cracked knuckles to the joint doctors, a
/// whistling nose as a wheeze, a twitching thigh to the bone doctors).
#[test]
fn our_hundred_and_twenty_ninth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en129.jsonl");
}

/// Written with the pair above: school and students. Scored blind: **no
/// false alarm**, emergencies 5 of 6 (a ball in the eye in PE, "现在看不见
/// 东西了", went to the bone doctors), departments 23 of 25 (dozing in
/// class after late gaming asked; a dieting daughter without periods to
/// Paediatrics, still so).
#[test]
fn our_hundred_and_fortieth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh140.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 5 of 6 ("A ball hit my eye in PE and now I can't see out of
/// it" to the eye clinic), departments 24 of 25 (legs aching after
/// military training to the vascular surgeons as claudication, still so).
#[test]
fn our_hundred_and_thirtieth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en130.jsonl");
}

/// Written 2026-12-03 after the second wave was held: hands and feet.
/// Scored blind: **no false alarm**, emergencies 4 of 6 (a night in the
/// snow with fingers white and hard was Raynaud's; "切菜切掉了一截手指头"
/// was nothing), departments 16 of 25 (a callus, sweaty feet and palms, a
/// ganglion on the foot and on the wrist, a cord in the palm, white spots
/// on the nails and an ingrown nail asked; hand, foot and mouth to the
/// dentist).
#[test]
fn our_hundred_and_forty_first_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh141.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 4 of 6 (fingers "white, hard and numb" after a night in the
/// snow; "I've sliced off the tip of my finger" a cut), departments 19 of
/// 25 (cold hands and feet, white spots on the nails, a corn, a hangnail
/// with pus and a lump on the wrist asked; hand, foot and mouth as a rash).
#[test]
fn our_hundred_and_thirty_first_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en131.jsonl");
}

/// Written with the pair above: what comes out of the body. Scored blind:
/// **no false alarm**, emergencies 5 of 6 (clear salty water from the nose
/// after a blow to the head was a cold's), departments 18 of 25 (milk from
/// a nipple as a cyst; a navel that weeps as a stomach ache; a weeping
/// wound, yellow sweat, a smoker's streaked phlegm, wet toes and oily
/// stools asked; the yellow sweat still is).
#[test]
fn our_hundred_and_forty_second_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh142.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 5 of 6 (the clear fluid after a head injury), departments
/// 20 of 25 ("smelly yellow fluid" from an ear as jaundice; green snot, a
/// weeping wound, too much saliva and an oozing belly button asked).
#[test]
fn our_hundred_and_thirty_second_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en132.jsonl");
}

/// Written 2026-12-03 after the third wave was held: a complaint after
/// doing something. Scored blind: **one false alarm** ("剧烈运动以后胸口有
/// 点闷，休息一下就好了": "剧烈" read as a heart attack's severe pain),
/// emergencies 5 of 6 (a sudden headache "像爆炸一样" during sex),
/// departments 23 of 25 (back pain on sneezing to the nose doctors).
#[test]
fn our_hundred_and_forty_third_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh143.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 6 of 6, departments 21 of 25 (a voice gone after karaoke
/// and a face red and flaky after a new face wash asked; black spots on
/// standing to the eye clinic; carsickness to the stomach doctors).
#[test]
fn our_hundred_and_thirty_third_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en133.jsonl");
}

/// Written with the pair above: the skin's colour. Scored blind: **no false
/// alarm**, emergencies 3 of 6 (yellow and "叫不太醒"; a leg suddenly
/// "发紫发凉"; blisters, peeling and a raw mouth after a new medicine),
/// departments 18 of 25 (a red face, pale patches and purple fingertips
/// asked; unexplained bruises and red dots on the shins to the bone
/// doctors; darkening round the mouth to the dentist; skin darkening with
/// tiredness and low pressure to the skin doctors, still so).
#[test]
fn our_hundred_and_forty_fourth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh144.jsonl");
}

/// The same ground in English. Scored blind: **one false alarm** ("My lips
/// have always been bluish, I was born with a heart defect"), emergencies
/// 5 of 6 (skin "peeling in sheets" after a new medicine), departments 16
/// of 25 (yellowish eyes to the eye clinic; the sides of the nose to the
/// nose doctors; a red face, bruises, orange palms, purple fingertips and
/// red dots asked; darkening skin with low pressure to Cardiology, still
/// so).
#[test]
fn our_hundred_and_thirty_fourth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en134.jsonl");
}

/// Written 2026-12-03 after the fourth wave was held: appetite and weight.
/// Scored blind: **no false alarm**, emergencies 5 of 6 (a baby not feeding
/// for a day, "软软的，哭声很弱"), departments 16 of 25 (no appetite,
/// hunger after meals, craving ice, eating at night, a one-year-old not
/// gaining, food that sticks, craving salt and weight after stopping
/// smoking asked; making oneself sick after meals to the stomach doctors).
#[test]
fn our_hundred_and_forty_fifth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh145.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 4 of 6 (three days without eating or drinking and not
/// knowing his family; wild mushrooms "after a bowl"), departments 13 of
/// 25 (eleven asked, among them "lost a stone", "always hungry", "craving
/// ice", "jugs of water" and "sticks on the way down"; "the smell of
/// cooking makes me sick" as feeling unwell).
#[test]
fn our_hundred_and_thirty_fifth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en135.jsonl");
}

/// Written with the pair above: festivals and holidays. Scored blind: **no
/// false alarm**, emergencies 6 of 6, departments 24 of 25 (a sleep
/// pattern "倒不过来" after the holiday asked).
#[test]
fn our_hundred_and_forty_sixth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh146.jsonl");
}

/// The same ground in English. Scored blind: **one false alarm** ("A
/// firework burned my hand slightly and there's a small blister" was a
/// blast injury), emergencies 6 of 6, departments 20 of 25 (ankles puffy
/// after a long train to the kidney doctors, still so; mouth blisters
/// after hotpot as a rash; a bee sting "sweeping the family graves" to the
/// endocrinologists as Graves' disease; sleep "out of sync" asked).
#[test]
fn our_hundred_and_thirty_sixth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en136.jsonl");
}

/// Written 2026-12-03 after the fifth wave was held: "can it wait?".
/// Scored blind: **no false alarm**, emergencies 5 of 6 (a child "高烧抽了
/// 一次，现在叫不太醒" went to Paediatrics), departments 25 of 25.
#[test]
fn our_hundred_and_forty_seventh_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh147.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 6 of 6, departments 25 of 25: asking whether it can wait
/// neither raised nor hid an alarm.
#[test]
fn our_hundred_and_thirty_seventh_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en137.jsonl");
}

/// Written with the pair above: things stuck. Scored blind: **no false
/// alarm**, emergencies 4 of 6 (a toothpick swallowed, then severe belly
/// pain; "刀还插在腿上"), departments 17 of 25 (a ring on a swelling finger
/// to the joint doctors; an earring back grown in and a torn earlobe to the
/// ear doctors; skin caught in a zip, a lost coil, a hair round a baby's
/// toe, a cactus spine and a swallowed ball bearing asked).
#[test]
fn our_hundred_and_forty_eighth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh148.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 4 of 6 (the toothpick; "the knife is still stuck in his
/// leg"), departments 19 of 25 (skin caught in a zip as a rash; a cactus
/// spine to the bone doctors; an earring back, a hair round a toe, a torn
/// earlobe and a ball bearing asked).
#[test]
fn our_hundred_and_thirty_eighth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en138.jsonl");
}

/// Written 2026-12-03 after the sixth wave was held: when it happens.
/// Scored blind: **no false alarm**, emergencies 6 of 6, departments 22 of
/// 25 (waking at three and sleepiness after lunch asked; a dry throat with
/// phlegm each morning to the chest doctors, still so).
#[test]
fn our_hundred_and_forty_ninth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh149.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 6 of 6, departments 23 of 25 (waking "at 3am on the dot"
/// asked; bulging leg veins to the bone doctors).
#[test]
fn our_hundred_and_thirty_ninth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en139.jsonl");
}

/// Written with the pair above: what the mirror shows. Scored blind: **no
/// false alarm**, emergencies 5 of 6 (a neck "突然肿得很大" with noisy
/// breath), departments 16 of 25 (a lopsided face, a lump behind the ear,
/// thinning eyebrows, spider veins, dark rings, a woman's chin hair and
/// white bumps asked; veins under the tongue to the vascular surgeons; a
/// pale inner eyelid to the eye clinic).
#[test]
fn our_hundred_and_fiftieth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh150.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 4 of 6 (the neck swelling with noisy breathing; lips
/// "purple" and panting), departments 15 of 25 (yellow bumps by the eyes as
/// jaundice; a red patch in the white of the eye as a rash; a pale inner
/// eyelid to the eye clinic; a cracked tongue, a lopsided face, a spot on
/// the lip, thin eyebrows, spider veins, chin hair and white bumps asked).
#[test]
fn our_hundred_and_fortieth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en140.jsonl");
}

/// Written 2026-12-03 after the seventh wave was held: money, insurance
/// and access told with the complaint. Scored blind: **no false alarm**,
/// emergencies 6 of 6, departments 21 of 25 (a fracture follow-up for an
/// insurer's certificate to the family doctors, still so; the deposit for
/// a gallbladder operation to the gut doctors; a lost vaccination record
/// and a full health check asked, still so).
#[test]
fn our_hundred_and_fifty_first_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh151.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 6 of 6, departments 24 of 25 (a full health check asked,
/// still so).
#[test]
fn our_hundred_and_forty_first_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en141.jsonl");
}

/// Written with the pair above: commuting and e-bikes. Scored blind: **one
/// false alarm** ("车祸很轻，被安全带勒得胸口疼，拍片没事" was a serious
/// accident), emergencies 5 of 6 (a fall from a bike with a sore neck and
/// both hands numb and weak), departments 17 of 25 (a toe trodden on to the
/// kidney doctors as swelling; carsickness "一坐公交就吐" to the stomach
/// doctors; panic in a packed metro to Cardiology; a jarred neck, dozing at
/// the wheel, battery acid on a hand and chafed thighs asked).
#[test]
fn our_hundred_and_fifty_second_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh152.jsonl");
}

/// The same ground in English. Scored blind: **two false alarms** (numb
/// "between the legs" after long bike rides as the cauda equina; "both my
/// legs are swollen" after a coach trip as a clot), emergencies 4 of 6
/// ("since the car hit her, her belly pain is getting worse"; the fall with
/// a sore neck and both hands weak), departments 15 of 25 (battery acid as
/// heartburn; "the wind makes my eyes water" as wind; chafed thighs to the
/// bone doctors; a trodden toe, a jarred neck, dozing at the wheel and a
/// seat belt's bruise asked).
#[test]
fn our_hundred_and_forty_second_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en142.jsonl");
}
