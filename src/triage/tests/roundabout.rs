//! Emergencies told the roundabout way, and words that only sound like one:
//! each red flag added for them is checked with the calm sentences that
//! share its words (no emergency) and the ones that tell it (an emergency).

use super::*;

#[test]
fn blue_lips_stay_an_emergency_whatever_explains_the_breathlessness() {
    // Stress explains "喘不过气" away; nothing explains away a blue face.
    assert_emergencies(
        &[
            "最近压力大，感觉喘不过气来",
            "工作压力太大，喘不过气",
            "I'm so stressed I can't breathe",
            "天冷的时候嘴唇有点发紫",
        ],
        &[
            "压力大，喘不过气，嘴唇都紫了",
            "工作压力大，喘不过气来，脸色发青",
            "He is stressed, he can't breathe and his lips are blue",
            "She is turning blue",
            "孩子憋得发紫",
        ],
    );
}

#[test]
fn a_tearing_pain_and_a_fever_with_confusion_and_their_calm_neighbours() {
    assert_emergencies(
        &[
            "大便的时候肛门撕裂样疼痛，纸上有血",
            "膝盖韧带撕裂了，走路疼",
            "小腿撕裂一样疼",
            "I tore a muscle in my calf, it feels like a tearing when I walk",
            "我爸老糊涂了，最近有点发烧",
            "前胸后背都起了红疹子，有点发烧",
            "晚上睡不着，脑子里乱想，停不下来",
        ],
        &[
            "搬东西的时候突然胸口后背撕裂一样地疼",
            "背上突然撕裂一样的疼，一直往下走",
            "My back suddenly has a tearing pain going down",
            "我奶奶一直说胡话，认不出家里人，身上发烫",
            "老人发烧，喊她也只是哼哼",
        ],
    );
}

#[test]
fn rarer_emergencies_need_their_second_sign_and_the_calm_neighbours_do_not_have_it() {
    assert_emergencies(
        &[
            "I see halos around lights at night when driving",
            "My period is late and I have a stomach ache",
            "My feet are always cold",
            "My fingers turned blue in the cold",
            "I woke up with a headache",
            "When I feel anxious I try breathing slowly",
            "I had a small cut and it hurts much worse than it looks",
            "手脚冰凉，脚发凉发白",
            "坐久了屁股发麻",
            "怀孕了，最近身体发虚",
            "怀孕五个月，蹲下站起来的时候眼前冒金星",
            "大便像咖啡渣一样",
        ],
        &[
            "看灯有彩虹圈，眼睛胀痛，恶心想吐",
            "月经推迟了一周，肚子有点疼，有点头晕",
            "I woke up with a sore testicle",
            "My leg went cold and white an hour ago",
            "he is very sleepy and breathing really slowly",
            "我爸昏昏沉沉的，呼吸很慢",
            "The cut hurts much worse than it looks and I have a fever",
            "左腿一个小时前突然又凉又白",
            "腰疼了好几天，今天屁股周围和大腿内侧发麻",
            "怀孕八个月，这两天眼前冒金星",
            "吐出来的东西像咖啡渣一样",
        ],
    );
}

#[test]
fn emergencies_told_the_roundabout_way_and_their_calm_neighbours() {
    assert_emergencies(
        &[
            "打呼噜很响，晚上经常憋醒，白天犯困",
            "喷了鼻炎喷雾也不管用，鼻子堵",
            "my inhaler isn't working as well",
            "我爸在吃华法林，牙龈老出血",
            "打完疫苗以后胳膊疼",
            "孩子吃饭的时候卡住了一下，咳出来就好了",
            "痰很多咳不出来",
            "鱼刺卡住了，咳不出来",
            "胸部有点闷闷的感觉，深呼吸就好",
        ],
        &[
            "刚才说牙疼，疼到下巴和脖子，胸口也闷，脸色发白",
            "有糖尿病，今天上腹部疼，一身一身地出汗",
            "孩子吃果冻卡住了，咳不出来",
            "哮喘犯了，喷了好几次药都不管用，喘得厉害",
            "刚打完针，嗓子发紧",
            "我爸吃着华法林，今天磕到头了",
            "她把安眠药都攒起来了",
            "这两天晚上躺不平，一躺下就憋得坐起来，腿也肿",
            "有人被电打了一下，躺在地上不动",
            "小腿骨头戳出来了",
        ],
    );
}

#[test]
fn roundabout_english_emergencies_and_their_calm_neighbours() {
    assert_emergencies(
        &[
            "I fell last week, turned out I had a sprain",
            "I'm 30 weeks pregnant and I need to pee every five minutes",
            "屋里很冷，感冒了昏昏沉沉的",
            "I'm freezing and drowsy with the flu",
            "I've been feeling down but I'm not thinking of harming myself",
            "I have a severe headache and feel sick",
            // Stemmed, "fitting" was "fit" and "severed" was "severe".
            "I am fit and healthy but my knee hurts",
            "I go to keep fit classes and my back aches",
            "I feel fit but I keep shaking my leg",
            "severe pain in my knee",
            "我手指头骨折了，打了石膏",
        ],
        &[
            "Mum keeps dropping her cup and the words come out wrong",
            "Dad's not himself today, hot and shivery",
            "She has been giving away her things",
            "I took extra paracetamol every day this week, now I feel sick",
            "I'm 30 weeks and getting regular tightenings",
            "Grandma fell, her leg looks shorter and is turned outwards",
            "She is 85, the house was freezing, she is cold to touch and mumbling",
            "Cut my finger off with a saw",
            "She fell down the stairs, hit her head and has been sick",
            "我喘不上来气了",
            "she's had a fit and is still shaking after five minutes",
            "my son has started fitting",
            "他喝农药了",
            "手被机器绞了",
        ],
    );
}

