//! Home devices and the numbers they show: a snorer's watch that saw the
//! oxygen dip at night is sleep apnoea, not a lung failing now; a pulse
//! oximeter is no pulse; a home doppler's heartbeat is a baby not yet born;
//! a positive pregnancy test is a pregnancy (and with one-sided pain,
//! bleeding and faintness an ectopic one).

use super::*;

#[test]
fn a_snorers_oxygen_dipping_at_night_is_sleep_apnoea() {
    assert_emergencies(
        &[
            "睡觉打呼噜，手环说夜里血氧最低到百分之八十八",
            "I snore and my watch says my oxygen drops to 88 at night",
        ],
        &[
            "血氧仪显示八十五，喘不上气，嘴唇发紫",
            "The oximeter says 84 and I can't catch my breath, my lips look blue",
            // Below 88 even a snorer is sent.
            "I snore and tonight the oximeter says 80",
        ],
    );
    // Sleep apnoea: the ear, nose and throat doctors or the lung doctors.
    assert_department_among(
        "I snore and my watch says my oxygen drops to 88 at night",
        &["11", "03.01"],
    );
}

#[test]
fn what_a_device_shows_goes_to_the_clinic_that_reads_it() {
    assert_department(
        "03.01",
        &["The pulse oximeter says 96 percent, is that normal?"],
        &[],
    );
    assert_department(
        "05.02",
        &[
            "The home doppler picks up the baby's heartbeat at 145, is that ok?",
            "家里的验孕棒两道杠，一深一浅，要去医院确认吗",
        ],
        &[],
    );
    assert_department(
        "03.07",
        &[
            "The urine dipsticks I bought show sugar",
            "My bathroom scales say my body fat is 35 percent",
        ],
        &[],
    );
    assert_department(
        "07",
        &["孩子用额温枪测总是三十七度多，腋下测是三十六度八"],
        &[],
    );
    assert_department(
        "15",
        &[
            "智能手表说我睡眠质量差，深睡只有半小时",
            "My smartwatch says I only get 40 minutes of deep sleep a night",
        ],
        &[],
    );
}

#[test]
fn a_positive_test_with_one_sided_pain_and_bleeding_is_an_ectopic() {
    assert_emergencies(
        &["验孕棒阳性，想知道怀孕几周了"],
        &["验孕棒阳性，现在一侧肚子剧痛，下面出血，头晕"],
    );
}
