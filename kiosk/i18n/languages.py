"""What the kiosk knows about each language, declared once.

Babel's CLDR data does not cover every language here (Hmong has none) and names some
differently (Dari is Persian as spoken in Afghanistan, fa_AF; Tagalog is close to Filipino,
fil; Iu Mien has none either), so `babel_locale` says which CLDR locale to borrow for dates, or None.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str
    autonym: str
    english_name: str
    rtl: bool
    # Families, first to last as Qt falls back along them for letters one lacks. A font made from
    # them names its style, "Regular" or "Bold" (kiosk/font_face.py), not just a weight: Debian 12
    # marks both Noto Nastaliq Urdu files as regular weight, and Qt would open the Bold one.
    fonts: tuple[str, ...]
    babel_locale: str | None
    # Written without spaces between words: lines break where ICU's dictionary finds words
    # (kiosk/i18n/line_breaks.py), as Qt alone finds no break at all.
    dictionary_breaks: bool = False
    # How far the script's ink reaches beyond the font's line box (above, below), in ems: a
    # label showing it keeps that much room, so nothing is cut off. Measured over every word
    # of each catalog (kiosk/ui/widgets/ink.py), with some to spare: Nastaliq's stacked letters
    # rise 1.21 em above its (already 2.5 em) line, سنگین the highest of the Urdu words, and
    # its descenders fall 0.72 em below (پیشہ); Khmer's subscript consonants 0.26 em below;
    # Devanagari's and Gurmukhi's vowel signs a pixel or two above.
    ink_overflow: tuple[float, float] = (0.0, 0.0)


_LATIN = ("Noto Sans", "DejaVu Sans")
_ARABIC = ("Noto Naskh Arabic", "Noto Sans Arabic", *_LATIN)
_SIGNS = (0.08, 0.0)  # Indic vowel signs above the line

LANGUAGES: dict[str, Language] = {
    lang.code: lang
    for lang in (
        Language("en", "English", "English", False, _LATIN, "en_US"),
        Language("es", "Español", "Spanish", False, _LATIN, "es_US"),
        Language("ru", "Русский", "Russian", False, _LATIN, "ru"),
        Language("uk", "Українська", "Ukrainian", False, _LATIN, "uk"),
        Language(
            "pa", "ਪੰਜਾਬੀ", "Punjabi", False, ("Noto Sans Gurmukhi", *_LATIN), "pa_Guru", ink_overflow=_SIGNS
        ),
        Language("hi", "हिन्दी", "Hindi", False, ("Noto Sans Devanagari", *_LATIN), "hi", ink_overflow=_SIGNS),
        Language(
            "zh_Hans",
            "中文（简体）",
            "Chinese (Simplified)",
            False,
            ("Noto Sans CJK SC", *_LATIN),
            "zh_Hans_CN",
        ),
        Language(
            "zh_Hant",
            "中文（繁體）",
            "Chinese (Traditional)",
            False,
            ("Noto Sans CJK TC", *_LATIN),
            "zh_Hant_TW",
        ),
        Language("vi", "Tiếng Việt", "Vietnamese", False, _LATIN, "vi"),
        Language("tl", "Tagalog", "Tagalog", False, _LATIN, "fil"),
        Language("hmn", "Hmoob", "Hmong", False, _LATIN, None),
        Language("fa", "فارسی", "Farsi", True, _ARABIC, "fa"),
        Language("prs", "دری", "Dari", True, _ARABIC, "fa_AF"),
        Language("ps", "پښتو", "Pashto", True, _ARABIC, "ps"),
        Language("ar", "العربية", "Arabic", True, _ARABIC, "ar"),
        Language("ko", "한국어", "Korean", False, ("Noto Sans CJK KR", *_LATIN), "ko"),
        # Naskh, not Noto Nastaliq Urdu 2.0: PySide6 6.11 (and 6.12.0) misplaces the glyphs of its
        # Regular file in 195 of the catalog's 462 distinct words, dropping the vertical steps of
        # joined letters (in کی at 100 px HarfBuzz raises the ک 37.5 px, Qt 7.2 px), so letters
        # collide. tests/ui/tools/test_shaping.py; README, Languages.
        Language("ur", "اردو", "Urdu", True, _ARABIC, "ur"),
        Language(
            "lo",
            "ລາວ",
            "Lao",
            False,
            ("Noto Sans Lao", *_LATIN),
            "lo",
            dictionary_breaks=True,
            ink_overflow=(0.0, 0.05),
        ),
        Language(
            "km",
            "ខ្មែរ",
            "Khmer",
            False,
            ("Noto Sans Khmer", *_LATIN),
            "km",
            dictionary_breaks=True,
            ink_overflow=(0.0, 0.3),
        ),
        Language("ium", "Iu Mienh", "Iu Mien", False, _LATIN, None),
    )
}

SOURCE_LANGUAGE = "en"


def get(code: str) -> Language:
    """The language for `code`; unknown codes are a programming error upstream (config checks)."""
    return LANGUAGES[code]
