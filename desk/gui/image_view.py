"""How the page image pane shows things: the page (preview, then the sharp region over
it), the line boxes, or the plain words that stand for an image that is loading, missing
or unreadable; and how far to scroll so that boxes come into view."""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from desk.gui.image_decode import MISSING, Decoded
from desk.gui.style import CURRENT_COLOUR, MARK_COLOUR

EMPTY, LOADING = "empty", "loading"


def image_message(state: str, path: str | None, reason: str) -> str:
    """What the pane says instead of an image in this state."""
    name = os.path.basename(path) if path else ""
    if state == EMPTY:
        return QCoreApplication.translate("ImagePane", "No page image for this document.")
    if state == LOADING:
        return QCoreApplication.translate("ImagePane", "Loading the page image…") + "\n" + name
    if state == MISSING:
        text = QCoreApplication.translate("ImagePane", "The page image is missing:")
        return f"{text}\n{name}\n{os.path.dirname(path or '')}"
    text = QCoreApplication.translate("ImagePane", "The page image cannot be read:")
    return f"{text}\n{name}\n{reason}".rstrip()


def paint_page(
    painter: QPainter,
    to_view: Callable[[QRectF], QRectF],
    full: QSize,
    preview: QImage,
    sharp: Decoded | None,
    boxes: dict[bool, list[QRectF]],
) -> None:
    """The page and its boxes (full-image pixels, `to_view` maps them): the other lines'
    faintly, the current place's filled."""
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.drawImage(to_view(QRectF(QPointF(0, 0), full)), preview)
    if sharp is not None:
        painter.drawImage(to_view(QRectF(sharp.region)), sharp.image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    faint = QColor(MARK_COLOUR)
    faint.setAlpha(150)
    painter.setPen(QPen(faint, 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for box in boxes[False]:
        painter.drawRect(to_view(box))
    fill = QColor(CURRENT_COLOUR)
    fill.setAlpha(90)
    painter.setPen(QPen(CURRENT_COLOUR.darker(160), 2))
    painter.setBrush(fill)
    for box in boxes[True]:
        painter.drawRect(to_view(box).adjusted(-2, -2, 2, 2))


def paint_message(painter: QPainter, area: QRect, message: str, colour: QColor) -> None:
    """The message centred in `area`, each line shortened in the middle to fit."""
    # QPainter.drawText never reads markup: a file named <b>x</b>.png shows as that.
    metrics = painter.fontMetrics()
    lines = [
        metrics.elidedText(line, Qt.TextElideMode.ElideMiddle, area.width())
        for line in message.split("\n")
    ]
    painter.setPen(colour)
    painter.drawText(area, Qt.AlignmentFlag.AlignCenter, "\n".join(lines))


def scroll_to_show(shown: QRectF, view: QRectF) -> tuple[int, int]:
    """How far to scroll (x, y) so that `shown` (viewport coordinates) comes into `view`."""
    return (
        _scroll_along(shown.left(), shown.right(), view.left(), view.right()),
        _scroll_along(shown.top(), shown.bottom(), view.top(), view.bottom()),
    )


def _scroll_along(low: float, high: float, view_low: float, view_high: float) -> int:
    """Along one axis: nothing if [low, high] is in view; centred if it fits; else its
    start a little inside the view's."""
    if view_low <= low and high <= view_high:
        return 0
    if high - low < view_high - view_low:
        return round((low + high) / 2 - (view_low + view_high) / 2)
    return round(low - view_low - 8)
