//! Whether a match is told of now or is remote: the past, a treated
//! condition, a supposition, a question about the thing in general, a sign
//! dated to a past day. Red flags need a present sign; a remote one counts
//! half towards a department. Denials ("no fever", "耳朵没有问题") are
//! [`super::denial`]'s.

use super::{is_clause_break, sentence_end};

/// Words that, earlier in the same clause, put what follows in the past or
/// make it a supposition rather than something happening now.
const ZH_REMOTE_BEFORE: &[&str] = &[
    "以前",
    "之前",
    "曾经",
    "小时候",
    "小的时候",
    "年前",
    "前几年",
    "去年",
    "前年",
    "当年",
    "既往",
    "病史",
    // "是良性还是恶性": a question, not a finding.
    "良性",
    "得过",
    "有过",
    "患过",
    "出过",
    "做过",
    "上次",
    // "住院的时候血氧只有85": a value from a stay that is over.
    "当时",
    "那时候",
    "那会儿",
    "住院的时候",
    "住院时",
    "住院期间",
    "入院时",
    "入院的时候",
    // "头胎的时候羊水早破过": an earlier pregnancy.
    "头胎",
    "第一胎",
    "上一胎",
    "上次怀孕",
    "如果",
    "会不会",
    "会否",
    "有没有可能",
    "可不可能",
    "是不是可能",
    "万一",
    "担心",
    "害怕",
    "怕",
    "预防",
    "是否会",
    // "会致使晕厥吗": what a medicine might do, not what it did.
    "会导致",
    "会致使",
    "会引起",
    "会引发",
    "会造成",
    "能导致",
    "可能导致",
    "会引致",
    "会诱发",
    "能引起",
    "可能引起",
];
/// English words that, earlier in the clause, do as [`ZH_REMOTE_BEFORE`];
/// those that count anywhere in the clause ("years ago", "when i was") are
/// in [`EN_REMOTE_CLAUSE`].
const EN_REMOTE_BEFORE: &[&str] = &[
    "history of",
    "used to",
    "year ago",
    "in the past",
    "previously",
    "at the time",
    "back then",
    "on admission",
    "while i was in hospital",
    "previous",
    "once had",
    "what if",
    "if ",
    "worried",
    "afraid",
    "in case",
    "could i get",
    "is it possible",
    // "Can a brain bleed cause epilepsy?": a question about any such sign.
    "can a ",
    "can an ",
    "could a ",
    "could an ",
    "does a ",
    "does an ",
    "will a ",
    "will an ",
    "does having ",
    "can having ",
    // "what should someone with anaphylaxis carry": anyone's, not the
    // speaker's now.
    "someone with",
    "people with",
    "anyone with",
    "a person with",
];
/// Words anywhere in the clause that mark it as over or being followed up.
const ZH_REMOTE_CLAUSE: &[&str] = &["复查", "已经好了", "治好了", "已治愈", "痊愈", "好了以后"];
/// Words anywhere in the clause that make it a question about the thing in
/// general: preventing it, what it leaves, first aid ("煤气中毒怎么预防").
const ZH_GENERAL_CLAUSE: &[&str] = &[
    "预防",
    "后遗症",
    "急救方法",
    "急救的方法",
    "了解一下",
    "有什么区别",
    // "大出血输血会不会得传染病": what a transfusion may bring, asked.
    "输血会不会",
    "输血后会不会",
];
/// How an English question about a dose opens, and words in its clause that
/// make it one: "how many sleeping pills would be dangerous" has no one
/// taking them. "I don't know how many he took" does not open the clause.
const EN_DOSE_QUESTION: &[&str] = &["how many ", "how much "];
const EN_DOSE_ASKED: &[&str] = &[
    " would ",
    " is safe",
    " is too many",
    " is too much",
    " is dangerous",
    " can i take",
    " can you take",
];
const EN_REMOTE_CLAUSE: &[&str] = &[
    // "how do we prevent carbon monoxide poisoning", as "预防".
    "prevent",
    "follow-up",
    "follow up",
    "recovered",
    "healed",
    "years ago",
    "when he was",
    "when she was",
    "when i was",
    "when they were",
    "as a baby",
    "as a toddler",
    "as a child",
    "as a kid",
    "as a teenager",
    "in my teens",
    "last year",
    "last season",
    "last spring",
    "last summer",
    "last autumn",
    "last winter",
    // "My waters broke early with my first baby": an earlier pregnancy.
    "with my first",
    "with my last",
    "first pregnancy",
    "last pregnancy",
    "previous pregnancy",
    // "has fainted from low sugar twice before": it has happened, not happening.
    "once before",
    "twice before",
    "times before",
];
/// Words that join two English clauses, each with its own time.
pub(super) const EN_CLAUSE_JOINS: &[&str] = &[" and ", " but "];
/// Past stretches in English, history unless the clause says it goes on
/// (as [`ZH_PAST_STRETCH`]).
const EN_PAST_STRETCH: &[&str] = &[
    "months ago",
    "month ago",
    "weeks ago",
    "week ago",
    "last week",
    "last month",
    "last monday",
    "last tuesday",
    "last wednesday",
    "last thursday",
    "last friday",
    "last saturday",
    "last sunday",
    "in january",
    "in february",
    "in march",
    "in april",
    "in june",
    "in july",
    "in august",
    "in september",
    "in october",
    "in november",
    "in december",
];
const EN_ONGOING: &[&str] = &[
    "started",
    "began",
    "since",
    "still",
    "keeps",
    "getting worse",
];

