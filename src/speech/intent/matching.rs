//! Matching heard words against phrases: English words (lower-cased,
//! plural "s" dropped, long words within a letter or two), Chinese by
//! characters (traditional ones as their simplified forms) or, for longer
//! phrases, by the same syllables; and whole utterances that are commands.

use super::{Command, Lexicon, Phrase};
use crate::lang::{is_cjk, simplified, Lang};
use pinyin::ToPinyin;

fn is_separator(c: char) -> bool {
    !(c.is_alphanumeric() || c == '\'')
}

/// Words (English) or syllables (Chinese) of `text`, lower-cased, without
/// punctuation, with an English plural "s" dropped.
pub fn units(text: &str) -> Vec<String> {
    let text = text.replace(['’', '‘'], "'").to_lowercase();
    let mut out = Vec::new();
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut Vec<String>| {
        if !word.is_empty() {
            let w = word.trim_matches('\'').to_string();
            let w = match w.strip_suffix('s') {
                Some(stem) if w.len() > 3 && !w.ends_with("ss") => stem.to_string(),
                _ => w,
            };
            if !w.is_empty() {
                out.push(w);
            }
            word.clear();
        }
    };
    for c in text.chars().map(simplified) {
        if is_cjk(c) {
            flush(&mut word, &mut out);
            out.push(
                c.to_pinyin()
                    .map(|p| p.plain().to_string())
                    .unwrap_or_else(|| c.to_string()),
            );
        } else if is_separator(c) {
            flush(&mut word, &mut out);
        } else {
            word.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

pub(super) fn chinese(text: &str) -> String {
    text.chars()
        .map(simplified)
        .filter(|c| is_cjk(*c))
        .collect()
}

pub(super) fn phrase(text: &str, _lang: Lang) -> Phrase {
    Phrase {
        units: units(text),
        chars: chinese(text),
    }
}

/// How well one unit matches: exactly, or within a small edit distance for
/// long English words ("dermatologist" heard as "dermatologis").
pub(super) fn unit_matches(heard: &str, want: &str) -> Option<bool> {
    if heard == want {
        return Some(true);
    }
    let long = want.chars().count();
    let ascii = want.is_ascii() && heard.is_ascii();
    let allowed = match long {
        _ if !ascii => 0,
        0..=5 => 0,
        6..=8 => 1,
        _ => 2,
    };
    (allowed > 0 && strsim::levenshtein(heard, want) <= allowed).then_some(false)
}

/// Where `phrase` occurs in `heard`: (units matched, all exact, first unit).
/// A Chinese match by characters has no unit position (`usize::MAX`).
pub(super) fn find(
    heard: &[String],
    heard_chars: &str,
    phrase: &Phrase,
) -> Option<(usize, bool, usize)> {
    let n = phrase.units.len();
    if n == 0 || n > heard.len() {
        return None;
    }
    // Chinese: the characters themselves, else the same syllables (a
    // homophone) when the phrase is long enough for that to mean something.
    if !phrase.chars.is_empty() {
        if heard_chars.contains(&phrase.chars) {
            return Some((n, true, usize::MAX));
        }
        if n < 2 {
            return None;
        }
    }
    let mut best: Option<(usize, bool, usize)> = None;
    for start in 0..=heard.len() - n {
        let mut exact = true;
        let mut ok = true;
        for (h, w) in heard[start..start + n].iter().zip(&phrase.units) {
            match unit_matches(h, w) {
                Some(e) => exact &= e,
                None => {
                    ok = false;
                    break;
                }
            }
        }
        if ok && best.is_none_or(|(_, e, _)| exact && !e) {
            best = Some((n, exact, start));
        }
    }
    // A compound heard as two words: "ultra sound", "X ray".
    if best.is_none() && n == 1 && phrase.chars.is_empty() {
        for start in 0..heard.len().saturating_sub(1) {
            let joined = format!("{}{}", heard[start], heard[start + 1]);
            if let Some(exact) = unit_matches(&joined, &phrase.units[0]) {
                return Some((2, exact, start));
            }
        }
    }
    best
}

/// Words around a command that do not change it: "um, yes please",
/// "could you say that again", "go to the main menu".
const LEADING_EN: [&str; 17] = [
    "um", "uh", "oh", "well", "hmm", "ok", "please", "could", "can", "would", "you", "just", "go",
    "to", "the", "let's", "i",
];
const TRAILING_EN: [&str; 6] = ["please", "thank", "thanks", "you", "now", "ok"];
const FILLERS_ZH: [char; 9] = ['吧', '啊', '呀', '了', '呢', '哦', '嘛', '请', '哈'];

/// True when `units` is one or more phrases of the same command in a row:
/// "yes yes", "no that's wrong", "yes that is right".
pub(super) fn only_phrases_of(units: &[String], phrases: &[&Phrase]) -> bool {
    // reachable[i]: the first i units split into whole phrases.
    let mut reachable = vec![false; units.len() + 1];
    reachable[0] = true;
    for i in 0..units.len() {
        if !reachable[i] {
            continue;
        }
        for p in phrases {
            let n = p.units.len();
            if n > 0 && i + n <= units.len() && units[i..i + n] == p.units[..] {
                reachable[i + n] = true;
            }
        }
    }
    reachable[units.len()]
}

/// Articles change no command: "call a nurse" is "call the nurse".
pub(super) fn without_articles(units: &[String]) -> Vec<String> {
    units
        .iter()
        .filter(|u| !matches!(u.as_str(), "a" | "an" | "the"))
        .cloned()
        .collect()
}

pub(super) fn command(
    heard: &[String],
    heard_chars: &str,
    lang: Lang,
    lex: &Lexicon,
) -> Option<Command> {
    let phrases_of = |c: Command| -> Vec<&Phrase> {
        lex.commands
            .iter()
            .filter(|(l, cmd, _)| *l == lang && *cmd == c)
            .map(|(_, _, p)| p)
            .collect()
    };
    let heard = &without_articles(heard)[..];
    match lang {
        Lang::Zh => {
            let core = heard_chars
                .trim_start_matches(FILLERS_ZH)
                .trim_end_matches(FILLERS_ZH);
            for chars in [heard_chars, core] {
                if chars.is_empty() {
                    continue;
                }
                for c in Command::ALL {
                    if phrases_of(c).iter().any(|p| p.chars == chars) {
                        return Some(c);
                    }
                }
            }
            // Said twice ("对对"), or a command with "我要" before it ("我要返回").
            let core = core.trim_start_matches("我要").trim_start_matches("我想");
            let n = core.chars().count();
            let half: String = core.chars().take(n / 2).collect();
            for c in Command::ALL {
                let ps = phrases_of(c);
                if ps.iter().any(|p| p.chars == core)
                    || (n >= 2
                        && n % 2 == 0
                        && half.repeat(2) == core
                        && ps.iter().any(|p| p.chars == half))
                {
                    return Some(c);
                }
            }
            None
        }
        Lang::En => {
            let mut v: &[String] = heard;
            while v.len() > 1 && LEADING_EN.contains(&v[0].as_str()) {
                // Keep a word that starts a command phrase ("go back", "i need help").
                if Command::ALL
                    .iter()
                    .any(|c| only_phrases_of(v, &phrases_of(*c)))
                {
                    break;
                }
                v = &v[1..];
            }
            while v.len() > 1 && TRAILING_EN.contains(&v[v.len() - 1].as_str()) {
                if Command::ALL
                    .iter()
                    .any(|c| only_phrases_of(v, &phrases_of(*c)))
                {
                    break;
                }
                v = &v[..v.len() - 1];
            }
            let matches: Vec<Command> = Command::ALL
                .into_iter()
                .filter(|c| only_phrases_of(v, &phrases_of(*c)))
                .collect();
            if let [one] = matches.as_slice() {
                return Some(*one);
            }
            // A slightly misheard long command ("go bak").
            let said = [heard.join(" "), v.join(" ")];
            let near: Vec<Command> = Command::ALL
                .into_iter()
                .filter(|c| {
                    phrases_of(*c).iter().any(|p| {
                        let text = p.units.join(" ");
                        text.len() >= 6
                            && said
                                .iter()
                                .any(|s| s.len() >= 6 && strsim::levenshtein(&text, s) <= 1)
                    })
                })
                .collect();
            match near.as_slice() {
                [one] => Some(*one),
                _ => None,
            }
        }
    }
}
