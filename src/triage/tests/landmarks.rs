//! Where it hurts, told by a landmark rather than an organ: "心窝", under
//! the left or right ribs, the small of the back, the temples, the base of
//! the thumb, the jaw joint; and the dangers told the same way (handlebars
//! under the left ribs and now dizzy, pain from the pit of the stomach into
//! the left arm with a cold sweat, a tearing pain behind the breastbone,
//! the back of the head bursting).

use super::*;

#[test]
fn a_landmark_names_its_clinic() {
    assert_department(
        "03.02",
        &["心窝这里隐隐作痛，吃完饭更明显", "左边肋骨下面有点胀痛"],
        &[],
    );
    assert_department("03.02", &["右边肋骨下面隐隐作痛，吃油腻的更明显"], &[]);
    assert_department(
        "04.03",
        &[
            "肩胛骨中间疼，坐久了更难受",
            "大拇指根部疼，拿东西没劲",
            "Pain at the base of my thumb and a weak grip",
        ],
        &[],
    );
    assert_department(
        "12",
        &[
            "下巴关节那里张嘴就响，还疼",
            "An ulcer on the side of my tongue",
        ],
        &[],
    );
    assert_department("03.03", &["Throbbing at my temples"], &[]);
    assert_department("04.03", &["An ache in the small of my back"], &[]);
}

#[test]
fn dangers_told_by_a_landmark_are_heard() {
    assert_emergencies(
        &[
            "Hit under my left ribs by the handlebars, it's a bit sore",
            "Burning behind the breastbone after a big meal",
            "My shoulder pain goes down my left arm",
            "后脑勺疼，脖子也僵",
        ],
        &[
            "Hit under my left ribs by the handlebars, it's getting worse and I'm dizzy with a racing heart",
            "左边肋骨下面被车把撞了，现在越来越疼，头晕心慌",
            "Pain in the pit of my stomach going into my back and left arm, with a cold sweat",
            "Pain in the middle of my belly boring through to my back, I'm rolling around and keep vomiting",
            "A tearing pain behind my breastbone going through to my back",
            "后脑勺突然像炸开一样疼，吐了，脖子硬",
        ],
    );
}

#[test]
fn a_diagnosis_given_elsewhere_does_not_hide_what_is_happening_now() {
    assert_emergencies(
        &["I was told it's migraine, I'm taking more and more painkillers"],
        &[
            "I was told it's migraine but this one came on suddenly, the worst ever, and I've been sick",
            "Told it was gastroenteritis but it's all blood now and I can't stand up",
            "说是肠胃炎，但是拉的全是血，人站不住",
        ],
    );
    // A rheumatic disease named beside aching joints is the
    // rheumatologists', not a tie with the bone doctors.
    assert_department(
        "03.08",
        &[
            "老家医生说是风湿，关节一直疼",
            "A doctor back home said rheumatism, my joints still ache",
        ],
        &[],
    );
}
