"""The content on screen, and updates to it: a valid update replaces it, an invalid one is
refused and the last good version stays (a folder deleted under the kiosk is just invalid).

With trusted_keys, a version must also be signed (kiosk/trust); with a state_dir, each accepted
version is copied there, read from there, and shown at start when the folder is refused. With
trusted_keys and a state_dir that cannot hold a copy, the copy is made in a private temporary
folder instead: a live folder is never read after its verification. The translations folder
goes through the same gate (its catalogs are read by kiosk/i18n)."""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.content.accepted import NotAsAccepted, read_accepted, rules_fingerprint
from kiosk.content.model import Content
from kiosk.content.problems import Result, display_path
from kiosk.trust.gate import Gate, Refused, Version
from kiosk.trust.state import Accepted

if TYPE_CHECKING:  # PyCA cryptography: only for a kiosk with trusted keys
    from kiosk.trust.minisign import PublicKey

log = logging.getLogger(__name__)

SHOWN_PROBLEMS = 10
# Where catalogs are read when none can be trusted: a path that cannot exist, so English shows.
NOWHERE = Path(os.devnull) / "no-trusted-translations"


def validate(folder: Path, allowed_hosts: list[str]) -> Result:
    # The validator's modules (jsonschema, markdown-it) are loaded only when a folder is new.
    from kiosk.content.validate import load_content

    return load_content(folder, allowed_hosts)


def _summary(problems: list[str]) -> str:
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    return f"{problems[0]}{more}"


class LiveContent:
    def __init__(
        self,
        folder: Path,
        allowed_hosts: list[str],
        load: Callable[[Path, list[str]], Result] = validate,
        *,
        trusted_keys: list[PublicKey] | None = None,
        state_dir: Path | None = None,
        translations: Path | None = None,
    ) -> None:
        self.folder = folder
        self.allowed_hosts = allowed_hosts
        self._load = load
        # What `validate` checks a folder against; a copy accepted under the same is not checked again.
        self.rules = rules_fingerprint(allowed_hosts) if load is validate else ""
        keys = list(trusted_keys or [])
        self.signed = bool(keys)
        self.gate = Gate(folder, state_dir / "content" if state_dir else None, keys, "content")
        self.catalogs: Gate | None = None
        if translations is not None:
            slot = state_dir / "translations" if state_dir else None
            self.catalogs = Gate(translations, slot, keys, "translations")
        self._catalogs_trusted = not self.signed  # read the live folder, when no copy is kept
        self._catalogs_read = False
        self._catalogs_fresh = False  # read_catalogs() ran since the last reload()
        self._catalogs_at: Path | None = None  # the kept copy the catalogs are read from, once known
        self._content_at: Path | None = None  # the copy the shown content was read from, once known
        self.current: Content | None = None
        self.content_read = False  # reload() has looked at the content folder (the start reads it late)
        self.loaded_at = ""
        self.refused: str | None = None  # why the newest version was refused, if it was
        self.translations_refused: str | None = None

    @property
    def content_in_use(self) -> Path:
        """The folder the shown content is read from (recordings too): the kept copy, if kept."""
        if self._content_at is not None:
            return self._content_at
        return self.gate.slot.current if self.gate.slot is not None else self.folder

    @property
    def translations_in_use(self) -> Path:
        """The folder the catalogs are read from (kiosk.i18n.translator_for)."""
        assert self.catalogs is not None
        if self._catalogs_at is not None:
            return self._catalogs_at
        if self.catalogs.slot is not None:
            return self.catalogs.slot.current
        return self.catalogs.live if self._catalogs_trusted else NOWHERE

    def reload(self) -> bool:
        """Read the folder again; True when a valid version now stands in for the old one."""
        if self.catalogs is not None and not self._catalogs_fresh:
            self._reload_catalogs(self.catalogs)
        self._catalogs_fresh = False
        self.content_read = True
        try:
            version = self.gate.open()
        except Refused as refusal:
            return self._refuse(refusal.problems)
        content = self._as_accepted(version.held)
        if content is None:
            try:
                result = self._load(version.path, self.allowed_hosts)
            except Exception as err:  # files vanishing mid-read, permissions: a refused update
                log.exception("content could not be read")
                self.gate.discard(version)
                return self._refuse([f"{self.folder}: cannot be read ({err})"])
            if not result.ok or result.content is None:
                self.gate.discard(version)
                problems = [self._named(str(p), version) for p in result.problems]
                return self._refuse(problems or [f"{self.folder}: cannot be read"])
            content = result.content
        self.gate.commit(version, self.rules)
        if self.gate.slot is not None:
            self._content_at = self.gate.slot.current  # where a fresh copy is once committed
        changed = content != self.current
        self.current = content
        self.refused = None
        if changed:
            self.loaded_at = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
        return changed

    def _as_accepted(self, held: Accepted | None) -> Content | None:
        """The kept copy's content without validating it again, when it may be: its files are
        those accepted (the gate checked), found valid against the rules in force now."""
        if held is None or not self.rules or held.rules != self.rules:
            return None
        try:
            return read_accepted(held.path)
        except NotAsAccepted as err:
            log.info("validating the accepted copy again: %s", err)
            return None

    def _named(self, problem: str, version: Version) -> str:
        # Problems found in the kiosk's copy name the file staff edit.
        return problem.replace(display_path(version.path), display_path(self.folder), 1)

    def _refuse(self, problems: list[str]) -> bool:
        self.refused = _summary(problems)
        if self.current is None and self._fall_back(self.refused):
            return True
        keeping = "keeping the last good version" if self.current else "nothing good to show yet"
        count = len(problems)
        log.warning("content update refused (%d problem%s); %s", count, "" if count == 1 else "s", keeping)
        for problem in problems[:SHOWN_PROBLEMS]:
            log.warning("  %s", problem)
        return False

    def _fall_back(self, reason: str) -> bool:
        """At start, with the folder refused: the copy accepted last, if it still reads well."""
        held = self.gate.last_good()
        if held is None:
            return False
        content = self._as_accepted(held)
        if content is None:
            try:
                result = self._load(held.path, self.allowed_hosts)
            except Exception:
                log.exception("the last good copy could not be read")
                return False
            if not result.ok or result.content is None:
                return False
            content = result.content
        self.current, self.loaded_at = content, held.accepted_at
        self._content_at = held.path
        self.refused = (
            f"showing the copy accepted on {held.accepted_at}; the folder is refused because {reason}"
        )
        log.warning("content: %s", self.refused)
        return True

    def read_catalogs(self) -> None:
        """Decide now which translations folder may be read (the start's first frame may need
        it); reload() does it first, unless this has just done it."""
        if self.catalogs is not None:
            self._reload_catalogs(self.catalogs)
            self._catalogs_fresh = True

    def _reload_catalogs(self, gate: Gate) -> None:
        try:
            version = gate.open()
        except Refused as refusal:
            reason = _summary(refusal.problems)
            held = gate.last_good() if not self._catalogs_read else None
            self._catalogs_read = True
            if held is not None:
                self._catalogs_trusted = True
                self._catalogs_at = held.path
                reason = (
                    f"showing the copy accepted on {held.accepted_at}; the folder is refused because {reason}"
                )
            self.translations_refused = reason
            log.warning("translations: %s", reason)
            return
        gate.commit(version)
        if gate.slot is not None:
            self._catalogs_at = gate.slot.current
        self._catalogs_trusted = self._catalogs_read = True
        self.translations_refused = None

    @property
    def problem(self) -> str | None:
        """What staff should know: a refused content or translations folder."""
        found = [p for p in (self.refused, self.translations_refused) if p]
        return "; ".join(found) or None