#[test]
fn chinese_hyperbole_is_not_an_emergency_and_the_real_thing_still_is() {
    assert_emergencies(
        &[
            "憋死我了，厕所在哪里",
            "我要倒地铁回家，药房在哪",
            "想死你了",
            "笑得喘不过气来",
            "挂号费这么贵，气得我吐血",
            "这价格让人吐血",
            "手机抽风了，扫不了码",
            "站起来的时候差点晕倒",
            "热得要晕倒了",
            "吓得我差点晕过去，原来是虚惊一场",
        ],
        &[
            "我想死了，活不下去了",
            "快，他晕倒了",
            "我爸倒地不起",
            "孩子抽风了",
            "我吐血了",
            "孩子憋得喘不过气，快憋死了",
            "月经推迟快两个月了，小肚子一阵一阵剧痛，刚才差点晕倒",
        ],
    );
}

#[test]
fn english_figures_of_speech_are_not_emergencies_and_the_real_thing_still_is() {
    assert_emergencies(
        &[
            "I'm choking up, my dad is in surgery",
            "I'm drowning in paperwork, where is the insurance desk",
            "the heat is suffocating in here",
            "I'm having a stroke of luck today",
            "I'm dying for a coffee, where is the cafe",
            "my feet are killing me",
        ],
        &[
            "he is choking on a sweet",
            "my son nearly drowned in the pool",
            "I think I'm having a stroke",
            "I feel like I'm suffocating",
        ],
    );
}

#[test]
fn the_last_roundabout_emergencies_and_their_calm_neighbours() {
    assert_emergencies(
        &[
            "我摔了一跤，膝盖疼，最近晚上睡不好白天总想睡",
            "grandpa gets confused in the evenings and has fallen twice",
            "我父亲有糖尿病十几年了，最近脚趾头发黑，有个小伤口一直不好",
            "脚趾甲发黑了，是灰指甲吗",
            "冬天手脚冰凉，嘴唇有点发紫",
            "吃饭的时候呛了一口，咳了几下就好了",
            "被蚊子咬了好多包，很痒",
            "Hangover headache and queasy stomach",
        ],
        &[
            "老太太前天摔了一跤，今天开始叫不太醒",
            "Nan fell and now she's very hard to rouse",
            "胃不舒服，想吐，后背也疼，脸色很难看",
            "今天把存折密码都告诉我了",
            "孕七个月，今天一天都没感觉到孩子动",
            "吃了几个野生菌，现在上吐下泻",
            "被马蜂蜇了好几下，头晕眼花",
            "脚趾头发黑了，有臭味，发烧",
            "胸口疼，吃了速效救心丸也不管用",
            "肚子被车把顶了一下，脸发白",
            "呛了一下以后一直咳，嘴唇有点紫",
            "喝了一斤白酒，叫他也不理人",
            "My toddler has no tears when crying and dry nappies all day",
        ],
    );
}

#[test]
fn a_recent_operation_or_birth_makes_one_swollen_leg_an_emergency_years_ago_does_not() {
    // The operation is dated, so it is past; it is still the reason.
    assert_emergencies(
        &[
            "三年前做了手术，最近一条腿有点肿",
            "I had surgery years ago, and now one leg is a bit swollen",
            "生完孩子一周了，两条小腿都肿",
            "做完手术三天，伤口有点疼",
        ],
        &[
            "两周前做了手术，现在一条腿肿得厉害",
            "上周刚出院，今天左小腿又红又肿",
            "I had an operation two weeks ago and now my calf is swollen and red",
            "My wife had our baby a week ago and now she's suddenly short of breath",
            "我姐生完孩子一周，一条腿肿得厉害",
            "做完手术三天，突然喘不上气",
        ],
    );
}

#[test]
fn no_urine_half_the_sight_a_closed_garage_and_clots_are_emergencies() {
    assert_emergencies(
        &[
            "老人家最近小便次数多，晚上起夜三四次",
            "眼前老有小黑点飘来飘去",
            "I see little floaters when I look at the sky",
            "在车库里修车，手被划了个口子",
            "I choked a bit on some water but coughed it up and I'm fine now",
            "I'm 30 weeks and get painless tightenings now and then",
        ],
        &[
            "我爷爷两天没尿了，肚子胀得鼓鼓的",
            "My grandad hasn't peed for two days",
            "我妈说眼前有一半东西看不见了",
            "Half of what mum looks at has gone dark since this morning",
            "在车库里修车，门关着，现在头疼恶心",
            "Dad's been working on the car in the closed garage and now has a headache and feels sick",
            "喝完酒吐了好多黑红色的血块",
            "He drank a lot and vomited big dark clots",
            "Dad says it's like a knife in his chest going right through to his back",
            "I'm 32 weeks pregnant and water is pouring out of me",
            "My son got hit in the stomach playing rugby and he's pale",
        ],
    );
}

#[test]
fn a_face_swollen_after_dental_work_is_calm_unless_breathing_suffers() {
    assert_emergencies(
        &[
            "I had a tooth out last week and my face is still a little swollen",
            "拔了智齿，脸肿起来了",
            "宝宝一天没尿尿了，天热出汗多，精神还好，一岁半",
            "以前烫伤留下的疤痕有点痒",
        ],
        &[
            "I had a tooth out yesterday, my face is swollen and I'm short of breath",
            "拔了智齿，脸肿起来了，喘不上气",
            "My face is swelling up after the peanut sauce",
        ],
    );
}
