//! Turns a CTranslate2 Whisper model (the faster-whisper layout: `model.bin`
//! plus a vocabulary) into the single ggml file whisper.cpp loads.
//!
//! The PyPI packages we can reach carry CTranslate2 models, while whisper-rs
//! wants ggml. The output follows whisper.cpp's own converter byte for byte
//! (same tensor names, order and types), so a file made here has the same
//! checksum as one made by the reference tool in `../shared/speech`.

use std::collections::HashMap;
use std::io::Write;

#[derive(Debug, thiserror::Error)]
pub enum ConvertError {
    #[error("the model file ends early (at byte {0}); it is damaged or incomplete")]
    Truncated(usize),
    #[error("CTranslate2 binary version {0} is not supported (1 to 6 are)")]
    Version(u32),
    #[error("this is not a Whisper model (CTranslate2 spec {0:?})")]
    NotWhisper(String),
    #[error("the model has no tensor {0:?}")]
    Missing(String),
    #[error("tensor {name:?} is stored as {dtype}, which this converter does not read")]
    DType { name: String, dtype: &'static str },
    #[error("tensor {0:?} has an unexpected shape")]
    Shape(String),
    #[error("{0}: the key bias is not zero, and whisper.cpp has no key bias")]
    KeyBias(String),
    #[error("the vocabulary is not readable: {0}")]
    Vocabulary(String),
    #[error("could not write the model: {0}")]
    Io(#[from] std::io::Error),
}

mod ct2;

use ct2::{read_ct2, Ct2Model, DType};

/// The byte-level alphabet of GPT-2's BPE: each byte has a printable
/// stand-in character, and vocabulary files are written in those.
fn byte_decoder() -> HashMap<char, u8> {
    let mut printable: Vec<u32> = (b'!' as u32..=b'~' as u32)
        .chain(0xA1..=0xAC)
        .chain(0xAE..=0xFF)
        .collect();
    let mut chars: Vec<u32> = printable.clone();
    let mut extra = 0;
    for b in 0..256u32 {
        if !printable.contains(&b) {
            printable.push(b);
            chars.push(256 + extra);
            extra += 1;
        }
    }
    printable
        .iter()
        .zip(chars)
        .filter_map(|(b, c)| Some((char::from_u32(c)?, *b as u8)))
        .collect()
}

/// The regular tokens (before `<|endoftext|>`) as bytes, from CTranslate2's
/// `vocabulary.txt` (a token a line) or `vocabulary.json` (a list).
pub fn parse_vocabulary(text: &str, json: bool) -> Result<Vec<Vec<u8>>, ConvertError> {
    let tokens: Vec<String> = if json {
        serde_json::from_str(text).map_err(|e| ConvertError::Vocabulary(e.to_string()))?
    } else {
        text.lines().map(str::to_string).collect()
    };
    let decoder = byte_decoder();
    let mut out = Vec::new();
    for (i, tok) in tokens.iter().enumerate() {
        if tok == "<|endoftext|>" {
            return Ok(out);
        }
        let bytes = tok
            .chars()
            .map(|c| decoder.get(&c).copied())
            .collect::<Option<Vec<u8>>>()
            .ok_or_else(|| {
                ConvertError::Vocabulary(format!("token {i} has a character outside GPT-2's set"))
            })?;
        out.push(bytes);
    }
    Err(ConvertError::Vocabulary(
        "there is no <|endoftext|> token".into(),
    ))
}

/// Tensors at or below two dimensions that whisper.cpp wants as f32 anyway.
const F32_ALWAYS: [&str; 4] = [
    "encoder.conv1.bias",
    "encoder.conv2.bias",
    "encoder.positional_embedding",
    "decoder.positional_embedding",
];

/// A tensor to write: its whisper.cpp name, shape, and a slice of the source.
struct Out<'a> {
    name: String,
    dims: Vec<usize>,
    dtype: DType,
    data: &'a [u8],
}

struct Plan<'m, 'a> {
    model: &'m Ct2Model<'a>,
    out: Vec<Out<'a>>,
}

impl<'a> Plan<'_, 'a> {
    fn push(&mut self, name: String, src: &str) -> Result<(), ConvertError> {
        let v = self.model.get(src)?;
        self.out.push(Out {
            name,
            dims: v.dims.clone(),
            dtype: v.dtype,
            data: v.data,
        });
        Ok(())
    }

