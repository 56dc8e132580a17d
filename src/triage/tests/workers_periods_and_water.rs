//! Health workers, periods, water and pregnancy told by its weeks: a
//! clinician naming their own job or ward asks for no clinic, and a
//! needlestick goes to the infection clinic. Hot flushes, bleeding years
//! after the periods stopped and bleeding between periods are the
//! gynaecologists'; a late period with severe pain low down, or with pain
//! and a pale face, is an ectopic. "I'm thirty-two weeks" is a pregnancy
//! where "I'm thirty" is an age; a sea urchin's spine and a scald from the
//! bath find the surgeons, and a dive onto the bottom with a hurt neck is
//! an emergency.

use super::*;

#[test]
fn a_clinician_naming_their_work_asks_for_no_clinic() {
    assert_department(
        "04.03",
        &[
            "I'm a cardiologist and my knee hurts",
            "我在眼科上班，手腕疼",
        ],
        &[],
    );
    assert_department("03.01", &["我是妇科医生，最近咳嗽"], &[]);
    assert_department("03.02", &["我在皮肤科上班，最近胃疼"], &[]);
    assert_department("05.01", &["I need a gynaecologist"], &[]);
    assert_department(
        "16",
        &[
            "I got a needlestick injury at work",
            "护士被病人用过的针头扎伤了",
        ],
        &[],
    );
}

#[test]
fn the_change_of_life_and_the_cycle_find_gynaecology() {
    assert_department(
        "05.01",
        &[
            "I'm getting hot flushes",
            "绝经五年了，最近有点出血",
            "两次月经中间有点出血",
        ],
        &[],
    );
    assert_department("04.04", &["尿检隐血三个加号"], &["大便隐血两个加号"]);
}

#[test]
fn a_late_period_with_severe_or_pale_pain_is_an_ectopic() {
    assert_emergencies(
        &[
            "月经推迟了一周，没有不舒服",
            "晚上睡得迷迷糊糊的，老做梦",
            "We were doubled up laughing and now my side hurts",
        ],
        &[
            "月经推迟十天，小腹突然剧痛",
            "My period is late and I've got severe pain low down on one side",
            "月经推迟，肚子疼，脸色煞白",
            "发高烧，人迷迷糊糊的",
            "I'm doubled up with stomach pain",
        ],
    );
}

#[test]
fn weeks_of_pregnancy_and_the_water() {
    assert_department(
        "05.02",
        &[
            "I'm thirty-two weeks and have heartburn",
            "I'm seven months and my feet are swollen",
        ],
        &[
            "I'm thirty and have a headache",
            "I've had a cough for thirty weeks",
        ],
    );
    assert_department(
        "04.01",
        &["我踩到海胆了，刺还扎在脚里", "洗澡水烫，腿上烫红了"],
        &[],
    );
    assert_emergencies(
        &["I trod on a sea urchin"],
        &["He dived in, hit his head on the bottom and his neck hurts"],
    );
}
