//! Things swallowed, stuck or put in: a coin or a stone swallowed by
//! someone who is well is watched, a battery or magnets are not; soap in an
//! eye is rinsed at home, bleach is not. A ring that will not come off, a
//! fish hook, a tampon, a contact lens, certificates for work and the night's
//! complaints find their clinic; a generator in a garage with a headache
//! and sickness, a chainsaw's bleeding and a nail gun are emergencies.

use super::*;

#[test]
fn a_swallowed_object_is_an_emergency_unless_harmless_and_well() {
    assert_emergencies(
        &[
            "My son swallowed a small coin, he's playing happily, not coughing or sick",
            "吃枣的时候把枣核咽下去了，没什么感觉",
            "My baby had a small button in her mouth and I'm not sure if she swallowed it",
            "Washing-up liquid splashed in my child's eye, we rinsed it, it's a bit red",
            "I stepped on a nail, the wound isn't deep, do I need a tetanus jab?",
        ],
        &[
            "My toddler swallowed a button battery, he seems fine",
            "孩子吞了两颗磁力珠，玩得好好的",
            "孩子喝了管道疏通剂，嘴里起泡",
            "Bleach splashed in my eye",
            "在车库里开着发电机干活，现在头痛恶心，好几个人都这样",
            "The chainsaw caught my leg and the blood won't stop pouring",
            "A nail gun fired a nail into my hand",
        ],
    );
}

#[test]
fn a_thing_stuck_finds_its_clinic() {
    assert_department(
        "04.01",
        &[
            "戒指戴不下来了，手指有点肿",
            "My ring won't come off and my finger is a bit swollen",
            "A fish hook is stuck in my finger",
        ],
        &[],
    );
    assert_department(
        "05.01",
        &["卫生棉条取不出来了", "I can't get my tampon out"],
        &[],
    );
    assert_department("10", &["I can't get my contact lens out"], &[]);
    assert_department(
        "02",
        &[
            "想开个健康证明",
            "I need a sick note",
            "Blood tests for a new job",
        ],
        &[],
    );
}

#[test]
fn the_nights_complaints_find_their_clinic() {
    assert_department(
        "03.03",
        &[
            "晚上睡觉腿里面难受，总想动，睡不着",
            "At night my legs feel horrible and I have to keep moving them, I can't sleep",
        ],
        &[],
    );
    assert_department(
        "15",
        &[
            "晚上老做噩梦，醒了心跳很快",
            "I keep having nightmares and wake with my heart pounding",
        ],
        &[],
    );
    assert_department(
        "03.01",
        &["Drenching sweats at night, the sheets are wet"],
        &[],
    );
}
