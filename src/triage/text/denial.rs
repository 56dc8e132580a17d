//! Whether a match is denied: negated within its clause ("no fever",
//! "不发烧", "否认高血压、糖尿病"), ruled out by a test ("排除了静脉血栓"),
//! or said to be fine right after it ("耳朵没有问题", "my ECG was normal").
//! A denied match is no complaint at all.

use super::context::EN_CLAUSE_JOINS;
use super::{first_clause, Prepared, Token};

const NEGATIONS: &[&str] = &[
    "no", "not", "never", "without", "deni", "none", "nor", "neither",
];
const SCOPE_BREAKERS: &[&str] = &["but", "howev", "although", "though", "except", "yet"];

/// The fillers that may stand between a Chinese negation and the word it
/// negates ("没有发烧", "不太疼", "没别的不舒服", "没有其他不适").
const ZH_FILLERS: &[char] = &[
    '有', '太', '再', '是', '会', '怎', '么', '觉', '得', '感', '什', '也', '都', '并', '从', '来',
    '还', '认', '别', '其', '他', '的',
];

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

/// English verdicts that, right after a body part or a test, say it is fine
/// ("my ECG was normal", "ears are fine", "the x-ray came back clear").
const EN_CLEARED: &[&str] = &["normal", "fine", "ok", "okay", "clear"];
/// Stems that may stand between the thing and its verdict ("came back",
/// "results", "showed"); "is" and "was" are dropped before matching.
const EN_BEFORE_VERDICT: &[&str] = &[
    "came", "come", "back", "test", "result", "scan", "show", "look", "both", "perfect", "complet",
    "total", "turn", "out",
];

/// Whether the word said just before the verdict word `t` is an owner ("my
/// normal tablets", "her usual fine self"): the word then names a thing of
/// theirs and says nothing of what came before.
fn owned(input: &Prepared, t: &Token) -> bool {
    const OWNERS: &[&str] = &["my", "his", "her", "their", "our", "your"];
    t.said
        .checked_sub(1)
        .and_then(|i| input.said.get(i))
        .is_some_and(|w| OWNERS.contains(&w.unit.as_str()))
}

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
            return !after.starts_with('?') && !owned(input, t);
        }
        if !EN_BEFORE_VERDICT.contains(&t.stem.as_str()) {
            return false;
        }
    }
    false
}

/// Whether a negation just before the English match on tokens
/// `start..=last` denies it.
pub(super) fn en_negated(input: &Prepared, start: usize, last: usize) -> bool {
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
            // "can't stop coughing" insists rather than denies, "can't get
            // my contact lens out" says the lens is there, and "can't
            // speak and her arm is weak" denies the speaking, not the arm.
            let next = input.tokens.get(i + 1).map(|t| t.stem.as_str());
            let between = &input.text[t.end..input.tokens[start].start];
            let after = input.text[input.tokens[last].end..].trim_start();
            let stuck = between.trim_start().starts_with("get ")
                && (after.starts_with("out") || after.starts_with("off"));
            return next != Some("stop")
                && !stuck
                && !between.contains(" and ")
                && !checking_before(input, i, clause);
        }
    }
    false
}

/// Words that make a negation after them a worry to be checked ("want to
/// check I'm not getting kidney stones", "afraid it isn't just a cold"):
/// the thing is feared, not denied. Compared as written, so that a check
/// already made ("I checked, no fever") still denies.
const CHECKING: &[&str] = &[
    "check", "checking", "whether", "worried", "worry", "worrying", "afraid", "scared", "fear",
    "hope", "hoping",
];

/// Whether one of `CHECKING` stands among the three words before the
/// negation at token `negation`, in its clause. The prepared text is
/// already folded to lower case, so the word is compared as it stands.
fn checking_before(input: &Prepared, negation: usize, clause: usize) -> bool {
    input.tokens[negation.saturating_sub(3)..negation]
        .iter()
        .filter(|t| t.clause == clause)
        .any(|t| CHECKING.contains(&&input.text[t.start..t.end]))
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

/// Verbs of appearing or finding that may stand between a Chinese negation
/// and the sign it denies ("没有出现过敏现象", "没有发现过敏源", "未见肿大"):
/// what did not appear, or was not found, is no complaint.
const ZH_APPEARING: &[&str] = &["出现", "发现", "查出", "见到", "看到", "见"];

pub(super) fn zh_negated(input: &Prepared, start: usize) -> bool {
    let clause = input.chars[start].2;
    let at = input.chars[start].1;
    let from = super::clause_start(&input.text, at);
    let before = &input.text[from..at];
    if ZH_RULED_OUT.iter().any(|w| before.ends_with(w)) {
        return true;
    }
    let mut i = start;
    let mut verb_skipped = false;
    for _ in 0..4 {
        if !verb_skipped {
            // Every step stays in the sign's clause, so it starts at `from`.
            let so_far = &input.text[from..input.chars[i].1];
            if let Some(verb) = ZH_APPEARING.iter().find(|v| so_far.ends_with(*v)) {
                verb_skipped = true;
                i -= verb.chars().count();
                continue;
            }
        }
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
