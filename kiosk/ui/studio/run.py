"""Open the studio's window and run it until the reader closes it."""

from __future__ import annotations

from pathlib import Path

from kiosk.config import Config
from kiosk.content.model import Content


def run_studio(cfg: Config, content: Content, lang: str, from_dir: Path | None) -> int:
    raise SystemExit("the studio's window comes in the next commit; use --from DIR --batch")
