//! The eighteenth round of sets for issue 12: idioms and figures of speech
//! that borrow a danger's words ("痒得我想死", "my feet are killing me")
//! beside the same words meant literally; grandparents telling a
//! grandchild's everyday illness; the chest and the heart told vaguely
//! ("心口疼", "心里发慌", "my heart's always in my mouth"); then pain told
//! by its quality ("像针扎一样", "like razor blades") beside the
//! emergencies whose quality matters, and teenagers speaking for
//! themselves; then a clinic asked for by name ("看痔疮挂什么科", "which
//! department is for prostate problems") with emergencies asked the same
//! way, older men told plainly, and older women told plainly. The first
//! six sets were written before any of them was scored, the next four and
//! the four after them each before either of their pairs was, the last
//! two before they were; each before any rule for it, then held at the patient bars (see `triage_sets`): every emergency
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

/// Written 2026-12-03 after the three pairs above were held: twenty-five
/// pains told by their quality ("像针扎一样", "像火烧一样", "像被撕开一样" of a
/// back strained lifting, "像过电一样", "像刀割一样" of a throat, a bladder,
/// an anus and a gouty toe, "一跳一跳地疼", "一阵一阵绞着疼") and six
/// emergencies whose quality is the sign (a chest torn through to the
/// back, a head struck as if by a club, a belly like a twisting knife and
/// hard as a board, a leg gone white without a pulse, an elephant on the
/// chest, a testicle as if kicked). Scored blind: **no false alarm**,
/// emergencies **2 of 6** (a simile between the chest and its pain hid the
/// pain: "胸口突然像被撕开一样疼"), departments 21 of 25 (4 asked: "一阵一阵绞着
/// 疼", "一跳一跳地疼", "后脚跟", a gouty toe).
#[test]
fn our_eighty_first_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh81.jsonl");
}

/// The same ground in English, written before either set was scored.
/// Scored blind: **2 false alarms** (a back "ripped apart" since lifting
/// a box read as a tearing aorta; "electric shocks running down my arm"
/// as an electric shock), emergencies 5 of 6 (a belly "rigid as a
/// board"), departments 20 of 25 (1 asked; a heel "like stepping on a
/// nail" to General Surgery as a puncture, "like passing broken glass" to
/// Gastroenterology).
#[test]
fn our_seventy_first_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en71.jsonl");
}

/// Written 2026-12-03 with the pair above: twenty-five complaints of
/// teenagers speaking for themselves (spots, a period not yet come, the
/// bone below the knee, exam nerves, a jammed finger, feeling fat and
/// making oneself sick, an ear piercing, braces, a breast bud, a phone at
/// night, the board unreadable, a sunken breastbone) and six emergencies
/// (a friend drunk and unrousable, a blow to the belly and pale, a
/// girlfriend's whole packet of pills, sudden breathlessness after
/// vaping, a collapse after a race, a sudden painful testicle). Scored
/// blind: **no false alarm**, emergencies 6 of 6, departments 23 of 25 (1
/// asked: a sunken breastbone; "觉得自己太胖" to Endocrinology).
#[test]
fn our_eighty_second_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh82.jsonl");
}

/// The same ground in English, written before either set was scored.
/// Scored blind: **no false alarm**, emergencies 5 of 6 ("kneed in the
/// stomach at rugby … gone pale"), departments 19 of 25 (6 asked: "my
/// spots", a phone until 2am, the board, a sunken breastbone, stiff
/// calves, oily skin).
#[test]
fn our_seventy_second_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en72.jsonl");
}

/// Written 2026-12-03 after the two pairs above were held: twenty-five
/// questions naming the clinic wanted by a disease, a test or a treatment
/// (piles, a stomach camera, H. pylori, a mole, reading glasses, a rabies
/// jab, wisdom teeth, the prostate, stopping smoking, a child's
/// vaccinations, a pregnancy scan, a counsellor, rehabilitation after a
/// stroke, ear wax, a ganglion) and six emergencies asked the same way ("…
/// 挂哪个科": a stroke, a crushing chest, a coin and breathlessness, a
/// bottle of sleeping pills, a snake bite, bleeding at seven months).
/// Scored blind: **no false alarm**, emergencies 6 of 6, departments 23 of
/// 25 (2 asked: "孩子打预防针去哪里", "腱鞘囊肿").
#[test]
fn our_eighty_third_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh83.jsonl");
}

/// The same ground in English, written before either set was scored.
/// Scored blind: **no false alarm**, emergencies 6 of 6, departments 23 of
/// 25 (2 asked: children's vaccinations, "a counsellor").
#[test]
fn our_seventy_third_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en73.jsonl");
}

/// Written 2026-12-03 with the pair above: twenty-five complaints of
/// older men told plainly (the night's trips to the toilet, a thin slow
/// stream, dribbling, "那方面不行", a raised PSA, a groin bulge that goes
/// lying down, a bag of worms, a gouty toe, thirst, deafness, a smoker's
/// morning cough, frothy urine, calves that stop him walking, a tailbone,
/// thick yellow toenails, a neck gone thick) and six emergencies (a day
/// without passing urine and a bursting belly, clots and then nothing, a
/// sudden swollen testicle, a groin bulge stuck and vomiting, a tearing
/// pain to the back, a drinker collapsed in the toilet). Scored blind:
/// **no false alarm**, emergencies 5 of 6 ("一天没尿出来了，肚子胀得难受"),
/// departments **15 of 25** (8 asked).
#[test]
fn our_eighty_fourth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh84.jsonl");
}

/// The same ground in English, written before either set was scored.
/// Scored blind: **no false alarm**, emergencies 4 of 6 ("haven't been
/// able to pee all day and my belly is bursting", "full of clots and now
/// nothing will come out"), departments **15 of 25** (6 asked; thirst and
/// frothy urine to Urology by "peeing" and "urine", leg cramps to
/// Gastroenterology by "cramps").
#[test]
fn our_seventy_fourth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en74.jsonl");
}

/// Written 2026-12-03 after the pairs above were held: twenty-five
/// complaints of older women told plainly (periods all over the place,
/// flushes in waves, a leak on coughing, something dragging down below,
/// bleeding after the change, dryness, a breast lump, a nipple turned in,
/// thin bones, a stoop, stiff swollen fingers, brown patches, thinning
/// hair, a temper, stinging urine, a hand numb at night, aching veins, dry
/// eyes and mouth, cracked heels, HPV, cholesterol, light sleep) and six
/// emergencies (heavy bleeding after the menopause with faintness, slurred
/// speech and a weak side, a heavy chest with back pain and sweat, a hip
/// after a fall, half a bottle of sleeping pills, an inflamed breast with
/// a high fever and shaking chills). Scored blind: **no false alarm**,
/// emergencies 5 of 6 (the inflamed breast), departments 21 of 25 (1
/// asked; flushes "一阵一阵地出汗" to Psychiatry by the sleep, "背也驼了" to
/// Endocrinology by "矮", "看什么都不顺眼" to the eye clinic by "眼").
#[test]
fn our_eighty_fifth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh85.jsonl");
}

/// The same ground in English, written before either set was scored.
/// Scored blind: **no false alarm**, emergencies 5 of 6 (the inflamed
/// breast), departments 23 of 25 (2 asked: spotting "years after the
/// change", "thin bones").
#[test]
fn our_seventy_fifth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en75.jsonl");
}
