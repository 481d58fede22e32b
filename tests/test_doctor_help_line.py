"""doctor says whether the help line a kiosk's config names is one the content has."""

from __future__ import annotations

import dataclasses

from kiosk.config import Config
from kiosk.content.model import Content
from kiosk.doctor import check_content, check_help_line


def test_unset_set_and_unknown(repo_config: Config, content: Content) -> None:
    unset = check_help_line(repo_config, content)
    assert (unset.status, unset.code) == ("OK", "unset")
    chosen = check_help_line(dataclasses.replace(repo_config, help_line="front-desk"), content)
    assert chosen.status == "OK" and "Questions? Ask at the front desk." in chosen.text
    unknown = check_help_line(dataclasses.replace(repo_config, help_line="second-floor"), content)
    assert (unknown.status, unknown.topic, unknown.code) == ("WARN", "help-line", "unknown")
    assert "'second-floor'" in unknown.text and "front-desk" in unknown.text


def test_doctors_content_check_includes_it(repo_config: Config) -> None:
    checks, _content = check_content(dataclasses.replace(repo_config, help_line="second-floor"))
    assert [c.status for c in checks if c.topic == "help-line"] == ["WARN"]
