//! Whether a match is a present complaint: negated within its clause ("no
//! fever", "不发烧"), said to be fine right after it ("耳朵没有问题", "my
//! ECG was normal"), or remote (the past, a treated condition, a
//! supposition, a sign dated to a past day). Red flags need a present sign;
//! a remote one counts half towards a department.

use super::{first_clause, is_clause_break, sentence_end, Prepared};

const NEGATIONS: &[&str] = &[
    "no", "not", "never", "without", "deni", "none", "nor", "neither",
];
const SCOPE_BREAKERS: &[&str] = &["but", "howev", "although", "though", "except", "yet"];

/// The fillers that may stand between a Chinese negation and the word it
/// negates ("没有发烧", "不太疼").
const ZH_FILLERS: &[char] = &[
    '有', '太', '再', '是', '会', '怎', '么', '觉', '得', '感', '什', '也', '都', '并', '从', '来',
    '还', '认',
];

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
    "prevent",
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
];
const EN_REMOTE_CLAUSE: &[&str] = &[
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
const EN_CLAUSE_JOINS: &[&str] = &[" and ", " but "];
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
    let seen_since = english
        && (super::english_story::seen_since(text, clause, end)
            || super::english_story::named_since(text, at));
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
        not_now: story.not_now || seen_since,
        long_ago: long_ago(text, clause),
    }
}

