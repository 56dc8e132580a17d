//! Which place or department an utterance names, and whether a place was
//! asked for on its own: only then is the way shown without a read-back.

use super::matching::find;
use super::{Lexicon, Phrase, Target, FUNCTION_WORDS};
use crate::hospital::PlaceKind;
use crate::lang::Lang;
use std::collections::{BTreeMap, HashSet};

/// The target named in `heard`, if exactly one is. Longer matches beat
/// shorter ones ("emergency pharmacy" is the pharmacy), exact beats fuzzy.
pub(super) fn named_target(
    heard: &[String],
    heard_chars: &str,
    lang: Lang,
    lex: &Lexicon,
) -> Named {
    let mut hits: BTreeMap<&Target, ((usize, bool, usize), &Phrase)> = BTreeMap::new();
    for (l, target, phrase) in &lex.targets {
        if *l != lang {
            continue;
        }
        if let Some(score) = find(heard, heard_chars, phrase) {
            let e = hits.entry(target).or_insert((score, phrase));
            // Equal lengths: the characters themselves beat a homophone
            // ("交费" heard is 交费, not 缴费), which is never alone.
            let by_chars = |start: usize| start == usize::MAX;
            if (score.0, score.1, by_chars(score.2)) > (e.0 .0, e.0 .1, by_chars(e.0 .2)) {
                *e = (score, phrase);
            }
        }
    }
    if hits.is_empty() {
        return Named::Nothing;
    }
    // A sentence naming many things is an echo of the prompt, not a request.
    if hits.len() >= 3 {
        return Named::Unclear;
    }
    let best = hits.values().map(|((n, e, _), _)| (*n, *e)).max();
    let top: Vec<(&Target, (usize, bool, usize), &Phrase)> = hits
        .iter()
        .filter(|(_, ((n, e, _), _))| Some((*n, *e)) == best)
        .map(|(t, (score, phrase))| (*t, *score, *phrase))
        .collect();
    let named = |target: &Target, (n, exact, start): (usize, bool, usize), phrase: &Phrase| {
        Named::One(
            target.clone(),
            heard
                .get(start..start.saturating_add(n))
                .unwrap_or(&[])
                .to_vec(),
            exact && asked_alone(heard, heard_chars, lang, phrase, start, n),
        )
    };
    match top.as_slice() {
        [(one, score, phrase)] => named(one, *score, phrase),
        // "The emergency department": the place and the department named
        // alike lead to the same door; take the department.
        [(Target::Place(PlaceKind::Emergency), _, _), (dept @ Target::Department(code), score, phrase)]
            if code == crate::triage::EMERGENCY_CODE =>
        {
            named(dept, *score, phrase)
        }
        _ => Named::Unclear,
    }
}

/// Words that frame a request for a place without adding to it: "where is
/// the ...", "请问...在哪里", "我要去...".
const PLACE_FRAME_ZH: [&str; 35] = [
    "请问",
    "你好",
    "麻烦",
    "帮我",
    "告诉我",
    "我想",
    "我要",
    "想",
    "要",
    "找",
    "去",
    "到",
    "在哪里",
    "在哪儿",
    "在哪",
    "哪里",
    "哪儿",
    "怎么走",
    "怎么去",
    "往哪",
    "走",
    "的",
    "呢",
    "吗",
    "啊",
    "呀",
    "吧",
    "一下",
    "是",
    "在",
    "我",
    "请",
    "个",
    "里",
    "儿",
];

/// English words that frame a place beyond [`FUNCTION_WORDS`]: "the
/// nearest toilet", "the ultrasound room".
const PLACE_FRAME_EN: [&str; 8] = [
    "room", "nearest", "closest", "counter", "desk", "area", "office", "floor",
];

/// The longest utterance that still counts as a place asked for on its own.
const MAX_PLACE_REQUEST_UNITS: usize = 10;

/// True when `phrase` (found in `heard` at `start`) is the whole request:
/// everything else is framing. A place word inside a longer sentence ("the
/// patient came up from the lab") may be a mishearing or not a request at
/// all, and only a read-back tells.
fn asked_alone(
    heard: &[String],
    heard_chars: &str,
    lang: Lang,
    phrase: &Phrase,
    start: usize,
    matched: usize,
) -> bool {
    if heard.len() > MAX_PLACE_REQUEST_UNITS + matched {
        return false;
    }
    match lang {
        Lang::Zh => {
            // Anything but Chinese characters (a code-switched word, digits)
            // is more than a frame.
            if start != usize::MAX || heard.len() != heard_chars.chars().count() {
                return false;
            }
            let Some(at) = heard_chars.find(&phrase.chars) else {
                return false;
            };
            let rest = [&heard_chars[..at], &heard_chars[at + phrase.chars.len()..]];
            rest.iter().all(|part| only_frame(part))
        }
        Lang::En => {
            let function: HashSet<&str> = FUNCTION_WORDS.split_whitespace().collect();
            let end = start.saturating_add(matched).min(heard.len());
            heard
                .iter()
                .enumerate()
                .filter(|(i, _)| *i < start || *i >= end)
                .all(|(_, u)| function.contains(u.as_str()) || PLACE_FRAME_EN.contains(&u.as_str()))
        }
    }
}

/// True when `text` splits wholly into [`PLACE_FRAME_ZH`] pieces.
fn only_frame(text: &str) -> bool {
    let mut reachable = vec![false; text.len() + 1];
    reachable[0] = true;
    for i in 0..text.len() {
        if !reachable[i] || !text.is_char_boundary(i) {
            continue;
        }
        for f in PLACE_FRAME_ZH {
            if text[i..].starts_with(f) {
                reachable[i + f.len()] = true;
            }
        }
    }
    reachable[text.len()]
}

pub(super) enum Named {
    Nothing,
    /// The target, the heard words that named it, and whether it was
    /// named exactly and on its own.
    One(Target, Vec<String>, bool),
    Unclear,
}
