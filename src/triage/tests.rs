use super::*;

fn engine() -> Triage {
    Triage::new(RuleSet::demo())
}

fn text(t: &Triage, s: &str) -> Assessment {
    t.assess(&Query::Text(s.to_string())).expect("assessable")
}

/// Each of `texts` goes to the department `code` (and is no emergency);
/// none of `elsewhere`, which share their words, goes there.
fn assert_department(code: &str, texts: &[&str], elsewhere: &[&str]) {
    let t = engine();
    for s in texts {
        let a = text(&t, s);
        assert!(!a.emergency, "{s}: {a:?}");
        assert_eq!(a.department.as_deref(), Some(code), "{s}: {a:?}");
    }
    for s in elsewhere {
        let a = text(&t, s);
        assert_ne!(a.department.as_deref(), Some(code), "{s}: {a:?}");
    }
}

/// `s` is answered with a question, not a department, and the choice
/// offered includes each of `offered`.
fn assert_asked(s: &str, offered: &[&str]) {
    let a = text(&engine(), s);
    assert_eq!(a.department, None, "{s}: {a:?}");
    let codes: Vec<&str> = a.alternatives.iter().map(|x| x.code.as_str()).collect();
    assert!(offered.iter().all(|c| codes.contains(c)), "{s}: {codes:?}");
}

/// `s` goes to one of the departments `codes` (and is no emergency).
fn assert_department_among(s: &str, codes: &[&str]) {
    let a = text(&engine(), s);
    assert!(!a.emergency, "{s}: {a:?}");
    assert!(
        a.department.as_deref().is_some_and(|d| codes.contains(&d)),
        "{s}: {a:?}"
    );
}

/// Each of `calm` (a sign alone, or with a harmless companion) is no
/// emergency; each of `alarming` (the sign with its context) is one.
fn assert_emergencies(calm: &[&str], alarming: &[&str]) {
    let t = engine();
    for s in calm {
        assert!(!text(&t, s).emergency, "{s}");
    }
    for s in alarming {
        assert!(text(&t, s).emergency, "{s}");
    }
}

mod animals;
mod appetite_waiting_and_stuck;
mod audited;
mod awkward;
mod babies;
mod beauty_letters_and_warmth;
mod blows;
mod cancer_care;
mod cannot_do;
mod chest_told;
mod circumstances;
mod come_back;
mod devices;
mod everyday;
mod figures;
mod food;
mod fragile;
mod grandchildren;
mod grief;
mod growth_and_shape;
mod hands_fluids_and_colour;
mod home_care;
mod house;
mod hurt_by_others;
mod landmarks;
mod lifelines;
mod lumps;
mod medicines;
mod mind;
mod money_and_the_road;
mod new_mothers;
mod nights_jabs_and_noises;
mod normal_and_voice;
mod noticed;
mod old_parent;
mod older_men;
mod older_women;
mod plain_words;
mod positions_moods_and_mouths;
mod private;
mod procedures_and_spread;
mod quiet_dangers;
mod readings;
mod red_flags;
mod regional;
mod results_told;
mod road_colour_and_hearsay;
mod roundabout;
mod sensations_and_mistakes;
mod side_effects;
mod smells_and_habits;
mod spells;
mod sport;
mod story;
mod swallowed;
mod told_as_over;
mod travellers;
mod tried_at_home;
mod turned_to_now;
mod vague;
mod waiting;
mod weather;
mod whose;
mod workers_periods_and_water;

#[test]
fn the_demo_rules_hold_hundreds_of_phrasings() {
    assert!(engine().rules().phrasing_count() > 1000);
}

#[test]
fn chest_pain_on_stairs_goes_to_cardiology_with_its_reason() {
    let t = engine();
    let a = text(&t, "I have chest pain when climbing stairs");
    assert!(!a.emergency);
    assert_eq!(a.department.as_deref(), Some("03.04"));
    assert!(a.reasons.iter().any(|r| r.rule == "chest_pain"));
    assert!(a.confidence > 0.0 && a.confidence <= 1.0);
}

#[test]
fn a_child_with_fever_and_cough_goes_to_paediatrics() {
    let a = text(&engine(), "孩子发烧咳嗽");
    assert_eq!(a.department.as_deref(), Some("07"));
    assert!(a.reasons.iter().any(|r| r.kind == ReasonKind::Modifier));
}

