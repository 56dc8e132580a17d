//! Caring at home for someone in bed, on a catheter, a feeding tube or
//! dialysis: an empty catheter bag with a swollen belly and a needle site
//! that will not stop bleeding are emergencies; the same tube or site
//! asked about calmly goes to whoever looks after it.

use super::*;

#[test]
fn a_blocked_catheter_and_a_site_that_will_not_stop_bleeding_are_emergencies() {
    assert_emergencies(
        &[
            "爸爸插着导尿管，尿袋里的尿有点浑",
            "dad has a catheter, when should it be changed",
            "肚子有点胀，放屁多",
            "透析那只手臂扎针的地方有点青",
            "the needle site on his dialysis arm bled a little and then stopped",
        ],
        &[
            "插着尿管，一下午一点尿都没有，肚子鼓得很硬",
            "he has a catheter, nothing in the catheter bag for hours and his belly is swollen",
            "I can't pee and my belly is swollen",
            "扎针的地方一直冒血，按了十分钟还止不住",
            "we pressed on the cut for ten minutes and it is still bleeding",
        ],
    );
}

#[test]
fn a_tube_a_sore_or_a_chair_goes_to_whoever_looks_after_it() {
    assert_department(
        "04.04",
        &["尿管多久换一次", "his suprapubic catheter is leaking"],
        &["I had a cardiac catheter last week, the groin is bruised"],
    );
    assert_department(
        "03.02",
        &[
            "鼻饲管堵了，打不进去",
            "the feed won't go down his PEG tube",
        ],
        &["宝宝不吃奶"],
    );
    assert_department(
        "04.01",
        &["老人脚后跟压红了", "she has a bed sore on her bottom"],
        &["脚后跟疼，早上下地最疼"],
    );
    assert_department(
        "13",
        &["she wears incontinence pads and her bottom is red"],
        &["my baby's bottom is red and sore"],
    );
    assert_department(
        "21",
        &["坐轮椅的人用什么坐垫好", "老人卧床以后腿越来越细"],
        &["腿上长了个包"],
    );
    assert_department(
        "02",
        &["药片能不能碾碎了吃", "can her tablets be crushed"],
        &["I swallowed a tablet the wrong way and coughed"],
    );
}
