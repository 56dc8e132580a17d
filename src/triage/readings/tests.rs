use super::*;
use crate::triage::text::fold;

/// (measure, value rounded to a tenth) of every reading in `text`, but
/// counts of tablets, which `doses` tests.
fn read(text: &str) -> Vec<(Measure, f64)> {
    find(&fold(text))
        .into_iter()
        .filter(|r| r.measure != Measure::Tablets)
        .map(|r| (r.measure, (r.value * 10.0).round() / 10.0))
        .collect()
}

use Measure::*;

#[test]
fn blood_pressure_is_read_in_both_languages_and_both_numbers() {
    assert_eq!(
        read("血压200/120，头疼"),
        [(Systolic, 200.0), (Diastolic, 120.0)]
    );
    assert_eq!(
        read("高压190低压115"),
        [(Systolic, 190.0), (Diastolic, 115.0)]
    );
    assert_eq!(read("血压最近老是160多"), [(Systolic, 160.5)]);
    assert_eq!(
        read("my blood pressure is 200 over 110"),
        [(Systolic, 200.0), (Diastolic, 110.0)]
    );
    assert_eq!(read("BP: 85/50"), [(Systolic, 85.0), (Diastolic, 50.0)]);
    assert_eq!(read("血压一百八"), [(Systolic, 180.0)]);
    // As speech recognition writes a pressure down.
    assert_eq!(
        read("血压一百二十八十，头疼"),
        [(Systolic, 120.0), (Diastolic, 80.0)]
    );
    assert_eq!(
        read("血压一百八十一百一十"),
        [(Systolic, 180.0), (Diastolic, 110.0)]
    );
    assert_eq!(read("血压180 110"), [(Systolic, 180.0), (Diastolic, 110.0)]);
    assert_eq!(
        read("高压一百五低压九十"),
        [(Systolic, 150.0), (Diastolic, 90.0)]
    );
    assert_eq!(read("血压180 3天了"), [(Systolic, 180.0)]);
    // 105 mg/dL is 5.8 mmol/L.
    assert_eq!(read("血糖一百零五"), [(Glucose, 5.8)]);
    assert_eq!(
        read("平时130/80，今天早上量了165/95"),
        [
            (Systolic, 130.0),
            (Diastolic, 80.0),
            (Systolic, 165.0),
            (Diastolic, 95.0)
        ]
    );
    assert_eq!(
        read("查体:t38.5℃、p 98次/分、bp100/60mmhg"),
        [(Systolic, 100.0), (Diastolic, 60.0)]
    );
}

#[test]
fn temperature_is_read_with_tenths_and_fahrenheit_converted() {
    assert_eq!(read("孩子烧到41度2"), [(Temperature, 41.2)]);
    assert_eq!(read("体温三十八点五"), [(Temperature, 38.5)]);
    assert_eq!(read("体温三十九度五"), [(Temperature, 39.5)]);
    assert_eq!(read("体温36.8，咳嗽"), [(Temperature, 36.8)]);
    assert_eq!(read("temperature of 104 F"), [(Temperature, 40.0)]);
    assert_eq!(
        read("a temperature of 39 degrees since yesterday"),
        [(Temperature, 39.0)]
    );
    assert_eq!(read("temp 38.2"), [(Temperature, 38.2)]);
    assert_eq!(read("the thermometer says 38.2"), [(Temperature, 38.2)]);
}

#[test]
fn pulse_oxygen_and_sugar_are_read_in_their_units() {
    assert_eq!(read("心跳每分钟180多下"), [(Pulse, 180.5)]);
    assert_eq!(read("血氧饱和度88%"), [(Oxygen, 88.0)]);
    assert_eq!(read("家里指夹的血氧仪显示血氧才86"), [(Oxygen, 86.0)]);
    assert_eq!(read("pulse ox reading 88"), [(Oxygen, 88.0)]);
    assert_eq!(read("the oximeter says 84"), [(Oxygen, 84.0)]);
    assert_eq!(read("血糖33点多"), [(Glucose, 33.5)]);
    assert_eq!(read("血糖测出来只有2.6"), [(Glucose, 2.6)]);
    // American meters read mg/dL.
    assert_eq!(read("my sugar is 450"), [(Glucose, 25.0)]);
    assert_eq!(read("电子血压计上显示心跳只有35"), [(Pulse, 35.0)]);
    // Counted over ten or fifteen seconds, as a nurse would teach.
    assert_eq!(read("心跳每十秒12下"), [(Pulse, 72.0)]);
    assert_eq!(read("脉搏15秒数了40下"), [(Pulse, 160.0)]);
    assert_eq!(read("her heart is going at 180 a minute"), [(Pulse, 180.0)]);
}

