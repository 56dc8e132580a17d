//! Medicines taken for a long illness, beside their dangers: digoxin then
//! yellow sight or a slow heart, a fever with rigid muscles, sweating and
//! slow to answer on insulin. Each is an emergency; each sign alone, or the
//! medicine alone, is not. The everyday side effect goes to whoever gave
//! the medicine.

use super::*;

#[test]
fn a_medicine_with_the_sign_of_its_overdose_is_an_emergency() {
    assert_emergencies(
        &[
            "我在吃地高辛，想问能不能喝咖啡",
            "she takes digoxin, are her ankles meant to be a bit puffy",
            "看东西有点发黄，是不是白内障",
            "my heart rate is a bit slow, I run every day",
            "发烧了，浑身酸痛",
            "落枕了，脖子肌肉僵硬",
            "打胰岛素的，最近晚上出汗多",
            "吃二甲双胍以后总想睡觉",
            "on insulin and I sweat a lot at night",
            "孩子反应很慢，上课跟不上",
        ],
        &[
            "吃地高辛的，这两天看什么都是黄的",
            "my mum is on digoxin and everything looks yellow to her",
            "我爸吃地高辛，心率只有四十多，没力气",
            "he takes digoxin and his pulse is really slow",
            "发高烧，全身肌肉僵硬",
            "high fever and his muscles have gone rigid",
            "打胰岛素的，现在一身大汗，叫他反应很慢",
            "she's on insulin, clammy and slow to answer",
            "he's diabetic, sweating and confused",
        ],
    );
}

/// Taking one's own tablets, even swallowing one awkwardly, is no
/// overdose: "swallowed some of * tablets" had shrunk to "swallowed *
/// tablets" once "some" and "of" were dropped, and "吃了*药片" and
/// "喝了*药" heard every morning's dose; "too" was dropped as filler, so
/// "too many pills" heard "so many pills". A whole bottle still alarms.
#[test]
fn taking_the_usual_tablets_is_no_poisoning() {
    assert_emergencies(
        &[
            "I ate dinner and then took my tablets",
            "she swallowed her pills with water",
            "I swallowed a pill",
            "he swallowed a pill that got stuck in his throat",
            "I take a lot of tablets every day for my heart",
            "I took my iron tablets this morning and feel sick",
            "早上吃了药片以后胃不舒服",
            "把药吃完了还是咳嗽",
            "孩子不肯把药吃下去，怎么办",
            "喝了药以后好多了",
            "昨天喝了药，今天还是发烧",
            "药吃了很多种都没用",
            "I've taken lots of different tablets and nothing works",
            "how many pills should I take",
            "my dad takes so many pills I lose track",
        ],
        &[
            "my toddler swallowed a pill from my handbag",
            "my child ate some iron tablets",
            "he ate a whole packet of pills",
            "she swallowed a handful of tablets",
            "孩子把药片当糖吃了",
            "一下子吃了一整瓶药片",
            "刚才喝了一整瓶药",
            "孩子把药全吃了",
            "我妈喝了药，现在叫不醒",
            "he took too many of his sleeping tablets",
            "she's had too much paracetamol",
        ],
    );
}

/// A poison's everyday word alone is no poisoning: a whole bottle of
/// water, a gas alarm, expired bread. The poison, or its harm, still is.
#[test]
fn a_poisons_everyday_word_alone_is_no_poisoning() {
    assert_emergencies(
        &[
            "一天喝了一整瓶水还是口渴",
            "家里装了煤气报警器，要多久检查一次",
            "误食了一点过期面包，肚子有点不舒服",
            "I drank a whole bottle of water and still feel thirsty",
            "the carbon monoxide alarm keeps beeping, do I need a check",
        ],
        &[
            "煤气中毒了，头晕想吐",
            "家里烧炭取暖，全家人头疼恶心",
            "孩子误食了洗衣液",
            "吞了一整瓶安眠药",
            "she took a whole bottle of sleeping pills",
            "carbon monoxide poisoning, my head is pounding",
        ],
    );
}

#[test]
fn a_side_effect_goes_to_whoever_gave_the_medicine() {
    assert_department(
        "03.07",
        &[
            "优甲乐加量以后心慌手抖",
            "since my thyroxine went up my hands tremble",
            "吃激素以后脸变圆了",
        ],
        &["手抖好几年了，写字都抖"],
    );
    assert_department(
        "03.04",
        &[
            "吃了硝苯地平以后脚踝肿",
            "since starting lisinopril my ankles have swollen",
            "my blood pressure pills make me light-headed when I stand",
        ],
        &["脚踝扭了一下，肿了", "my ankles are swollen"],
    );
    assert_department(
        "03.01",
        &["吃利福平以后小便是橙色的"],
        &["小便发红，还有点痛"],
    );
    assert_department(
        "19",
        &["化疗以后掉头发", "my hair is coming out since chemo"],
        &["最近掉头发很厉害"],
    );
    assert_department(
        "02",
        &[
            "感冒药和消炎药能一起吃吗",
            "can I take paracetamol and ibuprofen together",
            "the tablets are too big, can I break them in half",
            "过期半个月的感冒药还能吃吗",
        ],
        &["降压药是饭前吃还是饭后吃"],
    );
    assert_department(
        "15",
        &["the antidepressant makes me feel sick"],
        &["I feel sick after fatty food"],
    );
}
