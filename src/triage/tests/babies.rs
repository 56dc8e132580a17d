//! Babies under a year: green stools, jabs, a flat head, first foods,
//! thrush that will not wipe off and a bluish birthmark find Paediatrics
//! or the clinic that sees them.

use super::*;

#[test]
fn a_babys_everyday_questions_find_paediatrics() {
    assert_department(
        "07",
        &[
            "孩子五个月，大便有点绿，精神挺好",
            "孩子十个月，要打疫苗，哪个科",
            "宝宝头有点偏，一边扁",
            "宝宝四个月，想问能不能加辅食",
            "My five-month-old's poo is a bit green but he's happy",
            "Where does my ten-month-old go for her jabs?",
            "My baby's head is flat on one side",
            "Four months old, can I start solids?",
            "My baby sweats a lot when sleeping",
        ],
        &[],
    );
    assert_department(
        "12",
        &["White coating on my baby's tongue that won't wipe off"],
        &[],
    );
    assert_department("13", &["A bluish patch on my baby's bottom"], &[]);
}
