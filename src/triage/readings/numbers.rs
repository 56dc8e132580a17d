//! Numbers as patients write or say them: digits with a decimal point
//! ("38.5") and Chinese numerals ("三十八点五", "一百八", "两百"), where a
//! lone numeral starting a word ("一直", "两天", "有一点") is no number.

/// The value of one Chinese digit ("零" to "九", and "两" for two).
pub(in crate::triage) fn zh_digit(c: char) -> Option<u32> {
    "零一二三四五六七八九"
        .chars()
        .position(|d| d == c)
        .map(|p| p as u32)
        .or((c == '两').then_some(2))
}

/// A number starting at byte `at`: digits with a decimal point ("38.5"), or
/// Chinese numerals ("三十八点五", "一百八", "两百"). Returns the value and
/// where it ends.
pub(super) fn number_at(text: &str, at: usize) -> Option<(f64, usize)> {
    let rest = &text[at..];
    let digits = rest
        .char_indices()
        .take_while(|(i, c)| {
            c.is_ascii_digit()
                || (*c == '.' && *i > 0 && rest[i + 1..].starts_with(|d: char| d.is_ascii_digit()))
        })
        .last()
        .map(|(i, c)| i + c.len_utf8());
    if let Some(len) = digits {
        return rest[..len].parse().ok().map(|v| (v, at + len));
    }
    zh_number_at(text, at)
}

/// Chinese numerals: "三十九", "一百八" (180), "一百零五", "两百", and a
/// decimal after "点" ("三十八点五").
fn zh_number_at(text: &str, at: usize) -> Option<(f64, usize)> {
    let mut value: u32 = 0;
    // A digit not yet given its unit, and where it starts.
    let mut digit: Option<(u32, usize)> = None;
    let mut last_unit = u32::MAX;
    let mut end = at;
    for (i, c) in text[at..].char_indices() {
        let here = at + i;
        if c == '零' {
            // "一百零五": a place holder.
        } else if let Some(d) = zh_digit(c) {
            // "一二": two digits in a row start a second number.
            if digit.is_some() {
                break;
            }
            digit = Some((d, here));
        } else if c == '十' || c == '百' {
            let unit = if c == '十' { 10 } else { 100 };
            // Units fall within one number; one that does not begins the
            // next, with the digit before it: "一百二十|八十" is 120 and 80.
            if unit >= last_unit {
                if let Some((_, start)) = digit.take() {
                    end = start;
                }
                break;
            }
            value += digit.take().map_or(1, |(d, _)| d) * unit;
            last_unit = unit;
        } else {
            break;
        }
        end = here + c.len_utf8();
    }
    let digit = digit.map(|(d, _)| d);
    if end == at {
        return None;
    }
    // "一直", "两天", "三次": a lone numeral starting a word is no value.
    let lone = text[at..end].chars().count() == 1;
    let word_follows = text[end..]
        .chars()
        .next()
        .is_some_and(|c| crate::lang::is_cjk(c) && !"点多度左个秒".contains(c));
    if lone && word_follows {
        return None;
    }
    // "有一点", "略高一点": a little, not one.
    let after_point = text[end..].strip_prefix('点');
    if lone
        && after_point.is_some_and(|rest| {
            !rest.starts_with(|c: char| c.is_ascii_digit() || zh_digit(c).is_some())
        })
    {
        return None;
    }
    // "一百八" is 180: a lone digit after 百 stands for tens.
    if let Some(d) = digit.filter(|_| end > at) {
        value += if last_unit == 100 && !text[at..end].contains('零') {
            d * 10
        } else {
            d
        };
    }
    let mut number = f64::from(value);
    if text[end..].starts_with('点') {
        let after = end + '点'.len_utf8();
        if let Some(c) = text[after..].chars().next() {
            if let Some(d) = zh_digit(c).or_else(|| c.to_digit(10)) {
                number += f64::from(d) / 10.0;
                end = after + c.len_utf8();
            }
        }
    }
    Some((number, end))
}
