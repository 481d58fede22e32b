"""The reader's studio without its window: takes from WAV files (synthetic: FFmpeg's tones and
espeak-ng's voice, never shipped) become trimmed, normalised Ogg Opus recordings with a
manifest; an edit makes them out of date, and `validate`, `i18n status` and the kiosk see it.

Loudness is measured with FFmpeg's own EBU R128 meter (the `ebur128` filter), not with the
studio's code."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.content.model import Content
from kiosk.speech import processing
from kiosk.speech.freshness import RecordingTexts
from kiosk.speech.manifest import text_sha256
from kiosk.speech.recordings import recording_for

PAD_S = 1.5  # silence before and after each take


def ffmpeg(*args: str) -> str:
    done = subprocess.run(
        ["ffmpeg", "-hide_banner", "-nostdin", *args], capture_output=True, text=True, timeout=60, check=True
    )
    return done.stderr


def padded_tone(path: Path, seconds: float, db: float) -> Path:
    """A 440 Hz tone, FFmpeg's (at -18 dBFS) changed by `db`, with PAD_S of silence either side."""
    path.parent.mkdir(parents=True, exist_ok=True)
    ffmpeg(
        "-y", "-f", "lavfi", "-i", f"sine=frequency=440:duration={seconds}:sample_rate=44100",
        "-af", f"volume={db}dB,adelay={int(PAD_S * 1000)},apad=pad_dur={PAD_S}", str(path),
    )  # fmt: skip
    return path


def spoken(path: Path, words: str) -> Path:
    """espeak-ng saying `words`, quieter, with PAD_S of silence either side."""
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = path.with_suffix(".raw.wav")
    subprocess.run(["espeak-ng", "-w", str(raw), words], check=True, timeout=60)
    ffmpeg(
        "-y",
        "-i",
        str(raw),
        "-af",
        f"volume=-12dB,adelay={int(PAD_S * 1000)},apad=pad_dur={PAD_S}",
        str(path),
    )
    raw.unlink()
    return path


def r128(path: Path) -> tuple[float, float]:
    """Integrated loudness (LUFS) and true peak (dBTP), by FFmpeg's ebur128 meter."""
    said = ffmpeg("-i", str(path), "-af", "ebur128=peak=true", "-f", "null", "-")
    summary = said[said.rindex("Summary:") :]
    integrated = re.search(r"I:\s+(-?[\d.]+) LUFS", summary)
    peak = re.search(r"Peak:\s+(-?[\d.]+|-inf) dBFS", summary)
    assert integrated and peak, summary
    return float(integrated.group(1)), float(peak.group(1))


