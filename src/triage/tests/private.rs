//! Private complaints told shyly ("下面", "那方面", "down there", "can't keep
//! it up") reach the clinic that treats them, and their dangers told the
//! same way are emergencies: an erection that will not go down, bleeding
//! that will not stop with dizziness.

use super::*;

#[test]
fn shy_words_for_private_complaints_reach_their_clinic() {
    assert_department(
        "05.01",
        &[
            "同房以后有点出血",
            "房事的时候下面疼",
            "下面有一股味道，洗了也有",
            "那个来了半个月还没干净",
            "bleeding after sex",
            "sex is painful for me",
        ],
        &["我老公那方面不太行"],
    );
    assert_department(
        "04.04",
        &[
            "我老公那方面不太行",
            "my husband can't keep it up",
            "I finish too quickly in bed",
            "found a small pea-sized lump on my ball, it doesn't hurt",
            "I'm a man and it stings down there when I wee",
        ],
        &["bleeding after sex"],
    );
    assert_department(
        "13",
        &[
            "那个地方的毛里有小虫子",
            "tiny crawling things in my pubic hair",
            "I want to be tested for STDs",
        ],
        &[],
    );
    assert_department(
        "04.01",
        &["a lump comes out of my back passage when I strain and goes back in"],
        &["I strained my back lifting a box"],
    );
}

#[test]
fn an_erection_that_will_not_go_down_or_bleeding_with_dizziness_is_an_emergency() {
    assert_emergencies(
        &[
            "脖子硬了好几个小时，落枕了",
            "月经量很多，有血块",
            "my periods are heavy and I soak a pad every hour on the first day",
            "I feel dizzy when I stand up quickly",
        ],
        &[
            "那个东西硬了五个多小时了，下不去，很痛",
            "bleeding down below won't stop, soaked through several pads an hour, dizzy",
            "下面流血止不住，一个小时湿透了好几片卫生巾，头晕眼前发黑",
        ],
    );
}
