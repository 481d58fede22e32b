"""Every catalog by the rule the English content follows (kiosk/content/text_rules.py), refused
by `validate` as well as `i18n check`; what the scripts need is kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from kiosk import PROJECT_ROOT
from kiosk.cli import main
from kiosk.i18n import catalog_tools
from kiosk.i18n.catalog import load_catalog, po_path, read_review
from kiosk.i18n.checks import compare
from kiosk.i18n.translator import translator_for

BODY = "card:report-crime:body"
TITLE = "card:report-crime:title"
ENGLISH = "Call the police if you need help."

# (what, language, translation, a word of the message)
REFUSED = [
    ("img-dev-zero", "es", "<img src=/dev/zero>Preguntas", "HTML"),
    ("h1-style", "es", '<h1 style="color:red">Llame a ICE: 555-0100</h1>', "HTML"),
    ("link-tag", "ru", '<a href="x">Помощь</a>', "HTML"),
    ("script", "zh_Hans", "<script>x</script>帮助", "HTML"),
    ("style", "vi", 'Giúp style="color:red"', "HTML"),
    ("entity", "es", "&lt;img src=/dev/zero&gt;Ayuda", "HTML"),
    ("number-entity", "ar", "&#60;h1&#62;مساعدة", "HTML"),
    ("override-ar", "ar", "اتصل \u202e119\u202c", "override"),
    ("override-es", "es", "Llame al \u202e119\u202c", "override"),
    ("embedding-fa", "fa", "تماس \u202b911\u202c", "override"),
    ("isolate-ar", "ar", "اتصل \u2066911\u2069", "isolate"),
    ("isolate-ur", "ur", "کال \u2067911\u2069", "isolate"),
    ("zwsp-es", "es", "Lla\u200bme", "invisible"),
    ("zwnj-es", "es", "Lla\u200cme", "invisible"),
    ("zwj-ru", "ru", "Зво\u200dните", "invisible"),
    ("zwnj-zh", "zh_Hans", "报\u200c警", "invisible"),
    ("zwsp-hi", "hi", "पुलिस\u200bको", "invisible"),
    ("word-joiner-fa", "fa", "پلیس\u2060را", "invisible"),
    ("bom-km", "km", "ប៉ូលិស\ufeff", "invisible"),
    ("soft-hyphen-uk", "uk", "Зате\u00adлефонуйте", "invisible"),
    ("www-es", "es", "Vea www.ice.gov", "web address"),
    ("http-vi", "vi", "Xem http://example.com", "web address"),
    ("bare-host-tl", "tl", "Tingnan ang ice.gov ngayon", "web address"),
    ("fullwidth-zh", "zh_Hans", "请访问ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏｍ", "web address"),
    ("ideographic-stop-zh", "zh_Hant", "請訪問example。com", "web address"),
    ("halfwidth-stop-ko", "ko", "example｡com 방문", "web address"),
    ("cyrillic-lookalike-ru", "ru", "Посетите ехаmple.com", "web address"),
    ("hidden-in-www-km", "km", "w\u200bw\u200bw.example.org", "web address"),
    ("spaced-scheme-uk", "uk", "https : // приклад", "web address"),
]

KEPT = [
    ("zwnj-fa", "fa", "می\u200cتوانید با پلیس تماس بگیرید."),
    ("zwnj-prs", "prs", "می\u200cتوانید به پولیس زنگ بزنید."),
    ("zwnj-ps", "ps", "تاسو\u200c کولی شئ."),
    ("zwnj-ur", "ur", "پولیس\u200c کو کال کریں۔"),
    ("zwj-ar", "ar", "اتصل\u200d بالشرطة."),
    ("rlm-ar", "ar", "\u200fاتصل بالشرطة."),
    ("zwj-hi", "hi", "क्\u200dष पुलिस को बुलाएँ।"),
    ("zwnj-pa", "pa", "ਪੁਲਿਸ\u200c ਨੂੰ ਫ਼ੋਨ ਕਰੋ।"),
    ("zwsp-km", "km", "ហៅ\u200bប៉ូលិស\u200bប្រសិនបើ\u200bអ្នក\u200bត្រូវការ\u200bជំនួយ។"),
    ("zwsp-lo", "lo", "ໂທຫາ\u200bຕຳຫຼວດ\u200bຖ້າ\u200bທ່ານ\u200bຕ້ອງການ\u200bຄວາມ\u200bຊ່ວຍເຫຼືອ."),
    ("us-abbreviation-es", "es", "Las leyes de EE.UU. y de EE. UU. protegen a todos."),
    ("ideographic-stops-zh", "zh_Hans", "如需帮助，请报警。警察会帮助你。"),
    ("russian-abbreviation", "ru", "Звоните, т.е. сразу."),
    ("vietnamese-abbreviation", "vi", "Gọi cảnh sát, v.v."),
    ("less-than-es", "es", "Menores de 18 y a < b"),
]


@pytest.mark.parametrize(("what", "code", "translation", "why"), REFUSED, ids=[r[0] for r in REFUSED])
@pytest.mark.parametrize("context", [BODY, TITLE])
def test_a_translation_is_refused(context: str, what: str, code: str, translation: str, why: str) -> None:
    problems = compare(context, ENGLISH, translation, code)
    assert any(why in p for p in problems), problems


@pytest.mark.parametrize(("what", "code", "translation"), KEPT, ids=[k[0] for k in KEPT])
@pytest.mark.parametrize("context", [BODY, TITLE])
def test_what_a_script_needs_is_kept(context: str, what: str, code: str, translation: str) -> None:
    assert compare(context, ENGLISH, translation, code) == []


def test_the_line_break_spaces_are_added_as_the_kiosk_reads_never_written() -> None:
    """Lao and Khmer: the zero-width spaces Qt breaks lines at come from the kiosk (at lookup,
    kiosk/i18n/line_breaks.py), so the files hold none and `validate` has none to refuse."""
    pytest.importorskip("icu")
    translations = PROJECT_ROOT / "translations"
    for code in ("lo", "km"):
        catalog = load_catalog(translations, code)
        assert catalog.error is None
        assert not any("\u200b" in e.translation for e in catalog.entries), code
        tr = translator_for(translations, code)
        looked_up = [tr.lookup(e.context, e.english) or "" for e in catalog.entries]
        assert any("\u200b" in text for text in looked_up), code


def spanish_with(translations: Path, context: str, text: str) -> int:
    """The Spanish catalog with `context` translated as `text`; the line of its entry."""
    path = po_path(translations, "es")
    with path.open("rb") as handle:
        po = read_po(handle)
    (message,) = [m for m in po if m.context == context]
    message.string = text
    catalog_tools.save_po(po, path, read_review(path.read_text(encoding="utf-8")))
    (entry,) = [e for e in load_catalog(translations, "es").entries if e.context == context]
    return entry.line


def config_for(folder: Path) -> str:
    config = folder / "kiosk.yaml"
    config.write_text("content_dir: content\ntranslations_dir: translations\n", encoding="utf-8")
    return str(config)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ('<h1 style="color:red">Llame a ICE: 555-0100</h1>', "HTML"),
        ("<img src=/dev/zero>Preguntas frecuentes", "HTML"),
        ("Llame al \u202e119\u202c", "override"),
        ("Lla\u200bme", "invisible"),
        ("Vea ｗｗｗ．ｉｃｅ．ｇｏｖ", "web address"),
    ],
)
def test_validate_refuses_a_catalog_with_file_and_line(
    repo_copy: Path, capsys: pytest.CaptureFixture[str], text: str, why: str
) -> None:
    """Before: `i18n check` flagged some of these, and `validate`, the step before signing,
    said OK."""
    from kiosk.config import DEFAULT_HOSTS
    from kiosk.content.validate import load_content

    content = load_content(repo_copy / "content", DEFAULT_HOSTS).content
    assert content is not None
    card = sorted(content.cards)[0]
    line = spanish_with(repo_copy / "translations", f"card:{card}:title", text)
    assert main(["validate", "--config", config_for(repo_copy)]) == 1
    out = capsys.readouterr().out.splitlines()
    where = f"{po_path(repo_copy / 'translations', 'es')}:{line}:"
    assert any(row.startswith(where) and why in row for row in out), out


def test_validate_passes_the_repositorys_own_content_and_catalogs(
    repo_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", "--config", config_for(repo_copy)]) == 0
    assert capsys.readouterr().out.startswith("OK:")
