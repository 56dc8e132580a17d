//! What a story told in English says of a sign's time beyond its clause,
//! as [`super::narrative`] does for Chinese. A sign someone has since been
//! taken to hospital for, or that a doctor has since named ("he collapsed
//! at work and was taken to hospital; they said it was a faint"), is not
//! happening at the kiosk: it raises no red flag, though it may still be
//! what the patient comes about. Nor is the name a doctor gave it, nor a
//! sign told as a habit ("my son often chokes on food"). A sign said in its
//! own clause to be happening still or again ("now he has collapsed
//! again") is.

use super::{prefix_chars, stands_alone};

/// Words after a sign telling that it has been seen to since: taken in,
/// kept in, or given a name by a doctor.
const SEEN_SINCE: &[&str] = &[
    "taken to hospital",
    "taken to the hospital",
    "taken to a&e",
    "taken to casualty",
    "taken to the emergency",
    "taken into hospital",
    "rushed to hospital",
    "rushed to the hospital",
    "rushed to a&e",
    "went to hospital",
    "went to the hospital",
    "went to a&e",
    "admitted to hospital",
    "was admitted",
    "were admitted",
    "got admitted",
    "hospitalised",
    "hospitalized",
    "kept in hospital",
    "kept in overnight",
    "they said it was",
    "doctor said it was",
    "doctors said it was",
    "the doctor said",
    "the doctors said",
    "was diagnosed",
    "were told it was",
    "turned out to be",
    "treated for it",
];

/// How far after a sign its visit may be told: the rest of a long
/// sentence and the start of the next.
const SEEN_WITHIN_CHARS: usize = 100;

/// Words in a sign's own clause saying it goes on still or has come back.
/// "Has had a swollen calf for two days; he was discharged last week" is
/// no visit for the calf.
const STILL: &[&str] = &[
    "still",
    "again",
    "now",
    "keeps",
    "won't stop",
    "will not stop",
    "currently",
    "at the moment",
    "has had",
    "have had",
    "has been",
    "have been",
    "since",
];

/// Whether the English sign at bytes `at..end` of folded `text`, its
/// clause running `clause`, has since been seen to.
pub(super) fn seen_since(text: &str, (start, end_of_clause): (usize, usize), end: usize) -> bool {
    let after = prefix_chars(&text[end..], SEEN_WITHIN_CHARS);
    if !SEEN_SINCE.iter().any(|w| after.contains(w)) {
        return false;
    }
    !said(&text[start..end_of_clause], STILL)
}

/// Whether any of `words` stands alone in `within` ("now", not "known").
pub(super) fn said(within: &str, words: &[&str]) -> bool {
    words.iter().any(|w| {
        within
            .match_indices(w)
            .any(|(i, _)| stands_alone(within, i, w.len()))
    })
}

/// Words right before a sign that make it the name a doctor gave ("they
/// said it was a faint", "diagnosed with epilepsy").
const NAMED_AS: &[&str] = &[
    "said it was",
    "says it was",
    "said it was a",
    "says it was a",
    "told it was",
    "told us it was",
    "told it was a",
    "told us it was a",
    "diagnosed with",
    "diagnosed as",
    "turned out to be",
    "turned out to be a",
    "it was just",
    "it was only",
    "it was just a",
    "it was only a",
];

/// Whether the English sign starting at byte `at` of folded `text` is the
/// name a doctor gave to what happened.
pub(super) fn named_since(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end();
    NAMED_AS.iter().any(|w| {
        before
            .strip_suffix(w)
            .is_some_and(|rest| stands_alone(before, rest.len(), w.len()))
    })
}

/// Words before a sign in its clause that make it come and go, or a habit,
/// as [`super::narrative`]'s Chinese "有时候". Not "always" or "every
/// time": a pattern can be the alarm ("every feed comes back up green").
const AT_TIMES: &[&str] = &[
    "sometimes",
    "at times",
    "now and then",
    "now and again",
    "from time to time",
    "occasionally",
    "often",
    "usually",
    "tends to",
    "tend to",
];

/// Words in the clause that keep a habitual sign alarming: a state of mind
/// ("I often think about ending it"), or one told of now.
const STILL_ALARMING: &[&str] = &[
    "think",
    "thought",
    "feel like",
    "want to",
    "wants to",
    "now",
    "today",
    "at the moment",
    "currently",
];

/// Words after a habitual sign's clause that bring it to now: "he often has
/// chest pain, now it is crushing and he is sweating".
const NOW_AFTER_A_HABIT: &[&str] = &[
    "now",
    "today",
    "tonight",
    "this morning",
    "this time",
    "suddenly",
    "worse",
    "worst",
];

/// Whether the English sign starting at byte `at` of folded `text`, its
/// clause running `clause`, is told as something that comes and goes, and
/// nothing told after it says it is here now.
pub(super) fn at_times(text: &str, (start, end_of_clause): (usize, usize), at: usize) -> bool {
    said(&text[start..at], AT_TIMES)
        && !said(&text[start..end_of_clause], STILL_ALARMING)
        && !said(&text[end_of_clause..], NOW_AFTER_A_HABIT)
}

#[cfg(test)]
mod tests {
    use super::super::tests::hit;

    #[test]
    fn a_sign_taken_to_hospital_or_named_since_is_not_happening() {
        let told = "my husband collapsed at work last week and was taken to hospital";
        assert!(hit("collapsed", told).unwrap().not_now);
        let named = "she passed out at the party and they said it was the heat";
        assert!(hit("passed out", named).unwrap().not_now);
        let admitted = "he had a seizure on sunday, was admitted and is home now";
        assert!(hit("seizure", admitted).unwrap().not_now);
        let faint = "he collapsed at work and they said it was a faint";
        assert!(hit("faint", faint).unwrap().not_now);
        assert!(
            hit("epilepsy", "he was diagnosed with epilepsy")
                .unwrap()
                .not_now
        );
    }

    #[test]
    fn a_sign_happening_now_or_again_is_happening_whatever_came_before() {
        let asking = "my dad has collapsed, should I take him to hospital?";
        assert!(!hit("collapsed", asking).unwrap().not_now);
        let again = "he was taken to hospital last month and now he has collapsed again";
        assert!(!hit("collapsed", again).unwrap().not_now);
        let still = "she is still fitting and was taken to hospital by ambulance last year";
        assert!(!hit("fitting", still).unwrap().not_now);
    }

    #[test]
    fn a_habit_is_not_happening_unless_it_is_a_state_of_mind_or_now() {
        let habit = "how do you do the heimlich manoeuvre, my son often chokes on food";
        assert!(hit("chokes", habit).unwrap().not_now);
        let sometimes = "sometimes i pass out when i stand up";
        assert!(hit("pass out", sometimes).unwrap().not_now);
        let thoughts = "i often think about killing myself";
        assert!(!hit("killing myself", thoughts).unwrap().not_now);
        let now = "he often has fits but now he has been fitting for ten minutes";
        assert!(!hit("fitting", now).unwrap().not_now);
        let soften = "the lump started to soften and now he is choking";
        assert!(!hit("choking", soften).unwrap().not_now);
        let worse = "my husband often has chest pain, now it is crushing and he is sweating";
        assert!(!hit("chest pain", worse).unwrap().not_now);
    }
}
