//! Tests of when a match is told: negation, verdicts, the past, days.

use super::super::tests::hit;

#[test]
fn the_past_and_suppositions_are_remote_but_the_present_is_not() {
    assert!(
        hit("抽搐", "小时候有过一次抽搐，现在想复查")
            .unwrap()
            .remote
    );
    assert!(hit("中毒", "吃一片会不会中毒").unwrap().remote);
    assert!(hit("脑出血", "有没有可能是脑出血").unwrap().remote);
    assert!(!hit("抽搐", "孩子突然抽搐，口吐白沫").unwrap().remote);
    assert!(hit("stroke", "I had a stroke years ago").unwrap().remote);
    assert!(hit("seizure", "what if he has a seizure").unwrap().remote);
    assert!(
        !hit("seizure", "he is having a seizure, what do I do")
            .unwrap()
            .remote
    );
    // Only its own clause counts: the past in one clause leaves the next alone.
    assert!(!hit("抽搐", "以前好好的，今天突然抽搐").unwrap().remote);
    // In English, a clause joined by "and" or "but" has its own time.
    let t = "I had a car accident two years ago and my neck still aches";
    assert!(hit("accident", t).unwrap().remote);
    assert!(!hit("neck", t).unwrap().remote);
}

#[test]
fn a_comparison_with_the_past_tells_of_now() {
    // "像上次那样", "比以前": the past is the measure, the pain is today's.
    assert!(!hit("压着疼", "胸口又像上次那样压着疼").unwrap().remote);
    assert!(!hit("咳嗽", "咳嗽比以前厉害了").unwrap().remote);
    assert!(!hit("头疼", "跟以前一样头疼").unwrap().remote);
    assert!(hit("头疼", "以前头疼过，现在好了").unwrap().remote);
    assert!(hit("胸口疼", "上次胸口疼是心梗").unwrap().remote);
}

#[test]
fn a_past_condition_said_to_be_back_returns() {
    let back = "以前得过肾结石，这两天腰又开始疼";
    assert!(hit("肾结石", back).unwrap().returns);
    // "又酸又疼" is "both aching and sore", not "again".
    assert!(
        !hit("肾结石", "以前得过肾结石，现在腰又酸又疼")
            .unwrap()
            .returns
    );
    assert!(!hit("肾结石", "以前得过肾结石，想问饮食").unwrap().returns);
    let again = "I had kidney stones years ago and my side is aching again";
    assert!(hit("kidney stones", again).unwrap().returns);
    assert!(
        !hit("kidney stones", "I had kidney stones years ago")
            .unwrap()
            .returns
    );
    let told = "I had kidney stones years ago and it's back";
    assert!(hit("kidney stones", told).unwrap().returns);
    // A possessive is no return: the son's back is not the stone.
    let son = "I had kidney stones years ago and now my son's back hurts";
    assert!(!hit("kidney stones", son).unwrap().returns);
}

#[test]
fn english_negation_within_the_clause() {
    assert!(hit("fever", "no fever").unwrap().negated);
    assert!(hit("fever", "I don't have a fever").unwrap().negated);
    assert!(hit("cough", "no fever or cough").unwrap().negated);
    assert!(!hit("cough", "no fever but a bad cough").unwrap().negated);
    assert!(
        !hit("cough", "no fever. Cough for three days")
            .unwrap()
            .negated
    );
    assert!(!hit("cough", "I can't stop coughing").unwrap().negated);
    assert!(
        !hit("contact lens", "I can't get my contact lens out")
            .unwrap()
            .negated
    );
    assert!(
        hit("contact lens", "I can't wear a contact lens")
            .unwrap()
            .negated
    );
    assert!(
        !hit("arm", "she can't speak and her arm is weak")
            .unwrap()
            .negated
    );
}

#[test]
fn chinese_negation_with_fillers() {
    assert!(hit("发烧", "不发烧").unwrap().negated);
    assert!(hit("发烧", "没有发烧").unwrap().negated);
    assert!(hit("发烧", "也没怎么发烧").unwrap().negated);
    assert!(!hit("咳嗽", "不停地咳嗽").unwrap().negated);
    // "Nothing else wrong": the other complaints are denied.
    assert!(hit("不舒服", "有点痒，没别的不舒服").unwrap().negated);
    assert!(hit("不适", "没有其他不适").unwrap().negated);
    assert!(!hit("咳嗽", "不停的咳嗽").unwrap().negated);
    assert!(!hit("流血", "止不住流血").unwrap().negated);
    assert!(!hit("头痛", "睡不好头痛").unwrap().negated);
    // "特别" is "especially", not "don't".
    assert!(!hit("疼", "头特别疼").unwrap().negated);
    assert!(hit("心跳*快", "心跳特别快").is_some());
    assert!(hit("疼", "别疼了").unwrap().negated);
    // A question that names both answers does not deny.
    assert!(!hit("湿疹", "是不是湿疹").unwrap().negated);
    assert!(!hit("发烧", "有没有发烧").unwrap().negated);
    assert!(hit("发烧", "没有发烧").unwrap().negated);
    // A test that ruled it out denies it too.
    assert!(hit("静脉血栓", "彩超也排除了静脉血栓").unwrap().negated);
    assert!(!hit("静脉血栓", "排除其他病以后是静脉血栓").unwrap().negated);
}

