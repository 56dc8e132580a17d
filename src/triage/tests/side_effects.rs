//! A medicine's side effects and several complaints told at once: "没别的
//! 不舒服" denies the rest; a metallic taste is no tooth; gums that bleed a
//! lot when brushed are no haemorrhage; both legs swollen with breathlessness
//! are the heart's, not a clot's; fingers white in the cold and being "the
//! allergic type" find their clinics; and the dangers: a week's tablets
//! taken "at once", skin coming away in sheets with a fever or after a new
//! medicine, a treated diabetic shaking and sweating told in two clauses.

use super::*;

#[test]
fn nothing_else_wrong_denies_the_rest() {
    assert_department(
        "13",
        &["吃了头孢身上起了几个小红疹，有点痒，没别的不舒服"],
        &[],
    );
}

#[test]
fn side_effects_and_several_complaints_find_their_clinic() {
    // The family doctors or the gut doctors, never the dentists.
    assert_department_among("吃了甲硝唑嘴里一股金属味", &["02", "03.02"]);
    assert_department(
        "03.08",
        &[
            "手指遇冷发白发紫，关节也疼",
            "Dry mouth, dry eyes and my finger joints ache",
        ],
        &[],
    );
    assert_department(
        "03.09",
        &[
            "鼻子痒、眼睛痒，皮肤也起湿疹，是不是过敏体质",
            "Itchy nose, itchy eyes and eczema, am I an allergic type?",
        ],
        &[],
    );
    assert_department(
        "07",
        &["My son has a fever, blisters in his mouth and little red spots on his palms and soles"],
        &[],
    );
}

#[test]
fn bleeding_gums_and_both_legs_swollen_are_no_emergency() {
    assert_emergencies(
        &[
            "My gums bleed a lot and I bruise easily",
            "Chest feels tight, I get breathless after a few steps and my legs are a bit swollen",
        ],
        &[
            "I'm on warfarin, my urine is red today, my gums won't stop bleeding and I'm covered in bruises",
            "My left leg is swollen and I'm suddenly breathless",
        ],
    );
}

#[test]
fn a_weeks_tablets_at_once_and_skin_coming_away_are_emergencies() {
    assert_emergencies(
        &[
            "Can I take all my tablets at once in the morning?",
            "早上的药能不能一次吃了",
            "晒伤以后背上大片脱皮",
            "I fainted while giving blood once",
        ],
        &[
            "Mum has taken a whole week's blood pressure tablets at once",
            "我妈把一个星期的降压药一次全吃了",
            "吃了卡马西平以后发高烧，皮肤大片大片地脱皮",
            "High fever and my skin is peeling off in sheets since starting carbamazepine",
            "吃了降糖药没吃饭，现在手抖，出冷汗，说话含糊",
        ],
    );
}
