"""Read one language's PO file into a lookup table; a broken file never stops the kiosk."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from babel.messages.pofile import PoFileError, read_po

Key = tuple[str | None, str]  # (msgctxt, msgid)

REVIEW_HEADER = "X-Review-State"


def po_path(translations_dir: Path, code: str) -> Path:
    return translations_dir / code / "LC_MESSAGES" / "messages.po"


@dataclass
class Catalog:
    code: str
    current: dict[Key, str] = field(default_factory=dict)  # translated and not fuzzy
    fuzzy: set[Key] = field(default_factory=set)
    review_state: str = "unknown"
    error: str | None = None  # `file:line: message` when the file could not be used

    def lookup(self, context: str | None, message: str) -> str | None:
        """The current translation, or None if missing or out of date."""
        return self.current.get((context, message))


def load_catalog(translations_dir: Path, code: str) -> Catalog:
    path = po_path(translations_dir, code)
    catalog = Catalog(code)
    if not path.is_file():
        catalog.error = f"{path}:1: no catalog for this language"
        return catalog
    try:
        with path.open("rb") as handle:
            po = read_po(handle, abort_invalid=True, charset="utf-8")
    except PoFileError as err:
        catalog.error = f"{path}:{getattr(err, 'lineno', 1)}: {err}"
        return catalog
    except UnicodeDecodeError as err:
        raw = path.read_bytes()
        line = raw[: err.start].count(b"\n") + 1
        catalog.error = f"{path}:{line}: the file is not UTF-8 text"
        return catalog
    except (OSError, ValueError) as err:
        catalog.error = f"{path}:1: cannot read the catalog ({err})"
        return catalog
    for message in po:
        if not message.id or not isinstance(message.id, str):
            continue
        key = (message.context, message.id)
        text = message.string if isinstance(message.string, str) else ""
        if message.fuzzy:
            catalog.fuzzy.add(key)
        elif text.strip():
            catalog.current[key] = text
    catalog.review_state = dict(po.mime_headers).get(REVIEW_HEADER, "unknown")
    return catalog
