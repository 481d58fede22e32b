"""Reading again a content folder that is, byte for byte, a copy already accepted under the same
rules: no schema, no Markdown rules, only the files turned back into the model.

The trust gate says when a folder is exactly the copy accepted before (kiosk/trust/gate.py:
the same SHA-256 of every file, the same signature); the accepted copy's note keeps `rules`,
the fingerprint of what it was validated against (this kiosk's validator and its allowed QR
hosts). A kiosk upgraded with stricter rules, or told to allow fewer hosts, validates again.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from kiosk.bounded_read import read_bounded
from kiosk.content.help_lines import HELP_LINES_FILE
from kiosk.content.model import Content, card_of, help_lines_of, source_of, topic_of
from kiosk.content.yamlfile import MAX_FILE_BYTES

HERE = Path(__file__).parent
KIOSK = HERE.parent
# What decides whether a folder is valid: the validator, the readers it uses, its schemas.
RULES = (
    HERE / "validate.py",
    HERE / "markdown_rules.py",
    HERE / "yamlfile.py",
    HERE / "model.py",
    HERE / "pictograms.py",
    HERE / "help_lines.py",
    KIOSK / "bounded_read.py",
    *sorted((HERE / "schemas").glob("*.json")),
)

# libyaml when there is one: ~4 times faster than the pure-Python reader `validate` needs for
# its line numbers, which a copy known to be valid never asks for.
_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_Base):  # type: ignore[misc]
    """Dates stay text, as validate reads them (kiosk/content/yamlfile.py)."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class NotAsAccepted(Exception):
    """The copy does not read as the content it was when accepted: validate it instead."""


@cache
def _validator_digest() -> str:
    digest = hashlib.sha256()
    try:
        for path in RULES:
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    except OSError:  # installed without its sources: the verdict cannot be named, so never reused
        return ""
    return digest.hexdigest()


def rules_fingerprint(allowed_hosts: list[str]) -> str:
    """What a folder was found valid against; the same text means the same verdict ("": unknown)."""
    validator = _validator_digest()
    if not validator:
        return ""
    hosts = hashlib.sha256("\n".join(sorted(allowed_hosts)).encode()).hexdigest()
    return f"validator {validator[:32]} hosts {hosts[:32]}"


def _data(path: Path, folder: Path) -> Any:
    return yaml.load(read_bounded(path, MAX_FILE_BYTES, folder).decode("utf-8"), Loader=_Loader)  # noqa: S506


def read_accepted(folder: Path) -> Content:
    """The content of a folder that passed `validate` as it is; NotAsAccepted if it does not read."""
    try:
        sources = [source_of(item) for item in _data(folder / "sources.yaml", folder)["sources"]]
        topics = tuple(topic_of(item) for item in _data(folder / "topics.yaml", folder)["topics"])
        names = sorted(p for p in (folder / "cards").glob("*.yaml") if not p.name.startswith("."))
        cards = [card_of(_data(path, folder)) for path in names]
        lines = folder / HELP_LINES_FILE
        help_lines = help_lines_of(_data(lines, folder)) if lines.exists() else {}
    except Exception as err:  # anything at all: the full validation says what is wrong
        raise NotAsAccepted(f"{folder}: {err}") from err
    return Content({s.id: s for s in sources}, topics, {c.id: c for c in cards}, help_lines)
