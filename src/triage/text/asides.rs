//! Asides in Chinese that stand between a body part and what it does: a
//! simile ("胸口突然像被撕开一样疼", "后脚跟像踩了钉子一样疼") and a repeated
//! beat ("肚子一阵一阵绞着疼", "头一跳一跳地疼"). Their characters cost
//! nothing inside a phrasing's `*` gap, so the body part and its pain
//! still meet; what is said inside the aside can still be matched on its
//! own. An aside never runs past its clause.

/// Words that open a simile; it is one only when a closer follows.
const OPENERS: &[char] = &['像', '跟'];
/// Words that close a simile ("像针扎一样", "跟刀割似的", "如火烧一般"),
/// or a likeness to an earlier time ("又像上次那样压着疼"); the story reader
/// closes a likeness to an occasion with the same words.
pub(super) const CLOSERS: &[&str] = &["一样", "似的", "一般", "那样", "这样"];
/// The longest simile heard as an aside, opener and closer included; a
/// longer stretch is more likely a sentence of its own.
const MAX_SIMILE: usize = 12;

/// For each Chinese character (as `Prepared::chars` holds them: the
/// character, its byte offset, its clause), whether it lies in an aside.
pub(super) fn zh_asides(chars: &[(char, usize, usize)]) -> Vec<bool> {
    let mut aside = vec![false; chars.len()];
    for start in 0..chars.len() {
        if OPENERS.contains(&chars[start].0) {
            if let Some(end) = simile_end(chars, start) {
                aside[start..=end].iter_mut().for_each(|a| *a = true);
            }
        }
        if let Some(end) = repeated_beat_end(chars, start) {
            aside[start..=end].iter_mut().for_each(|a| *a = true);
        }
    }
    aside
}

/// The index of a simile's last character when one opens at `start`.
fn simile_end(chars: &[(char, usize, usize)], start: usize) -> Option<usize> {
    let clause = chars[start].2;
    let last = (start + MAX_SIMILE - 1).min(chars.len().saturating_sub(1));
    (start + 2..=last)
        .take_while(|&i| chars[i].2 == clause)
        .find(|&i| {
            CLOSERS.iter().any(|closer| {
                let mut closer = closer.chars();
                closer.next() == Some(chars[i - 1].0) && closer.next() == Some(chars[i].0)
            })
        })
}

/// "一阵一阵", "一跳一跳地", "一抽一抽的": the index of the beat's last
/// character (its 地 or 的 included) when one starts at `start`.
fn repeated_beat_end(chars: &[(char, usize, usize)], start: usize) -> Option<usize> {
    let window = chars.get(start..start + 4)?;
    let clause = window[0].2;
    let beat = window[0].0 == '一'
        && window[2].0 == '一'
        && window[1].0 != '一'
        && window[1].0 == window[3].0
        && window.iter().all(|w| w.2 == clause);
    if !beat {
        return None;
    }
    let particle = chars
        .get(start + 4)
        .is_some_and(|n| n.2 == clause && (n.0 == '地' || n.0 == '的'));
    Some(start + 3 + usize::from(particle))
}

#[cfg(test)]
mod tests {
    /// The text's Chinese characters as prepared for matching, each shown
    /// where it lies in an aside and `_` elsewhere (commas are dropped).
    fn asides(text: &str) -> String {
        let input = super::super::Normaliser::default().prepare(text);
        input
            .chars
            .iter()
            .zip(&input.aside)
            .map(|((c, ..), a)| if *a { *c } else { '_' })
            .collect()
    }

    #[test]
    fn a_closed_simile_and_a_repeated_beat_are_asides() {
        assert_eq!(asides("胸口突然像被撕开一样疼"), "____像被撕开一样_");
        assert_eq!(asides("头一跳一跳地疼"), "_一跳一跳地_");
        assert_eq!(asides("肚子一阵一阵绞着疼"), "__一阵一阵___");
        assert_eq!(asides("脚底跟针扎似的"), "__跟针扎似的");
        assert_eq!(asides("胸口又像上次那样压着疼"), "___像上次那样___");
    }

    #[test]
    fn an_open_simile_or_one_across_a_comma_is_no_aside() {
        assert_eq!(asides("长得像我爸"), "_____");
        assert_eq!(asides("跟老伴吵了一架"), "_______");
        assert_eq!(asides("像针扎，一样疼"), "______");
        assert_eq!(asides("一天一次"), "____");
    }
}
