//! Work and weather. A fragment thrown into the eye, a hand pulled into a
//! machine, toes black and numb after the snow, slurred speech after the
//! ice, a lightning strike are emergencies; a fly in the eye, heavy
//! periods with clots, a child's "青筋" and a knee that hurts "when I go
//! down stairs" are not, and each finds its own clinic.

use super::*;

#[test]
fn the_dangers_of_work_and_weather_are_emergencies() {
    assert_emergencies(
        &[
            "a fly flew into my eye",
            "月经量多，出了好多血块",
            "I'm a welder and my eyes are sore after yesterday's shift",
            "在冷库上班，手指头一冷就发白",
            "my 2 year old can't talk properly yet",
        ],
        &[
            "A metal splinter flew into my eye while grinding",
            "焊接的时候铁屑崩进眼睛里，看不清了",
            "My hand got pulled into a machine at work",
            "雪地里待太久，脚趾头发黑没有知觉",
            "After hours in the snow his toes are black and he can't feel them",
            "He fell through the ice, we pulled him out and he can't speak properly",
            "She was struck by lightning; she's awake",
            "打雷的时候被雷劈了",
            "We heat the house with a coal stove and we all have headaches and are vomiting",
            "台风天被广告牌砸到头，流了好多血",
        ],
    );
}

#[test]
fn a_trade_or_a_season_names_its_clinic() {
    assert_department(
        "13",
        &[
            "在海边晒了一天，后背晒脱皮了",
            "I've come out in prickly heat all over in this hot weather",
            "My lips are chapped and bleeding in this wind",
        ],
        &["I've been out in the heat all day and feel sick"],
    );
    assert_department(
        "16",
        &[
            "在养殖场上班，最近老发烧，关节疼，说是可能染上了布病",
            "I work on a goat farm and I've had fevers and aching joints for weeks",
        ],
        &["my joints ache in the cold"],
    );
    assert_department(
        "04.04",
        &["I hold my wee for hours, now it stings when I go"],
        &["my knee hurts when I go down stairs"],
    );
    assert_department(
        "04.01",
        &["站了一天柜台，晚上腿又肿又胀，还有青筋"],
        &["孩子鼻梁上有青筋"],
    );
    assert_department(
        "11",
        &["I've worked in a noisy factory for years and I can't hear well now"],
        &["I feel unwell"],
    );
    assert_department(
        "03.02",
        &["I drink a lot with clients and my stomach burns"],
        &["I burnt my hand on the stove"],
    );
}
