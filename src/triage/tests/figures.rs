//! Figures of speech. "The chair collapsed", "hungry enough to faint",
//! "my marriage is suffocating me", "laughed so hard I couldn't breathe",
//! "I stroke my cat", "my blood boils" and "my son drives me mad" name no
//! collapse, no airway, no stroke, no boil and no child; the same words
//! said of a person still alarm.

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
        ],
        &[
            "my mother collapsed in the kitchen",
            "he collapsed and is not breathing",
            "the baby is suffocating",
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
        &["I stroke my cat and my hands itch"],
    );
}
