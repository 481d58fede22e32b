"""Which text-to-speech voice reads each of our languages, and whether the engine has one.

The engine reports its voices by Qt locale name (QLocale.name(): "es_419", "yue_HK"). Each
language lists the locales that may read it, best first; a bare language ("es") matches that
language in any territory. What speech-dispatcher with espeak-ng 1.51 (Debian 12) reports,
and so what the choices below were checked against:

- es: es_419 (Latin American) and es_ES. Sacramento's Spanish is Mexican and Central
  American, so es_US, es_MX and es_419 come before Spain's.
- zh_Hans and zh_Hant: in Mandarin. A real zh_CN (zh_TW) voice where the engine has one
  (Windows); otherwise espeak-ng's "Chinese (Mandarin, latin as Pinyin)" voice, which has no
  QLocale (speechd lists it under "C", picked by its name), reading the card as tone-numbered
  pinyin made by kiosk/speech/pinyin.py. Given the characters themselves, espeak-ng's Mandarin
  voices read most of them as English letter names and their tone numbers as English words.
- zh_Hant in Cantonese instead, where the setting `zh_hant_voice: cantonese` says the kiosk's
  visitors speak it: espeak-ng's Cantonese (yue_HK) reads Traditional characters correctly.
  Either way the other is the fall-back where the engine lacks the first.
- prs (Dari): fa_AF, else the Persian voice (fa_IR). Dari and Iranian Persian share their
  written form and understand each other; the accent is Iranian.
- tl, hmn, ps, lo, km, ium: espeak-ng has no Tagalog (Filipino), Hmong, Pashto, Lao, Khmer
  or Iu Mien voice. Qt has no locale for Hmong or Iu Mien at all, so only a recording can
  read them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

ZhHantVoice = Literal["mandarin", "cantonese"]

TTS_LOCALES: dict[str, tuple[str, ...]] = {
    "en": ("en_US", "en"),
    "es": ("es_US", "es_MX", "es_419", "es"),
    "ru": ("ru_RU", "ru"),
    "uk": ("uk_UA", "uk"),
    "pa": ("pa_IN", "pa"),
    "hi": ("hi_IN", "hi"),
    "zh_Hans": ("zh_CN", "zh_SG"),
    "zh_Hant": ("zh_TW",),  # Mandarin; then the pinyin voice, or Cantonese first (zh_hant_voice)
    "vi": ("vi_VN", "vi"),
    "tl": ("fil_PH", "fil"),
    "hmn": (),
    "fa": ("fa_IR", "fa"),
    "prs": ("fa_AF", "fa_IR", "fa"),
    "ps": ("ps_AF", "ps"),
    "ar": ("ar_SA", "ar_EG", "ar"),
    "ko": ("ko_KR", "ko"),
    "ur": ("ur_PK", "ur"),
    "lo": ("lo_LA", "lo"),
    "km": ("km_KH", "km"),
    "ium": (),
}
CANTONESE_LOCALES = ("yue_HK", "yue", "zh_HK")
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
    mine = TTS_LOCALES.get(code, ())
    if code == "zh_Hans":
        return (*mine, PINYIN)
    if code == "zh_Hant":
        mandarin = (*mine, PINYIN)
        return (*CANTONESE_LOCALES, *mandarin) if zh_hant == "cantonese" else (*mandarin, *CANTONESE_LOCALES)
    return mine


def _variety(code: str, locale: str) -> str:
    if not code.startswith("zh_"):
        return ""
    return "Cantonese" if locale in CANTONESE_LOCALES or _language(locale) == "yue" else "Mandarin"


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
