"""`doctor --prometheus FILE`: a node_exporter textfile, parsed back with prometheus_client's
own parser, written whole or not at all, and with nothing in it about a visitor."""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

import prometheus_client.exposition
import pytest
from prometheus_client.parser import text_string_to_metric_families
from prometheus_client.samples import Sample

from kiosk import __version__
from kiosk.cli import main
from kiosk.config.declarations import DEFAULT_HOSTS
from kiosk.content.validate import load_content
from tests.health.conftest import running_kiosk, write_config

# What a visitor did, in any form: none of it may be a metric, a label or a label's value.
VISITOR = re.compile(
    r"visit|tap|cards?_opened|opened|print_count|prints|printed|language_chosen|chosen|card_id|^cards?$"
)


def write_file(folder: Path, name: str = "westsac-kiosk.prom") -> Path:
    path = folder / "textfile" / name
    path.parent.mkdir(exist_ok=True)
    assert main(["doctor", "--prometheus", str(path), "--config", str(folder / "kiosk.yaml")]) == 0
    return path


def samples(path: Path) -> dict[str, list[Sample]]:
    found: dict[str, list[Sample]] = {}
    for family in text_string_to_metric_families(path.read_text()):
        for sample in family.samples:
            found.setdefault(sample.name, []).append(sample)
    return found


def value(found: dict[str, list[Sample]], name: str, **labels: str) -> float:
    matching = [s.value for s in found[name] if all(s.labels.get(k) == v for k, v in labels.items())]
    assert len(matching) == 1, f"{name} {labels}: {found.get(name)}"
    return matching[0]


def test_the_file_says_how_the_kiosk_is(deployment: Path) -> None:
    write_config(deployment, languages="[en, es]", printer="no-such-printer")
    running_kiosk(deployment)
    now = time.time()
    fault = time.strftime("%Y-%m-%d %H:%M:%S,000 WARNING kiosk.printing: printing failed (timeout)")
    old = time.strftime("%Y-%m-%d %H:%M:%S,000 ERROR kiosk.x: old", time.localtime(now - 7200))
    (deployment / "logs" / "kiosk.log").write_text(
        f"{old}\n{fault}\nTraceback (most recent call last):\n{fault}\n"
    )
    found = samples(write_file(deployment))
    assert value(found, "kiosk_build_info", version=__version__) == 1
    assert value(found, "kiosk_up") == 1
    assert value(found, "kiosk_content_on_screen") == 1
    assert value(found, "kiosk_content_accepted_timestamp_seconds") == 1_764_600_000
    assert value(found, "kiosk_content_signed") == 0
    assert value(found, "kiosk_content_update_refused") == 0
    content = load_content(deployment / "content", DEFAULT_HOSTS).content
    assert content is not None
    oldest = min(card.last_checked for card in content.cards.values())
    day = value(found, "kiosk_content_oldest_check_timestamp_seconds")
    assert time.strftime("%Y-%m-%d", time.gmtime(day)) == oldest
    assert value(found, "kiosk_printer_ready") == 0
    assert value(found, "kiosk_language_reviewed", language="en") == 1
    assert value(found, "kiosk_language_reviewed", language="es") == 0
    assert value(found, "kiosk_language_drawable", language="es") == 1
    assert value(found, "kiosk_faults_last_hour") == 2
    assert value(found, "kiosk_health_state") == 1  # WARNING, as doctor --nagios says


def test_a_kiosk_that_is_not_running(deployment: Path) -> None:
    found = samples(write_file(deployment))
    assert value(found, "kiosk_up") == 0
    assert value(found, "kiosk_content_on_screen") == 0
    assert value(found, "kiosk_health_state") == 2
    assert "kiosk_content_accepted_timestamp_seconds" not in found  # unknown, not 0


def test_a_refused_update(deployment: Path) -> None:
    running_kiosk(deployment, refused="content/cards/x.yaml:3: bad", refused_since=1_764_000_000.0)
    found = samples(write_file(deployment))
    assert value(found, "kiosk_content_update_refused") == 1
    assert value(found, "kiosk_content_refused_since_timestamp_seconds") == 1_764_000_000


def test_nothing_a_visitor_did_is_in_it(deployment: Path) -> None:
    """No visits, taps, cards opened, prints or languages chosen, and nothing per card."""
    write_config(deployment, languages="[en, es, fa]", printer="no-such-printer")
    kiosk = running_kiosk(deployment)
    kiosk.fault("2026-12-01 10:00 WARNING printing failed (timeout)")
    path = write_file(deployment)
    content = load_content(deployment / "content", DEFAULT_HOSTS).content
    assert content is not None
    per_card = set(content.cards) | {t.id for t in content.topics}
    families = list(text_string_to_metric_families(path.read_text()))
    assert len(families) >= 10
    for family in families:
        assert not VISITOR.search(family.name), family.name
        for sample in family.samples:
            assert not VISITOR.search(sample.name), sample.name
            for label, text in sample.labels.items():
                assert not VISITOR.search(label), f"{sample.name}: label {label}"
                assert text not in per_card, f"{sample.name}: {label}={text} is about one card"
    assert {s.labels["language"] for f in families for s in f.samples if "language" in s.labels} == {
        "en",
        "es",
        "fa",
    }, "a language label lists the offered languages, never the ones chosen"


class HalfWrite:
    """A file that takes half of what is written to it, then fails (a full disk)."""

    def __init__(self, real: Any, target: Path, old: str) -> None:
        self.real, self.target, self.old = real, target, old

    def __enter__(self) -> HalfWrite:
        return self

    def __exit__(self, *exc: object) -> None:
        self.real.close()

    def write(self, data: bytes) -> int:
        self.real.write(data[: len(data) // 2])
        self.real.flush()
        # Half of the new text is on disk: the file node_exporter reads is still the old one.
        assert self.target.read_text() == self.old
        raise OSError(28, "No space left on device")


def test_the_file_is_never_seen_half_written(deployment: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_file(deployment)
    old = path.read_text()
    opened: list[Path] = []

    def half_open(name: str, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        opened.append(Path(name))
        return HalfWrite(open(name, mode, *args, **kwargs), path, old)  # noqa: SIM115

    monkeypatch.setattr(prometheus_client.exposition, "open", half_open, raising=False)
    running_kiosk(deployment)  # something to change: the kiosk is now up
    with pytest.raises(OSError, match="No space left"):
        main(["doctor", "--prometheus", str(path), "--config", str(deployment / "kiosk.yaml")])
    assert path.read_text() == old
    assert [p.parent for p in opened] == [path.parent], "the temporary file is beside the target"
    assert not opened[0].name.endswith(".prom"), "node_exporter would read the temporary file"
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name], "no temporary file left"
    monkeypatch.undo()
    assert value(samples(write_file(deployment)), "kiosk_up") == 1
