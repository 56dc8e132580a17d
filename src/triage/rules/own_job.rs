//! A clinic's name said as the speaker's own job or ward ("我是妇科医生",
//! "在儿科上班", "I'm a surgeon") asks for no clinic. The frames that say so
//! are written once in `[own_job]`; each term lists only the names its clinic
//! goes by as a job (`job_zh`, `job_en`), and the loader turns every frame and
//! name into the term's exceptions, so a new frame reaches every clinic at
//! once and no term can be left with an older copy.

use serde::Deserialize;

/// Where a job's name stands in a frame.
const SLOT: &str = "{}";

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct OwnJobFrames {
    #[serde(default)]
    pub zh: Vec<String>,
    #[serde(default)]
    pub en: Vec<String>,
}

impl OwnJobFrames {
    /// Each frame that does not hold exactly one slot, with the list it is in.
    pub fn faults(&self) -> Vec<String> {
        [("zh", &self.zh), ("en", &self.en)]
            .into_iter()
            .flat_map(|(key, frames)| {
                frames
                    .iter()
                    .filter(|f| f.matches(SLOT).count() != 1)
                    .map(move |f| {
                        format!("[own_job] {key} frame {f:?} must hold {SLOT} exactly once, where the job's name goes")
                    })
            })
            .collect()
    }

    /// The Chinese exceptions for a clinic known by `names`: all names as
    /// one group in each frame, so a frame stays one phrasing however many
    /// names the clinic has.
    pub fn zh_exceptions(&self, names: &[String]) -> Vec<String> {
        if names.is_empty() {
            return Vec::new();
        }
        let group = format!("({})", names.join("|"));
        self.zh
            .iter()
            .map(|f| f.replacen(SLOT, &group, 1))
            .collect()
    }

    /// The English exceptions: each name in each frame, word for word, since
    /// a frame is a quoted saying ("\"i'm {}\"") whose filler words count.
    pub fn en_exceptions(&self, names: &[String]) -> Vec<String> {
        self.en
            .iter()
            .flat_map(|f| names.iter().map(move |n| f.replacen(SLOT, n, 1)))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frames() -> OwnJobFrames {
        OwnJobFrames {
            zh: vec!["(我是|当){}(医生|护士)".into(), "在{}上班".into()],
            en: vec!["\"i'm {}\"".into(), "\"work as {}\"".into()],
        }
    }

    #[test]
    fn chinese_names_go_into_each_frame_as_one_group() {
        let names = vec!["妇科".to_string(), "妇产科".to_string()];
        assert_eq!(
            frames().zh_exceptions(&names),
            ["(我是|当)(妇科|妇产科)(医生|护士)", "在(妇科|妇产科)上班"]
        );
        assert!(frames().zh_exceptions(&[]).is_empty());
    }

    #[test]
    fn english_names_go_into_each_frame_one_by_one() {
        let names = vec!["a surgeon".to_string(), "an orthopedist".to_string()];
        assert_eq!(
            frames().en_exceptions(&names),
            [
                "\"i'm a surgeon\"",
                "\"i'm an orthopedist\"",
                "\"work as a surgeon\"",
                "\"work as an orthopedist\""
            ]
        );
    }

    #[test]
    fn a_frame_without_exactly_one_slot_is_a_fault() {
        let f = OwnJobFrames {
            zh: vec!["我是医生".into()],
            en: vec!["\"{} {}\"".into(), "\"i'm {}\"".into()],
        };
        let faults = f.faults();
        assert_eq!(faults.len(), 2, "{faults:?}");
        assert!(faults[0].contains("我是医生"), "{faults:?}");
    }
}