    fn linear(&mut self, src: &str, dst: &str) -> Result<(), ConvertError> {
        self.push(format!("{dst}.weight"), &format!("{src}/weight"))?;
        if self.model.vars.contains_key(&format!("{src}/bias")) {
            self.push(format!("{dst}.bias"), &format!("{src}/bias"))?;
        }
        Ok(())
    }

    fn norm(&mut self, src: &str, dst: &str) -> Result<(), ConvertError> {
        self.push(format!("{dst}.weight"), &format!("{src}/gamma"))?;
        self.push(format!("{dst}.bias"), &format!("{src}/beta"))
    }

    /// CTranslate2 fuses attention projections into one matrix; whisper.cpp
    /// keeps them apart. The parts are equal slices along the first axis.
    fn split(&mut self, src: &str, dst: &str, parts: &[&str]) -> Result<(), ConvertError> {
        let w = self.model.get(&format!("{src}/weight"))?.clone();
        let bias_name = format!("{src}/bias");
        let b = self.model.vars.get(&bias_name).cloned();
        let n = parts.len();
        let rows = *w
            .dims
            .first()
            .ok_or_else(|| ConvertError::Shape(src.into()))?;
        if rows % n != 0 || w.data.len() % n != 0 {
            return Err(ConvertError::Shape(src.into()));
        }
        let mut dims = w.dims.clone();
        dims[0] = rows / n;
        let wchunk = w.data.len() / n;
        for (i, part) in parts.iter().enumerate() {
            self.out.push(Out {
                name: format!("{dst}.{part}.weight"),
                dims: dims.clone(),
                dtype: w.dtype,
                data: &w.data[i * wchunk..(i + 1) * wchunk],
            });
            let Some(b) = &b else { continue };
            if b.data.len() % n != 0 {
                return Err(ConvertError::Shape(bias_name));
            }
            let bchunk = b.data.len() / n;
            let slice = &b.data[i * bchunk..(i + 1) * bchunk];
            if *part == "key" {
                if to_f32(b.dtype, slice, &bias_name)?
                    .iter()
                    .any(|x| x.abs() > 1e-6)
                {
                    return Err(ConvertError::KeyBias(src.into()));
                }
                continue;
            }
            self.out.push(Out {
                name: format!("{dst}.{part}.bias"),
                dims: vec![b.dims[0] / n],
                dtype: b.dtype,
                data: slice,
            });
        }
        Ok(())
    }

    /// One transformer layer, `s` in CTranslate2's names and `d` in
    /// whisper.cpp's: self-attention, then (decoder only) cross-attention,
    /// then the feed-forward part, in the order whisper.cpp's converter
    /// writes them.
    fn block(&mut self, s: &str, d: &str, cross: bool) -> Result<(), ConvertError> {
        self.norm(
            &format!("{s}/self_attention/layer_norm"),
            &format!("{d}.attn_ln"),
        )?;
        self.split(
            &format!("{s}/self_attention/linear_0"),
            &format!("{d}.attn"),
            &["query", "key", "value"],
        )?;
        self.linear(
            &format!("{s}/self_attention/linear_1"),
            &format!("{d}.attn.out"),
        )?;
        if cross {
            self.norm(
                &format!("{s}/attention/layer_norm"),
                &format!("{d}.cross_attn_ln"),
            )?;
            self.linear(
                &format!("{s}/attention/linear_0"),
                &format!("{d}.cross_attn.query"),
            )?;
            self.split(
                &format!("{s}/attention/linear_1"),
                &format!("{d}.cross_attn"),
                &["key", "value"],
            )?;
            self.linear(
                &format!("{s}/attention/linear_2"),
                &format!("{d}.cross_attn.out"),
            )?;
        }
        self.norm(&format!("{s}/ffn/layer_norm"), &format!("{d}.mlp_ln"))?;
        self.linear(&format!("{s}/ffn/linear_0"), &format!("{d}.mlp.0"))?;
        self.linear(&format!("{s}/ffn/linear_1"), &format!("{d}.mlp.2"))
    }

