"""F2: type a reading of your own at the current place. Enter confirms, Shift+Enter
breaks the line; the witnesses' readings are shown above the field, and the dialog opens
beside the place, never over it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtCore import QObject


def shown(text: str) -> str:
    """A reading as the dialog names it: an omission as ∅, a line break as ⏎."""
    return text.replace("\n", "⏎") if text else "∅"


class ReadingDialog(QDialog):
    """The field for a typed reading, with what each witness reads there."""

    def __init__(
        self, parent: QWidget | None, current: str, readings: dict[str, str], font: QFont
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Type a reading"))
        witnesses = QLabel(
            "\n".join(
                self.tr("{witness}: {reading}").format(witness=name, reading=shown(text))
                for name, text in readings.items()
            )
        )
        witnesses.setTextFormat(Qt.TextFormat.PlainText)
        witnesses.setFont(font)
        self.field = QPlainTextEdit(current)
        self.field.setFont(font)
        self.field.setTabChangesFocus(True)
        self.field.selectAll()
        self.field.installEventFilter(self)
        self.field.setFixedHeight(self.field.fontMetrics().lineSpacing() * 3 + 12)
        hint = QLabel(self.tr("Enter confirms; Shift+Enter breaks the line."))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(witnesses)
        layout.addWidget(self.field)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.setMinimumWidth(360)

    def reading(self) -> str:
        return self.field.toPlainText()

    def place_beside(self, point: QPoint, line_height: int) -> None:
        """Open under the place at global `point` (above it if there is no room below)."""
        self.adjustSize()
        screen = QGuiApplication.screenAt(point) or QGuiApplication.primaryScreen()
        room = screen.availableGeometry()
        x = min(max(point.x() - 40, room.left()), room.right() - self.width())
        y = point.y() + line_height + 8
        if y + self.height() > room.bottom():
            y = point.y() - self.height() - 8
        self.move(x, max(y, room.top()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.KeyPress and event.key() in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        ):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.field.insertPlainText("\n")
            else:
                self.accept()
            return True
        return False
