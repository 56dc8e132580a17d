//! Red flags in those a small change endangers (a newborn yellow and not
//! feeding, an old person far more muddled than usual or on the floor for
//! hours, a haemophiliac's swollen knee, a dialysis patient short of
//! breath, a mother just delivered), each beside calm sentences that share
//! their words.

use super::*;

#[test]
fn a_newborn_yellow_and_too_sleepy_or_not_feeding_is_an_emergency() {
    assert_emergencies(
        &[
            "my baby's skin looks a little yellow, she is five days old and feeding well",
            "宝宝黄疸，出生十天，吃奶很好",
        ],
        &[
            "my newborn is four days old, looks very yellow and is too sleepy to feed",
            "宝宝出生才四天，全身很黄，一直睡，不肯吃奶",
        ],
    );
}

#[test]
fn far_more_confused_than_usual_is_an_emergency_a_slow_decline_is_not() {
    assert_emergencies(
        &["my dad's memory has been getting worse over the past year"],
        &[
            "my mum has dementia and since this morning she is far more muddled than usual",
            "我妈有老年痴呆，今天比平时糊涂得多",
        ],
    );
}

#[test]
fn a_long_lie_after_a_fall_is_an_emergency() {
    assert_emergencies(
        &[
            "我昨天在床上躺了一晚上没睡着",
            "grandpa fell in the garden but got straight up",
        ],
        &[
            "grandpa fell in the night and was lying on the floor for hours",
            "爷爷半夜摔在地上，躺了好几个小时，身上冰凉",
        ],
    );
}

#[test]
fn a_tooth_abscess_swelling_to_the_eye_is_an_emergency() {
    assert_emergencies(
        &["I have a tooth abscess and it throbs", "牙龈脓肿，有点疼"],
        &[
            "my tooth abscess has made my face swell right up to my eye",
            "牙龈脓肿，脸肿到眼睛了，咽东西都困难",
        ],
    );
}

#[test]
fn redness_spreading_with_shivers_is_an_emergency() {
    assert_emergencies(
        &["the redness round the cut is spreading a little"],
        &[
            "the redness round a cut on my leg is spreading fast up towards my knee and I've got the shivers",
            "腿上划伤的地方红肿一直往上蔓延，快到膝盖了，还发冷打寒战",
        ],
    );
}

#[test]
fn in_a_bleeding_disorder_a_swollen_joint_is_an_emergency() {
    assert_emergencies(
        &[
            "我有血友病，想问能不能打疫苗",
            "my knee is swollen after football",
        ],
        &[
            "I have haemophilia and my knee has suddenly swollen up badly",
            "我有血友病，膝盖突然肿得很厉害",
        ],
    );
}

#[test]
fn breathless_on_dialysis_or_pain_breathing_in_after_a_birth_is_an_emergency() {
    assert_emergencies(
        &[
            "I'm on dialysis and want to ask about my diet",
            "I get a stitch when I breathe in while running",
        ],
        &[
            "I'm on dialysis and missed my session, now I'm very breathless",
            "生完孩子两周，小腿一直疼，现在吸气的时候胸口刺痛",
            "since giving birth two weeks ago I get a sharp pain when I breathe in",
        ],
    );
}

#[test]
fn early_pregnancy_with_shoulder_tip_pain_is_an_ectopic() {
    assert_emergencies(
        &["I'm six weeks pregnant and feel sick in the mornings"],
        &[
            "I'm six weeks pregnant with a sharp pain low on one side and pain in the tip of my shoulder",
            "怀孕六周，一侧下腹剧痛，肩膀尖也疼",
        ],
    );
}

#[test]
fn heavy_bleeding_with_clots_after_a_birth_last_week_is_an_emergency() {
    assert_emergencies(
        &["I had my baby last week and the bleeding is settling"],
        &["I had my baby last week and now I'm soaking a pad every hour with big clots"],
    );
}

#[test]
fn a_baby_dry_or_sunken_or_a_child_into_the_pills_is_an_emergency() {
    assert_emergencies(
        &[
            "my baby has a wet nappy every couple of hours",
            "孩子在玩积木",
        ],
        &[
            "my baby's soft spot is sunken and he hasn't had a wet nappy since this morning",
            "宝宝头顶的囟门凹下去了",
            "my son was playing with my pills and now he's very sleepy",
            "孩子玩了我的药片",
        ],
    );
}

#[test]
fn pink_froth_a_trapped_hernia_and_drooling_with_breath_hard_are_emergencies() {
    assert_emergencies(
        &[
            "I have a small hernia in my groin that goes back in",
            "my toddler is teething and drooling",
        ],
        &[
            "I'm coughing up pink frothy stuff",
            "the lump in my groin has gone hard and really painful and I'm being sick",
            "三岁孩子发烧，一直流口水咽不下去，坐着往前趴，喘气很费劲",
        ],
    );
}

#[test]
fn passing_wind_is_the_gut_s_not_breathlessness() {
    assert_department(
        "03.02",
        &["I've been passing a lot of wind lately", "最近老是放屁"],
        &[],
    );
}
