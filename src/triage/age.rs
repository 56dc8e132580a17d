//! Ages stated in a complaint ("5 years old", "三岁", "8个月大"): a child is
//! sent to paediatrics, and family words alone ("my son is 30") are not.

use super::readings::numbers::zh_digit;
use super::text::clause_start;

/// An age stated in a complaint: whole years, and for a baby also roughly
/// in days, so a baby under three months is known from "两个月大" or
/// "6 weeks old" as well as from "newborn".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Age {
    pub years: u32,
    pub days: Option<u32>,
}

impl Age {
    /// Under three months: a fever is then an emergency.
    pub fn young_infant(self) -> bool {
        self.days.is_some_and(|d| d < 90)
    }
}

/// The age in years stated in the complaint: "5 years old", "my
/// 3-year-old", "8 months", "3岁", "三岁", "8个月". Months count as age 0.
#[cfg(test)]
pub(super) fn stated_age(text: &str) -> Option<u32> {
    stated(text).map(|a| a.years)
}

/// The age stated in the complaint (see [`stated_age`]).
pub(super) fn stated(text: &str) -> Option<Age> {
    let lower = text.to_lowercase();
    let chars: Vec<char> = lower.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let word_start = i == 0 || !chars[i - 1].is_alphabetic();
        let (n, len) = match number_at(&chars[i..]) {
            (_, 0) if word_start => english_number_at(&chars[i..]),
            found => found,
        };
        // "第二天", "第三个月" count days and months of a story, not an age.
        let ordinal = i > 0 && chars[i - 1] == '第';
        if len == 0 || ordinal {
            i += len.max(1);
            continue;
        }
        let rest: String = chars[i + len..].iter().take(12).collect::<String>();
        let rest = rest.trim_start_matches([' ', '-']);
        if rest.starts_with('岁') || rest.starts_with("周岁") {
            return Some(Age {
                years: n,
                days: None,
            });
        }
        // "8个月大", "3 weeks old": a baby. "怀孕七个月", "20 weeks pregnant": not.
        // Each with the days it stands for.
        let baby_units = [
            ("个月大", 30),
            ("个月的", 30),
            ("天大", 1),
            ("周大", 7),
            ("months old", 30),
            ("month old", 30),
            ("weeks old", 7),
            ("week old", 7),
            ("days old", 1),
            ("month-old", 30),
            ("week-old", 7),
            ("day-old", 1),
        ];
        // "一个月大概四个小时" is "about", not an age; "用了四个月的药" is how
        // long, and "四个月的宝宝" is an age.
        if let Some((_, days)) = baby_units
            .iter()
            .find(|(u, _)| rest.starts_with(u))
            .filter(|(u, _)| !big_word_follows(&rest[u.len()..], u))
            .filter(|_| !thing_is_aged(&chars[..i]))
            .filter(|(u, _)| {
                *u != "个月的" || BABY_WORDS.iter().any(|w| rest[u.len()..].starts_with(w))
            })
        {
            return Some(Age {
                years: 0,
                days: Some(n.saturating_mul(*days)),
            });
        }
        // "宝宝20天，发烧", "宝宝45天发烧": a number of days, weeks or months
        // right after the baby is its age. "宝宝3天没拉" is not.
        if let Some(days) = age_after_baby(&chars[..i], n, rest) {
            return Some(Age {
                years: 0,
                days: Some(n.saturating_mul(days)),
            });
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
        if year_units.iter().any(|u| rest.starts_with(u)) || person_is_aged(&chars[..i], rest) {
            return Some(Age {
                years: n,
                days: None,
            });
        }
        i += len;
    }
    None
}

/// "My caesarean scar is two months old", "the tattoo is 3 weeks old": the
/// age of a thing the clause names, not of a baby.
fn thing_is_aged(before: &[char]) -> bool {
    const THINGS: &[&str] = &[
        "scar",
        "wound",
        "cut",
        "stitches",
        "tattoo",
        "piercing",
        "filling",
        "crown",
        "implant",
        "cast",
        "fracture",
        "injury",
        "bruise",
        "burn",
        "graze",
        "operation",
        "surgery",
    ];
    let before: String = before.iter().collect();
    before[clause_start(&before, before.len())..]
        .split(|c: char| !c.is_alphabetic())
        .any(|w| THINGS.contains(&w))
}

/// "My husband is 70, …", "she's 85 and …": a bare number after a person
/// and "is", ending its clause, is their age. "Her temperature is 39" and
/// "I'm 30 weeks" are not: the word before is no person, or a unit follows.
fn person_is_aged(before: &[char], rest: &str) -> bool {
    const PEOPLE: &[&str] = &[
        "husband",
        "wife",
        "mum",
        "mom",
        "mother",
        "dad",
        "father",
        "grandad",
        "granddad",
        "grandpa",
        "grandma",
        "granny",
        "nan",
        "neighbour",
        "neighbor",
        "partner",
        "friend",
        "uncle",
        "aunt",
        "son",
        "daughter",
        "he",
        "she",
        "i",
    ];
    let before: String = before.iter().collect();
    let Some(head) = ["is ", "'s ", "’s ", "am ", "'m ", "’m "]
        .iter()
        .find_map(|v| before.strip_suffix(v))
    else {
        return before.ends_with("aged ");
    };
    let person = head
        .trim_end()
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .is_some_and(|w| PEOPLE.contains(&w));
    let ends = rest.is_empty()
        || rest.starts_with(|c: char| super::text::is_clause_break(c))
        || ["and ", "now", "but ", "with ", "who ", "this ", "today"]
            .iter()
            .any(|w| rest.starts_with(w));
    person && ends
}