/// When the match at bytes `at..end` of the folded `text` is told.
pub(super) struct Time {
    /// About the past or a supposition (see [`Hit::remote`]): by its clause,
    /// by "过" right after it ("晕倒过一次": has happened, not happening),
    /// or by the story around it (see [`super::narrative`]).
    pub remote: bool,
    /// Told as not happening now (see [`Hit::not_now`]).
    pub not_now: bool,
    /// Its clause puts it long ago (see [`Hit::long_ago`]).
    pub long_ago: bool,
    /// Remote only by an English date after it (see [`Hit::dated_after`]).
    pub dated_after: bool,
}

pub(super) fn time(text: &str, at: usize, end: usize) -> Time {
    // "从来没这么痛过" says never before, not once before.
    let never = text[at..end].contains(['没', '未', '不']);
    let story = super::narrative::story(text, at, end);
    let clause = clause_bounds(text, at);
    let english = text[at..end].is_ascii();
    let en_not_now = english
        && (super::english_story::seen_since(text, clause, end)
            || super::english_story::named_since(text, at)
            || super::english_story::at_times(text, clause, at));
    let by_what_followed = (!never && experienced(&text[end..]))
        || en_experienced(&text[end..])
        || story.history
        || of_a_kind(&text[end..]);
    let by_clause = remote_clause(text, at, clause);
    // The clause cut at the match's end: what is left of it is remote
    // only by what was said before the match.
    let dated_after =
        by_clause && !by_what_followed && english && !remote_clause(text, at, (clause.0, end));
    Time {
        remote: by_what_followed || by_clause,
        dated_after,
        not_now: story.not_now || en_not_now,
        long_ago: long_ago(text, clause),
    }
}

/// Whether the match at bytes `at..end` is about the past or a supposition.
pub(super) fn remote(text: &str, at: usize, end: usize) -> bool {
    time(text, at, end).remote
}

/// Words after a past or treated condition, in its sentence, that say it
/// has come back ("以前得过肾结石，这两天腰又开始疼", "my ulcer was healed
/// but the pains are back"): the old name is again what the patient comes
/// about.
const EN_COMES_BACK: &[&str] = &[
    "again",
    "is back",
    "are back",
    // Not "'s back": "my son's back hurts" is his back, not the old illness.
    "it's back",
    "that's back",
    "came back",
    "come back",
    "coming back",
    "comes back",
    "returned",
    "flared",
    "flaring",
    "flare-up",
    "playing up",
];
const ZH_COMES_BACK: &[&str] = &["复发", "再次", "又犯", "又来", "又开始", "又发"];

/// Whether the rest of the sentence after a match (ending at byte `end`)
/// says that what it names has come back. A lone "又" counts; "又疼又肿"
/// is "both sore and swollen", not "again".
pub(super) fn comes_back(text: &str, end: usize) -> bool {
    let after = &text[end..sentence_end(text, end)];
    ZH_COMES_BACK.iter().any(|w| after.contains(w))
        || super::english_story::said(after, EN_COMES_BACK)
        || after
            .split(super::is_clause_break)
            .any(|clause| clause.matches('又').count() == 1)
}