def seconds(path: Path) -> float:
    done = subprocess.run(
        ["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", str(path)],
        capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    return float(done.stdout)


@pytest.mark.parametrize(("length", "db"), [(4.0, -20.0), (0.8, 12.0)], ids=["a card, quiet", "a name, loud"])
def test_a_take_is_trimmed_normalised_and_written_as_opus(tmp_path: Path, length: float, db: float) -> None:
    take = padded_tone(tmp_path / "take.wav", length, db)
    assert seconds(take) == pytest.approx(length + 2 * PAD_S, abs=0.05)
    out = tmp_path / "audio" / "x" / "hmn.opus"
    before, after = processing.process(take, out)
    assert out.read_bytes()[:4] == b"OggS" and b"OpusHead" in out.read_bytes()[:100]
    loudness, peak = r128(out)
    assert abs(loudness - processing.TARGET_LUFS) <= 1.0, loudness
    assert peak <= -1.0, peak
    # The silence is gone but a breath at each end.
    assert seconds(out) == pytest.approx(length + 2 * processing.KEEP_S, abs=0.1)
    assert abs(before.integrated - r128(take)[0]) < 1.5, "the take's loudness, as recorded"
    assert after.integrated == pytest.approx(loudness, abs=0.5)


def test_a_silent_take_is_refused(tmp_path: Path) -> None:
    take = tmp_path / "silent.wav"
    ffmpeg("-y", "-f", "lavfi", "-i", "anullsrc=r=44100:cl=mono", "-t", "3", str(take))
    with pytest.raises(processing.ProcessingError, match="silent"):
        processing.process(take, tmp_path / "out.opus")
    assert not (tmp_path / "out.opus").exists()


def config_for(repo: Path) -> Path:
    config = repo / "kiosk.yaml"
    config.write_text("speech_engine: mock\nlog_dir: logs\n", encoding="utf-8")
    return config


def test_record_from_wav_files_then_an_edit_makes_the_recording_out_of_date(
    repo_copy: Path, content: Content, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo_copy)
    config = config_for(repo_copy)
    takes = tmp_takes = repo_copy / "takes"
    spoken(tmp_takes / "report-a-crime.wav", "Koj puas tuaj yeem qhia txog kev ua txhaum cai.")
    spoken(tmp_takes / "ui" / "language-name.wav", "Hmoob")
    assert main(["record", "hmn", "--from", str(takes), "--batch", "--config", str(config)]) == 0
    out = capsys.readouterr().out
    assert (
        "2 of 17 cards" not in out and "1 of 17 cards recorded in Hmong (Hmoob); 1 of 4 sentences" in out
    ), out

    audio = repo_copy / "content" / "audio"
    card = audio / "report-a-crime" / "hmn.opus"
    name = audio / "ui" / "language-name" / "hmn.opus"
    for path in (card, name):
        loudness, peak = r128(path)
        assert abs(loudness + 16) <= 1.0 and peak <= -1.0, (path, loudness, peak)
    texts = RecordingTexts(content, repo_copy / "translations")
    said = texts("report-a-crime", "hmn")
    assert said is not None
    manifest = json.loads((audio / "report-a-crime" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["hmn"]["file"] == "hmn.opus" and manifest["hmn"]["sha256"] == text_sha256(said)
    assert recording_for(repo_copy / "content", "report-a-crime", "hmn", said) == card
    assert recording_for(repo_copy / "content", "ui/language-name", "hmn") == name, "the picker's call"

    assert main(["validate", "--config", str(config)]) == 0
    out = capsys.readouterr().out
    assert ", 2 recordings, " in out and "warning" not in out.split("Reading grade")[0], out

    # A translator changes the card's Hmong title: what was recorded no longer matches.
    po = repo_copy / "translations" / "hmn" / "LC_MESSAGES" / "messages.po"
    text = po.read_text(encoding="utf-8")
    title = re.search(r'msgctxt "card:report-a-crime:title"\nmsgid "[^"]*"\nmsgstr "([^"]+)"', text)
    assert title, "the card's Hmong title"
    po.write_text(
        text.replace(f'msgstr "{title.group(1)}"', f'msgstr "{title.group(1)} tam sim no"'), "utf-8"
    )
    edited = RecordingTexts(content, repo_copy / "translations")("report-a-crime", "hmn")
    assert edited is not None and edited != said
    assert recording_for(repo_copy / "content", "report-a-crime", "hmn", edited) is None, "never played"

    assert main(["validate", "--config", str(config)]) == 0
    out = capsys.readouterr().out
    assert (
        "content/audio/report-a-crime/manifest.json:2: warning: the 'hmn' recording of report-a-crime is "
        "out of date: the English or its translation changed since it was recorded" in out
    ), out
    assert ", 1 recordings, " in out

    assert main(["i18n", "status", "--config", str(config)]) == 0
    out = capsys.readouterr().out
    assert "  hmn:     0 of 17 cards, 1 out of date; 1 of 4 sentences, 0 out of date" in out, out


def test_status_counts_no_recording_in_the_six_languages_without_a_voice(
    capsys: pytest.CaptureFixture[str], repo_copy: Path
) -> None:
    """The repository ships no recording: a reader records them (docs/recording.md)."""
    assert main(["i18n", "status", "--config", str(config_for(repo_copy))]) == 0
    out = capsys.readouterr().out
    for code in ("tl", "hmn", "ps", "lo", "km", "ium"):
        assert f"  {code + ':':<9}0 of 17 cards, 0 out of date; 0 of 4 sentences" in out, out


def test_batch_names_the_takes_it_cannot_place(
    repo_copy: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder of takes named after the cards' titles (or empty) keeps nothing: it says so,
    and how to name them, instead of counting 0 of 17 as if nothing had been given."""
    monkeypatch.chdir(repo_copy)
    config = config_for(repo_copy)
    takes = repo_copy / "takes"
    takes.mkdir()
    assert main(["record", "hmn", "--from", str(takes), "--batch", "--config", str(config)]) == 1
    err = capsys.readouterr().err
    assert "no take found" in err and "docs/recording.md" in err and ".wav" in err, err
    padded_tone(takes / "Can I report a crime.wav", 1.0, 0)
    assert main(["record", "hmn", "--from", str(takes), "--batch", "--config", str(config)]) == 1
    err = capsys.readouterr().err
    assert "Can I report a crime.wav: not named after a card or sentence" in err, err
    assert not (repo_copy / "content" / "audio").exists(), "nothing kept"
