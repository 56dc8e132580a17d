//! A grandchild's illness told by a grandparent. A feverish child gone
//! "软软的" and a sore belly that may not be touched are emergencies; a
//! lump or a belly that is merely soft is not. Hand, foot and mouth goes to
//! the clinic that sees infections, milestones and a stammer to Paediatrics,
//! and a grown child's exam or wedding leaves the worried parent the patient.

use super::*;

#[test]
fn a_floppy_feverish_child_or_an_untouchable_belly_is_an_emergency() {
    assert_emergencies(
        &[
            "宝宝发烧，肚子软软的",
            "手腕这里长了个鼓包，软软的，按着不疼",
            "孙子肚子疼，吃了点东西好多了",
            "小孙子手臂碰都不让碰",
        ],
        &[
            "宝宝三个月，发烧三十九度，不吃奶，软软的",
            "孙子肚子疼得厉害，碰都不让碰，发烧吐了",
            "he has terrible tummy pain, won't let me touch his belly, has a fever and is vomiting",
        ],
    );
}

#[test]
fn a_grandchilds_everyday_illness_goes_to_paediatrics() {
    assert_department(
        "07",
        &[
            "外孙手上脚上长了小水泡，嘴里也有",
            "我家小孙子八个月，还不会坐",
            "孙女说话有点结巴",
            "我孙子吃饭不好好吃，瘦瘦小小的",
            "孩子打完疫苗以后胳膊上肿了一块",
            "the baby is nine months and isn't sitting up yet",
            "my grandson only poos every four days and it hurts him",
        ],
        &["孩子高考，我急得心都要跳出来了，晚上睡不着"],
    );
    assert_department(
        "16",
        &["he has little blisters on his hands, feet and in his mouth"],
        &["blisters on my hands from the garden spade"],
    );
}
