"""Trusted content: signed SHA256SUMS (minisign), and the last good copy kept in state_dir.

Pure Python, no Qt: `sha256sums` reads, writes and checks the checksum list, `minisign`
verifies and makes signatures, `folder` checks (or signs) a whole folder, `state` keeps the
accepted copy, and `gate` decides whether a folder's new version may be shown.
"""
