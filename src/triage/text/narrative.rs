//! What a story told in Chinese says of a sign's time beyond its clause.
//! A sign a doctor has since seen, named or treated ("突然晕倒，去医院检查
//! 说是癫痫"), one told of a past occasion ("上次结婚时，癫痫发作"),
//! one that comes and goes ("复发的时候会手脚强直", "有时候", "抽搐的原因"),
//! one asked about as an illness ("脑出血会不会遗传", "癫痫发作会不会伤到
//! 大脑") or for what it left ("中毒以后记性变差，能恢复吗"),
//! and one told as the cause of what followed ("因车祸引起癫痫") are not
//! happening at the kiosk: none raises a red flag. One told of a
//! past occasion is also history, weighing less towards a department,
//! unless the story says it goes on these days ("最近", "这几天"). A sign
//! said to be happening now ("刚才", "现在", "又", "一直") is none of these.

use super::{clause_start, first_clause, prefix_chars, sentence_start, suffix_chars};

/// People and places that see a patient.
const VISITS: &[&str] = &[
    "医院",
    "急诊",
    "诊所",
    "就医",
    "就诊",
    "卫生院",
    "医生",
    "大夫",
    "校医",
    "检查",
    // "呕血以后做了胃镜说是胃溃疡": a test that found something.
    "胃镜",
    "肠镜",
    "ct",
    "核磁",
    "磁共振",
    "b超",
    "彩超",
    "拍片",
    "化验",
];
/// What a visit found: a name or a word given to the sign after it happened.
const FINDINGS: &[&str] = &[
    "说是",
    "说我",
    "说他",
    "说她",
    "诊断",
    "确诊",
    "获知",
    "知道是",
    "知晓是",
    "查出",
    "检查出",
    "发现是",
    "发觉是",
    "得了",
    "是因为",
    "告诉我",
    "告知",
    "说有",
    "说可能",
    "结果是",
];
/// Told after a sign, it is over: taken to a doctor or treated, whatever
/// was found ("已经送往医院", "做了一次手术了"), or the story has moved on.
const TAKEN: &[&str] = &[
    "已经送往医院",
    "已经送到医院",
    "已经送去医院",
    "被送往医院",
    "被送到医院",
    "被送去医院",
    "送去医院了",
    "送到医院了",
    "送医院了",
    "已送医",
    "做了手术",
    "做了一次手术",
    "动了手术",
    "抢救过来",
    "抢救回来",
    "救过来了",
    "已经出院",
    "出院了",
    "在医院救治",
    "在医院治疗",
    "在医院抢救",
    "住院治疗",
    // "四肢抽搐，口吐白沫，…，后来才知道她是患了癫痫": the story moved on
    // (but "刚开始胸口闷，后来越来越疼" is the same story getting worse).
    "后来才知道",
    "后来才发现",
    "后来知道",
    "后来发现是",
    "后来查出",
    "后来才查出",
    "后来医生说",
    "后来就好了",
    "后来好了",
    "后来没事了",
    "住院了",
    "住了院",
    "住进医院",
    "住进了医院",
    "进了医院",
    "带到医院",
    "带到了医院",
    "送进医院",
    "送进了医院",
    "正在救治",
    "正在抢救",
    // "我立刻叫了救护车把他带到医院": taken in.
    "叫了救护",
    "叫了120",
    "打了120",
    // "忽然晕倒了，结果是因为脑出血了": what it turned out to be.
    "结果是因为",
    "原来是",
    // "过了一会儿，我又彻底恢复了正常": it passed.
    "恢复了正常",
    "恢复正常",
    "又正常了",
    "像正常人",
    "象正常人",
];
/// Words in the visit's clause saying the diagnosis came before the sign
/// ("之前医院诊断过癫痫"), so it says nothing about the sign's time.
const EARLIER: &[&str] = &[
    "之前",
    "以前",
    "曾经",
    "早就",
    "过去",
    "年前",
    "诊断过",
    "确诊过",
];
/// How far after the sign its visit may be told, and how far after the
/// visit its finding.
const VISIT_WITHIN_CHARS: usize = 40;
const FINDING_WITHIN_CHARS: usize = 16;

