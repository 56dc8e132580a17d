//! Words of a region or a generation ("屙稀", "波棱盖", "the runs", "my old
//! ticker", "done my back in"), English as many speak it abroad ("loose
//! motions", "burning type"), English inside Chinese ("ST段抬高"), and
//! English words whose stem is another word's ("spotting" and "spots",
//! "several" and "severe", "tearing" and "in tears", "winded" and "wind"),
//! each beside the sense that is meant.

use super::*;

#[test]
fn a_stem_shared_with_another_word_raises_no_alarm() {
    assert_emergencies(
        &[
            "I'm pregnant and have spots on my face",
            "I'm 30 weeks pregnant and have had several stomach pains",
            "I'm in tears with this back pain",
        ],
        &[
            "I've been spotting at 8 weeks pregnant",
            "I'm 30 weeks pregnant and have severe stomach pain",
            "sudden tearing pain in my back",
        ],
    );
}

#[test]
fn wind_brought_up_is_the_stomach_s_and_winded_is_the_lungs() {
    assert_department(
        "03.02",
        &["I've got a dicky tummy and keep bringing up wind"],
        &["I get winded on the stairs"],
    );
}

#[test]
fn a_teething_baby_is_a_child_s_worry_and_aching_teeth_the_dentist_s() {
    assert_department(
        "07",
        &["my baby is teething and grumpy"],
        &["my teeth hurt"],
    );
    assert_department(
        "12",
        &["my teeth hurt"],
        &["my baby is teething and grumpy"],
    );
}

#[test]
fn regional_words_for_common_complaints_are_read() {
    assert_department(
        "03.02",
        &["这两天一直屙稀", "I've had the runs since Sunday"],
        &[],
    );
    assert_department(
        "04.03",
        &[
            "我的波棱盖儿疼",
            "胳膊肘子疼",
            "I've done my back in lifting the shopping",
        ],
        &[],
    );
    assert_department("03.06", &["腰子疼，后腰两边酸酸的"], &["腰疼，弯腰更疼"]);
    assert_department("03.04", &["my old ticker's been fluttering"], &[]);
}

#[test]
fn the_first_few_steps_are_no_headache() {
    assert_department("04.03", &["脚后跟疼，早上下地头几步疼得厉害"], &[]);
    assert_department("03.03", &["头几天头疼得厉害"], &[]);
}

#[test]
fn a_feverish_child_who_barely_answers_and_is_limp_is_an_emergency() {
    assert_emergencies(
        &["娃儿发烧，精神还可以，就是不想吃饭"],
        &["娃儿发高烧，喊他也不咋个应，身上软趴趴的"],
    );
}

#[test]
fn wheezing_too_hard_to_speak_is_an_emergency() {
    assert_emergencies(
        &[
            "I have asthma and can't speak English well",
            "孩子有哮喘，平时不爱说话",
        ],
        &[
            "She's wheezing something awful and can't get her words out",
            "孩子哮喘犯了，喘得说不出话",
        ],
    );
}

#[test]
fn a_face_swollen_on_one_side_with_toothache_is_the_dentist_s() {
    assert_emergencies(
        &["I have tooth pain, one side of face is swelling"],
        &["my face and lips are swelling up after the new tablets"],
    );
    assert_department(
        "12",
        &["I have tooth pain, one side of face is swelling"],
        &[],
    );
}

#[test]
fn kerosene_drunk_and_st_elevation_with_chest_pain_are_emergencies() {
    assert_emergencies(
        &[
            "孩子喝了点水，又吃了个苹果",
            "we use a kerosene heater at home",
        ],
        &[
            "my child drank kerosene by mistake",
            "孩子喝了煤油",
            "我爸心电图显示ST段抬高，现在胸口还在疼",
        ],
    );
}

#[test]
fn everyday_english_from_abroad_is_read() {
    assert_department("03.02", &["I am having loose motions since two days"], &[]);
    assert_department(
        "03.02",
        &[
            "I have pain in stomach upper side, burning type",
            "I am having acidity problem daily",
        ],
        &["I burned my hand on the stove"],
    );
}

#[test]
fn after_an_eye_operation_bad_pain_or_failing_sight_is_an_emergency() {
    assert_emergencies(
        &[
            "白内障手术后一个月，看东西还是有点模糊，要复查吗",
            "白内障手术十年了，最近眼睛越来越看不清",
            "I had cataract surgery last month and my vision is still slightly blurry",
        ],
        &[
            "白内障手术第二天，眼睛突然剧痛，看不见了",
            "the day after my eye operation the eye is suddenly very painful and I can barely see",
        ],
    );
}

