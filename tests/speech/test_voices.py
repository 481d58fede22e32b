from __future__ import annotations

from collections.abc import Sequence

from kiosk.i18n.languages import LANGUAGES
from kiosk.speech.voices import Choice, can_tts, pick_voice, tts_locale, tts_voice, wanted

# What Qt's speechd engine lists with speech-dispatcher and espeak-ng 1.51 (Debian 12); the
# Mandarin voices have no QLocale and are listed under "C".
SPEECHD_ESPEAK_NG = [
    *("C", "af_ZA", "am_ET", "ar_EG", "ar_MR", "de_DE", "en_GB", "en_US", "es_419", "es_ES"),
    *("fa_IR", "fi_FI", "fr_FR", "hi_IN", "it_IT", "ja_JP", "ko_KR", "pa_IN", "pt_BR"),
    *("ru_RU", "uk_UA", "ur_PK", "vi_VN", "yue_HK"),
]
PINYIN_VOICE = "Chinese (Mandarin, latin as Pinyin)"
# The voices it lists under "C" (variants "+Adam" and so on after each), seen with Qt 6.11.
IN_C = [
    *(
        "Bishnupriya Manipuri",
        "Chinese (Mandarin, latin as English)",
        "Chinese (Mandarin, latin as English)+Adam",
    ),
    *(f"{PINYIN_VOICE}+Adam", PINYIN_VOICE, "Hakka Chinese", "Klingon"),
]
PINYIN = Choice("C", PINYIN_VOICE, pinyin=True, variety="Mandarin")
CANTONESE = Choice("yue_HK", variety="Cantonese")


def voices_in(locale: str) -> Sequence[str]:
    return IN_C if locale == "C" else ()


# Qt's mock engine, used by the UI tests.
MOCK = ["en_GB", "en_US", "fi_FI", "nb_NO", "nn_NO"]


def test_every_language_is_read_by_its_declared_voices() -> None:
    for code, language in LANGUAGES.items():
        assert wanted(code)[: len(language.voice_locales)] == language.voice_locales
    assert wanted("zh_Hant") == ("zh_TW", "pinyin", "yue_HK", "yue", "zh_HK")
    assert wanted("zh_Hant", "cantonese") == ("yue_HK", "yue", "zh_HK", "zh_TW", "pinyin")
    assert wanted("xx") == ()


def test_speechd_with_espeak_ng() -> None:
    chosen = {
        code: getattr(tts_voice(code, SPEECHD_ESPEAK_NG, voices_in), "locale", None) for code in LANGUAGES
    }
    assert chosen == {
        "en": "en_US",
        "es": "es_419",  # Latin American before Spain's
        "ru": "ru_RU",
        "uk": "uk_UA",
        "pa": "pa_IN",
        "hi": "hi_IN",
        "zh_Hans": "C",  # the pinyin voice: see test_both_chinese_are_read_in_mandarin
        "zh_Hant": "C",
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


def test_both_chinese_are_read_in_mandarin_by_the_pinyin_voice() -> None:
    for code in ("zh_Hans", "zh_Hant"):
        assert tts_voice(code, SPEECHD_ESPEAK_NG, voices_in) == PINYIN, "the plain voice, not +Adam"
    assert tts_voice("zh_Hant", SPEECHD_ESPEAK_NG, voices_in, "cantonese") == CANTONESE
    assert tts_voice("zh_Hans", SPEECHD_ESPEAK_NG, voices_in, "cantonese") == PINYIN, "Simplified is Mandarin"


def test_a_real_mandarin_voice_wins_and_each_chinese_falls_back_on_the_other() -> None:
    windows = ["en_US", "zh_CN", "zh_TW", "zh_HK"]
    assert tts_voice("zh_Hans", windows) == Choice("zh_CN", variety="Mandarin")
    assert tts_voice("zh_Hant", windows) == Choice("zh_TW", variety="Mandarin")
    assert tts_voice("zh_Hant", windows, zh_hant="cantonese") == Choice("zh_HK", variety="Cantonese")
    assert tts_voice("zh_Hant", SPEECHD_ESPEAK_NG) == CANTONESE, "no pinyin voice (older espeak-ng)"
    assert tts_voice("zh_Hant", ["C", "zh_TW"], voices_in, "cantonese") == Choice("zh_TW", variety="Mandarin")
    assert tts_voice("zh_Hans", SPEECHD_ESPEAK_NG) is None
    assert tts_voice("es", SPEECHD_ESPEAK_NG, voices_in) == Choice("es_419"), "no variety outside Chinese"


def test_exact_territory_wins_over_the_bare_language() -> None:
    assert tts_locale("es", ["es_ES", "es_MX"]) == "es_MX"
    assert tts_locale("prs", ["fa_IR", "fa_AF"]) == "fa_AF"
    assert tts_locale("zh_Hant", ["yue_HK", "zh_TW"]) == "zh_TW"
    assert tts_voice("zh_Hant", ["yue_HK", "zh_TW"], zh_hant="cantonese") == CANTONESE
    assert tts_locale("es", ["es-US"]) == "es_US", "BCP 47 spellings match too"


def test_the_mock_engine_speaks_only_english_of_ours() -> None:
    assert [code for code in LANGUAGES if can_tts(code, MOCK)] == ["en"]
    assert not can_tts("en", [])
    assert not can_tts("xx", MOCK)


def test_the_plain_espeak_voice_is_preferred_to_its_variants() -> None:
    assert pick_voice(["Arabic+Adam", "Arabic", "Arabic+Klatt"]) == "Arabic"
    assert pick_voice(["Arabic+Mr_Serious"]) == "Arabic+Mr_Serious"
    assert pick_voice([]) is None
