//! Ages stated in a complaint ("5 years old", "三岁", "8个月大"): a child is
//! sent to paediatrics, and family words alone ("my son is 30") are not.

/// An age stated in the complaint: "5 years old", "my 3-year-old", "8 months",
/// "3岁", "三岁", "8个月". Months count as age 0.
pub(super) fn stated_age(text: &str) -> Option<u32> {
    let lower = text.to_lowercase();
    let chars: Vec<char> = lower.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let (n, len) = number_at(&chars[i..]);
        if len == 0 {
            i += 1;
            continue;
        }
        let rest: String = chars[i + len..].iter().take(12).collect::<String>();
        let rest = rest.trim_start_matches([' ', '-']);
        if rest.starts_with('岁') || rest.starts_with("周岁") {
            return Some(n);
        }
        // "8个月大", "3 weeks old": a baby. "怀孕七个月", "20 weeks pregnant": not.
        let baby_units = [
            "个月大",
            "个月的",
            "天大",
            "周大",
            "months old",
            "month old",
            "weeks old",
            "week old",
            "days old",
            "month-old",
            "week-old",
            "day-old",
        ];
        // "一个月大概四个小时" is "about", not an age.
        if baby_units.iter().any(|u| rest.starts_with(u)) && !rest.starts_with("个月大概") {
            return Some(0);
        }
        // "5 years old", "a 3-year-old": an age. "3 years ago": not.
        let year_units = [
            "years old",
            "year old",
            "year-old",
            "yrs old",
            "yr old",
            "yo ",
        ];
        if year_units.iter().any(|u| rest.starts_with(u)) {
            return Some(n);
        }
        i += len;
    }
    None
}

/// A number at the start of `chars`, in digits or simple Chinese numerals.
fn number_at(chars: &[char]) -> (u32, usize) {
    let digits: String = chars.iter().take_while(|c| c.is_ascii_digit()).collect();
    if !digits.is_empty() {
        return (digits.parse().unwrap_or(u32::MAX), digits.chars().count());
    }
    let zh = |c: char| {
        "零一二两三四五六七八九"
            .chars()
            .position(|d| d == c)
            .map(|p| {
                if p >= 3 {
                    p as u32 - 1
                } else if p == 2 {
                    2
                } else {
                    p as u32
                }
            })
    };
    let mut value = 0;
    let mut len = 0;
    for &c in chars.iter().take(3) {
        if c == '十' {
            value = if len == 0 { 10 } else { value * 10 };
            len += 1;
        } else if let Some(d) = zh(c) {
            value = if len > 0 && value % 10 == 0 && value >= 10 {
                value + d
            } else {
                value * 10 + d
            };
            len += 1;
        } else {
            break;
        }
    }
    (value, len)
}
