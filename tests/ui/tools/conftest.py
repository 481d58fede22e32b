"""A bare window for the checks' own tests: widgets placed by hand, measured as the checks do."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QWidget


@pytest.fixture
def root(qtbot: Any) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.resize(800, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