/// Words saying a sign is happening now, which no story puts elsewhere.
const NOW: &[&str] = &[
    "刚才", "刚刚", "现在", "正在", "还在", "又", "目前", "此刻", "一直", "持续", "今天", "今早",
    "今晚", "开始",
];
/// The words of [`NOW`] that say a sign goes on still. A visit told after
/// a sign of this morning ("今天早上…倒在地上，…带到了医院，医生检查说他得了
/// 癫痫") ends it; one told after a sign still going on does not.
const STILL: &[&str] = &[
    "刚才", "刚刚", "现在", "正在", "还在", "又", "目前", "此刻", "一直", "持续",
];

/// Words saying a sign belongs to these days: no story makes it history,
/// though it may still have been seen by a doctor ("这几天腹胀，去医院看了
/// 说是…" is still bloated).
const THESE_DAYS: &[&str] = &["这几天", "这两天", "最近", "近来", "这段时间", "这阵子"];
/// How near the sign, within its clause, a word saying when must be.
const NOW_BEFORE_CHARS: usize = 12;
const NOW_AFTER_CHARS: usize = 4;

/// Words opening a description of what happens in an episode of a known
/// condition; the description runs on over commas to the sentence's end.
const EPISODES: &[&str] = &[
    "发作的时候",
    "发作时",
    "复发的时候",
    "复发时",
    "病发时",
    "病发的时候",
    "发病的时候",
    "发病时",
    "犯病的时候",
    "犯病时",
    "每次发作",
    "每次犯病",
    "每次复发",
    "每次病发",
    "每次发病",
];

/// Words before a sign in its clause that make it come and go ("有的时候手脚
/// 还会抽", "严重的时候都喘不过气来了"). "每次", "总是" and "经常" are not
/// among them: a pattern can be the alarm ("每次吃完奶都喷射状呕吐").
const AT_TIMES: &[&str] = &[
    "有时候",
    "有的时候",
    "有时",
    "偶尔",
    "严重的时候",
    "厉害的时候",
    "难受的时候",
    "许多时候",
    "很多时候",
    "多数时候",
];

/// Words near a sign that make it a state of mind, alarming however often
/// it comes: "老是想着怎么结束自己的生命", "经常有自杀的念头".
const STATES: &[&str] = &["想", "念头"];

/// Words right after a sign that make it a topic, not an event: "抽搐的时候
/// 怎么办", "癫痫发作的诱因有哪些".
const AS_TOPIC: &[&str] = &[
    "的时候",
    "的诱因",
    "的原因",
    "的病因",
    "的症状",
    "的表现",
    "的治疗",
    "的危害",
    "的急救",
    "的处理",
    "的后遗症",
    "的频率",
    "的过程",
    "会怎么样",
    "会怎样",
    // Life after it, asked about: "脑出血后还能过性生活吗". Not "后有" or
    // "后怎么办": "车祸后有点头晕", "被蛇咬后怎么办" are told of now.
    "后还能",
    "后能",
    "后可以",
    // Whether it is passed on, or can be cured, asks about the illness:
    // "脑出血会不会遗传给孩子". Not "会不会" alone: "突然晕倒会不会是中风"
    // tells of now and asks what it is.
    "会不会遗传",
    "会遗传",
    "遗传吗",
    "会不会传染",
    "会传染",
    "传染吗",
    "能治好",
    "能不能治好",
    "可以治好",
    "能根治",
    "能不能根治",
    "能治愈",
    // "突然晕倒一般是什么原因": what usually lies behind it.
    "一般",
    "频率",
    // Also "时候": "抽搐时候".
    "时",
];

/// Words that set a story at past occasions; the clauses after them in the
/// same sentence go on telling it ("上次结婚时，癫痫发作，当时四肢抽搐").
const OCCASIONS: &[&str] = &[
    "上次",
    "那次",
    "有一次",
    "有一回",
    "那天",
    "有一天",
    "当时",
    "那时",
    "有两次",
    "有几次",
    "好几次",
    "上一次",
    "最近一次",
    "许多次",
    "很多次",
    "好多次",
    "有次",
    // "最严重的一次脑出血了": the worst of past occasions.
    "最严重的一次",
    "最厉害的一次",
];

/// How the story around a sign tells its time.
pub(super) struct Story {
    /// Told of one past occasion and not of these days: history, weighing
    /// less towards a department. A sign a doctor has seen since may still
    /// be what the patient comes about, so that alone is not history.
    pub history: bool,
    /// Not happening at the kiosk: past by the story, seen since, or coming
    /// and going. It may still be the complaint, but it raises no red flag.
    pub not_now: bool,
}

