//! Reading CTranslate2's `model.bin`: its header, then each variable's
//! name, shape, type and bytes, borrowed from the file without copying.
//! A file cut short or with a type we do not know is an error that says so.

use super::ConvertError;
use std::collections::{BTreeSet, HashMap};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum DType {
    F32,
    I8,
    I16,
    I32,
    F16,
    Bf16,
}

impl DType {
    pub(super) fn from_id(id: u8) -> Option<DType> {
        Some(match id {
            0 => DType::F32,
            1 => DType::I8,
            2 => DType::I16,
            3 => DType::I32,
            4 => DType::F16,
            5 => DType::Bf16,
            _ => return None,
        })
    }

    pub(super) fn size(self) -> usize {
        match self {
            DType::I8 => 1,
            DType::I16 | DType::F16 | DType::Bf16 => 2,
            DType::F32 | DType::I32 => 4,
        }
    }

    pub(super) fn name(self) -> &'static str {
        match self {
            DType::F32 => "float32",
            DType::I8 => "int8",
            DType::I16 => "int16",
            DType::I32 => "int32",
            DType::F16 => "float16",
            DType::Bf16 => "bfloat16",
        }
    }
}

/// One variable of a CTranslate2 model, borrowing its bytes from the file.
#[derive(Debug, Clone)]
pub(super) struct Var<'a> {
    pub(super) dims: Vec<usize>,
    pub(super) dtype: DType,
    pub(super) data: &'a [u8],
}

struct Reader<'a> {
    buf: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    pub(super) fn take(&mut self, n: usize) -> Result<&'a [u8], ConvertError> {
        let end = self
            .at
            .checked_add(n)
            .filter(|e| *e <= self.buf.len())
            .ok_or(ConvertError::Truncated(self.buf.len()))?;
        let s = &self.buf[self.at..end];
        self.at = end;
        Ok(s)
    }

    pub(super) fn u8(&mut self) -> Result<u8, ConvertError> {
        Ok(self.take(1)?[0])
    }

    pub(super) fn u16(&mut self) -> Result<u16, ConvertError> {
        let b = self.take(2)?;
        Ok(u16::from_le_bytes([b[0], b[1]]))
    }

    pub(super) fn u32(&mut self) -> Result<u32, ConvertError> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    /// A u16 length that counts a trailing NUL, then the bytes.
    pub(super) fn string(&mut self) -> Result<String, ConvertError> {
        let n = self.u16()? as usize;
        let b = self.take(n)?;
        let text = b.strip_suffix(&[0]).unwrap_or(b);
        Ok(String::from_utf8_lossy(text).into_owned())
    }
}

/// The variables of a CTranslate2 `model.bin`, by name.
pub(super) struct Ct2Model<'a> {
    pub(super) spec: String,
    pub(super) vars: HashMap<String, Var<'a>>,
}

pub(super) fn read_ct2(buf: &[u8]) -> Result<Ct2Model<'_>, ConvertError> {
    let mut r = Reader { buf, at: 0 };
    let version = r.u32()?;
    if !(1..=6).contains(&version) {
        return Err(ConvertError::Version(version));
    }
    let mut spec = String::new();
    if version >= 2 {
        spec = r.string()?;
        r.u32()?; // spec revision
    }
    let count = r.u32()?;
    let mut vars = HashMap::new();
    for _ in 0..count {
        let name = r.string()?;
        let rank = r.u8()? as usize;
        let mut dims = Vec::with_capacity(rank);
        for _ in 0..rank {
            dims.push(r.u32()? as usize);
        }
        let (dtype, nbytes) = if version >= 4 {
            let id = r.u8()?;
            let dtype = DType::from_id(id).ok_or_else(|| ConvertError::DType {
                name: name.clone(),
                dtype: "an unknown type",
            })?;
            (dtype, r.u32()? as usize)
        } else {
            let item = r.u8()?;
            let count = r.u32()? as usize;
            let dtype = match item {
                4 => DType::F32,
                2 => DType::I16,
                1 => DType::I8,
                _ => return Err(ConvertError::Shape(name)),
            };
            (dtype, item as usize * count)
        };
        let data = r.take(nbytes)?;
        let elements: usize = dims.iter().product();
        if elements * dtype.size() != nbytes {
            return Err(ConvertError::Shape(name));
        }
        vars.insert(name, Var { dims, dtype, data });
    }
    Ok(Ct2Model { spec, vars })
}

impl<'a> Ct2Model<'a> {
    pub(super) fn get(&self, name: &str) -> Result<&Var<'a>, ConvertError> {
        self.vars
            .get(name)
            .ok_or_else(|| ConvertError::Missing(name.to_string()))
    }

    pub(super) fn layers(&self, part: &str) -> usize {
        let prefix = format!("{part}/layer_");
        self.vars
            .keys()
            .filter_map(|k| k.strip_prefix(&prefix)?.split('/').next())
            .filter(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
            .collect::<BTreeSet<_>>()
            .len()
    }

    pub(super) fn scalar(&self, name: &str) -> Result<usize, ConvertError> {
        let v = self.get(name)?;
        let value = match v.dtype {
            DType::I32 => i32::from_le_bytes(bytes4(v.data)?) as i64,
            DType::I8 => v.data.first().map(|b| *b as i8 as i64).unwrap_or(-1),
            DType::I16 => i16::from_le_bytes([v.data[0], v.data[1]]) as i64,
            DType::F32 => f32::from_le_bytes(bytes4(v.data)?) as i64,
            other => {
                return Err(ConvertError::DType {
                    name: name.into(),
                    dtype: other.name(),
                })
            }
        };
        usize::try_from(value).map_err(|_| ConvertError::Shape(name.into()))
    }
}

fn bytes4(d: &[u8]) -> Result<[u8; 4], ConvertError> {
    d.get(..4)
        .and_then(|s| s.try_into().ok())
        .ok_or(ConvertError::Truncated(d.len()))
}
