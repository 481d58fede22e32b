"""Tells when the content or translation files change, once they have settled.

Qt's watcher (inotify on Linux, change notifications on Windows) wakes the kiosk only when a
file really changes: nothing polls. An update arrives as many writes (a sync tool, an editor
saving), so `changed` fires once the writes have stopped for `settle_ms`.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

WATCHED_SUFFIXES = {".yaml", ".yml", ".po", ".mo", ".pot"}


def watched_paths(folders: Iterable[Path]) -> list[str]:
    """Each folder, the folders and content files below it, and its parent (to see it
    vanish and come back)."""
    paths: set[Path] = set()
    for folder in folders:
        paths.add(folder.parent)
        if not folder.is_dir():
            continue
        paths.add(folder)
        try:
            for path in folder.rglob("*"):
                if path.is_dir() or path.suffix in WATCHED_SUFFIXES:
                    paths.add(path)
        except OSError:
            continue  # the folder went away while it was read: the next change says so
    return sorted(str(p) for p in paths if p.exists())


class FolderWatcher(QObject):
    changed = Signal()

    def __init__(self, folders: Iterable[Path], settle_ms: int = 2000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folders = list(folders)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._touched)
        self.watcher.fileChanged.connect(self._touched)
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setInterval(settle_ms)
        self.settle.timeout.connect(self._settled)
        self._watch()

    def _touched(self, _path: str) -> None:
        self.settle.start()  # restarts: wait until the writes stop

    def _settled(self) -> None:
        self._watch()
        self.changed.emit()

    def _watch(self) -> None:
        # Files replaced by a rename (how editors and sync tools save) are no longer watched,
        # and new files are not yet: start again from what is there now.
        wanted = set(watched_paths(self.folders))
        held = set(self.watcher.files()) | set(self.watcher.directories())
        if held - wanted:
            self.watcher.removePaths(sorted(held - wanted))
        if wanted - held:
            self.watcher.addPaths(sorted(wanted - held))
