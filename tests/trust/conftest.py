"""Keys and signatures made by Debian's minisign (tests/helpers/minisign.py)."""

from tests.helpers.minisign import keys

__all__ = ["keys"]
