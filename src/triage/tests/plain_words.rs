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
