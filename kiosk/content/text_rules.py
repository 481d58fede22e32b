"""What a text the kiosk shows may hold: words, never markup, hidden controls or web addresses.

One rule, read by `validate` for the English content (kiosk/content/validate.py) and for every
catalog (kiosk/i18n/checks.py, which `i18n check` also runs), the step before signing. The kiosk
draws every text as plain text, and card text as CommonMark without HTML, so markup would show
as its tags; it is refused all the same, so that what the City signs reads as what it shows:
- HTML: a tag (`<img`, `<h1`, `</a`), a `style=` or a character reference (`&lt;`, `&#60;`)
  that could stand for one.
- Direction controls: an override or embedding (U+202A-U+202E) draws `call <U+202E>119<U+202C>`
  as "call 911". The isolates (U+2066-U+2069) are the kiosk's own: it wraps Latin words and
  numbers in right-to-left text in them as it reads a catalog (kiosk/i18n/bidi.py), so no file
  holds them.
- Invisible characters (zero-width spaces and joiners, word joiners, byte order marks, soft
  hyphens, direction marks): none in the English source. A translation keeps what its script
  needs (_SCRIPT_MARKS); the zero-width spaces of Lao and Khmer line breaks are added as the
  kiosk reads the catalog (kiosk/i18n/line_breaks.py), never written in files.
- Web addresses in a translation whose English has none: the QR code is the only way to a web
  page. Looked for in the text as it would read, so fullwidth letters (`ｗｗｗ．`), ideographic
  full stops (`example。com`) and hidden characters inside (`w<U+200B>ww.`) do not hide one.
"""

from __future__ import annotations

import re
import unicodedata

Finding = tuple[int, str]  # (line within the text, counted from 0; message)

# A tag as an HTML reader starts one: '<' then a letter, '/', '!' or '?' ("a < b" is no tag).
_TAG = re.compile(r"<[/!?]?[A-Za-z]")
_STYLE = re.compile(r"\bstyle\s*=", re.IGNORECASE)
_REFERENCE = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")

_OVERRIDES = {chr(c) for c in range(0x202A, 0x202F)}  # LRE RLE PDF LRO RLO
_ISOLATES = {chr(c) for c in range(0x2066, 0x206A)}  # LRI RLI FSI PDI

ZWSP, ZWNJ, ZWJ = "\u200b", "\u200c", "\u200d"
_DIRECTION_MARKS = "\u200e\u200f\u061c"  # LRM, RLM, ALM: marks, not controls; weak on their own
# What a language's script needs that draws nothing. Persian, Dari, Pashto, Urdu and Arabic join
# or part letters with ZWNJ and ZWJ (Persian "می‌خواهم"), as Devanagari and Gurmukhi do for
# half forms and conjuncts; Khmer and Lao typists part words with zero-width spaces, and use
# the joiners in some clusters. Right-to-left languages may carry direction marks.
_RTL_MARKS = ZWNJ + ZWJ + _DIRECTION_MARKS
_SCRIPT_MARKS: dict[str, str] = {
    "ar": _RTL_MARKS,
    "fa": _RTL_MARKS,
    "prs": _RTL_MARKS,
    "ps": _RTL_MARKS,
    "ur": _RTL_MARKS,
    "hi": ZWNJ + ZWJ,
    "pa": ZWNJ + ZWJ,
    "km": ZWSP + ZWNJ + ZWJ,
    "lo": ZWSP + ZWNJ + ZWJ,
}

# Characters that read as a full stop between the parts of a host name. NFKC folds most
# fullwidth and small forms ("．", "﹒", "․"); these it leaves as they are.
_DOTS = str.maketrans({"\u3002": ".", "\uff61": ".", "\ufe12": ".", "\u2e3c": ".", "\u06d4": "."})
_SCHEME = re.compile(r"\b(?:https?|ftp)\s*:\s*/\s*/|\bwww\s*\.", re.IGNORECASE)
# A letter or digit, a dot, then a top-level domain, with no space between: "ice.gov",
# "ехаmple.com" (Cyrillic letters). Prose puts a space after its full stops ("EE. UU." aside,
# whose "uu" is no domain), so this is only the common and look-alike domains' endings.
_TLDS = (
    "com|org|net|gov|edu|mil|int|info|biz|io|co|us|ca|mx|me|ly|gl|to|tv|cc|ws|app|dev|xyz|site|"
    "online|link|page|top|club|shop|live|news|рф|укр"
)
_HOST = re.compile(rf"\w\.(?:{_TLDS})(?![^\W_])", re.IGNORECASE)


def _name(ch: str) -> str:
    return f"U+{ord(ch):04X} {unicodedata.name(ch, 'control character')}"


def _line(text: str, index: int) -> int:
    return text.count("\n", 0, index)


def html_findings(text: str) -> list[Finding]:
    found = []
    for pattern in (_TAG, _STYLE, _REFERENCE):
        for match in pattern.finditer(text):
            found.append(
                (
                    _line(text, match.start()),
                    f"HTML ({match.group(0)!r}) is not allowed: the kiosk shows text as written, "
                    "never as markup",
                )
            )
    return found


def _control_findings(text: str, allowed: str) -> list[Finding]:
    found = []
    for index, ch in enumerate(text):
        if ch in _OVERRIDES:
            why = (
                f"a direction override ({_name(ch)}) is not allowed: it changes the order in "
                "which letters and numbers are shown"
            )
        elif ch in _ISOLATES:
            why = (
                f"a direction isolate ({_name(ch)}) is not allowed: the kiosk adds the ones it "
                "needs as it shows the text"
            )
        elif ch in allowed or ch in "\n\t":
            continue
        elif unicodedata.category(ch) in ("Cf", "Cc"):
            why = f"an invisible character ({_name(ch)}) is not allowed here: remove it"
        else:
            continue
        found.append((_line(text, index), why))
    return found


def source_findings(text: str) -> list[Finding]:
    """What an English text of the content may not hold."""
    return sorted(set(html_findings(text) + _control_findings(text, "")))


def script_marks(code: str | None) -> str:
    """The invisible characters a language's translations may hold (see _SCRIPT_MARKS)."""
    return _SCRIPT_MARKS.get(code or "", "")


def as_read(text: str) -> str:
    """`text` as a reader takes it in: fullwidth and look-alike dots folded, nothing invisible."""
    folded = unicodedata.normalize("NFKC", text).translate(_DOTS)
    return "".join(ch for ch in folded if unicodedata.category(ch) not in ("Cf", "Cc") or ch == "\n")


def web_address(text: str) -> str | None:
    """The first web address in `text` as a reader would see it, or None."""
    shown = as_read(text)
    found = [m for pattern in (_SCHEME, _HOST) if (m := pattern.search(shown))]
    return min(found, key=lambda m: m.start()).group(0) if found else None


def translation_findings(text: str, english: str, code: str | None) -> list[Finding]:
    """What a translation into `code` of `english` may not hold."""
    found = html_findings(text) + _control_findings(text, script_marks(code))
    address = web_address(text)
    if address is not None and web_address(english) is None:
        line = next((n for n, part in enumerate(text.split("\n")) if web_address(part)), 0)
        found.append(
            (line, f"a web address ({address!r}) in a translation: the QR code is the only way to a web page")
        )
    return sorted(set(found))
