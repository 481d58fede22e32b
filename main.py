"""Launcher: `python main.py [command] ...`; see `python main.py --help`."""

from kiosk.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
