//! What was eaten or drunk, beside its dangers: pufferfish then a numb
//! mouth, bootleg spirits then blurred sight, a home-made jar then drooping
//! eyelids with double vision, a mouthful stuck so that not even spit goes
//! down. Each is an emergency; the everyday complaint about food in the
//! same words goes to its clinic.

use super::*;

#[test]
fn poisons_in_food_and_drink_and_a_blocked_swallow_are_emergencies() {
    assert_emergencies(
        &[
            "吃了河豚，有点担心，现在没什么不舒服",
            "I had fugu in a restaurant last night, is it safe",
            "喝了散装白酒，有点头疼",
            "吃鱼的时候鱼刺卡在喉咙了，能喝水",
            "my eyelids feel heavy when I'm tired",
            "shaky and sweaty a couple of hours after meals, could it be low sugar",
        ],
        &[
            "吃了河豚，嘴巴舌头发麻，手脚没力气",
            "ate pufferfish and now my lips and tongue are numb and my arms feel weak",
            "喝了朋友给的散装白酒，现在看东西模糊，头疼，吐了",
            "drank some homemade spirits from a friend and now my vision is blurred, headache and vomiting",
            "吃了家里自制的罐头，眼皮耷拉下来，看东西重影，吞东西困难",
            "after eating home-canned food my eyelids are drooping, I'm seeing double and it's hard to swallow",
            "吃肉的时候一块肉卡住了，口水都咽不下去，一直吐口水",
            "a piece of meat is stuck, I can't even swallow my spit and keep drooling",
            "he drank far too much, can't be woken and has vomited everywhere",
            "I'm on insulin and I'm shaky and sweaty, could it be low sugar",
        ],
    );
}

#[test]
fn everyday_complaints_about_food_reach_their_clinic() {
    assert_department(
        "03.02",
        &[
            "I've had hiccups all day and they won't stop",
            "早上起来嘴里苦",
            "a bitter taste in my mouth in the mornings",
            "a dull ache under my right ribs after fatty meals",
        ],
        &["a boil on my bottom"],
    );
    assert_department(
        "02",
        &[
            "my face goes red and my heart races when I drink alcohol",
            "do I need to take vitamins",
            "吃维生素需不需要",
        ],
        &["I drink far too much and can't stop"],
    );
    assert_department(
        "03.09",
        &["吃坚果以后嘴里痒痒的，嘴唇没肿"],
        &["my teeth ache with cold drinks"],
    );
    assert_department(
        "03.03",
        &["my elderly mother coughs and splutters when she drinks"],
        &[],
    );
}
