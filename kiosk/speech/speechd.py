"""Is speech-dispatcher answering? Asked before Qt's speechd engine is opened.

libspeechd waits without a timeout, so a stuck speech-dispatcher (seen after it was asked to
speak with no sound server) would freeze the kiosk when it opens the engine. One line of its
protocol (SSIP) over its local socket, with a timeout, tells a stuck one from a healthy one.
No socket, or nobody listening on it, is fine: libspeechd then starts a new one itself.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Mapping
from pathlib import Path


def socket_path(env: Mapping[str, str] | None = None) -> Path:
    """Where libspeechd looks (glib's user runtime dir, which falls back to the cache dir)."""
    env = os.environ if env is None else env
    if env.get("SPEECHD_ADDRESS", "").startswith("unix_socket:"):
        return Path(env["SPEECHD_ADDRESS"].split(":", 1)[1])
    base = env.get("XDG_RUNTIME_DIR") or env.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "speech-dispatcher" / "speechd.sock"


def stuck(path: Path | None = None, timeout: float = 1.0) -> str | None:
    """Why speech-dispatcher cannot be used now, or None (answering, or will be started)."""
    path = socket_path() if path is None else path
    if not path.exists():
        return None
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(timeout)
        try:
            sock.connect(str(path))
        except (ConnectionRefusedError, FileNotFoundError):
            return None  # a stale socket: libspeechd starts a new speech-dispatcher
        except OSError as err:
            return f"cannot reach speech-dispatcher at {path} ({err.strerror or err})"
        try:
            sock.sendall(b"SET SELF CLIENT_NAME kiosk:probe:main\r\n")
            reply = sock.recv(256)
        except TimeoutError:
            return (
                f"speech-dispatcher at {path} does not answer (stuck?); "
                "stop it (`pkill -u $USER -x speech-dispatcher`), it restarts when needed"
            )
        except OSError as err:
            return f"speech-dispatcher at {path} failed ({err.strerror or err})"
    if not reply[:1].isdigit():
        return f"speech-dispatcher at {path} answered {reply[:40]!r}, not SSIP"
    return None
