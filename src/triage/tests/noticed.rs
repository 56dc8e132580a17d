//! School-age children told by their parents and teachers, and what was
//! noticed by chance: a child thirsty, thin, vomiting and slow to answer is
//! a diabetic emergency, one leg red and hot with a short breath a clot, a
//! pencil's stab no assault, a crooked mouth "for years" no stroke; uneven
//! creases on a baby's thighs, a swelling that moves on swallowing, a dark
//! line up a nail and a child who cries before school find their clinic.

use super::*;

#[test]
fn what_was_noticed_by_chance_raises_the_alarm_when_it_should() {
    assert_emergencies(
        &[
            "A boy at school stabbed my daughter's arm with a pencil, there's a dot of lead",
            "My friend says my smile has been lopsided for years",
        ],
        &[
            "女儿最近特别能喝水，今天一直吐，叫她反应很慢",
            "One leg red and hot and I'm short of breath",
            "I went to the toilet and the bowl was full of blood, I feel faint",
        ],
    );
}

#[test]
fn what_was_noticed_by_chance_finds_its_clinic() {
    assert_department_among("宝宝两边大腿的纹路不对称", &["04.03", "07"]);
    assert_department_among("My baby's thigh creases are uneven", &["04.03", "07"]);
    assert_department("03.07", &["脖子前面鼓起来一块"], &[]);
    assert_department_among(
        "There's a lump at the front of my neck that moves when I swallow",
        &["03.07", "04.01"],
    );
    assert_department(
        "13",
        &[
            "指甲上有一条黑线",
            "A dark line has appeared down my thumbnail",
        ],
        &[],
    );
    assert_department_among("孩子一提上学就哭", &["15", "07"]);
    assert_department("03.02", &["照镜子发现眼白有点黄"], &[]);
    assert_department(
        "03.03",
        &["My husband says my legs keep kicking in my sleep"],
        &[],
    );
}
