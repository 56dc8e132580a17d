//! Figures of speech. "The chair collapsed", "hungry enough to faint",
//! "my marriage is suffocating me", "laughed so hard I couldn't breathe",
//! "I stroke my cat", "my blood boils", "my son drives me mad", a
//! "stabbing pain" and a "choking hazard" name no collapse, no airway, no
//! stroke, no boil, no child and no knife; the same words said of a person
//! still alarm.

use super::*;

#[test]
fn a_figure_of_speech_is_no_alarm() {
    assert_emergencies(
        &[
            "the chair collapsed under me and I hurt my back",
            "I'm so hungry I could faint",
            "I almost passed out from the heat yesterday, fine now",
            "my marriage is suffocating me and I can't sleep",
            "I laughed so hard I couldn't breathe, now my ribs hurt",
            "I have a stabbing pain in my side when I run",
            "stabbing pain in my chest",
            "are these toys a choking hazard for my baby",
        ],
        &[
            "my mother collapsed in the kitchen",
            "he collapsed and is not breathing",
            "the baby is suffocating",
            "my son was stabbed outside the pub",
            "someone is stabbing people in the street",
            "my baby is choking",
            "I can't breathe",
            "My dad's poo has gone black like tar and he nearly passed out",
        ],
    );
}

#[test]
fn a_figure_of_speech_names_no_clinic() {
    assert_department(
        "03.04",
        &["my blood boils when I think about it and I get palpitations"],
        &["you nearly gave me a heart attack, where is the pharmacy"],
    );
    assert_department(
        "03.03",
        &[
            "my son drives me mad, I have a headache",
            "I had a stroke last year",
        ],
        &[
            "I stroke my cat and my hands itch",
            "住在中风险地区，要做核酸吗",
        ],
    );
    assert_department(
        "04.03",
        &["晚上起夜撞到了桌角，大腿青了一大块"],
        &["抽完血以后手臂青了一块"],
    );
}

#[test]
fn a_sensation_strong_enough_to_die_of_is_no_wish_to_die() {
    assert_emergencies(
        &[
            "痒得我想死，身上起了一片一片的疙瘩",
            "牙疼得想死",
            "累得我真想死",
            "my feet are killing me",
        ],
        &[
            "心里难受得想死",
            "活得好累，想死",
            "他喝农药了，说不想活了",
            "He says he's going to end it all tonight, he has the rope ready",
        ],
    );
}

#[test]
fn a_figure_of_speech_still_names_the_clinic_it_describes() {
    assert_department(
        "04.03",
        &[
            "My feet are killing me after a day on my feet at work",
            "sore feet",
        ],
        &["my diabetic grandad has a small sore on his foot that won't heal"],
    );
    assert_department(
        "15",
        &[
            "my heart's always in my mouth, I worry about everything",
            "心里总是七上八下的，担心这担心那",
            "心里不舒服，总觉得闷闷不乐的",
        ],
        &["my heart sank when I saw my cholesterol result"],
    );
    assert_department(
        "03.03",
        &["睡觉的时候腿里像有蚂蚁在爬，难受死了"],
        &["腿上被蚂蚁咬了一口，起了个包"],
    );
}

#[test]
fn pain_told_by_its_quality_keeps_its_place() {
    assert_emergencies(
        &[
            "my back feels like it's been ripped apart since I lifted a box",
            "electric shocks running down my arm from my neck into my fingers",
            "腰疼得像被撕开一样，弯腰搬东西闪了一下",
            "脸上一阵一阵像电击一样疼，刷牙洗脸就发作",
        ],
        &[
            "胸口突然像被撕开一样疼，一直窜到后背",
            "a sudden ripping pain in my chest that went straight through to my back",
            "肚子像刀绞一样疼，硬得像木板，一动就疼得不行",
            "my stomach is like a knife twisting, it's rigid as a board and I can't move",
            "胸口像被大象踩着，左胳膊麻，出冷汗",
        ],
    );
    assert_department(
        "04.03",
        &[
            "后脚跟像踩了钉子一样疼，早上最厉害",
            "my heel feels like I'm stepping on a nail first thing in the morning",
        ],
        &["I stepped on a nail in the garden, do I need a tetanus jab"],
    );
    assert_department(
        "03.02",
        &["肚子一阵一阵绞着疼，拉完就好了"],
        &["肚子一阵一阵绞着疼，月经来了"],
    );
}
