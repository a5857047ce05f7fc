"""The history panel: every step of the curated text's history, who took it, when and how;
any of them compared side by side with the current text and restored."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QStandardItem, QStandardItemModel, QTextCharFormat
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desk.core.review.history import Step, StepState
from desk.core.text.differences import differences
from desk.gui.record_table import record_table
from desk.gui.scroll_sync import AnchorMap, ScrollSync, same_position
from desk.gui.text_pane import TextPane
from desk.gui.words import step_text

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1
REMOVED, ADDED = QColor("#ffc9c9"), QColor("#c8ecc8")


class HistoryPanel(QWidget):
    """A table of the history's steps, newest first, with Compare and Go Back."""

    compare_requested = Signal(int)
    restore_requested = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.model = QStandardItemModel()
        self.table = record_table(self.model)
        self.table.activated.connect(lambda _: self._request(self.compare_requested))
        compare = QPushButton(self.tr("Compare with Current…"))
        restore = QPushButton(self.tr("Go Back to It"))
        compare.clicked.connect(lambda: self._request(self.compare_requested))
        restore.clicked.connect(lambda: self._request(self.restore_requested))
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 2)
        bar.addStretch()
        bar.addWidget(compare)
        bar.addWidget(restore)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table)

    def set_history(self, steps: list[Step], names: dict[str, str]) -> None:
        """Show the steps, newest first; before any, the text is step 0's (`names`:
        witness id -> name as the window says it)."""
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            ["#", self.tr("Time"), self.tr("Author"), self.tr("Action"), self.tr("State")]
        )
        states = {
            StepState.APPLIED: self.tr("applied"),
            StepState.UNDONE: self.tr("undone"),
            StepState.ABANDONED: self.tr("abandoned"),
        }
        for step in reversed(steps):
            cells = [
                QStandardItem(str(step.number)),
                QStandardItem(step.created.replace("T", " ")[:19]),
                QStandardItem(step.author),
                QStandardItem(step_text(step.label, names)),
                QStandardItem(states.get(step.state, step.state)),
            ]
            cells[0].setData(step.number, NUMBER_ROLE)
            if step.state != StepState.APPLIED:
                for cell in cells:
                    cell.setForeground(QColor("#888888"))
            self.model.appendRow(cells)
        base = [
            QStandardItem("0"),
            QStandardItem(""),
            QStandardItem(""),
            QStandardItem(self.tr("Base witness as imported")),
            QStandardItem(""),
        ]
        base[0].setData(0, NUMBER_ROLE)
        self.model.appendRow(base)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)

    def _request(self, signal: SignalInstance) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            signal.emit(index.siblingAtColumn(0).data(NUMBER_ROLE))


def _painter(spans: list[tuple[int, int]], colour: QColor):
    fmt = QTextCharFormat()
    fmt.setBackground(colour)
    return lambda start, end: [(s, e, fmt) for s, e in spans if s <= end and e >= start]


class CompareDialog(QDialog):
    """The text after a step beside the current text, differences marked; Go Back
    brings it back."""

    def __init__(self, parent: QWidget, number: int, old: str, current: str, font: QFont) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("After step {number}, beside the current text").format(number=number)
        )
        removed, added, level = differences(old, current)
        left = TextPane(self.tr("After step {number}").format(number=number), font)
        right = TextPane(self.tr("Current text"), font)
        left.set_text(old)
        right.set_text(current)
        left.set_spans(_painter(removed, REMOVED), lambda: [])
        right.set_spans(_painter(added, ADDED), lambda: [])
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = buttons.addButton(
            self.tr("Go Back to Step {number}").format(number=number),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addWidget(buttons)
        self.resize(1100, 700)
        self.panes = (left, right)
        self.sync = ScrollSync()  # the same passage stays level on both sides
        self.sync.add_pane(
            "old", left.middle_position, left.show_position, same_position, same_position
        )
        self.sync.add_pane(
            "current",
            right.middle_position,
            right.show_position,
            AnchorMap([(n, o) for o, n in level]),
            AnchorMap(level),
        )
        left.scrolled.connect(lambda: self.sync.scrolled("old"))
        right.scrolled.connect(lambda: self.sync.scrolled("current"))
        self.changes = (len(removed), len(added))
