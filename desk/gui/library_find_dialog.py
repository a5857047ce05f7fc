"""Find in Library: which documents' witnesses hold a string, and how often; opening one
shows it with the string found."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from desk.core.library.find import documents_containing
from desk.core.library.store import Library

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

DOCUMENT_ROLE = Qt.ItemDataRole.UserRole + 1


class LibraryFindDialog(QDialog):
    """Type a string and press Enter to list the documents holding it; Enter or a
    double-click on one opens it (`chosen_document`, `query`)."""

    def __init__(self, library: Library, query: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.chosen_document: int | None = None
        self.setWindowTitle(self.tr("Find in Library"))
        self.field = QLineEdit(query)
        self.field.setPlaceholderText(self.tr("A string to look for in every witness"))
        self.field.returnPressed.connect(self.search)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.results = QListWidget()
        self.results.itemActivated.connect(self._open)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)  # Enter searches or opens; it never closes the dialog
        close.setDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)
        layout.addWidget(buttons)
        self.resize(560, 420)
        if query:
            self.search()

    @property
    def query(self) -> str:
        return self.field.text()

    def search(self) -> None:
        """List the documents holding the string, most hits first."""
        self.results.clear()
        found = sorted(documents_containing(self.library, self.query), key=lambda f: -f[2])
        for document_id, title, count in found:
            item = QListWidgetItem(self.tr("{title}  (%n found)", "", count).format(title=title))
            item.setData(DOCUMENT_ROLE, document_id)
            self.results.addItem(item)
        self.summary.setText(
            self.tr("%n document(s) hold “{query}”.", "", len(found)).format(query=self.query)
            if self.query
            else ""
        )
        if found:
            self.results.setCurrentRow(0)
            self.results.setFocus()

    def _open(self, item: QListWidgetItem) -> None:
        self.chosen_document = item.data(DOCUMENT_ROLE)
        self.accept()