/// Whether the match at bytes `at..end` is about the past or a supposition.
pub(super) fn remote(text: &str, at: usize, end: usize) -> bool {
    time(text, at, end).remote
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
    // "I fainted while giving blood once": it happened on one occasion.
    let once = clause.trim_end().ends_with(" once");
    once || ZH_REMOTE_BEFORE.iter().any(|m| before.contains(m))
        || EN_REMOTE_BEFORE
            .iter()
            .any(|m| en_before.contains(&format!(" {m}")))
        || ZH_REMOTE_CLAUSE.iter().any(|m| clause.contains(m))
        || ZH_GENERAL_CLAUSE.iter().any(|m| clause.contains(m))
        || EN_REMOTE_CLAUSE.iter().any(|m| clause.contains(m))
        || ((EN_PAST_STRETCH.iter().any(|m| clause.contains(m)) || en_year_named(clause))
            && !EN_ONGOING.iter().any(|m| clause.contains(m)))
        || {
            let after = &text[end..sentence_end(text, end)];
            dated(before, clause, after) || dated_by_when(text, start, clause, after)
        }
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

/// Verdicts that, right after a body part or a sign, say it is fine
/// ("耳朵没有问题", "做了肺部ct没问题", "体温正常").
const ZH_CLEARED: &[&str] = &[
    "没问题",
    "没有问题",
    "没什么问题",
    "没啥问题",
    "没有什么问题",
    "正常",
    "没事",
    "无异常",
    "没有异常",
    "没异常",
    "未见异常",
];
/// What may stand between the thing and its verdict: a test's name in Latin
/// letters ("ct"), "也", "都", "检查" and the like.
const ZH_BEFORE_VERDICT: &str = "也都还检查结果片子报告显示看了的";

/// Whether the Chinese match ending at the character at byte `last` is
/// followed, in its clause, by a verdict that it is fine. "正常吗" asks
/// rather than tells, so a question after the verdict leaves it alone.
pub(super) fn zh_cleared(text: &str, last: usize) -> bool {
    let after_last = text[last..]
        .chars()
        .next()
        .map_or(last, |c| last + c.len_utf8());
    let rest = first_clause(&text[after_last..]);
    let skipped = rest.trim_start_matches(|c: char| {
        c.is_ascii_alphanumeric() || c.is_whitespace() || ZH_BEFORE_VERDICT.contains(c)
    });
    // Only a short way on: a verdict far along the clause is about something else.
    if rest.len() - skipped.len() > 12 {
        return false;
    }
    ZH_CLEARED.iter().any(|v| {
        skipped.starts_with(v)
            && !skipped[v.len()..].starts_with(['吗', '吧', '么', '嘛', '不', '?', '？'])
    })
}

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

/// English verdicts that, right after a body part or a test, say it is fine
/// ("my ECG was normal", "ears are fine", "the x-ray came back clear").
const EN_CLEARED: &[&str] = &["normal", "fine", "ok", "okay", "clear"];
/// Stems that may stand between the thing and its verdict ("came back",
/// "results", "showed"); "is" and "was" are dropped before matching.
const EN_BEFORE_VERDICT: &[&str] = &[
    "came", "come", "back", "test", "result", "scan", "show", "look", "both", "perfect", "complet",
    "total", "turn", "out",
];

/// Persons who, as the subject of a clause joined by "and" or "but" (see
/// [`EN_CLAUSE_JOINS`]), take its verdict for themselves ("touched a live
/// wire and he is ok" clears the man, not the wire). "It" is left out: it
/// is most often the thing itself ("the x-ray came back and it was clear").
const EN_PERSONS: &[&str] = &["he", "she", "i", "they", "we"];

/// Whether `between` joins on a clause whose subject is a person.
fn joins_a_person(between: &str) -> bool {
    EN_CLAUSE_JOINS.iter().any(|join| {
        between.match_indices(join).any(|(i, _)| {
            let subject = between[i + join.len()..].split(' ').next();
            subject.is_some_and(|w| EN_PERSONS.contains(&w))
        })
    })
}

/// Whether the English match ending at token `last` is followed, in its
/// clause and a few words on, by a verdict that it is fine. "Is my ECG
/// normal?" asks rather than tells, so a question mark leaves it alone.
pub(super) fn en_cleared(input: &Prepared, last: usize) -> bool {
    let clause = input.tokens[last].clause;
    for t in input.tokens.iter().skip(last + 1).take(4) {
        let between = &input.text[input.tokens[last].end..t.start];
        if t.clause != clause || joins_a_person(between) {
            return false;
        }
        if EN_CLEARED.contains(&t.stem.as_str()) {
            let after = input.text[t.end..].trim_start();
            return !after.starts_with('?');
        }
        if !EN_BEFORE_VERDICT.contains(&t.stem.as_str()) {
            return false;
        }
    }
    false
}

pub(super) fn en_negated(input: &Prepared, start: usize) -> bool {
    let clause = input.tokens[start].clause;
    // Two words: "no fever or cough" negates both, "can't straighten my finger after an injury" not the injury.
    for back in 1..=2 {
        let Some(i) = start.checked_sub(back) else {
            break;
        };
        let t = &input.tokens[i];
        if t.clause != clause || SCOPE_BREAKERS.contains(&t.stem.as_str()) {
            return false;
        }
        if NEGATIONS.contains(&t.stem.as_str()) {
            // "can't stop coughing" insists rather than denies, and "can't
            // speak and her arm is weak" denies the speaking, not the arm.
            let next = input.tokens.get(i + 1).map(|t| t.stem.as_str());
            let between = &input.text[t.end..input.tokens[start].start];
            return next != Some("stop") && !between.contains(" and ");
        }
    }
    false
}

/// Whether a Chinese match starting at byte `start` is the next item of a
/// list whose item ending at byte `denied_end` was denied: "否认高血压、糖尿病",
/// "没有发烧和抽搐" deny both; with `unjoined`, so does "无心脏病糖尿病".
pub(super) fn zh_listed_after(text: &str, denied_end: usize, start: usize, unjoined: bool) -> bool {
    denied_end <= start
        && text[start..].starts_with(crate::lang::is_cjk)
        && ((unjoined && denied_end == start)
            || ZH_LIST_JOINERS.contains(&&text[denied_end..start]))
}

const ZH_LIST_JOINERS: &[&str] = &["、", "和", "及", "或", "与", "以及", "或者"];

/// Words before a sign in its clause saying a test ruled it out ("彩超也
/// 排除了静脉血栓").
const ZH_RULED_OUT: &[&str] = &["排除", "排除了", "排除掉了", "已排除"];

pub(super) fn zh_negated(input: &Prepared, start: usize) -> bool {
    let clause = input.chars[start].2;
    let at = input.chars[start].1;
    let before = &input.text[super::clause_start(&input.text, at)..at];
    if ZH_RULED_OUT.iter().any(|w| before.ends_with(w)) {
        return true;
    }
    let mut i = start;
    for _ in 0..4 {
        let Some(prev) = i.checked_sub(1) else {
            return false;
        };
        let (c, _, cl) = input.chars[prev];
        if cl != clause {
            return false;
        }
        if input.zh_negation_at(prev) {
            return true;
        }
        if !ZH_FILLERS.contains(&c) {
            return false;
        }
        i = prev;
    }
    false
}

#[cfg(test)]
mod tests;
