"""Every fact the kiosk knows about each language, declared once, here.

Nothing else keeps a table by language: the screen's fonts and direction (kiosk/ui/theme.py),
the dates (kiosk/i18n/views.py), the dictionary line breaks (kiosk/i18n/line_breaks.py), the
voice that reads it and how its sentences end (kiosk/speech/voices.py, text.py) and the
Debian packages that carry its fonts (deploy/setup.sh, held equal by
tests/deploy/test_font_packages.py) all read them from `LANGUAGES[code]`.

Babel's CLDR data does not cover every language here (Hmong has none) and names some
differently (Dari is Persian as spoken in Afghanistan, fa_AF; Tagalog is close to Filipino,
fil; Iu Mien has none either), so `babel_locale` says which CLDR locale to borrow for dates, or None.

The voices were chosen against what speech-dispatcher with espeak-ng 1.51 (Debian 12) reports
(tests/speech/test_voices.py); each language lists the engine locales (QLocale.name(): "es_419",
"yue_HK") that may read it, best first, and a bare language ("es") matches it in any territory.
espeak-ng has no Tagalog (Filipino), Hmong, Pashto, Lao, Khmer or Iu Mien voice, and Qt has no
locale for Hmong or Iu Mien at all, so only a recording can read those.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Direction = Literal["ltr", "rtl"]


@dataclass(frozen=True, kw_only=True)
class Language:
    code: str
    autonym: str
    english_name: str
    direction: Direction
    # Families, first to last as Qt falls back along them for letters one lacks. A CJK family
    # names its face (SC, TC, KR): one collection file holds them all, and each draws the same
    # code point its own region's way. A font made from them names its style, "Regular" or
    # "Bold" (kiosk/font_face.py), not just a weight: Debian 12 marks both Noto Nastaliq Urdu
    # files as regular weight, and Qt would open the Bold one.
    fonts: tuple[str, ...]
    # The Debian packages that carry every family in `fonts`; deploy/setup.sh installs their union.
    debian_fonts: tuple[str, ...]
    # The CLDR locale Babel formats its dates in ("3 de noviembre de 2026"), or None: ISO dates.
    babel_locale: str | None
    # How far the script's ink reaches beyond the font's line box (above, below), in ems: a
    # label showing it keeps that much room, so nothing is cut off. Measured over every word
    # of each catalog (kiosk/ui/widgets/ink.py), with some to spare: Nastaliq's stacked letters
    # rise 1.21 em above its (already 2.5 em) line, سنگین the highest of the Urdu words, and
    # its descenders fall 0.72 em below (پیشہ); Khmer's subscript consonants 0.26 em below;
    # Devanagari's and Gurmukhi's vowel signs a pixel or two above.
    ink_overflow: tuple[float, float] = (0.0, 0.0)
    # From one line's baseline to the next in card text, in ems: 1.45 reads as one paragraph
    # (1.9 read as a new paragraph at every wrap). A script whose letters reach further up and
    # down keeps at least 0.12 em between the lowest ink of a line and the highest of the next,
    # measured over every catalog (tests/ui/test_reading.py): Khmer's subscripts reach 0.55 em
    # below the baseline and its vowels 0.97 above; Lao's 0.44 and 1.11; Arabic's 0.47 and 0.92.
    line_pitch: float = 1.45
    # How much larger than Latin its text is set, so that it looks as large: at one size, Noto
    # Naskh Arabic's letter bodies are two thirds of a Latin x-height (its alef as tall as a
    # Latin ascender), and Khmer's consonants, which have no capitals and stand like them, a
    # sixth below Latin capitals. tests/ui/test_reading.py measures the glyphs that set these.
    optical_scale: float = 1.0
    # For a script written without spaces between words, its Unicode blocks (first, last code
    # point): lines break where ICU's dictionary for the language finds words between two of its
    # letters (kiosk/i18n/line_breaks.py), as Qt alone finds no break at all. Empty: Qt's rules.
    dictionary_blocks: tuple[tuple[int, int], ...] = ()
    # The engine locales of the text-to-speech voices that may read it, best first (see above).
    voice_locales: tuple[str, ...]
    # After those, espeak-ng's "Chinese (Mandarin, latin as Pinyin)" voice, given the text as
    # tone-numbered pinyin (kiosk/speech/pinyin.py): given the characters themselves, espeak-ng's
    # Mandarin voices read most of them as English letter names.
    pinyin_voice: bool = False
    # The spoken variety its voices speak, where its written form is spoken in more than one.
    voice_variety: str = ""
    # Cantonese voices that read it too: first where the setting `zh_hant_voice: cantonese` says
    # the visitors speak it, else after the Mandarin ones (each the other's fall-back).
    cantonese_locales: tuple[str, ...] = ()
    # What ends a sentence the voice reads where the text puts none (a list item, a title), so
    # it pauses there instead of running into the next.
    full_stop: str

    @property
    def rtl(self) -> bool:
        return self.direction == "rtl"

    @property
    def dictionary_breaks(self) -> bool:
        """Whether its lines break at words found by ICU's dictionary (Lao, Khmer)."""
        return bool(self.dictionary_blocks)


