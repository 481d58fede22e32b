"""Every device setting, declared once: the file to read (and edit) to see what a kiosk can be told.

Each field of `Config` is one setting: its type is the annotation (a `Literal` lists the choices),
and `setting()` gives the default, the help text and the bounds. Loading the config file, its
error messages, `config --example` and `doctor` are all driven from these declarations
(kiosk/config/load.py, example.py); no other module reads the config file or hard-codes a default.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from kiosk.config.setting import ConfigBase, setting
from kiosk.i18n.languages import LANGUAGES

DEFAULT_HOSTS = ["www.cityofwestsacramento.org", "leginfo.legislature.ca.gov"]


@dataclass(frozen=True)
class Config(ConfigBase):
    content_dir: Path = setting(Path("content"), "Folder with the content files (topics, cards, sources).")
    translations_dir: Path = setting(
        Path("translations"), "Folder with messages.pot and one <lang>/LC_MESSAGES/messages.po each."
    )
    languages: list[str] = setting(
        list(LANGUAGES), "Languages offered on the picker, in this order (language codes)."
    )
    default_language: str = setting(
        "en", "Language of the attract screen and after every reset; one of `languages`."
    )
    unreviewed_translations: Literal["note", "english", "hide"] = setting(
        "note",
        "Translations no professional translator has signed off (`main.py i18n review`): note "
        "shows them with a short note that the English is official; english shows their cards "
        "in English; hide leaves them off the language picker.",
    )
    idle_timeout: int = setting(
        60,
        "Seconds without a touch before 'Are you still there?' on a screen with little to read; "
        "a screen with more text adds 0.1 s a letter, at most 120 s more (kiosk/idle.py), and "
        "no time passes while Listen reads a card.",
        minimum=10,
        maximum=3600,
    )
    idle_warning: int = setting(
        30,
        "Seconds 'Are you still there?' stays, its ring running down, before the kiosk resets "
        "(at least 20: WCAG 2.2.1 gives a visitor that long to ask for more time).",
        minimum=20,
        maximum=120,
    )
    attract_cycle: float = setting(
        3.0, "Seconds each language is shown on the attract screen.", minimum=1, maximum=60
    )
    attract_quiet_after: float = setting(
        10.0,
        "Minutes of attract screen with nobody at the kiosk after which it changes language only "
        "every `attract_quiet_cycle` seconds (an empty lobby costs no CPU); 0: never slows.",
        minimum=0,
        maximum=1440,
    )
    attract_quiet_cycle: float = setting(
        30.0,
        "Seconds each language is shown on the attract screen after a quiet spell.",
        minimum=1,
        maximum=600,
    )
    help_line: str = setting(
        "",
        "Which of the City's help lines (the ids in the content's help-lines.yaml, e.g. "
        "front-desk) this kiosk shows under each card, on the 'unavailable' screen and on the "
        "slip, translated like a card. Empty: none. An id the content lacks is reported by "
        "`doctor` and at start, and nothing is shown.",
    )
    allowed_qr_hosts: list[str] = setting(DEFAULT_HOSTS, "Hosts that QR codes may point to (https only).")
    max_reading_grade: float = setting(
        8.0,
        "Reading grade (Flesch-Kincaid) above which `validate` warns about an English card, so "
        "content editors keep it plain (the US school grade a reader needs; the cards aim at about 6).",
        minimum=1,
        maximum=20,
    )
    printer: str = setting("", "Printer name; empty means the system's default printer.")
    print_layout: Literal["page", "receipt"] = setting(
        "page",
        "What the printer takes: page (Letter or A4: the card, then the same card in English) "
        "or receipt (an 80 mm roll: one column, large text, a large QR code).",
    )
    print_timeout: int = setting(
        10,
        "Seconds a print job may take before the visitor is told to scan the QR code instead "
        "(the job is then cancelled, so no slip is left for the next visitor).",
        minimum=2,
        maximum=120,
    )
    screen: int = setting(0, "Index of the screen to fill (0 is the first).", minimum=0, maximum=16)
    log_dir: Path = setting(
        Path("logs"),
        "Folder for the kiosk's rotating log (kiosk.log, 5 x 1 MB); it holds faults, never visitors.",
    )
    hide_cursor: Literal["auto", "always", "never"] = setting(
        "auto", "Hide the mouse cursor: auto hides it when a touch screen is present."
    )
    reload_content: bool = setting(
        True,
        "Watch the content and translations folders; a valid update is shown from the next "
        "visit on, an invalid one is refused (and logged) and the last good version stays.",
    )
    trusted_keys: list[str] = setting(
        [],
        "minisign public keys (the base64 line of each .pub file) that content and translations "
        "must be signed with (SHA256SUMS + SHA256SUMS.minisig, see `main.py content sign`); "
        "two keys at once let a key be rotated. Empty: folders are read unsigned.",
    )
    state_dir: Path = setting(
        Path("state"),
        "Folder where the kiosk keeps its copy of the last accepted content and translations, "
        "shown at start when the folders are missing, invalid or not signed "
        "(/var/lib/westsac-kiosk in the Linux install).",
    )
    admin_pin_file: Path = setting(
        Path("admin-pin"),
        "File holding the staff PIN as a salted hash, written by `main.py set-pin`. "
        "While it does not exist the admin screen cannot be opened.",
    )
    admin_lockout: int = setting(
        300,
        "Seconds the PIN pad stays locked after 5 wrong PINs in a row (the count and the lock are "
        "kept in `state_dir`, so a restart does not reset them).",
        minimum=30,
        maximum=86400,
    )
    speech_engine: str = setting(
        "",
        "Text-to-speech engine for Listen: empty picks the system's (speechd on Linux, "
        "winrt or sapi on Windows); none turns speech off (recorded audio still plays).",
    )
    zh_hant_voice: Literal["mandarin", "cantonese"] = setting(
        "mandarin",
        "Which Chinese Listen speaks for Traditional Chinese (Simplified is always Mandarin): "
        "cantonese for kiosks whose visitors speak it. Where the machine has no voice for "
        "the one chosen, the other reads.",
    )
    key_next: list[str] = setting(["Tab", "Down", "Right"], "Keys that move to the next control.")
    key_previous: list[str] = setting(["Shift+Tab", "Up", "Left"], "Keys that move to the previous one.")
    key_activate: list[str] = setting(["Return", "Enter", "Space"], "Keys that choose the control shown.")
    key_back: list[str] = setting(["Backspace", "Back"], "Keys that go back one screen.")
    key_help: list[str] = setting(["F1", "Help", "?"], "Keys that explain the keys, aloud and on screen.")
    open_hours: str = setting(
        "",
        "When the kiosk is open, e.g. 'Mon-Fri 08:00-17:30; Sat 09:00-13:00' (empty: always). "
        "Outside them it draws nothing and turns the display off where the session can; a touch "
        "still wakes it for a visit.",
    )
    screen_diagonal: float = setting(
        0.0,
        "Screen diagonal in inches, for monitors that do not report their physical size "
        "(0: trust the monitor). Sizes of text and buttons are set in millimetres from it.",
        minimum=0,
        maximum=120,
    )
    screen_bottom_mm: int = setting(
        0,
        "Height of the screen's bottom edge above the floor, in mm, for tall or wall-mounted "
        "screens (0: a desk or standard kiosk stand). Controls are then kept 380-1220 mm high.",
        minimum=0,
        maximum=2500,
    )


# Settings that changed name or went away. A fleet is upgraded all at once, so an old config file
# must keep working: the loader applies these (kiosk/config/migrate.py) with a warning that
# `doctor`, `config` and the log repeat until the file is edited. Never reuse a name listed here.
# A rename: the old name -> the declared setting that now holds its value.
RENAMED: dict[str, str] = {}
# A retirement: the name -> why it went (and what to do instead); its value is ignored.
RETIRED: dict[str, str] = {
    # Not renamed: its values below 20 s would stop an upgraded kiosk from starting.
    "idle_countdown": "the warning now lasts `idle_warning` seconds, at least 20 (WCAG 2.2.1); "
    "set that instead",
}
