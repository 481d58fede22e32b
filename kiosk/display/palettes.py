"""The two colour sets: the calm normal one and high contrast. Every pair of text and what it
sits on is listed in `text_pairs`, so a test holds each to 7:1 (WCAG 1.4.6)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Palette:
    name: str
    paper: str  # the window's background
    ink: str  # body text on paper and on cards
    card: str  # tiles, panels, dialogs
    muted: str  # secondary text on paper and cards
    bar: str  # top bar and primary buttons
    bar_text: str  # text and icons on the bar and on buttons
    pressed: str  # a button while pressed
    pressed_text: str
    tile_pressed: str  # a tile while pressed
    border: str  # tile and panel borders
    accent: str  # a decorative stripe, never behind text
    note: str  # the "shown in English" note
    note_border: str
    disabled: str
    disabled_text: str
    focus: str  # the keypad focus ring on paper and cards
    focus_on_bar: str  # the same ring on the top bar and on buttons
    shade: str  # behind overlays (drawn at 85% opacity)

    def text_pairs(self) -> list[tuple[str, str, str]]:
        """(what, foreground, background) for every text the kiosk draws."""
        return [
            ("body on paper", self.ink, self.paper),
            ("body on card", self.ink, self.card),
            ("muted on paper", self.muted, self.paper),
            ("muted on card", self.muted, self.card),
            ("button text", self.bar_text, self.bar),
            ("pressed button", self.pressed_text, self.pressed),
            ("pressed tile", self.ink, self.tile_pressed),
            ("note", self.ink, self.note),
            ("disabled button", self.disabled_text, self.disabled),
        ]

    def ring_pairs(self) -> list[tuple[str, str, str]]:
        """The focus ring against what surrounds it: a graphic, so 3:1 (WCAG 1.4.11), though
        ours reach more."""
        return [
            ("focus ring on paper", self.focus, self.paper),
            ("focus ring on card", self.focus, self.card),
            ("focus ring on bar", self.focus_on_bar, self.bar),
        ]


NORMAL = Palette(
    name="normal",
    paper="#F6F3EC",
    ink="#14202E",
    card="#FFFFFF",
    muted="#33404F",
    bar="#1C355E",
    bar_text="#FFFFFF",
    pressed="#0F2240",
    pressed_text="#FFFFFF",
    tile_pressed="#DDE6F3",
    border="#1C355E",
    accent="#B88A1B",
    note="#FFF4CC",
    note_border="#8A6A00",
    disabled="#4A5563",
    disabled_text="#FFFFFF",
    focus="#B34700",
    focus_on_bar="#FFC83D",
    shade="#0A1423",
)

HIGH_CONTRAST = Palette(
    name="high contrast",
    paper="#000000",
    ink="#FFFFFF",
    card="#000000",
    muted="#F0F0F0",
    bar="#FFE14D",
    bar_text="#000000",
    pressed="#FFFFFF",
    pressed_text="#000000",
    tile_pressed="#303030",
    border="#FFFFFF",
    accent="#FFE14D",
    note="#1A1A1A",
    note_border="#FFE14D",
    disabled="#474747",
    disabled_text="#FFFFFF",
    focus="#00E5FF",
    focus_on_bar="#000000",
    shade="#000000",
)
