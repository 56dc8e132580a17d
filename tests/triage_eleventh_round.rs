//! The eleventh round of sets for issue 12: calm questions about a red
//! flag that is over, someone else's, seen to since, or asked about in
//! general ("我爸三年前脑出血", "my husband collapsed last Tuesday and was
//! taken to hospital", "脑出血会不会遗传"), each beside an emergency in the
//! same words happening now. Each set was written and scored blind before
//! any rule for it, then held at the patient bars (see `triage_sets`):
//! every emergency caught, no false alarm, at least 85 % of departments
//! given right, at most a third asked.

use crate::triage_sets::assert_patient_set;

/// Written 2026-12-02 at the start of an eleventh session: twenty calm
/// questions about a stroke, a fit, a heart attack, a suicide attempt or a
/// faint that is over, and ten emergencies in the same words now. Scored
/// blind: emergencies **9 of 10**, departments 14 of 20, **3 false
/// alarms** ("a febrile convulsion last year", "a car crash last year",
/// "fainted from low sugar twice before"); then read.
#[test]
fn our_thirty_first_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en31.jsonl");
}

/// The same in Chinese. Scored blind: emergencies **8 of 10** ("发作了十分钟
/// 还没停" for a son with epilepsy, and a fall with vomiting and growing
/// drowsiness), departments 18 of 20, no false alarm; then read.
/// "孩子小时候误吞过一枚硬币" is still asked.
#[test]
fn our_fortieth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh40.jsonl");
}

/// Written after the pair above was scored, before any rule for it: stories
/// told over several clauses (taken to hospital, named by a doctor, dated to
/// a season or a weekday) and questions about an illness. Scored blind:
/// emergencies **7 of 10** (three fits in a row, a defibrillator's shocks,
/// a swollen calf with breathlessness after an earlier clot), departments
/// 13 of 20, **3 false alarms**; then read. "He was diagnosed with epilepsy
/// after a fit last spring and the tablets make him tired" still goes to
/// general medicine, and a faint told as once and nothing is asked.
#[test]
fn our_thirty_second_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en32.jsonl");
}

/// The same in Chinese, in the words of consultation sites' questions.
/// Scored blind: emergencies 10 of 10, departments 12 of 20, **5 false
/// alarms** ("脑出血会不会遗传给孩子", "癫痫发作会不会伤到大脑", "高血压病人
/// 突然晕倒一般是什么原因", "呕血以后做了胃镜说是胃溃疡", "一氧化碳中毒以后
/// 记性变差，能恢复吗"); then read. "我妈两年前脑梗，现在走路还有点拖腿"
/// still goes to Orthopaedics.
#[test]
fn our_forty_first_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh41.jsonl");
}

/// A second pair, written after every fix for the pair above and scored
/// blind: calm questions about a bleed on the brain in 2021, an overdose at
/// nineteen, a wrist broken in April, a faint while giving blood once, "is
/// stroke hereditary?", and emergencies in the same words now. Scored
/// blind: emergencies 10 of 10, departments 14 of 20, **2 false alarms**
/// ("Does having a seizure damage the brain?", a faint "once"); then read.
/// The doctor who sends a patient on ("my GP wants me to see someone about
/// my mood") was read as the department asked for. "Back in 2021 my father
/// had a bleed on the brain; he's fine now but gets tired easily" still
/// goes to general medicine.
#[test]
fn our_thirty_third_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en33.jsonl");
}

/// The same in Chinese. Scored blind: emergencies **8 of 10** (pills all
/// taken at once, and severe one-sided pain at six weeks pregnant with
/// near fainting, missed), departments 15 of 20, **2 false alarms**
/// ("抽搐对大脑有损伤吗", a ladder fall dated "四月份"); then read.
/// "2021年我爸脑出血，现在恢复得不错，就是容易累" still goes to general
/// medicine.
#[test]
fn our_forty_second_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh42.jsonl");
}

