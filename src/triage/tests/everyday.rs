//! Red flags in the everyday words a frightened family uses (a fit that has
//! gone on for minutes, mottled skin with a fever, a meter that says "HI",
//! a child pulled out of a pool), each beside calm sentences that share
//! its words.

use super::*;

#[test]
fn a_fit_told_by_jerking_or_froth_is_an_emergency_while_it_goes_on() {
    assert_emergencies(
        &[
            "我有癫痫，每次发作都全身抽动，口吐白沫，怎么治",
            "上个月孩子全身抽了一次，医生说是高热惊厥，想问怎么预防",
        ],
        &[
            "我爸全身抽，十分钟了还没停",
            "孩子嘴里吐白沫，叫不醒",
            "she is frothing at the mouth and jerking",
        ],
    );
}

#[test]
fn mottled_skin_with_a_fever_is_sepsis() {
    assert_emergencies(
        &[
            "孩子发烧，手脚有点凉",
            "my toddler has a fever and is a bit grizzly",
        ],
        &[
            "宝宝高烧，腿上皮肤发花",
            "a fever and his skin is mottled and blotchy",
        ],
    );
}

#[test]
fn a_diabetic_vomiting_with_deep_fast_breathing_is_ketoacidosis() {
    assert_emergencies(
        &[
            "口渴，吐了两次，呼吸很深",
            "I'm diabetic and I do deep breathing exercises for stress",
        ],
        &[
            "糖尿病，一直吐，呼吸又深又快",
            "type 1 diabetic, vomiting and breathing deeply",
            "my sugar meter just says HI and I keep being sick",
        ],
    );
}

#[test]
fn after_the_water_or_the_sun_drowsiness_is_an_emergency() {
    assert_emergencies(
        &[
            "we went swimming and my ears feel blocked",
            "晒了一天太阳，皮肤有点红",
        ],
        &[
            "he was pulled out of the lake and is coughing",
            "孩子游泳呛了水，现在昏昏沉沉的",
            "在太阳底下干了一天活，人迷迷糊糊的",
        ],
    );
}

#[test]
fn chest_pain_like_a_band_and_a_scald_over_two_parts_of_the_body() {
    assert_emergencies(
        &[
            "my chest feels tight when I have a cold",
            "I spilt hot tea on my hand, it's a bit red",
        ],
        &[
            "a pain across my chest like a tight band",
            "胸口像被箍住一样疼",
            "she tipped boiling water over her chest and arms",
        ],
    );
}

#[test]
fn a_sticking_plaster_is_no_cast_and_coffee_is_no_drinking_problem() {
    let t = engine();
    let plaster = text(&t, "I cut my finger on a tin, I put a plaster on it");
    assert_ne!(plaster.department.as_deref(), Some("04.03"), "{plaster:?}");
    let coffee = text(&t, "my heart races when I drink too much coffee");
    assert_eq!(coffee.department.as_deref(), Some("03.04"), "{coffee:?}");
}

#[test]
fn blood_brought_up_and_a_belly_hard_as_rock() {
    assert_emergencies(
        &[
            "my poo is rock hard and my tummy aches",
            "大便有点带血，是痔疮吗",
            "I had a nosebleed and coughed a little",
        ],
        &[
            "I'm coughing up bright red blood",
            "there's blood in my vomit",
            "咳出来的都是鲜红的血",
            "吐的东西里有血，头晕",
            "terrible pain in my belly, it's rock hard",
        ],
    );
}

#[test]
fn a_baby_of_weeks_told_in_words_and_an_old_woman_with_no_water_passed() {
    assert_emergencies(
        &[
            "my baby is three weeks old and has a blocked nose",
            "奶奶85岁，拉肚子一天，精神还好",
        ],
        &[
            "my baby is three weeks old and feels hot to the touch",
            "宝宝出生三周，摸着很烫",
            "she's 85, has had diarrhoea for three days and hasn't passed water today",
            "奶奶85岁，上吐下泻三天，一天没小便",
        ],
    );
}

