//! The mind told indirectly. Panic in a crowd, a crash seen again with
//! closed eyes, pauses in a snorer's breath are no emergency; a wish not
//! to live told in everyday words, wrists cut, or a man who believes he is
//! hunted standing with a knife are. What one does (checking the gas
//! again and again, a temper, a phone that cannot be put down) goes to the
//! psychologists, and a grief is weighed below any illness named beside it.

use super::*;

#[test]
fn a_wish_not_to_live_told_plainly_is_an_emergency() {
    assert_emergencies(
        &[
            "In crowds I feel I can't breathe and have to get out",
            "I keep seeing the car crash whenever I close my eyes",
            "he doesn't want to live in a care home, he keeps falling",
            "I didn't want to wake up the kids so I came alone",
            "我有时候会划自己",
            "一天不喝水就口渴",
        ],
        &[
            "I'm so tired of living",
            "She said she doesn't want to live and she's on the roof",
            "Everyone would be better off without me",
            "我觉得大家没有我会更好，今晚就想结束这一切",
            "老伴割了手腕，流了好多血",
            "My son thinks people are out to get him and is standing at the door with a knife",
            "儿子说有人要害他，拿着刀站在门口不让人进",
            "I'm in a crowded train and I can't breathe, I have asthma",
        ],
    );
}

#[test]
fn what_one_does_tells_the_mind() {
    assert_department(
        "15",
        &[
            "总担心家里煤气没关，出门要回去看好几遍",
            "I keep going back to check the gas is off",
            "脾气越来越坏，一点小事就想发火",
            "I've got a shorter and shorter fuse",
            "一想到要坐电梯就心慌",
            "人多的地方就喘不过气，要赶紧出来才好",
            "老是想起那次车祸，一闭眼就是那个画面",
            "玩手机停不下来，一玩就到半夜",
            "I can't put my phone down",
            "看病看了好多家，都说没事，可我就是觉得自己得了大病",
            "Since my wife died I don't know what to do with my days",
            "Since the baby I cry all the time and feel like a bad mother",
            "I can't find the energy for anything",
        ],
        &[
            "I have irritable bowel syndrome",
            "my stomach feels empty even after eating",
            "I keep checking my blood pressure and it is high",
            "耳朵疼，不敢坐飞机",
            "my father died of a heart attack, am I at risk",
            "老伴去世以后我一直腰疼",
            "I lost half a stone and I'm passing blood",
        ],
    );
}
