//! The kiosk's two languages and text that carries both.

use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }

    /// Chinese if the text holds any CJK ideograph, English otherwise.
    pub fn detect(text: &str) -> Lang {
        if text.chars().any(is_cjk) {
            Lang::Zh
        } else {
            Lang::En
        }
    }
}

pub fn is_cjk(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '\u{f900}'..='\u{faff}')
}

/// The simplified form of a traditional character, from OpenCC's table
/// (`assets/zh/`); any other character as it is. Visitors from Hong Kong,
/// Macau and Taiwan write traditional characters, and Whisper sometimes
/// transcribes Mandarin in them: everything that matches Chinese words folds
/// through this first. A character with several simplified forms takes the
/// usual one, which the table lists first.
pub fn simplified(c: char) -> char {
    static TABLE: OnceLock<HashMap<char, char>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        include_str!("../assets/zh/TSCharacters.txt")
            .lines()
            .filter_map(|line| {
                let (from, to) = line.split_once('\t')?;
                let mut from = from.chars();
                let one = from.next().filter(|_| from.next().is_none())?;
                Some((one, to.chars().next()?))
            })
            .collect()
    });
    table.get(&c).copied().unwrap_or(c)
}

impl FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "zh" | "zh_cn" | "zh-cn" | "cmn" | "中文" => Ok(Lang::Zh),
            "en" | "english" => Ok(Lang::En),
            other => Err(format!("unknown language {other:?}; use zh or en")),
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A piece of text in both languages. Both are required: a patient must never
/// see an empty label because one translation is missing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Text {
    pub zh: String,
    pub en: String,
}

impl Text {
    pub fn new(zh: impl Into<String>, en: impl Into<String>) -> Self {
        Text {
            zh: zh.into(),
            en: en.into(),
        }
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_chinese_by_ideographs() {
        assert_eq!(Lang::detect("孩子发烧咳嗽"), Lang::Zh);
        assert_eq!(Lang::detect("my child has 发烧"), Lang::Zh);
        assert_eq!(Lang::detect("chest pain"), Lang::En);
        assert_eq!(Lang::detect(""), Lang::En);
    }

    #[test]
    fn parses_language_names() {
        assert_eq!("ZH".parse::<Lang>(), Ok(Lang::Zh));
        assert_eq!("en".parse::<Lang>(), Ok(Lang::En));
        assert!("fr".parse::<Lang>().is_err());
    }
}
