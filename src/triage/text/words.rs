//! English words the matcher treats specially: filler dropped before
//! matching, and words kept whole because their Snowball stem is another
//! word's. Both lists apply alike to the rules' phrasings and to what a
//! patient says, so a phrasing and the words it names always meet.

/// Words dropped before matching in English. Negations ("no", "not") and
/// scope breakers ("but") are deliberately absent, and so is "too": "too
/// many pills" is an overdose and "many pills" a long list of medicines.
pub const STOP_WORDS: &[&str] = &[
    "a", "an", "the", "my", "me", "i", "im", "is", "am", "are", "was", "were", "be", "been",
    "being", "of", "to", "in", "on", "at", "it", "its", "this", "that", "these", "those", "very",
    "really", "so", "have", "has", "had", "got", "get", "gets", "getting", "some", "bit", "quite",
    "just", "also", "all", "since", "for", "from", "with", "and", "or", "kind", "sort", "do",
    "does", "did", "doing", "any", "he", "she", "his", "her", "him", "they", "their", "them", "we",
    "our", "you", "your", "please", "would", "could", "think", "seems", "seem", "lately",
    "recently", "today", "when", "after", "by", "which", "what", "who",
];

/// Words whose stem would make them another word with another meaning:
/// "spotting" (bleeding in a pregnancy) would meet "spots" on the face,
/// "tearing" (a tearing pain) "in tears", "winded" a stomach's "wind",
/// "several" "severe", "hardly" "hard", "teething" "teeth", "light-headed"
/// or "heading home" the head itself, "stabbing" (a kind of pain) a man
/// "stabbed", "butted" (by a goat, in the belly) every "but", "keeps
/// fitting" (a child's fits) "keeps fit". Kept whole,
/// each matches only itself. Found by stemming every word of the rules and
/// reading the groups that share a stem, and by everyday words that met a
/// red flag's stem.
pub const KEPT_WHOLE: &[&str] = &[
    "spotting", "tearing", "winded", "several", "hardly", "teething", "fishing", "cycling",
    "cupping", "headed", "heading", "stabbing", "butted", "fitting",
];
