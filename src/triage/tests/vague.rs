//! Complaints with no place ("浑身没劲", "I don't feel right in myself"):
//! the general practitioners', told in everyday words; an idiom of being
//! beaten ("像被人打了一顿", "like I've been hit by a bus") is aching, no
//! thunderclap; and the dangers told as vaguely (purple blotches with a
//! fever, an old woman slow to answer with one, an arm and a leg that
//! stopped working) are still heard.

use super::*;

#[test]
fn feeling_unwell_all_over_is_for_general_practice() {
    assert_department(
        "02",
        &[
            "整个人懒洋洋的，提不起精神，快一个月了",
            "我也说不清楚，就是全身不得劲",
            "I just feel run down, I can't put my finger on what's wrong",
            "I don't feel right in myself, nothing specific",
            "I've had no get-up-and-go for about a month",
            "我妈总说身上这里疼那里疼，查了也没啥问题",
            "My mum complains of aches everywhere but tests find nothing",
        ],
        &[],
    );
    assert_department("03.03", &["人老是发飘，走路轻飘飘的"], &[]);
    assert_department(
        "03.06",
        &[
            "早上起来脸和眼皮有点肿，中午就好了",
            "My face and eyelids are puffy in the morning, gone by lunch",
        ],
        &[],
    );
}

#[test]
fn being_beaten_up_is_a_way_of_saying_it_aches() {
    assert_emergencies(
        &[
            "浑身酸痛，像被人打了一顿，有点低烧",
            "Achy all over like I've been hit by a bus, slight temperature",
            "I feel like I've been hit by a truck",
        ],
        &[
            "头突然像被人打了一闷棍，从来没这么疼过",
            "a headache like being hit on the head, the worst of my life",
        ],
    );
}

#[test]
fn dangers_told_vaguely_are_still_heard() {
    assert_emergencies(
        &[
            "腿上有几块紫色的斑，不疼",
            "老太太反应有点慢，记性也差了",
            "My arm stopped working properly after the gym, it's just tired",
        ],
        &[
            "浑身发冷发抖，高烧四十度，身上起了一片一片紫色的斑",
            "Shivering with a fever of 40 and purple blotches spreading on her skin",
            "老太太今天说不出哪不舒服，人迷迷糊糊的，叫她反应很慢，还发烧",
            "I've felt weak all over and this morning one arm and leg suddenly stopped working",
        ],
    );
}
