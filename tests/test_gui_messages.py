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


def test_user_text_in_tooltips_and_progress_labels_is_never_markup(qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QProgressDialog

    from desk.gui.messages import plain_labels, plain_tooltip

    typed = "<b>x</b><img src=y> & 邵"
    document = QTextDocument()
    document.setHtml(plain_tooltip(typed))
    assert document.toPlainText() == typed  # shown as typed, no bold, no image
    dialog = QProgressDialog("<b>标题</b>", "Cancel", 0, 0)
    qtbot.addWidget(dialog)
    plain_labels(dialog)
    from PySide6.QtWidgets import QLabel

    assert all(
        label.textFormat() == Qt.TextFormat.PlainText for label in dialog.findChildren(QLabel)
    )
