//! The road, festivals, colours, the internet, the gym, what others noticed
//! and "can it wait?": a crash long past is no emergency, but a hurt neck
//! with both arms numb after one is; a scooter graze, a seatbelt bruise
//! with normal breathing and a child's cheeks "as if slapped" raise none.
//! Snoring with a sleepy day is the ENT doctors'; grey hair, white marks on
//! nails and red palms the skin doctors'. A headache that "exploded", a
//! handful of sleeping pills, urine like soy sauce with rock-hard thighs, a
//! collapse on a treadmill, a feverish child who barely responds and a
//! bottle of tablets swallowed are emergencies; a worry to be checked ("to
//! check I'm not getting kidney stones") is no denial, and a grown child
//! telling a parent's trouble does not make it a child's. Counts ("一个星期
//! 才大便一次") and other doctors' words (tendonitis, "肝火旺", an ECG "a bit
//! off") find their clinic. A ring cutting off a finger and an eye in agony
//! with its sight gone are emergencies; new glasses are the eye doctors'
//! and the balls of the feet no testicles. Drowsy after a drink someone
//! gave, sick after picked mushrooms and a rod on a power line are
//! emergencies; calves aching after a hill walk are no claudication.

use super::*;

#[test]
fn a_crash_long_past_is_calm_but_a_neck_with_numb_arms_after_one_is_not() {
    assert_emergencies(
        &[
            "出车祸以后老是做噩梦，不敢坐车",
            "Since the crash I keep having nightmares",
            "I came off my scooter and grazed my knee",
            "急刹车的时候安全带勒得胸口疼，第二天还疼，喘气正常",
        ],
        &[
            "After the crash my neck hurts and both my arms are numb and weak",
            "追尾以后脖子疼，两只手都发麻",
            "I came off my motorbike and my thigh is bent the wrong way",
            "胸口疼，喘不上气",
        ],
    );
    assert_department(
        "04.03",
        &["The seatbelt bruised my chest when I braked"],
        &[],
    );
}

#[test]
fn snoring_with_a_sleepy_day_is_for_ent_and_colours_find_their_clinic() {
    assert_department(
        "11",
        &[
            "开车老打哈欠，晚上打呼噜很响，白天犯困",
            "I snore and keep nodding off at the wheel",
        ],
        &[],
    );
    assert_department(
        "13",
        &[
            "白头发越来越多",
            "I'm only thirty and going grey fast",
            "指甲上有白点",
            "My palms are red",
            "鼻头发红，上面有小血丝",
        ],
        &["He's going grey and sweating, clutching his chest"],
    );
    assert_department(
        "10",
        &["My eye is red with sticky yellow gunk"],
        &["My eyes have gone yellow"],
    );
    assert_department("02", &["尿是深黄色的，平时喝水少"], &[]);
}

#[test]
fn a_simile_or_an_explosion_is_a_headache_only_with_a_headache() {
    assert_emergencies(
        &[
            "孩子的脸颊红红的，像被打了一样",
            "My phone battery exploded suddenly",
            "失眠，晚上吃了一把瓜子",
            "补钙的药吃了很多，想查查会不会长结石",
        ],
        &[
            "后脑勺疼，像被打了一样",
            "The internet says headaches are nothing, but mine exploded suddenly",
            "网上说安眠药吃多了没事，可我吃了一把，现在很晕",
            "吃了一瓶降压药，现在还没事",
        ],
    );
}

#[test]
fn muscles_breaking_down_a_collapse_and_a_child_who_barely_responds() {
    assert_emergencies(
        &[
            "骑完动感单车大腿酸疼",
            "孩子发烧三十八度，精神挺好",
            "I get so nervous I can't get my words out",
            "I passed a kidney stone last week",
        ],
        &[
            "动感单车骑了一个小时，第二天大腿肿得硬邦邦的，尿是酱油色的",
            "他在跑步机上跑着跑着捂着胸口倒下了",
            "孩子发烧四十度，叫他都不太理人",
            "She's drowsy and can't get her words out",
            "It feels like a stone on my chest and I'm in a cold sweat",
        ],
    );
}

