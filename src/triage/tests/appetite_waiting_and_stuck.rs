//! Appetite and weight, festivals, "can it wait?", things stuck and what
//! the mirror shows: hunger, cravings, binges, a ring that will not come
//! off, yellow bumps by the eyes and a woman's facial hair find their
//! clinics; days without a drink and confused, a feverish baby's weak cry,
//! wild mushrooms, a fit then drowsiness, a sharp thing swallowed then
//! pain, a bar still in the belly and a neck swelling fast are emergencies,
//! while a sparkler's small burn, graves swept and a marble swallowed by a
//! child who is well are not.

use super::*;

#[test]
fn appetite_and_weight_find_their_clinic() {
    assert_department("03.07", &["老是饿，刚吃完又饿了", "戒烟以后胖了十斤"], &[]);
    assert_department("15", &["晚上老想吃东西", "吃完饭就去抠喉咙吐掉"], &[]);
    assert_department("02", &["我特别想吃冰块"], &[]);
}

#[test]
fn dangers_of_eating_and_drinking_are_emergencies() {
    assert_emergencies(
        &[
            "A sparkler burnt my fingers a little",
            "孩子吞了一颗弹珠，没有不舒服",
        ],
        &[
            "Grandma hasn't eaten or drunk for two days and is confused",
            "宝宝发烧，不吃奶，哭声很弱",
            "He ate a plate of wild mushrooms and now he's vomiting",
            "A firework exploded in his hand",
        ],
    );
}

#[test]
fn a_fit_then_drowsiness_and_a_sharp_thing_then_pain_are_emergencies() {
    assert_emergencies(
        &["孩子以前发烧抽过，现在精神很好", "吞了一根鱼刺，嗓子有点扎"],
        &[
            "孩子发烧抽了一下，现在叫不太醒",
            "不小心吞了一根牙签，现在胃疼",
            "He swallowed a safety pin and now has chest pain",
            "钢筋还插在他肚子上",
        ],
    );
}

#[test]
fn things_stuck_and_the_mirror_find_their_clinic() {
    assert_department(
        "04.01",
        &["戒指卡在手指上摘不下来", "头发缠住了宝宝的手指"],
        &[],
    );
    assert_department("13", &["眼睛下面长了黄色的小疙瘩", "眉毛掉得很厉害"], &[]);
    assert_department("05.01", &["女的，嘴唇上长了很多毛"], &[]);
    assert_department("12", &["一边脸肿了，鼓起来"], &[]);
    assert_emergencies(
        &["We were sweeping the graves and she got stung by a wasp"],
        &[
            "脖子突然肿得很大，喘不上气",
            "My lips went purple and I can't breathe",
        ],
    );
}
