//! Money, insurance and the road: a worry about paying hides no emergency;
//! numbness between the legs after cycling, both legs swollen after a long
//! journey and a minor crash with a clear X-ray raise no alarm, while a
//! hurt neck with both hands numb after a fall and a pedestrian knocked
//! down are emergencies. A toe trodden on, dozing at the wheel, sickness on
//! a boat, panic in a crowd, eyes watering in the wind and a gallbladder
//! operation find their clinics; one leg swollen is no kidney's fluid.

use super::*;

#[test]
fn the_road_raises_the_right_alarms() {
    assert_emergencies(
        &[
            "小车祸，安全带勒得胸口有点疼，拍了片没事",
            "I go numb between the legs after cycling for hours",
            "After the long flight both my ankles and legs are swollen",
            "两只手发麻，颈椎病好多年了",
        ],
        &[
            "My bottom is numb and I've wet myself, my back hurts",
            "After the long flight my left calf is swollen",
            "骑电动车摔了，脖子疼，双手发麻",
            "He fell down the stairs, his neck hurts and both arms are weak",
            "The van knocked her down and she's lying in the road",
        ],
    );
}

#[test]
fn the_commute_finds_its_clinic() {
    assert_department(
        "04.03",
        &[
            "在公交上被人踩了脚，大脚趾肿了",
            "Someone trod on my toe at the match and it's swollen",
        ],
        &[],
    );
    // Dozing at the wheel is sleepiness by day, not insomnia: Neurology,
    // the psychiatrists beside it (and ENT when told with snoring).
    assert_department(
        "03.03",
        &["开车老是打瞌睡", "I keep nodding off at the wheel"],
        &[],
    );
    assert_department("15", &["一到人多的地方就心慌透不过气"], &[]);
    assert_department("03.03", &["一坐船就吐"], &[]);
    assert_department("10", &["The cold wind makes my eyes water"], &[]);
    assert_department("04.01", &["胆囊切除以后老拉肚子"], &[]);
}

#[test]
fn one_swollen_leg_is_no_fluid_held_back() {
    assert_department("03.06", &["两条腿都肿，按下去一个坑"], &[]);
    assert_department(
        "04.01",
        &["左腿肿了，按下去一个坑"],
        &["两条腿都肿，按下去一个坑"],
    );
}
