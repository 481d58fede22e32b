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