/// Whether `after` (the text right after a match) makes the match describe
/// a kind of person ("过敏性休克的人", "昏迷病人", "中风患者"): people in
/// general, not someone now.
fn of_a_kind(after: &str) -> bool {
    ["的人", "病人", "患者", "的病人", "的患者"]
        .iter()
        .any(|w| after.starts_with(w))
}

/// The English for "过": "fainted once", "I've had this before."
fn en_experienced(after: &str) -> bool {
    let after = after.trim_start();
    let word_end = |rest: &str| !rest.starts_with(|c: char| c.is_ascii_alphanumeric());
    after.strip_prefix("once").is_some_and(word_end)
        || after.strip_prefix("before").is_some_and(|rest| {
            rest.trim_start()
                .chars()
                .next()
                .is_none_or(super::is_clause_break)
        })
}

/// Whether `after` (the text right after a match) opens with the
/// experiential "过" ("抽搐过", "晕倒过一次"), not a word that starts with
/// it ("过敏", "过度", "晕过去").
fn experienced(after: &str) -> bool {
    let mut chars = after.chars();
    chars.next() == Some('过')
        && !chars
            .next()
            .is_some_and(|c| "敏度量多来去头分于程年节大高低快慢重长早".contains(c))
}

/// Words in a clause that put it long ago, not in the recent past: an
/// operation "三年前" is no reason for today's swollen leg, one "两周前" is.
const LONG_AGO: &[&str] = &[
    "年前",
    // "化疗结束两年了", "手术半年了": over for a year, or half of one.
    "年了",
    "多年",
    "几年",
    "去年",
    "前年",
    "小时候",
    "小的时候",
    "当年",
    "年轻的时候",
    "years ago",
    "year ago",
    "last year",
    "as a child",
    "when i was",
    "decades",
];

/// Whether a match's clause (its bounds in `text`) puts it long ago.
fn long_ago(text: &str, (start, end): (usize, usize)) -> bool {
    LONG_AGO.iter().any(|m| text[start..end].contains(m))
}

/// The clause around byte `at`: between clause breaks, and in English
/// between "and" or "but".
fn clause_bounds(text: &str, at: usize) -> (usize, usize) {
    let start = super::clause_start(text, at);
    let end = text[at..]
        .char_indices()
        .find(|(_, c)| is_clause_break(*c))
        .map_or(text.len(), |(i, _)| at + i);
    let start = EN_CLAUSE_JOINS
        .iter()
        .filter_map(|w| text[start..at].rfind(w).map(|i| start + i + w.len()))
        .max()
        .unwrap_or(start);
    let end = EN_CLAUSE_JOINS
        .iter()
        .filter_map(|w| text[at..end].find(w).map(|i| at + i))
        .min()
        .unwrap_or(end);
    (start, end)
}

fn remote_clause(text: &str, at: usize, (start, end): (usize, usize)) -> bool {
    // "I had an accident years ago and my neck still aches": in English a
    // joined clause has its own time, so the past stops at "and" or "but"
    // (see `clause_bounds`).
    let before = &text[start..at];
    let clause = &text[start..end];
    // English markers are matched on word starts: "if " not inside "gift ".
    let en_before = format!(" {before}");
    // "I fainted while giving blood once": it happened on one occasion;
    // "took a week's tablets at once" did them together, now.
    let told = clause.trim_end();
    let once = told.ends_with(" once") && !told.ends_with(" at once");
    once || ZH_REMOTE_BEFORE.iter().any(|m| told_of_then(before, m))
        || EN_REMOTE_BEFORE
            .iter()
            .any(|m| en_before.contains(&format!(" {m}")))
        || ZH_REMOTE_CLAUSE.iter().any(|m| clause.contains(m))
        || ZH_GENERAL_CLAUSE.iter().any(|m| clause.contains(m))
        || EN_REMOTE_CLAUSE.iter().any(|m| clause.contains(m))
        || (EN_DOSE_QUESTION
            .iter()
            .any(|q| clause.trim_start().starts_with(q))
            && EN_DOSE_ASKED.iter().any(|m| clause.contains(m)))
        || ((EN_PAST_STRETCH.iter().any(|m| clause.contains(m)) || en_year_named(clause))
            && !EN_ONGOING.iter().any(|m| clause.contains(m)))
        || {
            let after = &text[end..sentence_end(text, end)];
            dated(before, clause, after) || dated_by_when(text, start, clause, after)
        }
}

