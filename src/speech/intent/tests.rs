use super::*;
use crate::hospital::load::demo_hospital;

fn setup() -> (Lexicon, Triage) {
    let mut lex = Lexicon::new(DEMO_VOCABULARY, &demo_hospital()).unwrap();
    lex.learn_rules(&RuleSet::demo());
    (lex, Triage::new(RuleSet::demo()))
}

fn said(text: &str) -> Option<(String, String)> {
    let (lex, triage) = setup();
    understand(text, Lang::detect(text), &lex, &triage)
        .map(|m| (m.intent.kind().into(), m.intent.value()))
}

fn is(kind: &str, value: &str) -> Option<(String, String)> {
    Some((kind.into(), value.into()))
}

#[test]
fn commands_are_whole_utterances() {
    assert_eq!(said("Yes."), is("command", "yes"));
    assert_eq!(said("Um, yes please."), is("command", "yes"));
    assert_eq!(said("Go bak."), is("command", "back"));
    assert_eq!(said("No, no."), is("command", "no"));
    assert_eq!(said("对的。"), is("command", "yes"));
    assert_eq!(said("返回吧"), is("command", "back"));
    // "back" inside a sentence is not the command.
    assert_ne!(said("My back hurts"), is("command", "back"));
}

#[test]
fn places_and_departments_by_name_and_by_everyday_word() {
    assert_eq!(said("Where are the toilets?"), is("place", "toilet"));
    assert_eq!(said("Which way to the lifts"), is("place", "lift"));
    assert_eq!(
        said("I'd like to see a cardiologist"),
        is("department", "03.04")
    );
    assert_eq!(said("Neurology, please."), is("department", "03.03"));
    assert_eq!(said("我想去眼科"), is("department", "10"));
    assert_eq!(said("抽血在哪"), is("place", "lab"));
    // A homophone from the recogniser still finds the department.
    assert_eq!(said("我要挂皮肤可"), is("department", "13"));
    // A slightly misspelt long word.
    assert_eq!(said("the dermatologis please"), is("department", "13"));
    // A compound heard as two words.
    assert_eq!(
        said("Where is the Ultra Sound Room?"),
        is("place", "imaging")
    );
}

#[test]
fn a_place_acts_at_once_only_when_it_is_the_whole_request() {
    assert_eq!(said("Where is the pharmacy?"), is("place", "pharmacy"));
    assert_eq!(said("Pharmacy, please."), is("place", "pharmacy"));
    assert_eq!(said("药房在哪里？"), is("place", "pharmacy"));
    assert_eq!(said("请问药房怎么走"), is("place", "pharmacy"));
    assert_eq!(said("我要去药房"), is("place", "pharmacy"));
    // A longer everyday phrase ("厕所在哪") leaves "里" over: still a frame.
    assert_eq!(said("请问厕所在哪里"), is("place", "toilet"));
    // 交费 is also 缴费 by sound; heard as written, it is asked for alone.
    assert_eq!(said("在哪里交费"), is("place", "cashier"));
    // Named inside other words: read back, never acted on at once.
    assert_eq!(
        said("然后他从药房回来以后还要再去一次"),
        is("place_to_confirm", "pharmacy")
    );
    assert_eq!(
        said("I have a cough, where is the pharmacy"),
        is("place_to_confirm", "pharmacy")
    );
    // A homophone is a guess, however short the sentence.
    assert_eq!(said("药方在哪里"), is("place_to_confirm", "pharmacy"));
    // Whisper sometimes writes Mandarin in traditional characters.
    assert_eq!(said("藥房在哪裡？"), is("place", "pharmacy"));
    assert_eq!(said("我要掛皮膚科"), is("department", "13"));
}

#[test]
fn complaints_go_through_triage_and_red_flags_win() {
    assert_eq!(said("I have a terrible headache"), is("symptom", "03.03"));
    assert_eq!(
        said("my father collapsed and is not breathing"),
        is("symptom", EMERGENCY)
    );
    // A measured value, said as Whisper writes it.
    assert_eq!(said("My oxygen is 85%."), is("symptom", EMERGENCY));
    assert_eq!(
        said("My oxygen is 98% and I have a cough."),
        is("symptom", "03.01")
    );
}

#[test]
fn unclear_or_off_topic_speech_is_not_acted_on() {
    assert_eq!(said(""), None);
    assert_eq!(said("What time does the train leave?"), None);
    assert_eq!(said("pharmacy or the cashier"), None);
    // Whisper echoing its prompt over noise.
    assert_eq!(said("Cardiology, Dermatology, Neurology, Urology."), None);
    assert_eq!(said("今天天气怎么样"), None);
    // A word the kiosk does not know may be a misheard one: "leading"
    // for "bleeding", "hard" for "heart".
    assert_eq!(said("She is pregnant and leading"), None);
    assert_eq!(said("I want to see a hard doctor"), None);
}

#[test]
fn the_prompt_names_this_hospitals_departments_and_places() {
    let (lex, _) = setup();
    let en = lex.prompt(Lang::En, &PromptContext::General);
    assert!(en.contains("pharmacy") && en.contains("Cardiology"), "{en}");
    assert!(en.chars().count() <= PROMPT_CHARS + 1);
    // Mandarin names go to constrained decoding, not into the prompt.
    assert_eq!(
        lex.prompt(Lang::Zh, &PromptContext::General),
        "以下是普通话。"
    );
    let all = lex.closed_phrases(Lang::Zh, &PromptContext::General);
    for want in ["消化内科", "我要挂皮肤科。", "药房在哪里？", "是的", "返回"]
    {
        assert!(all.iter().any(|p| p == want), "{want}");
    }
    let one_page = PromptContext::Choices(vec!["眼科".into()]);
    let page_set = lex.closed_phrases(Lang::Zh, &one_page);
    assert!(page_set.iter().any(|p| p == "我要去眼科"));
    assert!(!page_set.iter().any(|p| p.contains("皮肤科")));
    assert!(lex
        .closed_phrases(Lang::En, &PromptContext::General)
        .is_empty());
    let page = PromptContext::Choices(vec!["Dermatology".into(), "Oncology".into()]);
    assert_eq!(lex.prompt(Lang::En, &page), "Dermatology, Oncology.");
    assert_eq!(lex.prompt(Lang::En, &PromptContext::YesNo), "Yes, no.");
}

#[test]
fn a_bad_vocabulary_file_names_the_problem() {
    let hospital = demo_hospital();
    let err = Lexicon::new(
        "[commands.en]\nmaybe = [\"perhaps\"]\n[places]\n[departments]",
        &hospital,
    )
    .unwrap_err();
    assert!(err.to_string().contains("maybe"), "{err}");
    assert!(Lexicon::new("not toml [", &hospital).is_err());
}
