"""`doctor --prometheus FILE`: the kiosk's health as a node_exporter textfile-collector file
(node_exporter --collector.textfile.directory, /var/lib/prometheus/node-exporter on Debian).

Written with prometheus_client's write_to_textfile: it writes FILE.<pid>.<thread> in the same
folder and renames it over FILE, so node_exporter (which reads only *.prom) never sees half a
file. Metrics say how the kiosk is, never what a visitor did: no visits, taps, cards opened,
prints or languages chosen, not even as totals (tests/health/test_prometheus.py checks).
"""

from __future__ import annotations

import calendar
import time
from pathlib import Path

from prometheus_client import CollectorRegistry, Gauge, Info, write_to_textfile

from kiosk import __version__
from kiosk.health.nagios import REVIEWED, plugin_output
from kiosk.health.report import Report


def registry_of(report: Report) -> CollectorRegistry:
    registry = CollectorRegistry()

    def gauge(name: str, doc: str, value: float) -> None:
        Gauge(name, doc, registry=registry).set(value)

    Info("kiosk_build", "The kiosk's version.", registry=registry).info({"version": __version__})
    state, _lines = plugin_output(report)
    gauge("kiosk_health_state", "As doctor --nagios: 0 OK, 1 warning, 2 critical.", state)
    gauge("kiosk_up", "1 while the kiosk's process (named in its status file) runs.", report.running)
    status = report.status if report.running else None
    gauge(
        "kiosk_content_on_screen",
        "1 while the kiosk shows content, 0 on the unavailable screen or when it is not running.",
        status is not None and status.screen == "content",
    )
    if status is not None:
        gauge("kiosk_screen_since_timestamp_seconds", "When the screen's state began.", status.since)
        if status.screen == "content":
            gauge(
                "kiosk_content_accepted_timestamp_seconds",
                "When the content on screen was accepted.",
                status.loaded_at,
            )
            gauge(
                "kiosk_content_signed",
                "1 if the content on screen was signed with a trusted key.",
                status.signed,
            )
            if status.oldest_check:
                gauge(
                    "kiosk_content_oldest_check_timestamp_seconds",
                    "The oldest card's last_checked date (midnight UTC).",
                    _day(status.oldest_check),
                )
        gauge("kiosk_open", "1 within open_hours, 0 outside them (dark on purpose).", not status.closed)
        gauge(
            "kiosk_content_update_refused",
            "1 if the newest content update was refused.",
            bool(status.refused),
        )
        if status.refused:
            gauge(
                "kiosk_content_refused_since_timestamp_seconds",
                "When the kiosk began refusing updates.",
                status.refused_since,
            )
    printer = [c for c in report.checks if c.topic == "printer"]
    if printer:
        gauge(
            "kiosk_printer_ready",
            "1 if a slip can come out now (the spooler's answer).",
            printer[0].code == "ready",
        )
    reviewed = Gauge(
        "kiosk_language_reviewed", "1 reviewed by a translator, 0 draft.", ["language"], registry=registry
    )
    fonts = Gauge(
        "kiosk_language_drawable",
        "1 if the language draws with the installed fonts.",
        ["language"],
        registry=registry,
    )
    for check in report.checks:
        if check.topic == "language":
            reviewed.labels(check.subject).set(check.code in REVIEWED)
            fonts.labels(check.subject).set(check.code != "fonts")
    gauge(
        "kiosk_faults_last_hour",
        "Warnings and errors in the kiosk's log in the last hour.",
        report.faults_last_hour,
    )
    gauge("kiosk_health_checked_timestamp_seconds", "When this file was written.", report.now)
    return registry


def _day(iso: str) -> float:
    try:
        return float(calendar.timegm(time.strptime(iso[:10], "%Y-%m-%d")))
    except ValueError:
        return float("nan")


def write(report: Report, path: Path) -> None:
    write_to_textfile(str(path), registry_of(report))
