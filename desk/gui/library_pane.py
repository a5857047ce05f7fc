"""The library pane: documents with their witnesses and open variants; regrouping."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QInputDialog,
    QMenu,
    QTreeView,
)

from desk.core.library import (
    Document,
    list_documents,
    move_witness,
    remove_document,
    rename_document,
)
from desk.core.review.prepare import saved_counts
from desk.core.review.session import Counts
from desk.core.store import Library
from desk.gui.messages import confirm, plain_tooltip

DOCUMENT_ROLE = Qt.ItemDataRole.UserRole + 1
WITNESS_ROLE = Qt.ItemDataRole.UserRole + 2


def open_count_text(counts: dict[int, Counts], document_id: int) -> str:
    """The places still to review, or a dash for a document not prepared yet."""
    found = counts.get(document_id)
    return "—" if found is None else str(found.open)


def library_model(documents: list[Document], counts: dict[int, Counts]) -> QStandardItemModel:
    """Documents, each with its witnesses under it."""
    model = QStandardItemModel()
    model.setHorizontalHeaderLabels(["Document / witness", "To review", "Characters"])
    for document in documents:
        witnesses = len(document.witnesses)
        title = QStandardItem(document.title)
        title.setToolTip(f"{witnesses} witness{'es' if witnesses != 1 else ''}")
        opened = QStandardItem(open_count_text(counts, document.id))
        found = counts.get(document.id)
        opened.setToolTip(
            found.describe() if found else "Not compared yet: open the document to compare."
        )
        row = [title, opened, QStandardItem("")]
        title.setData(document.id, DOCUMENT_ROLE)
        for witness in document.witnesses:
            label = QStandardItem(witness.label)
            label.setData(document.id, DOCUMENT_ROLE)
            label.setData(witness.id, WITNESS_ROLE)
            label.setToolTip(
                plain_tooltip(f"{witness.path}\n{witness.encoding}, {witness.length:,} characters")
            )
            child = [label, QStandardItem(""), QStandardItem(f"{witness.length:,}")]
            for item in child:
                item.setEditable(False)
            title.appendRow(child)
        for item in row:
            item.setEditable(False)
        model.appendRow(row)
    return model


class LibraryPane(QTreeView):
    """Lists the library; opens a document on double-click or Enter."""

    document_opened = Signal(int)
    library_changed = Signal()

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.activated.connect(self._activated)
        self.reload()

    def reload(self) -> None:
        """Read the library again."""
        self.documents = list_documents(self.library)
        self.setModel(library_model(self.documents, saved_counts(self.library)))
        self.expandAll()
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # titles elide
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def refresh_counts(self) -> None:
        """Show the open variants again, in place (after decisions)."""
        counts = saved_counts(self.library)
        model = self.model()
        for row in range(model.rowCount()):
            document_id = model.index(row, 0).data(DOCUMENT_ROLE)
            model.item(row, 1).setText(open_count_text(counts, document_id))
            found = counts.get(document_id)
            if found is not None:
                model.item(row, 1).setToolTip(found.describe())

    def select_document(self, document_id: int) -> None:
        """Highlight a document's row."""
        model = self.model()
        for row in range(model.rowCount()):
            if model.index(row, 0).data(DOCUMENT_ROLE) == document_id:
                self.setCurrentIndex(model.index(row, 0))

    def _activated(self, index) -> None:
        document_id = index.siblingAtColumn(0).data(DOCUMENT_ROLE)
        if document_id is not None:
            self.document_opened.emit(document_id)

    def _menu(self, point: QPoint) -> None:
        index = self.indexAt(point).siblingAtColumn(0)
        document_id, witness_id = index.data(DOCUMENT_ROLE), index.data(WITNESS_ROLE)
        if document_id is None:
            return
        menu = QMenu(self)
        menu.addAction("Open", lambda: self.document_opened.emit(document_id))
        if witness_id is not None:
            move = menu.addMenu("Move Witness to Document")
            for document in self.documents:
                if document.id != document_id:
                    move.addAction(document.title, lambda d=document.id: self._move(witness_id, d))
            menu.addAction("Move Witness to a New Document", lambda: self._move(witness_id, None))
        else:
            menu.addAction("Rename…", lambda: self._rename(document_id))
            menu.addAction("Remove…", lambda: self._remove(document_id))
        menu.exec(self.viewport().mapToGlobal(point))

    def _move(self, witness_id: int, document_id: int | None) -> None:
        move_witness(self.library, witness_id, document_id)
        self.reload()
        self.library_changed.emit()

    def _rename(self, document_id: int) -> None:
        current = next(d.title for d in self.documents if d.id == document_id)
        title, ok = QInputDialog.getText(self, "Rename document", "Title:", text=current)
        if ok and title.strip():
            rename_document(self.library, document_id, title)
            self.reload()
            self.library_changed.emit()

    def _remove(self, document_id: int) -> None:
        title = next(d.title for d in self.documents if d.id == document_id)
        if confirm(
            self,
            "Remove document",
            f"Remove “{title}” with its witnesses, decisions and notes from the library?\n"
            "This cannot be undone.",
        ):
            remove_document(self.library, document_id)
            self.reload()
            self.library_changed.emit()
