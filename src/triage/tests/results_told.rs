//! Results told in letters and figures ("心电图说ST段改变", "bone density
//! T-score", "nuchal scan", "ground-glass nodule") find the clinic that
//! reads them; a doctor who has sent the patient straight back has made
//! it an emergency; "may I drink" with an illness is no drinking problem.

use super::*;

#[test]
fn results_in_letters_and_figures_find_their_clinic() {
    assert_department(
        "03.04",
        &[
            "心电图说ST段改变，平时没什么感觉",
            "My ECG showed ST changes but I feel fine",
        ],
        &[],
    );
    assert_department(
        "03.01",
        &["My CT showed an 8 mm ground-glass nodule in my lung"],
        &["I got a piece of glass in my eye"],
    );
    assert_department("04.03", &["My bone density T-score is minus 3"], &[]);
    assert_department(
        "05.02",
        &["The nuchal scan measured 3 mm, a little thick"],
        &[],
    );
    assert_department(
        "07",
        &["My son's bone age is two years behind and he's short"],
        &[],
    );
    assert_department(
        "03.02",
        &["I carry hepatitis B, is it all right to drink alcohol"],
        &["I drink too much and want to stop"],
    );
}

#[test]
fn a_doctor_sending_the_patient_straight_back_is_an_emergency() {
    assert_emergencies(
        &[
            "医生让我赶紧来医院复查",
            "医生让我去医院看看",
            "my GP told me to go to hospital for a scan next week",
            "the nurse told me to come back to hospital if it gets worse",
            "孩子不听话，我叫他马上回医院病房",
        ],
        &[
            "血钾7.2，医生打电话让我马上回医院",
            "My potassium is 7.2 and the doctor rang to tell me to come back to hospital immediately",
        ],
    );
}

#[test]
fn a_mouthful_of_weedkiller_is_a_poison_swallowed() {
    assert_emergencies(
        &["I had a mouthful of coffee and felt sick"],
        &[
            "My father took a mouthful of weedkiller just now and spat it out, is that serious",
            "my son took a sip of bleach",
        ],
    );
}
