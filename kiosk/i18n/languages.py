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
    fonts: tuple[str, ...]
    babel_locale: str | None


_LATIN = ("Noto Sans", "DejaVu Sans")
_ARABIC = ("Noto Naskh Arabic", "Noto Sans Arabic", *_LATIN)

LANGUAGES: dict[str, Language] = {
    lang.code: lang
    for lang in (
        Language("en", "English", "English", False, _LATIN, "en_US"),
        Language("es", "Español", "Spanish", False, _LATIN, "es_US"),
        Language("ru", "Русский", "Russian", False, _LATIN, "ru"),
        Language("uk", "Українська", "Ukrainian", False, _LATIN, "uk"),
        Language("pa", "ਪੰਜਾਬੀ", "Punjabi", False, ("Noto Sans Gurmukhi", *_LATIN), "pa_Guru"),
        Language("hi", "हिन्दी", "Hindi", False, ("Noto Sans Devanagari", *_LATIN), "hi"),
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
        # Naskh, not Noto Nastaliq Urdu 2.0: PySide6 6.11 places its glyphs wrongly ("سب کی حفاظت"
        # at 100 px: 349 px wide against HarfBuzz's 551.6 px, letters colliding). README, Languages.
        Language("ur", "اردو", "Urdu", True, _ARABIC, "ur"),
        Language("lo", "ລາວ", "Lao", False, ("Noto Sans Lao", *_LATIN), "lo"),
        Language("km", "ខ្មែរ", "Khmer", False, ("Noto Sans Khmer", *_LATIN), "km"),
        Language("ium", "Iu Mienh", "Iu Mien", False, _LATIN, None),
    )
}

SOURCE_LANGUAGE = "en"


def get(code: str) -> Language:
    """The language for `code`; unknown codes are a programming error upstream (config checks)."""
    return LANGUAGES[code]