_LATIN = ("Noto Sans", "DejaVu Sans")
_LATIN_DEBS = ("fonts-noto-core", "fonts-dejavu-core")
_ARABIC = ("Noto Naskh Arabic", "Noto Sans Arabic", *_LATIN)
_NASKH_SCALE = 1.3  # Arabic script's optical size (see Language.optical_scale)
_CJK_DEBS = ("fonts-noto-cjk", *_LATIN_DEBS)
_SIGNS = (0.08, 0.0)  # Indic vowel signs above the line

LANGUAGES: dict[str, Language] = {
    lang.code: lang
    for lang in (
        Language(
            code="en",
            autonym="English",
            english_name="English",
            direction="ltr",
            fonts=_LATIN,
            debian_fonts=_LATIN_DEBS,
            babel_locale="en_US",
            voice_locales=("en_US", "en"),
            full_stop=".",
        ),
        Language(
            code="es",
            autonym="Español",
            english_name="Spanish",
            direction="ltr",
            fonts=_LATIN,
            debian_fonts=_LATIN_DEBS,
            babel_locale="es_US",
            # Sacramento's Spanish is Mexican and Central American: espeak-ng's es_419 (Latin
            # American) before Spain's es_ES.
            voice_locales=("es_US", "es_MX", "es_419", "es"),
            full_stop=".",
        ),
        Language(
            code="ru",
            autonym="Русский",
            english_name="Russian",
            direction="ltr",
            fonts=_LATIN,
            debian_fonts=_LATIN_DEBS,
            babel_locale="ru",
            voice_locales=("ru_RU", "ru"),
            full_stop=".",
        ),
        Language(
            code="uk",
            autonym="Українська",
            english_name="Ukrainian",
            direction="ltr",
            fonts=_LATIN,
            debian_fonts=_LATIN_DEBS,
            babel_locale="uk",
            voice_locales=("uk_UA", "uk"),
            full_stop=".",
        ),
        Language(
            code="pa",
            autonym="ਪੰਜਾਬੀ",
            english_name="Punjabi",
            direction="ltr",
            fonts=("Noto Sans Gurmukhi", *_LATIN),
            debian_fonts=_LATIN_DEBS,
            babel_locale="pa_Guru",
            ink_overflow=_SIGNS,
            voice_locales=("pa_IN", "pa"),
            full_stop="।",
        ),
        Language(
            code="hi",
            autonym="हिन्दी",
            english_name="Hindi",
            direction="ltr",
            fonts=("Noto Sans Devanagari", *_LATIN),
            debian_fonts=_LATIN_DEBS,
            babel_locale="hi",
            ink_overflow=_SIGNS,
            voice_locales=("hi_IN", "hi"),
            full_stop="।",
        ),
        Language(
            code="zh_Hans",
            autonym="中文（简体）",
            english_name="Chinese (Simplified)",
            direction="ltr",
            fonts=("Noto Sans CJK SC", *_LATIN),
            debian_fonts=_CJK_DEBS,
            babel_locale="zh_Hans_CN",
            # A real zh_CN voice where the engine has one (Windows), else the pinyin voice.
            voice_locales=("zh_CN", "zh_SG"),
            pinyin_voice=True,
            voice_variety="Mandarin",
            full_stop="。",
        ),
        Language(
            code="zh_Hant",
            autonym="中文（繁體）",
            english_name="Chinese (Traditional)",
            direction="ltr",
            fonts=("Noto Sans CJK TC", *_LATIN),
            debian_fonts=_CJK_DEBS,
            babel_locale="zh_Hant_TW",
            # In Mandarin (zh_TW, then the pinyin voice), or in Cantonese first where the
            # visitors speak it: espeak-ng's Cantonese (yue_HK) reads Traditional characters well.
            voice_locales=("zh_TW",),
            pinyin_voice=True,
            voice_variety="Mandarin",
            cantonese_locales=("yue_HK", "yue", "zh_HK"),
            full_stop="。",
        ),
        Language(
            code="vi",
            autonym="Tiếng Việt",
            english_name="Vietnamese",
            direction="ltr",
            fonts=_LATIN,
            debian_fonts=_LATIN_DEBS,
            babel_locale="vi",
            voice_locales=("vi_VN", "vi"),
            full_stop=".",
        ),
        Language(
            code="tl",
            autonym="Tagalog",
            english_name="Tagalog",
            direction="ltr",
            fonts=_LATIN,
            debian_fonts=_LATIN_DEBS,
            babel_locale="fil",
            voice_locales=("fil_PH", "fil"),
            full_stop=".",
        ),
        Language(
            code="hmn",
            autonym="Hmoob",
            english_name="Hmong",
            direction="ltr",
            fonts=_LATIN,
            debian_fonts=_LATIN_DEBS,
            babel_locale=None,
            voice_locales=(),
            full_stop=".",
        ),
        Language(
            code="fa",
            autonym="فارسی",
            english_name="Farsi",
            direction="rtl",
            fonts=_ARABIC,
            debian_fonts=_LATIN_DEBS,
            babel_locale="fa",
            optical_scale=_NASKH_SCALE,
            voice_locales=("fa_IR", "fa"),
            full_stop=".",
        ),
        Language(
            code="prs",
            autonym="دری",
            english_name="Dari",
            direction="rtl",
            fonts=_ARABIC,
            debian_fonts=_LATIN_DEBS,
            babel_locale="fa_AF",
            # fa_AF, else the Persian voice: Dari and Iranian Persian share their written form
            # and understand each other; the accent is Iranian.
            optical_scale=_NASKH_SCALE,
            voice_locales=("fa_AF", "fa_IR", "fa"),
            full_stop=".",
        ),
        Language(
            code="ps",
            autonym="پښتو",
            english_name="Pashto",
            direction="rtl",
            fonts=_ARABIC,
            debian_fonts=_LATIN_DEBS,
            babel_locale="ps",
            optical_scale=_NASKH_SCALE,
            voice_locales=("ps_AF", "ps"),
            full_stop=".",
        ),
        Language(
            code="ar",
            autonym="العربية",
            english_name="Arabic",
            direction="rtl",
            fonts=_ARABIC,
            debian_fonts=_LATIN_DEBS,
            babel_locale="ar",
            line_pitch=1.55,
            optical_scale=_NASKH_SCALE,
            voice_locales=("ar_SA", "ar_EG", "ar"),
            full_stop=".",
        ),
        Language(
            code="ko",
            autonym="한국어",
            english_name="Korean",
            direction="ltr",
            fonts=("Noto Sans CJK KR", *_LATIN),
            debian_fonts=_CJK_DEBS,
            babel_locale="ko",
            voice_locales=("ko_KR", "ko"),
            full_stop=".",
        ),
        # Naskh, not Noto Nastaliq Urdu 2.0: PySide6 6.11 (and 6.12.0) misplaces the glyphs of its
        # Regular file in 195 of the catalog's 462 distinct words, dropping the vertical steps of
        # joined letters (in کی at 100 px HarfBuzz raises the ک 37.5 px, Qt 7.2 px), so letters
        # collide. tests/ui/tools/test_shaping.py; docs/decisions/urdu-naskh.md.
        Language(
            code="ur",
            autonym="اردو",
            english_name="Urdu",
            direction="rtl",
            fonts=_ARABIC,
            debian_fonts=_LATIN_DEBS,
            babel_locale="ur",
            optical_scale=_NASKH_SCALE,
            voice_locales=("ur_PK", "ur"),
            full_stop=".",
        ),
        Language(
            code="lo",
            autonym="ລາວ",
            english_name="Lao",
            direction="ltr",
            fonts=("Noto Sans Lao", *_LATIN),
            debian_fonts=_LATIN_DEBS,
            babel_locale="lo",
            ink_overflow=(0.0, 0.05),
            dictionary_blocks=((0x0E80, 0x0EFF),),
            line_pitch=1.7,
            voice_locales=("lo_LA", "lo"),
            full_stop=".",
        ),
        Language(
            code="km",
            autonym="ខ្មែរ",
            english_name="Khmer",
            direction="ltr",
            fonts=("Noto Sans Khmer", *_LATIN),
            debian_fonts=_LATIN_DEBS,
            babel_locale="km",
            ink_overflow=(0.0, 0.3),
            dictionary_blocks=((0x1780, 0x17FF), (0x19E0, 0x19FF)),  # Khmer, Khmer Symbols
            line_pitch=1.7,
            optical_scale=1.2,
            voice_locales=("km_KH", "km"),
            full_stop=".",
        ),
        Language(
            code="ium",
            autonym="Iu Mienh",
            english_name="Iu Mien",
            direction="ltr",
            fonts=_LATIN,
            debian_fonts=_LATIN_DEBS,
            babel_locale=None,
            voice_locales=(),
            full_stop=".",
        ),
    )
}

SOURCE_LANGUAGE = "en"


def get(code: str) -> Language:
    """The language for `code`; unknown codes are a programming error upstream (config checks)."""
    return LANGUAGES[code]


def debian_font_packages() -> list[str]:
    """The Debian packages that carry every language's fonts, sorted (deploy/setup.sh's line)."""
    return sorted({package for lang in LANGUAGES.values() for package in lang.debian_fonts})
