"""Every device setting, declared once.

Each field of `Config` is one setting: its type is the annotation, and `setting()` gives the
default, the help text and the bounds. The loader, the error messages, `config --example`
and `doctor` are all driven from these declarations; no other module reads the config file
or hard-codes a default.
"""

from __future__ import annotations

import dataclasses
import difflib
import os
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml

from kiosk import PROJECT_ROOT
from kiosk.i18n.languages import LANGUAGES

ENV_VAR = "KIOSK_CONFIG"


def setting(
    default: Any,
    help: str,
    *,
    minimum: float | None = None,
    maximum: float | None = None,
) -> Any:
    if isinstance(default, list):
        return field(
            default_factory=lambda: list(default),
            metadata={"help": help, "min": minimum, "max": maximum},
        )
    return field(default=default, metadata={"help": help, "min": minimum, "max": maximum})


DEFAULT_HOSTS = ["www.cityofwestsacramento.org", "leginfo.legislature.ca.gov"]


@dataclass(frozen=True)
class Config:
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
        60, "Seconds without a touch before the 'Still there?' countdown.", minimum=10, maximum=3600
    )
    idle_countdown: int = setting(
        10, "Seconds the countdown lasts before the kiosk resets.", minimum=3, maximum=120
    )
    attract_cycle: float = setting(
        3.0, "Seconds each language is shown on the attract screen.", minimum=1, maximum=60
    )
    allowed_qr_hosts: list[str] = setting(DEFAULT_HOSTS, "Hosts that QR codes may point to (https only).")
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
    admin_pin_file: Path = setting(
        Path("admin-pin"),
        "File holding the staff PIN as a salted hash, written by `main.py set-pin`. "
        "While it does not exist the admin screen cannot be opened.",
    )
    admin_lockout: int = setting(
        300, "Seconds the PIN pad stays locked after 5 wrong PINs in a row.", minimum=30, maximum=86400
    )
    speech_engine: str = setting(
        "",
        "Text-to-speech engine for Listen: empty picks the system's (speechd on Linux, "
        "winrt or sapi on Windows); none turns speech off (recorded audio still plays).",
    )
    key_next: list[str] = setting(["Tab", "Down", "Right"], "Keys that move to the next control.")
    key_previous: list[str] = setting(["Shift+Tab", "Up", "Left"], "Keys that move to the previous one.")
    key_activate: list[str] = setting(["Return", "Enter", "Space"], "Keys that choose the control shown.")
    key_back: list[str] = setting(["Backspace", "Back"], "Keys that go back one screen.")
    key_help: list[str] = setting(["F1", "Help", "?"], "Keys that explain the keys, aloud and on screen.")
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

    # Not a setting: the folder that relative paths are read against (the config file's).
    base_dir: Path = field(default=PROJECT_ROOT, repr=False, compare=False)

    def resolve(self, path: Path) -> Path:
        return path if path.is_absolute() else (self.base_dir / path)


class ConfigError(Exception):
    """A bad config file: `problems` holds one readable line each."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class SettingInfo:
    name: str
    type: Any
    default: Any
    help: str
    minimum: float | None
    maximum: float | None

    @property
    def choices(self) -> tuple[str, ...] | None:
        if typing.get_origin(self.type) is Literal:
            return typing.get_args(self.type)
        return None

    @property
    def type_name(self) -> str:
        if self.choices:
            return "one of " + ", ".join(self.choices)
        if typing.get_origin(self.type) is list:
            return "list of text"
        names = {Path: "path", str: "text", int: "whole number", float: "number", bool: "yes/no"}
        return names.get(self.type, str(self.type))


def settings() -> list[SettingInfo]:
    hints = typing.get_type_hints(Config)
    infos = []
    for f in dataclasses.fields(Config):
        if "help" not in f.metadata:
            continue
        default = f.default_factory() if f.default_factory is not dataclasses.MISSING else f.default
        infos.append(
            SettingInfo(
                f.name, hints[f.name], default, f.metadata["help"], f.metadata["min"], f.metadata["max"]
            )
        )
    return infos


def _coerce(info: SettingInfo, value: Any) -> Any:
    """Return the value as the setting's type, or raise ValueError with a plain reason."""
    kind = info.type
    if info.choices:
        if value not in info.choices:
            raise ValueError(f"must be {info.type_name}, not {value!r}")
        return value
    if typing.get_origin(kind) is list:
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise ValueError("must be a list of text items, e.g. [en, es]")
        return list(value)
    if kind is bool:
        if not isinstance(value, bool):
            raise ValueError("must be true or false")
        return value
    if kind in (int, float):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(f"must be a {info.type_name}, not {value!r}")
        if kind is int and not isinstance(value, int):
            raise ValueError(f"must be a whole number, not {value!r}")
        if info.minimum is not None and value < info.minimum:
            raise ValueError(f"must be at least {info.minimum:g}, not {value}")
        if info.maximum is not None and value > info.maximum:
            raise ValueError(f"must be at most {info.maximum:g}, not {value}")
        return kind(value)
    if kind is Path:
        if not isinstance(value, str) or not value.strip():
            raise ValueError("must be a path (a folder or a file)")
        return Path(value)
    if not isinstance(value, str):
        raise ValueError(f"must be text, not {value!r}")
    return value


