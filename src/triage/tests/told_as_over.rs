//! A red flag told as over, as someone else's seen to since, or as a
//! question about the illness ("last year", "was taken to hospital; they
//! said it was a faint", "脑出血会不会遗传", "中毒以后记性变差，能恢复吗")
//! raises no alarm and goes to the clinic that follows it up. The same
//! words happening now are still an emergency.

use super::*;

#[test]
fn an_english_sign_dated_to_a_past_year_season_or_day_is_no_alarm() {
    assert_emergencies(
        &[
            "My brother was hit by a car last year; his leg healed but his knee still clicks",
            "I had anaphylaxis to peanuts as a child; do I still need to carry an adrenaline pen?",
            "Mum is diabetic and has fainted from low sugar twice before; what should she carry?",
            "I hit my head in a car crash last year and my memory hasn't been the same since",
            "Dad had a heart attack in 2019; his cholesterol is high again",
            "She had a seizure last Tuesday; when can she drive?",
        ],
        &[
            "I had anaphylaxis to peanuts before and I just ate a cookie; my lips are swelling and my throat is tight",
            "I was hit by a car ten minutes ago and my leg is bent the wrong way",
            "She had a seizure last Tuesday and now she is fitting again",
        ],
    );
}

#[test]
fn a_sign_seen_to_since_or_named_by_a_doctor_is_no_alarm_unless_it_is_back() {
    assert_emergencies(
        &[
            "My husband collapsed at work last week and was taken to hospital; they said it was a faint",
            "she passed out at the party and the doctor said it was the heat, should she see someone?",
        ],
        &[
            "My husband collapsed at work ten minutes ago and isn't breathing properly",
            "he was taken to hospital last month and now he has collapsed again",
            // A stay in hospital told of before is no visit for today's calf.
            "A 60-year-old man has had swelling and pain in his left calf for two days; he was discharged from hospital last week",
        ],
    );
}

#[test]
fn a_chinese_question_about_an_illness_or_its_aftermath_is_no_alarm() {
    assert_emergencies(
        &[
            "脑出血会不会遗传给孩子",
            "癫痫发作会不会伤到大脑",
            "高血压病人突然晕倒一般是什么原因",
            "一氧化碳中毒以后记性变差，能恢复吗",
            "呕血以后做了胃镜说是胃溃疡，现在吃药一个月了，要复查吗",
            "叔叔患上了癫痫，每次癫痫发作都非常的痛，有什么好办法",
        ],
        &[
            "我爸突然晕倒会不会是中风",
            "孩子抽搐会不会伤到大脑",
            "家里烧炭取暖，全家都头晕想吐，有一个已经叫不醒",
            "老公喝酒后吐了一大口血，现在头晕站不起来",
            "每次发作都很轻。今天突然抽搐不停",
        ],
    );
}

#[test]
fn counted_vomiting_is_no_past_occasion_and_growing_drowsiness_after_a_fall_is_an_alarm() {
    assert_emergencies(
        &["今天摔了一跤，膝盖破了点皮", "He fell yesterday and grazed his knee"],
        &[
            "去年车祸撞到头，今天又摔了一跤，吐了好几次，越来越想睡",
            "He hit his head in a crash last year, today he fell again, has been sick several times and is getting drowsier",
        ],
    );
}

#[test]
fn an_attack_that_will_not_stop_a_defibrillator_shock_and_a_leg_with_breathlessness_are_alarms() {
    assert_emergencies(
        &[
            "我有癫痫十几年了，一直吃丙戊酸钠，想问能不能要孩子",
            "偏头痛发作了几十分钟还没停，吃了止痛药",
            "My father has an ICD; is it safe near the microwave?",
            "两条腿都有点肿，爬楼有点喘",
        ],
        &[
            "我儿子有癫痫，今天发作了十分钟还没停",
            "He has epilepsy and he's had three fits in a row without waking up in between",
            "My father has an ICD and it shocked him three times this morning and he's dizzy",
            "装了除颤器，刚才放电了两次",
            "I had a clot in my leg last year and now my other calf is swollen and I'm short of breath",
            "左腿小腿肿了三天，今天突然喘不上气",
        ],
    );
}

