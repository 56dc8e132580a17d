//! Measured values a patient states: each range the rules give a meaning is
//! checked with calm readings beside it (no emergency) and the alarming
//! ones (an emergency), and a value overrides the word that introduced it.

use super::*;

#[test]
fn a_very_high_blood_pressure_is_an_emergency_only_with_a_suffering_organ() {
    assert_emergencies(
        &[
            "体检量血压150/95，没有不舒服",
            "血压200/120，没有什么不舒服，要换药吗",
            "以前血压最高到过200，现在控制在130/80，头有点疼",
            "my blood pressure was 185/100 at the pharmacy, I feel fine",
            "血压170/100，有点头疼",
        ],
        &[
            "我爸刚量的血压200/120，头疼得厉害",
            "高压190低压115，看东西模糊",
            "血压一百九，胸口闷",
            "blood pressure 210 over 125 and a pounding headache",
            "BP 190/125, feeling sick and confused",
        ],
    );
    let t = engine();
    let calm = text(&t, "血压200/120，没有什么不舒服，要换药吗");
    assert_eq!(calm.department.as_deref(), Some("03.04"));
}

#[test]
fn a_raised_pressure_in_pregnancy_and_a_low_one_with_fainting() {
    assert_emergencies(
        &[
            "怀孕30周，血压130/85，脚有点肿",
            "怀孕30周，血压145/95，没什么不舒服",
            "我血压一直偏低，90/60，平时没事",
            "blood pressure 95/60, I'm usually low",
        ],
        &[
            "怀孕34周，血压160/110",
            "怀孕30周，血压150/95，头疼",
            "拉肚子两天，血压75/45",
            "血压85/50，出冷汗，快晕倒了",
            "blood pressure 70/40 and I feel faint",
        ],
    );
}

#[test]
fn oxygen_below_93_is_an_emergency_unless_it_is_a_copd_patients_usual() {
    assert_emergencies(
        &[
            "血氧97，就是老咳嗽",
            "慢阻肺十几年了，血氧平时就90左右",
            "I have COPD and my sats are usually 90",
            "oxygen 95% but I still cough",
            "爬山的时候血氧90，下山以后就98了",
            "my oxygen was 91 on the plane",
        ],
        &[
            "血氧才86，发烧咳嗽三天了",
            "血氧饱和度92%",
            "慢阻肺，血氧掉到85了",
            "my sats keep dropping to 89",
            "my oxygen is below 90",
            "坐飞机的时候血氧掉到85",
        ],
    );
}

#[test]
fn a_pulse_far_from_normal_is_an_emergency_and_a_child_s_fast_one_is_not() {
    assert_emergencies(
        &[
            "心率55，平时跑步",
            "宝宝发烧，心跳160",
            "my resting heart rate is 52, I run marathons",
            "心跳每十秒12下，正常吗",
            "心率110，有点心慌",
            "跑步的时候心率能到170，停下来一会就降了",
            "my heart rate goes up to 175 when I'm running",
        ],
        &[
            "我心跳每分钟180多下，突然开始的",
            "心率一直在160左右，心慌得厉害",
            "心跳只有35，没力气",
            "心率45，头晕",
            "my heart rate has been 170 for an hour",
            "grandad's pulse is 34",
            "跑完步休息半小时了，心率还是160",
            "my heart rate is 165 even when resting after the gym",
        ],
    );
}

#[test]
fn a_sugar_too_low_or_too_high_with_its_signs_is_an_emergency() {
    assert_emergencies(
        &[
            "空腹血糖7.5，是不是糖尿病",
            "血糖3.5，有点饿，吃了块糖好了",
            "血糖18，最近口渴",
            "fasting blood sugar came back 7.4",
            "my sugar is 250 and I'm thirsty",
        ],
        &[
            "血糖测出来只有2.6，手抖心慌",
            "血糖3.5，人迷迷糊糊的",
            "血糖22，吐了两次",
            "血糖33点多",
            "my blood sugar is 2.3",
            "my sugar reading is 35 and I'm vomiting",
        ],
    );
}

#[test]
fn a_temperature_is_an_emergency_at_either_end_and_in_a_young_baby_from_38() {
    assert_emergencies(
        &[
            "孩子烧到40度，精神还行",
            "体温35.5，手脚有点凉",
            "temperature of 103 F and a cough",
            "宝宝一个月，体温37.6",
            "my 6 week old has a temperature of 37.7",
        ],
        &[
            "宝宝一个月，体温38.2",
            "宝宝一个月，发烧了",
            "my 6 week old has a temperature of 38.1",
            "孩子烧到41度2，吃了退烧药也不退",
            "体温只有34度5，手脚冰凉",
            "temperature of 106 F",
            "her temperature is only 34.2",
        ],
    );
}

#[test]
fn a_value_overrides_the_word_that_introduced_it() {
    let t = engine();
    // "体温" alone is heard as a fever; 36.8 says there is none.
    let normal = text(&t, "我体温36度8，就是有点咳嗽，有痰");
    assert_eq!(normal.department.as_deref(), Some("03.01"));
    assert!(!normal.reasons.iter().any(|r| r.rule == "fever"));
    let fever = text(&t, "体温38度5，咳嗽");
    assert!(fever.reasons.iter().any(|r| r.rule == "fever"));
    // What was heard is the value, so staff reading the reason see why.
    let flagged = text(&t, "血压200/120，头疼");
    assert_eq!(
        flagged.reasons[0].heard.as_deref(),
        Some("血压200/120 + 头疼")
    );
    let low = text(&t, "血糖3.5，有点饿");
    assert!(low.reasons[0].sentence(Lang::Zh).contains("血糖3.5"));
}

#[test]
fn a_pressure_said_without_its_name_is_still_read_and_a_stated_value_finds_its_clinic() {
    let t = engine();
    for (s, code) in [
        (
            "我妈血压平时130/80，今天早上量了165/95，没什么不舒服",
            "03.04",
        ),
        ("血压120/80，正常吗", "03.04"),
        ("血氧95，正常吗", "03.01"),
        ("心率55，要紧吗", "03.04"),
    ] {
        assert_eq!(text(&t, s).department.as_deref(), Some(code), "{s}");
    }
    assert!(text(&t, "早上量了200/125，头疼得厉害").emergency);
}

#[test]
fn a_reading_from_a_stay_that_is_over_is_history() {
    assert_emergencies(
        &[
            "住院的时候血氧只有85，现在出院一周了，还有点咳嗽",
            "当时血压测到200/120，头疼，吃了药现在140/90",
            "At the time my sugar was 2.1, now it's fine",
            "When I was in hospital my sats were 86, now I'm home with a cough",
        ],
        &["刚才血氧只有85，还在咳嗽", "当时没事，今天开始叫不醒"],
    );
}