#[test]
fn a_tight_throat_after_a_sting_and_a_wish_to_die_said_of_someone_else() {
    assert_emergencies(
        &[
            "my throat feels tight when I'm anxious",
            "I was stung by a wasp, it's itchy",
        ],
        &[
            "I've been stung by a wasp and my throat feels tight",
            "my brother says he wants to die",
            "she keeps saying she will kill herself",
        ],
    );
}

#[test]
fn a_bent_limb_a_first_fit_wild_berries_and_legs_without_feeling() {
    assert_emergencies(
        &[
            "my wrist aches after typing all day",
            "my son ate blackberries from the shop, is that ok",
            "孩子吃了野果子，现在没什么不舒服",
            "my legs go numb when I sit cross-legged",
            "I fell over last week and grazed my knee",
        ],
        &[
            "she fell and her arm is bent at a strange angle",
            "摔了一跤，手腕变形了",
            "he had a fit for the first time ever",
            "my toddler ate wild berries and is throwing up",
            "孩子吃了野果子，一直吐",
            "he fell off a ladder and can't feel his legs",
            "从房顶上摔下来了",
            "my daughter put a battery in her ear",
        ],
    );
}

#[test]
fn a_narrow_airway_a_wish_to_harm_a_live_wire_and_a_nosebleed_that_will_not_stop() {
    assert_emergencies(
        &[
            "宝宝有痰，睡觉时喉咙呼噜呼噜的",
            "my son has a barking cough but breathes quietly",
            "I get the odd nosebleed when the air is dry",
            "胳膊像被电了一下，麻了一阵",
            "I'm afraid my words hurt people's feelings",
        ],
        &[
            "孩子吸气的时候嗓子里有怪声",
            "a high-pitched noise when he breathes in",
            "he hears voices telling him to harm his family",
            "他说要杀人",
            "孩子碰到电线被电了",
            "鼻血流了半个小时还止不住",
            "宝宝吐绿水",
            "a terrible headache and I'm seeing double",
        ],
    );
}

#[test]
fn a_faint_rash_is_no_faint_and_a_glass_of_wine_is_no_eye() {
    assert_emergencies(
        &[
            "My baby has a faint rash on her tummy",
            "a faint red line on my arm",
        ],
        &[
            "he has a faint pulse and is not responding",
            "she fainted at the bus stop",
        ],
    );
    assert_department(
        "03.02",
        &["My liver tests were raised and I drink two glasses of wine a night"],
        &[],
    );
}

#[test]
fn a_game_addiction_and_a_knocked_lip_are_no_poisoning_and_no_allergy() {
    assert_emergencies(
        &[
            "孩子玩手机游戏中毒了，一天玩七八个小时",
            "孩子磕到嘴唇了，嘴唇有点肿",
            "My son banged his lip on the table and it is swollen",
        ],
        &[
            "孩子喝了一口消毒液，中毒了",
            "吃了花生以后嘴唇肿了",
            "孩子磕到嘴唇了，嘴唇肿，现在喘不上气",
        ],
    );
    assert_department("11", &["我妈总说头里面嗡嗡的，像有虫子叫"], &[]);
    assert_department("03.02", &["吃饭老是噎着，要喝口水才能咽下去"], &[]);
    assert_department("11", &["嗓子里总觉得有东西，咽不下去也吐不出来"], &[]);
}

#[test]
fn teeth_are_no_teething_and_fainting_at_blood_is_a_fear() {
    // "teething" stems to "teeth": a baby-feeding word made "my teeth
    // hurt" a coin toss between Paediatrics and the dentist.
    assert_department("12", &["my teeth hurt"], &[]);
    assert_emergencies(
        &["I always pass out at the sight of blood and need a blood test"],
        &["My father just lost the words mid-sentence and his hand can't hold his cup"],
    );
}
