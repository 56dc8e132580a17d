//! A visitor's or a traveller's complaints (ankles swollen from a long
//! flight, sunburn, jet lag, spots in a new city), and complaints told as
//! they unfolded ("先是…后来…"): a story that gets worse is still today's,
//! and a word whose stem is "but" is no blow to the belly.

use super::*;

#[test]
fn ankles_swollen_from_a_long_journey_go_to_the_family_doctor() {
    assert_department(
        "02",
        &[
            "刚下飞机，坐了十几个小时，脚踝有点肿，按下去不疼",
            "I've just come off a long flight and my ankles are a bit puffy but not painful",
        ],
        &[
            "I have kidney disease and after a long flight my ankles are puffy",
            "脚肿，按下去一个坑",
        ],
    );
}

#[test]
fn a_travellers_everyday_complaints_find_their_clinic() {
    assert_department(
        "13",
        &[
            "I got sunburnt on holiday and my shoulders and back are red and sore",
            "I've moved here for university and my face keeps breaking out in spots",
        ],
        &["my knee is red and sore"],
    );
    assert_department(
        "15",
        &["Jet lag, I haven't slept properly for several nights"],
        &[],
    );
    assert_department(
        "11",
        &["My hearing started going last year and now I often can't make out what people say"],
        &[],
    );
    assert_department(
        "10",
        &["First one eye went red, the next day the other one too, with a lot of sticky discharge"],
        &["I have a smelly discharge down below"],
    );
    assert_department(
        "03.07",
        &[
            "Since I stopped smoking I've put on five kilos and want to lose it",
            "戒烟以后胖了十斤，想减减肥",
        ],
        &["我想戒烟"],
    );
}

#[test]
fn a_story_that_gets_worse_is_still_happening() {
    assert_emergencies(
        &["四肢抽搐，口吐白沫，后来才知道她是患了癫痫，想问平时要注意什么"],
        &[
            "刚开始只是胸口有点闷，后来越来越疼，现在冒冷汗，左胳膊也麻",
            "胸口有点闷，后来冒冷汗",
        ],
    );
}

#[test]
fn but_is_no_blow_to_the_belly() {
    assert_emergencies(
        &["I was fine when I got up but after lunch my stomach got bloated and I keep burping"],
        &["the goat butted him in the belly and now his belly is swollen and hard"],
    );
}
