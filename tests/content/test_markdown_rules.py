from __future__ import annotations

from kiosk.content.markdown_rules import check_markdown


def test_the_allowed_subset_passes() -> None:
    text = "A paragraph with **bold**.\n\n- one\n- two\n\n1. first\n2. second\n"
    assert check_markdown(text) == []


def test_lines_count_from_the_start_of_the_text() -> None:
    text = "Fine.\n\nAlso fine.\n\n<script>alert(1)</script>\n"
    assert check_markdown(text) == [(4, "raw HTML is not allowed in card text")]


def test_reference_links_are_found() -> None:
    text = "Read [the law][1].\n\n[1]: https://leginfo.legislature.ca.gov/\n"
    found = check_markdown(text)
    assert (0, "links are not allowed in card text: the QR code is the only way to a web page") in found


def test_bare_domain_is_found() -> None:
    ((line, message),) = check_markdown("Visit cityofwestsacramento.org for more.\n")
    assert line == 0 and "cityofwestsacramento.org" in message


def test_github_markdown_is_refused_on_its_line() -> None:
    text = (
        "Intro.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
        "- [ ] to do\n- [x] done\n- a point\n  that ~~was~~ is\n\n1. [X] first\n"
    )
    table = "tables are not allowed in card text: write the rows as a list"
    task = "checkboxes ('[ ]', '[x]') are not allowed in card text: write a plain list"
    struck = "crossed-out text ('~~') is not allowed in card text"
    assert check_markdown(text) == [(2, table), (6, task), (7, task), (9, struck), (11, task)]


def test_lone_tildes_pipes_and_brackets_are_plain_text() -> None:
    assert check_markdown("About ~10 minutes; yes | no; tick [ ] or [x] on the form.\n\n- a | b\n") == []
