"""The content checker: every kind of mistake an editor can make, reported as file:line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kiosk.config import DEFAULT_HOSTS
from kiosk.content.validate import load_content

TODAY = dt.date(2026, 11, 24)


def problems(folder: Path) -> list[str]:
    result = load_content(folder, DEFAULT_HOSTS, today=TODAY)
    assert (result.content is None) == bool(result.problems)
    return [f"{Path(p.file).name}:{p.line}: {p.message}" for p in result.problems]


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"test setup: {old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_valid_content_loads(content_dir: Path) -> None:
    result = load_content(content_dir, DEFAULT_HOSTS, today=TODAY)
    assert result.problems == []
    assert result.content is not None
    assert [t.id for t in result.content.topics] == ["police", "state-law"]
    card = result.content.cards["report-crime"]
    assert card.title == "Can I report a crime?"
    assert card.last_checked == "2026-11-01"
    assert card.legal_notice is True
    assert "**another** point" in card.body


CARD = "cards/report-crime.yaml"


@pytest.mark.parametrize(
    ("file", "old", "new", "expected"),
    [
        (CARD, "title: Can I", "title: [Can I", "report-crime.yaml:4: YAML syntax error"),
        (CARD, "summary: A short line\n", "", "report-crime.yaml:1: missing field 'summary'"),
        (CARD, "order: 10", "order: ten", "report-crime.yaml:3: order: must be a whole number"),
        (CARD, "order: 10", "order: 10\ntitel: x", "report-crime.yaml:1: unknown field ('titel'"),
        (CARD, "summary: A short line", "summary: '  '", "report-crime.yaml:5: summary: must not be empty"),
        (CARD, "topic: police", "topic: polise", "report-crime.yaml:2: unknown topic 'polise'"),
        (CARD, "source: city-statement", "source: nowhere", "report-crime.yaml:6: unknown source 'nowhere'"),
        (
            CARD,
            "id: report-crime",
            "id: values-act",
            "report-crime.yaml:1: id 'values-act' must match the file name",
        ),
        (CARD, "2026-11-01", "2026-13-01", "report-crime.yaml:7: '2026-13-01' is not a real date"),
        (CARD, "2026-11-01", "1 Nov 2026", "report-crime.yaml:7: last_checked: write the date as YYYY-MM-DD"),
        (CARD, "2026-11-01", "2027-01-01", "report-crime.yaml:7: last_checked is in the future"),
        (CARD, "First paragraph.", "First <b>paragraph</b>.", "report-crime.yaml:9: raw HTML is not allowed"),
        (
            CARD,
            "  - a point",
            "  <div>x</div>\n\n  - a point",
            "report-crime.yaml:11: raw HTML is not allowed",
        ),
        (
            CARD,
            "First paragraph.",
            "See [the city](https://www.cityofwestsacramento.org/).",
            "report-crime.yaml:9: links are not allowed",
        ),
        (
            CARD,
            "First paragraph.",
            "Go to <https://www.cityofwestsacramento.org/>",
            "report-crime.yaml:9: links are not allowed",
        ),
        (
            CARD,
            "  - a point",
            "  - visit www.example.org today",
            "report-crime.yaml:11: web address 'www.example.org'",
        ),
        (CARD, "First paragraph.", "# Heading", "report-crime.yaml:9: headings are not allowed"),
        # GitHub's Markdown, drawn by CommonMark as plain text: refused, not shown as pipes and tildes.
        (
            CARD,
            "First paragraph.",
            "| Who | What |\n  |-----|------|\n  | Police | Safety |",
            "report-crime.yaml:9: tables are not allowed",
        ),
        (
            CARD,
            "  - a point",
            "  - a ~~point~~",
            "report-crime.yaml:11: crossed-out text ('~~') is not allowed",
        ),
        (
            CARD,
            "  - a point",
            "  - [ ] a point",
            "report-crime.yaml:11: checkboxes ('[ ]', '[x]') are not allowed",
        ),
        (CARD, "order: 10", "order: 10\norder: 20", "report-crime.yaml:4: 'order' is written twice"),
        (
            "sources.yaml",
            "https://www.cityofwestsacramento.org/gov",
            "http://www.cityofwestsacramento.org/gov",
            "sources.yaml:4: url must start with https://",
        ),
        (
            "sources.yaml",
            "https://leginfo.legislature.ca.gov/",
            "https://evil.example.com/",
            "sources.yaml:7: url host 'evil.example.com' is not allowed",
        ),
        (
            "sources.yaml",
            "id: sb54",
            "id: city-statement",
            "sources.yaml:5: duplicate source id 'city-statement' (first at line 2)",
        ),
        (
            "topics.yaml",
            "id: state-law",
            "id: police",
            "topics.yaml:5: duplicate topic id 'police' (first at line 2)",
        ),
        ("topics.yaml", "topics:", "topicks:", "topics.yaml:1: missing field 'topics'"),
    ],
)
def test_each_mistake_is_reported_with_file_and_line(
    content_dir: Path, file: str, old: str, new: str, expected: str
) -> None:
    edit(content_dir / file, old, new)
    found = problems(content_dir)
    assert any(line.startswith(expected) for line in found), found


def test_non_utf8_file_names_the_line(content_dir: Path) -> None:
    path = content_dir / CARD
    path.write_bytes(path.read_bytes().replace(b"First paragraph.", "Caf\u00e9".encode("latin-1")))
    assert "report-crime.yaml:9: the file is not UTF-8 text; save it as UTF-8" in problems(content_dir)


def test_unreadable_file_is_a_problem_not_a_crash(content_dir: Path) -> None:
    path = content_dir / CARD
    path.unlink()
    path.mkdir()  # a folder where a file should be: reading it fails
    found = problems(content_dir)
    assert any("report-crime.yaml:1: is a folder, not a file" in line for line in found), found


def test_empty_card_file(content_dir: Path) -> None:
    (content_dir / CARD).write_text("# nothing yet\n", encoding="utf-8")
    assert "report-crime.yaml:1: the file is empty" in problems(content_dir)


def test_duplicate_card_ids_across_files(content_dir: Path) -> None:
    copy = content_dir / "cards" / "report-crime-copy.yaml"
    copy.write_text((content_dir / CARD).read_text(encoding="utf-8"), encoding="utf-8")
    found = problems(content_dir)
    assert any("report-crime-copy.yaml:1: id 'report-crime' must match" in f for f in found), found
    assert any("duplicate card id 'report-crime'" in f for f in found), found


def test_topic_without_cards_is_reported(content_dir: Path) -> None:
    (content_dir / "cards" / "values-act.yaml").unlink()
    assert problems(content_dir) == ["topics.yaml:5: topic 'state-law' has no cards"]


def test_missing_folder(tmp_path: Path) -> None:
    assert problems(tmp_path / "nowhere") == ["nowhere:1: content folder not found"]


def test_host_list_comes_from_the_config(content_dir: Path) -> None:
    result = load_content(content_dir, ["www.cityofwestsacramento.org"], today=TODAY)
    assert any("'leginfo.legislature.ca.gov' is not allowed" in p.message for p in result.problems)


def test_repository_content_is_valid(repo_config) -> None:  # type: ignore[no-untyped-def]
    result = load_content(repo_config.resolve(repo_config.content_dir), repo_config.allowed_qr_hosts)
    assert result.problems == []
    assert result.content is not None
    card_files = (repo_config.resolve(repo_config.content_dir) / "cards").glob("*.yaml")
    assert sorted(result.content.cards) == sorted(path.stem for path in card_files), "every card is read"
    assert result.content.topics


def test_a_topic_names_its_pictogram_and_validate_refuses_one_that_does_not_exist(content_dir: Path) -> None:
    # Issue 21 §4: content editors choose each topic's pictogram; a typo is said with its line.
    topics = content_dir / "topics.yaml"
    summary = "    summary: Safety for everyone\n"
    edit(topics, summary, summary + "    icon: shield-star\n")
    result = load_content(content_dir, DEFAULT_HOSTS, today=TODAY)
    assert result.content is not None, result.problems
    assert [t.icon for t in result.content.topics] == ["shield-star", ""]  # none named: no picture
    edit(topics, "icon: shield-star", "icon: sheild-star")
    [problem] = problems(content_dir)
    assert problem.startswith("topics.yaml:5: topics.icon: no pictogram 'sheild-star' in assets/icons")
    assert "shield-star" in problem  # the names to choose from
    edit(topics, "icon: sheild-star", "icon: ../../etc/passwd")
    assert problems(content_dir) == [
        "topics.yaml:5: topics.icon: use only lowercase letters, digits and hyphens, not '../../etc/passwd'"
    ]


def test_the_repositorys_topics_each_have_a_pictogram() -> None:
    from kiosk.config import Config
    from tests.helpers.content import load_repo_content

    content = load_repo_content(Config())
    assert all(t.icon for t in content.topics), [t.id for t in content.topics if not t.icon]
