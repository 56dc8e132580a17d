//! A fit or a faint told as over and asked about ("是不是癫痫", "came
//! round") is Neurology's; one going on, a child's, or a sudden one told
//! without either is an emergency.

use super::*;

#[test]
fn an_adult_s_spell_told_as_over_and_asked_about_goes_to_neurology() {
    assert_department(
        "03.03",
        &[
            "本人男，今年50岁，前两天昏倒，口吐白沫，想问我是不是得了癫痫",
            "昨天在教室里突然晕倒，口吐白沫，过了一会儿又彻底恢复了正常，我得的是癫痫吗",
            "my husband had a fit yesterday and came round after a few minutes, is it epilepsy?",
        ],
        &[],
    );
}

#[test]
fn a_spell_going_on_a_child_s_or_a_sudden_one_is_still_an_emergency() {
    assert_emergencies(
        &[],
        &[
            "他现在还在抽，口吐白沫，是不是癫痫",
            "he is still fitting, could it be epilepsy?",
            "一岁孩子手脚抽搐是癫痫吗",
            "我爸突然晕倒在地上",
            "she suddenly collapsed and is foaming at the mouth",
        ],
    );
}
