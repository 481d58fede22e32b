"""Colours, sizes and fonts in one place.

Layout sizes are named for their role (`Layout`, read as `theme.layout`) and stated in
millimetres as drawn on the reference screen (24 inches, 1920x1080); they scale with the
window as the text does, so that every screen keeps its proportions and fits. Physical
minimums hold on any screen: touch targets at least 15 mm a side, the gap between them at
least 3 mm, body text with a cap height of at least 4.8 mm, converted with the screen's real
pixels per millimetre (`kiosk.display.physical`). Large text multiplies the fonts by 1.5, a
heading's by 1.15 (the room goes to the text); a script that looks small at a size (Arabic's,
Khmer) is set larger (`Language.optical_scale`); high contrast swaps the palette. Every text
colour reaches 7:1 against what it sits on, in both palettes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from functools import cached_property

from PySide6.QtGui import QColor, QFont, QScreen

from kiosk.display.arrangement import is_portrait
from kiosk.display.palettes import HIGH_CONTRAST, NORMAL, Palette
from kiosk.display.physical import MIN_CAP_HEIGHT_MM, MIN_GAP_MM, MIN_TARGET_MM, REFERENCE_PX_PER_MM
from kiosk.display.physical import px_per_mm as physical_px_per_mm
from kiosk.font_face import face
from kiosk.i18n.languages import Language

LARGE_TEXT = 1.5
HEADING_GROWTH = 1.15  # the most large text enlarges a heading (see Theme.heading)
PARAGRAPH_GAP_EM = 0.8  # after a paragraph of card text, in ems of its font: well over a line's
LIST_ITEM_GAP_EM = 0.3  # ... and between the items of a list, which hold together
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
class Strokes:
    """The window's style sheet's lines and corners, in pixels. The sheet is one per palette
    (restyling the whole window is slow), so these do not scale with it; at 0.7 of 1080p a
    3 px border is still a line a visitor sees."""

    border: int = 3  # a button's or tile's outline
    panel_border: int = 2  # the card's panel: quieter than the tiles beside it
    dialog_border: int = 4  # a message over the screen
    rule: int = 6  # the accent line under the top bar
    focus: int = 6  # the keypad's focus ring on a button
    tile_focus: int = 8  # ... and on a tile, which is larger
    button_radius: int = 14
    tile_radius: int = 16  # tiles and the card's panel
    dialog_radius: int = 20
    prompt_radius: int = 24  # the attract screen's pill
    button_pad_y: int = 6  # inside a text button, around its text
    button_pad_x: int = 22
    bar_pad_x: int = 12  # ... in the top bar, where six buttons and a title share a row


STROKES = Strokes()


@dataclass(frozen=True)
class Layout:
    """The screens' sizes in pixels, named for their role: a screen's code reads these and
    states no number of its own (tests/ui/test_layout_tokens.py holds it to that).

    Each is given in millimetres as drawn on the reference screen (24 inches, 1920x1080, see
    `kiosk.display.physical`) and scales with the window, as the text does: the room around
    the text keeps its proportion to it. Where a physical minimum holds, this screen's own
    pixels per millimetre set the floor: a touch target is at least 15 mm a side and the gap
    between two targets at least 3 mm. Large text enlarges the text, not the room around it:
    at 1.5 times the screens need every pixel for the words.
    """

    # Along the screen's edges.
    screen_margin: int  # beside a grid of tiles and its intro, around the staff screen
    grid_margin_y: int  # above and below a grid of tiles
    intro_top: int  # above a menu's line of guidance
    card_margin: int  # beside and below a card
    card_top: int  # above a card's title
    attract_margin: int
    unavailable_margin: int
    dialog_edge: int  # the least room between a message and the window's edge
    # Between things.
    tile_gap: int  # between tiles (targets)
    card_gap: int  # between a card's text and its panel (or band, in portrait)
    text_gap: int  # between a card's title, note and text; the text and its scroll buttons
    panel_gap: int  # between the panel's columns, and between Print and Listen (targets)
    panel_line_gap: int  # between the panel's lines
    action_top: int  # above the row of Print and Listen
    bar_gap: int  # between the top bar's buttons (targets) and its title
    button_gap: int  # between the staff screen's buttons (targets)
    staff_line_gap: int  # between the staff screen's heading, lines and buttons
    key_gap: int  # between the PIN pad's keys (targets)
    dialog_gap: int  # between a message's heading, text, number and button
    pad_line_gap: int  # between the PIN pad's heading, dots, message and keys
    attract_gap: int
    unavailable_gap: int
    summary_gap: int  # between a tile's title and its line
    attract_cell_gap: int  # between the attract screen's lines in every language
    # Inside things.
    tile_pad_x: int
    tile_pad_y: int
    panel_pad: int  # inside the card's panel
    bar_pad_x: int
    bar_pad_top: int
    bar_pad_bottom: int  # more below: the accent rule takes some of it
    dialog_pad: int  # inside a message
    pin_pad_pad: int  # inside the PIN pad
    prompt_pad: int  # inside the attract screen's pill (twice this beside the words)
    wrap_slack: int  # added to a line's measured width, so that rounding does not wrap it
    # Parts.
    stripe_width: int  # the attract screen's accent stripe
    stripe_height: int
    attract_hand: int  # the attract screen's pictogram of a hand touching the screen
    tile_pictogram: int  # a topic's pictogram on its tile
    top_pictogram: int  # ... at the top of its cards and of a card
    qr: int  # a card's QR code, landscape
    qr_band: int  # ... in the band across a portrait screen
    qr_large: int  # ... in large text, where the text needs the height: never below 30 mm
    dialog_least: int  # the narrowest a message gets, on a very small window
    ring: int  # the idle warning's ring that runs down (its side), the seconds inside it
    ring_stroke: int  # ... the width of its line
    # Touch targets: never below 15 mm on this screen.
    bar_button: int  # Back, Home, Language, and the square display toggles
    scroll_button: int  # a card's Scroll up and Scroll down (square)
    action_button: int  # Print and Listen (their height; the width is the label's)
    staff_button: int
    key: int  # a PIN pad key (square)
    dialog_button_width: int
    dialog_button_height: int
    tile: int  # a tile's least height
    # Icons: a share of the button they sit on.
    bar_icon: int
    toggle_icon: int
    scroll_icon: int
    action_icon: int
    volume_icon: int  # Quieter and Louder: alone on a square button as tall as Listen
    mark_icon: int  # the tick on the picker's tile of the language in use
    mark_inset: int  # ... from the tile's corner

    @classmethod
    def of(cls, theme: Theme) -> Layout:
        def size(mm: float) -> int:
            return theme.scaled_mm(mm)

        def gap(mm: float) -> int:
            return max(theme.mm(MIN_GAP_MM), size(mm))

        def target(mm: float) -> int:
            return max(theme.mm(MIN_TARGET_MM), size(mm))

        # The millimetres are chosen so that the reference screen draws what it drew when
        # these were numbers of pixels (given after each: its pixels at 1080p).
        bar_button, scroll_button, action_button = target(23.25), target(24.4), target(27.75)  # 84, 88, 100
        return cls(
            screen_margin=size(13.25),  # 48
            grid_margin_y=size(10),  # 36
            intro_top=size(7.75),  # 28
            card_margin=size(11),  # 40
            card_top=size(7.75),  # 28
            attract_margin=size(22),  # 80
            unavailable_margin=size(16.5),  # 60
            dialog_edge=size(5.5),  # 20
            tile_gap=gap(7.75),  # 28
            card_gap=size(7.75 if theme.portrait else 11),  # 28, 40
            text_gap=size(5.5),  # 20
            panel_gap=gap(7.75),  # 28
            panel_line_gap=size(3.85),  # 14
            action_top=size(3.25),  # 12
            bar_gap=gap(5.5),  # 20
            button_gap=gap(6.75),  # 24
            staff_line_gap=size(5.5),  # 20
            key_gap=gap(4.5),  # 16
            dialog_gap=size(7.75),  # 28
            pad_line_gap=size(5),  # 18
            attract_gap=size(8.25),  # 30
            unavailable_gap=size(6.75),  # 24
            summary_gap=size(1.75),  # 6
            attract_cell_gap=size(4.5),  # 16
            tile_pad_x=size(6.75),  # 24
            tile_pad_y=size(5),  # 18
            panel_pad=size(7.75),  # 28
            bar_pad_x=size(6.75),  # 24
            bar_pad_top=size(3.85),  # 14
            bar_pad_bottom=size(5.5),  # 20
            dialog_pad=size(13.25),  # 48
            pin_pad_pad=size(10),  # 36
            prompt_pad=size(10),  # 36
            wrap_slack=size(2.25),  # 8
            stripe_width=size(66.5),  # 240
            stripe_height=size(2.25),  # 8
            attract_hand=size(30.5),  # 110
            tile_pictogram=size(19.5),  # 70
            top_pictogram=size(15.5),  # 56
            qr=size(91.25),  # 330
            qr_band=size(83),  # 300
            qr_large=max(theme.mm(30), size(44.25)),  # 160; at 30 mm a phone reads it at arm's length
            dialog_least=size(83),  # 300
            ring=size(52),  # 189
            ring_stroke=size(4.5),  # 16
            bar_button=bar_button,
            scroll_button=scroll_button,
            action_button=action_button,
            staff_button=target(26.5),  # 96
            key=target(30.5),  # 110
            dialog_button_width=target(99.5),  # 360
            dialog_button_height=target(30.5),  # 110
            tile=target(36.5),  # 132
            bar_icon=round(bar_button * 0.5),
            toggle_icon=round(bar_button * 0.6),  # alone on its button: larger
            scroll_icon=round(scroll_button * 0.6),
            action_icon=round(action_button * 0.45),  # beside a word
            volume_icon=round(action_button * 0.6),
            mark_icon=size(9.5),  # 34
            mark_inset=size(2.25),  # 8
        )


@dataclass(frozen=True)
class Rhythm:
    """The vertical spacing of card text, in pixels: a wrapped line must not read as a new
    paragraph, so a paragraph's gap is well over the room between two of its lines."""

    line: int  # baseline to baseline
    paragraph: int  # added after a paragraph
    list_item: int  # added after an item of a list (its last: a paragraph's)


