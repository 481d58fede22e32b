"""The review packet's content: every template string, beside its translation, in order."""

from __future__ import annotations

from pathlib import Path

from babel.messages.pofile import read_po

from kiosk.i18n import catalog_tools
from kiosk.i18n.catalog import po_path
from kiosk.i18n.packet import SECTIONS, make_packet, reflow


def test_packet_holds_every_template_string_cards_first(content_dir: Path, translations: Path) -> None:
    template = catalog_tools.extract(content_dir)
    packet = make_packet(template, translations, "es")
    keys = [(m.context or "", m.id) for m in template if m.id]
    assert sorted((e.context, e.english) for e in packet.entries) == sorted(keys)
    assert [e.number for e in packet.entries] == list(range(1, len(keys) + 1))
    sections = [e.section for e in packet.entries]
    assert sections == sorted(sections, key=SECTIONS.index)
    assert packet.entries[0].context == "card:report-crime:title"
    assert packet.section("interface")[-1].context  # interface strings come last
    assert all(e.translation == f"ES {e.english}" and e.state == "current" for e in packet.section("card"))


def test_packet_marks_what_to_check_again_and_what_is_missing(content_dir: Path, translations: Path) -> None:
    path = po_path(translations, "es")
    po = read_po(path.open("rb"))
    po.get("Home", "top bar button").flags.add("fuzzy")
    po.get("Language", "top bar button").string = ""
    catalog_tools.save_po(po, path, review="draft")
    packet = make_packet(catalog_tools.extract(content_dir), translations, "es")
    states = {e.english: e.state for e in packet.section("interface")}
    assert (states["Home"], states["Language"], states["Back"]) == ("fuzzy", "missing", "current")
    home = next(e for e in packet.entries if e.english == "Home")
    assert home.translation == "ES Home" and "check it again" in home.state_note


def test_reflow_joins_a_paragraphs_lines_and_keeps_lists_and_marks() -> None:
    text = "The City does **not**\ntake part.\n\n- one\n- two\n  continued\n"
    assert reflow(text) == "The City does **not** take part.\n\n- one\n- two continued"
    assert reflow("市政府\n不参加。") == "市政府不参加。"