/// Whether the Chinese marker `m` in `before` puts the clause in the past:
/// not where it is only the measure of a comparison ("又像上次那样压着疼",
/// "比以前厉害", "跟以前一样"), which tells of now.
fn told_of_then(before: &str, m: &str) -> bool {
    before
        .match_indices(m)
        .any(|(i, _)| !before[..i].ends_with(['像', '跟', '和', '比', '同', '如']))
}

/// Whether an English clause names a calendar year ("a heart attack in
/// 2019"): a past stretch like "last month".
fn en_year_named(clause: &str) -> bool {
    clause.match_indices("in ").any(|(i, m)| {
        let year = &clause.as_bytes()[i + m.len()..];
        year.len() >= 4
            && year[..4].iter().all(u8::is_ascii_digit)
            && (year[..2] == *b"19" || year[..2] == *b"20")
            && super::stands_alone(clause, i, m.len() + 4)
    })
}

/// Whether the clause before the one starting at byte `start` is a "when"
/// clause set on a past day ("在前天大家一同吃晚饭的时候，她突然间在饭桌上
/// 就昏倒了"): what follows it happened then. Only a "when" clause carries
/// its time on, since "前几天摔了一跤，头痛呕吐" tells of today's headache.
fn dated_by_when(text: &str, start: usize, clause: &str, after: &str) -> bool {
    let Some(before_break) = text[..start]
        .char_indices()
        .next_back()
        .filter(|(_, c)| matches!(c, '，' | ','))
        .map(|(i, _)| i)
    else {
        return false;
    };
    let when = &text[super::clause_start(text, before_break)..before_break];
    WHEN.iter().any(|w| when.ends_with(w)) && dated(when, clause, after)
}
/// Endings that make a clause say when the next one happened.
const WHEN: &[&str] = &["的时候", "时候", "时"];

/// Whether `before` (the clause up to a match) dates it to a day ("11月2日时发现",
/// "5号晚上") or a past stretch ("上个月", "两天前"): something noticed then
/// is being told as history, unless its clause says it has gone on since
/// ("从3号开始一直", "两天前开始"), or the rest of its sentence (`after`)
/// that it is still there ("前天晚上突然胸口剧痛出冷汗，现在还疼"). A new
/// complaint today ("前几天摔了一跤，现在腰疼") leaves the day's event past.
fn dated(before: &str, clause: &str, after: &str) -> bool {
    let chars: Vec<char> = before.chars().collect();
    // "2008年一次昏倒": a calendar year, four digits before 年.
    let has_day = chars
        .windows(2)
        .any(|w| w[0].is_ascii_digit() && matches!(w[1], '日' | '号' | '號'))
        || chars
            .windows(5)
            .any(|w| w[..4].iter().all(char::is_ascii_digit) && w[4] == '年');
    (has_day || ZH_PAST_STRETCH.iter().any(|m| before.contains(m)))
        && !ZH_ONGOING.iter().any(|m| clause.contains(m))
        && !ZH_STILL_THERE.iter().any(|m| after.contains(m))
}
/// Stretches of time that lie in the past ("昨天" is left out: what began
/// yesterday is usually still going on).
const ZH_PAST_STRETCH: &[&str] = &[
    "上个月",
    "上周",
    "上星期",
    "上个星期",
    "上个礼拜",
    "前不久",
    "前天",
    "上礼拜",
    "前几天",
    "前段时间",
    "前一段时间",
    "前些天",
    "前阵子",
    // "四月份从梯子上摔下来": a month named.
    "月份",
    "有一天",
    "那天",
    "个月前",
    "周前",
    "星期前",
    "天前",
];
/// Words in a later clause saying a dated sign is still there.
const ZH_STILL_THERE: &[&str] = &[
    "现在还",
    "到现在",
    "至今",
    "仍然",
    "依然",
    "还没好",
    "还没缓解",
    "一直没好",
];
const ZH_ONGOING: &[&str] = &[
    "开始",
    "一直",
    "至今",
    "到现在",
    "持续",
    "还在",
    "现在",
    "今天",
];

#[cfg(test)]
mod tests;
