//! The conditions symptom checkers are audited on (malaria, a clot, an
//! overdose, liver failure, a severe asthma attack, a stroke, a sudden
//! severe headache, bloody diarrhoea in a child), told in words the rules
//! first missed, beside calm sentences that share those words.

use super::*;

#[test]
fn travel_to_a_malaria_area_is_context_however_long_ago_it_was_told() {
    assert_emergencies(
        &[
            "I was in Kenya last month and now I have a sore knee",
            "下个月要去非洲，需要打什么疫苗",
            "去年去过印度，现在有点咳嗽",
        ],
        &[
            "I was in Mozambique last month and since yesterday I have a fever",
            "We came back from a safari two weeks ago and my son has a high temperature",
            "上个月从缅甸回来，今天开始发烧",
        ],
    );
}

#[test]
fn one_swollen_leg_after_hospital_or_a_long_journey_is_a_possible_clot() {
    assert_emergencies(
        &[
            "My legs swell a little after a long day on my feet",
            "my calf aches after football",
            "坐长途车以后两只脚有点肿",
        ],
        &[
            "She came out of hospital on Monday and her left calf is puffy and sore",
            "after a long haul flight my right leg swelled up",
            "刚做完胆囊手术，右小腿肿了",
            "坐了二十个小时火车，一条腿肿得发亮",
        ],
    );
}

#[test]
fn ten_or_more_tablets_at_one_go_is_an_overdose() {
    assert_emergencies(
        &[
            "我每天吃了两片降压药",
            "一次吃十五粒速效救心丸可以吗",
            "I take 2 tablets twice a day",
            "I took two 500mg paracetamol tablets for a headache",
        ],
        &[
            "我爸刚才吃了二十片降压药",
            "她吞了十几粒安眠药",
            "he swallowed 15 of his mum's pills",
            "I've taken 24 paracetamol tablets",
        ],
    );
}

#[test]
fn a_severe_attack_of_asthma_is_told_by_speech_and_a_failing_inhaler() {
    assert_emergencies(
        &[
            "my inhaler helps when I wheeze at night",
            "I can't finish my dinner",
        ],
        &[
            "she's wheezing and can't finish a sentence",
            "I'm so short of breath I can hardly speak",
            "wheezy and breathless even after using his inhaler",
        ],
    );
}

#[test]
fn words_that_will_not_come_are_a_stroke_only_when_sudden_or_with_a_weak_arm() {
    assert_emergencies(
        &[
            "I sometimes can't find the right words when I'm tired",
            "my speech was slurred for an hour after the dentist's injection",
        ],
        &[
            "my husband suddenly can't find his words",
            "her speech went garbled all of a sudden",
            "he suddenly cannot move his right arm",
        ],
    );
}

#[test]
fn a_severe_headache_that_came_on_suddenly_is_an_emergency() {
    assert_emergencies(
        &[
            "I get severe headaches when I'm stressed",
            "mild headache since this morning",
        ],
        &[
            "I have a sudden, severe headache",
            "an excruciating headache came on suddenly at the gym",
        ],
    );
}

#[test]
fn yellow_and_muddled_is_liver_failure_and_a_child_s_bloody_diarrhoea_is_serious() {
    assert_emergencies(
        &["孩子拉肚子三天了，没有血", "my eyes have turned yellow"],
        &[
            "his eyes have gone yellow and he is muddled",
            "三岁孩子拉肚子带血，还发烧",
        ],
    );
}

#[test]
fn a_trip_is_a_journey_not_a_fall() {
    let t = engine();
    for s in [
        "we went on a camping trip and now I have an itchy rash",
        "I took a trip to the beach and got sunburnt",
    ] {
        let a = text(&t, s);
        assert_eq!(a.department.as_deref(), Some("13"), "{s}: {a:?}");
        let orthopaedics = a.alternatives.iter().any(|alt| alt.code == "04.03");
        assert!(!orthopaedics, "{s}: {a:?}");
    }
}

#[test]
fn an_older_adult_with_a_fever_and_short_of_breath_is_an_emergency() {
    assert_emergencies(
        &[
            "my grandad has a cold and gets breathless on the stairs",
            "奶奶75岁，有点低烧，爬楼梯有点喘",
            "my 80 year old mum has a temperature of 37.6 and is a bit short of breath",
            "I am 30 and have the flu, with a fever and a little short of breath",
        ],
        &[
            "我爷爷80岁，发烧咳嗽，喘得厉害",
            "an 80-year-old woman has a fever, a cough and is breathing fast",
            "my 75 year old father has a temperature of 38.9 and is short of breath",
        ],
    );
}

#[test]
fn pain_in_the_scrotum_is_a_testicle_s_pain() {
    assert_emergencies(
        &["a dull ache in the scrotum for months"],
        &["sudden severe pain in the scrotum and vomiting"],
    );
}