def _cross_check(cfg: Config) -> list[str]:
    problems = []
    for code in cfg.languages:
        if code not in LANGUAGES:
            problems.append(f"languages: unknown language code {code!r} (known: {', '.join(LANGUAGES)})")
    if len(set(cfg.languages)) != len(cfg.languages):
        problems.append("languages: a language is listed twice")
    if cfg.default_language not in cfg.languages:
        problems.append(f"default_language: {cfg.default_language!r} is not one of languages {cfg.languages}")
    for host in cfg.allowed_qr_hosts:
        if "/" in host or ":" in host or " " in host:
            problems.append(f"allowed_qr_hosts: {host!r} must be a bare host name like example.org")
    return problems


def from_mapping(
    data: dict[str, Any],
    where: str = "",
    lines: dict[str, int] | None = None,
    base_dir: Path = PROJECT_ROOT,
) -> Config:
    """Build a Config from a plain mapping, or raise ConfigError naming each bad setting."""
    infos = {info.name: info for info in settings()}
    problems: list[str] = []
    values: dict[str, Any] = {}

    def at(name: str) -> str:
        line = (lines or {}).get(name)
        return f"{where}:{line}: " if where and line else (f"{where}: " if where else "")

    for name, raw in data.items():
        info = infos.get(str(name))
        if info is None:
            hint = difflib.get_close_matches(str(name), infos, n=1)
            extra = f" (did you mean {hint[0]}?)" if hint else ""
            problems.append(f"{at(str(name))}unknown setting {name!r}{extra}")
            continue
        try:
            values[info.name] = _coerce(info, raw)
        except ValueError as err:
            problems.append(f"{at(info.name)}{info.name}: {err}")
    if problems:
        raise ConfigError(problems)
    cfg = Config(**values, base_dir=base_dir)
    cross = _cross_check(cfg)
    if cross:
        raise ConfigError([f"{where}: {p}" if where else p for p in cross])
    return cfg


def load(path: Path | None = None) -> Config:
    """Load the config file (or $KIOSK_CONFIG, or none: the defaults)."""
    if path is None and os.environ.get(ENV_VAR):
        path = Path(os.environ[ENV_VAR])
    if path is None:
        return from_mapping({})
    where = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError([f"{where}: config file not found"]) from None
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError([f"{where}: cannot read the config file ({err})"]) from None
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = f":{mark.line + 1}" if mark else ""
        reason = getattr(err, "problem", None) or str(err)
        raise ConfigError([f"{where}{line}: not valid YAML: {reason}"]) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError([f"{where}: the config file must be a mapping of setting: value"])
    lines = {}
    if isinstance(node, yaml.MappingNode):
        lines = {str(k.value): k.start_mark.line + 1 for k, _ in node.value}
    # Relative folders in a config file mean "beside the config file".
    return from_mapping(data, where, lines, base_dir=path.resolve().parent)


def example_yaml() -> str:
    """The example config file, every setting commented, generated from the declarations."""
    out = [
        "# West Sacramento lobby kiosk: device settings.",
        "# Generated by `python main.py config --example`. Every line is optional;",
        "# a missing setting keeps its default. Relative folders are read beside this file.",
        "",
    ]
    for info in settings():
        bounds = []
        if info.minimum is not None:
            bounds.append(f"min {info.minimum:g}")
        if info.maximum is not None:
            bounds.append(f"max {info.maximum:g}")
        out.append(f"# {info.help}")
        out.append(f"# Type: {info.type_name}" + (f" ({', '.join(bounds)})" if bounds else ""))
        default = str(info.default) if isinstance(info.default, Path) else info.default
        dumped = yaml.safe_dump({info.name: default}, default_flow_style=True, width=200)
        out.append(dumped.strip()[1:-1].strip())
        out.append("")
    return "\n".join(out)
