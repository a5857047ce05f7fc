"""The annotations panel: every note of the open document, filterable by tag and author."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.core.notes.annotations import Annotation
from desk.gui.annotation_dialog import tag_text
from desk.gui.messages import plain_tooltip
from desk.gui.record_table import record_table

if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex, SignalInstance

ANNOTATION_ROLE = Qt.ItemDataRole.UserRole + 1
ANY = ""


class AnnotationsPanel(QWidget):
    """A table of notes; choosing one asks the window to go to its passage."""

    chosen = Signal(int)  # annotation id
    edit_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.tag = QComboBox()
        self.author = QComboBox()
        self.tag.currentIndexChanged.connect(self._fill)
        self.author.currentIndexChanged.connect(self._fill)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.edit_button.clicked.connect(lambda: self._request(self.edit_requested))
        self.delete_button.clicked.connect(lambda: self._request(self.delete_requested))
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 2)
        bar.addWidget(QLabel(self.tr("Tag:")))
        bar.addWidget(self.tag)
        bar.addWidget(QLabel(self.tr("Author:")))
        bar.addWidget(self.author)
        bar.addStretch()
        bar.addWidget(self.edit_button)
        bar.addWidget(self.delete_button)
        self.model = QStandardItemModel()
        self.table = record_table(self.model)
        self.table.clicked.connect(self._clicked)
        self.table.activated.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self._rows: list[tuple[Annotation, str, bool]] = []

    def set_annotations(self, rows: list[tuple[Annotation, str, bool]]) -> None:
        """(annotation, where it is: a pane's title, whether its passage is found)."""
        self._rows = rows
        for combo, values, shown in (
            (self.tag, sorted({t for a, _, _ in rows for t in a.tags}), tag_text),
            (self.author, sorted({a.author for a, _, _ in rows}), str),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("any"), ANY)
            for value in values:
                combo.addItem(shown(value), value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        self._fill()

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.siblingAtColumn(0).data(ANNOTATION_ROLE) if index.isValid() else None

    def _fill(self) -> None:
        selected = self.current_id()
        tag, author = self.tag.currentData(), self.author.currentData()
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Passage"),
                self.tr("Note"),
                self.tr("Tags"),
                self.tr("Where"),
                self.tr("Author"),
                self.tr("Time"),
            ]
        )
        for annotation, where, found in self._rows:
            if tag and tag not in annotation.tags or author and annotation.author != author:
                continue
            passage = annotation.anchor.quote.replace("\n", " ⏎ ")
            cells = [
                QStandardItem(
                    passage if found else self.tr("orphaned: {passage}").format(passage=passage)
                ),
                QStandardItem(annotation.note.replace("\n", " ")),
                QStandardItem(", ".join(tag_text(t) for t in annotation.tags)),
                QStandardItem(where),
                QStandardItem(annotation.author),
                QStandardItem(annotation.updated.replace("T", " ")[:16]),
            ]
            cells[0].setData(annotation.id, ANNOTATION_ROLE)
            cells[1].setToolTip(plain_tooltip(annotation.note))
            if not found:
                cells[0].setForeground(QColor("#b00020"))
                cells[0].setToolTip(
                    self.tr("Its passage is no longer in the text; the quote is kept.")
                )
            self.model.appendRow(cells)
            if annotation.id == selected:
                self.table.selectRow(self.model.rowCount() - 1)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the note
        for column, width in {0: 220, 2: 140, 3: 240, 4: 110, 5: 140}.items():
            self.table.setColumnWidth(column, width)

    def _clicked(self, index: QModelIndex) -> None:
        annotation_id = index.siblingAtColumn(0).data(ANNOTATION_ROLE)
        if annotation_id is not None:
            self.chosen.emit(annotation_id)

    def _request(self, signal: SignalInstance) -> None:
        annotation_id = self.current_id()
        if annotation_id is not None:
            signal.emit(annotation_id)
