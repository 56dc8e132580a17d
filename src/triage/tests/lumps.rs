//! Lumps and bumps, and pain told by when it comes: a soft lump that moves
//! is the surgeons', one that squeezes out white stuff the skin clinic's,
//! one under the jaw that swells at meals the mouth surgeons', a bulge at
//! the navel a hernia; a hernia that will not go back or has gone hard or
//! purple is trapped, and a red, swollen lump with a fever and shaking
//! chills is spreading.

use super::*;

#[test]
fn a_lump_described_finds_its_clinic() {
    assert_department(
        "04.01",
        &[
            "背上有个软软的包，好几年了，不疼",
            "A soft painless lump on my back for years",
            "A bulge at my belly button that sticks out when I strain",
            "锁骨上面摸到一个硬的肿块，不疼",
        ],
        &[],
    );
    assert_department(
        "13",
        &[
            "耳垂上长了个包，能挤出白色的东西",
            "A lump on my earlobe that squeezes out white stuff",
        ],
        &[],
    );
    assert_department(
        "12",
        &[
            "下巴下面有个包，吃饭的时候会肿",
            "A lump under my jaw that swells when I eat",
            "A lump under my tongue",
        ],
        &[],
    );
    assert_department("03.07", &["脖子前面摸到一个结节，随吞咽上下动"], &[]);
}

#[test]
fn a_trapped_hernia_and_a_spreading_infection_are_emergencies() {
    assert_emergencies(
        &[
            "肚脐那里鼓出来一个包，用力的时候更明显",
            "屁股旁边长了个包，有点红肿",
            "A boil on my arm is red and swollen",
        ],
        &[
            "肚脐那里的包突然变硬变紫，疼得受不了",
            "The lump at my belly button has suddenly gone hard and purple and the pain is unbearable",
            "大腿根那个包推不回去了",
            "屁股旁边的包红肿得厉害，发高烧，打寒战",
            "The lump by my bottom is red and swollen, I've a high fever and I'm shaking with chills",
            "脖子上的包越来越大，现在喘气都困难",
        ],
    );
}

#[test]
fn pain_told_by_when_it_comes_finds_its_clinic() {
    assert_department(
        "03.08",
        &[
            "吃海鲜以后脚趾关节疼",
            "My toe joint hurts after I eat seafood",
        ],
        &[],
    );
    assert_department("05.01", &["每次同房以后下面有点出血"], &[]);
    assert_department(
        "04.03",
        &[
            "久坐以后屁股那里疼",
            "My bottom hurts after sitting for a long time",
        ],
        &[],
    );
    assert_department(
        "03.02",
        &["I retch when I brush my teeth in the morning"],
        &[],
    );
    assert_emergencies(
        &["Everything goes dark for a moment when I stand up"],
        &["I woke up this morning and one side of my face won't move and my hand on that side is weak"],
    );
}
