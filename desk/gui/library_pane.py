"""The library pane: documents with their witnesses and open variants; regrouping."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QInputDialog,
    QMenu,
    QTreeView,
)

from desk.core.library.documents import (
    Document,
    Witness,
    list_documents,
    move_witness,
    remove_document,
    rename_document,
    rename_witness,
)
from desk.core.library.failures import LibraryError, WriteFailed
from desk.core.library.store import Library
from desk.core.review.prepare import saved_counts
from desk.core.review.state import Counts
from desk.gui.messages import confirm, plain_tooltip, warn
from desk.gui.words import counts_text
from desk.gui.write_guard import WriteGuard

DOCUMENT_ROLE = Qt.ItemDataRole.UserRole + 1
WITNESS_ROLE = Qt.ItemDataRole.UserRole + 2
NO_PARENT = QModelIndex()
# Larger libraries open with their documents folded: unfolding 10,000 costs a second.
EXPANDED_UP_TO = 500
# More documents than this are offered in a list to pick from, not in a submenu.
MENU_DOCUMENTS = 30


def open_count_text(counts: dict[int, Counts], document_id: int) -> str:
    """The places still to review, or a dash for a document not prepared yet."""
    found = counts.get(document_id)
    return "—" if found is None else str(found.open)


class LibraryModel(QAbstractItemModel):
    """Documents, each with its witnesses under it; rows are drawn from the document list
    as the view asks for them, so a library of 10,000 documents opens at once.

    A document row's internal id is 0; a witness row's is its document's row + 1.
    """

    COLUMNS = 3  # document or witness; places still open; characters

    def __init__(self, documents: list[Document], counts: dict[int, Counts]) -> None:
        super().__init__()
        self.documents = documents
        self.counts = counts

    def index(self, row: int, column: int, parent: QModelIndex = NO_PARENT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1 if parent.isValid() else 0)

    def parent(self, index: QModelIndex = NO_PARENT) -> QModelIndex:  # type: ignore[override]
        owner = index.internalId() if index.isValid() else 0
        return self.createIndex(owner - 1, 0, 0) if owner else QModelIndex()

    def rowCount(self, parent: QModelIndex = NO_PARENT) -> int:
        if not parent.isValid():
            return len(self.documents)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self.documents[parent.row()].witnesses)
        return 0

    def columnCount(self, parent: QModelIndex = NO_PARENT) -> int:
        return self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Documents"), self.tr("Open"), self.tr("Chars"))[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            tips = ("", self.tr("Places still to review"), self.tr("Characters in the witness"))
            return tips[section] or None
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        owner = index.internalId()
        if owner == 0:
            return self._document_data(self.documents[index.row()], index.column(), role)
        document = self.documents[owner - 1]
        return self._witness_data(document, document.witnesses[index.row()], index.column(), role)

    def _document_data(self, document: Document, column: int, role: int):
        found = self.counts.get(document.id)
        if role == DOCUMENT_ROLE:
            return document.id
        if role == Qt.ItemDataRole.DisplayRole:
            return (document.title, open_count_text(self.counts, document.id), "")[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return self.tr("%n witness(es)", "", len(document.witnesses))
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            if found:
                return counts_text(found)
            return self.tr("Not compared yet: open the document to compare.")
        return None

    def _witness_data(self, document: Document, witness: Witness, column: int, role: int):
        if role == DOCUMENT_ROLE:
            return document.id
        if role == WITNESS_ROLE:
            return witness.id
        if role == Qt.ItemDataRole.DisplayRole:
            return (witness.label, "", f"{witness.length:,}")[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            size = self.tr("{encoding}, {length} characters").format(
                encoding=witness.encoding, length=f"{witness.length:,}"
            )
            return plain_tooltip(f"{witness.path}\n{size}")
        return None

    def set_counts(self, counts: dict[int, Counts]) -> None:
        """Show new open-variant counts in place."""
        self.counts = counts
        if self.documents:
            last = len(self.documents) - 1
            self.dataChanged.emit(self.index(0, 1), self.index(last, 1))

    def row_of(self, document_id: int) -> int | None:
        """The row of a document, if it is listed."""
        return next((r for r, d in enumerate(self.documents) if d.id == document_id), None)


class LibraryPane(QTreeView):
    """Lists the library; opens a document on double-click or Enter."""

    document_opened = Signal(int)
    library_changed = Signal()
    regrouped = Signal(list)  # the documents a witness left and joined, to prepare again
    find_requested = Signal()  # Find in Library, from the pane's menu

    def __init__(self, library: Library, guard: WriteGuard) -> None:
        super().__init__()
        self.library = library
        self.guard = guard
        self.documents: list[Document] = []  # as last listed
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.activated.connect(self._activated)
        self.reload()

    def reload(self) -> None:
        """Read the library again."""
        self.documents = list_documents(self.library)
        self.setModel(LibraryModel(self.documents, saved_counts(self.library)))
        if len(self.documents) <= EXPANDED_UP_TO:
            self.expandAll()
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # titles elide
        metrics = self.fontMetrics()
        open_header = self.model().headerData(1, Qt.Orientation.Horizontal)
        for column, widest in ((1, open_header), (2, "000,000")):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.setColumnWidth(column, metrics.horizontalAdvance(widest) + 16)

    def refresh_counts(self) -> None:
        """Show the open variants again, in place (after decisions)."""
        self.model().set_counts(saved_counts(self.library))

    def select_document(self, document_id: int) -> None:
        """Highlight a document's row."""
        row = self.model().row_of(document_id)
        if row is not None:
            self.setCurrentIndex(self.model().index(row, 0))

    def _activated(self, index: QModelIndex) -> None:
        document_id = index.siblingAtColumn(0).data(DOCUMENT_ROLE)
        if document_id is not None:
            self.document_opened.emit(document_id)

    def _menu(self, point: QPoint) -> None:
        index = self.indexAt(point).siblingAtColumn(0)
        document_id, witness_id = index.data(DOCUMENT_ROLE), index.data(WITNESS_ROLE)
        menu = QMenu(self)
        if document_id is not None:
            self._item_actions(menu, document_id, witness_id)
            menu.addSeparator()
        menu.addAction(self.tr("Find in Library…"), self.find_requested.emit)
        menu.exec(self.viewport().mapToGlobal(point))

    def _item_actions(self, menu: QMenu, document_id: int, witness_id: int | None) -> None:
        """What can be done with the document or witness right clicked."""
        menu.addAction(self.tr("Open"), lambda: self.document_opened.emit(document_id))
        if witness_id is not None:
            others = [d for d in self.documents if d.id != document_id]
            if len(others) <= MENU_DOCUMENTS:
                move = menu.addMenu(self.tr("Move Witness to Document"))
                for document in others:
                    move.addAction(
                        document.title, lambda d=document.id: self.move_witness_to(witness_id, d)
                    )
            else:
                menu.addAction(
                    self.tr("Move Witness to Document…"),
                    lambda: self.ask_document_for(witness_id, others),
                )
            menu.addAction(
                self.tr("Move Witness to a New Document"),
                lambda: self.move_witness_to(witness_id, None),
            )
            menu.addAction(self.tr("Rename Witness…"), lambda: self.ask_witness_name(witness_id))
        else:
            menu.addAction(self.tr("Rename…"), lambda: self.ask_document_title(document_id))
            menu.addAction(self.tr("Remove…"), lambda: self.ask_remove_document(document_id))

    def ask_document_for(self, witness_id: int, documents: list[Document]) -> None:
        """Pick the document from a list (a menu of thousands of titles would not fit)."""
        names = [f"{d.title}  (#{d.id})" for d in documents]
        name, ok = QInputDialog.getItem(
            self,
            self.tr("Move witness"),
            self.tr("Move the witness to the document:"),
            names,
            0,
            False,
        )
        if ok:
            self.move_witness_to(witness_id, documents[names.index(name)].id)

    def _change(self, title: str, change: Callable[[], object]) -> None:
        """Make a change to the library and list it again, or say why it cannot be made."""
        if not self.guard.allows_writing():
            return
        try:
            change()
        except WriteFailed as error:
            self.guard.report(error)
            return
        except (LibraryError, ValueError) as error:
            warn(self, title, str(error))
            return
        self.reload()
        self.library_changed.emit()

    def move_witness_to(self, witness_id: int, document_id: int | None) -> None:
        """Move a witness to another document (None: a new one of its own); both are
        prepared again, so that their counts are those of their new witnesses."""
        left = next(d.id for d in self.documents if witness_id in [w.id for w in d.witnesses])
        moved: list[Witness] = []
        self._change(
            self.tr("Cannot move the witness"),
            lambda: moved.append(move_witness(self.library, witness_id, document_id)),
        )
        if moved:
            self.regrouped.emit([left, moved[0].document_id])

    def ask_witness_name(self, witness_id: int) -> None:
        """Ask for a witness's new name and give it."""
        current = next(w.label for d in self.documents for w in d.witnesses if w.id == witness_id)
        label, ok = QInputDialog.getText(
            self,
            self.tr("Rename witness"),
            self.tr("A short name for this transcription (such as OCR A, web, print):"),
            text=current,
        )
        if ok and label.strip():
            self._change(
                self.tr("Cannot rename the witness"),
                lambda: rename_witness(self.library, witness_id, label),
            )

    def ask_document_title(self, document_id: int) -> None:
        """Ask for a document's new title and give it."""
        current = next(d.title for d in self.documents if d.id == document_id)
        title, ok = QInputDialog.getText(
            self, self.tr("Rename document"), self.tr("Title:"), text=current
        )
        if ok and title.strip():
            self._change(
                self.tr("Cannot rename the document"),
                lambda: rename_document(self.library, document_id, title),
            )

    def ask_remove_document(self, document_id: int) -> None:
        """Remove a document from the library, once the editor confirms."""
        title = next(d.title for d in self.documents if d.id == document_id)
        if confirm(
            self,
            self.tr("Remove document"),
            self.tr(
                "Remove “{title}” with its witnesses, decisions and notes from the library?\n"
                "This cannot be undone."
            ).format(title=title),
        ):
            self._change(
                self.tr("Cannot remove the document"),
                lambda: remove_document(self.library, document_id),
            )
