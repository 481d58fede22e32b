"""The content on screen, and updates to it: a valid update replaces it, an invalid one is
refused and the last good version stays (a folder deleted under the kiosk is just invalid)."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

from kiosk.content.model import Content
from kiosk.content.validate import Result, load_content

log = logging.getLogger(__name__)

SHOWN_PROBLEMS = 10


class LiveContent:
    def __init__(
        self,
        folder: Path,
        allowed_hosts: list[str],
        load: Callable[[Path, list[str]], Result] = load_content,
    ) -> None:
        self.folder = folder
        self.allowed_hosts = allowed_hosts
        self._load = load
        self.current: Content | None = None
        self.loaded_at = ""
        self.refused: str | None = None  # why the newest version was refused, if it was

    def reload(self) -> bool:
        """Read the folder again; True when a valid version now stands in for the old one."""
        try:
            result = self._load(self.folder, self.allowed_hosts)
        except Exception as err:  # files vanishing mid-read, permissions: a refused update
            log.exception("content could not be read")
            result = Result(None, [])
            self.refused = f"{self.folder}: cannot be read ({err})"
        if result.ok and result.content is not None:
            changed = result.content != self.current
            self.current = result.content
            self.refused = None
            if changed:
                self.loaded_at = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
            return changed
        problems = result.problems
        if problems:
            more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
            self.refused = f"{problems[0]}{more}"
        elif not self.refused:
            self.refused = f"{self.folder}: cannot be read"
        keeping = "keeping the last good version" if self.current else "nothing good to show yet"
        count = max(1, len(problems))
        log.warning("content update refused (%d problem%s); %s", count, "" if count == 1 else "s", keeping)
        for problem in problems[:SHOWN_PROBLEMS]:
            log.warning("  %s", problem)
        return False
