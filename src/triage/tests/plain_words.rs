//! Emergencies told in a family's plain words (a washing pod bitten, a face
//! gone lopsided, a tongue getting bigger, a rash like bruises, a baby that
//! keeps stopping breathing, a fall from a window), and "有点头疼", which is
//! a headache and not a nod, each beside calm sentences that share words.

use super::*;

#[test]
fn plain_words_for_emergencies_are_heard() {
    assert_emergencies(
        &[
            "I bought washing pods at the shop",
            "my husband fell off his bike but is fine",
            "my son looked out of the window and got a cold",
            "my bruise is purple",
        ],
        &[
            "my 5 yr old bit into one of the washing pods and swallowed some",
            "dad's face looks lopsided and he's dribbling from one side of his mouth",
            "my friend took heroin and won't wake",
            "I came off my motorbike and I think my thigh bone is broken",
            "my son was stung inside his mouth by a wasp and his tongue is getting bigger",
            "孩子嘴里被马蜂蛰了，舌头越来越大",
            "my daughter has a high fever and a rash like bruises spreading all over her",
            "女儿发高烧，身上到处是像淤青一样的疹子",
            "a firework went off in my hand and two of my fingers are mangled",
            "鞭炮在手里炸了，两个手指炸烂了",
            "my toddler fell out of a first floor window",
            "孩子从二楼窗户掉下去了",
            "宝宝呼吸不好，时不时停几秒不喘气",
            "怀孕34周，从昨天到现在一点胎动都没有",
            "my mum's heart is going at over 180 a minute and she feels faint",
        ],
    );
}

#[test]
fn a_bit_of_a_headache_is_a_headache_not_a_nod() {
    assert_department(
        "03.03",
        &["戒了咖啡以后有点头疼", "有点头疼"],
        &["点头的时候脖子疼"],
    );
}

#[test]
fn a_passing_slur_a_child_s_blistering_scald_commanding_voices_and_sparkly_sight_in_pregnancy_are_alarms(
) {
    assert_emergencies(
        &[
            "我老公两年前有过短暂性脑缺血，现在能停阿司匹林吗",
            "孩子手被开水烫了一下，有点红",
            "切菜的时候手被热油溅到，起了个小泡",
            "My teenager hears a ringing in her ears after concerts",
            "My wife is 34 weeks pregnant and her ankles are a bit puffy",
        ],
        &[
            "我老公早上有十分钟说话不清楚，现在又好了",
            "小孩把一杯热茶打翻在身上，胸口起了大水泡",
            "My toddler pulled a cup of tea over himself and his chest is blistering",
            "女儿说一直听到有声音叫她去跳桥",
            "My teenager says she's been hearing voices telling her to jump off the bridge",
            "My wife is 34 weeks pregnant and has a pounding headache and her vision is sparkly",
        ],
    );
    assert_department(
        "03.03",
        &["我老公两年前有过短暂性脑缺血，现在能停阿司匹林吗"],
        &[],
    );
}
