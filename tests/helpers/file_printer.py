"""A system default printer named as the test says, seen as the kiosk sees printers without
CUPS (the Windows spooler's path: Qt's printer list, and the port Windows reports)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtPrintSupport import QPrinter

from kiosk.printing import cups, health, spooler


class _QtPrinter:
    """What Qt's printer list says of a printer: its name, and that it is idle."""

    def __init__(self, name: str) -> None:
        self.name = name

    def printerName(self) -> str:  # noqa: N802 - Qt's name
        return self.name

    def state(self) -> QPrinter.PrinterState:
        return QPrinter.PrinterState.Idle


def stand_in_default_printer(monkeypatch: pytest.MonkeyPatch) -> Callable[[str, str | None], None]:
    """No CUPS (as on Windows), and the default printer named `name`, on `port`."""

    def use(name: str, port: str | None = None) -> None:
        monkeypatch.setattr(cups, "available", lambda: False)
        monkeypatch.setattr(health, "find_printer", lambda _name: _QtPrinter(name))
        monkeypatch.setattr(spooler, "find_printer", lambda _name: _QtPrinter(name))
        monkeypatch.setattr(health, "port_of", lambda _name: port, raising=False)

    return use
