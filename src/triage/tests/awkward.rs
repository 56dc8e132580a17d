//! Complaints corrected or told by what they are not, food and drink, and
//! what is awkward to say: bootleg spirits and sight gone, something stuck
//! in the back passage with pain or bleeding, and a rape are emergencies; a
//! tingling mouth after fruit, a split condom, body odour, a bitten tongue,
//! stool that leaks and a dribble after passing water find their clinic.

use super::*;

#[test]
fn what_is_hard_to_say_still_raises_the_alarm() {
    assert_emergencies(
        &[
            "I was raped years ago and still have nightmares",
            "我以前被性侵过，现在晚上老做噩梦",
            "The dress is fitting well",
            "My mum had a fit when she saw the bill",
            "He had a fit last year, what tests does he need",
        ],
        &[
            "喝了散装白酒，现在眼睛看不见了",
            "He drank moonshine and now he can't see",
            "肛门里塞了东西拿不出来，肚子疼",
            "Something went up my back passage and won't come out, it's bleeding",
            "我昨晚被人强暴了",
            "I was sexually assaulted last night",
            "He's fitting and has bitten his tongue",
            // A fit told without a time is told because it has just
            // happened; the bitten tongue says it was a real one.
            "He had a fit and bit his tongue",
        ],
    );
}

#[test]
fn food_and_awkward_matters_find_their_clinic() {
    assert_department(
        "03.09",
        &["吃了芒果嘴唇发痒", "Kiwi fruit makes my lips itchy"],
        &[],
    );
    assert_department(
        "05.01",
        &["The condom broke last night and I'm worried about pregnancy"],
        &[],
    );
    assert_department(
        "13",
        &["狐臭很重，夏天不敢出门", "My feet smell terrible"],
        &[],
    );
    assert_department("12", &["吃饭咬到舌头了", "I bit my tongue eating"], &[]);
    assert_department(
        "04.01",
        &["大便有时候憋不住，会漏出来", "I sometimes soil myself"],
        &[],
    );
    assert_department("04.04", &["尿完还会滴几滴"], &[]);
    assert_department(
        "03.02",
        &["肚子老是咕噜咕噜响", "Cheese goes straight through me"],
        &[],
    );
    assert_department("02", &["吃完饭就特别犯困"], &[]);
}

#[test]
fn a_correction_keeps_the_complaint_it_names() {
    assert_department("04.04", &["不是尿急，是尿的时候有点烧"], &[]);
    assert_department(
        "04.03",
        &["I think I slept funny, my neck won't turn"],
        &["I've slept badly for a week"],
    );
}