/// The story's time for the sign at bytes `at..end` of folded `text`.
pub(super) fn story(text: &str, at: usize, end: usize) -> Story {
    let near = near(text, at, end);
    let now = said(near, NOW);
    let then = !now && told_of_then(text, at);
    let seen_since = !said(near, STILL) && (attended(text, end) || diagnosed(text, at));
    let comes_and_goes = !now
        && !said(near, STATES)
        && (episodic(text, at, end)
            || at_times(text, at, end)
            || followed_by(text, end, AS_TOPIC)
            || as_cause(text, at, end)
            || (for_years(text, end) && !taken(text, at))
            || recovery_asked(text, end)
            || opens_a_question(text, at, end));
    Story {
        history: then && !said(near, THESE_DAYS),
        not_now: then || seen_since || comes_and_goes,
    }
}

fn said(near: &str, words: &[&str]) -> bool {
    words.iter().any(|w| near.contains(w))
}

/// The sign's clause, from a few characters before it to a few after.
fn near(text: &str, at: usize, end: usize) -> &str {
    let before = suffix_chars(&text[clause_start(text, at)..at], NOW_BEFORE_CHARS);
    let after = prefix_chars(first_clause(&text[end..]), NOW_AFTER_CHARS);
    &text[at - before.len()..end + after.len()]
}

fn followed_by(text: &str, end: usize, words: &[&str]) -> bool {
    words.iter().any(|w| text[end..].starts_with(w))
}

/// A visit told after the sign, then what it found ("去医院检查的时候医生说
/// 是有点轻度的羊羔疯", "送她去医院，仔细检查获知是癫痫"), or a word that
/// it was taken in or treated ("已经送往医院").
fn attended(text: &str, end: usize) -> bool {
    let window = prefix_chars(&text[end..], VISIT_WITHIN_CHARS);
    TAKEN.iter().any(|t| window.contains(t))
        || VISITS.iter().any(|visit| {
            window.match_indices(visit).any(|(i, v)| {
                let after = &text[end + i + v.len()..];
                let found = prefix_chars(after, FINDING_WITHIN_CHARS);
                FINDINGS.iter().any(|f| found.contains(f))
                    && !earlier(text, end + i, found)
                    && !asked(after)
            })
        })
}

/// How far after a sign its duration in years may be told.
const YEARS_WITHIN_CHARS: usize = 20;

/// Whether a sign is said, soon after it, to have gone on for years ("口吐
/// 白沫很严重怎么办？以前都不会的！有三四年了"), or in its own clause ("癫痫
/// 发作有7年"): long-standing, not sudden. Years said of something
/// else in another clause ("后背也疼，脸色很难看，他有高血压好多年") are no
/// duration of the sign, nor is a year named ("去年", "今年").
fn for_years(text: &str, end: usize) -> bool {
    let window = prefix_chars(&text[end..], YEARS_WITHIN_CHARS);
    let clause = first_clause(window);
    let counted = |c: char| c.is_ascii_digit() || "一二两三四五六七八九十几多半".contains(c);
    window.contains("年了")
        || clause.match_indices('年').any(|(i, _)| {
            let before = clause[..i].chars().next_back();
            before.is_some_and(counted) && !clause[i..].starts_with("年前")
        })
}

/// Verbs of taking a medicine. A medicine taken for years ("吃华法林好几年
/// 了") is still being taken: years say how long it goes on, so it is
/// context now, unlike a sign that has come and gone for years. Matched on
/// the text's end, so "服" stands for "口服" and "吃" for "在吃".
const TAKING: &[&str] = &["吃", "服", "服用", "注射"];

/// Whether the match at byte `at` is what someone takes ("吃华法林").
fn taken(text: &str, at: usize) -> bool {
    TAKING.iter().any(|v| text[..at].ends_with(v))
}

/// Words a question may open with before the sign it asks about.
const GREETINGS: &[&str] = &["请问", "想问", "问一下", "医生", "大夫", "你好", "您好"];
/// Words right after a sign opening a question that asks what it does.
const WHAT_IT_DOES: &[&str] = &["会不会", "会", "能不能", "能", "可以", "可能", "对"];

