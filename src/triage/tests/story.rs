//! The time a story gives a sign: one a doctor has since seen and named,
//! one told of a past occasion, and one that comes and goes are asked
//! about, not happening at the kiosk, so none is an emergency; the same
//! signs happening now still are.

use super::*;

#[test]
fn a_sign_already_seen_and_named_or_recurring_is_no_emergency_but_the_same_sign_now_is() {
    assert_emergencies(
        &[
            "昨天下班的时候我突然晕倒然后就失去意识，去医院检查的时候医生说是有点轻度的癫痫，癫痫有什么症状",
            "婶婶上周末在家里忽然昏倒，然后口吐白沫，家人送她去医院，仔细检查获知是癫痫，癫痫病人应当多吃什么",
            "爷爷和别人争吵，突然就昏倒了，去医院后获知得了心肌梗塞，得了心肌梗塞怎么办",
            "表妹上次结婚时，癫痫发作，当时四肢抽搐躺在地上，脸色发青发紫，治疗癫痫的偏方有哪些",
            "我妹妹患癫痫，复发的时候会手脚强直，全身抽动，口吐白沫，旁边的人该怎么办",
            "有的时候手脚会抽，去医院检查才知道是癫痫，危害大吗",
            "我弟弟有癫痫。最近一次病发是居然呕血了，癫痫病发时为什么会呕血",
            "睡觉时口吐白沫很严重怎么办？以前都不会的！有三四年了！",
            "爸爸脑梗，现在在医院救治，能自愈吗",
            "高血压患者可以吃西地那非吗？会致使晕厥吗？",
            "老妈有高血压，高血压昏倒会怎么样",
            "有一名住户因为脑出血进了医院，还好没什么大事，现在已经回家静养了",
            "孩子突然倒地抽动，去医院检查说是癫痫。所以想问下什么会引致癫痫发作",
            "公公癫痫好几年了，癫痫发作的频率非常高，护理有哪些",
            "妹妹2008年一次昏倒诊断为癫痫病，治疗癫痫最好的药物",
            "今天早上他突然倒在地上，我们赶紧把他带到了医院，医生检查说他得了癫痫",
            "癫痫发作时如何应付",
            "癫痫发作有7年，喝药治疗能除根吗",
            "孩子突然抽动、胡言乱语的，现在正在救治中，想问下是什么病",
        ],
        &[
            "孩子突然抽搐，口吐白沫，之前医院诊断过癫痫，怎么办",
            "我爸突然晕倒了，叫不醒，要不要去医院",
            "刚才又抽搐了，上个月去医院说是癫痫",
            "发作的时候会抽，现在又抽搐了，停不下来",
            "老太太前天摔了一跤，当时没事，今天开始叫不太醒",
            "我老公中午说胃胀胀的不舒服，刚才呕血了",
            "我爸中风了，现在一边胳膊没力气",
            "我爸说胃不舒服，想吐，后背也疼，脸色很难看，他有高血压好多年",
            "他羊癫疯犯了，倒在地上",
        ],
    );
}

#[test]
fn words_for_other_things_raise_no_flag() {
    // Nerve compression, an arc welder, ketoacidosis asked about, the name
    // of a chronic asthma, an idiom, "a little", epilepsy's name, saliva:
    // none is an accident, a burn, a poisoning, an allergic reaction,
    // choking, a sugar of 1, a seizure or a chemical in the eye.
    assert_emergencies(
        &[
            "颈椎狭窄会引起高血压吗，医生说我的颈椎被压迫狭窄了",
            "哥哥总是碰触电焊机等东西，眼睛疼",
            "糖尿病酸中毒严重吗",
            "孩子的症状跟过敏性哮喘很像，过敏性哮喘怎么治疗",
            "冷空气过敏哮喘怎么办",
            "农活忙碌的时候真的能把人憋死，没好好治疗过",
            "有糖尿病，吃降糖药时血糖有时会略高一点",
            "许多人说我这是羊癫疯，看哪个科",
            "陌生人讲话时口水溅到眼睛里会感染乙肝吗",
            "手麻，像触电一样",
            "shooting pain down my leg like an electric shock",
        ],
        &[
            "被压在车底下了",
            "孩子触电了",
            "孩子喝了农药，中毒了",
            "吃了海鲜过敏，喘不上气",
            "消毒液溅到眼睛里了",
            "I got an electric shock from a socket",
        ],
    );
}