@dataclass(frozen=True)
class Theme:
    scale: float
    families: tuple[str, ...]
    px_per_mm: float = REFERENCE_PX_PER_MM
    text_scale: float = 1.0
    palette: Palette = NORMAL
    room: tuple[int, int] = (1920, 1080)  # the screens' width and height: their orientation
    ink_overflow: tuple[float, float] = (0.0, 0.0)  # ink beyond the line box, in ems (Language)
    optical_scale: float = 1.0  # the script's text this much larger, to look as large (Language)
    line_pitch: float = 1.45  # card text's baseline to baseline, in ems (Language)
    # Standing in front of a tall screen: the rows at the top of the screens' room that are out
    # of reach (above 1220 mm), for text to read at eye height; no control may sit there
    # (kiosk/ui/standing.py). 0: every row is within reach.
    reach_top: int = 0

    @property
    def portrait(self) -> bool:
        return is_portrait(*self.room)

    @property
    def standing(self) -> bool:
        """Text high, controls low: the screen reaches above a standing visitor's reach."""
        return self.reach_top > 0

    @classmethod
    def for_size(
        cls,
        width: int,
        height: int,
        language: Language,
        px_per_mm: float = REFERENCE_PX_PER_MM,
        large: bool = False,
        contrast: bool = False,
        reach_top: int = 0,
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
            language.optical_scale,
            language.line_pitch,
            reach_top,
        )

    def for_language(self, language: Language) -> Theme:
        """The same sizes and colours, in the fonts of another language's script."""
        return replace(
            self,
            families=language.fonts,
            ink_overflow=language.ink_overflow,
            optical_scale=language.optical_scale,
            line_pitch=language.line_pitch,
        )

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
        """A size in pixels at 1080p, scaled with the window (the text roles' sizes)."""
        return round(size * self.scale)

    def scaled_mm(self, millimetres: float) -> int:
        """A size in millimetres as drawn on the reference screen, scaled with the window."""
        return round(millimetres * REFERENCE_PX_PER_MM * self.scale)

    @cached_property
    def layout(self) -> Layout:
        """This theme's named sizes (worked out once: a frozen theme's never change)."""
        return Layout.of(self)

    def target(self, size: float) -> int:
        """A touch target's size: scaled, but never below 15 mm on this screen."""
        return max(self.mm(MIN_TARGET_MM), self.px(size))

    def font(
        self, size: float, bold: bool = False, minimum: int = 20, grows: bool = True, most: float = LARGE_TEXT
    ) -> QFont:
        """`grows`: whether large text enlarges it (the top bar's labels are large already,
        and stay put so that every control stays on the screen); `most`: by at most this much.
        In the script's optical size (a Khmer or Arabic text a little larger, to look as large)."""
        font = face(self.families, bold)
        growth = min(self.text_scale, most) if grows else 1
        font.setPixelSize(round(max(minimum, self.px(size)) * growth * self.optical_scale))
        return font

    def rhythm(self, font: QFont) -> Rhythm:
        """Card text's spacing in `font`: its lines, paragraphs and list items."""
        size = font.pixelSize()
        return Rhythm(
            line=round(size * self.line_pitch),
            paragraph=round(size * PARAGRAPH_GAP_EM),
            list_item=round(size * LIST_ITEM_GAP_EM),
        )

    @property
    def shade(self) -> QColor:
        return shade_of(self.palette)

    # Text roles, in pixels at 1080p.
    @property
    def _least_body(self) -> int:
        """The least size of reading text: a capital at least 4.8 mm tall on this screen."""
        return max(24, round(self.mm(MIN_CAP_HEIGHT_MM) / CAP_HEIGHT_EM))

    @property
    def body(self) -> QFont:
        return self.font(31, minimum=self._least_body)

    @property
    def small(self) -> QFont:
        return self.font(25)

    @property
    def heading(self) -> QFont:
        # Large text is for the reading: the heading, large already, grows a little, so that
        # the card's text keeps the height (a Khmer heading at 1.5 took four lines of 1280x720).
        return self.font(46, bold=True, most=HEADING_GROWTH)

    @property
    def button(self) -> QFont:
        return self.font(30, bold=True)

    @property
    def bar_button(self) -> QFont:
        return self.font(30, bold=True, grows=False)


