//! A mother in the weeks after a birth, or breastfeeding: blurred sight or
//! a headache with high blood pressure (pre-eclampsia comes after the
//! birth too), a fever with foul discharge, a fever with shaking chills
//! too weak to stand are emergencies. Her own questions (her medicines,
//! her milk, her scar) go to the obstetricians, not the baby's doctors,
//! even when she asks whether a medicine is safe for the baby.

use super::*;

#[test]
fn the_dangers_after_a_birth_are_emergencies() {
    assert_emergencies(
        &[
            "产后一周，血压有点高，没有不舒服",
            "生完孩子以后头有点疼，睡不好",
            "a week after the birth I've a slight temperature",
            "my discharge smells a bit, no fever",
            "发烧，浑身发抖，吃了退烧药好点了",
            "I can barely stand the pain in my knee",
            "three months after having the baby my hair is coming out in handfuls",
            "since having the baby I see stars when I stand up quickly",
        ],
        &[
            "产后十天，看东西模糊，眼前有闪光",
            "since giving birth I have a headache and my blood pressure is high",
            "生完孩子五天，发烧，恶露有臭味",
            "high fever, shaking all over and I can barely stand",
            "高烧，浑身发抖，人都站不稳了",
            "my waters broke and I think the baby is coming",
        ],
    );
}

#[test]
fn a_mothers_own_questions_go_to_the_obstetricians() {
    assert_department(
        "05.02",
        &[
            "哺乳期可以吃布洛芬吗",
            "can I take ibuprofen while breastfeeding",
            "I'm not making enough milk",
            "my caesarean scar is two months old and itchy",
            "剖腹产的刀口有点痒",
            "my episiotomy stitches still sting",
            "I have a cold while breastfeeding, which medicine is safe for the baby",
            "哺乳期感冒了，吃什么药对宝宝没影响",
            "哺乳期吃了头孢，宝宝还能吃母乳吗",
            "there is blood in my breast milk",
        ],
        &["my baby won't feed"],
    );
    // The baby named as the one a medicine might reach is no patient; the
    // baby who is ill still is.
    assert_department(
        "07",
        &[
            "my baby has a fever and I am still breastfeeding him",
            "宝宝拉肚子还能吃母乳吗",
            "孩子咳嗽，吃这个药对孩子有副作用吗",
        ],
        &["can I take ibuprofen while breastfeeding"],
    );
    assert_department(
        "21",
        &[
            "腹直肌分离怎么锻炼",
            "my tummy muscles have separated, what exercises help",
        ],
        &["my tummy is bloated"],
    );
}
