//! Pain that comes with a position, a child speaking for themselves,
//! feelings felt in the body, and the mouth. A neck that hurts to bend with
//! a fever, magnet beads swallowed, a scald that blisters a whole limb,
//! chest pain "出了好多汗", a tooth socket that will not stop bleeding, a
//! drooling child who cannot swallow and a sweet stuck in a throat are
//! emergencies; a fish bone in the throat is not. Stress told as what sets
//! off a bodily complaint leaves the complaint to its clinic, and told
//! alone is the psychologists'; a fear of flying is theirs too. Dry lips,
//! teeth marks on the tongue, white spots in a baby's mouth, a cheek that
//! swells at meals and a metallic taste find their clinic. Breathlessness
//! that goes once the mask is off or the climb stops, a "faint" line on a
//! test and snoring that stops the breath raise no alarm; breathing that
//! slows in someone drowsy, an inhaler that fails and breathlessness after
//! fertility injections do. An itch with yellow eyes is the liver's, a
//! dialysis patient's the kidneys'; a reaction all over with a cold sweat
//! after an injection, and blisters with a raw mouth after a pill, are
//! emergencies.

use super::*;

#[test]
fn a_position_or_a_child_s_own_words_can_still_be_an_emergency() {
    assert_emergencies(
        &[
            "I bend my neck forward to read and it aches a bit",
            "磁铁贴在冰箱上，孩子老去摸",
            "跑完步出了很多汗，胸口不疼",
            "I've had a fish bone stuck in my throat since dinner",
        ],
        &[
            "Bending my head down is agony and I've got a fever",
            "孩子吃了两颗磁力珠",
            "被热油烫了，整条腿都起泡了",
            "胸口疼，出了好多汗",
        ],
    );
    assert_department("11", &["低头的时候额头胀痛，鼻涕是黄的"], &[]);
    assert_department("03.01", &["I coughed all night and couldn't sleep"], &[]);
    assert_department("03.07", &["I'm shortest in my year"], &[]);
    assert_department("13", &["脚底长了个硬硬的东西"], &[]);
}

#[test]
fn stress_that_sets_off_a_complaint_leaves_it_to_its_clinic() {
    assert_department("03.02", &["一紧张就拉肚子"], &[]);
    assert_department("13", &["When I'm stressed I get spots on my chin"], &[]);
    assert_department(
        "15",
        &[
            "最近工作压力大",
            "害怕坐飞机，一上飞机就心慌",
            "一想到考试就恶心",
        ],
        &[],
    );
    assert_emergencies(
        &["When I'm anxious I keep sighing and can't get a full breath, though I can talk"],
        &["吵完架胸口压着疼，出冷汗"],
    );
}

#[test]
fn the_mouth_finds_its_clinic_and_a_blocked_swallow_is_an_emergency() {
    assert_emergencies(
        &["吃了花椒，舌头麻麻的"],
        &[
            "拔牙的地方血一直止不住",
            "他流口水，咽不下东西，说话像含着东西",
            "A grape is stuck in her throat and she can't breathe",
        ],
    );
    assert_department(
        "13",
        &["嘴唇老是起皮", "There's a black spot on my lip"],
        &[],
    );
    assert_department("50", &["舌头上有齿痕"], &[]);
    assert_department("07", &["宝宝嘴里有白膜"], &[]);
    assert_department_among("吃饭的时候腮帮子肿起来", &["11", "12"]);
    assert_department(
        "02",
        &["I have a metallic taste since starting the tablets"],
        &[],
    );
}

#[test]
fn breath_that_eases_is_calm_but_a_slowing_breath_or_a_failing_inhaler_is_not() {
    assert_emergencies(
        &[
            "爬坡的时候喘不上气，停下来就好了",
            "戴着口罩爬楼梯喘不上气，摘了就好了",
            "The test has a faint line, am I pregnant",
            "My husband stops breathing when he snores",
        ],
        &[
            "喘不上气，歇了一会儿也不好",
            "Took lots of painkillers, breathing getting slower and slower and she's drowsy",
            "My inhaler isn't working and I can barely talk",
            "打了促排卵针以后肚子胀，喘不上气",
        ],
    );
    assert_department("05.01", &["We're starting IVF next month"], &[]);
    assert_department("04.04", &["丈夫想做结扎"], &[]);
    assert_department("15", &["总想深吸一口气，叹气才舒服"], &[]);
}

#[test]
fn an_itch_finds_its_cause_and_a_reaction_after_a_needle_or_a_pill_is_an_emergency() {
    assert_emergencies(
        &[
            "打完针胳膊上有点痒",
            "吃了药以后好多了",
            "My palms and soles are itchy",
        ],
        &[
            "被马蜂蛰了，头晕得厉害",
            "打了头孢以后浑身痒，出冷汗",
            "吃了药以后身上起了一大片水泡，眼睛也烂了",
        ],
    );
    assert_department("03.02", &["全身痒，眼睛发黄"], &[]);
    assert_department("03.06", &["做透析的，皮肤老是痒"], &[]);
    assert_department("13", &["My face keeps breaking out"], &[]);
}
