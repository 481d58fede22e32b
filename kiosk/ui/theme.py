"""Colours, sizes and fonts in one place.

Layout sizes are given for a 1920x1080 screen and scale with the window, so that every screen
fits. Physical minimums hold on any screen: touch targets at least 15 mm a side, body text
with a cap height of at least 4.8 mm, converted with the screen's real pixels per millimetre
(`kiosk.display.physical`). Large text multiplies every font by 1.5; high contrast swaps the
palette. Every text colour reaches 7:1 against what it sits on, in both palettes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from PySide6.QtGui import QColor, QFont, QScreen

from kiosk.display.arrangement import is_portrait
from kiosk.display.palettes import HIGH_CONTRAST, NORMAL, Palette
from kiosk.display.physical import MIN_CAP_HEIGHT_MM, MIN_TARGET_MM, REFERENCE_PX_PER_MM
from kiosk.display.physical import px_per_mm as physical_px_per_mm
from kiosk.font_face import face
from kiosk.i18n.languages import Language

LARGE_TEXT = 1.5
CAP_HEIGHT_EM = 0.71  # Noto Sans and DejaVu Sans: a capital is about 0.71 of the font's size


def shade_of(palette: Palette) -> QColor:
    """What is behind a message: the palette's shade, letting a little of the screen through."""
    colour = QColor(palette.shade)
    colour.setAlpha(215)
    return colour


SHADE = shade_of(NORMAL)


def screen_px_per_mm(screen: QScreen, diagonal_inches: float) -> float:
    """This monitor's pixels per millimetre: the configured diagonal, else what it reports."""
    size, physical = screen.geometry().size(), screen.physicalSize()
    reported = (physical.width(), physical.height())
    return physical_px_per_mm(size.width(), size.height(), reported, diagonal_inches)


@dataclass(frozen=True)
class Theme:
    scale: float
    families: tuple[str, ...]
    px_per_mm: float = REFERENCE_PX_PER_MM
    text_scale: float = 1.0
    palette: Palette = NORMAL
    room: tuple[int, int] = (1920, 1080)  # the screens' width and height: their orientation
    ink_overflow: tuple[float, float] = (0.0, 0.0)  # ink beyond the line box, in ems (Language)

    @property
    def portrait(self) -> bool:
        return is_portrait(*self.room)

    @classmethod
    def for_size(
        cls,
        width: int,
        height: int,
        language: Language,
        px_per_mm: float = REFERENCE_PX_PER_MM,
        large: bool = False,
        contrast: bool = False,
    ) -> Theme:
        scale = max(0.7, min(width / 1920, height / 1080))
        return cls(
            scale,
            language.fonts,
            px_per_mm,
            LARGE_TEXT if large else 1.0,
            HIGH_CONTRAST if contrast else NORMAL,
            (width, height),
            language.ink_overflow,
        )

    def for_language(self, language: Language) -> Theme:
        """The same sizes and colours, in the fonts of another language's script."""
        return replace(self, families=language.fonts, ink_overflow=language.ink_overflow)

    def ink_room(self, font: QFont) -> tuple[int, int]:
        """The pixels a label in `font` keeps above and below its lines for the script's ink."""
        above, below = self.ink_overflow
        return math.ceil(above * font.pixelSize()), math.ceil(below * font.pixelSize())

    @property
    def large(self) -> bool:
        return self.text_scale > 1

    @property
    def contrast(self) -> bool:
        return self.palette is HIGH_CONTRAST

    def mm(self, millimetres: float) -> int:
        return round(millimetres * self.px_per_mm)

    def px(self, size: float) -> int:
        return round(size * self.scale)

    def target(self, size: float) -> int:
        """A touch target's size: scaled, but never below 15 mm on this screen."""
        return max(self.mm(MIN_TARGET_MM), self.px(size))

    def font(self, size: float, bold: bool = False, minimum: int = 20, grows: bool = True) -> QFont:
        """`grows`: whether large text enlarges it (the top bar's labels are large already,
        and stay put so that every control stays on the screen)."""
        font = face(self.families, bold)
        font.setPixelSize(round(max(minimum, self.px(size)) * (self.text_scale if grows else 1)))
        return font

    @property
    def shade(self) -> QColor:
        return shade_of(self.palette)

    # Text roles, in pixels at 1080p.
    @property
    def body(self) -> QFont:
        return self.font(31, minimum=max(24, round(self.mm(MIN_CAP_HEIGHT_MM) / CAP_HEIGHT_EM)))

    @property
    def small(self) -> QFont:
        return self.font(25)

    @property
    def heading(self) -> QFont:
        return self.font(46, bold=True)

    @property
    def button(self) -> QFont:
        return self.font(30, bold=True)

    @property
    def bar_button(self) -> QFont:
        return self.font(30, bold=True, grows=False)


def style_sheet(p: Palette) -> str:
    """The window's one style sheet (one sheet: widgets are not polished again on each build)."""
    return f"""
QWidget#kiosk {{ background: {p.paper}; color: {p.ink}; }}
QLabel {{ color: {p.ink}; background: transparent; }}
QLabel[role="muted"] {{ color: {p.muted}; }}
QLabel#prompt {{ background: {p.bar}; color: {p.bar_text}; border-radius: 24px; }}
QFrame#stripe {{ background: {p.accent}; }}
QFrame#topbar {{ background: {p.bar}; border-bottom: 6px solid {p.accent}; }}
QFrame#topbar QLabel {{ color: {p.bar_text}; }}
QPushButton {{
    background: {p.bar}; color: {p.bar_text}; border: 3px solid {p.bar}; border-radius: 14px;
    padding: 6px 22px;
}}
QPushButton:pressed {{ background: {p.pressed}; color: {p.pressed_text}; }}
QPushButton:disabled {{ background: {p.disabled}; border-color: {p.disabled}; color: {p.disabled_text}; }}
QPushButton[keyring="true"]:focus {{ border: 6px solid {p.focus_on_bar}; }}
QFrame#topbar QPushButton {{ background: transparent; border: 3px solid {p.bar_text}; }}
QFrame#topbar QPushButton:pressed {{ background: {p.pressed}; color: {p.pressed_text}; }}
QFrame#topbar QPushButton:checked {{ background: {p.bar_text}; color: {p.bar}; }}
QFrame#topbar QPushButton[keyring="true"]:focus {{ border: 6px solid {p.focus_on_bar}; }}
QPushButton#tile {{
    background: {p.card}; color: {p.ink}; border: 3px solid {p.border}; border-radius: 16px;
    text-align: left; padding: 0px;
}}
QPushButton#tile:pressed {{ background: {p.tile_pressed}; }}
QPushButton#tile[keyring="true"]:focus {{ border: 8px solid {p.focus}; }}
QPushButton#tile QLabel {{ color: {p.ink}; }}
QWidget#grid {{ background: transparent; }}
QFrame#panel {{ background: {p.card}; border: 2px solid {p.border}; border-radius: 16px; }}
QFrame#note {{ background: {p.note}; border: 3px solid {p.note_border}; border-radius: 12px; }}
QTextBrowser {{ background: transparent; border: none; color: {p.ink}; }}
QWidget#overlay QLabel {{ color: {p.bar_text}; }}
QFrame#dialog {{ background: {p.card}; border: 4px solid {p.border}; border-radius: 20px; }}
QFrame#dialog QLabel {{ color: {p.ink}; }}
"""


STYLE = style_sheet(NORMAL)
