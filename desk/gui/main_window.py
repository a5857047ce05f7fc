"""The main window: the library's documents and witnesses, and a plain-text preview."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QTreeView,
)

from desk.core.curate import curated_text
from desk.core.export import export_texts
from desk.core.library import Document, list_documents, witness_text
from desk.core.store import Library, LibraryError

DOCUMENT_ROLE = Qt.ItemDataRole.UserRole + 1
WITNESS_ROLE = Qt.ItemDataRole.UserRole + 2


def library_model(documents: list[Document]) -> QStandardItemModel:
    """A two-level model: documents, and under each its witnesses."""
    model = QStandardItemModel()
    model.setHorizontalHeaderLabels(["Document / witness", "Encoding", "Characters"])
    for document in documents:
        row = [QStandardItem(document.title), QStandardItem(""), QStandardItem("")]
        row[0].setData(document.id, DOCUMENT_ROLE)
        count = len(document.witnesses)
        row[1].setText(f"{count} witness" if count == 1 else f"{count} witnesses")
        for witness in document.witnesses:
            child = [
                QStandardItem(witness.label),
                QStandardItem(witness.encoding),
                QStandardItem(f"{witness.length:,}"),
            ]
            child[0].setData(document.id, DOCUMENT_ROLE)
            child[0].setData(witness.id, WITNESS_ROLE)
            child[0].setToolTip(witness.path)
            row[0].appendRow(child)
        for item in row:
            item.setEditable(False)
        model.appendRow(row)
    return model


class MainWindow(QMainWindow):
    """Lists the library; shows the selected document's curated text or a witness's text."""

    def __init__(self, library: Library, text_font: QFont) -> None:
        super().__init__()
        self.library = library
        self.setWindowTitle(f"desk — {library.path.name}")
        self.tree = QTreeView()
        self.tree.setUniformRowHeights(True)
        self.preview = QPlainTextEdit(readOnly=True)
        self.preview.setFont(text_font)
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 2)
        self.setCentralWidget(splitter)
        self._build_menus()
        self.reload()
        self.resize(1200, 760)
        splitter.setSizes([440, 760])

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        export = QAction("&Export All Documents…", self, shortcut=QKeySequence("Ctrl+E"))
        export.triggered.connect(self.export_all)
        quit_action = QAction("&Quit", self, shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addActions([export, quit_action])

    def reload(self) -> None:
        """Read the library again and show it."""
        documents = list_documents(self.library)
        self.tree.setModel(library_model(documents))
        self.tree.expandAll()
        self.tree.setColumnWidth(0, 260)
        for column in (1, 2):
            self.tree.resizeColumnToContents(column)
        self.tree.selectionModel().currentChanged.connect(self._show_current)
        witnesses = sum(len(document.witnesses) for document in documents)
        self.statusBar().showMessage(
            f"{len(documents)} documents, {witnesses} witnesses — {self.library.path}"
        )
        if documents:
            self.tree.setCurrentIndex(self.tree.model().index(0, 0))

    def _show_current(self) -> None:
        index = self.tree.currentIndex().siblingAtColumn(0)
        witness_id = index.data(WITNESS_ROLE)
        document_id = index.data(DOCUMENT_ROLE)
        if witness_id is not None:
            self.preview.setPlainText(witness_text(self.library, witness_id))
        elif document_id is not None:
            self.preview.setPlainText(curated_text(self.library, document_id))

    def export_all(self) -> None:
        """Ask for a folder and write every document's curated text there."""
        folder = QFileDialog.getExistingDirectory(self, "Export documents to folder")
        if not folder:
            return
        try:
            written = export_texts(self.library, Path(folder))
        except (OSError, LibraryError) as error:
            QMessageBox.warning(self, "Export failed", str(error))
            return
        self.statusBar().showMessage(f"Exported {len(written)} documents to {folder}", 10_000)
