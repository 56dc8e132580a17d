//! Loneliness, grief and caring, and patients with a disability: "lying"
//! on the floor no longer reads as a lie-in, a threat to jump is a threat,
//! a paralysis long known is no stroke, a child who chokes at meals is no
//! choking now; grief and a fear of cancer go to the mind's doctors, and a
//! grown son one lives with is not the patient.

use super::*;

#[test]
fn lying_still_is_no_lie_in() {
    assert_emergencies(
        &["He had a lie-in and was hard to wake, but he's up now"],
        &[
            "Dad is lying on the floor not moving",
            "She's lying there unresponsive",
        ],
    );
}

#[test]
fn the_dangers_of_grief_and_disability_raise_the_alarm() {
    assert_emergencies(
        &[
            "我是半身不遂，瘫的那只手肿了",
            "My son has cerebral palsy and keeps coughing and choking when he eats",
            "孩子发烧了，有点咳嗽",
        ],
        &[
            "他刚才说要从楼上跳下去",
            "She says she's going to jump off the bridge",
            "孩子发高烧，喘得厉害",
            "脖子疼了几天，手没劲，走路也不稳了",
            "半身不遂好几年了，今天突然说不出话",
        ],
    );
}

#[test]
fn grief_and_health_worries_go_to_the_minds_doctors() {
    assert_department(
        "15",
        &[
            "老伴去世以后整天不想说话",
            "My husband died in the spring and I'm heartbroken",
            "总担心自己得了癌症",
            "I keep worrying I have cancer",
            "跟着女儿搬过来以后谁也不认识，心情很差",
            "I moved in with my daughter and feel lonely",
        ],
        &[],
    );
    assert_department("11", &["My hearing aid ear is weeping"], &[]);
}
