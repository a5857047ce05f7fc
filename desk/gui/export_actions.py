"""File > Export: the formats asked, a folder chosen, the documents written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from desk.core.export.files import export_documents
from desk.core.library.failures import LibraryError
from desk.gui import file_dialogs, settings
from desk.gui.export_dialog import ExportDialog
from desk.gui.messages import warn
from desk.gui.window_parts import WindowParts


class ExportActions(QObject):
    def __init__(self, window: WindowParts) -> None:
        super().__init__(window.window())
        self.window = window

    def export_current(self) -> None:
        review = self.window.review_view.review
        if review is not None:
            self._export([review.document.id])

    def export_all(self) -> None:
        self._export(None)

    def _export(self, document_ids: list[int] | None) -> None:
        parent = self.window.window()
        which = self.tr("the current document") if document_ids else self.tr("every document")
        dialog = ExportDialog(parent, which)
        if not dialog.exec() or not (formats := dialog.formats()):
            return
        folder = file_dialogs.existing_folder(
            parent, self.tr("Export to folder"), settings.last_folder("export")
        )
        if folder:
            settings.save_last_folder("export", folder)
            self.export_to(folder, formats, document_ids)

    def export_to(self, folder: Path, formats: list[str], document_ids: list[int] | None) -> None:
        """Write the documents in these formats into a folder, and say how it went."""
        try:
            written = export_documents(self.window.library, folder, formats, document_ids)
        except (OSError, LibraryError) as error:
            warn(self.window.window(), self.tr("Export failed"), str(error))
            return
        self.window.say(
            self.tr("Exported {count} file(s) to {folder}").format(
                count=len(written), folder=folder
            ),
            10_000,
        )
