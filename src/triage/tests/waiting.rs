//! "Can it wait till tomorrow?": asking whether the emergency department
//! is needed is no request for it, so sleeping badly still goes to its
//! clinic; a child who "keeps fitting" is fitting, not keeping fit; pain
//! low on the right told as "肚子右下方" with a fever is an appendix; and a
//! mother low since the birth is seen for herself, not sent to
//! Paediatrics with her baby.

use super::*;

#[test]
fn asking_whether_the_emergency_department_is_needed_is_no_request() {
    assert_department(
        "15",
        &[
            "好几天睡不好了，需要挂急诊吗",
            "I've slept badly for a few days, do I need A&E?",
        ],
        &[],
    );
    assert_department("20", &["我想挂急诊"], &[]);
}

#[test]
fn fitting_is_not_keeping_fit() {
    assert_emergencies(
        &["My son keeps fit by swimming", "I keep fit at the gym"],
        &["My son has a high fever and keeps fitting, can we wait for my husband to get home?"],
    );
}

#[test]
fn pain_low_on_the_right_with_a_fever_is_an_appendix() {
    assert_emergencies(
        &["肚子右下方有点隐隐作痛，不发烧"],
        &["肚子右下方疼得越来越厉害，发烧，还吐，能明天再来吗"],
    );
}

#[test]
fn a_mother_low_since_the_birth_is_seen_for_herself() {
    assert_department(
        "15",
        &["My wife had the baby two months ago and cries all the time, says she's useless"],
        &[],
    );
    // Her baby's own complaint is still the paediatricians'.
    assert_department(
        "07",
        &["We had the baby two months ago and he cries all the time with a cough"],
        &[],
    );
}
