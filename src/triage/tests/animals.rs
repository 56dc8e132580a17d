//! Animals and what they leave: a scorpion's sting then a numb mouth, a
//! cow's blow to the belly then pallor are emergencies; a pet's lick, the
//! rabies vaccine's next dose, a tick, worms, a jellyfish's mark and flea
//! bites go to the clinic that sees them.

use super::*;

#[test]
fn a_scorpion_then_a_numb_mouth_or_a_butt_to_the_belly_then_pale_is_an_emergency() {
    assert_emergencies(
        &[
            "被蝎子蛰了一下，有点疼，别的没事",
            "stung by a scorpion on holiday last year, fine now",
            "a cow butted me in the leg, it's bruised",
        ],
        &[
            "孩子被蝎子蛰了，嘴巴发麻，口水流个不停",
            "my child was stung by a scorpion, his mouth is numb and he keeps drooling",
            "a cow butted him in the belly, the pain is getting worse and he's gone pale",
            "被牛顶了一下肚子，肚子越来越疼，脸色发白",
        ],
    );
}

#[test]
fn what_animals_leave_goes_to_the_clinic_that_sees_it() {
    assert_department(
        "02",
        &[
            "被流浪猫咬了，一个星期前打过狂犬疫苗第一针，第二针什么时候打",
            "bitten by a stray cat, had the first rabies jab a week ago, when is the second",
            "狗狗舔了我手上的伤口，要紧吗",
            "I think a tick has burrowed into my leg after sitting in the grass",
        ],
        &["被狗咬了，伤口有点深"],
    );
    assert_department(
        "13",
        &[
            "去海边被水母蜇了，腿上一道红印子，疼",
            "stung by a jellyfish at the beach, a red stinging line on my leg",
            "our dog has fleas and I've got lots of little bites on my legs",
        ],
        &[],
    );
    assert_department(
        "07",
        &[
            "孩子说肚子里有虫，屁股痒",
            "my child says there are worms in her tummy and her bottom itches",
        ],
        &[],
    );
}