#[test]
fn red_flags_win_over_everything() {
    let t = engine();
    for s in [
        "I have a toothache and crushing chest pain with sweating",
        "牙疼，而且胸口剧痛出冷汗",
        "my son swallowed a battery",
        "我不想活了",
    ] {
        let a = text(&t, s);
        assert!(a.emergency, "{s}");
        assert_eq!(a.department.as_deref(), Some(EMERGENCY_CODE));
        assert_eq!(a.reasons[0].kind, ReasonKind::RedFlag);
    }
}

#[test]
fn text_that_is_not_a_complaint_gets_no_department() {
    let t = engine();
    for s in [
        "",
        "   ",
        "what's the weather",
        "我想买咖啡",
        "xkcd qwerty",
        "hello, is anyone there",
        "12345",
    ] {
        let a = text(&t, s);
        assert_eq!(a.department, None, "{s:?}");
        assert!(!a.emergency);
        assert!(a.reasons.is_empty());
    }
}

#[test]
fn negated_symptoms_do_not_count() {
    let t = engine();
    assert_eq!(
        text(&t, "no fever, just a toothache").department.as_deref(),
        Some("12")
    );
    assert_eq!(text(&t, "不发烧，牙疼").department.as_deref(), Some("12"));
    assert_eq!(text(&t, "no fever").department, None);
    assert!(!text(&t, "chest pain but no sweating").emergency);
}

#[test]
fn pregnancy_moves_belly_complaints_to_obstetrics() {
    let t = engine();
    assert_eq!(
        text(&t, "I am pregnant and my stomach hurts")
            .department
            .as_deref(),
        Some("05.02")
    );
    assert!(text(&t, "怀孕了，下面出血").emergency);
    assert_eq!(
        text(&t, "I am 20 weeks pregnant and feel sick every morning")
            .department
            .as_deref(),
        Some("05.02")
    );
}

#[test]
fn an_adult_age_undoes_family_words() {
    let t = engine();
    assert_eq!(
        text(&t, "my son is 30 years old and has a cough")
            .department
            .as_deref(),
        Some("03.01")
    );
    assert_eq!(
        text(&t, "my 4 year old has a cough").department.as_deref(),
        Some("07")
    );
    assert_eq!(
        text(&t, "宝宝8个月大，咳嗽").department.as_deref(),
        Some("07")
    );
}

#[test]
fn asking_for_a_department_by_name_is_understood() {
    let t = engine();
    assert_eq!(text(&t, "我想挂皮肤科").department.as_deref(), Some("13"));
    assert_eq!(
        text(&t, "I'd like to see a dermatologist")
            .department
            .as_deref(),
        Some("13")
    );
    assert_eq!(
        text(&t, "cardiology please").department.as_deref(),
        Some("03.04")
    );
}

#[test]
fn a_longer_phrase_wins_over_the_word_inside_it() {
    // "下腹痛" is a gynaecological phrasing; "腹痛" inside it alone would be gastroenterology.
    assert_eq!(
        text(&engine(), "下腹痛，白带多").department.as_deref(),
        Some("05.01")
    );
}

#[test]
fn a_red_flags_wider_phrasing_takes_no_department_away() {
    // "拔了*牙" (dental work, for red flags) holds "牙"; "颈*痛" (neck pain,
    // for red flags) holds "颈椎": neither names a department, so neither
    // hides the complaint inside it.
    assert_department("12", &["昨天拔了牙，有点疼"], &[]);
    assert_department("04.03", &["一到秋冬颈椎就开始疼痛"], &[]);
}

#[test]
fn a_stroke_in_the_past_is_not_an_emergency_but_one_now_is() {
    let t = engine();
    assert_eq!(
        text(&t, "I need physiotherapy after my stroke last year")
            .department
            .as_deref(),
        Some("21")
    );
    assert!(text(&t, "I think he had a stroke this morning").emergency);
    assert!(text(&t, "his face is drooping").emergency);
}

