#!/usr/bin/env python3
"""The comparison half of benches/speech.rs: the same clips through
faster-whisper (CTranslate2, int8, 2 threads, greedy), one JSON line each.

Usage: compare_faster_whisper.py CT2_MODEL_DIR LANG PROMPT CLIP.wav...
"""
import json
import sys
import time

from faster_whisper import WhisperModel


def main():
    model_dir, lang, prompt, clips = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
    t0 = time.perf_counter()
    model = WhisperModel(model_dir, device="cpu", compute_type="int8", cpu_threads=2)
    print(json.dumps({"load_ms": (time.perf_counter() - t0) * 1000}))
    # One warm-up, as the Rust side warms its model on load.
    if clips:
        list(model.transcribe(clips[0], language=lang, beam_size=1)[0])
    for clip in clips:
        t0 = time.perf_counter()
        segments, _ = model.transcribe(
            clip,
            language=lang,
            beam_size=1,
            temperature=0.0,
            without_timestamps=True,
            condition_on_previous_text=False,
            initial_prompt=prompt,
            vad_filter=False,
        )
        text = "".join(s.text for s in segments)
        print(json.dumps({"clip": clip, "ms": (time.perf_counter() - t0) * 1000, "text": text.strip()}))


if __name__ == "__main__":
    main()
