"""An unexpected error never leaves a visitor looking at a half-drawn screen or a desktop:
it is logged, and the kiosk starts over at the Attract screen."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from types import TracebackType

log = logging.getLogger(__name__)

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def start_over_on_errors(reset: Callable[[], None], fallback: Callable[[], None] | None = None) -> Hook:
    """Route uncaught exceptions (Qt reports those of slots and event handlers through
    sys.excepthook) to the log, then `reset`; if that fails too, `fallback` (a static screen);
    returns the hook that was there before."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, value, tb)
            return
        log.error("unexpected error; starting over at the Attract screen", exc_info=(kind, value, tb))
        try:
            reset()
            return
        except Exception:
            log.critical("could not start over at the Attract screen", exc_info=True)
        try:
            if fallback is None:
                raise RuntimeError("no fallback screen")
            fallback()
            log.critical("showing the 'temporarily unavailable' screen until new content arrives")
        except Exception:
            # Nothing left to fall back on inside the process: end it, and the service
            # manager starts a fresh kiosk (see deploy/).
            log.critical("could not show even the unavailable screen; exiting for a restart", exc_info=True)
            raise SystemExit(70) from None

    sys.excepthook = hook
    return previous
