//! "Is it normal?" and the voice: a nose that bleeds in pregnancy is no
//! bleeding pregnancy, and asking whether it is normal hides no emergency.
//! A hoarse voice told any way (after shouting, a cold, spicy food or an
//! operation), a lisp, a trembling voice, stiff fingers on waking, bowels
//! after meals and "can't read small print" find their clinic.

use super::*;

#[test]
fn asking_if_it_is_normal_hides_no_emergency() {
    assert_emergencies(
        &["怀孕以后鼻子老出血，正常吗", "吃了铁剂大便发黑，正常吗"],
        &[
            "孩子发烧抽搐以后一直睡，叫不醒，正常吗",
            "大便是黑的，像柏油一样，没吃铁剂，人特别晕，正常吗",
            "My two month old has a temperature of 38.5, is that normal",
        ],
    );
}

#[test]
fn the_voice_and_what_is_normal_find_their_clinic() {
    assert_department(
        "11",
        &[
            "喊了一晚上球赛，声音哑了",
            "抽烟多年，声音变粗变哑好几个月了",
            "感冒以后声音没了，说不出话",
            "My voice has been hoarse since my thyroid operation",
            "I can't reach the high notes any more and my voice tires",
        ],
        &[],
    );
    assert_department(
        "21",
        &[
            "I've always had a slight lisp",
            "Since my stroke my speech has been unclear and I'd like therapy",
        ],
        &[],
    );
    assert_department(
        "03.03",
        &[
            "老人说话声音发颤",
            "My voice has got quieter, people can't hear me, and my hand has a tremor",
        ],
        &[],
    );
    assert_department("03.08", &["早上起来手指有点僵，一会儿就好，正常吗"], &[]);
    assert_department(
        "03.02",
        &[
            "每次吃完饭都想上厕所，正常吗",
            "I go for a poo three times a day and it's formed, is that normal",
        ],
        &[],
    );
    assert_department(
        "10",
        &["At 60 I can't read small print up close, is that normal"],
        &[],
    );
    assert_department(
        "12",
        &["My speech is a bit funny because the dental numbness hasn't worn off"],
        &[],
    );
}
