use super::*;

#[test]
fn byte_decoder_covers_every_byte_once() {
    let d = byte_decoder();
    assert_eq!(d.len(), 256);
    let mut seen: Vec<u8> = d.values().copied().collect();
    seen.sort_unstable();
    seen.dedup();
    assert_eq!(seen.len(), 256);
    // A space is written as "Ġ" in GPT-2 vocabularies.
    assert_eq!(d[&'Ġ'], b' ');
    assert_eq!(d[&'a'], b'a');
}

#[test]
fn vocabulary_stops_at_end_of_text_and_refuses_strangers() {
    let v = parse_vocabulary("a\nĠb\n<|endoftext|>\n<|startoftranscript|>", false).unwrap();
    assert_eq!(v, vec![b"a".to_vec(), b" b".to_vec()]);
    let j = parse_vocabulary(r#"["x","<|endoftext|>"]"#, true).unwrap();
    assert_eq!(j, vec![b"x".to_vec()]);
    assert!(parse_vocabulary("a\nb", false).is_err());
    assert!(parse_vocabulary("中\n<|endoftext|>", false).is_err());
    assert!(parse_vocabulary("[1,2", true).is_err());
}

#[test]
fn q8_0_blocks_hold_a_scale_and_rounded_weights() {
    let mut values = vec![0.0f32; 32];
    values[0] = 1.27;
    values[1] = -0.5;
    values[2] = 0.004;
    let q = quantize_q8_0(&values);
    assert_eq!(q.len(), 34);
    let d = half::f16::from_bits(u16::from_le_bytes([q[0], q[1]])).to_f32();
    assert!((d - 0.01).abs() < 1e-4, "{d}");
    assert_eq!(q[2] as i8, 127);
    assert_eq!(q[3] as i8, -50);
    assert_eq!(q[4] as i8, 0);
    // An all-zero block has a zero scale, not a division by zero.
    assert_eq!(quantize_q8_0(&[0.0; 32]), vec![0; 34]);
}

#[test]
fn damaged_model_files_are_refused_with_a_reason() {
    assert!(matches!(read_ct2(&[1, 2]), Err(ConvertError::Truncated(_))));
    assert!(matches!(
        read_ct2(&99u32.to_le_bytes()),
        Err(ConvertError::Version(99))
    ));
    // Version 6, spec "Other", no variables: read, then refused as not Whisper.
    let mut b = 6u32.to_le_bytes().to_vec();
    b.extend_from_slice(&6u16.to_le_bytes());
    b.extend_from_slice(b"Other\0");
    b.extend_from_slice(&1u32.to_le_bytes());
    b.extend_from_slice(&0u32.to_le_bytes());
    let mut sink = Vec::new();
    assert!(matches!(
        convert(&b, &[], Weights::F16, &mut sink),
        Err(ConvertError::NotWhisper(s)) if s == "Other"
    ));
    // A variable whose byte count disagrees with its shape.
    let mut b = 6u32.to_le_bytes().to_vec();
    b.extend_from_slice(&12u16.to_le_bytes());
    b.extend_from_slice(b"WhisperSpec\0");
    b.extend_from_slice(&1u32.to_le_bytes());
    b.extend_from_slice(&1u32.to_le_bytes());
    b.extend_from_slice(&2u16.to_le_bytes());
    b.extend_from_slice(b"w\0");
    b.push(1);
    b.extend_from_slice(&3u32.to_le_bytes());
    b.push(0);
    b.extend_from_slice(&4u32.to_le_bytes());
    b.extend_from_slice(&[0; 4]);
    assert!(matches!(read_ct2(&b), Err(ConvertError::Shape(n)) if n == "w"));
}
