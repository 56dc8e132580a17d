//! The tenth round of sets for issue 12: emergencies and calm neighbours in
//! words nobody had written into the rules, each set written and scored
//! blind before any rule for it, then held at the patient bars (see
//! `triage_sets`): every emergency caught, no false alarm, at least 85 % of
//! departments given right, at most a third asked.

use crate::triage_sets::assert_patient_set;

/// Written 2026-12-02 at the start of a tenth session: twenty emergencies
/// (lips and fingertips "a bluish colour", a fever on chemotherapy, a gas
/// heater on all night, an erection of five hours, rainbow rings round
/// lights, blood "pumping out", "knifed", grapes and no air, pills at a
/// party, a baby of seven weeks at 38.2) and ten calm neighbours. Scored
/// blind: emergencies **8 of 20**, departments 6 of 10, no false alarm;
/// then read.
#[test]
fn our_twenty_seventh_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en27.jsonl");
}

/// The same in Chinese. Scored blind: emergencies **15 of 20** (化疗 with
/// 38.4, 勃起五个小时, 灯周围有彩色的圈, 扎了一刀, 酒吧里别人给的药 missed),
/// departments 9 of 10, no false alarm; then read.
#[test]
fn our_thirty_sixth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh36.jsonl");
}

/// Written after the pair above was learned: twenty emergencies (a toddler
/// floppy and not drinking, a sudden worst headache lifting boxes, an eye
/// struck and sight failing, a deep bite on the face, an arm and jaw aching
/// with a cold sweat at 62, handlebars into a tummy, hot oil over a child,
/// a spell of weakness that passed, back pain with the bladder lost, a ball
/// to the chest and breath getting harder) and ten calm neighbours (nits,
/// a verruca, cold sores, a lump in an armpit). Scored blind: emergencies
/// **10 of 20**, departments 7 of 10, no false alarm; then read.
#[test]
fn our_twenty_eighth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en28.jsonl");
}

/// The same in Chinese. Scored blind: emergencies **9 of 20** (一整盒抗抑郁药,
/// 被蜜蜂蛰, 车把顶到了肚子, 一锅热油, 小便控制不住 among the misses),
/// departments 8 of 10, no false alarm; then read. "腋下有个不痛的小疙瘩" is
/// still asked: the "不" inside it breaks the phrasing, as a denial should.
#[test]
fn our_thirty_seventh_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh37.jsonl");
}

/// A third pair, reaching those a small change endangers: twenty
/// emergencies (a newborn yellow and too sleepy to feed, soaking a pad an
/// hour a week after a birth, a calf and a pain breathing in after one,
/// dementia far worse than usual, a long lie on the floor, a tooth abscess
/// swelling to the eye, redness spreading with shivers, haemophilia and a
/// swollen knee, shoulder-tip pain at six weeks pregnant, breathless after
/// a missed dialysis, pink froth, a sunken soft spot, a trapped hernia) and
/// ten calm neighbours. Scored blind: emergencies **6 of 20**, departments
/// 8 of 10, no false alarm; then read. One label widened on reading:
/// ankles swollen after a day on one's feet also go to Nephrology, where
/// the rules send swelling of both legs.
#[test]
fn our_twenty_ninth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en29.jsonl");
}

/// The same in Chinese. Scored blind: emergencies **6 of 20**, departments
/// 7 of 10 ("最近老是放屁" and "周末喝酒喝得太多，想戒掉" were asked), no
/// false alarm; then read. The same ankle label widened.
#[test]
fn our_thirty_eighth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh38.jsonl");
}

/// A fourth pair, in a family's plain words: twenty emergencies (a washing
/// pod bitten, a face gone lopsided, heroin and no waking, a thigh broken
/// off a motorbike, a tongue getting bigger after a sting in the mouth, a
/// heart going at 180, a rash like bruises with a fever, fingers mangled by
/// a firework, a fall from a first-floor window, a baby that keeps
/// stopping breathing) and ten calm neighbours. Scored blind: emergencies
/// **11 of 20**, departments 10 of 10, no false alarm; then read.
#[test]
fn our_thirtieth_english_vignettes_meet_the_patient_bars() {
    assert_patient_set("triage_vignettes_en30.jsonl");
}

/// The same in Chinese. Scored blind: emergencies **14 of 20**, departments
/// 8 of 10, no false alarm; then read. The blind run found "有点头疼" read
/// as a nod ("点头") and so as no headache at all. "想来拆线" is still
/// asked: stitches are taken out by the surgeons or the skin clinic, and
/// the rules offer both.
#[test]
fn our_thirty_ninth_chinese_questions_meet_the_patient_bars() {
    assert_patient_set("triage_patients_zh39.jsonl");
}
