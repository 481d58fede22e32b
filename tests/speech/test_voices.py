from __future__ import annotations

from kiosk.i18n.languages import LANGUAGES
from kiosk.speech.voices import TTS_LOCALES, can_tts, pick_voice, tts_locale

# What Qt's speechd engine lists with speech-dispatcher and espeak-ng 1.51 (Debian 12); the
# Mandarin voice has no QLocale and is listed under "C".
SPEECHD_ESPEAK_NG = [
    *("C", "af_ZA", "am_ET", "ar_EG", "ar_MR", "de_DE", "en_GB", "en_US", "es_419", "es_ES"),
    *("fa_IR", "fi_FI", "fr_FR", "hi_IN", "it_IT", "ja_JP", "ko_KR", "pa_IN", "pt_BR"),
    *("ru_RU", "uk_UA", "ur_PK", "vi_VN", "yue_HK"),
]
# Qt's mock engine, used by the UI tests.
MOCK = ["en_GB", "en_US", "fi_FI", "nb_NO", "nn_NO"]


def test_every_language_is_mapped() -> None:
    assert set(TTS_LOCALES) == set(LANGUAGES)


def test_speechd_with_espeak_ng() -> None:
    chosen = {code: tts_locale(code, SPEECHD_ESPEAK_NG) for code in LANGUAGES}
    assert chosen == {
        "en": "en_US",
        "es": "es_419",  # Latin American before Spain's
        "ru": "ru_RU",
        "uk": "uk_UA",
        "pa": "pa_IN",
        "hi": "hi_IN",
        "zh_Hans": None,  # espeak-ng's Mandarin reads tone numbers as English: not used
        "zh_Hant": "yue_HK",
        "vi": "vi_VN",
        "tl": None,
        "hmn": None,
        "fa": "fa_IR",
        "prs": "fa_IR",  # Dari read by the Persian voice
        "ps": None,
        "ar": "ar_EG",
        "ko": "ko_KR",
        "ur": "ur_PK",
        "lo": None,  # espeak-ng has no Lao or Khmer voice
        "km": None,
        "ium": None,
    }


def test_exact_territory_wins_over_the_bare_language() -> None:
    assert tts_locale("es", ["es_ES", "es_MX"]) == "es_MX"
    assert tts_locale("prs", ["fa_IR", "fa_AF"]) == "fa_AF"
    assert tts_locale("zh_Hant", ["yue_HK", "zh_TW"]) == "zh_TW"
    assert tts_locale("es", ["es-US"]) == "es_US", "BCP 47 spellings match too"


def test_the_mock_engine_speaks_only_english_of_ours() -> None:
    assert [code for code in LANGUAGES if can_tts(code, MOCK)] == ["en"]
    assert not can_tts("en", [])
    assert not can_tts("xx", MOCK)


def test_the_plain_espeak_voice_is_preferred_to_its_variants() -> None:
    assert pick_voice(["Arabic+Adam", "Arabic", "Arabic+Klatt"]) == "Arabic"
    assert pick_voice(["Arabic+Mr_Serious"]) == "Arabic+Mr_Serious"
    assert pick_voice([]) is None
