//! Sensations other than pain, mistakes with medicines and hobbies: a face
//! numb for weeks is no stroke, vitamins eaten like sweets no poisoning;
//! legs gone numb and weak with the bladder out of control, twenty
//! paracetamol, a doubled warfarin with bleeding that will not stop, a hook
//! in the eye, a cut neck bleeding on and the bends are emergencies. A
//! patch of skin that burns but is not hot, a heavy back passage, a dragging
//! feeling before a period, a finger shut in a car door and swollen, eye
//! drops put in an ear and a statin's aches find their clinic.

use super::*;

#[test]
fn sensations_and_mistakes_raise_the_alarm_when_they_should() {
    assert_emergencies(
        &[
            "脸上一边发麻，好几个星期了",
            "One side of my face has felt numb for a few weeks",
            "孩子把维生素当糖吃了三四粒",
            "潜水以后耳朵闷，听不清",
            "I'm on warfarin and my gums bleed when I brush",
        ],
        &[
            "突然两条腿发麻没力气，大小便控制不住",
            "I took twenty paracetamol at once",
            "华法林多吃了一倍，现在尿血，牙龈也出血不止",
            "钓鱼的时候鱼钩扎进眼睛里了",
            "A fish hook has gone into his eye",
            "放风筝的线割到脖子，血一直流",
            "After coming up from a dive his joints are agony and he's short of breath",
        ],
    );
}

#[test]
fn sensations_and_mistakes_find_their_clinic() {
    assert_department_among("后背一块皮肤发烫，摸着不热", &["03.03", "13"]);
    assert_department("03.03", &["大腿外侧一块皮肤麻木，摸着像隔了一层布"], &[]);
    assert_department(
        "04.01",
        &["I have a heavy feeling in my back passage and keep feeling I need to go"],
        &[],
    );
    assert_department(
        "05.01",
        &["Dragging feeling low in my tummy before my period"],
        &[],
    );
    assert_department(
        "04.03",
        &[
            "Someone in the car park caught their finger in a car door and it's swollen",
            "打羽毛球扭了脚",
        ],
        &[],
    );
    assert_department("11", &["I put eye drops in my ear by mistake"], &[]);
    assert_department(
        "10",
        &["I got some skin cream in my eye by accident and it stings a bit"],
        &[],
    );
    assert_department("03.04", &["My legs ache since I started the statin"], &[]);
    assert_department(
        "07",
        &["My son got an extra dose of Calpol but he's running around fine"],
        &[],
    );
    assert_department("02", &["吃完抗生素喝了一杯啤酒，有点脸红"], &[]);
}