/// Whether the "大" that ends a baby unit ("3天大", "8个月大") begins a
/// word of its own instead: "这两天大腿疼" is a thigh, "一个月大概" about,
/// "三天大便一次" the bowels.
fn big_word_follows(after: &str, unit: &str) -> bool {
    const BIG_WORDS: &[char] = &[
        '腿', '便', '小', '哭', '叫', '汗', '口', '量', '出', '片', '概', '块', '面', '声', '笑',
        '吐', '喘', '拇', '脑', '肠', '多', '于', '约', '姨', '部',
    ];
    unit.ends_with('大') && after.chars().next().is_some_and(|c| BIG_WORDS.contains(&c))
}

/// Words for a baby that an age may follow directly ("宝宝20天").
const BABY_WORDS: &[&str] = &[
    "宝宝",
    "婴儿",
    "新生儿",
    "孩子",
    "宝贝",
    "女儿",
    "儿子",
    "小孩",
    "闺女",
];

/// The days one unit stands for, when `before` ends with a baby word and
/// `rest` (what follows the number `n`) is a unit that ends its clause or
/// comes right before a complaint, not before how long or how often.
fn age_after_baby(before: &[char], n: u32, rest: &str) -> Option<u32> {
    let before: String = before.iter().collect();
    let word = BABY_WORDS.iter().find(|w| before.ends_with(*w))?;
    // "生完孩子一个月了" is how long since the birth, told by the mother.
    let by = before[..before.len() - word.len()].chars().next_back();
    if by.is_some_and(|c| "生完了怀要".contains(c)) {
        return None;
    }
    let (unit, days) = [("个多月", 30), ("个月", 30), ("天", 1), ("周", 7)]
        .into_iter()
        .find(|(u, _)| rest.starts_with(u))?;
    let after = rest[unit.len()..].trim_start_matches('了');
    let ends = after
        .chars()
        .next()
        .is_none_or(|c| super::text::is_clause_break(c) || c.is_whitespace());
    // "宝宝45天发烧", "宝宝一个月发烧了": an age right before a complaint.
    // "宝宝3天没拉", "3天了", "3天一直哭", "一天拉五次" tell how long or how often.
    // (`after` has lost its "了", so "3天了" is told by `rest`.)
    let how_long = after.starts_with(['没', '不', '未', '都', '一', '还', '内', '里'])
        || rest[unit.len()..].starts_with('了');
    let per_day = unit == "天" && n == 1;
    (ends || !(how_long || per_day)).then_some(days)
}

/// Numbers written as English words ("three weeks old", "an eighty-five
/// year old"): units and tens, joined by a hyphen or a space.
const ENGLISH_UNITS: [&str; 19] = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const ENGLISH_TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// A number written as a word at the start of `chars`, which must start a
/// word: "three" in "three weeks", not "one" in "someone" or "tens".
fn english_number_at(chars: &[char]) -> (u32, usize) {
    let word = |chars: &[char]| -> Option<(u32, usize)> {
        let starts = |w: &str| {
            let n = w.chars().count();
            chars.len() >= n
                && chars.iter().zip(w.chars()).all(|(a, b)| *a == b)
                && !chars.get(n).is_some_and(|c| c.is_alphabetic())
        };
        let unit = ENGLISH_UNITS.iter().zip(1..).find(|(w, _)| starts(w));
        let tens = ENGLISH_TENS.iter().zip(2..).find(|(w, _)| starts(w));
        unit.map(|(w, n)| (n, w.len()))
            .or(tens.map(|(w, n)| (n * 10, w.len())))
    };
    let Some((value, len)) = word(chars) else {
        return (0, 0);
    };
    // "eighty-five", "twenty one".
    if value >= 20 && matches!(chars.get(len), Some('-' | ' ')) {
        if let Some((unit, more)) = word(&chars[len + 1..]).filter(|(u, _)| *u < 10) {
            return (value + unit, len + 1 + more);
        }
    }
    (value, len)
}

/// A number at the start of `chars`, in digits or simple Chinese numerals.
fn number_at(chars: &[char]) -> (u32, usize) {
    let digits: String = chars.iter().take_while(|c| c.is_ascii_digit()).collect();
    if !digits.is_empty() {
        return (digits.parse().unwrap_or(u32::MAX), digits.chars().count());
    }
    let mut value = 0;
    let mut len = 0;
    for &c in chars.iter().take(3) {
        if c == '十' {
            value = if len == 0 { 10 } else { value * 10 };
            len += 1;
        } else if let Some(d) = zh_digit(c) {
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
