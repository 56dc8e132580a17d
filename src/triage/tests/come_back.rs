//! An old complaint come back: a condition told in the past counts in full
//! towards its clinic when the sentence says it is back ("以前得过肾结石，
//! 这两天腰又开始疼"), and "like last time" tells of today; a heart attack
//! or a stroke come back is an emergency. A face that droops from a palsy
//! already named, two months on, is no stroke.

use super::*;

#[test]
fn a_condition_told_as_back_finds_its_clinic() {
    assert_department(
        "04.04",
        &[
            "以前得过肾结石，这两天腰又开始疼，尿有点红",
            "以前说是肾结石，现在腰又疼了",
            "I had kidney stones before and my side is aching again",
        ],
        &[],
    );
    assert_department(
        "03.02",
        &["My ulcer was healed but the hunger pains are back"],
        &[],
    );
}

#[test]
fn a_heart_attack_or_stroke_come_back_is_an_emergency() {
    assert_emergencies(
        &[
            "以前心梗过，现在想复查一下",
            "I had a stroke last year and I'd like rehab for my hand",
            "Bell's palsy two months ago and my face still droops a little, would acupuncture help?",
        ],
        &[
            "以前心梗过，现在胸口又像上次那样压着疼，出冷汗",
            "I had a heart attack before and it's the same crushing pain again with a cold sweat",
            "I had a stroke last year and just now my speech is slurred",
            "I had a stroke last year and now my speech is slurred",
        ],
    );
}

#[test]
fn a_comparison_with_last_time_is_no_past() {
    assert_department("03.01", &["咳嗽比以前厉害了，痰也多"], &[]);
}
