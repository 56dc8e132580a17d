//! Emergencies told in a family's plain words (a washing pod bitten, a face
//! gone lopsided, a tongue getting bigger, a rash like bruises, a baby that
//! keeps stopping breathing, a fall from a window), and "有点头疼", which is
//! a headache and not a nod, each beside calm sentences that share words.

use super::*;

#[test]
fn plain_words_for_emergencies_are_heard() {
    assert_emergencies(
        &[
            "I bought washing pods at the shop",
            "my husband fell off his bike but is fine",
            "my son looked out of the window and got a cold",
            "my bruise is purple",
        ],
        &[
            "my 5 yr old bit into one of the washing pods and swallowed some",
            "dad's face looks lopsided and he's dribbling from one side of his mouth",
            "my friend took heroin and won't wake",
            "I came off my motorbike and I think my thigh bone is broken",
            "my son was stung inside his mouth by a wasp and his tongue is getting bigger",
            "孩子嘴里被马蜂蛰了，舌头越来越大",
            "my daughter has a high fever and a rash like bruises spreading all over her",
            "女儿发高烧，身上到处是像淤青一样的疹子",
            "a firework went off in my hand and two of my fingers are mangled",
            "鞭炮在手里炸了，两个手指炸烂了",
            "my toddler fell out of a first floor window",
            "孩子从二楼窗户掉下去了",
            "宝宝呼吸不好，时不时停几秒不喘气",
            "怀孕34周，从昨天到现在一点胎动都没有",
            "my mum's heart is going at over 180 a minute and she feels faint",
        ],
    );
}

#[test]
fn a_bit_of_a_headache_is_a_headache_not_a_nod() {
    assert_department(
        "03.03",
        &["戒了咖啡以后有点头疼", "有点头疼"],
        &["点头的时候脖子疼"],
    );
}

#[test]
fn a_passing_slur_a_child_s_blistering_scald_commanding_voices_and_sparkly_sight_in_pregnancy_are_alarms(
) {
    assert_emergencies(
        &[
            "我老公两年前有过短暂性脑缺血，现在能停阿司匹林吗",
            "孩子手被开水烫了一下，有点红",
            "切菜的时候手被热油溅到，起了个小泡",
            "My teenager hears a ringing in her ears after concerts",
            "My wife is 34 weeks pregnant and her ankles are a bit puffy",
        ],
        &[
            "我老公早上有十分钟说话不清楚，现在又好了",
            "小孩把一杯热茶打翻在身上，胸口起了大水泡",
            "My toddler pulled a cup of tea over himself and his chest is blistering",
            "女儿说一直听到有声音叫她去跳桥",
            "My teenager says she's been hearing voices telling her to jump off the bridge",
            "My wife is 34 weeks pregnant and has a pounding headache and her vision is sparkly",
        ],
    );
    assert_department(
        "03.03",
        &["我老公两年前有过短暂性脑缺血，现在能停阿司匹林吗"],
        &[],
    );
}

#[test]
fn a_fifth_pair_s_misses_once_read() {
    assert_emergencies(
        &[
            "My daughter takes iron tablets for anaemia; can she have them with milk?",
            "我吃抗凝药，偶尔流一点鼻血，几分钟就止住了",
            "大便干的时候纸上偶尔有一点鲜血",
            "My pupils have always been slightly different sizes",
            "嗓子疼了两天，声音有点沙哑",
        ],
        &[
            "奶奶在浴室滑倒撞到头，现在一直重复问同样的问题",
            "老婆在家里生了，孩子不哭也不怎么喘气",
            "我弟喉咙被人打了一拳，声音变了，咽东西疼",
            "我妈头痛得厉害，一边瞳孔比另一边大很多",
            "儿子喘得说不出整句话，喷雾也不管用",
            "肛门大量流鲜血，头晕",
            "I have a huge nosebleed that's been going for forty minutes and I'm on blood thinners",
            "My daughter took twenty of my iron tablets",
        ],
    );
    assert_department("13", &["他每年夏天都长痱子"], &[]);
    assert_department(
        "04.01",
        &["I have a small aneurysm that they are watching with yearly scans; when is my next scan?"],
        &[],
    );
}

#[test]
fn a_sixth_pair_s_misses_once_read() {
    assert_emergencies(
        &[
            "My asthma is well controlled but I want my inhaler technique checked",
            "孩子手被玻璃划了个小口子",
            "我有糖尿病，最近老是口渴",
            "儿子睾丸肿了几个月了，不痛",
        ],
        &[
            "孩子喝了几口洗碗液",
            "My child has drunk some of the dishwasher liquid",
            "哮喘发作，峰流速不到平时的一半",
            "老婆一边脸和胳膊发麻，现在想说话说不出来",
            "儿子睾丸剧痛两个小时了",
            "我老公糊涂了，皮肤又烫又干，一天没小便",
            "宝宝囟门鼓起来了，还发烧",
            "My baby's soft spot is bulging and she has a fever",
            "腿被玻璃割了，血往外喷",
            "我姐怀孕8个月，说孩子从昨天起就没动过",
            "我老公第一次胸口痛，像大象压在上面一样",
            "女儿不小心给自己打了朋友的胰岛素，现在手抖出汗",
            "我有糖尿病，现在手抖出冷汗",
        ],
    );
}