#[test]
fn a_pain_like_an_electric_shock_is_the_neurologists() {
    let t = engine();
    for s in [
        "腿一阵一阵像触电的感觉",
        "pain in my face like an electric shock",
    ] {
        let a = text(&t, s);
        assert!(!a.emergency, "{s}");
        assert_eq!(a.department.as_deref(), Some("03.03"), "{s}");
    }
}

#[test]
fn a_fit_in_known_epilepsy_is_the_neurologists_unless_it_goes_on_or_came_just_now() {
    // A fit is known epilepsy's course: it goes to Neurology. One going on,
    // one after another, sudden just now or not woken from is still an
    // emergency, and a doubt ("是不是癫痫") diagnoses nothing.
    assert_emergencies(
        &[
            "我女儿有癫痫，昨天抽了一次，今天好了，要换药吗",
            "我有癫痫，每次发作都口吐白沫，怎么治疗",
            "爸爸是一位癫痫病人，平时会四肢抽搐，吃什么药好",
            "患癫痫三年了，最近发作多，口吐白沫，有没有好医院",
            "得了五年的癫痫，口吐白沫的时候家人该怎么做",
            "我有癫痫，刚才又抽了一根烟，会不会影响",
            "known epilepsy, had a fit yesterday, fine now",
            "刚才抽了血，头有点晕",
        ],
        &[
            "我儿子有癫痫，刚才又抽了",
            "我爸有癫痫五年了，现在抽个不停",
            "我妈有癫痫，癫痫发作了，抽了十分钟还没停",
            "我担心孩子是不是得了癫痫，刚才全身抽搐",
            "他有癫痫，全身抽搐，一次接一次",
            "孩子有癫痫，已经抽了十分钟了还没停",
            "他有癫痫，抽完一次又抽一次",
            "孩子有癫痫，抽完到现在还叫不醒",
            "my son has known epilepsy and is having a seizure, still shaking",
            "my son has a history of epilepsy and is fitting now",
            "my dad is on epilepsy medication and has been seizing for ten minutes",
        ],
    );
}

#[test]
fn a_story_of_last_week_or_of_each_relapse_is_told_not_happening() {
    assert_emergencies(
        &[
            "妹妹上个星期在学校突然口吐白沫，是癫痫复发，怎么治疗",
            "孩子每次复发都手脚抽搐，好好的就会昏倒，怎么预防",
            "血压一直高，最严重的一次脑出血了，高血压怎么控制",
            "孩子昨天玩着玩着突然晕倒，手脚抽搐，赶紧送去医院被诊断了癫痫怎么办呢？",
        ],
        &[
            "孩子突然晕倒，手脚抽搐，医生是不是癫痫？",
            "上个星期摔到头，今天开始一直呕吐",
        ],
    );
}

#[test]
fn a_sign_told_as_a_cause_or_as_life_after_it_is_no_emergency() {
    // A sign told once of last year and once as a topic is happening in
    // neither mention, so it is not happening at all.
    assert_emergencies(
        &[
            "他因车祸引起癫痫，能治好吗",
            "奶奶是因为脑出血后，才有了癫痫，怎么治疗",
            "外公因脑出血住院，出院后吃什么好",
            "去年脑出血了，也一直在治疗，脑出血后还能过性生活吗",
            "妈妈怕突然晕倒，晕倒会怎么样",
        ],
        &[
            "因为车祸，他现在昏迷不醒",
            "刚才因为车祸撞到头，一直呕吐",
            "去年中风过一次，今天早上突然嘴歪了，说话不清",
            "他因为车祸后一直流血不止",
        ],
    );
}

