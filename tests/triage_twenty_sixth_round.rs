//! The twenty-sixth round of sets for issue 12: a practical question at the
//! kiosk (the fee, the card, the queue) with a complaint in it, beside a
//! heart attack or a stroke told while asking where to pay; on the road
//! (driving, cycling, a crash) beside internal bleeding, a hurt neck with
//! numb arms and charcoal fumes in a car. Then festivals, banquets and
//! family gatherings beside a firecracker in the hand, a rice ball choked
//! on and a family poisoned by a brazier; and complaints told by colour
//! (yellow eyes, white nails, red palms, grey hair) beside blue lips, tarry
//! stools and a white, cold leg. Then what the internet said beside the
//! same words happening now, and the gym, diet pills and supplements beside
//! muscles breaking down and a collapse on a treadmill. Then what others
//! noticed (a wife, a teacher, a colleague) and "can it wait?" beside the
//! emergencies that cannot. Then numbers, counts and pain scores, and what
//! another doctor said beside a patient sent home who is now worse. Then
//! asking for a stranger or a passer-by beside a collapse at the door, and
//! what is worn (shoes, glasses, a ring, a mask) beside a ring cutting off a
//! finger, an eye lost under a lens and a coat on fire. Last, vaping, drink,
//! coffee and drugs taken for pleasure beside ecstasy, heroin and a spiked
//! drink, and hobbies beside a fishing rod on a power line and wild
//! mushrooms. Each wave of four sets was written and committed before any
//! of its sets was scored and before any rule for it, after the waves
//! before were held; then held at the patient bars (see `triage_sets`).
//! Blind, over the twenty-eight sets: **7 false alarms in 700 calm
//! questions** (1.0 %), emergencies **148 of 168** (88 %), departments
//! **611 of 700** (87 %), 52 asked. All are held now.

use crate::triage_sets::assert_patient_set;

/// Written 2026-12-04 at the start of a twenty-sixth session: a practical
/// question with a complaint in it. Scored blind: **no false alarm**,
/// emergencies 6 of 6, departments 25 of 25.
#[test]
fn our_hundred_and_sixty_first_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh161.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 6 of 6, departments 25 of 25.
#[test]
fn our_hundred_and_fifty_first_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en151.jsonl");
}

/// Written with the pair above: on the road. Scored blind: **2 false
/// alarms** (nightmares "出车祸以后" read as a crash now; a seatbelt bruise
/// "喘气正常" read as breathlessness), emergencies 6 of 6, departments 22
/// of 25 (loud snoring with a sleepy day to Neurology).
#[test]
fn our_hundred_and_sixty_second_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh162.jsonl");
}

/// The same ground in English. Scored blind: **1 false alarm** ("I came
/// off my scooter and grazed my knee" as a serious accident), emergencies
/// 5 of 6 (a hurt neck with both arms numb and weak "after the crash":
/// "crash" alone was no accident), departments 19 of 25 (road signs
/// "harder to read", a hand shut in a car door and a seatbelt bruise
/// asked; snoring and nodding off at the wheel to the psychiatrists as
/// insomnia; calves puffy after a twelve-hour drive to the kidney doctors).
#[test]
fn our_hundred_and_fifty_second_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en152.jsonl");
}

/// Written after the first wave was held: festivals, banquets and family
/// gatherings. Scored blind: **no false alarm**, emergencies 6 of 6,
/// departments 24 of 25 ("大便好几天没解" asked).
#[test]
fn our_hundred_and_sixty_third_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh163.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 6 of 6, departments 23 of 25 (a back "left stiff" by
/// mahjong and an 82-year-old's legs "slow and stiff" asked).
#[test]
fn our_hundred_and_fifty_third_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en153.jsonl");
}