#[test]
fn numbers_that_are_no_reading_are_left_alone() {
    for text in [
        "发烧4天了",
        "血糖一直都挺好",
        "血压两天没量",
        "体温没超过37.5",
        "fever for 3 days",
        "temperature is not above 38",
        "吃了2片降压药，血压",
        "vitamin b12 and blood sugar",
        "sugary drinks 3 times a day",
        "temple pain for 2 weeks",
        "餐后11点多",
        "复方丹皮止血糖浆（原宫血宁糖浆）5天量",
        "血糖高2年了",
        "my sugar 2 days ago was fine",
        "11/30复查，吃1/3片",
        "2024/11/30",
        "比分98/100",
        "血糖有时会略高一点",
        "血压有一点高",
    ] {
        assert_eq!(read(text), [], "{text}");
    }
}

#[test]
fn a_value_said_as_a_bound_falls_on_its_side() {
    assert!(find(&fold("血氧不到90"))[0].value < 90.0);
    assert!(find(&fold("heart rate over 150"))[0].value > 150.0);
}

#[test]
fn a_reading_spans_its_word_and_its_value() {
    let text = fold("头疼，血压200/120mmhg，想吐");
    let r = &find(&text)[0];
    assert_eq!(&text[r.start..r.end], "血压200/120mmhg");
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Text built from the pieces readings are made of, so generated cases
    /// reach the parser's corners (a key, numerals, units, separators).
    fn pieces() -> impl Strategy<Value = String> {
        let piece = prop::sample::select(vec![
            "血压",
            "血糖",
            "心跳",
            "血氧",
            "体温",
            "烧到",
            "bp",
            "pulse",
            "sugar",
            "temp ",
            "十",
            "百",
            "一",
            "两",
            "点",
            "度",
            "多",
            "秒",
            "每",
            "不到",
            "没",
            "/",
            ".",
            "%",
            "℃",
            "f",
            " over ",
            "，",
            "(",
            "3",
            "38",
            "5",
            "120",
            "2.6",
            "mg",
            "血糖浆",
            " ",
            "é",
            "😀",
        ]);
        prop::collection::vec(piece, 0..24).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

        #[test]
        fn readings_are_plausible_and_lie_within_the_text(s in pieces()) {
            let text = fold(&s);
            for r in find(&text) {
                prop_assert!(r.start < r.end && r.end <= text.len());
                prop_assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
                // A bound said ("不到90", "over 150") nudges a value by BOUND.
                let nudged = [r.value - BOUND, r.value, r.value + BOUND];
                prop_assert!(nudged.iter().any(|&v| r.measure.plausible(v)), "{r:?} in {text}");
            }
        }

        #[test]
        fn any_text_is_read_without_a_panic(s in "\\PC{0,60}") {
            let _ = find(&fold(&s));
        }
    }
}

#[test]
fn a_count_of_tablets_swallowed_is_a_reading_within_reason() {
    let tablets = |text: &str| -> Vec<f64> {
        find(&fold(text))
            .into_iter()
            .filter(|r| r.measure == Tablets)
            .map(|r| r.value)
            .collect()
    };
    assert_eq!(tablets("他吃了三十片安眠药，现在很困"), [30.0]);
    // No one swallows five thousand tablets: a misreading, not a count.
    assert!(tablets("吃了5000片").is_empty());
}

#[test]
fn a_glucose_meter_beyond_its_range_says_hi_or_lo() {
    assert_eq!(read("血糖仪显示HI，一直吐"), [(Glucose, 33.4)]);
    assert_eq!(read("my sugar meter just says LO"), [(Glucose, 1.0)]);
    // A greeting or a word that only starts with the letters is no reading.
    assert!(read("hi doctor, my blood sugar is fine").is_empty());
    assert!(read("sugar was high last week").is_empty());
}