#[test]
fn a_long_text_is_read_up_to_the_last_clause_within_the_bound() {
    // A long history: the complaint at the start is heard, the rest not read.
    let long = format!(
        "I have a bad cough. {}",
        "It started last winter. ".repeat(60)
    );
    let a = engine().assess(&Query::Text(long)).expect("answered");
    assert!(a.reasons.iter().any(|r| r.rule == "cough"), "{a:?}");
    let past_the_bound = format!("{}胸口剧痛出冷汗", "咳".repeat(MAX_INPUT_CHARS));
    let a = engine()
        .assess(&Query::Text(past_the_bound))
        .expect("answered");
    assert!(!a.emergency, "words past the bound are not read");
    assert_eq!(super::read_part("短句"), "短句");
    let cut = super::read_part(&"句子，".repeat(400)).chars().count();
    assert!(cut <= MAX_INPUT_CHARS && cut > MAX_INPUT_CHARS - 3, "{cut}");
}

#[test]
fn a_past_or_supposed_red_flag_is_not_an_emergency_but_the_present_one_is() {
    let t = engine();
    assert!(!text(&t, "小时候有过一次抽搐，现在想复查一下脑电图").emergency);
    assert!(!text(&t, "以前得过脑梗，现在恢复得差不多了，想开点药").emergency);
    assert!(
        !text(
            &t,
            "I had a stroke three years ago and want my medicine renewed"
        )
        .emergency
    );
    assert!(text(&t, "孩子突然抽搐，口吐白沫").emergency);
    assert!(text(&t, "以前好好的，今天突然抽搐，口吐白沫").emergency);
}

#[test]
fn the_touch_path_uses_the_same_rules() {
    let t = engine();
    let chest = Query::Touch {
        symptoms: vec!["chest_pain".into()],
        red_flags_confirmed: vec![],
        child: false,
        pregnant: false,
    };
    assert_eq!(
        t.assess(&chest).unwrap().department.as_deref(),
        Some("03.04")
    );
    let flagged = Query::Touch {
        symptoms: vec!["chest_pain".into()],
        red_flags_confirmed: vec!["cardiac_chest_pain".into()],
        child: false,
        pregnant: false,
    };
    assert!(t.assess(&flagged).unwrap().emergency);
    let child = Query::Touch {
        symptoms: vec!["cough".into()],
        red_flags_confirmed: vec![],
        child: true,
        pregnant: false,
    };
    assert_eq!(t.assess(&child).unwrap().department.as_deref(), Some("07"));
    let bad = Query::Touch {
        symptoms: vec!["nonsense".into()],
        red_flags_confirmed: vec![],
        child: false,
        pregnant: false,
    };
    assert!(matches!(
        t.assess(&bad),
        Err(TriageError::UnknownSymptom(_))
    ));
}

#[test]
fn every_body_part_offers_symptoms_and_chest_pain_asks_its_question() {
    let t = engine();
    for part in &t.rules().body_parts {
        assert!(
            !t.symptoms_for(&part.id).is_empty(),
            "{} has no symptoms",
            part.id
        );
    }
    let q = t
        .question_for("chest_pain")
        .expect("chest pain has a red-flag question");
    assert!(q
        .question
        .as_ref()
        .is_some_and(|q| q.en.contains("crushing")));
}

#[test]
fn ages_are_read_in_both_languages() {
    assert_eq!(stated_age("my 3-year-old"), Some(3));
    assert_eq!(stated_age("he is 5 years old"), Some(5));
    assert_eq!(stated_age("a stroke 3 years ago"), None);
    assert_eq!(stated_age("my caesarean scar is two months old"), None);
    assert_eq!(stated_age("the tattoo is 3 weeks old, and red"), None);
    assert_eq!(
        stated_age("my son is two months old, his scar is red"),
        Some(0)
    );
    assert_eq!(stated_age("孩子三岁"), Some(3));
    assert_eq!(stated_age("十二岁"), Some(12));
    assert_eq!(stated_age("怀孕七个月"), None);
    assert_eq!(stated_age("宝宝8个月大"), Some(0));
    assert_eq!(stated_age("宝宝3天大，黄疸"), Some(0));
    // "大" that starts a word of its own is no baby's age.
    assert_eq!(stated_age("这两天大腿肿痛得厉害"), None);
    assert_eq!(stated_age("三天大便一次"), None);
    assert_eq!(stated_age("一个月大概来两次"), None);
    // An ordinal counts the days of the story.
    assert_eq!(stated_age("喝酒以后第二天大脚趾又红又疼"), None);
    assert_eq!(stated_age("怀孕第三个月的宝宝"), None);
    assert_eq!(stated_age("四个月的宝宝"), Some(0));
    assert_eq!(stated_age("用了四个月的阿莫罗芬"), None);
    // A bare number after a person and "is", ending its clause.
    assert_eq!(stated_age("my husband is 70 and has indigestion"), Some(70));
    assert_eq!(
        stated_age("My neighbour is 85, the house was cold"),
        Some(85)
    );
    assert_eq!(stated_age("she's 3, with a fever"), Some(3));
    assert_eq!(stated_age("her temperature is 39, and rising"), None);
    assert_eq!(stated_age("I'm 30 weeks and getting tightenings"), None);
    assert_eq!(stated_age("my sugar is 12 today"), None);
    // Numbers written as words, only where a word starts and ends.
    assert_eq!(stated_age("my baby is three weeks old"), Some(0));
    assert_eq!(stated_age("an eighty-five year old woman"), Some(85));
    assert_eq!(stated_age("a twenty one year old student"), Some(21));
    assert_eq!(stated_age("my son is twelve, with a cough"), Some(12));
    assert_eq!(stated_age("someone 5 minutes ago"), None);
    assert_eq!(stated_age("it happened three years ago"), None);
}

