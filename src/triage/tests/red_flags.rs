//! Red flags need their defining context: each rule is checked with calm
//! sentences that use its words (no emergency) and alarming ones that give
//! its context (an emergency).

use super::*;

#[test]
fn new_red_flags_need_their_defining_context() {
    assert_emergencies(
        &[
            "被蜱虫咬了一口，有点痒",
            "医生开了药，吃了很多药还是没效果",
            "孩子发烧两天了，身上有点皮疹",
            "右下腹有点胀",
            "宝宝扁桃体大，睡觉打呼噜还流口水",
            "皮肤发黄是怎么回事",
            "I found a tick on my leg after a walk",
            "I took paracetamol for my headache",
        ],
        &[
            "被蜱虫咬了以后发高烧",
            "孩子误食了洗衣凝珠",
            "孩子发烧五天了，身上起了皮疹",
            "右下腹疼，还吐了两次",
            "嗓子一边疼得厉害，嘴都张不开了",
            "皮肤和眼睛都发黄，人也糊涂了",
            "a week after a tick bite I have a high fever and a rash",
            "I took a lot of paracetamol yesterday and now I feel awful",
            "my 2 year old swallowed a dishwasher tablet",
        ],
    );
    let t = engine();
    // Yellow skin alone is the gastroenterologists'.
    assert_eq!(
        text(&t, "my skin and eyes have turned yellow")
            .department
            .as_deref(),
        Some("03.02")
    );
}

#[test]
fn more_red_flags_need_their_defining_context() {
    assert_emergencies(
        &[
            "热水器坏了，洗了冷水澡以后有点头疼",
            "最近大便有点黑，吃了猪血",
            "怀孕20周，有点头疼",
            "年纪大了，尿不出来，要用力",
            "三天没大便了，也不怎么放屁",
            "My boiler broke and I've got a cold",
            "I'm pregnant and have a mild headache",
        ],
        &[
            "家里烧炭取暖，一家人都头疼恶心",
            "黑便两天了，头晕，站不稳",
            "怀孕34周，头疼，眼前闪光",
            "尿不出来，小肚子胀得很痛",
            "肚子胀得厉害，一直呕吐，也不排气",
            "消毒液溅到眼睛里了",
            "左眼突然看不见了",
            "腰疼一个星期，现在屁股麻木，大小便失禁",
            "糖尿病人，现在出冷汗，人糊涂了",
            "中暑了，人迷迷糊糊的，说胡话",
        ],
    );
}

#[test]
fn an_accident_already_scanned_is_urgent_only_with_signs_of_harm() {
    assert_emergencies(
        &[
            "孩子被车撞了，腿上青紫，做了磁共振检查报告，需要怎么处理",
            "he was hit by a car last week, the x-ray showed no fracture, knee still sore",
        ],
        &[
            "孩子被车撞了，腿上青紫",
            "出了车祸，拍了片子，现在一直吐",
            "hit by a car, the x-ray was fine but now he is confused",
            "从楼上摔下来，医生说来这里看看",
        ],
    );
}

#[test]
fn everyday_words_for_a_stroke_a_fit_a_scald_and_a_belly_in_trouble() {
    assert_emergencies(
        &[
            "筷子拿不住了，手指关节疼了半年",
            "宝宝长牙，嘴角老是流口水",
            "肚子疼，吐了一次，吃坏了东西",
            "胃疼得受不了，老毛病了",
            "怀孕20周，什么时候能感觉到胎动",
            "手被开水烫了一下，起了个小泡",
            "孩子偷吃了糖，牙疼",
        ],
        &[
            "老伴刚才突然筷子拿不住，嘴角往一边流口水",
            "孩子发烧，抽了一下，眼睛往上翻",
            "被开水烫了整个后背",
            "喝酒后上腹部剧烈疼痛，吐了好几次",
            "肚子疼得受不了，发烧39度",
            "怀孕34周，今天胎动明显少了",
            "孩子偷吃了奶奶的降压药",
            "I'm 36 weeks pregnant and the baby is moving less today",
        ],
    );
}

