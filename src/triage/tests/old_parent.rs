//! An old parent's changes told by the family (days and nights turned
//! round, a temper that is new, the dead seen in the room, money "stolen",
//! weight lost with the appetite), and a long-standing illness with a new
//! complaint: an angina spray that does not help the chest pain is an
//! emergency, a nose spray that does not help is not.

use super::*;

#[test]
fn a_familys_account_of_an_old_parent_finds_the_clinic() {
    assert_department(
        "15",
        &[
            "我妈晚上不睡觉，白天睡，夜里起来到处翻东西",
            "My mother is up all night rummaging through drawers and sleeps in the day",
            "我爸最近脾气特别大，动不动就骂人，以前不这样",
            "Dad's temper has changed, he shouts at everyone and he was never like that",
            "Grandad has gone quiet, won't go out and just sits staring all day",
            "我爷爷这段时间老说看见死去的奶奶在屋里",
            "Grandad says he sees my late grandmother sitting in the room",
        ],
        &["我爸晚上睡觉打呼噜很响"],
    );
    assert_department(
        "03.10",
        &[
            "我妈老说有人偷她的钱，其实都是她自己藏起来了",
            "老人最近吃得少，瘦了十来斤",
        ],
        &["最近瘦了很多"],
    );
    assert_department(
        "03.02",
        &["My father only opens his bowels once every few days and strains a lot"],
        &["I strained my back lifting a box"],
    );
    assert_department(
        "10",
        &["Dad has to sit right up close to the TV to see it"],
        &[],
    );
}

#[test]
fn weight_lost_alone_is_a_hormone_question_and_with_no_appetite_a_choice() {
    let t = engine();
    assert_eq!(
        text(&t, "最近瘦了很多").department.as_deref(),
        Some("03.07")
    );
    assert_asked("最近吃得很少，没胃口，瘦了五斤", &["03.02", "02"]);
}

#[test]
fn chest_pain_the_spray_does_not_relieve_is_an_emergency() {
    assert_emergencies(
        &[
            "my nose spray isn't helping",
            "I have angina and need a repeat prescription for my spray",
        ],
        &[
            "I have angina and the chest pain has lasted half an hour and my spray isn't helping",
            "胸口疼，含了药也不管用",
        ],
    );
}

#[test]
fn no_point_in_living_is_a_wish_to_die() {
    assert_emergencies(
        &["there's no point in going to the GP"],
        &[
            "Mum keeps crying and says she doesn't see the point of living any more",
            "我妈最近老是哭，说活着没意思",
        ],
    );
}
