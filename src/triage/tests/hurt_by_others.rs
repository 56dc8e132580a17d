//! The kitchen and hurt by another person: "捅了肚子", a blow to the head
//! then vomiting, a man gone out with a knife to kill, blisters after a
//! pan caught fire are emergencies; a bone chip in the eye is no chemical
//! and a tooth knocked out no knock-out. A human bite, a fist into a wall,
//! hair pulled, a partner who hits, chillies on the hands, a prawn's spine
//! and steam find their clinic.

use super::*;

#[test]
fn hurt_by_others_raises_the_alarm_when_it_should() {
    assert_emergencies(
        &[
            "剁排骨的时候骨头渣子溅到眼睛里了，有点疼",
            "I had a tooth knocked out in a fight",
            "Another child threw a stone at my son's head, he has a bump but is otherwise fine",
        ],
        &[
            "被人用刀捅了肚子",
            "被打了头以后一直吐，人越来越迷糊",
            "被人打了以后他气得说要去杀了对方，拿着刀出门了",
            "He was beaten up and says he's going to kill the man, he's gone out with a knife",
            "The chip pan caught fire and he's got big blisters all over his face and hands",
        ],
    );
}

#[test]
fn hurt_by_others_finds_its_clinic() {
    assert_department(
        "04.01",
        &[
            "被人咬了一口，手上有牙印，破皮了",
            "Someone bit my hand and broke the skin",
        ],
        &[],
    );
    assert_department(
        "04.03",
        &[
            "昨天打架手打在墙上，指关节肿了",
            "I punched a wall in a fight and my knuckles are swollen",
        ],
        &[],
    );
    assert_department(
        "04.01",
        &["Someone pulled me by the hair and my scalp is sore"],
        &[],
    );
    assert_department("15", &["老公喝了酒就打我，身上有好几块青紫"], &[]);
    assert_department("07", &["孩子在学校被同学打了，脸上有点肿"], &[]);
    assert_department(
        "13",
        &[
            "切辣椒以后手火辣辣地疼",
            "My hands are burning after chopping chillies",
        ],
        &[],
    );
    assert_department(
        "04.01",
        &[
            "处理海鲜的时候被虾扎了手，现在手指红肿",
            "Steam from the pan caught my wrist and it's red",
        ],
        &[],
    );
    assert_department("03.02", &["尝了一口发霉的花生，嘴里发苦，担心有事吗"], &[]);
}