/// Written with the pair above: told by colour. Scored blind: **1 false
/// alarm** (a child's cheeks red "像被打了一样" read as a thunderclap
/// headache), emergencies 6 of 6, departments 19 of 25 (white spots on the
/// nails, grey hair at thirty, dark yellow urine from drinking little and
/// red palms asked; a red nose tip with fine veins to ENT).
#[test]
fn our_hundred_and_sixty_fourth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh164.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 6 of 6, departments 16 of 25 (the nails, the grey hair and
/// the palms asked; "yellowing" was stemmed to a bare "yellow", so an eye
/// with yellow gunk and yellow snot went to the gut doctors as jaundice;
/// the nose veins to ENT, a white patch inside the cheek to the skin
/// doctors, dark yellow urine to the liver, a yellowish tinge to the skin
/// doctors by "skin").
#[test]
fn our_hundred_and_fifty_fourth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en154.jsonl");
}

/// Written after the second wave was held: what the internet said, then
/// the complaint. Scored blind: **no false alarm**, emergencies 5 of 6 (a
/// handful of sleeping pills told across two clauses: "安眠药…可我吃了一
/// 把"), departments 25 of 25.
#[test]
fn our_hundred_and_sixty_fifth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh165.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 5 of 6 (a headache that "exploded suddenly" and made her
/// sick), departments 23 of 25 ("thick yellow toenails" asked; spots on the
/// chin "hormonal" to the endocrinologists).
#[test]
fn our_hundred_and_fifty_fifth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en155.jsonl");
}

/// Written with the pair above: the gym, diet pills and supplements. Scored
/// blind: **1 false alarm** ("补钙的药吃了很多" as an overdose), emergencies
/// 4 of 6 (thighs hard and swollen with urine like soy sauce after a spin
/// class; a man who "捂着胸口倒下了" on a treadmill), departments 20 of 25
/// (vitamin D and chafing from a spin class asked; periods stopped by diet
/// pills and constipation from meal replacements to the endocrinologists by
/// "减肥").
#[test]
fn our_hundred_and_sixty_sixth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh166.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 5 of 6 (rock-hard thighs and urine the colour of cola: the
/// thighs were not heard as muscles), departments 23 of 25 (calcium and
/// kidney stones asked: "to check I'm not getting" was read as a denial; a
/// punch to the nose at boxing to the bone doctors).
#[test]
fn our_hundred_and_fifty_sixth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en156.jsonl");
}

/// Written after the third wave was held: what others noticed. Scored
/// blind: **1 false alarm** (a nursery child who "听不清楚，叫他没反应" read
/// as unconscious), emergencies 6 of 6, departments 17 of 25 (the television
/// turned up, a bald patch, small slow steps, a parent withdrawn and
/// staring, and hands that shake asked; "女儿说我老是重复" to Paediatrics;
/// legs that move in sleep to the bone doctors).
#[test]
fn our_hundred_and_sixty_seventh_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh167.jsonl");
}

/// The same ground in English. Scored blind: **1 false alarm** (a nursery
/// child who "doesn't respond when they call him"), emergencies 5 of 6 (a
/// mother found on the floor, drowsy and unable to get her words out),
/// departments 20 of 25 (tiny slow steps, eating more but thinner, and a
/// parent who sits staring asked; "My daughter says I keep repeating
/// myself" to Paediatrics).
#[test]
fn our_hundred_and_fifty_seventh_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en157.jsonl");
}

/// Written with the pair above: "can it wait?". Scored blind: **no false
/// alarm**, emergencies 4 of 6 (a child with a fever of forty "叫他都不太
/// 理人"; "吃了一瓶降压药"), departments 23 of 25 (a painless lump on the
/// hand asked between the surgeons and the skin doctors, still so; blood
/// fats "有点高" asked).
#[test]
fn our_hundred_and_sixty_eighth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh168.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 4 of 6 ("like a stone on my chest" with a cold sweat read as
/// kidney stones; a son with a fever of 40 who "barely responds"),
/// departments 24 of 25 (the lump on the hand asked, still so).
#[test]
fn our_hundred_and_fifty_eighth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en158.jsonl");
}

