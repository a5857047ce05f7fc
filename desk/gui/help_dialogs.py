"""Help > Keyboard Shortcuts (read from the window's own menus, so it never goes out of
date) and Help > About (version, licence, and the libraries desk stands on)."""

from __future__ import annotations

import platform
import sqlite3
from importlib import metadata

from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMenuBar,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk import __version__

LIBRARIES = (
    "PySide6-Essentials",
    "sqlite-utils",
    "diff-match-patch",
    "opencc-python-reimplemented",
    "numpy",
    "charset-normalizer",
    "platformdirs",
    "defusedxml",
    "click",
)


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def shortcut_rows(bar: QMenuBar) -> list[tuple[str, str, str]]:
    """(menu, command, keys) for every command in the menus that has keys."""
    rows = []

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), f"{path} > {_plain(action.text())}")
            elif keys := _keys(action):
                rows.append((path, _plain(action.text()), keys))

    for top in bar.actions():
        if top.menu() is not None:
            walk(top.menu(), _plain(top.text()))
    return rows


def _keys(action: QAction) -> str:
    native = QKeySequence.SequenceFormat.NativeText
    return ", ".join(key.toString(native) for key in action.shortcuts() if not key.isEmpty())


class ShortcutsDialog(QDialog):
    """Every command with keys, by menu, in a table."""

    def __init__(self, bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        rows = shortcut_rows(bar)
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Command"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The keys are what the dialog is for: never cut; a long command gives way first.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(self._fitting_width(), 560)

    def _fitting_width(self) -> int:
        """Wide enough for every column's contents, within the screen."""
        table = self.table
        wanted = sum(table.sizeHintForColumn(c) for c in range(table.columnCount()))
        wanted += table.verticalScrollBar().sizeHint().width() + 4 * table.frameWidth() + 48
        screen = self.screen().availableGeometry().width() if self.screen() else 1024
        return max(640, min(wanted, int(screen * 0.9)))


def about_text() -> str:
    """desk's version and licence, and the versions of what it runs on."""
    translate = QCoreApplication.translate
    versions = []
    for name in LIBRARIES:
        try:
            versions.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            versions.append(translate("About", "{name} (bundled)").format(name=name))
    return translate(
        "About",
        "desk {version}\n"
        "An editorial review desk: several transcriptions of a text side by side, every "
        "difference classified, and the clean text the editor decides.\n\n"
        "Licence: MIT.\n\n"
        "Built with Python {python}, Qt {qt}, SQLite {sqlite}, {libraries}.\n"
        "OpenCC's and Unicode's (Unihan) tables: their licences are in "
        "resources/HAN_FOLDS_LICENSES.txt.",
    ).format(
        version=__version__,
        python=platform.python_version(),
        qt=qVersion(),
        sqlite=sqlite3.sqlite_version,
        libraries=", ".join(versions),
    )


def show_about(parent: QWidget | None) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("About", "About desk"))
    box.setIcon(QMessageBox.Icon.Information)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(about_text())
    box.exec()
