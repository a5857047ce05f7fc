"""Message boxes that show their text as plain text: file names and titles come from
users' files, and Qt would otherwise render anything that looks like HTML."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def warn(parent: QWidget | None, title: str, text: str, critical: bool = False) -> None:
    """Tell the editor something went wrong, with an OK button."""
    icon = QMessageBox.Icon.Critical if critical else QMessageBox.Icon.Warning
    box = _box(parent, icon, title, text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str, yes_by_default: bool = False) -> bool:
    """Ask a yes/no question; True for Yes. Enter answers No unless `yes_by_default`
    (a question whose Yes loses nothing)."""
    box = _box(parent, QMessageBox.Icon.Question, title, text)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    default = QMessageBox.StandardButton.Yes if yes_by_default else QMessageBox.StandardButton.No
    box.setDefaultButton(default)
    return box.exec() == QMessageBox.StandardButton.Yes


def plain_tooltip(text: str) -> str:
    """A tooltip that shows user text as it is: Qt renders any tooltip that looks like
    markup as HTML (a typed reading <b>x</b>, a file path with <b> in it)."""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"


def plain_labels(widget: QWidget) -> None:
    """Make every label inside a widget (a progress dialog's) show its text as plain text."""
    for label in widget.findChildren(QLabel):
        label.setTextFormat(Qt.TextFormat.PlainText)