#[test]
fn bleeding_poison_a_racing_heart_and_a_peanut_in_the_windpipe() {
    assert_emergencies(
        &[
            "生完孩子一个月了，恶露还没干净，量不多",
            "心慌，睡不好",
            "老人最近有点糊涂，记性差",
            "喝水呛到了，咳了几声",
            "孩子被蚊子咬了，起了好几个大包",
            "上个月晕倒过一次，检查都正常",
        ],
        &[
            "生完孩子第三天，突然一直流血，止不住",
            "刚才喝了半瓶百草枯",
            "心跳特别快，快晕了",
            "老爷子说话突然颠三倒四的，认不出家里人了",
            "孩子被花生呛到了，一直咳",
            "咳出来好多鲜红的血",
            "被毒蛇咬了脚",
            "突然头痛得像要炸开一样，从来没这么痛过",
        ],
    );
}

#[test]
fn a_chemical_must_be_swallowed_confusion_sudden_and_a_faint_feeling_not_on_standing() {
    assert_emergencies(
        &[
            "孩子手上沾了一点杀虫剂，已经洗干净了",
            "家里老鼠多，买了老鼠药",
            "我妈现在有点糊涂了，老是忘事",
            "蹲久了站起来眼前发黑，心慌，一下就好了",
            "痛经，每次来月经肚子疼得受不了，还想吐",
            "被开水烫了一下手指，起了个大泡",
        ],
        &[
            "孩子喝了一口消毒液",
            "my son drank some weed killer from the shed",
            "我妈刚才突然糊涂了，认不出人",
            "心慌得厉害，快晕了",
            "肚子疼得受不了，一直吐",
        ],
    );
}

#[test]
fn english_told_at_length_keeps_its_past_and_its_emergencies() {
    assert_emergencies(
        &[
            "He had a seizure with a high fever when he was two but none since. Now he has a cold.",
            "I was in a car accident six months ago and broke my wrist, it is still stiff",
            "I found the tablets my doctor gave me helpful",
        ],
        &[
            "he is sweating and grey and says his chest feels like it's being squeezed",
            "my 3 year old found my iron tablets",
            "she suddenly can't find her words and her right arm is weak",
            "chest pain that started two weeks ago, now crushing and I'm sweating",
        ],
    );
}

#[test]
fn everyday_northern_words_for_emergencies_and_their_calm_neighbours() {
    assert_emergencies(
        &[
            "发烧，嗓子红，扁桃体上有白点",
            "孩子吃了很多糖，牙疼",
            "看东西眼花，老花眼",
            "心口疼，吃了油腻的就胀",
            "手指头不听使唤，关节肿",
        ],
        &[
            "老头子心口窝疼得直冒汗，脸煞白",
            "孩子吃了大人的药",
            "早上起来半拉身子不听使唤",
            "孩子烧得抽过去了，现在还没醒",
            "拉的全是黑的，跟柏油一样，头晕",
            "脑袋突然像被人打了一闷棍一样疼",
            "孩子发高烧，身上起了紫红色的点点，按了也不褪色",
        ],
    );
}

#[test]
fn colloquial_english_emergencies_and_their_calm_neighbours() {
    assert_emergencies(
        &[
            "my back's been playing up since I did the garden",
            "I had a funny turn last month, fine since",
            "my nerves are bad, I can't settle",
            "痛经，肚子疼得直不起腰",
        ],
        &[
            "mum took a funny turn, her face has dropped on one side",
            "he suddenly doesn't know what day it is",
            "I've been bringing up blood",
            "she has a fever and a rash that doesn't go away when I press a glass on it",
            "my waters have gone and I'm only 32 weeks",
            "I've got the worst stomach pain ever",
        ],
    );
}

