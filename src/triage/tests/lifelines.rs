//! Dangers that hang on a treatment or a circumstance: dialysis missed or
//! its fistula bleeding, a limb gone suddenly cold and white, nothing kept
//! down, a dive into shallow water, a pregnancy possible but not known, a
//! fish bone gone down, a fall on clopidogrel, an electric shock, clots
//! blocking the urine, a spiked drink. Each is an emergency; the everyday
//! question in the same words is not.

use super::*;

#[test]
fn missed_dialysis_with_symptoms_or_a_bleeding_fistula_is_an_emergency() {
    assert_emergencies(
        &[
            "我在做透析，昨天漏了一次，感觉还好",
            "My dialysis fistula arm has been itchy",
        ],
        &[
            "He missed his dialysis twice and now his heart is racing",
            "透析漏了两次，浑身没劲",
            "透析用的内瘘在流血",
        ],
    );
    assert_department("03.06", &["透析内瘘那只胳膊老是痒"], &[]);
}

#[test]
fn a_limb_suddenly_cold_and_white_is_an_emergency_cold_feet_are_not() {
    assert_emergencies(
        &["My feet are always cold in winter", "手脚冰凉怎么调理"],
        &[
            "Her foot suddenly went cold and white",
            "我爸一条腿突然发凉发白",
        ],
    );
    // Cold hands and feet and nothing else are what a Chinese hospital's
    // Chinese-medicine clinic sees most; Cardiology stays the second choice.
    assert_department("50", &["I have cold feet all year round"], &[]);
}

#[test]
fn nothing_kept_down_with_dizziness_or_no_urine_is_an_emergency() {
    assert_emergencies(
        &[
            "I'm pregnant with morning sickness but keeping food down",
            "孕吐厉害，还能吃点东西",
        ],
        &[
            "I can't keep even water down and I'm dizzy",
            "喝口水都吐，一天没尿了",
        ],
    );
}

#[test]
fn neck_pain_or_weak_arms_after_a_shallow_dive_is_an_emergency() {
    assert_emergencies(
        &["My neck is stiff after swimming lessons"],
        &[
            "He dived into the shallow end and his neck hurts",
            "在浅水区跳水，胳膊没力气了",
        ],
    );
}

#[test]
fn belly_pain_and_fainting_when_pregnancy_is_possible_is_an_emergency() {
    assert_emergencies(
        &[
            "My period is late and I have mild cramps",
            "痛经痛得差点晕倒",
        ],
        &[
            "I took the morning-after pill last week and now I have belly pain and nearly fainted",
            "月经推迟了，肚子很痛，刚才晕倒了",
        ],
    );
}

#[test]
fn chest_pain_after_a_fish_bone_is_an_emergency() {
    assert_emergencies(
        &["Since dinner it feels like there's a fish bone in my throat but nothing hurts"],
        &["两天前吞了鱼刺，现在胸口痛"],
    );
}

#[test]
fn a_blow_to_the_head_on_clopidogrel_is_an_emergency() {
    assert_emergencies(
        &["我妈在吃氯吡格雷，能不能拔牙"],
        &["He hit his head this morning and he takes clopidogrel"],
    );
}

#[test]
fn chest_symptoms_after_an_electric_shock_are_an_emergency() {
    assert_emergencies(
        &[
            "I got a zap from an electric fly swatter and my finger tingles",
            "被电蚊拍电了一下，手指有点麻",
        ],
        &[
            "My colleague got a shock from a faulty machine and his chest feels strange",
            "被漏电的机器电到了，胸口闷",
        ],
    );
}

#[test]
fn clots_blocking_the_urine_are_an_emergency() {
    assert_emergencies(
        &["我爸输尿管结石做完碎石了，还要注意什么"],
        &[
            "尿里全是血块，尿不出来",
            "My urine is full of clots and I can't pee",
        ],
    );
}

#[test]
fn unsteady_after_a_spiked_drink_is_an_emergency() {
    assert_emergencies(
        &["孩子两岁了说话还不清楚"],
        &["在夜店喝了别人给的饮料，现在站不稳"],
    );
}

#[test]
fn bleeding_on_a_blood_thinner_taken_for_years_is_an_emergency_with_dizziness_or_pallor() {
    assert_emergencies(
        &[
            "吃华法林好几年了，小便有点红，想问要不要调药",
            "I've been on warfarin for years; is cranberry juice ok?",
            "大便发黑，是不是吃了铁剂的原因",
        ],
        &[
            "我吃华法林好几年了，今天摔倒撞到头了",
            "吃华法林，今天早上小便是红色的，像洗肉水一样，人有点头晕",
            "On warfarin, there is blood in my urine and I look pale",
            "大便黑黑的，脸色也白",
        ],
    );
}

#[test]
fn a_couple_trying_for_a_baby_is_not_a_man_and_gynaecology_stays() {
    assert_department(
        "05.01",
        &[
            "我和老公备孕一年了，一直没怀上",
            "My husband and I have been trying for a baby for a year",
        ],
        &[],
    );
    assert_department("04.04", &["我老公尿频尿急"], &[]);
}

#[test]
fn lithium_with_vomiting_and_a_shake_confusion_or_unsteadiness_is_an_emergency() {
    assert_emergencies(
        &[
            "吃碳酸锂会不会发胖",
            "Do I need blood tests while on lithium?",
        ],
        &[
            "我妈吃碳酸锂，这两天一直吐，手抖得厉害",
            "My mother takes lithium and is now confused",
            "He is on lithium and has become unsteady on his feet and his speech is slurred",
        ],
    );
}