#[test]
fn what_was_over_goes_to_the_clinic_that_follows_it_up() {
    assert_department(
        "15",
        &["My sister attempted suicide years ago and is stable now; does she still need her tablets?"],
        &[],
    );
    assert_department(
        "03.03",
        &[
            "我爸得脑出血住院半个月了，出院以后在家要注意什么",
            "去年车祸撞到头，之后一直记性不好",
        ],
        &[],
    );
    assert_department(
        "07",
        &["My son had a febrile fit when he was two; can he have his vaccinations?"],
        &["I've had epilepsy for fifteen years and take valproate; is it safe to try for a baby?"],
    );
    assert_department(
        "04.01",
        &["I was hospitalised with a blood clot in my leg last year; can I fly now?"],
        &[],
    );
    assert_department(
        "13",
        &[
            "被蛇咬过的伤口已经好了，但是留了个疤",
            "I used to self-harm as a teenager; the scars on my arms bother me",
        ],
        &["剖腹产后半年，肚子上的疤有点疼"],
    );
}

#[test]
fn a_second_pair_s_misses_once_read() {
    assert_emergencies(
        &[
            "抽搐对大脑有损伤吗",
            "Does having a seizure damage the brain?",
            "I fainted while giving blood once; is it safe to donate again?",
            "我爸四月份从梯子上摔下来手腕骨折了，石膏拆了还是很僵",
            "药都吃了，还是咳嗽",
            "怀孕六周，有点肚子疼",
        ],
        &[
            "他今天晚上把自己的药一下子全吃了",
            "去年宫外孕过，现在怀孕六周，一侧肚子剧痛，头晕想倒",
            "怀孕六周，肚子剧痛",
            "She's having a seizure right now and her lips are going blue",
        ],
    );
    // A doctor who sends the patient on is no destination; asking for one is.
    assert_department(
        "15",
        &["I took an overdose when I was nineteen; I'm 34 now and doing well, but my GP wants me to see someone about my mood"],
        &[],
    );
    assert_department(
        "03.04",
        &["My nan collapsed with low blood pressure over Christmas and was kept in overnight; her GP wants a heart check"],
        &[],
    );
    assert_department("02", &["I want to see a GP"], &[]);
    assert_department("03.03", &["我妈去年败血症住院，出院后记性一直不好"], &[]);
    assert_department(
        "05.01",
        &["老婆生孩子以后得过肺栓塞，三年了，还能再要孩子吗"],
        &[],
    );
}

#[test]
fn a_child_named_in_a_clause_dated_after_it_is_still_who_the_complaint_is_about() {
    assert_department(
        "07",
        &[
            "My son had a febrile convulsion last year; he has a temperature of 38.5 today, should I give him paracetamol early?",
            "My baby had whooping cough last winter and still coughs when she has a cold",
        ],
        // "As a child" says no child now.
        &["I had asthma as a child and now I wheeze when I run"],
    );
}

#[test]
fn a_fourth_pair_s_misses_once_read() {
    assert_emergencies(
        &[
            "My son was stung by a wasp on his arm last summer and it swelled a bit; does he need an EpiPen?",
            "I had anaphylaxis to peanuts as a child; do I still need to carry an adrenaline pen?",
            "My waters broke early with my first baby; will it happen again?",
            "头胎的时候羊水早破过，二胎还会这样吗",
            "我有偏头痛，一发作就怕光",
            "感冒了，声音有点哑",
        ],
        &[
            "儿子喝饮料的时候被马蜂蜇了嘴，现在声音变哑了",
            "My son was stung in the mouth by a wasp in his drink and his voice is going croaky",
            "腿被螺丝刀扎了，血流得很多",
            "朋友吃了K粉，现在叫他没什么反应",
            "高烧头痛得厉害，一直吐，怕光",
            "He's got a high fever, terrible headache and is being sick and can't stand the light",
            "I used my EpiPen but my throat is still tight",
        ],
    );
}