#[test]
fn southern_and_taiwanese_words_for_emergencies_and_their_calm_neighbours() {
    assert_emergencies(
        &[
            "头疼欲裂，昨晚没睡好",
            "宝宝今天尿有点少",
            "月经量很多，止不住",
            "坐飞机回来脚有点肿",
            "被狗咬了一口，流了点血",
        ],
        &[
            "肚痛得好犀利，痛到冒冷汗，仲呕咗几次",
            "被狗咬到脖子，流了好多血，止不住",
            "吃了海鲜以后脸肿得眼睛都睁不开",
            "头痛，脖子硬硬的，发高烧",
            "一只脚突然又肿又痛，坐了十几个小时的飞机刚回来",
            "宝宝拉肚子，哭都没有眼泪，尿也很少",
            "我最近老是想着怎么结束自己的生命",
            "我阿公剛剛突然講話不清楚，右手都沒力氣",
        ],
    );
}

#[test]
fn losing_words_is_a_stroke_when_sudden_not_a_language_a_throat_or_a_toddler() {
    assert_emergencies(
        &[
            "I can't speak Chinese, where is the pharmacy",
            "I no speak Chinese",
            "I cannot talk loudly, my throat hurts",
            "嗓子哑了，现在说不出话",
            "孩子两岁了说话不清",
            "孩子老是翻白眼",
        ],
        &[
            "my dad suddenly can't speak",
            "she can't speak and her arm is weak",
            "我爸今天早上起来说话不清楚",
            "孩子发烧，抽了一下，眼睛往上翻",
            "my child shaking whole body, eyes go up, not stop",
            "my father fall down, no speak, one side no move",
        ],
    );
}

#[test]
fn a_fit_told_without_punctuation_and_its_calm_neighbours() {
    assert_emergencies(
        &[
            "我一直抽烟，咳嗽",
            "晚上腿一直抽筋",
            "手脚抽筋",
            "我以前中过风现在来复查",
        ],
        &["孩子烧到四十度一直抽", "我头突然特别疼从来没有这么疼过"],
    );
}

#[test]
fn a_child_in_danger_in_parents_words_and_the_calm_neighbours() {
    assert_emergencies(
        &[
            "新生儿一直睡，正常吗",
            "孩子从床上摔下来了，哭了一会儿就好了",
            "游泳呛水了，咳了几下就好了",
            "孩子一直哭闹，不发烧，能吃能睡",
            "孩子头撞到门上起了个包，玩得挺好",
        ],
        &[
            "宝宝三个月，今天一直哭闹，哄不好，发烧38度2",
            "孩子一口水都不喝，叫他也没什么反应",
            "孩子呼吸特别快，肋骨下面一吸一吸地凹进去",
            "宝宝大便里有果酱一样的血",
            "孩子把爷爷的降糖药吃了两片",
            "孩子在浴缸里呛水了，捞上来以后一直咳，脸发青",
            "孩子从二楼阳台摔下来了",
            "孩子头磕到桌角，还吐了",
            "孩子误喝了爸爸的白酒",
        ],
    );
}

#[test]
fn an_old_persons_emergency_in_everyday_words_and_the_calm_neighbours() {
    assert_emergencies(
        &[
            "左半边头牵扯着疼，右边正常",
            "晚上腿抽筋，疼得睡不着",
            "心口有点堵，吃完饭就这样",
            "咳嗽，痰里有点血丝",
            "头疼，疼了好几天了",
            "老是起夜，尿得不痛快",
            "摔了一跤，膝盖磕破了皮",
        ],
        &[
            "我爸嘴有点歪，叫他也不怎么答应",
            "胸口像压着块石头，一身冷汗",
            "心口像压了块大石头，喘不过气",
            "磕了脑袋以后吐了好几次",
            "右边胳膊突然没劲了，说话也不利索",
            "咳了几口鲜血",
            "头突然像炸开一样疼",
            "吃了一把安眠药",
            "活着太累了，想一了百了",
        ],
    );
}

