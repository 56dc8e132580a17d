//! After a test or a procedure, and pain told by where it spreads: a bruise
//! where blood was taken, a lump after fillers and a headache after a
//! lumbar puncture find their clinics, and pallor with a cold sweat after a
//! biopsy or a scope is an emergency while a sore throat after one is not.
//! Diarrhoea with new muddle, or too dry to stand, is an emergency unless
//! the muddle is a dementia already known; pain from the loin into the
//! groin is a stone's, and with a fever an emergency; a toothache that
//! reaches the head stays the dentist's.

use super::*;

#[test]
fn after_a_procedure_the_alarm_is_shock_not_the_procedure() {
    assert_emergencies(
        &[
            "做完胃镜嗓子有点疼",
            "After the biopsy the spot is a little sore",
            "I've been passing blood in my urine",
        ],
        &[
            "做完肾穿刺，现在脸色苍白，浑身冷汗",
            "After the biopsy I went pale and clammy",
            "After my colonoscopy I'm passing blood and I'm too weak to stand",
        ],
    );
}

#[test]
fn what_a_procedure_leaves_finds_its_clinic() {
    assert_department(
        "02",
        &[
            "输完液手背青了一块",
            "My arm is bruised where they took blood yesterday",
        ],
        &[],
    );
    assert_department(
        "13",
        &[
            "打了肉毒以后额头有点僵",
            "I had fillers in my lips and there's a small lump",
        ],
        &[],
    );
    assert_department("10", &["近视做激光以后眼睛干"], &[]);
    assert_department(
        "04.04",
        &["I had lithotripsy last week and there's blood in my urine"],
        &[],
    );
    assert_department("03.03", &["腰椎穿刺后头疼，躺着好一点"], &[]);
    assert_department(
        "11",
        &["A sore nose and a bit of blood since the nasal endoscopy"],
        &[],
    );
    assert_department(
        "05.01",
        &[
            "我们俩结婚三年一直怀不上",
            "We haven't been able to get pregnant for two years",
        ],
        &[],
    );
}

#[test]
fn diarrhoea_with_new_muddle_or_too_dry_to_stand_is_an_emergency() {
    assert_emergencies(
        &[
            "老年痴呆好几年了，平时就糊涂，这两天有点拉肚子",
            "Mum has dementia and has had diarrhoea since yesterday",
        ],
        &[
            "老人拉肚子两天，现在说胡话",
            "My father has had diarrhoea for two days and now he's confused",
            "拉肚子三天，尿很少，站不起来了",
        ],
    );
}

#[test]
fn pain_that_spreads_is_read_by_where_it_goes() {
    assert_emergencies(
        &[
            "Pain from my loin into my groin",
            "My neck is stiff, it's rigid",
        ],
        &[
            "肾结石，腰疼窜到大腿根，发烧三十九度",
            "Pain from my loin into my groin and I'm shivering with a fever",
            "My headache exploded suddenly",
            "Terrible belly pain since this morning, now it's rigid",
        ],
    );
    assert_department("04.04", &["Pain from my loin into my groin"], &[]);
    assert_department("12", &["牙疼扯着头都疼"], &[]);
    assert_department("11", &["鼻子两侧胀痛"], &[]);
    assert_department("03.02", &["My stools are loose"], &[]);
    assert_department(
        "05.01",
        &["I get cramps, worse before my period"],
        &["My migraines are worse before my period"],
    );
}