#[test]
fn a_when_clause_on_a_past_day_dates_what_follows_and_a_sign_that_passed_is_over() {
    assert_emergencies(
        &[
            "外婆前天吃晚饭的时候，突然在饭桌上昏倒了，高血压要怎么治疗",
            "奶奶前不久上厕所时晕倒了，后来查出是低血糖，平时吃什么",
            "我小的时候从楼梯上摔下来，脑部受过伤，现在记性差",
            "在公交上看见一个人倒地抽搐，口吐白沫，一分钟后他又像正常人一样站起来了，这是什么病",
            "孩子写作业时肩膀会抽动一下，是不是抽动症",
        ],
        &[
            "前天吃晚饭的时候摔了一跤，今天开始叫不太醒",
            "吃晚饭的时候，我爸突然昏倒了，叫不醒",
            "孩子全身抽搐，眼皮也在抽动",
        ],
    );
}

#[test]
fn tics_twitch_and_a_sign_that_turned_out_to_be_something_is_told() {
    assert_emergencies(
        &[
            "孩子肌肉总是不由自主地抽搐，是抽动症吗",
            "儿子做作业时手臂会抽搐一下，医生说是多发性抽动，怎么治",
            "老公上个月忽然晕倒了，结果是因为低血糖，平时要注意什么",
        ],
        &[
            "孩子有抽动症，刚才突然全身抽搐，口吐白沫",
            "孩子全身抽搐，眨眼睛",
            "my son has tourette's and is having a seizure that won't stop",
        ],
    );
}

#[test]
fn a_course_of_medicine_a_period_pain_and_a_pattern_of_sudden_fits_raise_no_flag() {
    // "喝了半个月汤药" is treatment, "小腹阵痛" without a pregnancy is a
    // colic or a period, "快生了" is a pregnancy near its end, "经常突然"
    // is a pattern, not today's sudden change.
    assert_emergencies(
        &[
            "吃了两个月的中成药，还喝了半个月汤药，现在胃里灼烧",
            "小腹阵痛，胃胀，月经推迟了4天",
            "怀孕八个多月，快生了，发现有乙肝，孩子会被传染吗",
            "表妹有癫痫，经常会突然口吐白沫，能长时间玩电脑吗",
            "朋友的孩子有次晕倒还抽动，才知道是癫痫，怎么治",
            "丈夫倒在地上全身抽搐，我立刻叫了救护车把他送到医院，癫痫能根治吗",
            "父亲脑出血后引来了癫痫，怎么治疗",
        ],
        &[
            "孩子把一整瓶止咳药喝了",
            "我爸喝了农药",
            "我快生了，肚子一阵一阵地疼",
            "怀孕38周，阵痛越来越密",
            "我妈有癫痫，刚才突然口吐白沫",
        ],
    );
}

#[test]
fn an_illness_had_a_faint_feared_and_fits_that_take_consciousness_in_known_epilepsy_are_told() {
    assert_emergencies(
        &[
            "婆婆得了脑出血，颅骨修复后要注意什么",
            "奶奶有高血压，感觉自己常常要昏倒了，该吃什么",
            "我有癫痫病两年多了，最近总是口吐白沫失去意识，怎么办",
            "自从哥哥出了车祸之后，一切都变了，外伤性癫痫能治好吗",
            "二叔有酒精肝，家人不让喝，还老是偷偷喝上两口",
            "孩子许多时候突然失去知觉，是癫痫吗",
        ],
        &[
            "我爸有癫痫，现在叫不醒",
            "我有癫痫，刚才突然晕倒了",
            "孩子偷喝了半瓶药水",
        ],
    );
}

#[test]
fn what_follows_a_sign_told_of_now_stays_alarming() {
    // A cause or an "after" read as a story must not swallow a complaint
    // made at the kiosk: an accident just had, a bite, pain that brought
    // the patient in.
    assert_emergencies(
        &["中风后还能喝酒吗"],
        &[
            "车祸后有点头晕",
            "摔倒后有点站不起来",
            "被毒蛇咬后怎么办",
            "被蛇咬后应该怎么处理",
            "我因为胸口剧痛出冷汗来医院",
            "车祸后的伤口一直流血不止",
        ],
    );
}