/// Written after the fourth wave was held: numbers, counts and pain
/// scores. Scored blind: **no false alarm**, emergencies 6 of 6,
/// departments 20 of 25 (up four or five times a night, bowels once a
/// week, waking after two or three hours, skin tags "小肉粒" on the neck
/// and twenty or thirty sneezes a day asked).
#[test]
fn our_hundred_and_sixty_ninth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh169.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 6 of 6, departments 24 of 25 ("lost 2 kilos in three
/// months" asked).
#[test]
fn our_hundred_and_fifty_ninth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en159.jsonl");
}

/// Written with the pair above: what another doctor said. Scored blind:
/// **no false alarm**, emergencies 6 of 6, departments 23 of 25 (an ECG
/// "有点问题" asked; "中医说我是肝火旺" to the gut doctors by "肝").
#[test]
fn our_hundred_and_seventieth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh170.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 6 of 6, departments 19 of 25 ("it's my neck", tendonitis,
/// pharyngitis, astigmatism, scoliosis and an ECG "a bit off" asked: the
/// words other doctors use were not in the rules).
#[test]
fn our_hundred_and_sixtieth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en160.jsonl");
}

/// Written after the fifth wave was held: asking for a stranger or a
/// passer-by. Scored blind: **no false alarm**, emergencies 6 of 6,
/// departments 24 of 25 (a street sweeper's skin "裂开了" asked).
#[test]
fn our_hundred_and_seventy_first_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh171.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 6 of 6, departments 24 of 25 (a waiter's hand red from
/// spilt hot soup asked).
#[test]
fn our_hundred_and_sixty_first_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en161.jsonl");
}

/// Written with the pair above: what is worn. Scored blind: **no false
/// alarm**, emergencies 4 of 6 (a ring stuck with the finger purple and
/// cold; a night in contact lenses, the eye in agony and blind), departments
/// 22 of 25 (the balls of the feet after heels and a toenail's edge red in
/// small shoes asked; a headache from new glasses to Neurology).
#[test]
fn our_hundred_and_seventy_second_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh172.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 3 of 6 (the ring, the lens, and a coat that caught fire with
/// the back "badly burnt"), departments 21 of 25 (a pierced earlobe oozing
/// and spots from a mask asked; new glasses to Neurology; "the balls of my
/// feet" to Urology).
#[test]
fn our_hundred_and_sixty_second_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en162.jsonl");
}

/// Written after the sixth wave was held: vaping, drink, coffee and drugs
/// taken for pleasure. Scored blind: **no false alarm**, emergencies 5 of 6
/// (a drink "别人给的" and now "昏昏沉沉站不起来": no flag for a spiked
/// drink), departments 18 of 25 (an aching jaw from chewing gum and a
/// smoker's fingers "熏黄" asked; weight put on after quitting smoking to
/// the chest doctors, still so; a red face with bumps after drink to the
/// family doctors, still so; palpitations and shaky hands after strong tea
/// to Neurology, still so; calves that hurt after a short walk to the bone
/// doctors; a bottle a day and a question about the liver to the
/// psychiatrists).
#[test]
fn our_hundred_and_seventy_third_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh173.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 5 of 6 (the spiked drink), departments 19 of 25 (testing
/// for infections, the jaw and stained fingers asked; a red, blotchy face
/// with drink to the family doctors, still so; the morning shakes after
/// drinking to Neurology; spirits every day and the liver to the
/// psychiatrists).
#[test]
fn our_hundred_and_sixty_third_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en163.jsonl");
}

/// Written with the pair above: hobbies. Scored blind: **no false alarm**,
/// emergencies 5 of 6 (mushrooms "采了…吃" with vomiting and yellow eyes:
/// only "毒蘑菇" and "野蘑菇" were poisons), departments 25 of 25.
#[test]
fn our_hundred_and_seventy_fourth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh174.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 5 of 6 (a fishing rod that touched an overhead power line),
/// departments 24 of 25 (calves aching after hill walking to the vascular
/// surgeons as claudication).
#[test]
fn our_hundred_and_sixty_fourth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en164.jsonl");
}
