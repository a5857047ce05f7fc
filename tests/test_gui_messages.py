"""Messages name users' files, so they are shown as plain text, never as HTML."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desk.gui.messages import confirm, warn


def answer_when_shown(button, seen: dict) -> None:
    def look() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(10, look)
            return
        seen["format"], seen["text"] = box.textFormat(), box.text()
        box.button(button).click()

    QTimer.singleShot(0, look)


def test_a_file_name_that_looks_like_html_is_shown_as_written(qtbot):
    seen = {}
    answer_when_shown(QMessageBox.StandardButton.Ok, seen)
    warn(None, "Some files were not imported", "<b>notes</b>.txt: empty file")
    assert seen == {"format": Qt.TextFormat.PlainText, "text": "<b>notes</b>.txt: empty file"}


def test_confirm_says_yes_only_when_asked(qtbot):
    seen = {}
    answer_when_shown(QMessageBox.StandardButton.Yes, seen)
    assert confirm(None, "Remove document", "Remove “<i>x</i>”?") is True
    answer_when_shown(QMessageBox.StandardButton.No, seen)
    assert confirm(None, "Remove document", "Remove “<i>x</i>”?") is False
    assert seen["format"] == Qt.TextFormat.PlainText