#[test]
fn an_older_persons_indigestion_with_sweat_is_an_emergency_a_younger_ones_is_not() {
    let t = engine();
    assert!(
        text(
            &t,
            "My husband is 70 and has bad indigestion, he's grey and clammy"
        )
        .emergency
    );
    assert!(text(&t, "奶奶胃疼，一身冷汗").emergency);
    assert!(
        !text(
            &t,
            "I'm 30 and have indigestion and feel clammy after a curry"
        )
        .emergency
    );
    assert!(!text(&t, "My husband is 70 and has indigestion after big meals").emergency);
}

#[test]
fn words_every_complaint_uses_name_no_department_on_their_own() {
    let t = engine();
    let a = text(&t, "有点痛，想看医生");
    assert_eq!(a.department, None, "{a:?}");
    assert!(!a.emergency);
    // With a place, the place decides.
    assert_eq!(
        text(&t, "头痛，想看医生").department.as_deref(),
        Some("03.03")
    );
}

#[test]
fn a_lump_on_its_own_offers_surgery_and_the_skin_clinic_to_choose_from() {
    assert_asked("手臂上长了个疙瘩", &["04.01", "13"]);
}

#[test]
fn asking_whether_one_could_be_pregnant_is_gynaecology_not_a_pregnancy() {
    let t = engine();
    let a = text(&t, "上个月同房了，这个月月经推迟了，会不会怀孕");
    assert_eq!(a.department.as_deref(), Some("05.01"));
    assert!(!a.reasons.iter().any(|r| r.rule == "pregnant"));
    // Wanting a baby is about the parents, not an unwell child.
    let a = text(&t, "备孕半年了还没怀上，想要小孩");
    assert_eq!(a.department.as_deref(), Some("05.01"));
    // A pregnancy itself still goes to obstetrics.
    assert_eq!(
        text(&t, "怀孕20周了，肚子有点胀痛").department.as_deref(),
        Some("05.02")
    );
}

#[test]
fn sexual_health_has_its_departments() {
    let t = engine();
    assert_eq!(
        text(&t, "担心自己得了梅毒，身上起了红疹")
            .department
            .as_deref(),
        Some("13")
    );
    assert_eq!(
        text(&t, "早泄好几年了，怎么治疗").department.as_deref(),
        Some("04.04")
    );
}

#[test]
fn a_face_part_named_as_a_landmark_is_not_that_organ() {
    let t = engine();
    let a = text(&t, "鼻子旁边长了几个红色的痘痘");
    assert_eq!(a.department.as_deref(), Some("13"));
    let a = text(&t, "腰上长了个疙瘩");
    assert!(!a.reasons.iter().any(|r| r.rule == "joint_pain"));
    // The organ itself still counts.
    assert_eq!(
        text(&t, "鼻子不通气，流鼻涕").department.as_deref(),
        Some("11")
    );
}

#[test]
fn a_checkup_or_a_vaccine_alone_names_no_department() {
    let t = engine();
    assert_eq!(text(&t, "体检报告出来了，帮我看看").department, None);
    assert_eq!(text(&t, "打了新冠疫苗加强针，能喝酒吗").department, None);
    // A child's vaccine question is still about a child.
    assert_eq!(
        text(&t, "宝宝打完疫苗发烧了").department.as_deref(),
        Some("07")
    );
}

