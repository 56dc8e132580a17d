//! Red flags after a blow, a bite or a sting (an eye struck and sight
//! failing, a chest struck and breath getting harder, a belly swelling
//! after a handlebar, a deep bite, hives and a hoarse voice after a sting),
//! and the ache in an arm and a jaw that is a heart, each beside calm
//! sentences that share their words.

use super::*;

#[test]
fn a_blow_to_the_eye_with_sight_failing_is_an_emergency() {
    assert_emergencies(
        &["my eye got hit by a ball, it's a bit red"],
        &[
            "I was hit in the eye by a squash ball and now I can't see properly out of it",
            "眼睛被羽毛球砸了一下，现在看东西模糊不清",
        ],
    );
}

#[test]
fn a_blow_to_the_chest_with_breath_getting_harder_is_an_emergency() {
    assert_emergencies(
        &["I was hit in the chest with a cricket ball yesterday and it's bruised"],
        &[
            "he was hit in the chest by a ball and his breathing is getting harder and harder",
            "胸口被球撞了一下，现在呼吸越来越困难",
        ],
    );
}

#[test]
fn a_belly_swelling_after_a_blow_or_a_child_s_pain_is_an_emergency() {
    assert_emergencies(
        &[
            "I got kicked in the stomach at karate and it hurts a bit",
            "I feel bloated after eating and my stomach hurts",
        ],
        &[
            "the handlebars hit his tummy and now his belly is swollen and painful",
            "孩子骑车摔了，车把顶到了肚子，现在肚子又胀又疼",
        ],
    );
}

#[test]
fn a_deep_bite_is_an_emergency_a_scratch_is_not() {
    assert_emergencies(
        &["the dog bit my hand, just a scratch"],
        &[
            "a dog bit my son on the face and there's a deep gash",
            "孩子脸被狗咬了，一个很深的口子",
        ],
    );
}

#[test]
fn hives_and_a_hoarse_voice_after_a_sting_are_anaphylaxis_after_pollen_they_are_not() {
    assert_emergencies(
        &[
            "花粉过敏，起了疹子，嗓子有点哑",
            "I was stung by a wasp, there's a red lump",
            "my voice has been hoarse for a week",
        ],
        &[
            "a bee stung me and now I'm covered in hives and my voice has gone hoarse",
            "被蜜蜂蛰了以后身上起满了风团，声音也哑了",
        ],
    );
}

#[test]
fn an_arm_and_a_jaw_aching_with_a_sweat_is_a_heart_attack() {
    assert_emergencies(
        &["我牙疼连着下巴和耳朵疼", "my jaw clicks when I chew"],
        &[
            "I'm 62, my left arm and jaw ache and I feel sick and clammy",
            "我62岁，左胳膊和下巴酸痛，恶心，一身冷汗",
        ],
    );
}

#[test]
fn a_spell_of_weakness_that_passed_is_still_a_stroke_warning() {
    assert_emergencies(
        &[
            "my hand went numb after sleeping on it",
            "my arm went dead when I slept on it",
        ],
        &["my husband's speech went funny and his hand went weak for ten minutes, now he seems fine"],
    );
}

#[test]
fn hot_oil_over_a_child_is_a_serious_burn() {
    assert_emergencies(
        &["I splashed a drop of hot oil on my finger while cooking"],
        &[
            "my little girl pulled a pan of hot oil down over herself",
            "孩子把一锅热油打翻在身上了",
        ],
    );
}

#[test]
fn a_whole_box_of_tablets_swallowed_is_an_overdose() {
    assert_emergencies(
        &["我每天吃一片抗抑郁药"],
        &[
            "my partner swallowed a whole box of her antidepressants an hour ago",
            "女朋友一个小时前把一整盒抗抑郁药都吞了",
        ],
    );
}

#[test]
fn cold_sores_and_verrucas_are_the_skin_s_a_stinking_cold_is_not() {
    assert_department(
        "13",
        &[
            "I keep getting cold sores on my lip",
            "I've got a verruca on the sole of my foot",
            "嘴唇上老是起疱疹",
        ],
        &["I've got a stinking cold and a sore throat"],
    );
}

#[test]
fn severe_belly_pain_after_a_blow_to_it_is_an_emergency() {
    assert_emergencies(
        &[
            "I was kicked in the stomach last week, it's a bit sore",
            "肚子被撞了一下，有点疼",
        ],
        &[
            "he got kicked in the stomach and now has severe belly pain",
            "肚子被踢了一脚，现在肚子剧痛",
        ],
    );
}
