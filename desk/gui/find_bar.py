"""The Find bar under the texts: type to highlight every hit in every pane; Enter or F3
goes to the next hit in the pane last used, Shift+Enter or Shift+F3 to the one before,
Escape closes it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import QObject


class FindBar(QWidget):
    """A search field with its count and buttons; hidden until `open` is called."""

    changed = Signal(str)
    next_requested = Signal()
    previous_requested = Signal()
    closed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Find in the texts"))
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self.changed)
        self.field.installEventFilter(self)
        self.count = QLabel()
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        previous = QPushButton(self.tr("Previous"))
        previous.setToolTip(self.tr("{key} or {other}").format(key="Shift+F3", other="Shift+Enter"))
        previous.clicked.connect(self.previous_requested)
        following = QPushButton(self.tr("Next"))
        following.setToolTip(self.tr("{key} or {other}").format(key="F3", other="Enter"))
        following.clicked.connect(self.next_requested)
        close = QPushButton(self.tr("Close"))
        close.setToolTip("Escape")
        close.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(QLabel(self.tr("Find:")))
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count)
        layout.addWidget(previous)
        layout.addWidget(following)
        layout.addWidget(close)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.hide()

    def open(self, text: str = "") -> None:
        """Show the bar with the field ready to type in (holding `text` if given)."""
        if text:
            self.field.setText(text)
        self.show()
        self.field.setFocus()
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def set_count(self, current: int | None, total: int) -> None:
        """Say which hit is shown of how many (in the pane Find goes through)."""
        if not self.field.text():
            self.count.setText("")
        elif total == 0:
            self.count.setText(self.tr("not found"))
        elif current is None:
            self.count.setText(self.tr("%n found", "", total))
        else:
            self.count.setText(
                self.tr("{current} of {total}").format(current=current + 1, total=total)
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                (self.previous_requested if shift else self.next_requested).emit()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return False
