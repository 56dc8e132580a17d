//! Figures of speech. "The chair collapsed", "hungry enough to faint",
//! "my marriage is suffocating me", "laughed so hard I couldn't breathe",
//! "I stroke my cat", "my blood boils", "my son drives me mad", a
//! "stabbing pain" and a "choking hazard" name no collapse, no airway, no
//! stroke, no boil, no child and no knife; the same words said of a person
//! still alarm.

use super::*;

#[test]
fn a_figure_of_speech_is_no_alarm() {
    assert_emergencies(
        &[
            "the chair collapsed under me and I hurt my back",
            "I'm so hungry I could faint",
            "I almost passed out from the heat yesterday, fine now",
            "my marriage is suffocating me and I can't sleep",
            "I laughed so hard I couldn't breathe, now my ribs hurt",
            "I have a stabbing pain in my side when I run",
            "stabbing pain in my chest",
            "are these toys a choking hazard for my baby",
        ],
        &[
            "my mother collapsed in the kitchen",
            "he collapsed and is not breathing",
            "the baby is suffocating",
            "my son was stabbed outside the pub",
            "someone is stabbing people in the street",
            "my baby is choking",
            "I can't breathe",
            "My dad's poo has gone black like tar and he nearly passed out",
        ],
    );
}

#[test]
fn a_figure_of_speech_names_no_clinic() {
    assert_department(
        "03.04",
        &["my blood boils when I think about it and I get palpitations"],
        &["you nearly gave me a heart attack, where is the pharmacy"],
    );
    assert_department(
        "03.03",
        &[
            "my son drives me mad, I have a headache",
            "I had a stroke last year",
        ],
        &[
            "I stroke my cat and my hands itch",
            "住在中风险地区，要做核酸吗",
        ],
    );
    assert_department(
        "04.03",
        &["晚上起夜撞到了桌角，大腿青了一大块"],
        &["抽完血以后手臂青了一块"],
    );
}