def style_sheet(p: Palette, s: Strokes = STROKES) -> str:
    """The window's one style sheet (one sheet: widgets are not polished again on each build)."""
    return f"""
QWidget#kiosk {{ background: {p.paper}; color: {p.ink}; }}
QLabel {{ color: {p.ink}; background: transparent; }}
QLabel[role="muted"] {{ color: {p.muted}; }}
QLabel#prompt {{ background: {p.bar}; color: {p.bar_text}; border-radius: {s.prompt_radius}px; }}
QFrame#stripe {{ background: {p.accent}; }}
QFrame#topbar {{ background: {p.bar}; border-bottom: {s.rule}px solid {p.accent}; }}
QFrame#topbar[low="true"] {{ border-bottom: none; border-top: {s.rule}px solid {p.accent}; }}
QFrame#topbar QLabel {{ color: {p.bar_text}; }}
QPushButton {{
    background: {p.bar}; color: {p.bar_text};
    border: {s.border}px solid {p.bar}; border-radius: {s.button_radius}px;
    padding: {s.button_pad_y}px {s.button_pad_x}px;
}}
QPushButton:pressed {{ background: {p.pressed}; color: {p.pressed_text}; }}
QPushButton:disabled {{ background: {p.disabled}; border-color: {p.disabled}; color: {p.disabled_text}; }}
QPushButton[keyring="true"]:focus {{ border: {s.focus}px solid {p.focus_on_bar}; }}
QPushButton#scroll:disabled {{ background: transparent; border: {s.border}px dashed {p.muted}; }}
QFrame#topbar QPushButton {{
    background: transparent; border: {s.border}px solid {p.bar_text};
    padding: {s.button_pad_y}px {s.bar_pad_x}px;
}}
QFrame#topbar QPushButton:pressed {{ background: {p.pressed}; color: {p.pressed_text}; }}
QFrame#topbar QPushButton:checked {{ background: {p.bar_text}; color: {p.bar}; }}
QFrame#topbar QPushButton[keyring="true"]:focus {{ border: {s.focus}px solid {p.focus_on_bar}; }}
QPushButton#tile {{
    background: {p.card}; color: {p.ink};
    border: {s.border}px solid {p.border}; border-radius: {s.tile_radius}px;
    text-align: left; padding: 0px;
}}
QPushButton#tile:pressed {{ background: {p.tile_pressed}; }}
QPushButton#tile[current="true"] {{ border: {s.tile_focus}px solid {p.ink}; }}
QPushButton#tile[keyring="true"]:focus {{ border: {s.tile_focus}px solid {p.focus}; }}
QPushButton#tile QLabel {{ color: {p.ink}; }}
QWidget#grid {{ background: transparent; }}
QFrame#panel {{
    background: {p.card}; border: {s.panel_border}px solid {p.border}; border-radius: {s.tile_radius}px;
}}
QTextBrowser {{ background: transparent; border: none; color: {p.ink}; }}
QWidget#overlay QLabel {{ color: {p.bar_text}; }}
QFrame#dialog {{
    background: {p.card}; border: {s.dialog_border}px solid {p.border};
    border-radius: {s.dialog_radius}px;
}}
QFrame#dialog QLabel {{ color: {p.ink}; }}
QFrame#dialog QPushButton[role="quiet"] {{ background: {p.card}; color: {p.ink}; border-color: {p.border}; }}
QFrame#dialog QPushButton[role="quiet"]:pressed {{ background: {p.tile_pressed}; color: {p.ink}; }}
QFrame#dialog QPushButton[role="quiet"][keyring="true"]:focus {{ border: {s.focus}px solid {p.focus}; }}
"""


STYLE = style_sheet(NORMAL)
