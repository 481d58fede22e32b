"""The reader's studio: one item at a time (a card as the kiosk draws it in the language, or a
sentence the kiosk speaks), large, with Record, Stop, Play back, Keep, Back and Next, a level
meter, and how much of the language is recorded.

The reader is a community member the City hires, not a programmer: the window says in plain
words what state each item is in and what to do next. Its own words are English, for the City's
staff who run the session beside the reader (docs/recording.md); what is read is in the
reader's language, drawn by the kiosk's own card screen.

Nothing here waits: the microphone and playback are child processes (takes.py), and a kept take
is trimmed, normalised and encoded by FFmpeg on a worker thread (kiosk.speech.studio.keep).
"""

from __future__ import annotations

import tempfile
import threading
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from kiosk.i18n.translator import Translator
from kiosk.speech.manifest import State
from kiosk.speech.processing import ProcessingError
from kiosk.speech.script import Item
from kiosk.speech.studio import Kept, keep, progress, state, take_in
from kiosk.ui.screens.card import CardScreen
from kiosk.ui.studio.takes import Microphone, Playback
from kiosk.ui.theme import STYLE, Theme
from kiosk.ui.widgets.plain_label import PlainLabel

METER_FLOOR_DB = -60  # the meter's left end; 0 dBFS its right

_STATES = {
    State.CURRENT: "Recorded. You can record it again, or go to the next one.",
    State.OUT_OF_DATE: "Out of date: the text changed since it was recorded. Please record it again.",
    State.UNLISTED: "Its recording cannot be checked against the text. Please record it again.",
    State.MISSING: "Not recorded yet. Press Record, read the text, then press Stop.",
}


