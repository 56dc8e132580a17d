//! Sleep, vaccines, the body's small noises and school: a jolt on falling
//! asleep, a sore arm since a jab, a clicking knee, a twitching muscle and
//! a whistling nose find their clinics; a bite followed by fear of water,
//! sight gone after a ball in the eye and limbs that will not move after a
//! fall told as a moment ("摔下来的时候") are emergencies, while fear of
//! water alone, a bitten wound that "怕水" (is it to be kept dry?) and
//! nightmares since an accident are not.

use super::*;

#[test]
fn the_night_finds_its_clinic() {
    assert_department(
        "03.03",
        &[
            "我一睡着就猛地一抖醒过来",
            "I keep jolting awake just as I'm nodding off",
        ],
        &[],
    );
    assert_department(
        "15",
        &[
            "Since the holidays my sleep is all out of sync",
            "放假以后作息乱了，晚上睡不着",
        ],
        &[],
    );
    assert_emergencies(
        &["I've had nightmares since the car accident last year"],
        &[],
    );
}

#[test]
fn a_reaction_to_a_jab_is_the_family_doctors_and_a_vaccine_named_is_no_infection() {
    assert_department(
        "02",
        &[
            "My shoulder is really sore since the tetanus jab",
            "打了加强针以后胳膊肿了一个硬包",
        ],
        &[],
    );
    assert_department("05.01", &["想给女儿打HPV疫苗"], &[]);
}

#[test]
fn fear_of_water_is_rabies_only_after_a_bite() {
    assert_emergencies(
        &[
            "孩子怕水，不敢学游泳",
            "I'm scared of water",
            "被狗咬了，伤口怕水吗",
        ],
        &["被狗咬了一个月，现在怕水，喝水就抽"],
    );
}

#[test]
fn the_bodys_small_noises_find_their_clinic() {
    assert_department(
        "04.03",
        &[
            "膝盖一走路就咔咔响",
            "手指关节一掰就咔咔响",
            "My neck clicks when I turn it",
        ],
        &[],
    );
    assert_department(
        "03.03",
        &[
            "最近总是打哈欠",
            "胳膊上的肌肉老是一跳一跳的",
            "The muscle in my calf keeps twitching",
        ],
        &[],
    );
    assert_department("11", &["my nose whistles when I breathe out"], &[]);
}

#[test]
fn sight_gone_after_a_blow_and_limbs_still_after_a_fall_are_emergencies() {
    assert_emergencies(
        &["被球打到眼睛，有点红", "摔倒的时候扭了脚，现在能走"],
        &[
            "被羽毛球打到眼睛，现在看不见了",
            "A cricket ball hit his eye and now he can't see anything",
            "从楼梯上摔下来的时候脖子一响，现在手脚都动不了",
        ],
    );
}
