"""desk's file dialogs, which never open the files they list.

Qt's own file dialog tells a file's type (and picks its icon) by reading its first bytes,
which opens and closes every file it lists: the library and its journal among them when
the library's folder is shown. Closing any descriptor of a file drops the process's POSIX
locks on it, SQLite's included (see desk.core.library.store). These dialogs name types and pick
icons from a file's name alone. Where the platform offers its own dialog, that one is used
as Qt decides; the library's rollback journal keeps it safe there too.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileInfo, QMimeDatabase
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QWidget


class _TypeByName(QFileIconProvider):
    """Icons and type names from a file's name, never its contents."""

    def icon(self, what: QFileIconProvider.IconType | QFileInfo) -> QIcon:  # Qt override
        if isinstance(what, QFileInfo):
            kind = QFileIconProvider.IconType.File
            if what.isDir():
                kind = QFileIconProvider.IconType.Folder
            return super().icon(kind)
        return super().icon(what)

    def type(self, info: QFileInfo) -> str:
        if not info.isFile():
            return super().type(info)  # a folder or a drive: Qt reads nothing for these
        found = _MIME_TYPES.mimeTypeForFile(info, QMimeDatabase.MatchMode.MatchExtension)
        if found.isDefault():  # an unknown name
            return info.suffix().upper() or found.comment()
        return found.comment()


_MIME_TYPES = QMimeDatabase()
_PROVIDER: _TypeByName | None = None  # one for every dialog, made once Qt runs


def _dialog(parent: QWidget, caption: str, folder: str, name_filter: str = "") -> QFileDialog:
    global _PROVIDER
    if _PROVIDER is None:
        _PROVIDER = _TypeByName()
    dialog = QFileDialog(parent, caption, folder, name_filter)
    dialog.setIconProvider(_PROVIDER)
    return dialog


def _chosen(dialog: QFileDialog) -> list[Path]:
    return [Path(name) for name in dialog.selectedFiles()] if dialog.exec() else []


def open_files(parent: QWidget, caption: str, folder: str, name_filter: str) -> list[Path]:
    """Files the editor chose to open (none if cancelled)."""
    dialog = _dialog(parent, caption, folder, name_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    return _chosen(dialog)


def open_file(parent: QWidget, caption: str, folder: str, name_filter: str) -> Path | None:
    """One file the editor chose to open, or None."""
    dialog = _dialog(parent, caption, folder, name_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    chosen = _chosen(dialog)
    return chosen[0] if chosen else None


def existing_folder(parent: QWidget, caption: str, folder: str) -> Path | None:
    """A folder the editor chose, or None."""
    dialog = _dialog(parent, caption, folder)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    chosen = _chosen(dialog)
    return chosen[0] if chosen else None


def file_to_open_or_create(
    parent: QWidget, caption: str, folder: str, name_filter: str
) -> Path | None:
    """A file the editor named, existing or new (no question about replacing it)."""
    dialog = _dialog(parent, caption, folder, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)
    chosen = _chosen(dialog)
    return chosen[0] if chosen else None
