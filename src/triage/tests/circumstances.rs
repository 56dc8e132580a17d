//! Red flags that hang on a circumstance (chemotherapy under way, drugs at
//! a party, a heater in a shut room, an erection that will not go down),
//! and everyday places that are only where the skin is, each beside calm
//! sentences that share their words.

use super::*;

#[test]
fn a_fever_during_chemotherapy_is_an_emergency_one_years_after_is_not() {
    assert_emergencies(
        &[
            "I had chemo three years ago and now I have a fever",
            "my mum finished chemotherapy last year, she has a temperature of 38",
            "化疗结束两年了，最近感冒发烧",
            "化疗以后头发掉得厉害",
        ],
        &[
            "I'm on chemotherapy and my temperature has just hit 38.4",
            "我在做化疗，刚量体温38.4度",
            "上周刚化疗完，今天发烧38度",
        ],
    );
}

#[test]
fn a_racing_heart_or_burning_up_after_party_drugs_is_an_emergency() {
    assert_emergencies(
        &[
            "I used cocaine years ago, now I get palpitations",
            "I had a couple of drinks at a party and my heart is racing",
            "朋友聚会上喝多了，现在心慌",
        ],
        &[
            "I took some pills at a party and now my heart is pounding",
            "在酒吧吃了别人给的药，现在浑身发烫",
            "took ecstasy last night and I'm burning up",
        ],
    );
}

#[test]
fn an_erection_lasting_hours_is_an_emergency() {
    assert_emergencies(
        &[
            "I've had erection problems for years",
            "勃起不坚，想问吃什么药",
        ],
        &[
            "I've had an erection for five hours and it's getting painful",
            "阴茎勃起五个小时了还不消，越来越疼",
        ],
    );
}

#[test]
fn a_headache_and_dizziness_by_a_heater_is_carbon_monoxide() {
    assert_emergencies(
        &[
            "I get a headache and feel dizzy when I skip lunch",
            "our boiler is broken and the flat is cold",
        ],
        &["everyone has a thumping headache and feels dizzy, and the gas heater has been on all night"],
    );
}

#[test]
fn blood_pumping_out_lips_gone_bluish_and_a_stab_are_emergencies() {
    assert_emergencies(
        &[
            "I sliced my finger while cooking",
            "the bruise on my face is bluish purple",
            "I cut my hand on a knife yesterday and it looks infected",
        ],
        &[
            "I sliced my wrist on a broken window and the blood is pumping out",
            "my grandad's lips have gone a bluish colour and he's fighting for breath",
            "my friend has been knifed in the side",
            "我朋友肚子上被人扎了一刀",
            "my little boy was eating grapes, went silent and can't get any air in",
        ],
    );
}

#[test]
fn a_body_part_named_as_where_the_skin_is_is_no_joint_pain() {
    assert_department(
        "13",
        &[
            "I have rough, flaky patches on my elbows that itch",
            "my knees itch",
            "a rash on my shins",
        ],
        &["my knees ache when it's cold"],
    );
    assert_department("04.03", &["my knees ache when it's cold"], &[]);
}

#[test]
fn a_burning_behind_the_breastbone_is_heartburn_not_a_burn() {
    assert_department(
        "03.02",
        &[
            "I get a burning feeling behind my breastbone after big dinners",
            "吃饱了以后胸口后面烧得慌",
        ],
        &["I burned my hand on the oven"],
    );
}

#[test]
fn numbness_or_breathlessness_after_a_dive_or_confusion_at_altitude_is_an_emergency() {
    assert_emergencies(
        &[
            "潜水以后耳朵疼",
            "I went scuba diving yesterday and now my ear hurts",
            "I dive for fish and my fingers are numb with cold",
            "高原旅游回来以后一直有点头疼",
            "在西藏旅游，有点喘，头有点疼",
            "我头疼得厉害，吃了止痛药好点了",
        ],
        &[
            "潜水上来以后关节疼，身上发麻，喘不过气",
            "after a dive I've got joint pains, tingling all over and I'm short of breath",
            "we did a 30 metre dive this morning and now I have tingling in my legs",
            "在西藏旅游，头疼得厉害，走路不稳，说话糊涂",
            "trekking at altitude, a terrible headache, can't walk straight and talking nonsense",
            "在拉萨玩了两天，老人说胡话",
        ],
    );
    assert_department(
        "02",
        &[
            "出国前想打疫苗，需要打哪些",
            "which vaccines do I need before travelling abroad",
        ],
        &[],
    );
    assert_department(
        "03.09",
        &["my lips tingled a little after seafood on holiday, nothing else"],
        &["my lips are tingling and numb"],
    );
}
