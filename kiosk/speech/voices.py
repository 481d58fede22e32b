"""Which text-to-speech voice reads each of our languages, and whether the engine has one.

The engine reports its voices by Qt locale name (QLocale.name(): "es_419", "yue_HK"). Which
locales may read a language, best first, whether the pinyin voice reads it and which Chinese it
is spoken in are facts of the language, declared in kiosk/i18n/languages.py; this module picks
among the engine's voices by them. A bare language ("es") matches that language in any territory.
espeak-ng's "Chinese (Mandarin, latin as Pinyin)" voice has no QLocale: speechd lists it under
"C", and it is picked by its name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from kiosk.i18n.languages import LANGUAGES

ZhHantVoice = Literal["mandarin", "cantonese"]

# espeak-ng's voice that reads tone-numbered pinyin: speechd lists it under the "C" locale as
# "Chinese (Mandarin, latin as Pinyin)"; found by these words so a renamed variant still is.
PINYIN_LOCALE = "C"
PINYIN_VOICE_WORDS = ("mandarin", "pinyin")
PINYIN = "pinyin"  # a wanted "locale" that stands for that voice


@dataclass(frozen=True)
class Choice:
    """The voice that reads a language: its locale, its name where the locale alone does not
    pick it, whether it is given pinyin instead of characters, and the Chinese it speaks."""

    locale: str
    voice: str | None = None
    pinyin: bool = False
    variety: str = ""  # "Mandarin" or "Cantonese" for the Chinese catalogs

    def describe(self) -> str:
        said = f"voice {self.voice!r} (locale {self.locale})" if self.voice else f"locale {self.locale}"
        return f"{said}, given the text as pinyin" if self.pinyin else said


def _language(locale: str) -> str:
    return locale.replace("-", "_").split("_", 1)[0]


def wanted(code: str, zh_hant: ZhHantVoice = "mandarin") -> tuple[str, ...]:
    """The locales (and PINYIN, the pinyin voice) that may read `code`, best first."""
    language = LANGUAGES.get(code)
    if language is None:
        return ()
    own = (*language.voice_locales, PINYIN) if language.pinyin_voice else language.voice_locales
    cantonese = language.cantonese_locales
    return (*cantonese, *own) if zh_hant == "cantonese" else (*own, *cantonese)


def _variety(code: str, locale: str) -> str:
    language = LANGUAGES.get(code)
    if language is None or not language.voice_variety:
        return ""
    if locale in language.cantonese_locales or _language(locale) == "yue":
        return "Cantonese"
    return language.voice_variety


def _no_voices(_locale: str) -> Sequence[str]:
    return ()


def tts_voice(
    code: str,
    available: Iterable[str],
    voices_in: Callable[[str], Sequence[str]] = _no_voices,
    zh_hant: ZhHantVoice = "mandarin",
) -> Choice | None:
    """The voice that should read language `code`, or None if the engine has none.

    `available` are the engine's locale names; `voices_in(locale)` the names of its voices
    in one locale, asked only for the pinyin voice."""
    names = sorted(name.replace("-", "_") for name in available)
    for want in wanted(code, zh_hant):
        if want == PINYIN:
            if PINYIN_LOCALE not in names:
                continue
            named = [v for v in voices_in(PINYIN_LOCALE) if all(w in v.lower() for w in PINYIN_VOICE_WORDS)]
            voice = pick_voice(named)
            if voice is not None:
                return Choice(PINYIN_LOCALE, voice, pinyin=True, variety="Mandarin")
            continue
        if "_" in want:
            if want in names:
                return Choice(want, variety=_variety(code, want))
            continue
        # A bare language takes any territory; sorted, so the same machine always picks the same.
        match = next((name for name in names if _language(name) == want), None)
        if match:
            return Choice(match, variety=_variety(code, match))
    return None


def tts_locale(code: str, available: Iterable[str]) -> str | None:
    """The engine locale that should read language `code` (no voice picked by name)."""
    choice = tts_voice(code, available)
    return choice.locale if choice is not None else None


def can_tts(code: str, available: Iterable[str]) -> bool:
    return tts_locale(code, available) is not None


def pick_voice(names: Sequence[str]) -> str | None:
    """The voice to use among a locale's voices, by name.

    espeak-ng lists each voice again with every variant ("Arabic+Adam", "Arabic+Klatt4"),
    many of them novelty voices; the plain one is the clearest."""
    plain = [name for name in names if "+" not in name]
    if plain:
        return plain[0]
    return names[0] if names else None
