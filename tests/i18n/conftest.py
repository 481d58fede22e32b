"""A Spanish catalog of the small test content, for the catalog and review tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from kiosk.i18n import catalog_tools
from kiosk.i18n.views import FALLBACK_NOTE


@pytest.fixture
def translations(tmp_path: Path, content_dir: Path) -> Path:
    """A Spanish catalog with the test content fully translated."""
    folder = tmp_path / "translations"
    template = catalog_tools.extract(content_dir)
    path = catalog_tools.init(template, folder, "es")
    po = read_po(path.open("rb"))
    for message in po:
        if message.id:
            message.string = f"ES {message.id}"
    # The fallback note itself, in real Spanish, to check it is what the visitor reads.
    note = po.get(FALLBACK_NOTE[1], FALLBACK_NOTE[0])
    assert note is not None
    note.string = "Esta tarjeta se muestra en inglés."
    catalog_tools.save_po(po, path, review="draft")
    return folder