#[test]
fn a_worry_to_check_is_no_denial_and_a_grown_child_speaks_for_a_parent() {
    assert_department(
        "04.04",
        &["I want to check I'm not getting kidney stones"],
        &["I'm not getting kidney stones, it's my back"],
    );
    assert_department(
        "03.03",
        &[
            "女儿说我最近老是重复说同样的话",
            "My daughter says I keep repeating myself",
        ],
        &[],
    );
    assert_department("07", &["女儿最近老是咳嗽"], &[]);
}

#[test]
fn counts_and_other_doctors_words_find_their_clinic() {
    assert_department("04.04", &["一晚上起来上四五次厕所，尿不多"], &[]);
    assert_department("03.02", &["一个星期才大便一次"], &[]);
    assert_department(
        "50",
        &["中医说我是肝火旺，口苦口干"],
        &["肝功能不好，转氨酶高"],
    );
    assert_department(
        "04.03",
        &[
            "The community clinic says it's my neck",
            "I was told it was tendonitis",
            "School screening found scoliosis",
        ],
        &[],
    );
    assert_department(
        "03.04",
        &[
            "Another doctor said my ECG was a bit off",
            "心电图有点问题，让我复查",
        ],
        &["My ECG was normal but my knee hurts"],
    );
}

#[test]
fn what_is_worn_a_ring_that_cuts_off_a_finger_and_a_lens_that_costs_an_eye() {
    assert_emergencies(
        &[
            "戒指卡住了取不下来",
            "My fingers go white then blue in the cold",
            "眼睛有点疼，看东西有点模糊",
            "I burnt my finger on the toaster",
        ],
        &[
            "戒指卡在手指上取不下来，手指发紫发凉了",
            "My ring is stuck on my finger and the finger has gone purple",
            "戴隐形眼镜睡了一晚，眼睛剧痛，看不见东西了",
            "My coat caught fire and my back is badly burnt",
        ],
    );
    assert_department(
        "10",
        &[
            "Since my new glasses I get headaches",
            "配了新眼镜以后老头疼",
        ],
        &["I get headaches"],
    );
    assert_department(
        "04.03",
        &["The balls of my feet hurt", "穿高跟鞋久了，前脚掌疼"],
        &["My balls hurt"],
    );
    assert_department("13", &["脚趾甲边上红肿", "环卫工人手上的皮裂开了"], &[]);
}

#[test]
fn a_spiked_drink_picked_mushrooms_and_a_power_line_are_emergencies() {
    assert_emergencies(
        &[
            "在酒吧喝多了，有点困",
            "蘑菇炒肉吃多了，肚子胀",
            "I get a static shock from the car door",
            "My calves ache after hill walking",
        ],
        &[
            "朋友在酒吧喝了别人给的饮料，现在昏昏沉沉站不起来",
            "Someone put something in her drink and now she's drowsy",
            "在山上采了蘑菇吃，现在上吐下泻",
            "His fishing rod touched an overhead power line and he got a shock",
        ],
    );
    assert_department(
        "03.02",
        &[
            "每天要喝一斤白酒，想问问肝有没有问题",
            "I drink a bottle of spirits a day and want my liver checked",
        ],
        &[],
    );
    assert_department(
        "04.01",
        &["My calves ache after a short walk and ease when I rest"],
        &["My calves ache after hill walking"],
    );
    assert_department("12", &["My jaw aches from chewing gum all day"], &[]);
}

#[test]
fn a_check_already_made_still_denies() {
    assert_department(
        "04.04",
        &["I'm worried I'm not getting over this kidney stone"],
        &["I checked him over, no kidney stones and no fever, it's his back"],
    );
}

#[test]
fn a_call_not_heard_is_no_faint_but_an_old_man_who_does_not_respond_is() {
    assert_emergencies(
        &[
            "幼儿园老师说孩子听不清楚，叫他没反应",
            "奶奶耳背，午睡叫不醒，推了好几下才醒过来",
        ],
        &[
            "爷爷耳背，叫他没反应",
            "My grandad is hard of hearing and is not responding",
            "孩子耳朵听不清，今天突然叫他没反应了",
        ],
    );
}
