//! What a patient can no longer do, and colours: a finger that locks, a
//! foot that will not lift, a jaw that will not open, calves that stop a
//! walk, bowels never empty, water leaking on a cough; pale stools, fingers
//! white in the cold, bruises without a knock, yellow teeth. The sudden
//! losses are emergencies: legs that cannot be felt, words gone, water that
//! will not go down, breath too short to lie down.

use super::*;

#[test]
fn a_lost_ability_finds_its_clinic() {
    assert_department(
        "04.03",
        &[
            "手指伸不直，弯着像扳机一样卡住",
            "My finger won't straighten, it locks like a trigger",
        ],
        &[],
    );
    assert_department(
        "12",
        &[
            "张嘴张不大，一张嘴耳朵前面就响",
            "I can't open my mouth wide and it clicks in front of my ear",
            "My teeth are yellow and stained",
        ],
        &[],
    );
    assert_department("03.03", &["脚抬不起来，走路老绊倒"], &[]);
    assert_department("04.01", &["走一段路小腿就酸疼，歇一会儿好了"], &[]);
    assert_department(
        "04.04",
        &["晚上起夜四五次，睡不好", "憋不住尿，一咳嗽就漏"],
        &[],
    );
    assert_department(
        "03.02",
        &[
            "大便颜色发白，像陶土一样",
            "My stools are pale, like clay",
            "No appetite, full after a few mouthfuls",
        ],
        &[],
    );
    assert_department("03.08", &["手指一到冬天就发白发紫"], &[]);
    assert_department(
        "02",
        &[
            "皮肤上一块一块的青紫，没碰过",
            "Bruises appearing on my skin when I haven't knocked anything",
        ],
        &[],
    );
    // On a blood thinner, bruising is the prescriber's to check.
    assert_department(
        "03.04",
        &["Grandad is on warfarin and bruises easily; is that normal?"],
        &[],
    );
}

#[test]
fn a_sudden_loss_is_an_emergency() {
    assert_emergencies(
        &[
            "I have congenital heart disease and my lips have always been a bit blue, I need my check-up",
            "喝水有时候会呛到，吃饭没事",
            "晚上躺下就咳嗽，坐起来好一点",
        ],
        &[
            "今天早上突然站不起来，两条腿一点感觉都没有",
            "一下子说不出话了，别人说什么也听不懂",
            "Suddenly I can't swallow even water, I'm drooling and my chest feels blocked",
            "Suddenly so breathless I can't lie down, I have to sit up",
            "脸色苍白，出冷汗，拉了好几次黑色的大便，站起来就晕",
            "眼睛皮肤都很黄，发高烧打寒战，右上腹疼",
            "After a hard workout my urine is the colour of cola and my muscles are agony",
            "髋关节手术后伤口红肿流脓，发高烧打寒战，人迷糊",
        ],
    );
}
