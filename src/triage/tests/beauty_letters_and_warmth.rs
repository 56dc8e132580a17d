//! Beauty treatments, a house being done up, letters and slips of spelling,
//! cold and warmth, tiredness. A rash all over with a tightening throat is
//! a reaction through the body, and paint splashed in the eye and rinsed is
//! the eye doctors'; blood spurting, glue swallowed, half the body scalded,
//! a fall through ice and weakness climbing from the legs are emergencies.
//! Creams and masks are the skin doctors', laser for short sight the eye
//! doctors'. A run of letters in Chinese ("LR44", "ST") stands as one word
//! a gap crosses; a slip of spelling in English reads as the rules' word.
//! Burning soles are the nerves', a cold patch on the back and hot palms
//! Chinese medicine's, feeling the cold with tiredness the thyroid's.

use super::*;

#[test]
fn a_reaction_all_over_and_the_harm_of_a_house_being_done() {
    assert_emergencies(
        &[
            "乳胶漆溅到眼睛里了，已经冲过水，有点红",
            "全身起了红疹子，很痒",
            "嗓子发紧，有点干",
            "孩子发烧，嗓子肿，身上起了红疹子",
            "刷墙的时候胶水粘到手上了",
        ],
        &[
            "吃完药以后全身起疹子，嗓子发紧",
            "I've come out in hives all over and my throat is tightening",
            "手被玻璃割了，血往外喷",
            "Blood is spurting from the cut on his arm",
            "孩子喝了一口万能胶",
            "He swallowed some superglue",
            "油锅打翻，烫了半个身子",
        ],
    );
    assert_department(
        "13",
        &[
            "换了护肤品以后脸上起了小疙瘩",
            "My face stings after a new face mask",
        ],
        &[],
    );
    assert_department("10", &["高度近视，想做激光手术"], &[]);
    assert_department(
        "04.03",
        &["Both knees are swollen after kneeling to lay the carpet"],
        &[],
    );
}

#[test]
fn letters_in_chinese_and_slips_in_english_still_meet_the_rules() {
    assert_emergencies(
        &["孩子在玩LR44纽扣电池，没有吞"],
        &[
            "宝宝吞了一颗CR2032纽扣电池",
            "she has taken an overdoze",
            "my son had a seizur and is still shaking",
        ],
    );
    assert_department("03.04", &["心电图上有个ST段压低，平时没感觉"], &[]);
    assert_department("03.07", &["TSH偏高，医生让复查"], &[]);
    assert_department("03.02", &["bad diarrea for two days"], &[]);
    assert_department("15", &["feeling anxius all the time"], &[]);
    // A real word is never mended into a rule's word.
    assert_emergencies(&["I'm insured, where do I pay"], &[]);
}

#[test]
fn warmth_and_cold_and_a_tired_body_find_their_clinic() {
    assert_emergencies(
        &[
            "The soles of my feet burn when I lie in bed",
            "大腿外侧有点麻，好几年了",
        ],
        &[
            "My legs went weak two days ago and now it's spreading up to my arms",
            "脚先麻，后来从腿往上没力气了",
            "He fell through the ice on the pond and is shivering and confused",
            "My dad suddenly slumped in his chair and barely responds when we call him",
        ],
    );
    assert_department("03.03", &["脚底板一到晚上就发烫"], &[]);
    assert_department("50", &["后背一块地方老是凉飕飕的"], &[]);
    assert_department("03.07", &["老觉得累，特别怕冷，大便也干"], &[]);
    assert_department(
        "03.04",
        &["吃了他汀以后腿没劲，肌肉酸痛", "My muscles ache on statins"],
        &[],
    );
    assert_department("04.03", &["吹空调吹得脖子僵硬"], &[]);
}
