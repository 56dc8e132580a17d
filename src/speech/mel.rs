//! Whisper's mel filter bank, computed so that it comes out bit for bit the
//! same in every build profile and on every CPU.
//!
//! The filters go into the converted model file, whose SHA-256 the installer
//! checks, so a single differing bit refuses the install. Two things used to
//! make them differ: `f64::max` may return either zero when given `-0.0` and
//! `0.0` (the debug build called libm's `fmax`, the release build an inlined
//! instruction, and the first weight changed sign), and `ln`/`exp` come from
//! the platform's libm, whose results may differ in the last bit between
//! libraries and CPU-specific variants. Here every operation is IEEE-754
//! addition, subtraction, multiplication or division, which are exactly
//! rounded everywhere, and `ln`/`exp` are evaluated in double-double
//! arithmetic (about 106 bits) before rounding once to `f64`.

/// A value held as an unevaluated sum `hi + lo` with `|lo| <= ulp(hi) / 2`.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Dd {
    hi: f64,
    lo: f64,
}

/// `a + b` exactly, as a rounded sum and its error (Knuth).
fn two_sum(a: f64, b: f64) -> Dd {
    let s = a + b;
    let bb = s - a;
    let err = (a - (s - bb)) + (b - bb);
    Dd { hi: s, lo: err }
}

fn quick_two_sum(a: f64, b: f64) -> Dd {
    let s = a + b;
    Dd {
        hi: s,
        lo: b - (s - a),
    }
}

/// Splits a double into two halves of 26 bits (Dekker), so their products are exact.
fn split(a: f64) -> (f64, f64) {
    let t = 134_217_729.0 * a; // 2^27 + 1
    let hi = t - (t - a);
    (hi, a - hi)
}

/// `a * b` exactly, without fused multiply-add, which not every CPU has.
fn two_prod(a: f64, b: f64) -> Dd {
    let p = a * b;
    let (ah, al) = split(a);
    let (bh, bl) = split(b);
    let err = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
    Dd { hi: p, lo: err }
}

impl Dd {
    fn from(x: f64) -> Dd {
        Dd { hi: x, lo: 0.0 }
    }

    fn add(self, o: Dd) -> Dd {
        let s = two_sum(self.hi, o.hi);
        let t = two_sum(self.lo, o.lo);
        let s = quick_two_sum(s.hi, s.lo + t.hi);
        quick_two_sum(s.hi, s.lo + t.lo)
    }

    fn neg(self) -> Dd {
        Dd {
            hi: -self.hi,
            lo: -self.lo,
        }
    }

    fn sub(self, o: Dd) -> Dd {
        self.add(o.neg())
    }

    fn mul(self, o: Dd) -> Dd {
        let p = two_prod(self.hi, o.hi);
        quick_two_sum(p.hi, p.lo + (self.hi * o.lo + self.lo * o.hi))
    }

    fn div(self, o: Dd) -> Dd {
        let q1 = self.hi / o.hi;
        let r = self.sub(o.mul(Dd::from(q1)));
        let q2 = r.hi / o.hi;
        let r = r.sub(o.mul(Dd::from(q2)));
        let q3 = r.hi / o.hi;
        quick_two_sum(q1, q2).add(Dd::from(q3))
    }

    /// Multiplies by a power of two, which is exact.
    fn scale(self, k: i32) -> Dd {
        let f = f64::from_bits(((1023 + k) as u64) << 52);
        Dd {
            hi: self.hi * f,
            lo: self.lo * f,
        }
    }

    fn to_f64(self) -> f64 {
        self.hi + self.lo
    }
}

/// `2 atanh(t)`, which is `ln((1 + t) / (1 - t))`, for `|t| <= 1/3`.
fn two_atanh(t: Dd) -> Dd {
    let t2 = t.mul(t);
    let mut power = t;
    let mut sum = t;
    // (1/3)^(2n) falls under 2^-110 by n = 35.
    for n in 1..40u32 {
        power = power.mul(t2);
        sum = sum.add(power.div(Dd::from(f64::from(2 * n + 1))));
    }
    sum.add(sum)
}

fn ln2() -> Dd {
    // ln 2 = 2 atanh(1/3).
    two_atanh(Dd::from(1.0).div(Dd::from(3.0)))
}

/// The natural logarithm of a positive, finite, normal `x`.
fn ln(x: f64) -> Dd {
    // x = m · 2^k with m in [1, 2).
    let bits = x.to_bits();
    let k = ((bits >> 52) & 0x7ff) as i32 - 1023;
    let m = f64::from_bits((bits & ((1u64 << 52) - 1)) | (1023u64 << 52));
    // Centre m on 1 so that t stays within 1/3.
    let (m, k) = if m > std::f64::consts::SQRT_2 {
        (m / 2.0, k + 1)
    } else {
        (m, k)
    };
    let m = Dd::from(m);
    let one = Dd::from(1.0);
    let t = m.sub(one).div(m.add(one));
    two_atanh(t).add(ln2().mul(Dd::from(f64::from(k))))
}

/// `e^x` for a moderate `x` (|x| well under 700).
fn exp(x: Dd) -> Dd {
    let l2 = ln2();
    let k = (x.hi / l2.hi).round();
    let r = x.sub(l2.mul(Dd::from(k)));
    // |r| <= ln2 / 2; the Taylor terms fall under 2^-110 by n = 27.
    let mut term = Dd::from(1.0);
    let mut sum = Dd::from(1.0);
    for n in 1..32u32 {
        term = term.mul(r).div(Dd::from(f64::from(n)));
        sum = sum.add(term);
    }
    sum.scale(k as i32)
}

