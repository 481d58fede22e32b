"""Which text-to-speech locale reads each of our languages, and whether the engine has one.

The engine reports its voices by Qt locale name (QLocale.name(): "es_419", "yue_HK"). Each
language lists the locales that may read it, best first; a bare language ("es") matches that
language in any territory. What speech-dispatcher with espeak-ng 1.51 (Debian 12) reports,
and so what the choices below were checked against:

- es: es_419 (Latin American) and es_ES. Sacramento's Spanish is Mexican and Central
  American, so es_US, es_MX and es_419 come before Spain's.
- zh_Hans: none. espeak-ng's Mandarin voice ("cmn") has no QLocale, so speechd lists it under
  "C", and it reads the tone numbers of its pinyin aloud as English words ("dian four hua
  four"): worse than nothing. An engine with a real zh_CN voice (Windows) is used.
- zh_Hant: a Mandarin zh_TW voice where there is one; otherwise espeak-ng's Cantonese (yue_HK),
  which reads Traditional characters correctly and is how Hong Kong reads formal text aloud.
  A visitor who speaks only Mandarin will not follow it: Stop is one tap away.
- prs (Dari): fa_AF, else the Persian voice (fa_IR). Dari and Iranian Persian share their
  written form and understand each other; the accent is Iranian.
- tl, hmn, ps, lo, km, ium: espeak-ng has no Tagalog (Filipino), Hmong, Pashto, Lao, Khmer
  or Iu Mien voice. Qt has no locale for Hmong or Iu Mien at all, so only a recording can
  read them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

TTS_LOCALES: dict[str, tuple[str, ...]] = {
    "en": ("en_US", "en"),
    "es": ("es_US", "es_MX", "es_419", "es"),
    "ru": ("ru_RU", "ru"),
    "uk": ("uk_UA", "uk"),
    "pa": ("pa_IN", "pa"),
    "hi": ("hi_IN", "hi"),
    "zh_Hans": ("zh_CN", "zh_SG"),
    "zh_Hant": ("zh_TW", "yue_HK", "yue"),
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


def _language(locale: str) -> str:
    return locale.replace("-", "_").split("_", 1)[0]


def tts_locale(code: str, available: Iterable[str]) -> str | None:
    """The engine locale that should read language `code`, or None if the engine has none."""
    names = sorted(name.replace("-", "_") for name in available)
    for wanted in TTS_LOCALES.get(code, ()):
        if "_" in wanted:
            if wanted in names:
                return wanted
            continue
        # A bare language takes any territory; sorted, so the same machine always picks the same.
        match = next((name for name in names if _language(name) == wanted), None)
        if match:
            return match
    return None


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
