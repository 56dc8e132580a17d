//! A story that turns to now: a sign "for years" or a check that found
//! nothing rules a red flag out only for what was told before the turn, so
//! a long illness named first never hides a stroke told after "现在" or
//! "and now".

use super::*;

#[test]
fn what_was_said_before_the_turn_to_now_does_not_hide_a_sign_after_it() {
    assert_emergencies(
        &[
            "嘴歪好几年了，现在想看看",
            "My face has drooped for years and now I'd like it looked at",
            "半身不遂好几年了，今天想开点药",
        ],
        &[
            "糖尿病好几年了，现在嘴歪了，说话不清楚",
            "I've had diabetes for years and now my face is drooping and my speech is slurred",
            "车祸以后检查过没事，现在突然头疼呕吐",
        ],
    );
}
