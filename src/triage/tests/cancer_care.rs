//! Patients under treatment for cancer: what chemotherapy, radiotherapy or
//! a late stage brings (sickness, constipation, pain) is the oncologists';
//! a stoma's skin the surgeons'. The emergencies: a fever on chemotherapy,
//! legs gone weak with no water passed (the cord pressed), a liver cancer
//! or any cancer and hard to rouse.

use super::*;

#[test]
fn what_cancer_treatment_brings_is_the_oncologists() {
    assert_department(
        "19",
        &[
            "化疗后恶心吃不下饭",
            "我爸肝癌晚期，疼得睡不着，想开点止痛药",
            "吃了止痛药以后老是想睡觉，有点便秘，我是癌症病人",
            "Drowsy and constipated on the morphine for my cancer",
            "Constipated since my chemo",
        ],
        &["家里有癌症病人，我最近心情很差睡不着"],
    );
    assert_department(
        "04.01",
        &[
            "肠癌术后造口周围皮肤发红",
            "The skin round my stoma is sore",
        ],
        &[],
    );
}

#[test]
fn the_emergencies_of_cancer() {
    assert_emergencies(
        &[
            "肿瘤病人，最近老是想睡觉",
            "He has cancer and his legs are a bit weak after the long trip",
        ],
        &[
            "骨转移的病人，这两天两条腿突然没劲，站不起来，小便也解不出来",
            "He has cancer in his spine and now his legs have gone weak and he can't pass water",
            "肝癌病人，今天肚子越来越大，人迷迷糊糊叫不太醒",
            "He has liver cancer and he's drowsy and hard to wake",
            "肿瘤病人，叫不太醒",
        ],
    );
}