/// Whether a sentence opens with the sign and asks what it does ("癫痫
/// 发作会不会伤到大脑", "脑出血会引来癫痫吗"): a question about the
/// illness, with no one in it having it. One asking what the sign is
/// ("胸口剧痛会不会是心梗") tells of it, and so does one told of someone
/// ("孩子抽搐会不会伤到大脑" has the child before the sign).
fn opens_a_question(text: &str, at: usize, end: usize) -> bool {
    // Cheapest test first: most signs are not followed by these words.
    let Some(rest) = WHAT_IT_DOES
        .iter()
        .find_map(|w| text[end..].strip_prefix(w))
    else {
        return false;
    };
    if rest.starts_with('是') {
        return false;
    }
    let sentence_end = super::sentence_end(text, end);
    let asks = text[sentence_end..].starts_with(['?', '？'])
        || ["吗", "么", "呢", "会不会", "能不能"]
            .iter()
            .any(|w| text[at..sentence_end].contains(w));
    let opening = text[sentence_start(text, at)..at]
        .trim_matches(|c: char| c.is_whitespace() || super::is_clause_break(c));
    let greeting_only = GREETINGS
        .iter()
        .fold(opening.to_string(), |rest, g| rest.replace(g, ""))
        .trim_matches(|c: char| c.is_whitespace() || super::is_clause_break(c))
        .is_empty();
    asks && greeting_only
}

/// Words right after a sign that tell of what it left behind.
const AFTERWARDS: &[&str] = &["以后", "之后", "后"];
const AFTERWARDS_WITHIN_CHARS: usize = 4;
/// Words asking whether what it left will go.
const RECOVERY: &[&str] = &[
    "能恢复",
    "能不能恢复",
    "可以恢复",
    "会恢复",
    "能康复",
    "能不能康复",
    "能痊愈",
    "能好转",
];

/// Whether the sign is told as what left something behind, and the
/// sentence asks whether that will go ("一氧化碳中毒以后记性变差，能恢复
/// 吗"): the sign is over. What followed a sign may be the alarm itself
/// ("磕了脑袋以后吐了好几次"), so the question of recovery is needed too.
fn recovery_asked(text: &str, end: usize) -> bool {
    // "一氧化碳中毒以后": the word may be followed by the rest of its name.
    let soon = prefix_chars(first_clause(&text[end..]), AFTERWARDS_WITHIN_CHARS);
    said(soon, AFTERWARDS)
        && RECOVERY
            .iter()
            .any(|w| text[end..super::sentence_end(text, end)].contains(w))
}

/// Whether the clause after a visit asks rather than tells what was found:
/// "医生说是正常现象吗", "医生，是不是癫痫". A question of what to do next
/// ("被诊断了癫痫怎么办呢？") tells the finding and asks about the future.
fn asked(after: &str) -> bool {
    let clause = first_clause(after);
    let question_mark = after[clause.len()..].starts_with(['?', '？'])
        && !WHAT_NEXT.iter().any(|w| clause.contains(w));
    question_mark
        || ["吗", "什么", "是不是", "会不会"]
            .iter()
            .any(|w| clause.contains(w))
}

/// Questions of what to do about a finding, not whether it is one.
const WHAT_NEXT: &[&str] = &["怎么办", "怎么治", "如何治", "怎样治", "该怎么", "要怎么"];

/// Whether the clause of a visit at byte `at`, or its finding, dates the
/// diagnosis before the sign.
fn earlier(text: &str, at: usize, found: &str) -> bool {
    let before = &text[clause_start(text, at)..at];
    EARLIER
        .iter()
        .any(|w| before.contains(w) || found.contains(w))
}

/// Words after a sign that comes and goes bringing it to now: "有时候胸痛，
/// 现在疼得厉害，出冷汗".
const NOW_AFTER_AT_TIMES: &[&str] = &["现在", "刚才", "刚刚", "这次", "今天", "突然", "此刻"];

fn at_times(text: &str, at: usize, end: usize) -> bool {
    let clause = &text[clause_start(text, at)..at];
    AT_TIMES.iter().any(|w| clause.contains(w)) && !said(&text[end..], NOW_AFTER_AT_TIMES)
}

/// An episode's description in the same sentence before the sign, or an
/// attack told of each time ("每次癫痫发作都非常的痛", "每次看见孩子癫痫
/// 发作"): a pattern of attacks, not one now. "每次" alone before another
/// sign is no such thing: "每次吃完奶都喷射状呕吐" is the alarm itself.
fn episodic(text: &str, at: usize, end: usize) -> bool {
    let sentence = &text[sentence_start(text, at)..at];
    let each_time =
        said(&text[clause_start(text, at)..at], EACH_TIME) && said(&text[at..end], ATTACKS);
    each_time || EPISODES.iter().any(|w| sentence.contains(w))
}
const EACH_TIME: &[&str] = &["每次", "每回", "每当"];
const ATTACKS: &[&str] = &["发作", "复发", "犯病", "发病"];

