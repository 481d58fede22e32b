"""Telling systemd how the kiosk is doing: the sd_notify protocol, without libsystemd.

systemd passes a unix datagram socket in $NOTIFY_SOCKET; a service writes lines such as
READY=1 or WATCHDOG=1 to it. Outside systemd (a developer's desktop, the tests) the variable
is absent and every call here is a quiet no-op, so the kiosk never has to ask where it runs.

Watchdog ownership follows libsystemd's sd_watchdog_enabled(): $WATCHDOG_PID, when set,
names the one process the watchdog is for. Under cage or xinit the kiosk is not the service's
main process, so the launcher (deploy/westsac-kiosk-session) unsets $WATCHDOG_PID before it
starts the compositor, handing the watchdog to the kiosk; the unit's NotifyAccess=all lets
systemd accept the kiosk's messages. A process that inherited someone else's $WATCHDOG_PID
(a kiosk started from inside another notify service's shell) stays out of that service's
watchdog instead of keeping a hung service alive.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Mapping

READY = "READY=1"
WATCHDOG = "WATCHDOG=1"
STOPPING = "STOPPING=1"


def notify_socket(env: Mapping[str, str] | None = None) -> str | None:
    """The address to send to, or None when not started by systemd as a notify service."""
    path = (os.environ if env is None else env).get("NOTIFY_SOCKET", "")
    if path.startswith("@"):
        # Linux abstract namespace: a leading NUL byte instead of a file.
        return "\0" + path[1:]
    if path.startswith("/"):
        return path
    # Empty, or a form we do not speak (systemd 254+ also allows vsock:...): not for us.
    return None


def notify(message: str, env: Mapping[str, str] | None = None) -> bool:
    """Send one message (e.g. READY=1); True if it was sent, False if not under systemd or
    the socket could not take it. Never raises: a kiosk must not stop over its supervisor."""
    address = notify_socket(env)
    if address is None:
        return False
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
            sock.connect(address)
            # Never wait: a full queue on systemd's side must not freeze the screen.
            sock.send(message.encode("utf-8"), socket.MSG_DONTWAIT)
    except OSError:
        return False
    return True


def watchdog_interval(env: Mapping[str, str] | None = None, pid: int | None = None) -> float | None:
    """Seconds within which systemd expects WATCHDOG=1 from this process, or None when no
    watchdog applies (not under systemd, no WatchdogSec=, or it belongs to another process)."""
    env = os.environ if env is None else env
    if notify_socket(env) is None:
        return None
    try:
        usec = int(env.get("WATCHDOG_USEC", ""))
    except ValueError:
        return None
    if usec <= 0:
        return None
    owner = env.get("WATCHDOG_PID", "")
    if owner:
        try:
            owner_pid = int(owner)
        except ValueError:
            return None
        if owner_pid != (os.getpid() if pid is None else pid):
            return None
    return usec / 1_000_000
