"""Every language declares every fact the kiosk needs of it, in one place (kiosk/i18n/languages.py)."""

from __future__ import annotations

import dataclasses
import re

import pytest
from babel import Locale

from kiosk.i18n.languages import LANGUAGES, SOURCE_LANGUAGE, Language
from kiosk.speech.text import _ENDS

# The facts no default may stand in for: a new language that forgets one does not import.
MUST_STATE = {
    "code",
    "autonym",
    "english_name",
    "direction",
    "fonts",
    "debian_fonts",
    "babel_locale",
    "voice_locales",
    "full_stop",
}
LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Z][a-z]{3})?(_([A-Z]{2}|\d{3}))?$")


def test_a_language_is_declared_by_name_and_must_state_its_facts() -> None:
    fields = {f.name: f for f in dataclasses.fields(Language)}
    without_default = {
        name
        for name, f in fields.items()
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    }
    assert without_default == MUST_STATE
    english = LANGUAGES["en"]
    with pytest.raises(TypeError):
        Language("en", "English", "English", "ltr", english.fonts)  # type: ignore[misc]
    with pytest.raises(TypeError):
        Language(code="xx", autonym="X", english_name="X", direction="ltr")  # type: ignore[call-arg]
    with pytest.raises(dataclasses.FrozenInstanceError):
        english.code = "xx"  # type: ignore[misc]


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_every_language_declares_every_fact(code: str) -> None:
    lang = LANGUAGES[code]
    assert lang.code == code
    assert lang.autonym.strip() and lang.english_name.strip()
    assert lang.direction in ("ltr", "rtl") and lang.rtl == (lang.direction == "rtl")

    # Fonts: its own script's first, then the Latin ones every language needs (numbers, URLs).
    assert lang.fonts and len(set(lang.fonts)) == len(lang.fonts)
    assert lang.fonts[-2:] == LANGUAGES[SOURCE_LANGUAGE].fonts
    for family in lang.fonts:
        if "CJK" in family:
            assert re.fullmatch(r"Noto Sans CJK (SC|TC|KR|JP|HK)", family), f"{family}: name the face"
    assert lang.debian_fonts and all(re.fullmatch(r"fonts-[a-z0-9-]+", p) for p in lang.debian_fonts)

    if lang.babel_locale is not None:
        Locale.parse(lang.babel_locale)  # raises for a locale CLDR lacks
    above, below = lang.ink_overflow
    assert 0.0 <= above < 2.0 and 0.0 <= below < 2.0

    for low, high in lang.dictionary_blocks:
        assert 0 <= low <= high <= 0x10FFFF
    if lang.dictionary_breaks:
        assert all(any(lo <= ord(ch) <= hi for lo, hi in lang.dictionary_blocks) for ch in lang.autonym)

    assert all(LOCALE.fullmatch(locale) for locale in (*lang.voice_locales, *lang.cantonese_locales))
    if lang.pinyin_voice or lang.cantonese_locales:
        assert lang.voice_variety, "a Chinese voice says which Chinese it speaks"
    assert len(lang.full_stop) == 1 and lang.full_stop in _ENDS
