//! Whose complaint it is: a mother who brings her baby and tells of her own
//! breast or fever is the patient, and the baby's fever, told as the
//! baby's, stays an emergency.

use super::*;

#[test]
fn a_nursing_mothers_own_breast_or_fever_is_hers_not_the_babys() {
    let t = engine();
    for (s, code) in [
        ("宝宝两个月，我乳房胀痛，发烧38.5", "04.01"),
        ("哺乳期，宝宝一个月，我乳房有硬块，发烧了", "04.01"),
        ("宝宝45天了，喂奶的时候胸部一大一小", "04.01"),
        (
            "my baby is 6 weeks old and my breast is red and sore, I have a fever",
            "04.01",
        ),
        ("宝宝一个月，我发烧了，还能喂奶吗", "16"),
    ] {
        let a = text(&t, s);
        assert!(!a.emergency, "{s}");
        assert_eq!(a.department.as_deref(), Some(code), "{s}");
    }
}

#[test]
fn the_babys_own_fever_stays_an_emergency_beside_the_mothers_complaint() {
    assert_emergencies(
        &[],
        &[
            "宝宝两个月，发烧了，我也发烧",
            "宝宝一个月发烧了，我乳腺炎",
            "一个月的宝宝发烧了，我乳腺炎",
            "宝宝一个月，乳房肿了，发烧",
            "我家宝宝乳房肿了，一个月大，发烧",
        ],
    );
}

#[test]
fn a_child_still_to_be_had_or_one_an_illness_might_reach_is_no_patient() {
    // The adult asking is the patient: about having a baby with high blood
    // pressure, or whether hepatitis B passes to a child.
    let t = engine();
    for (s, code) in [
        ("老公有高血压，准备要个宝宝，可以吗", "03.04"),
        ("我有乙肝大三阳，会不会传染给孩子", "03.02"),
    ] {
        assert_eq!(text(&t, s).department.as_deref(), Some(code), "{s}");
    }
    // A belly "like a pregnancy" is no pregnancy; a suspected one is.
    assert_eq!(
        text(&t, "不吃饭胃也胀，吃一点就像怀上的肚子")
            .department
            .as_deref(),
        Some("03.02")
    );
    assert!(text(&t, "我好像怀孕了，肚子痛，下面出血").emergency);
    // The child's own complaint still goes to Paediatrics.
    assert_eq!(
        text(&t, "孩子发烧咳嗽三天了").department.as_deref(),
        Some("07")
    );
}

/// "我胸" begins a nursing mother's "我胸涨", and also "我胸口疼", which is
/// chest pain: it went to General Surgery as a breast until the chest's own
/// words were excepted.
#[test]
fn my_chest_hurting_is_chest_pain_not_a_nursing_mother_s_breast() {
    assert_department(
        "03.04",
        &["我胸口疼", "我的胸口有点闷", "我胸痛三天了"],
        &["我胸涨得厉害，在喂奶", "我喂奶的时候乳房胀痛"],
    );
    assert_department(
        "04.01",
        &["我胸涨得厉害，在喂奶", "我喂奶的时候乳房胀痛"],
        &["我胸口疼"],
    );
}
