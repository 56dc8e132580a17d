//! Matching tests: stems, filler words, gaps, negation, folding.

use super::*;

pub(super) fn hit(phrase: &str, text: &str) -> Option<Hit> {
    let n = Normaliser::default();
    n.compile(
        phrase,
        crate::lang::Lang::detect(phrase) == crate::lang::Lang::Zh,
    )
    .find(&n.prepare(text))
}

#[test]
fn english_matches_through_stemming_and_filler_words() {
    assert!(hit("cough", "I have been coughing all night").is_some());
    assert!(
        hit("chest pain", "pains in my chest").is_none(),
        "word order matters"
    );
    assert!(hit("chest pain", "a sharp chest pain").is_some());
    assert!(hit("chest tight", "my chest feels tight").is_some());
    assert!(hit("pain * urinate", "pain when I urinate").is_some());
}

#[test]
fn chinese_matches_characters_and_gaps() {
    assert_eq!(hit("咳嗽", "老是咳嗽,晚上更厉害").unwrap().surface, "咳嗽");
    assert_eq!(hit("胸*痛", "胸口剧痛").unwrap().surface, "胸口剧痛");
    assert!(
        hit("胸*痛", "胸口,手也痛").is_none(),
        "a gap does not cross a comma"
    );
    assert!(
        hit("胸*痛", "胸不痛").is_none(),
        "a negation inside the gap breaks it"
    );
}

#[test]
fn a_simile_or_a_repeated_beat_costs_a_gap_nothing() {
    assert!(hit("胸口*疼", "胸口突然像被撕开一样疼").is_some());
    assert!(hit("肚子*疼", "肚子一阵一阵绞着疼").is_some());
    assert!(hit("头*疼", "头一跳一跳地疼").is_some());
    assert!(
        hit("胸口*疼", "胸口突然像是被撕开了还疼").is_none(),
        "a simile that never closes is no aside"
    );
    // "那样" closes a likeness as "一样" does.
    assert!(hit("胸口*疼", "胸口突然像被撕开了那样子疼").is_some());
    assert!(
        hit("胸口*疼", "胸口像被撕开一样不疼").is_none(),
        "a negation still breaks the gap"
    );
    assert!(
        hit("胸口疼", "胸口像针扎一样疼").is_none(),
        "without a gap the words must still touch"
    );
}

#[test]
fn full_width_letters_fold() {
    assert_eq!(fold("ＣＴ　检查"), "ct 检查");
}

#[test]
fn traditional_characters_fold_to_simplified() {
    assert_eq!(fold("懷孕測試，頭痛"), "怀孕测试,头痛");
    assert!(hit("头痛", "我頭痛得厲害").is_some());
    // Simplified text and everything else pass through unchanged.
    assert_eq!(fold("怀孕 fever 3号"), "怀孕 fever 3号");
}

#[test]
fn a_negated_match_gives_way_to_a_plain_one() {
    let h = hit("fever", "no fever yesterday, but today a fever").unwrap();
    assert!(!h.negated);
}

#[test]
fn a_quoted_phrasing_is_matched_word_for_word_filler_words_included() {
    let h = hit("\"end it all\"", "he says he's going to end it all").unwrap();
    assert_eq!(h.surface, "end it all");
    assert!(hit("\"end it all\"", "at the end of it all").is_none());
    assert!(hit("\"end it all\"", "the end, it was all fine").is_none());
    assert!(hit("\"being sick\"", "I keep being sick").is_some());
    assert!(
        hit("\"being sick\"", "being really sick").is_none(),
        "no word may come between unless a '*' allows it"
    );
    assert!(hit("\"being * sick\"", "being really sick").is_some());
    // Words that count still match through their stems.
    assert!(hit("\"ending it all\"", "I want to end it all").is_some());
}

#[test]
fn a_quoted_phrasing_is_negated_like_any_other() {
    assert!(
        hit("\"end it all\"", "he would never end it all")
            .unwrap()
            .negated
    );
    assert!(!hit("\"being sick\"", "I am being sick").unwrap().negated);
}

#[test]
fn only_a_phrasing_in_quotes_keeps_its_filler_words() {
    let n = Normaliser::default();
    assert_eq!(n.shrinks_to_one_word("end it all").as_deref(), Some("end"));
    assert_eq!(n.shrinks_to_one_word("\"end it all\""), None);
    assert_eq!(
        n.literal_fault("\"it is all\""),
        Some("has only filler words")
    );
    assert!(n.literal_fault("\"it * sick\"").is_some());
    assert_eq!(n.literal_fault("\"being sick\""), None);
    assert_eq!(n.literal_fault("end it all"), None);
}

#[test]
fn what_did_not_appear_or_was_not_found_is_denied() {
    assert!(hit("过敏", "吃其他药没有出现过敏现象").unwrap().negated);
    assert!(hit("过敏源", "没有发现过敏源").unwrap().negated);
    assert!(hit("肿大", "淋巴结未见肿大").unwrap().negated);
    // A sign that did appear, or one the finding is not about, stands.
    assert!(!hit("过敏", "下午出现全身过敏").unwrap().negated);
    assert!(!hit("抽搐", "看见他抽搐了").unwrap().negated);
    assert!(!hit("胸痛", "没有发现原因，又出现胸痛").unwrap().negated);
}
