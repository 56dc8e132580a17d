//! Choices inside a phrasing: "(左边|右边|一侧)*(没劲|无力)" stands for every
//! way of picking one word from each group, so a sign told with any side and
//! any word for weakness is heard without listing each pairing. Expansion is
//! bounded, groups do not nest, and a malformed phrasing is refused by the
//! rules loader with the reason.

use thiserror::Error;

/// More pairings than this in one phrasing is almost surely a slip (a
/// group too many), and would slow every assessment.
pub const MAX_EXPANSIONS: usize = 256;

#[derive(Debug, Error, PartialEq)]
pub enum ExpandError {
    #[error("a '(' is not closed")]
    Unclosed,
    #[error("a ')' has no '(' before it")]
    UnopenedClose,
    #[error("groups cannot be nested")]
    Nested,
    #[error("a '|' stands outside any group")]
    BarOutsideGroup,
    #[error("a group has an empty choice")]
    EmptyChoice,
    #[error("it stands for {0} phrasings, more than {MAX_EXPANSIONS}")]
    TooMany(usize),
    /// "(都)?" reads as "optional" to anyone who knows regular expressions,
    /// but would be matched as a literal question mark, silently never.
    #[error(
        "a '?' after a group does not make it optional; write the phrasing with and without it"
    )]
    OptionalGroup,
}

/// Every phrasing `phrase` stands for, in order: the phrase itself when it
/// has no group.
pub fn expand(phrase: &str) -> Result<Vec<String>, ExpandError> {
    // Literal runs and groups, in order.
    let mut parts: Vec<Vec<String>> = Vec::new();
    let mut literal = String::new();
    let mut group: Option<Vec<String>> = None;
    let mut previous = None;
    for c in phrase.chars() {
        if matches!(c, '?' | '？') && previous == Some(')') {
            return Err(ExpandError::OptionalGroup);
        }
        previous = Some(c);
        match (c, group.as_mut()) {
            ('(', Some(_)) => return Err(ExpandError::Nested),
            ('(', None) => {
                parts.push(vec![std::mem::take(&mut literal)]);
                group = Some(vec![String::new()]);
            }
            (')', None) => return Err(ExpandError::UnopenedClose),
            (')', Some(choices)) => {
                if choices.iter().any(|s| s.trim().is_empty()) {
                    return Err(ExpandError::EmptyChoice);
                }
                parts.push(std::mem::take(choices));
                group = None;
            }
            ('|', None) => return Err(ExpandError::BarOutsideGroup),
            ('|', Some(choices)) => choices.push(String::new()),
            (c, Some(choices)) => {
                if let Some(last) = choices.last_mut() {
                    last.push(c);
                }
            }
            (c, None) => literal.push(c),
        }
    }
    if group.is_some() {
        return Err(ExpandError::Unclosed);
    }
    parts.push(vec![literal]);
    let count = parts
        .iter()
        .try_fold(1usize, |n, p| n.checked_mul(p.len()))
        .unwrap_or(usize::MAX);
    if count > MAX_EXPANSIONS {
        return Err(ExpandError::TooMany(count));
    }
    let mut out = vec![String::new()];
    for choices in &parts {
        out = out
            .iter()
            .flat_map(|head| choices.iter().map(move |c| format!("{head}{c}")))
            .collect();
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_phrase_without_groups_stands_for_itself() {
        assert_eq!(expand("胸*痛").unwrap(), vec!["胸*痛"]);
        assert_eq!(expand("chest pain").unwrap(), vec!["chest pain"]);
    }

    #[test]
    fn groups_stand_for_every_pairing_in_order() {
        assert_eq!(
            expand("(左边|右边)*(没劲|无力)").unwrap(),
            vec!["左边*没劲", "左边*无力", "右边*没劲", "右边*无力"]
        );
        assert_eq!(
            expand("(left|right) arm * weak").unwrap(),
            vec!["left arm * weak", "right arm * weak"]
        );
    }

    #[test]
    fn malformed_groups_are_refused_with_the_reason() {
        assert_eq!(expand("(左边|右边*没劲"), Err(ExpandError::Unclosed));
        assert_eq!(expand("左边)没劲"), Err(ExpandError::UnopenedClose));
        assert_eq!(expand("((左)|右)"), Err(ExpandError::Nested));
        assert_eq!(expand("左|右"), Err(ExpandError::BarOutsideGroup));
        assert_eq!(expand("(左||右)没劲"), Err(ExpandError::EmptyChoice));
        assert_eq!(expand("()没劲"), Err(ExpandError::EmptyChoice));
        assert_eq!(expand("密码*(都)?告诉"), Err(ExpandError::OptionalGroup));
        assert_eq!(expand("(lips|face)? blue"), Err(ExpandError::OptionalGroup));
        let wide = format!("({})", vec!["a"; 17].join("|")).repeat(2);
        assert_eq!(expand(&wide), Err(ExpandError::TooMany(289)));
    }
}