/// The constants of the Slaney mel scale (librosa's default).
const F_SP: f64 = 200.0 / 3.0;
const MIN_LOG_HZ: f64 = 1000.0;
const MIN_LOG_MEL: f64 = MIN_LOG_HZ / F_SP;

fn logstep() -> f64 {
    ln(6.4).to_f64() / 27.0
}

fn hz_to_mel(f: f64) -> f64 {
    if f >= MIN_LOG_HZ {
        MIN_LOG_MEL + ln(f / MIN_LOG_HZ).to_f64() / logstep()
    } else {
        f / F_SP
    }
}

fn mel_to_hz(m: f64) -> f64 {
    if m >= MIN_LOG_MEL {
        MIN_LOG_HZ * exp(Dd::from(logstep() * (m - MIN_LOG_MEL))).to_f64()
    } else {
        F_SP * m
    }
}

/// Whisper's mel filter bank: librosa's `filters.mel` with its defaults
/// (Slaney scale and area normalisation), row-major `[n_mels][n_fft/2+1]`.
/// The arithmetic follows numpy's order so the f32 values come out the same
/// as the reference converter's, signed zeros included.
pub fn mel_filters(sample_rate: f64, n_fft: usize, n_mels: usize) -> Vec<f32> {
    let bins = n_fft / 2 + 1;
    let spacing = 1.0 / (n_fft as f64 * (1.0 / sample_rate));
    let fft_freqs: Vec<f64> = (0..bins).map(|i| i as f64 * spacing).collect();
    let (lo, hi) = (hz_to_mel(0.0), hz_to_mel(sample_rate / 2.0));
    let step = (hi - lo) / (n_mels + 1) as f64;
    let mut mel_f: Vec<f64> = (0..n_mels + 2)
        .map(|i| mel_to_hz(i as f64 * step + lo))
        .collect();
    // numpy's linspace sets the end point exactly.
    mel_f[n_mels + 1] = mel_to_hz(hi);
    let mut out = Vec::with_capacity(n_mels * bins);
    for i in 0..n_mels {
        let (d0, d1) = (mel_f[i + 1] - mel_f[i], mel_f[i + 2] - mel_f[i + 1]);
        let norm = 2.0 / (mel_f[i + 2] - mel_f[i]);
        for f in &fft_freqs {
            let lower = -(mel_f[i] - f) / d0;
            let upper = (mel_f[i + 2] - f) / d1;
            // numpy's minimum and maximum, spelled out: `f64::min`/`max`
            // leave the sign of a zero result to the compiler.
            let w = if upper < lower { upper } else { lower };
            let w = if w < 0.0 { 0.0 } else { w };
            out.push((w * norm) as f32);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use sha2::{Digest, Sha256};

    #[test]
    fn logarithm_and_exponential_agree_with_known_values() {
        // ln 2 to 34 digits: 0.6931471805599453094172321214581766.
        let l2 = ln2();
        assert_eq!(l2.hi, std::f64::consts::LN_2);
        assert!(
            (l2.lo - 2.319_046_813_846_3e-17).abs() < 1e-30,
            "{:e}",
            l2.lo
        );
        assert_eq!(ln(1.0).to_f64(), 0.0);
        assert_eq!(exp(Dd::from(0.0)).to_f64(), 1.0);
        // Within one unit in the last place of the platform's libm.
        let ulp = |x: f64| f64::from_bits(x.to_bits() + 1) - x;
        for x in [0.1, 0.5, 1.0, 1.7, 2.0794415416798357] {
            let e = exp(Dd::from(x)).to_f64();
            assert!((e - x.exp()).abs() <= ulp(x.exp()), "exp {x}: {e}");
            let l = ln(e).to_f64();
            assert!((l - e.ln()).abs() <= ulp(e.ln()), "ln {e}: {l}");
        }
        assert_eq!(exp(Dd::from(1.0)).to_f64(), std::f64::consts::E);
        assert_eq!(ln(10.0).to_f64(), std::f64::consts::LN_10);
    }

    #[test]
    fn mel_filters_are_triangles_of_the_right_size() {
        let m = mel_filters(16000.0, 400, 80);
        assert_eq!(m.len(), 80 * 201);
        assert!(m.iter().all(|x| *x >= 0.0 && x.is_finite()));
        // Every filter has some weight, and the first one sits at the bottom.
        for row in m.chunks(201) {
            assert!(row.iter().any(|x| *x > 0.0));
        }
        assert!(m[1] > 0.0 && m[200] == 0.0);
    }

    /// The regression behind a release build whose models failed their
    /// checksum: the table must be the reference converter's, bit for bit
    /// (SHA-256 of its little-endian f32 bytes, numpy's first weight `-0.0`).
    #[test]
    fn mel_filters_are_the_reference_bits_in_every_profile() {
        let m = mel_filters(16000.0, 400, 80);
        assert_eq!(m[0].to_bits(), 0x8000_0000, "numpy's first weight is -0.0");
        let mut hash = Sha256::new();
        for x in &m {
            hash.update(x.to_le_bytes());
        }
        let hex: String = hash.finalize().iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(hex, REFERENCE_80X201_SHA256);
    }

    const REFERENCE_80X201_SHA256: &str =
        "2150c30cbbeb6029f52002ffa666c1c72d83dbf53f463cb8462052055806e891";
}
