//! What was tried at home first, and complaints made light of: a wound gone
//! black with a fever is an emergency whatever was put on it; moxibustion
//! that burned the skin is a burn, a neck rubbed at home is no traditional
//! treatment asked for, and two lines on a pregnancy test are a pregnancy.

use super::*;

#[test]
fn a_wound_gone_black_with_a_fever_is_an_emergency() {
    assert_emergencies(
        &["伤口有点红，不发烧"],
        &[
            "敷了草药以后伤口发黑，发高烧",
            "The cut on my toe has gone black and I have a fever",
        ],
    );
}

#[test]
fn what_was_tried_at_home_does_not_choose_the_clinic() {
    assert_department_among("艾灸把手背烫红了", &["13", "04.01"]);
    assert_department("05.02", &["测了两道杠"], &[]);
    assert_department("10", &["年纪大了，看东西有点花"], &[]);
    assert_department("03.02", &["I've taken laxatives for years"], &[]);
}
