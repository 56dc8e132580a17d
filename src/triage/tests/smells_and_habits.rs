//! Smells and tastes, habits and dependence: a garlic-smelling drink with
//! sweat and drool is a pesticide, breath of pear drops with vomiting a
//! diabetic crisis, "just had a fit" a fit, "戒酒第三天" a stopped drinker
//! whose hallucinations are withdrawal; "a fit of coughing", a breath of
//! garlic and a car-sick child are none. Food that tastes of nothing, strong
//! urine, a smell nobody else smells, a gout toe "第二天" after drinking (no
//! baby two days old), a smoker's yellow fingers (no jaundice) and a
//! calf that aches on walking find their clinic.

use super::*;

#[test]
fn smells_and_habits_raise_the_alarm_when_they_should() {
    assert_emergencies(
        &[
            "he had a fit of coughing",
            "my breath smells of garlic",
            "my son feels sick and sleepy after the car journey",
            "I stopped drinking three days ago and I'm sweaty, anxious and can't sleep",
        ],
        &[
            "Grandad drank something that smells of garlic, now he's sweating buckets and drooling",
            "老人喝了半瓶有股大蒜味的东西，现在满身大汗，一直流口水",
            "My daughter's breath smells like pear drops and she keeps vomiting",
            "He quit drinking two days ago and just had a fit",
            "戒酒第三天，开始说胡话，看见墙上有虫子爬，浑身发抖",
        ],
    );
}

#[test]
fn smells_and_habits_find_their_clinic() {
    assert_department("11", &["吃东西没味道，尝不出咸淡"], &[]);
    assert_department_among(
        "My wee smells really strong and it's dark",
        &["04.04", "03.06"],
    );
    assert_asked("总是闻到烧焦的味道，其实家里没有东西烧", &["03.03", "11"]);
    assert_department("03.08", &["喝酒以后第二天大脚趾又红又疼"], &[]);
    assert_department("03.01", &["每天抽两包烟，手指发黄，想检查一下肺"], &[]);
    assert_department("04.01", &["吸烟多年，走路走久了小腿疼，歇一会就好"], &[]);
    assert_department("10", &["天天刷手机到半夜，眼睛又干又疼"], &[]);
    assert_department(
        "15",
        &["My hands shake in the morning until I have a drink"],
        &[],
    );
    assert_department(
        "12",
        &["I've chewed betel nut for years and there's a white patch in my mouth"],
        &[],
    );
    assert_department(
        "03.02",
        &[
            "长期吃泻药才能大便",
            "My stools are pale and smell awful and they float",
        ],
        &[],
    );
}