#[test]
fn a_neck_swelling_with_hard_breathing_or_a_belly_gone_rock_hard_is_an_emergency() {
    assert_emergencies(
        &[
            "甲状腺手术后脖子有点肿，伤口有点痒",
            "my stools are rock hard and my tummy aches",
            "I have a rock hard lump in my tummy",
        ],
        &[
            "甲状腺手术后回病房，脖子越来越肿，喘气费劲",
            "after my thyroid operation my neck is swelling up fast and I'm struggling to breathe",
            "I had a colonoscopy this morning and now my belly is swollen, rock hard and I have a fever",
        ],
    );
}

#[test]
fn blisters_with_a_raw_mouth_after_a_new_medicine_are_an_emergency() {
    assert_emergencies(
        &[
            "吃了新药以后嘴唇起泡",
            "孩子手足口病，手上脚上起了水泡，嘴里也烂了",
            "I started new tablets and my lips are sore",
        ],
        &[
            "吃了新开的药以后全身起水泡，嘴里眼睛都烂了",
            "since starting a new tablet my skin is blistering and peeling and my mouth and eyes are sore",
        ],
    );
}

#[test]
fn skin_gone_purple_and_black_with_a_fever_is_an_emergency_and_a_bruise_is_not() {
    assert_emergencies(
        &["腿上磕青了一大片发紫，这两天感冒发烧"],
        &["老人身上一大片皮肤发紫发黑，一碰就疼得厉害，还发烧"],
    );
}

#[test]
fn yellow_toenails_are_no_jaundice_and_peeling_shoulders_no_joint_pain() {
    assert_department(
        "13",
        &[
            "my toenails are thick and yellow",
            "I got sunburnt yesterday and my shoulders are peeling",
        ],
        &[],
    );
    assert_department(
        "03.02",
        &["my skin and eyes have gone yellow"],
        &["my toenails are thick and yellow"],
    );
}

#[test]
fn green_vomit_with_a_swollen_belly_in_a_child_is_an_emergency() {
    assert_emergencies(
        &["孩子一直吐，肚子胀得厉害", "孩子吐了两次，吐的是吃进去的饭"],
        &[
            "孩子吐的都是绿色的水，肚子胀得厉害",
            "my son is vomiting green bile and his tummy is swollen",
        ],
    );
}

#[test]
fn a_child_wetting_the_bed_is_seen_by_paediatrics_and_an_adult_by_the_kidney_doctors() {
    assert_department(
        "07",
        &["孩子尿床", "my six-year-old still wets the bed most nights"],
        &[],
    );
    assert_department(
        "03.06",
        &["我妈最近晚上老尿床", "I've started wetting the bed at 50"],
        &[],
    );
}

#[test]
fn heat_that_rest_and_water_put_right_is_the_gp_s_and_heat_stroke_an_emergency() {
    assert_department(
        "02",
        &[
            "夏天在地里干活，晒得头晕，喝了点水休息一下好多了",
            "I felt faint working in the sun yesterday but I'm fine after drinking water",
        ],
        &[],
    );
    assert_emergencies(
        &["夏天在地里干活，晒得头晕，喝了点水休息一下好多了"],
        &["he collapsed working in the heat, he's burning hot, confused and not sweating"],
    );
}

#[test]
fn an_old_man_who_has_hardly_eaten_or_drunk_for_days_and_barely_answers_is_an_emergency() {
    assert_emergencies(
        &["dad has hardly eaten for three days with a cold but he's chatty"],
        &["dad has hardly eaten or drunk for three days and today he barely responds"],
    );
    assert_department("04.04", &["我爸咳嗽一下就漏尿，挺尴尬的"], &[]);
}

#[test]
fn rock_hard_calves_and_a_mumps_neck_are_no_alarm() {
    assert_emergencies(
        &[
            "I have stomach flu and my calves are rock hard",
            "孩子腮腺炎，脖子肿起来了，有点咳嗽喘",
            "我老公胳膊肘往外拐，气得我胸口疼",
        ],
        &["my belly is rock hard and I have a fever"],
    );
}

#[test]
fn the_adrenal_gland_is_no_kidney() {
    assert_department(
        "03.07",
        &["体检发现肾上腺结节", "adrenal nodule found on a scan"],
        &[],
    );
    assert_department("03.06", &["我肾不好，肌酐高"], &["体检发现肾上腺结节"]);
}

#[test]
fn chinese_medicine_s_words_ask_for_chinese_medicine() {
    assert_department(
        "50",
        &[
            "气血两虚，一到下午就累",
            "我老公肾阳虚，腰膝酸软",
            "阴虚火旺，晚上手心脚心发热",
        ],
        &[],
    );
    assert_department("03.06", &["我肾不好，肌酐高"], &["我老公肾阳虚，腰膝酸软"]);
}

