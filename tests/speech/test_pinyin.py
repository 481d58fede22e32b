"""Chinese as the pinyin that espeak-ng's Mandarin voice reads, and what that voice then says."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from kiosk.config import Config
from kiosk.content.validate import load_content
from kiosk.i18n.translator import translator_for
from kiosk.i18n.views import card_view
from kiosk.speech.pinyin import cardinal, to_pinyin
from kiosk.speech.text import spoken_lines

ESPEAK_NG = shutil.which("espeak-ng")


@pytest.mark.parametrize(
    ("n", "said"),
    [
        (0, "ling2"),
        (10, "shi2"),
        (17, "shi2 qi1"),
        (29, "er4 shi2 jiu3"),
        (54, "wu3 shi2 si4"),
        (105, "yi1 bai3 ling2 wu3"),
        (110, "yi1 bai3 yi1 shi2"),
        (287, "er4 bai3 ba1 shi2 qi1"),
        (2017, "er4 qian1 ling2 yi1 shi2 qi1"),
        (10010, "yi1 wan4 ling2 yi1 shi2"),
        (200000000, "er4 yi4"),
    ],
)
def test_numbers_as_mandarin_says_them(n: int, said: str) -> None:
    assert " ".join(cardinal(n)) == said


def test_characters_become_tone_numbered_pinyin_phrase_by_phrase() -> None:
    assert to_pinyin("警察局") == "jing3 cha2 ju2."
    assert to_pinyin("银行") == "yin2 hang2.", "a phrase, not 行 alone (xing2)"
    assert to_pinyin("市议会还表示") == "shi4 yi4 hui4 hai2 biao3 shi4."
    assert to_pinyin("合作吗？") == "he2 zuo4 ma5?", "the neutral tone is 5"


def test_traditional_reads_as_simplified() -> None:
    assert to_pinyin("警察局仍然可以與聯邦機構合作") == to_pinyin("警察局仍然可以与联邦机构合作")
    assert to_pinyin("市政府不會參加") == to_pinyin("市政府不会参加")
    assert to_pinyin("不會").startswith("bu2 "), (
        "不 before a fourth tone, also where pypinyin lacks the phrase"
    )


def test_dates_numbers_and_codes_of_the_cards() -> None:
    assert to_pinyin("2017年10月") == "er4 ling2 yi1 qi1 nian2 shi2 yue4.", "a year digit by digit"
    assert to_pinyin("2018年1月1日") == "er4 ling2 yi1 ba1 nian2 yi1 yue4 yi1 ri4."
    assert to_pinyin("第17-29号决议") == "di4 shi2 qi1 gang4 er4 shi2 jiu3 hao4 jue2 yi4."
    assert to_pinyin("第54号法案") == "di4 wu3 shi2 si4 hao4 fa3 an4."
    assert to_pinyin("2个人") == "liang3 ge4 ren2."
    assert to_pinyin("916-617-4500") == "jiu3 yao1 liu4, liu4 yao1 qi1, si4 wu3 ling2 ling2."
    assert to_pinyin("3.5，50%") == "san1 dian3 wu3, bai3 fen1 zhi1 wu3 shi2."


def test_latin_letters_by_their_mandarin_names_and_english_words_left_out() -> None:
    assert to_pinyin("SB 54") == "ai2 si1 bi4 wu3 shi2 si4."
    assert to_pinyin("287(g) 计划") == "er4 bai3 ba1 shi2 qi1 ji4 ji4 hua4.", "no pause inside 287(g)"
    assert to_pinyin("ICE 是 Immigration and Customs Enforcement（移民和海关执法局）的简称") == (
        "ai4 sei1 yi1 shi4, yi2 min2 he2 hai3 guan1 zhi2 fa3 ju2, de5 jian3 cheng1."
    )


def test_punctuation_becomes_the_voice_s_pauses() -> None:
    assert (
        to_pinyin("市议会知道，很多移民感到担心。")
        == "shi4 yi4 hui4 zhi1 dao4, hen3 duo1 yi2 min2 gan3 dao4 dan1 xin1."
    )
    assert (
        to_pinyin("《加州价值法案》（SB 54）。") == "jia1 zhou1 jia4 zhi2 fa3 an4, ai2 si1 bi4 wu3 shi2 si4."
    )
    assert to_pinyin("第一\n第二") == "di4 yi1. di4 er4.", "each line ends a sentence"
    assert to_pinyin("") == ""


def _first_sentence(lang: str, config: Config) -> str:
    content = load_content(config.resolve(config.content_dir), config.allowed_qr_hosts).content
    assert content is not None
    card = content.cards["city-and-ice"]
    view = card_view(content, card, translator_for(config.resolve(config.translations_dir), lang))
    assert view.text_language == lang, "the card must be translated for this test"
    return spoken_lines(view)[1].split("。")[0] + "。"


def _phonemes(text: str, voice: str = "cmn-latn-pinyin") -> str:
    assert ESPEAK_NG is not None
    result = subprocess.run(
        [ESPEAK_NG, "-q", "-x", "-v", voice, text], capture_output=True, text=True, timeout=30, check=True
    )
    return result.stdout


# A Mandarin syllable in espeak-ng's phonemes has one tone, as pitch digits (55, 35, 214, 51,
# 11) after its vowel, then at most a nasal ("ts.'@51N"); English in a Mandarin voice shows as
# a language switch "(en)...(cmn)".
_SYLLABLE = re.compile(r"^[^\d\s]+\d{2,3}[nN]?$")


@pytest.mark.skipif(ESPEAK_NG is None, reason="espeak-ng is not installed (deploy/setup.sh installs it)")
@pytest.mark.parametrize("lang", ["zh_Hans", "zh_Hant"])
def test_espeak_ng_speaks_a_card_s_first_sentence_in_mandarin(lang: str, repo_config: Config) -> None:
    sentence = _first_sentence(lang, repo_config)
    assert "ICE" in sentence and "287(g)" in sentence, "the sentence that needs the most care"
    as_characters = _phonemes(sentence, "cmn")
    assert "(en)" in as_characters, "the test needs a sentence espeak-ng's Mandarin cannot read"

    phonemes = _phonemes(to_pinyin(sentence))
    assert "(en)" not in phonemes
    syllables = [s for s in re.split(r"[_|:\s]+", phonemes) if s]
    assert len(syllables) > 20
    assert all(_SYLLABLE.match(s) for s in syllables), syllables
    tones = {re.sub(r"\D", "", s) for s in syllables}
    assert {"55", "35", "51"} <= tones, "first, second and fourth tones heard"
    english_letters = ("eI", "i:", "aI", "dZ")  # "ay", "ee", "eye", "jee": letter names in English
    assert not any(letter in phonemes for letter in english_letters), phonemes
