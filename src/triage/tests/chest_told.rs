//! The chest and the heart told vaguely. Tenderness under a finger is an
//! acute belly only on the belly ("乳房一按就疼" and a rib "一按就疼" are
//! not); "心口疼" after meals with acid, a burning chest lying down, a rib
//! sore where pressed, a heart that pounds when a meal is missed and a
//! belly that hurts during a period each go to the clinic that sees them.

use super::*;

#[test]
fn tenderness_is_an_acute_belly_only_on_the_belly() {
    assert_emergencies(
        &[
            "乳房一按就疼，是不是乳腺的问题",
            "上个月摔了一跤，胸口右边肋骨还疼，一按就疼",
        ],
        &["肚子一按就疼", "右下腹一按就疼", "胃一按就痛"],
    );
}

#[test]
fn the_chest_told_vaguely_goes_where_its_cause_is_seen() {
    assert_department(
        "03.02",
        &[
            "心口疼，吃完饭就烧得慌，还反酸",
            "晚上躺下就胸口烧，坐起来就好点",
            "burning in my chest when I lie down at night, better sitting up",
        ],
        &["心口疼，出冷汗"],
    );
    assert_department(
        "04.03",
        &[
            "胸口有一块骨头按着疼，深呼吸也疼",
            "a spot on my breastbone hurts when I press it and when I breathe in deeply",
        ],
        &["胸口闷，一爬楼就喘"],
    );
    assert_department(
        "03.07",
        &[
            "I feel shaky and my heart pounds when I skip lunch, better after eating",
            "一饿就心慌手抖",
            "心慌手抖，怕热，吃得多还瘦",
        ],
        &["心里扑通扑通跳，一会儿就好了，一个月好几次"],
    );
    assert_department(
        "05.01",
        &[
            "这个月月经来得要命，肚子疼得打滚",
            "my period started and my stomach is killing me",
        ],
        &["没来月经，胃疼，是不是胃炎"],
    );
}