/// A third pair, written after the fixes for both pairs above: fifteen
/// emergencies reaching into new ground (a slur of ten minutes that passed,
/// two magnets, a head knock on warfarin, a cup of tea over a toddler,
/// coffee grounds, sparkly sight at 34 weeks, a sugar of 1.9, fingers
/// caught in a machine, voices telling a girl to jump) and ten calm
/// neighbours told as over. Scored blind: emergencies **12 of 15**,
/// departments 8 of 10, no false alarm; then read.
#[test]
fn our_thirty_fourth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en34.jsonl");
}

/// The same in Chinese. Scored blind: emergencies **12 of 15** ("说话不清楚"
/// was no stroke sign, a scald that blistered a child, voices telling her
/// to jump), departments 5 of 10, no false alarm; then read. One label
/// widened on reading: a daughter's ringing ears also go to Paediatrics,
/// where the rules send a child's ear by design.
#[test]
fn our_forty_third_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh43.jsonl");
}

/// A fourth pair, after every fix above: fifteen emergencies (a wasp in a
/// drink and a voice going croaky, chest pain after cocaine, a belly swollen
/// hard with nothing passed for three days, a thunderclap headache, a
/// diabetic child breathing deeply, waters broken at 30 weeks, a stab with a
/// screwdriver, ketamine and no proper response, a curtain over one eye,
/// fever with a headache and the light unbearable, a wrist cut on purpose)
/// and ten calm neighbours. Scored blind: emergencies **13 of 15**,
/// departments 6 of 10, **2 false alarms** (an EpiPen asked about, waters
/// broken "with my first baby"); then read. A son's old sting still goes to
/// Paediatrics, by the child rule, and two questions are asked.
#[test]
fn our_thirty_fifth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en35.jsonl");
}

/// The same in Chinese. Scored blind: emergencies **11 of 15** (the sting
/// in the mouth, "血流得很多", "叫他没什么反应", "怕光" missed), departments
/// 7 of 10, no false alarm; then read.
#[test]
fn our_forty_fourth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh44.jsonl");
}

/// A fifth pair, after every fix above: fifteen emergencies (a head knock
/// and the same question asked over and over, a cold floppy baby of three
/// weeks, heatstroke, a button battery, a baby born at home not breathing, a
/// punch to the throat and a changed voice, a tearing belly pain with a
/// known aneurysm, antifreeze, a sugar of 28 and drowsy, a nosebleed of
/// forty minutes on blood thinners, a headache with one pupil bigger, iron
/// tablets, a lot of bright red blood from the back passage) and ten calm
/// neighbours. Scored blind: emergencies **10 of 15**, departments 7 of
/// 10, **1 false alarm** (a daughter's iron tablets, prescribed); then read.
#[test]
fn our_thirty_sixth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en36.jsonl");
}

/// The same in Chinese. Scored blind: emergencies **8 of 15**, departments
/// 7 of 10, no false alarm; then read. A plastic bead swallowed yesterday
/// by a boy who is well is still asked, in both languages.
#[test]
fn our_forty_fifth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh45.jsonl");
}

/// A sixth pair, after every fix above: fifteen emergencies (a hernia gone
/// hard, dishwasher liquid drunk, a peak flow under half, one side numb and
/// words lost, blue lips after painkillers, a testicle in severe pain for
/// two hours, hot dry skin and muddled, a hip turned out after a fall, a
/// fish bone and no swallowing, a painful red eye with halos, a bulging
/// soft spot with a fever, blood squirting from a cut, a baby unmoving at
/// eight months, "an elephant" on the chest, a friend's insulin) and ten
/// calm neighbours. Scored blind: emergencies **9 of 15**, departments 9
/// of 10, no false alarm; then read. Toothpaste swallowed is still asked.
#[test]
fn our_thirty_seventh_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en37.jsonl");
}

/// The same in Chinese. Scored blind: emergencies **5 of 15**, departments
/// 9 of 10, no false alarm; then read. "孩子吞了一点牙膏" still goes to the
/// dentist.
#[test]
fn our_forty_sixth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh46.jsonl");
}
