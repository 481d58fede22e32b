"""Content a finger drags (Qt's kinetic QScroller), whose buttons a tap still presses."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QScroller, QScrollerProperties, QWidget


def make_kinetic(area: QAbstractScrollArea) -> None:
    """A finger drags the area's content; a tap on a button in it still presses that button.

    Qt's scroller would hold a press back (MousePressEventDelay) and, when no drag follows,
    send it again to `QApplication.widgetAt` the press's screen position. That lookup goes
    through the screens Qt knows: where none is reported under the point (a window reaching past
    its screen's geometry, as a 1920x1080 window on the test platform's 800x800 screen), it
    finds nothing, the press is dropped while its release goes through, and the tap does
    nothing. So the press goes straight to the button, as where nothing scrolls, and a drag
    that turns into a scroll lets the pressed button go (`_let_go_on_scroll`): a swipe never clicks."""
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    viewport = area.viewport()
    QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    scroller = QScroller.scroller(viewport)
    props = scroller.scrollerProperties()
    props.setScrollMetric(QScrollerProperties.ScrollMetric.MousePressEventDelay, 0)
    props.setScrollMetric(QScrollerProperties.ScrollMetric.OvershootDragResistanceFactor, 0.3)
    props.setScrollMetric(QScrollerProperties.ScrollMetric.OvershootScrollDistanceFactor, 0.1)
    policy = QScrollerProperties.OvershootPolicy.OvershootAlwaysOff
    props.setScrollMetric(QScrollerProperties.ScrollMetric.HorizontalOvershootPolicy, policy)
    scroller.setScrollerProperties(props)
    scroller.stateChanged.connect(lambda state: _let_go_on_scroll(viewport, state))


def _let_go_on_scroll(viewport: QWidget, state: QScroller.State) -> None:
    """A press that became a drag: the button under it is no longer down, so it neither looks
    pressed nor clicks (the scroller takes the drag's moves and its release in any case). A
    finger put down on content coasting fast is taken by the scroller whole (it drags), and
    reaches no button; on content coasting slower than MaximumClickThroughVelocity it taps."""
    if state not in (QScroller.State.Dragging, QScroller.State.Scrolling):
        return
    for button in viewport.findChildren(QAbstractButton):
        if button.isDown():
            button.setDown(False)
