"""Colours, sizes and fonts in one place.

Sizes are given for a 1920x1080 screen (a 24" monitor: about 0.28 mm a pixel, so a 56 px
target is 15 mm) and scaled with the window, never below the 1080p touch-target minimum.
All text colours reach at least 7:1 contrast against the background they sit on.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont

from kiosk.i18n.languages import Language

INK = "#14202E"  # body text: 15.1:1 on PAPER
PAPER = "#F6F3EC"  # calm warm white
CARD = "#FFFFFF"
NAVY = "#1C355E"  # header and primary buttons, white text on it: 12:1
NAVY_PRESSED = "#0F2240"
TILE_PRESSED = "#DDE6F3"
MUTED = "#33404F"  # secondary text: 10:1 on PAPER
GOLD = "#B88A1B"  # decorative stripe only, never behind text
NOTE_BG = "#FFF4CC"  # fallback-language note, INK on it 14:1
NOTE_BORDER = "#8A6A00"
SHADE = QColor(10, 20, 35, 215)  # behind overlays

MIN_TARGET_PX = 56  # 15 mm on a 24" 1080p screen


@dataclass(frozen=True)
class Theme:
    scale: float
    families: tuple[str, ...]

    @classmethod
    def for_size(cls, width: int, height: int, language: Language) -> Theme:
        scale = max(0.7, min(width / 1920, height / 1080))
        return cls(scale, language.fonts)

    def px(self, size: float) -> int:
        return round(size * self.scale)

    def target(self, size: float) -> int:
        """A touch target's size: scaled, but never below the physical minimum."""
        return max(MIN_TARGET_PX, self.px(size))

    def font(self, size: float, bold: bool = False, minimum: int = 20) -> QFont:
        font = QFont()
        font.setFamilies(list(self.families))
        font.setPixelSize(max(minimum, self.px(size)))
        font.setWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        return font

    # Text roles, in pixels at 1080p.
    @property
    def body(self) -> QFont:
        return self.font(31, minimum=24)

    @property
    def small(self) -> QFont:
        return self.font(25)

    @property
    def heading(self) -> QFont:
        return self.font(46, bold=True)

    @property
    def tile_title(self) -> QFont:
        return self.font(34, bold=True)

    @property
    def button(self) -> QFont:
        return self.font(30, bold=True)


STYLE = f"""
QWidget#kiosk {{ background: {PAPER}; color: {INK}; }}
QLabel {{ color: {INK}; background: transparent; }}
QLabel[role="muted"] {{ color: {MUTED}; }}
QFrame#topbar {{ background: {NAVY}; border-bottom: 6px solid {GOLD}; }}
QFrame#topbar QLabel {{ color: white; }}
QPushButton {{
    background: {NAVY}; color: white; border: 3px solid {NAVY}; border-radius: 14px;
    padding: 6px 22px;
}}
QPushButton:pressed {{ background: {NAVY_PRESSED}; }}
QPushButton:disabled {{ background: #8A93A0; border-color: #8A93A0; color: #FFFFFF; }}
QFrame#topbar QPushButton {{ background: transparent; border: 3px solid white; }}
QFrame#topbar QPushButton:pressed {{ background: {NAVY_PRESSED}; }}
QPushButton#tile {{
    background: {CARD}; color: {INK}; border: 3px solid {NAVY}; border-radius: 16px;
    text-align: left; padding: 0px;
}}
QPushButton#tile:pressed {{ background: {TILE_PRESSED}; }}
QPushButton#tile QLabel {{ color: {INK}; }}
QWidget#grid {{ background: transparent; }}
QFrame#panel {{ background: {CARD}; border: 2px solid #C9C2B3; border-radius: 16px; }}
QFrame#note {{ background: {NOTE_BG}; border: 3px solid {NOTE_BORDER}; border-radius: 12px; }}
QTextBrowser {{ background: transparent; border: none; color: {INK}; }}
QWidget#overlay QLabel {{ color: white; }}
QFrame#dialog {{ background: {CARD}; border: 4px solid {NAVY}; border-radius: 20px; }}
QFrame#dialog QLabel {{ color: {INK}; }}
"""
