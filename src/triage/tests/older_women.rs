//! An older woman's complaints told plainly: flushes that come in waves,
//! something dragging down below, bleeding after the change, a back gone
//! stooped, a temper. An inflamed breast with a fever and shaking chills
//! is an emergency; a breast lump alone is the surgeons'.

use super::*;

#[test]
fn an_older_womans_plain_words_find_her_clinic() {
    assert_department(
        "05.01",
        &[
            "老是一阵一阵地出汗，脸上发烫，晚上睡不好",
            "下面老觉得有东西往下坠，蹲下更明显",
            "I went through the change years ago and now I've had some spotting",
        ],
        &["我老公一阵一阵地出汗，晚上睡不好"],
    );
    assert_department(
        "04.03",
        &[
            "个子比年轻时矮了好几公分，背也驼了",
            "I've been told I have thin bones, what should I take",
        ],
        &["我比同龄人矮，还能长高吗"],
    );
    assert_department(
        "15",
        &["老是心烦，看什么都不顺眼，动不动就发火"],
        &["老想眨眼，眼睛干"],
    );
}

#[test]
fn an_inflamed_breast_with_fever_and_chills_is_an_emergency() {
    assert_emergencies(
        &[
            "乳房上摸到一个疙瘩，不疼",
            "my breast is sore and a bit red",
        ],
        &[
            "乳房红肿发烫，发高烧，浑身发抖",
            "my breast is red, hot and swollen and I've got a high fever with shaking",
        ],
    );
}
