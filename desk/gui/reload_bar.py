"""A bar above the texts that says the open document changed in another desk (a witness
added or taken away by `desk import` beside the window) and offers to reload it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton


class ReloadBar(QFrame):
    """Hidden until `offer` is called; Reload emits `reload_requested`, Later hides it."""

    reload_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("ReloadBar { background: #fff4c2; }")
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.reload_button = QPushButton(self.tr("Reload (F5)"))
        self.reload_button.clicked.connect(self._reload)
        reload_key = QShortcut(QKeySequence(Qt.Key.Key_F5), self)
        reload_key.setContext(Qt.ShortcutContext.WindowShortcut)
        reload_key.activated.connect(self._reload_if_offered)
        later = QPushButton(self.tr("Later"))
        later.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.reload_button)
        layout.addWidget(later)
        self.hide()

    def offer(self, message: str) -> None:
        """Show the message with the offer to reload."""
        self.label.setText(message)
        self.show()

    def _reload_if_offered(self) -> None:
        if self.isVisible():
            self._reload()

    def _reload(self) -> None:
        self.hide()
        self.reload_requested.emit()
