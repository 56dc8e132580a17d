//! What the kiosk says aloud for a screen: the same words as on it, in the
//! patient's language. Fixed sentences come from the UI's own catalog
//! (`ui/strings.slint` for English, the bundled `.po` for Chinese), turned
//! into a table by `build.rs`, so the screen and the voice never disagree
//! and a sentence without its Chinese fails the build.

use super::view::{Label, ViewModel};
use crate::lang::Lang;
mod table {
    include!(concat!(env!("OUT_DIR"), "/spoken_table.rs"));
}

/// A fixed sentence in `lang`.
pub fn fixed(key: &str, lang: Lang) -> String {
    let row = table::SENTENCES
        .binary_search_by(|(k, _, _)| (*k).cmp(key))
        .ok()
        .map(|i| table::SENTENCES[i]);
    match (row, lang) {
        (Some((_, en, _)), Lang::En) => en.to_string(),
        (Some((_, _, zh)), Lang::Zh) => zh.to_string(),
        (None, _) => String::new(),
    }
}

fn label(l: &Label, lang: Lang) -> String {
    match l {
        Label::Key(k) => fixed(k, lang),
        Label::Text(t) => t.clone(),
    }
}

/// The screen's message as one text to speak: title, prompt, the lines, then
/// the choices.
pub fn text_for(vm: &ViewModel) -> String {
    let lang = vm.lang;
    // A notice about speech comes first: it is why the kiosk is talking.
    let mut parts: Vec<String> = vm.notice.iter().map(|n| label(n, lang)).collect();
    parts.push(label(&vm.title, lang));
    parts.extend(vm.prompt.as_ref().map(|p| label(p, lang)));
    if !vm.number.is_empty() && !vm.number.contains('●') {
        parts.push(vm.number.clone());
    }
    parts.extend(vm.lead.iter().map(|l| l.text.clone()));
    parts.extend(vm.lines.iter().take(6).map(|l| l.text.clone()));
    let choices: Vec<String> = vm
        .tiles
        .iter()
        .map(|t| label(&t.label, lang))
        .filter(|s| !s.is_empty())
        .collect();
    if !choices.is_empty() && vm.kind != super::view::ScreenKind::Staff {
        let lead = match lang {
            Lang::Zh => "您可以选：",
            Lang::En => "You can choose: ",
        };
        let sep = if lang == Lang::Zh { "、" } else { ", " };
        parts.push(format!("{lead}{}", choices.join(sep)));
    }
    let sep = if lang == Lang::Zh { "。" } else { ". " };
    let text = parts
        .into_iter()
        .filter(|p| !p.trim().is_empty())
        .collect::<Vec<_>>()
        .join(sep);
    text.chars().take(crate::speech::tts::MAX_CHARS).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_sentences_come_from_the_ui_catalog_in_both_languages() {
        assert_eq!(fixed("home", Lang::En), "How can I help you?");
        assert_eq!(fixed("home", Lang::Zh), "请问您需要什么帮助？");
        assert_eq!(fixed("still_here", Lang::Zh), "我还在");
    }

    #[test]
    fn a_screen_is_spoken_with_its_choices() {
        use crate::hospital::load::demo_hospital;
        use crate::workflow::{Catalog, Kiosk, Screen};
        let h = demo_hospital();
        let codes: std::collections::HashSet<String> =
            h.departments.iter().map(|d| d.code.clone()).collect();
        let rules = crate::triage::RuleSet::parse(
            &crate::hospital::load::Sources::demo().triage_toml,
            &codes,
        )
        .unwrap();
        let mut k = Kiosk::new(
            std::sync::Arc::new(Catalog::for_hospital(&rules, &h)),
            Lang::Zh,
        );
        k.screen = Screen::Home;
        let ctx = super::super::view::ViewContext {
            alerts: &[],
            hospital: &h,
            rules: &rules,
            queue: None,
            now: chrono::NaiveDateTime::default(),
        };
        let text = text_for(&super::super::view::view(&k, &ctx));
        assert!(text.starts_with("请问您需要什么帮助？"), "{text}");
        assert!(text.contains("您可以选：我不舒服、找科室"), "{text}");
    }

    #[test]
    fn the_table_holds_every_sentence_in_both_languages() {
        assert!(table::SENTENCES.len() > 50);
        for (key, en, zh) in table::SENTENCES {
            assert!(!en.is_empty() && !zh.is_empty(), "{key}");
        }
        assert_eq!(fixed("no such key", Lang::Zh), "");
    }
}