/// Words shortly before a sign that make it a cause ("因车祸", "因为一次
/// 车祸", "自从出了车祸之后"), and words after it in its clause that tell
/// what it led to.
const BECAUSE: &[&str] = &["因为", "因", "由于", "自从"];
const CAUSE_WITHIN_CHARS: usize = 8;
/// Not "医院" alone: "因为胸口剧痛来医院" is the complaint at the kiosk.
const LED_TO: &[&str] = &[
    "引起",
    "引来",
    "导致",
    "致使",
    "引发",
    "造成",
    "诱发",
    "后",
    "留下",
    "住院",
    "住了院",
    "进了医院",
    "做了",
];

/// Words right after a sign telling of the illness that began after it
/// ("车祸之后得了癫痫").
const BEGAN_AFTER: &[&str] = &[
    "之后得了",
    "之后患",
    "后得了",
    "后患上",
    "后患了",
    "以后得了",
    "以后就得了",
    "后就得了",
    "后才有",
    "之后才有",
    "后留下",
    "后引来",
    "后引起",
    "后引发",
    "后导致",
    "后继发",
];

/// Whether the sign is told as the cause of what followed ("因车祸引起癫痫",
/// "因为脑出血后，才有的癫痫病", "因脑出血住院"): how an illness began, not
/// a sign at the kiosk.
fn as_cause(text: &str, at: usize, end: usize) -> bool {
    let before = suffix_chars(&text[clause_start(text, at)..at], CAUSE_WITHIN_CHARS);
    (said(before, BECAUSE) && said(first_clause(&text[end..]), LED_TO))
        || followed_by(text, end, BEGAN_AFTER)
}

/// Words a doctor or a test stands behind; a name that follows them, with a
/// finding, is a diagnosis ("到医院做了个检查，发觉是脑梗").
const EXAMINERS: &[&str] = &["医院", "医生", "大夫", "检查", "诊所", "急诊"];
/// How far before a diagnosis its finding word may end, and how far before
/// that finding its examiner.
const DIAGNOSIS_WITHIN_CHARS: usize = 6;
const EXAMINER_WITHIN_CHARS: usize = 20;

/// Words right before an illness's name saying someone has it ("婆婆得了
/// 脑出血"): a diagnosis already made.
const HAS_ILLNESS: &[&str] = &["得了", "患了", "患上了", "患上", "患有"];

/// Whether the match at byte `at` is the name a doctor gave: it follows a
/// finding ("说是", "确诊为") that follows an examiner, or an illness had.
fn diagnosed(text: &str, at: usize) -> bool {
    if HAS_ILLNESS.iter().any(|w| text[..at].ends_with(w)) {
        return true;
    }
    let before = suffix_chars(&text[..at], DIAGNOSIS_WITHIN_CHARS);
    let base = at - before.len();
    FINDINGS.iter().any(|f| {
        before.match_indices(f).any(|(i, _)| {
            let examiner = suffix_chars(&text[..base + i], EXAMINER_WITHIN_CHARS);
            EXAMINERS.iter().any(|e| examiner.contains(e))
        })
    })
}

/// Whether the sentence before byte `at` opens a past occasion and nothing
/// since brings the story back to now. A count right after a verb done ("吐了好几次") tells how often, not of
/// past occasions ("有好几次"), and an occasion held up as a likeness
/// ("跟我爸心梗那次一模一样") is the measure of now.
fn told_of_then(text: &str, at: usize) -> bool {
    let sentence = &text[sentence_start(text, at)..at];
    OCCASIONS.iter().any(|o| {
        sentence.rfind(o).is_some_and(|i| {
            !sentence[..i].ends_with('了')
                && !likeness(sentence, i, o.len())
                && !NOW.iter().any(|w| sentence[i..].contains(w))
        })
    })
}

/// Words that open a likeness to an occasion; the simile's closers
/// ([`super::asides::CLOSERS`]) close one.
const LIKE_OPENERS: &[char] = &['像', '跟', '和', '同', '如'];

/// Whether the occasion at bytes `i..i + len` of `sentence` stands inside a
/// likeness within its clause: an opener before it, a closer after it.
fn likeness(sentence: &str, i: usize, len: usize) -> bool {
    let opened = sentence[clause_start(sentence, i)..i].contains(LIKE_OPENERS);
    opened
        && super::asides::CLOSERS
            .iter()
            .any(|c| first_clause(&sentence[i + len..]).contains(c))
}

#[cfg(test)]
mod tests;