    fn reshape_column(&mut self, name: &str) -> Result<(), ConvertError> {
        let t = self
            .out
            .iter_mut()
            .find(|t| t.name == name)
            .ok_or_else(|| ConvertError::Missing(name.into()))?;
        t.dims = vec![t.dims.iter().product(), 1];
        Ok(())
    }
}

fn f16_to_f32(bits: u16) -> f32 {
    half::f16::from_bits(bits).to_f32()
}

fn to_f32(dtype: DType, data: &[u8], name: &str) -> Result<Vec<f32>, ConvertError> {
    Ok(match dtype {
        DType::F32 => data
            .chunks_exact(4)
            .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect(),
        DType::F16 => data
            .chunks_exact(2)
            .map(|c| f16_to_f32(u16::from_le_bytes([c[0], c[1]])))
            .collect(),
        DType::Bf16 => data
            .chunks_exact(2)
            .map(|c| f32::from_bits((u16::from_le_bytes([c[0], c[1]]) as u32) << 16))
            .collect(),
        // Quantized weights need their scales; no model we install has them.
        other => {
            return Err(ConvertError::DType {
                name: name.into(),
                dtype: other.name(),
            })
        }
    })
}

/// How the matrices are stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weights {
    /// As published: 16-bit floats.
    F16,
    /// ggml's Q8_0: blocks of 32 weights as 8-bit integers with one 16-bit
    /// scale. Half the memory traffic of f16, and whisper.cpp's integer dot
    /// products; the same int8 precision faster-whisper runs at.
    Q8_0,
}

/// ggml's type ids and whisper.cpp's file-type code for Q8_0 (ggml's
/// "mostly Q8_0", 7, plus quantization version 2 × 1000).
const GGML_TYPE_Q8_0: usize = 8;
const FTYPE_Q8_0: usize = 2007;
const Q8_BLOCK: usize = 32;

/// Quantizes like ggml's `quantize_row_q8_0_ref`: per block of 32, the
/// scale is the largest magnitude over 127, and each weight is rounded.
fn quantize_q8_0(values: &[f32]) -> Vec<u8> {
    let mut out = Vec::with_capacity(values.len() / Q8_BLOCK * (2 + Q8_BLOCK));
    for block in values.chunks(Q8_BLOCK) {
        let amax = block.iter().fold(0.0f32, |m, x| m.max(x.abs()));
        let d = amax / 127.0;
        let id = if d != 0.0 { 1.0 / d } else { 0.0 };
        out.extend_from_slice(&half::f16::from_f32(d).to_bits().to_le_bytes());
        for x in block {
            out.push((x * id).round() as i8 as u8);
        }
    }
    out
}

/// Facts about a converted model, for the installer's messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Converted {
    pub tensors: usize,
    pub multilingual: bool,
    pub bytes: u64,
}

