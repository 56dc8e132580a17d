//! The twenty-second round of sets for issue 12: a complaint corrected or
//! told by what it is not ("不是胸口疼，是胃疼", "he's not drunk, his speech
//! suddenly went slurred"); food and drink beside wild mushrooms, pufferfish
//! and bootleg spirits; what is awkward to say beside a torsion, an ectopic,
//! something stuck in the back passage and a rape. Then loneliness, grief
//! and caring beside an overdose, a threat to jump and a father on the
//! floor; patients with a disability beside autonomic dysreflexia, a choke
//! gone to the chest and a neck cord pressed in Down's syndrome; complaints
//! told with a guess or a doubt ("也不知道是不是中风"). Then a complaint
//! made light of ("应该没什么大事，就是胸口有点压着疼") and what was tried at
//! home first (plasters, cupping, moxibustion, a cephalosporin and a drink,
//! a herbal poultice on a cut). Then school-age children told by their
//! parents and teachers, and what was noticed by chance, in a mirror, a bath
//! or by someone else. Last, pain given a score out of ten, and a
//! relative's illness as the yardstick ("跟我爸心梗那次一模一样"). The first
//! wave (six sets) was written before any was scored, the second (six), the
//! third, the fourth and the fifth (four each) each before any of their
//! sets was, after the waves before were held. Each set was scored before
//! any rule for it, then held at the patient bars (see `triage_sets`).
//!
//! Blind, over the twenty-four sets: **4 false alarms in 600 calm
//! questions** (0.7 %), emergencies **122 of 144** (85 %), departments
//! **489 of 600** (81.5 %). All are held now.

use crate::triage_sets::assert_patient_set;

/// Written 2026-12-03 at the start of a twenty-second session. Scored
/// blind: **no false alarm**, emergencies 6 of 6, departments 23 of 25
/// ("不是尿频，是尿的时候有点烧" asked: a burning told as "烧" after "尿的时候";
/// cold hands and feet every winter to Cardiology, not Chinese medicine).
#[test]
fn our_hundred_and_thirteenth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh113.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 6 of 6, departments 22 of 25 (the knee corrected, asked
/// between the bone and joint doctors; "slept funny" and a neck that "won't
/// turn" unheard; cold hands and feet to Cardiology).
#[test]
fn our_hundred_and_third_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en103.jsonl");
}

/// Written with the pair above. Scored blind: **no false alarm**,
/// emergencies 5 of 6 ("散装白酒" and then "眼睛看不见了": the bootleg-spirits
/// flag heard only blurred sight), departments 22 of 25 (a mouth gone numb
/// after pineapple, sleepiness after meals and a gurgling belly asked).
#[test]
fn our_hundred_and_fourteenth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh114.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 5 of 6 ("homemade spirit and now he can't see"),
/// departments 18 of 25 (milk that "goes straight through me", food that
/// sticks, sleepy after meals and a gurgling tummy asked; a tongue bitten
/// to the surgeons as a cut; pineapple's tingle to Neurology; a flush with
/// itching after a drink to General Practice, still so).
#[test]
fn our_hundred_and_fourth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en104.jsonl");
}

/// Written with the pairs above. Scored blind: **no false alarm**,
/// emergencies 4 of 6 (something stuck in the back passage with pain and
/// bleeding; "我被人强暴了"), departments 21 of 25 (smelly feet, stool that
/// leaks and a dribble after passing water asked; a lump on the bottom
/// asked between the surgeons and the skin clinic, still so).
#[test]
fn our_hundred_and_fifteenth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh115.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 3 of 6 (a late period, one-sided pain "low down" and a near
/// faint: "low down" was no belly; the back passage; the rape),
/// departments 18 of 25 (a split condom to Obstetrics as a pregnancy;
/// dandruff "all over my shoulders" to Orthopaedics, still so; smelly
/// armpits and feet, stool that leaks, a worry about catching something
/// and a daughter not yet developing asked).
#[test]
fn our_hundred_and_fifth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en105.jsonl");
}

/// Written after the first wave was held. Scored blind: **no false
/// alarm**, emergencies 5 of 6 ("说要从楼上跳下去" was no threat),
/// departments 11 of 25 (grief, loneliness and a carer's exhaustion told
/// without a diagnosis asked or sent elsewhere; "跟着儿子", "孩子都在外地"
/// and "带孙子" made a child the patient; a fear of cancer to Oncology; a
/// fear of falling to Orthopaedics as a fall).
#[test]
fn our_hundred_and_sixteenth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh116.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 4 of 6 ("lying on the floor not moving": every "lying" was
/// heard as the lie-in that rules a loss of consciousness out; "he'll jump
/// off the roof"), departments 14 of 25 (a son one lives with made the
/// patient a child; "hearing him call my name" to the ear clinic; a fear of
/// cancer to Oncology; the rest of grief asked).
#[test]
fn our_hundred_and_sixth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en106.jsonl");
}

/// Written with the pair above. Scored blind: **one false alarm**
/// ("我是半身不遂，瘫的那只手肿了": a paralysis long known read as a stroke),
/// emergencies 4 of 6 (a child with cerebral palsy, a high fever and
/// "喘得厉害" after choking; Down's syndrome with neck pain, an unsteady walk
/// and weak hands), departments 18 of 25.
#[test]
fn our_hundred_and_seventeenth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh117.jsonl");
}

