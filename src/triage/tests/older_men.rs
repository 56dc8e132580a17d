//! An older man's complaints told plainly: the night's trips to the toilet,
//! a thin stream, "那方面不行", a groin bulge that goes when he lies down,
//! calves that make him stop and rest, a thickening neck. A day without
//! passing urine, with a belly "bursting" or clots, is an emergency.

use super::*;

#[test]
fn an_older_mans_plain_words_find_his_clinic() {
    assert_department(
        "04.04",
        &[
            "我六十五了，晚上要起来尿三四次",
            "尿尿越来越细，要等半天才尿出来",
            "老伴说我最近那方面不行了",
            "my stream is getting weaker and I have to wait ages to start",
            "my wife says I'm not managing in the bedroom any more",
        ],
        &["my mouth is always dry, I'm drinking and peeing a lot"],
    );
    assert_department(
        "04.01",
        &[
            "右边大腿根鼓出来一个包，躺下就没了",
            "走一段路小腿就疼，歇一会儿又能走",
            "my calves hurt after walking a little way, then I can go on after a rest",
        ],
        &["I need a rest after work, then I can go on"],
    );
    assert_department(
        "03.02",
        &["我戒酒好几年了，肝功能想复查一下"],
        &["想戒酒，控制不住自己"],
    );
    assert_department(
        "03.07",
        &[
            "脖子粗了一圈，领子扣不上",
            "my neck has got thicker and my collar won't do up",
        ],
        &[],
    );
}

#[test]
fn a_day_without_passing_urine_is_an_emergency() {
    assert_emergencies(
        &[
            "一天没尿尿，是不是喝水太少了",
            "cramps in my legs at night several times a week",
        ],
        &[
            "一天没尿出来了，肚子胀得难受",
            "I haven't been able to pee all day and my belly is bursting",
            "my urine is full of clots and now nothing will come out",
        ],
    );
}

#[test]
fn a_clinic_asked_for_by_name_is_given() {
    assert_department(
        "07",
        &[
            "where do children get their vaccinations",
            "my baby is 10 weeks old, when should she have her vaccines?",
        ],
        &[
            "想打宫颈癌疫苗",
            "小时候被狗咬过，打过疫苗，现在又被邻居家的猫抓了一下，需要再打疫苗吗",
        ],
    );
    assert_department(
        "15",
        &["I'd like to talk to a counsellor, where do I go"],
        &[],
    );
    assert_department(
        "04.03",
        &[
            "手上长了个腱鞘囊肿，挂什么科",
            "my tailbone hurts when I've been sitting a while",
        ],
        &[],
    );
}
