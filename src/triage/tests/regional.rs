//! Words of a region or a generation ("屙稀", "波棱盖", "the runs", "my old
//! ticker", "done my back in"), and English words whose stem is another
//! word's ("spotting" and "spots", "several" and "severe", "tearing" and
//! "in tears", "winded" and "wind"), each beside the sense that is meant.

use super::*;

#[test]
fn a_stem_shared_with_another_word_raises_no_alarm() {
    assert_emergencies(
        &[
            "I'm pregnant and have spots on my face",
            "I'm 30 weeks pregnant and have had several stomach pains",
            "I'm in tears with this back pain",
        ],
        &[
            "I've been spotting at 8 weeks pregnant",
            "I'm 30 weeks pregnant and have severe stomach pain",
            "sudden tearing pain in my back",
        ],
    );
}

#[test]
fn wind_brought_up_is_the_stomach_s_and_winded_is_the_lungs() {
    assert_department(
        "03.02",
        &["I've got a dicky tummy and keep bringing up wind"],
        &["I get winded on the stairs"],
    );
}

#[test]
fn a_teething_baby_is_a_child_s_worry_and_aching_teeth_the_dentist_s() {
    assert_department(
        "07",
        &["my baby is teething and grumpy"],
        &["my teeth hurt"],
    );
    assert_department(
        "12",
        &["my teeth hurt"],
        &["my baby is teething and grumpy"],
    );
}

#[test]
fn regional_words_for_common_complaints_are_read() {
    assert_department(
        "03.02",
        &["这两天一直屙稀", "I've had the runs since Sunday"],
        &[],
    );
    assert_department(
        "04.03",
        &[
            "我的波棱盖儿疼",
            "胳膊肘子疼",
            "I've done my back in lifting the shopping",
        ],
        &[],
    );
    assert_department("03.06", &["腰子疼，后腰两边酸酸的"], &["腰疼，弯腰更疼"]);
    assert_department("03.04", &["my old ticker's been fluttering"], &[]);
}

#[test]
fn the_first_few_steps_are_no_headache() {
    assert_department("04.03", &["脚后跟疼，早上下地头几步疼得厉害"], &[]);
    assert_department("03.03", &["头几天头疼得厉害"], &[]);
}

#[test]
fn a_feverish_child_who_barely_answers_and_is_limp_is_an_emergency() {
    assert_emergencies(
        &["娃儿发烧，精神还可以，就是不想吃饭"],
        &["娃儿发高烧，喊他也不咋个应，身上软趴趴的"],
    );
}

#[test]
fn wheezing_too_hard_to_speak_is_an_emergency() {
    assert_emergencies(
        &[
            "I have asthma and can't speak English well",
            "孩子有哮喘，平时不爱说话",
        ],
        &[
            "She's wheezing something awful and can't get her words out",
            "孩子哮喘犯了，喘得说不出话",
        ],
    );
}
