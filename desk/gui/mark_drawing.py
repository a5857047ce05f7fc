"""Drawing over a pane's text: the caret of an omission, the sign of a line break, and
the label of a moved passage, placed where it covers no text."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QTextBlock,
    QTextLine,
)
from PySide6.QtWidgets import QPlainTextEdit

from desk.gui.style import MOVE_COLOUR, MOVE_LABEL_COLOUR


def draw_caret(painter: QPainter, rect: QRectF, colour: QColor, strong: bool) -> None:
    """A thin bar between two characters with a wedge under it at the baseline: ‸."""
    x = rect.left()
    # Wide enough to catch the eye between two characters: a 2 px bar was easy to miss.
    scale = max(1.0, rect.height() / 22)
    painter.setPen(QPen(colour, (3.2 if strong else 2.2) * scale))
    painter.drawLine(QPointF(x, rect.top() + 2), QPointF(x, rect.bottom() - 2))
    wedge = (6.5 if strong else 5.0) * scale
    base = rect.bottom()  # inside its own line: the next line's text stays clear
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawPolygon(
        QPolygonF(
            [
                QPointF(x - wedge, base),
                QPointF(x + wedge, base),
                QPointF(x, base - wedge * 1.2),
            ]
        )
    )


def draw_break(
    painter: QPainter,
    rect: QRectF,
    colour: QColor,
    strong: bool,
    metrics: QFontMetricsF,
    viewport_width: int,
) -> None:
    """⏎ just after the end of the line a line break ends (drawn, so that it never
    depends on a font having the sign)."""
    height = metrics.ascent() * 0.7
    sign_width = height * 0.9
    room = viewport_width - sign_width - 2
    x = min(rect.left() + 3, room)
    top = rect.top() + (rect.height() - height) / 2
    low = top + height * 0.75
    path = QPainterPath(QPointF(x + sign_width, top))
    path.lineTo(x + sign_width, low)
    path.lineTo(x, low)
    path.moveTo(x + sign_width * 0.35, low - height * 0.3)
    path.lineTo(x, low)
    path.lineTo(x + sign_width * 0.35, low + height * 0.3)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(colour, 1.8 if strong else 1.2))
    painter.drawPath(path)


def draw_move_label(
    editor: QPlainTextEdit, painter: QPainter, position: int, label: str
) -> QRectF | None:
    """The label of a moved passage, small, at the right end of the line above its
    start (a passage starts a paragraph, so the line above ends short), or of its
    first line if that has more room; shortened to the room there, never over text."""
    block = editor.document().findBlock(position)
    if not block.isValid() or block.layout() is None or block.layout().lineCount() == 0:
        return None
    line = block.layout().lineForTextPosition(position - block.position())
    if not line.isValid():
        return None
    font = QFont(editor.font())
    font.setPointSizeF(max(6.0, font.pointSizeF() * 0.72))
    metrics = QFontMetricsF(font)
    gap = QFontMetricsF(editor.font()).height()  # room for a ⏎ after the line's text
    right = editor.viewport().width() - 3
    best: tuple[float, QRectF, str] | None = None
    # ↓ over the line above points down at the passage; ⇄ beside its own first line.
    for candidate, sign in ((_line_above(block, line), "↓ "), ((block, line), "⇄ ")):
        where = None if candidate is None else _line_geometry(editor, *candidate)
        if where is None:
            continue
        top, height, text_end = where
        if top + height < 0 or top > editor.viewport().height():
            continue
        room = right - (text_end + gap)
        if best is None or room > best[0]:
            best = (room, QRectF(text_end + gap, top, room, height), sign)
        if room >= metrics.horizontalAdvance(sign + label) + 8:
            break
    if best is None or best[0] < metrics.horizontalAdvance(best[2] + "…") + 8:
        return None  # no room anywhere near: the passage's tooltip says it
    room, line_rect, sign = best
    shown = metrics.elidedText(sign + label, Qt.TextElideMode.ElideRight, room - 8)
    width = metrics.horizontalAdvance(shown) + 8
    box = QRectF(right - width, 0, width, metrics.height() + 2)
    box.moveCenter(QPointF(box.center().x(), line_rect.center().y()))
    painter.setPen(QPen(MOVE_LABEL_COLOUR.lighter(170), 0.8))  # set off from the tint
    painter.setBrush(MOVE_COLOUR)
    painter.drawRoundedRect(box, 4, 4)
    painter.setFont(font)
    painter.setPen(MOVE_LABEL_COLOUR)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, shown)
    return box


def _line_above(block: QTextBlock, line: QTextLine) -> tuple[QTextBlock, QTextLine] | None:
    """(block, line) of the line shown just above `line` of `block`, if any."""
    if line.lineNumber() > 0:
        return block, block.layout().lineAt(line.lineNumber() - 1)
    previous = block.previous()
    if not previous.isValid() or previous.layout() is None:
        return None
    count = previous.layout().lineCount()
    return (previous, previous.layout().lineAt(count - 1)) if count else None


def _line_geometry(
    editor: QPlainTextEdit, block: QTextBlock, line: QTextLine
) -> tuple[float, float, float] | None:
    """(top, height, where its text ends) of a shown line, in viewport coordinates."""
    if not line.isValid():
        return None
    geometry = editor.blockBoundingGeometry(block).translated(editor.contentOffset())
    end = geometry.left() + line.x() + line.naturalTextWidth()
    return geometry.top() + line.y(), line.height(), end
