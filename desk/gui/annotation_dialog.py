"""The dialog that writes or edits a note: the passage, the note, standard and free tags."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desk.core.notes.annotations import STANDARD_TAGS, clean_tags

QUOTE_SHOWN = 120  # characters of the passage shown above the note


def tag_text(tag: str) -> str:
    """A tag as shown: a standard tag in the editor's language (it is stored in English),
    any other tag as the editor typed it."""
    shown = {
        "uncertain": QCoreApplication.translate("AnnotationDialog", "uncertain"),
        "check-image": QCoreApplication.translate("AnnotationDialog", "check-image"),
        "query": QCoreApplication.translate("AnnotationDialog", "query"),
    }
    return shown.get(tag, tag)


class AnnotationDialog(QDialog):
    """Asks for a note and its tags; `note()` and `tags()` give the answer."""

    def __init__(
        self, parent: QWidget, quote: str, note: str = "", tags: tuple[str, ...] = ()
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Note on a passage"))
        passage = QLabel(quote if len(quote) <= QUOTE_SHOWN else quote[:QUOTE_SHOWN] + "…")
        passage.setTextFormat(Qt.TextFormat.PlainText)
        passage.setWordWrap(True)
        passage.setStyleSheet("background: #f4f0ff; padding: 4px;")
        self.note_edit = QPlainTextEdit(note)
        self.note_edit.setPlaceholderText(self.tr("What should be checked, and why"))
        self.boxes = {tag: QCheckBox(tag_text(tag), checked=tag in tags) for tag in STANDARD_TAGS}
        self.free = QLineEdit(", ".join(t for t in tags if t not in STANDARD_TAGS))
        self.free.setPlaceholderText(self.tr("other tags, comma-separated"))
        row = QHBoxLayout()
        for box in self.boxes.values():
            row.addWidget(box)
        row.addWidget(self.free, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Passage:")))
        layout.addWidget(passage)
        layout.addWidget(QLabel(self.tr("Note:")))
        layout.addWidget(self.note_edit)
        layout.addWidget(QLabel(self.tr("Tags:")))
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(520, 320)
        self.note_edit.setFocus()

    def note(self) -> str:
        return self.note_edit.toPlainText().strip()

    def tags(self) -> tuple[str, ...]:
        chosen = [tag for tag, box in self.boxes.items() if box.isChecked()]
        return clean_tags(chosen + self.free.text().split(","))
