//! Hands and feet, what comes out of the body, and the skin's colour: a
//! corn, sweaty feet, a ganglion, a weeping wound, a discharging ear and
//! athlete's foot find their clinics; numbness after a night in the snow,
//! a fingertip cut off, clear fluid from an ear after a blow to the head,
//! a sudden "exploding" headache, yellow eyes with drowsiness and blisters
//! with a raw mouth after a new medicine are emergencies, while a runny
//! nose with a cold, a hangover's "exploding" head, a tight chest after
//! hard exercise that passed and lips blue since birth are not.

use super::*;

#[test]
fn hands_feet_and_fluids_find_their_clinic() {
    assert_department(
        "13",
        &[
            "脚上长了个老茧，走路疼",
            "I have a corn on my little toe",
            "脚汗太多了",
            "脚趾缝里烂了，很痒",
        ],
        &[],
    );
    assert_department(
        "04.03",
        &[
            "手腕上鼓了个包，不疼",
            "I've found a lump on the back of my hand",
        ],
        &[],
    );
    assert_department(
        "04.01",
        &["伤口流黄水，一直不好", "肚脐眼红肿，有味道"],
        &[],
    );
    assert_department("11", &["耳朵里流脓"], &[]);
}

#[test]
fn cold_blades_and_a_leaking_head_are_emergencies() {
    assert_emergencies(
        &["冬天早上出门手指有点麻", "感冒了，鼻子一直流清水"],
        &[
            "在雪地里躺了一整夜，脚趾头没知觉了",
            "He lay in the snow all night and now his toes are numb",
            "电锯锯掉了一截手指头",
            "He chopped off the end of his thumb with an axe",
            "撞了头以后耳朵里流清水",
        ],
    );
}

#[test]
fn colour_and_sudden_pain_told_plainly() {
    assert_emergencies(
        &[
            "头疼得要爆炸了，昨晚喝多了",
            "剧烈运动以后胸口闷了一下，马上就好了",
            "My lips have always been a bit bluish, I was born with a heart problem",
        ],
        &[
            "同房的时候头突然像要爆炸一样疼",
            "眼睛黄了，越来越叫不醒",
            "吃了新药以后起水泡脱皮，嘴里都烂了",
        ],
    );
}
