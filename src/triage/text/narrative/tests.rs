//! Tests of what a Chinese story says of a sign's time.

use super::super::tests::hit;

#[test]
fn a_sign_told_as_a_cause_is_not_happening_unless_said_now() {
    assert!(hit("车祸", "因车祸引起癫痫").unwrap().not_now);
    assert!(hit("脑出血", "因为脑出血后，才有的癫痫").unwrap().not_now);
    assert!(hit("脑出血", "因脑出血住院").unwrap().not_now);
    // A cause with nothing told of what it led to is no story.
    assert!(!hit("车祸", "因为车祸，腿很疼").unwrap().not_now);
    assert!(!hit("车祸", "因为车祸现在送到医院").unwrap().not_now);
}

#[test]
fn a_sign_a_doctor_has_since_seen_is_not_happening_but_still_the_complaint() {
    let told = "我突然晕倒然后就失去意识去医院检查的时候医生说是癫痫";
    let fainted = hit("晕倒", told).unwrap();
    assert!(fainted.not_now && !fainted.remote);
    let taken = "婶婶在家里忽然昏倒，然后口吐白沫，家人送她去医院，仔细检查获知是癫痫";
    assert!(hit("口吐白沫", taken).unwrap().not_now);
    let named = "答话老是说不清楚，到医院做了个仔细检查，发觉是脑梗";
    assert!(hit("脑梗", named).unwrap().not_now);
    assert!(
        hit("抽搐", "儿子在学校突然手脚抽搐，已经送往医院")
            .unwrap()
            .not_now
    );
}

#[test]
fn a_sign_happening_now_asked_about_or_before_its_diagnosis_is_happening() {
    // The diagnosis came first: today's seizure is a seizure.
    let known = "孩子突然抽搐，口吐白沫，之前医院诊断过癫痫，怎么办";
    assert!(!hit("抽搐", known).unwrap().not_now);
    // Going to hospital is what they ask about, nothing was found yet.
    let asking = "我爸突然晕倒了，要不要去医院";
    assert!(!hit("晕倒", asking).unwrap().not_now);
    let to_the_doctor = "孩子突然抽搐，医生，是不是癫痫";
    assert!(!hit("抽搐", to_the_doctor).unwrap().not_now);
    let again = "刚才又抽搐了，上个月去医院说是癫痫";
    assert!(!hit("抽搐", again).unwrap().not_now);
}

#[test]
fn a_sign_told_of_one_past_occasion_is_history_until_the_story_comes_back_to_now() {
    let t = "表妹上次结婚时，癫痫发作，脸色发青发紫";
    assert!(hit("癫痫发作", t).unwrap().remote);
    assert!(hit("发紫", t).unwrap().remote);
    // What came after a sign is no story of the past: the sign is the cause.
    let cause = hit("磕了脑袋", "磕了脑袋以后吐了好几次").unwrap();
    assert!(!cause.remote && !cause.not_now);
    let back = "老太太前天摔了一跤，当时没事，今天开始叫不太醒";
    assert!(!hit("叫不太醒", back).unwrap().remote);
    assert!(!hit("叫不太醒", back).unwrap().not_now);
}

#[test]
fn an_occasion_held_up_as_a_likeness_is_the_measure_of_now() {
    let like = "跟我爸心梗那次一模一样，胸口压着疼，出冷汗";
    assert!(!hit("出冷汗", like).unwrap().not_now);
    assert!(
        !hit("出冷汗", "跟那次一样，胸口压着疼，出冷汗")
            .unwrap()
            .not_now
    );
    // Without a likeness the occasion is still the past.
    let then = "那次心梗的时候胸口压着疼，出冷汗，后来放了支架";
    assert!(hit("出冷汗", then).unwrap().not_now);
}

#[test]
fn a_question_about_an_illness_or_what_it_left_is_not_now_but_one_about_now_is() {
    assert!(hit("脑出血", "脑出血会不会遗传给孩子").unwrap().not_now);
    assert!(
        hit("突然晕倒", "高血压病人突然晕倒一般是什么原因")
            .unwrap()
            .not_now
    );
    let recovering = "一氧化碳中毒以后记性变差，能恢复吗";
    assert!(hit("中毒", recovering).unwrap().not_now);
    let found = "呕血以后做了胃镜说是胃溃疡，现在吃药一个月了";
    assert!(hit("呕血", found).unwrap().not_now);
    // Asking what it is tells of now; so does what followed without a
    // question of recovery.
    assert!(!hit("突然晕倒", "我爸突然晕倒会不会是中风").unwrap().not_now);
    assert!(!hit("中毒", "煤气中毒以后一直叫不醒").unwrap().not_now);
    // A question opening with the sign asks about the illness; one
    // asking what it is, or told of someone, tells of now.
    assert!(hit("癫痫发作", "癫痫发作会不会伤到大脑").unwrap().not_now);
    assert!(hit("脑出血", "请问，脑出血会引来癫痫吗？").unwrap().not_now);
    assert!(hit("抽搐", "抽搐对大脑有损伤吗").unwrap().not_now);
    assert!(!hit("胸口剧痛", "胸口剧痛会不会是心梗").unwrap().not_now);
    assert!(!hit("抽搐", "孩子抽搐会不会伤到大脑").unwrap().not_now);
    assert!(!hit("胸口剧痛", "胸口剧痛，会不会有事").unwrap().not_now);
}

#[test]
fn a_sign_of_episodes_or_of_some_times_is_not_now_but_a_thought_is() {
    let t = "我妹妹患癫痫，复发的时候会手脚强直，全身抽动，口吐白沫等症状";
    let foam = hit("口吐白沫", t).unwrap();
    assert!(foam.not_now && !foam.remote);
    assert!(hit("手脚*抽", "有的时候手脚还会抽").unwrap().not_now);
    assert!(hit("癫痫发作", "癫痫发作的诱因有哪些").unwrap().not_now);
    let thought = "我最近老是想着怎么结束自己的生命";
    assert!(!hit("想着怎么结束自己的生命", thought).unwrap().not_now);
    let each = "叔叔每次癫痫发作都非常的痛";
    assert!(hit("癫痫发作", each).unwrap().not_now);
    let today = "每次发作都很轻。今天突然抽搐不停";
    assert!(!hit("抽搐", today).unwrap().not_now);
    let again = "发作的时候会抽，现在又抽搐了";
    assert!(!hit("抽搐", again).unwrap().not_now);
}

#[test]
fn a_medicine_taken_for_years_is_still_taken_but_a_sign_for_years_is_long_standing() {
    assert!(
        !hit("华法林", "我吃华法林好几年了，今天撞到头了")
            .unwrap()
            .not_now
    );
    assert!(!hit("华法林", "服用华法林三年了").unwrap().not_now);
    assert!(hit("抽搐", "手脚抽搐，有三四年了").unwrap().not_now);
}
