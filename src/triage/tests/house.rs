//! Accidents about the house, and the eyes and ears told plainly. A small
//! cut, a splash, a thorn, a bump on a child's head or a fall from a chair
//! go to a clinic; a fingertip cut off, a shock from a cable with chest
//! pain, a nosebleed that pinching cannot stop are emergencies. A cut "a
//! bit deep", a window cleaned from a chair and a snorer's pauses are not.

use super::*;

#[test]
fn small_accidents_are_calm_and_their_dangers_are_not() {
    assert_emergencies(
        &[
            "削苹果削到了手指，伤口有点深，要不要缝针",
            "I fell off a chair cleaning the windows and grazed my knee",
            "打呼噜很响，老伴说我睡着睡着就不喘气了",
            "I cut myself shaving",
            "I cut myself on a tin can",
            "切菜的时候不小心割到自己了",
            "切菜割到手腕了，流了点血",
            "I don't want to wake up my husband when I cough at night",
        ],
        &[
            "I've cut off the tip of my finger with the knife",
            "The drill went through a cable and I got a shock, now my chest hurts",
            "鼻子流血流了半个小时，捏着也止不住",
            "I suddenly went deaf in one ear and one side of my face is numb",
            "he fell out of the bedroom window",
            "宝宝睡着了突然不喘气了",
            "the wound is very deep and won't stop bleeding",
        ],
    );
}

#[test]
fn what_went_into_the_skin_and_a_bad_nail_go_to_the_surgeons() {
    assert_department(
        "04.01",
        &[
            "修剪花草时被月季的刺扎了，手指有点红肿",
            "A rose thorn went into my finger and it's red and puffy",
            "收拾碎玻璃时手掌扎进了一小块玻璃渣",
            "I've got a sliver of glass in my palm",
            "踩到了钉子，要打破伤风吗",
            "剪指甲剪到肉了，脚趾头红肿化脓",
            "I nicked my finger chopping onions",
        ],
        &["my finger joints are red and swollen every morning"],
    );
}

#[test]
fn a_blow_a_bruise_or_a_bump_finds_its_clinic() {
    assert_department(
        "04.03",
        &[
            "在浴室滑了一跤，屁股着地，现在坐着有点疼",
            "I dropped a tin on my toe and it's a bit swollen",
            "钉钉子砸到了大拇指，指甲下面有血",
            "晚上起夜在黑暗中撞到了桌角，大腿青了一大块",
        ],
        &["I keep dropping things because my arthritis makes my fingers stiff"],
    );
    // A child's bump with nothing worse is the paediatricians'; a bruise
    // that comes easily on warfarin is no blow.
    assert_department(
        "07",
        &[
            "My son fell off the sofa and bumped his forehead, he's playing happily",
            "孩子在学校碰了一下头，现在活蹦乱跳的",
        ],
        &["Grandad is on warfarin and bruises easily; is that normal?"],
    );
    assert_department(
        "04.01",
        &["The kettle splashed my wrist, it's red but no blister"],
        &["my wrist hurts when I type"],
    );
}

#[test]
fn the_eyes_and_ears_told_plainly() {
    assert_department(
        "10",
        &[
            "看报纸越来越费劲，得拿远一点才看得清",
            "I have to hold the newspaper further away to read it",
            "看东西中间有一块发黑，直线看着是弯的",
            "straight lines look wavy",
            "Headlights at night dazzle me",
        ],
        &["眼前发黑，站不稳"],
    );
    assert_department(
        "11",
        &[
            "跟人说话老要人家重复，电视开得很大声",
            "my wife says the TV is too loud",
            "闻不出味道了",
        ],
        &["the neighbours' TV is too loud and I can't sleep"],
    );
}