#[test]
fn pains_in_waves_mean_labour_only_in_a_pregnancy() {
    let t = engine();
    assert!(!text(&t, "拉肚子，肚子一阵一阵地疼").emergency);
    assert!(text(&t, "怀孕8个月，刚才肚子一阵一阵地疼，下面流了好多水").emergency);
}

#[test]
fn a_sign_said_to_be_fine_or_dated_to_a_day_is_not_a_present_complaint() {
    let t = engine();
    // The lungs were checked and are fine: no lung problem to send anywhere.
    let a = text(&t, "做了肺部ct没问题，心电图也正常");
    assert!(!a.reasons.iter().any(|r| r.rule == "lung"));
    // Bleeding noticed on a past date is history, not a present red flag.
    assert!(!text(&t, "怀孕7周，在11月2日时发现出血，当日做了超声").emergency);
    assert!(text(&t, "怀孕7周，今天突然出血").emergency);
}

#[test]
fn traditional_characters_meet_the_same_rules() {
    let t = engine();
    let a = text(&t, "我頭痛得厲害，還有點發燒");
    let b = text(&t, "我头痛得厉害，还有点发烧");
    assert_eq!(a.department, b.department);
    assert!(text(&t, "胸口劇痛，出冷汗").emergency);
}

#[test]
fn a_blow_to_the_head_is_an_emergency_with_vomiting_or_drowsiness() {
    let t = engine();
    assert!(text(&t, "孩子从床上摔下来，头先着地，现在一直想睡觉").emergency);
    assert!(text(&t, "he banged his head on a shelf and has been sick twice").emergency);
    assert!(!text(&t, "孩子撞到头了，起了个包，玩得挺好").emergency);
}

#[test]
fn sizes_compared_to_peanuts_and_who_is_a_man_are_read_as_meant() {
    let t = engine();
    // "花生米大小" measures a lump; it is not a peanut allergy.
    let a = text(&t, "腋下长了一个花生米大小的疙瘩");
    assert!(!a.reasons.iter().any(|r| r.rule == "allergen"));
    // "男，30岁" says the patient is a man: not gynaecology.
    let a = text(&t, "男，30岁，会阴部胀痛，尿不干净");
    assert_eq!(a.department.as_deref(), Some("04.04"));
    // A boyfriend mentioned by a woman does not make her a man.
    let a = text(&t, "和男朋友同房后白带有异味");
    assert_eq!(a.department.as_deref(), Some("05.01"));
}

#[test]
fn an_arm_that_will_not_lift_is_a_stroke_only_when_sudden() {
    let t = engine();
    assert!(!text(&t, "肩膀疼了好几个月，胳膊抬不起来，是不是肩周炎").emergency);
    assert!(text(&t, "我爸刚才突然胳膊抬不起来了").emergency);
    assert!(text(&t, "my father suddenly can't lift his right arm").emergency);
}

#[test]
fn a_tearing_chest_pain_and_a_large_scald_are_emergencies() {
    let t = engine();
    assert!(text(&t, "胸口疼，疼到后背，像撕裂一样").emergency);
    assert!(text(&t, "被开水烫到了，整个胳膊都起了大水泡").emergency);
    assert!(!text(&t, "手指被开水烫了一下，有点红").emergency);
    assert!(!text(&t, "走路太多，脚上磨了个大水泡").emergency);
}

#[test]
fn a_baby_under_three_months_is_known_from_a_stated_age() {
    let t = engine();
    assert!(text(&t, "宝宝两个月大，发烧38度5").emergency);
    assert!(text(&t, "my baby is 6 weeks old and has a temperature").emergency);
    assert!(!text(&t, "宝宝十一个月大，发烧38度").emergency);
    assert!(!text(&t, "my son is 8 months old and has a fever").emergency);
    assert!(text(&t, "宝宝一个月大，每次吃完奶都喷射状呕吐").emergency);
    assert!(!text(&t, "宝宝吃多了吐了一点奶").emergency);
    // An age told right after the baby, ending its clause.
    assert!(text(&t, "宝宝20天，发烧38度，不吃奶").emergency);
    assert!(text(&t, "新生儿45天了，发烧").emergency);
    assert!(!text(&t, "宝宝3天没拉大便，有点发烧").emergency);
    // Or right before the complaint.
    assert!(text(&t, "宝宝45天发烧").emergency);
    assert!(text(&t, "宝宝一个月发烧了").emergency);
    assert!(!text(&t, "宝宝3天了还在发烧，一岁半").emergency);
    assert!(!text(&t, "宝宝一天拉五次，有点发烧，十个月").emergency);
    assert!(!text(&t, "宝宝5个月，发烧38度").emergency);
    // How long since the birth, told by the mother, is not the baby's age.
    assert!(!text(&t, "我生完孩子一个月了，发烧38度").emergency);
}