#[test]
fn aconite_or_a_folk_remedy_then_a_racing_heart_or_nonsense_talk_is_an_emergency() {
    assert_emergencies(
        &[
            "老人喝了药酒，心跳有点快，睡不着",
            "吃了草药调理，老人还是有点糊涂",
            "吃了附子理中丸以后胃舒服多了",
        ],
        &[
            "我爸吃了自己泡的药酒（里面有草乌），现在嘴巴发麻，心跳很乱",
            "喝了人家给的偏方草药以后，吐了好几次，现在说胡话",
        ],
    );
}

#[test]
fn a_question_about_a_danger_in_general_is_no_alarm() {
    assert_emergencies(
        &[
            "煤气中毒怎么预防，冬天快到了",
            "过敏性休克的人出门要带什么药",
            "昏迷病人家属怎么护理，想咨询一下",
            "农药中毒以后会不会留后遗症，我爸十年前喝过",
            "我想了解一下溺水急救的方法",
            "what should someone with anaphylaxis carry when they go out",
        ],
        &[
            "一家人在屋里烤炭火，煤气中毒了，孩子叫不醒",
            "孩子吃了花生过敏性休克了，喘不上气",
            "我爸突然昏迷了，叫不醒",
            "我爸刚才喝了农药",
            "孩子掉进池塘里溺水了，捞上来没有呼吸",
            "my son is having anaphylaxis after peanuts and his throat is closing",
        ],
    );
}

#[test]
fn a_thing_passed_a_stroke_long_over_a_dose_asked_or_a_habit_is_no_alarm() {
    assert_emergencies(
        &[
            "孩子误吞了硬币，已经拉出来了，还要检查吗",
            "my toddler swallowed a coin but it's come out in his nappy, does he need checking",
            "after my stroke my speech is slurred, will speech therapy help",
            "how many sleeping pills would be dangerous, I take one a night",
            "大出血输血会不会得传染病",
            "how do you do the Heimlich manoeuvre, my son often chokes on food",
        ],
        &[
            "孩子误吞了硬币，还没拉出来",
            "the battery came out of the remote and he swallowed it",
            "after my fall my speech is slurred",
            "I don't know how many sleeping pills she took, she won't wake up",
            "大出血，止不住",
            "my son is choking on food and can't breathe",
            "my husband often has chest pain, now it is crushing and he is sweating",
            "我老公有时候胸痛，现在疼得厉害，出冷汗",
            "my chest feels like a weight is on it, I'm sweating, it's been twenty minutes",
        ],
    );
}

#[test]
fn questions_of_prevention_first_aid_or_a_medicine_with_a_drink_go_to_general_practice() {
    assert_department(
        "02",
        &[
            "煤气中毒怎么预防，冬天快到了",
            "how do we prevent carbon monoxide poisoning this winter",
            "我想学一下心肺复苏，医院有没有培训",
            "where can I learn CPR, does the hospital run courses",
            "吃了头孢能不能喝酒，会不会中毒",
            "is it dangerous to drink alcohol on antibiotics",
        ],
        &[
            "高血压怎么预防",
            "how to prevent high blood pressure",
            "我戒不掉酒",
        ],
    );
}

#[test]
fn muscles_aching_with_urine_like_cola_or_a_ball_to_the_head_then_drowsy_is_an_emergency() {
    assert_emergencies(
        &[
            "健身房练完腿第二天肌肉酸得下不了楼",
            "my legs are so stiff after leg day I can barely walk down the stairs",
            "尿是酱油色的",
            "I've had a ball to the head at football, it's a bit sore",
        ],
        &[
            "跑完全程马拉松，尿是酱油色的，腿上的肌肉疼得动不了",
            "after the marathon my pee is dark like cola and my leg muscles are agonising",
            "took a ball to the head at rugby, has vomited twice and keeps falling asleep",
        ],
    );
    assert_department(
        "04.03",
        &[
            "jammed my finger playing basketball, the joint is swollen and stiff",
            "打篮球手指戳了一下，现在手指关节肿，弯不了",
            "I can't lift my arm above my head since playing tennis last month",
            "black toenail after the marathon",
        ],
        &["浑身酸痛，发烧39度"],
    );
    assert_department("02", &["我浑身肌肉疼", "my muscles ache all over"], &[]);
    assert_department(
        "13",
        &[
            "chafing between my thighs from running, red and sore",
            "跑步的时候大腿内侧磨破了皮，有点红",
        ],
        &[],
    );
}
