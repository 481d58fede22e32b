"""Chinese text as tone-numbered pinyin, for espeak-ng's Mandarin voice that reads pinyin.

Debian's espeak-ng cannot read Chinese characters in Mandarin (its dictionary lacks most of
them), but its `cmn-latn-pinyin` voice reads pinyin with tone numbers well ("jing3 cha2").
pypinyin (its own dictionary, phrase by phrase, so 银行 is yin2 hang2 and 还 is hai2) makes
the pinyin; this module makes the rest of a sentence readable by that voice, which would read
any other Latin letters as pinyin and any digit as a bare number:

- numbers as Mandarin numbers (287 er4 bai3 ba1 shi2 qi1), a year before 年 digit by digit,
  a phone-like number digit by digit, 17-29 as "17 杠 29";
- capital letters (ICE, SB 54, WSPD) and a lone letter (the g of 287(g)) by the names Mandarin
  speakers give English letters (ai4 sei1 yi1); English words are left out: the voice cannot
  say them, and the cards give their Chinese name beside them;
- Chinese punctuation as the pauses the voice makes at "," and "." (，、；：（） and 。！？).

pypinyin is imported on first use: its dictionaries cost ~0.9 s and ~55 MB (measured on a
loaded 2-core machine), which a kiosk that is never asked for Chinese should not pay.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import cast

# How Mandarin speakers name the letters, in syllables the pinyin voice can say.
LETTERS = {
    "A": "ei1", "B": "bi4", "C": "sei1", "D": "di4", "E": "yi1", "F": "ai2 fu1", "G": "ji4",
    "H": "ei1 qi1", "I": "ai4", "J": "zhei4", "K": "kai4", "L": "ai2 le1", "M": "ai2 mu1",
    "N": "en1", "O": "ou1", "P": "pi4", "Q": "kiu1", "R": "a4 er5", "S": "ai2 si1", "T": "ti4",
    "U": "you1", "V": "wei1", "W": "da2 bu5 liu1", "X": "ai2 ke4 si1", "Y": "wai4", "Z": "zei4",
}  # fmt: skip
DIGITS = ("ling2", "yi1", "er4", "san1", "si4", "wu3", "liu4", "qi1", "ba1", "jiu3")
# 1 is "yao1" when digits are read one by one (phone numbers), so it is not heard as 7.
_DIGITS_ONE_BY_ONE = ("ling2", "yao1", *DIGITS[2:])
_UNITS = ("", "shi2", "bai3", "qian1")
_GROUPS = ("", "wan4", "yi4")  # 10^4, 10^8
# 2 before a measure word is liang3 (两个人), not er4.
_MEASURES = set("个位名种次天年周月件条张本人家项份")
# Full-width brackets pause; ASCII ones are inside a name (287(g)) and do not.
_PAUSE = {**dict.fromkeys("，、；：,;:（）—–…", ","), **dict.fromkeys("。！.!", "."), "？": "?", "?": "?"}

_HAN = r"\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_TOKEN = re.compile(
    rf"(?P<han>[{_HAN}]+)"
    r"|(?P<dashed>\d+(?:-\d+)+)"
    r"|(?P<number>\d+(?:\.\d+)?)(?P<percent>%|％)?"
    r"|(?P<latin>[A-Za-z]+)"
    r"|(?P<pause>[，、；：,;:（）—–…。！.!？?])"
)


def _below_10000(n: int) -> list[str]:
    """1-9999 in syllables, with the zeros Mandarin says (105 yi1 bai3 ling2 wu3)."""
    digits = [int(d) for d in f"{n:04d}"]
    out: list[str] = []
    zero = False
    for place, d in zip((3, 2, 1, 0), digits, strict=True):
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out.append(DIGITS[0])
            zero = False
        out.append(DIGITS[d])
        if _UNITS[place]:
            out.append(_UNITS[place])
    return out


def cardinal(n: int) -> list[str]:
    """A whole number as Mandarin says it: 17 shi2 qi1, 287 er4 bai3 ba1 shi2 qi1, 10010 yi1 wan4..."""
    if n == 0:
        return [DIGITS[0]]
    if n >= 10**12:
        return one_by_one(str(n))
    groups = []
    while n:
        groups.append(n % 10000)
        n //= 10000
    out: list[str] = []
    for i in range(len(groups) - 1, -1, -1):
        group = groups[i]
        if group == 0:
            continue
        if out and group < 1000:
            out.append(DIGITS[0])  # 10010: yi1 wan4 ling2 yi1 shi2
        out += _below_10000(group)
        out += [_GROUPS[i]] if _GROUPS[i] else []
    if out[:2] == [DIGITS[1], _UNITS[1]]:
        out = out[1:]  # 10-19 start with shi2, not yi1 shi2
    return out


def one_by_one(digits: str) -> list[str]:
    return [_DIGITS_ONE_BY_ONE[int(d)] for d in digits]


def _number(text: str, after: str) -> list[str]:
    whole, _, fraction = text.partition(".")
    if len(whole) == 4 and after.startswith("年"):
        return [DIGITS[int(d)] for d in whole]  # 2017年: er4 ling2 yi1 qi1 nian2
    if len(whole) >= 5 and not fraction or (len(whole) > 1 and whole.startswith("0")):
        return one_by_one(whole)  # a phone number, a ZIP code, a case number
    words = ["liang3"] if whole == "2" and not fraction and after[:1] in _MEASURES else cardinal(int(whole))
    return words + (["dian3", *(DIGITS[int(d)] for d in fraction)] if fraction else [])


def _dashed(text: str) -> list[str]:
    parts = text.split("-")
    if any(len(part) >= 3 for part in parts):
        words: list[str] = []
        for part in parts:  # 916-617-4500: a phone number, a pause between its groups
            words += [*one_by_one(part), ","]
        return words[:-1]
    words = []
    for part in parts:  # 17-29: shi2 qi1 gang4 er4 shi2 jiu3, as a resolution's number is read
        words += [*cardinal(int(part)), "gang4"]
    return words[:-1]


def _latin(word: str) -> list[str]:
    if len(word) > 1 and not word.isupper():
        return []  # an English word: the voice would read it as pinyin nonsense
    return [LETTERS[letter.upper()] for letter in word]


@functools.lru_cache(maxsize=1)
def _converter() -> functools.partial[list[str]]:
    from pypinyin import Style, lazy_pinyin

    return functools.partial(
        lazy_pinyin,
        style=Style.TONE3,
        neutral_tone_with_five=True,
        tone_sandhi=True,
        # A character it does not know is skipped, one empty syllable each so the 不 rule below
        # stays aligned; pypinyin documents a list answer, its type stub allows only a str.
        errors=cast("Callable[[str], str]", lambda chars: [""] * len(chars)),
    )


def han(text: str) -> list[str]:
    """Chinese characters (Simplified or Traditional) as tone-numbered syllables, phrase by phrase."""
    syllables = list(_converter()(text))
    # pypinyin changes 不 before a fourth tone only inside a phrase it knows (不会 bu2 hui4),
    # and it knows fewer Traditional phrases (不會 stayed bu4 hui4): apply the rule across.
    for i, (char, syllable) in enumerate(zip(text, syllables[:-1], strict=False)):
        if char == "不" and syllable == "bu4" and syllables[i + 1].endswith("4"):
            syllables[i] = "bu2"
    return [syllable for syllable in syllables if syllable]


def to_pinyin(text: str) -> str:
    """`text` as the pinyin voice should read it: syllables, letter names and pauses only."""
    words: list[str] = []
    for line in text.splitlines():
        for match in _TOKEN.finditer(line):
            kind, value = match.lastgroup, match.group(match.lastgroup or 0)
            if kind == "han":
                words += han(value)
            elif kind == "dashed":
                words += _dashed(value)
            elif kind in ("number", "percent"):
                number = match.group("number")
                said = _number(number, line[match.end() :])
                words += ["bai3", "fen1", "zhi1", *said] if match.group("percent") else said
            elif kind == "latin":
                words += _latin(value)
            elif kind == "pause":
                words.append(_PAUSE[value])
        words.append(".")
    return _join(words)


def _join(words: list[str]) -> str:
    """Syllables with spaces, each pause once and after a syllable (a pause ends no sentence twice)."""
    out: list[str] = []
    for word in words:
        if word in (",", ".", "?"):
            if not out:
                continue
            if out[-1] in (",", ".", "?"):
                # The stronger pause wins: a sentence's end over a comma.
                if out[-1] == ",":
                    out[-1] = word
                continue
        out.append(word)
    text = " ".join(out)
    return re.sub(r" ([,.?])", r"\1", text).rstrip(",").strip()