#[test]
fn an_english_verdict_clears_what_it_follows_as_in_chinese() {
    let t = engine();
    assert_eq!(text(&t, "my ears are fine").department, None);
    assert_eq!(text(&t, "my ears hurt").department.as_deref(), Some("11"));
    let a = text(&t, "my lungs were fine on the scan but I keep coughing");
    assert!(!a.reasons.iter().any(|r| r.rule == "lung"));
    assert!(a.reasons.iter().any(|r| r.rule == "cough"));
}

#[test]
fn the_complaint_told_again_and_again_outweighs_a_word_said_once() {
    let t = engine();
    // Gynaecology is named four times, rehabilitation once in passing: with
    // each term counted once, rehabilitation's higher weight won.
    let a = text(
        &t,
        "宫颈有炎症，阴道分泌物很多，白带发黄，医生说可以做物理治疗，这样能好吗",
    );
    assert_eq!(a.department.as_deref(), Some("05.01"), "{a:?}");
    // Said once, the request for therapy still goes to rehabilitation.
    let a = text(&t, "我想做物理治疗，在哪里");
    assert_eq!(a.department.as_deref(), Some("21"), "{a:?}");
}

#[test]
fn words_that_name_another_thing_go_where_the_thing_belongs() {
    let t = engine();
    for (s, want) in [
        // A missed period is the complaint, not a denial of one.
        ("已经三个月没有来月经了", "05.01"),
        ("这个月到现在也没有来大姨妈", "05.01"),
        // Steroids brought on the spots: a skin question, not a thyroid one.
        ("吃了激素以后脸上长了好多痘", "13"),
        // Nails and skin infections belong to the skin clinic, whatever
        // the patient fears they mean.
        ("指甲上有竖纹，是不是肝不好", "13"),
        ("小腿上长了丹毒", "13"),
        // "Benign or malignant?" asks; the mole is the complaint.
        ("脚上的黑痣由浅变深，是良性的还是恶性？", "13"),
        // A styptic syrup is not blood sugar; dydrogesterone not a pregnancy.
        ("月经淋漓不尽，医生开了止血糖浆和地屈孕酮片", "05.01"),
    ] {
        let a = text(&t, s);
        assert_eq!(a.department.as_deref(), Some(want), "{s}: {a:?}");
    }
}

#[test]
fn a_denial_carries_along_a_list_and_stops_at_the_clause() {
    let t = engine();
    for s in [
        "双脚肿胀，否认高血压、糖尿病病史",
        "双脚肿胀，没有高血压和糖尿病",
        "双脚肿胀，无心脏病糖尿病",
    ] {
        let a = text(&t, s);
        assert_eq!(a.department.as_deref(), Some("03.06"), "{s}: {a:?}");
    }
    assert_emergencies(
        &["孩子发烧，没有呕吐和抽搐"],
        // Side by side without a joiner, a sign that is an emergency alone
        // is never read as denied.
        &[
            "孩子没有发烧和咳嗽，突然抽搐了",
            "没有发烧，突然抽搐",
            "孩子没有发烧抽搐了",
        ],
    );
}

#[test]
fn yellow_discharge_or_phlegm_is_not_yellow_skin() {
    let t = engine();
    for s in ["白带发黄，有异味", "咳嗽，痰有点发黄"] {
        let a = text(&t, s);
        assert!(
            !a.reasons.iter().any(|r| r.rule == "liver")
                && !a.alternatives.iter().any(|alt| alt.code == "03.02"),
            "{s}: {a:?}"
        );
    }
    assert_eq!(
        text(&t, "皮肤发黄，眼睛也黄").department.as_deref(),
        Some("03.02")
    );
}
