//! Dangers told calmly: a patient who "feels fine" after a shock or an
//! overdose, a frail mother who has drunk nothing for days and only sleeps,
//! a diabetic whose breath smells of pear drops, a drinker who stopped and
//! now sees things, a painful kidney stone with a fever, a tooth socket
//! bleeding for hours. Each is an emergency; the everyday complaint in the
//! same words is not.

use super::*;

#[test]
fn a_verdict_about_the_patient_does_not_clear_the_shock() {
    assert_emergencies(
        &["I got a small static shock from the car door"],
        &[
            "The electrician got a shock from a live wire and he is ok",
            "女儿一个小时前把一整盒扑热息痛都吃了，说自己没事",
        ],
    );
}

#[test]
fn days_without_a_drink_and_drowsy_is_an_emergency() {
    assert_emergencies(
        &[
            "I don't drink enough water and feel sleepy after lunch",
            "我妈最近吃得少，有点没精神",
        ],
        &[
            "Grandad hasn't drunk anything for two days and is very drowsy",
            "我奶奶两天没喝水了，叫都叫不醒",
        ],
    );
}

#[test]
fn ketones_on_a_diabetics_breath_are_an_emergency() {
    assert_emergencies(
        &[
            "I'm diabetic and my breath smells bad in the morning",
            "糖尿病人口臭怎么办",
        ],
        &[
            "My son is type 1 and his breath smells fruity",
            "糖尿病，嘴里有烂苹果味",
        ],
    );
}

#[test]
fn seeing_things_after_stopping_drinking_is_an_emergency() {
    assert_emergencies(
        &[
            "I drink too much and want help to stop",
            "每天晚上要喝半斤白酒，想戒掉",
        ],
        &[
            "He stopped drinking two days ago and now he is seeing things",
            "他昨天突然不喝了，现在看见墙上有虫子在爬",
        ],
    );
    assert_department("15", &["I drink a bottle of vodka every night"], &[]);
}

#[test]
fn a_painful_kidney_stone_with_a_fever_is_an_emergency() {
    assert_emergencies(
        &[
            "I had a kidney stone years ago and now I have the flu",
            "肾结石，腰有点酸",
            "I have a kidney stone; can I take ibuprofen for a fever from my cold?",
            "有肾结石的人发烧了怎么办",
        ],
        &[
            "My kidney stone is giving me pain in my side again and I have a fever",
            "肾结石疼了两天，今天发烧了",
        ],
    );
}

#[test]
fn bleeding_for_hours_after_a_tooth_is_pulled_is_an_emergency() {
    assert_emergencies(
        &[
            "I had a tooth pulled yesterday and it oozed a little",
            "昨天拔了牙，还有一点点渗血",
        ],
        &[
            "My tooth was taken out this morning and it has been bleeding for three hours",
            "拔完牙流了两个小时了还止不住",
        ],
    );
    assert_department("12", &["昨天拔了牙，还有一点点渗血"], &[]);
}

#[test]
fn a_pregnant_daughter_is_seen_as_a_mother_to_be() {
    assert_department("05.02", &["女儿怀孕十周，肚子有点胀，腰也酸"], &[]);
    assert_department("07", &["女儿五岁，肚子痛"], &[]);
}
