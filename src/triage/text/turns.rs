//! Where a story turns to now ("糖尿病好几年了，现在嘴歪了", "I've had
//! diabetes for years and now my face is drooping"): what was said before
//! the turn (a sign "for years", a check that found nothing) speaks for
//! what came before it, not for a sign told after it. Offsets are bytes of
//! the folded text, each where its turn word starts.

use super::stands_alone;

/// Chinese words that bring a story to now or to these days. "突然" and
/// "suddenly" are none: "经常会突然口吐白沫" is a pattern.
const ZH_TURNS: &[&str] = &[
    "现在",
    "今天",
    "刚才",
    "刚刚",
    "这两天",
    "这几天",
    "今早",
    "今晚",
];
/// English words that do, each standing alone.
const EN_TURNS: &[&str] = &["now", "today", "tonight", "this morning"];

/// The start of every turn to now in folded `text`, in order.
pub(in crate::triage) fn now_turns(text: &str) -> Vec<usize> {
    let zh = ZH_TURNS
        .iter()
        .flat_map(|w| text.match_indices(w).map(|(i, _)| i));
    let en = EN_TURNS.iter().flat_map(|w| {
        text.match_indices(w)
            .filter(|(i, m)| stands_alone(text, *i, m.len()))
            .map(|(i, _)| i)
    });
    let mut turns: Vec<usize> = zh.chain(en).collect();
    turns.sort_unstable();
    turns
}

#[cfg(test)]
mod tests {
    use super::now_turns;

    #[test]
    fn a_turn_to_now_is_found_where_it_stands_alone() {
        assert_eq!(
            now_turns("糖尿病好几年了，现在嘴歪了"),
            ["糖尿病好几年了，".len()]
        );
        let told = "i've had diabetes for years and now my face droops";
        assert_eq!(now_turns(told), [told.find("now").unwrap_or_default()]);
        // "know" and "snow" are no "now".
        assert!(now_turns("i know it snowed").is_empty());
    }
}