class StudioWindow(QWidget):
    kept = Signal(object)  # from the worker thread: a Kept, or the reason (str) it failed

    def __init__(
        self,
        content_dir: Path,
        items: list[Item],
        tr: Translator,
        theme: Theme,
        from_dir: Path | None = None,
    ) -> None:
        super().__init__()
        self.content_dir, self.items, self.translator, self.theme = content_dir, items, tr, theme
        self.from_dir = from_dir
        self.lang = tr.code
        self.index = 0
        self.take: Path | None = None
        self.keeping = False
        self._scratch = tempfile.TemporaryDirectory(prefix="studio-")
        self.setWindowTitle(f"Recording studio: {tr.language.english_name}")
        self.setStyleSheet(STYLE)
        self.microphone = Microphone(self)
        self.microphone.level.connect(self._level)
        self.microphone.finished.connect(self._recorded)
        self.microphone.failed.connect(self._say)
        self.playback = Playback(self)
        self.playback.finished.connect(self._refresh)
        self.kept.connect(self._kept)
        self._build()
        self.show_item(0)

    # -- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        layout = self.theme.layout
        self.progress = PlainLabel()
        self.progress.setFont(self.theme.button)
        self.position = PlainLabel()
        self.position.setFont(self.theme.small)
        self.card = CardScreen()
        self.sentence = PlainLabel()
        self.sentence.setWordWrap(True)
        self.sentence.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sentence.setFont(self.theme.heading)
        self.shown = QStackedWidget()
        self.shown.addWidget(self.card)
        self.shown.addWidget(self.sentence)
        rtl = self.translator.language.rtl
        self.shown.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
        self.status = PlainLabel()
        self.status.setWordWrap(True)
        self.status.setFont(self.theme.small)
        self.meter = QProgressBar()
        self.meter.setRange(METER_FLOOR_DB, 0)
        self.meter.setTextVisible(False)
        self.meter.setValue(METER_FLOOR_DB)
        self.meter.setAccessibleName("Microphone level")
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.setSpacing(layout.panel_gap)
        for name, label, action in (
            ("back", "◀ Back", lambda: self.show_item(self.index - 1)),
            ("record", "● Record", self.record),
            ("stop", "■ Stop", self.stop),
            ("play", "▶ Play back", self.play),
            ("keep", "✔ Keep", self.keep),
            ("next", "Next ▶", lambda: self.show_item(self.index + 1)),
        ):
            button = QPushButton(label)
            button.setFont(self.theme.button)
            button.setMinimumHeight(layout.action_button)
            button.clicked.connect(action)
            row.addWidget(button)
            self.buttons[name] = button
        top = QHBoxLayout()
        top.addWidget(self.progress, 1)
        top.addWidget(self.position)
        column = QVBoxLayout(self)
        column.setContentsMargins(layout.card_margin, layout.card_top, layout.card_margin, layout.card_margin)
        column.setSpacing(layout.text_gap)
        column.addLayout(top)
        column.addWidget(self.shown, 1)
        column.addWidget(self.status)
        column.addWidget(self.meter)
        column.addLayout(row)

    # -- what is shown ------------------------------------------------------------------------

    @property
    def item(self) -> Item:
        return self.items[self.index]

    def show_item(self, index: int) -> None:
        if self.microphone.recording or self.keeping:
            return
        self.playback.stop()
        self.index = max(0, min(index, len(self.items) - 1))
        self.take = None
        item = self.item
        if item.view is not None:
            self.card.show_card(item.view, self.translator, self.theme)
            self.card.show_listen(False, False, self.translator, self.theme)
            self.card.show_print(False)
            self.shown.setCurrentWidget(self.card)
        else:
            self.sentence.setText(item.text)
            self.shown.setCurrentWidget(self.sentence)
        cards = [i for i in self.items if i.is_card]
        if item.is_card:
            self.position.setText(f"Card {cards.index(item) + 1} of {len(cards)}")
        else:
            said = [i for i in self.items if not i.is_card]
            self.position.setText(f"Sentence {said.index(item) + 1} of {len(said)}")
        self._say(self._state_text())
        self._refresh()

    def _state_text(self) -> str:
        if not self.item.in_language:
            return "This is shown in English in this language (not translated yet): nothing to record."
        return _STATES[state(self.content_dir, self.item, self.lang)]

    def _refresh(self) -> None:
        recording, busy = self.microphone.recording, self.keeping
        can_record = self.item.in_language and not busy
        enable = {
            "back": not recording and not busy and self.index > 0,
            "record": can_record and not recording,
            "stop": recording or self.playback.playing,
            "play": not recording and not busy and self._to_play() is not None,
            "keep": not recording and not busy and self.take is not None,
            "next": not recording and not busy and self.index < len(self.items) - 1,
        }
        for name, on in enable.items():
            self.buttons[name].setEnabled(on)
        self.progress.setText(progress(self.content_dir, self.items, self.lang).sentence())

    def _to_play(self) -> Path | None:
        """The take not yet kept, else the recording kept before."""
        if self.take is not None:
            return self.take
        from kiosk.speech.recordings import recording_file

        return recording_file(self.content_dir, self.item.id, self.lang)

    def _say(self, text: str) -> None:
        self.status.setText(text)

    def _level(self, db: float) -> None:
        self.meter.setValue(max(METER_FLOOR_DB, min(0, round(db))))

    # -- the buttons ----------------------------------------------------------------------------

    def record(self) -> None:
        self.playback.stop()
        if self.from_dir is not None:
            take = take_in(self.from_dir, self.item)
            if not take.is_file():
                self._say(f"No take for this item: {take} is missing.")
                return
            self._recorded(take)
            return
        self.take = None
        self.microphone.start(Path(self._scratch.name) / "take.wav")
        self._say("Recording… Read the text, then press Stop.")
        self._refresh()

    def stop(self) -> None:
        if self.microphone.recording:
            self.microphone.stop()
            self._say("Finishing the take…")
        self.playback.stop()
        self._refresh()

    def _recorded(self, take: object) -> None:
        self.meter.setValue(METER_FLOOR_DB)
        if not isinstance(take, Path):
            self._say("Nothing was recorded. Check the microphone and press Record again.")
        else:
            self.take = take
            self._say("Press Play back to listen. If it is good, press Keep; if not, Record again.")
        self._refresh()

    def play(self) -> None:
        path = self._to_play()
        if path is not None:
            self.playback.play(path)
            self._refresh()

    def keep(self) -> None:
        take, item = self.take, self.item
        if take is None or self.keeping:
            return
        self.playback.stop()
        self.keeping = True
        self._say("Saving the take…")
        self._refresh()

        def work() -> None:
            try:
                self.kept.emit(keep(self.content_dir, item, self.lang, take))
            except (ProcessingError, OSError) as err:
                self.kept.emit(str(err))

        threading.Thread(target=work, name="studio-keep", daemon=True).start()

    def _kept(self, result: object) -> None:
        self.keeping = False
        if isinstance(result, Kept):
            self.take = None
            self._say(f"Kept. {_STATES[State.CURRENT]}")
        else:
            self._say(f"Not kept: {result}")
        self._refresh()

    def closeEvent(self, event: object) -> None:  # noqa: N802 - Qt API
        self.microphone.stop_now()
        self.playback.stop()
        self._scratch.cleanup()
        super().closeEvent(event)  # type: ignore[arg-type]
