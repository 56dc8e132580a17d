//! A child's growth and development, and the body changing shape: a child
//! who does not answer to his name is no unconscious child, a face slowly
//! swelling in front of the ear no anaphylaxis; a baby fallen off a bed
//! and less and less lively, a pregnant face and hands swollen with a
//! headache, are emergencies. Early breasts in a girl of eight go to the
//! hormone or children's doctors (no breast surgeon), a round face with
//! thin limbs, hands and feet that grow, a leg thicker than the other,
//! clubbed fingers and a bunion to theirs.

use super::*;

#[test]
fn growth_and_shape_raise_the_alarm_when_they_should() {
    assert_emergencies(
        &[
            "孩子叫名字不理人，不看人眼睛",
            "My son doesn't respond to his name and won't make eye contact",
            "The side of my face in front of my ear is slowly swelling",
        ],
        &[
            "宝宝从床上摔下来以后一直吐，越来越没精神",
            "怀孕八个月，脸和手突然肿得厉害，头疼眼花",
        ],
    );
}

#[test]
fn growth_and_shape_find_their_clinic() {
    assert_department_among("女儿八岁乳房开始发育了", &["07", "03.07"]);
    assert_department_among(
        "My daughter is eight and her breasts are starting to develop",
        &["07", "03.07"],
    );
    assert_department_among("My son is three and still not toilet trained", &["07"]);
    assert_department_among("My son's legs are bowed", &["04.03", "07"]);
    assert_department("03.07", &["最近脸越来越圆，肚子也大了，腿反而细"], &[]);
    assert_department(
        "03.07",
        &["My hands and feet have grown, my rings don't fit and I need bigger shoes"],
        &[],
    );
    assert_department("04.01", &["两条腿不一样粗，左腿粗一些，好几个月了"], &[]);
    assert_department("03.01", &["手指头末端变粗变圆"], &[]);
    assert_department(
        "04.03",
        &["My big toe joint sticks out and the toe points inwards"],
        &[],
    );
    assert_department("04.01", &["屁股上有个包，越长越大"], &[]);
}