#[test]
fn a_verdict_after_the_thing_clears_it_but_a_question_does_not() {
    assert!(hit("耳朵", "但是耳朵没有问题").unwrap().negated);
    assert!(hit("肺部", "做了肺部ct没问题").unwrap().negated);
    assert!(hit("体温", "头很热但是体温正常").unwrap().negated);
    assert!(!hit("体温", "体温正常吗").unwrap().negated);
    assert!(!hit("月经", "月经不正常").unwrap().negated);
    assert!(!hit("头痛", "头痛三天了，吃药没事").unwrap().negated);
}

#[test]
fn an_english_verdict_after_the_thing_clears_it_but_a_question_does_not() {
    assert!(hit("ecg", "my ECG was normal").unwrap().negated);
    assert!(
        hit("ears", "my ears are fine, it is my throat")
            .unwrap()
            .negated
    );
    assert!(hit("x-ray", "the x-ray came back clear").unwrap().negated);
    assert!(!hit("ecg", "is my ECG normal?").unwrap().negated);
    assert!(!hit("ecg", "my ECG was not normal").unwrap().negated);
    assert!(!hit("chest", "chest pain, otherwise fine").unwrap().negated);
    // "normal" owned by a person names a thing of theirs, not a verdict.
    assert!(
        !hit("herbal medicine", "herbal medicine and my normal tablets")
            .unwrap()
            .negated
    );
    // A verdict in the next clause is about something else.
    assert!(!hit("cough", "a bad cough. Otherwise fine").unwrap().negated);
    // So is one in a joined clause with a subject of its own: the man is
    // ok, not the wire.
    assert!(
        !hit("live wire", "he touched a live wire and he is ok")
            .unwrap()
            .negated
    );
}

#[test]
fn a_sign_dated_to_a_day_is_history_unless_it_goes_on() {
    assert!(hit("出血", "在11月2日时发现出血").unwrap().remote);
    assert!(hit("胸痛", "5号晚上胸痛").unwrap().remote);
    assert!(!hit("胸痛", "从5号开始一直胸痛").unwrap().remote);
    assert!(!hit("胸痛", "3天前开始胸痛").unwrap().remote);
    assert!(hit("晕倒", "上个月晕倒一次，检查都正常").unwrap().remote);
    assert!(hit("胸痛", "两天前胸痛了一阵").unwrap().remote);
    assert!(hit("晕倒", "有一天他晕倒在地上").unwrap().remote);
    assert!(hit("晕倒", "前些天突然晕倒").unwrap().remote);
    // A "when" clause on a past day carries its day to the next clause;
    // any other clause does not.
    assert!(hit("昏倒", "前天吃饭的时候，她突然昏倒了").unwrap().remote);
    assert!(!hit("呕吐", "前几天摔了一跤，头痛呕吐").unwrap().remote);
    assert!(!hit("昏倒", "前天吃饭的时候，今天又昏倒了").unwrap().remote);
    assert!(!hit("昏倒", "吃饭的时候，她突然昏倒了").unwrap().remote);
    // A later clause may say the day's sign is still there; a new
    // complaint today leaves the day's event in the past.
    assert!(
        !hit("胸口剧痛", "前天晚上突然胸口剧痛出冷汗，现在还疼")
            .unwrap()
            .remote
    );
    assert!(
        !hit("胸口剧痛", "前天睡觉的时候，胸口剧痛，到现在")
            .unwrap()
            .remote
    );
    assert!(hit("摔了一跤", "前几天摔了一跤，现在腰疼").unwrap().remote);
}

#[test]
fn what_has_happened_is_history_but_a_word_that_starts_with_guo_is_not() {
    assert!(hit("晕倒", "晕倒过一次").unwrap().remote);
    assert!(hit("抽搐", "孩子抽搐过两次").unwrap().remote);
    assert!(!hit("晕", "突然晕过去了").unwrap().remote);
    assert!(!hit("痒", "皮肤痒过敏").unwrap().remote);
    assert!(!hit("晕倒", "刚才晕倒了").unwrap().remote);
    assert!(!hit("从来没这么痛", "从来没这么痛过").unwrap().remote);
    assert!(hit("fainted", "I fainted once yesterday").unwrap().remote);
    assert!(
        hit("accident", "I was in a car accident six months ago")
            .unwrap()
            .remote
    );
    assert!(
        !hit("chest pain", "chest pain that started two weeks ago")
            .unwrap()
            .remote
    );
    assert!(
        hit("seizure", "he had a seizure when he was two")
            .unwrap()
            .remote
    );
    assert!(hit("fainted", "she has fainted before.").unwrap().remote);
    assert!(
        !hit("fainted", "he fainted before the meeting")
            .unwrap()
            .remote
    );
    assert!(
        !hit("fainted", "he fainted, oncoming traffic")
            .unwrap()
            .remote
    );
}

#[test]
fn an_english_date_after_a_word_leaves_the_person_it_names_here() {
    let dated = hit("son", "my son had a fit last year").unwrap();
    assert!(dated.remote && dated.dated_after);
    let childhood = hit("child", "I had asthma as a child").unwrap();
    assert!(childhood.remote && !childhood.dated_after);
    let worried = hit("son", "I'm worried my son will catch it").unwrap();
    assert!(worried.remote && !worried.dated_after);
    assert!(hit("fit", "my son had a fit in 2019").unwrap().remote);
    assert!(
        hit("fainted", "she has fainted twice before")
            .unwrap()
            .remote
    );
    assert!(
        hit("fainted", "I fainted while giving blood once")
            .unwrap()
            .remote
    );
    // "At once" is together and now, not one occasion long ago.
    assert!(
        !hit("tablets", "she took a week's tablets at once")
            .unwrap()
            .remote
    );
}