#[test]
fn signs_told_with_any_side_any_limb_any_amount_and_the_calm_neighbours() {
    assert_emergencies(
        &[
            "右边膝盖没劲，上下楼梯腿软，有好几年了",
            "摔了一跤，手腕有点疼",
            "早上起不来床，没精神",
            "最近压力大，感觉喘不过气来，心里烦",
            "咳嗽，痰里带一点点血丝",
            "吃了一把瓜子，嗓子有点干",
            "手被纸划了个口子，流了一点血",
            "胸口中间有点痒",
        ],
        &[
            "左胳膊突然使不上劲",
            "右手脚不听使唤了",
            "嘴巴往一边歪",
            "胸口正中间绞着疼，疼到左肩膀，满头大汗",
            "喘得说不了整句话",
            "嘴唇都紫了，喘不上气",
            "吐了一大口血",
            "吞了一大把降压药",
            "我妈摔倒了，站不起来",
            "I fell over and can't get up",
            "血哗哗地往外冒",
            "整条腿都烫伤了",
        ],
    );
}

#[test]
fn fits_confusion_and_a_tightening_throat_in_new_words_and_the_calm_neighbours() {
    assert_emergencies(
        &[
            "晚上睡觉腿老是抖，停不下来",
            "我爸记性越来越差，有时候认不出老邻居",
            "嗓子有点发紧，老想清嗓子",
            "脖子僵硬，落枕了",
            "蹲久了站起来眼前发黑，一会儿就好",
            "胃疼得受不了，老毛病了，吃了胃药好点了",
            "一条腿比另一条粗，好多年了",
        ],
        &[
            "孩子浑身一抽一抽的",
            "老人刚刚突然认不得我了",
            "吃了虾以后嗓子发紧，喘气费劲",
            "肚子疼得直打滚，还吐了",
            "眼睛一下子什么都看不到了",
            "心跳得特别快，快要晕过去了",
            "孩子发高烧，脖子梗着转不动",
            "怀孕八个月，下面流了好多血",
            "喘得厉害，脸都憋青了",
        ],
    );
}

#[test]
fn feeling_faint_is_not_fainting_except_in_pregnancy() {
    assert_emergencies(
        &[
            "I feel faint when I stand up quickly",
            "My left arm aches after my flu jab",
            "怀孕了，蹲久了站起来眼前发黑",
        ],
        &[
            "I'm 7 weeks pregnant and I feel faint",
            "怀孕六周，肚子一侧疼，快要晕倒了",
            "I have an elephant sitting on my chest and I'm drenched in sweat",
            "He fainted in the kitchen",
        ],
    );
    let a = super::text(&super::engine(), "My left arm aches after my flu jab");
    assert_ne!(a.department.as_deref(), Some("16"), "{a:?}");
}

#[test]
fn an_old_or_explained_sign_is_not_an_emergency_unless_it_came_on_suddenly() {
    assert_emergencies(
        &[
            "我爸右手没劲好几年了，以前中过风",
            "老人说话有点含糊，假牙掉了以后就这样",
            "右边腿没劲是腰椎间盘突出压迫神经导致的吗",
            "我妈手抖得厉害，拿筷子夹菜都掉",
            "嘴角歪了一点，是不是面瘫，已经一个月了",
            "孩子感冒，喊他起床没反应，要推好几下才醒",
            "孩子上高中，周末早上怎么叫都叫不醒，能睡到中午",
            "拔牙以后嘴里老有血，吐了好几口血水",
            "刷牙的时候吐了一口带血丝的口水",
            "冬天手脚冰凉，嘴唇有点发紫",
            "三年前中过风，现在左边胳膊还是没劲",
            "怀孕五个月，最近牙龈老出血",
            "怀孕了，这几天老是流鼻血",
            "帕金森好几年了，现在吃饭勺子都拿不稳",
        ],
        &[
            "我爸右手没劲好几年了，今天突然嘴也歪了",
            "我爸刚才上厕所的时候晕倒了，叫了半天才醒",
            "怀孕三个月，下面出血了",
            "我妈有帕金森，刚才突然一边胳膊没劲了",
            "早上叫他起床，怎么拍都没反应",
            "吐了一大口血",
        ],
    );
}
