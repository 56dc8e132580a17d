//! Sport and exercise: a boxer's knuckles are an injury, numbness from a
//! saddle is no gynae question, urine darker after a run that clears with
//! water is no liver; muscles swollen after overdoing it with urine like
//! cola are muscle breaking down, and heads clashed with vomiting a head
//! injury.

use super::*;

#[test]
fn sporting_complaints_find_their_clinic() {
    assert_department(
        "04.03",
        &[
            "拳击练多了，手指关节肿了",
            "My knuckles are swollen from boxing training",
        ],
        &["I have psoriatic arthritis and my knuckles are swollen"],
    );
    assert_department(
        "04.04",
        &[
            "My urine was dark after a long run but cleared after drinking water",
            "长跑以后尿的颜色有点深，喝水以后好了",
        ],
        &[],
    );
    // The saddle presses on a nerve: Urology or Neurology, not Gynaecology.
    assert_department_among(
        "After long bike rides I'm numb down below",
        &["04.04", "03.03"],
    );
}

#[test]
fn muscles_broken_down_by_exercise_and_a_clash_of_heads_are_emergencies() {
    assert_emergencies(
        &[
            "练得太猛，这两天大腿疼",
            "I overdid it at the gym and my legs ache",
            "They clashed heads at football, he's fine now",
        ],
        &[
            "健身练得太猛，这两天大腿肿痛得厉害，尿是酱油色的",
            "I overdid it at the gym, my thighs have been very swollen and painful for two days and my urine is the colour of cola",
            "They clashed heads at football and now he's dazed, keeps vomiting and can't remember what happened",
        ],
    );
}

#[test]
fn a_couple_of_days_before_a_thigh_is_no_babys_age() {
    assert_department("04.03", &["练得太猛，这两天大腿疼"], &[]);
}