/// The same ground in English. Scored blind: **one false alarm** ("keeps
/// coughing and choking when he eats", a habit, heard as choking now),
/// emergencies 5 of 6 (the neck cord), departments 19 of 25 ("hearing aid"
/// heard as AIDS; a brother who "won't eat" to Paediatrics; a catheter's
/// cloudy urine after a spinal injury to Orthopaedics, still so).
#[test]
fn our_hundred_and_seventh_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en107.jsonl");
}

/// Written with the pairs above. Scored blind: **no false alarm**,
/// emergencies 6 of 6, departments 25 of 25: a guess or a doubt already
/// left the complaint in its clinic.
#[test]
fn our_hundred_and_eighteenth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh118.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 6 of 6, departments 22 of 25 ("out of sorts" asked; cracked
/// corners of the mouth to General Practice; "leg cramps at night" heard as
/// belly cramps).
#[test]
fn our_hundred_and_eighth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en108.jsonl");
}

/// Written after the second wave was held. Scored blind: **no false
/// alarm**, emergencies 6 of 6, departments 22 of 25 ("看东西有点花" in old
/// age to Geriatrics; a "小肉疙瘩" and a lymph node asked).
#[test]
fn our_hundred_and_nineteenth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh119.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 6 of 6, departments 24 of 25 (dark stools on iron asked).
#[test]
fn our_hundred_and_ninth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en109.jsonl");
}

/// Written with the pair above. Scored blind: **no false alarm**,
/// emergencies 5 of 6 (a herbal poultice, the wound "发黑流脓" and a high
/// fever), departments 21 of 25 (moxibustion's burn and a neck rubbed at
/// home to Chinese medicine; "两道杠" on a test asked; "三十八度五" with no
/// word for a fever asked, still so).
#[test]
fn our_hundred_and_twentieth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh120.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 5 of 6 (the poultice, "now it's black"), departments 22 of
/// 25 (senna, a squeezed spot and "still 38.5" asked; the last still so).
#[test]
fn our_hundred_and_tenth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en110.jsonl");
}

/// Written after the third wave was held. Scored blind: **no false
/// alarm**, emergencies 5 of 6 (a thirsty, thinner girl vomiting and slow
/// to answer: "特别能喝水" was no thirst), departments 20 of 25 (a spine
/// "有点侧弯", a crying refusal of school, a pencil's lead under the skin
/// and a child's clumsy hands asked; a black eye from a fight to
/// Orthopaedics, still so).
#[test]
fn our_hundred_and_twenty_first_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh121.jsonl");
}

/// The same ground in English. Scored blind: **one false alarm** (a
/// classmate "stabbed" a hand with a pencil, read as an assault),
/// emergencies 6 of 6, departments 20 of 25 (breasts developing at eight to
/// the breast surgeons; clumsy hands, crying before school and a rounded
/// back asked).
#[test]
fn our_hundred_and_eleventh_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en111.jsonl");
}

/// Written with the pair above. Scored blind: **no false alarm**,
/// emergencies 6 of 6, departments 17 of 25 ("眼白有点黄" to the eye clinic;
/// legs that kick in sleep to Orthopaedics; a hoarse voice, uneven thigh
/// creases in a baby, a swelling that moves on swallowing, a growing dark
/// spot on a sole, a dark line up a nail and repeating oneself asked; the
/// hoarse voice still so, since a hoarse voice weighed towards the ear,
/// nose and throat clinic sent real coughs with a hoarse throat there).
#[test]
fn our_hundred_and_twenty_second_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh122.jsonl");
}

/// The same ground in English. Scored blind: **one false alarm** ("my
/// mouth is a bit crooked when I talk, it's been years" read as a stroke),
/// emergencies 3 of 6 (one leg "red, swollen and hot" with a short breath;
/// "it was all blood" on the toilet with dizziness on standing; a hand that
/// "suddenly couldn't hold the toothbrush"), departments 16 of 25 (a
/// husky voice asked, still so).
#[test]
fn our_hundred_and_twelfth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en112.jsonl");
}

/// Written after the fourth wave was held. Scored blind: **no false
/// alarm**, emergencies 6 of 6, departments 22 of 25 (a toothache "有八分"
/// that keeps one awake to the sleep clinic, still so; a surgical wound's
/// pain and a calf cramp "疼到八分" asked, both still so: "手术伤口" weighed
/// towards the surgeons moved a real question about a wound after a
/// gynaecological operation away from the gynaecologists).
#[test]
fn our_hundred_and_twenty_third_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh123.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 5 of 6 (a boy's tummy pain "ten out of ten", vomiting, who
/// "cries if you touch the lower right"), departments 24 of 25 (a surgical
/// wound asked).
#[test]
fn our_hundred_and_thirteenth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en113.jsonl");
}

/// Written with the pair above. Scored blind: **no false alarm**,
/// emergencies 5 of 6 ("跟我爸心梗那次一模一样，胸口压着疼，出冷汗": the "那次"
/// of the likeness put the whole sentence in the past), departments 24 of
/// 25 (a grandmother's dementia named, "我最近也老忘事", to Geriatrics, still
/// so).
#[test]
fn our_hundred_and_twenty_fourth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh124.jsonl");
}

/// The same ground in English. Scored blind: **no false alarm**,
/// emergencies 5 of 6 (a sister's ectopic, "my period is late, I have
/// severe pain on one side and feel faint": pain "on one side" was no
/// belly), departments 24 of 25 ("my hair is starting to go" asked).
#[test]
fn our_hundred_and_fourteenth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en114.jsonl");
}