/// Writes the ggml form of `model_bin` (with its vocabulary) to `out`.
pub fn convert(
    model_bin: &[u8],
    vocabulary: &[Vec<u8>],
    weights: Weights,
    out: &mut impl Write,
) -> Result<Converted, ConvertError> {
    let model = read_ct2(model_bin)?;
    if model.spec != "WhisperSpec" {
        return Err(ConvertError::NotWhisper(model.spec));
    }
    let dim = |name: &str, i: usize| -> Result<usize, ConvertError> {
        model
            .get(name)?
            .dims
            .get(i)
            .copied()
            .ok_or_else(|| ConvertError::Shape(name.into()))
    };
    let n_vocab = dim("decoder/embeddings/weight", 0)?;
    let hparams = [
        n_vocab,
        dim("encoder/position_encodings/encodings", 0)?,
        dim("encoder/position_encodings/encodings", 1)?,
        model.scalar("encoder/num_heads")?,
        model.layers("encoder"),
        dim("decoder/position_encodings/encodings", 0)?,
        dim("decoder/embeddings/weight", 1)?,
        model.scalar("decoder/num_heads")?,
        model.layers("decoder"),
        dim("encoder/conv1/weight", 1)?,
        match weights {
            Weights::F16 => 1,
            Weights::Q8_0 => FTYPE_Q8_0,
        },
    ];
    let n_mels = hparams[9];
    let multilingual = n_vocab >= 51865;
    let expected_tokens = if multilingual { 50257 } else { 50256 };
    if vocabulary.len() != expected_tokens {
        return Err(ConvertError::Vocabulary(format!(
            "{} regular tokens where this model needs {expected_tokens}",
            vocabulary.len()
        )));
    }

    let mut plan = Plan {
        model: &model,
        out: Vec::new(),
    };
    plan.push(
        "encoder.positional_embedding".into(),
        "encoder/position_encodings/encodings",
    )?;
    for conv in ["conv1", "conv2"] {
        plan.linear(&format!("encoder/{conv}"), &format!("encoder.{conv}"))?;
        plan.reshape_column(&format!("encoder.{conv}.bias"))?;
    }
    for i in 0..hparams[4] {
        plan.block(
            &format!("encoder/layer_{i}"),
            &format!("encoder.blocks.{i}"),
            false,
        )?;
    }
    plan.norm("encoder/layer_norm", "encoder.ln_post")?;
    plan.push(
        "decoder.positional_embedding".into(),
        "decoder/position_encodings/encodings",
    )?;
    plan.push(
        "decoder.token_embedding.weight".into(),
        "decoder/embeddings/weight",
    )?;
    for i in 0..hparams[8] {
        plan.block(
            &format!("decoder/layer_{i}"),
            &format!("decoder.blocks.{i}"),
            true,
        )?;
    }
    plan.norm("decoder/layer_norm", "decoder.ln")?;

    let mut w = Counting { inner: out, n: 0 };
    let i32le = |v: usize| (v as i32).to_le_bytes();
    w.write_all(&0x6767_6d6c_i32.to_le_bytes())?;
    for h in hparams {
        w.write_all(&i32le(h))?;
    }
    let bins = 201;
    w.write_all(&i32le(n_mels))?;
    w.write_all(&i32le(bins))?;
    for x in super::mel::mel_filters(16000.0, 400, n_mels) {
        w.write_all(&x.to_le_bytes())?;
    }
    w.write_all(&i32le(vocabulary.len()))?;
    for t in vocabulary {
        w.write_all(&i32le(t.len()))?;
        w.write_all(t)?;
    }
    for t in &plan.out {
        let as_f16 = t.dims.len() >= 2 && !F32_ALWAYS.contains(&t.name.as_str());
        // whisper.cpp keeps the convolutions in f16 whatever the file type;
        // the matrices take the file's type.
        let as_q8 = weights == Weights::Q8_0
            && as_f16
            && t.dims.len() == 2
            && t.dims.last().is_some_and(|n| n % Q8_BLOCK == 0);
        let ttype = if as_q8 {
            GGML_TYPE_Q8_0
        } else {
            usize::from(as_f16)
        };
        w.write_all(&i32le(t.dims.len()))?;
        w.write_all(&i32le(t.name.len()))?;
        w.write_all(&i32le(ttype))?;
        for d in t.dims.iter().rev() {
            w.write_all(&i32le(*d))?;
        }
        w.write_all(t.name.as_bytes())?;
        if as_q8 {
            w.write_all(&quantize_q8_0(&to_f32(t.dtype, t.data, &t.name)?))?;
            continue;
        }
        match (as_f16, t.dtype) {
            (true, DType::F16) | (false, DType::F32) => w.write_all(t.data)?,
            (true, _) => {
                let mut buf = Vec::with_capacity(t.data.len());
                for x in to_f32(t.dtype, t.data, &t.name)? {
                    buf.extend_from_slice(&half::f16::from_f32(x).to_bits().to_le_bytes());
                }
                w.write_all(&buf)?;
            }
            (false, _) => {
                let mut buf = Vec::with_capacity(t.data.len() * 2);
                for x in to_f32(t.dtype, t.data, &t.name)? {
                    buf.extend_from_slice(&x.to_le_bytes());
                }
                w.write_all(&buf)?;
            }
        }
    }
    w.flush()?;
    Ok(Converted {
        tensors: plan.out.len(),
        multilingual,
        bytes: w.n,
    })
}

struct Counting<'w, W: Write> {
    inner: &'w mut W,
    n: u64,
}

impl<W: Write> Write for Counting<'_, W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let k = self.inner.write(buf)?;
        self.n += k as u64;
        Ok(k)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests;
