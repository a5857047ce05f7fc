"""Review > Document Choices: the base, whose paragraphs, spaces, punctuation form, and
whether undecided places read desk's proposals."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
)

from desk.core.review.choices import Choices

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


class ChoicesDialog(QDialog):
    """Edits a copy of the document choices; `choices()` gives the result."""

    def __init__(self, parent: QWidget, choices: Choices, labels: dict[str, str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Document Choices"))
        self._choices = choices
        note = QLabel(
            self.tr(
                "Every place you have not decided reads as these choices say; decided places "
                "keep their reading. One step, undone with Edit > Undo."
            )
        )
        note.setWordWrap(True)
        self.order = self._witness_box(labels, choices.order)
        self.paragraphs = self._witness_box(labels, choices.paragraphs)
        self.spaces = QCheckBox(
            self.tr("Remove spaces between Chinese characters and at line ends")
        )
        self.spaces.setChecked(choices.spaces_removed)
        self.full_width = QCheckBox(
            self.tr("Full-width punctuation in Chinese text, standard forms")
        )
        self.full_width.setChecked(choices.full_width)
        self.proposed = QCheckBox(
            self.tr("Where the witnesses differ in words, read desk's proposal (else the base's)")
        )
        self.proposed.setChecked(choices.proposed_words)
        form = QFormLayout()
        form.addRow(self.tr("Order and words of:"), self.order)
        form.addRow(self.tr("Paragraphs from:"), self.paragraphs)
        form.addRow(self.spaces)
        form.addRow(self.full_width)
        form.addRow(self.proposed)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)

    @staticmethod
    def _witness_box(labels: dict[str, str], chosen: str) -> QComboBox:
        box = QComboBox()
        for witness, label in labels.items():
            box.addItem(label, witness)  # addItem shows plain text
        box.setCurrentIndex(max(0, box.findData(chosen)))
        return box

    def choices(self) -> Choices:
        """The choices as the dialog now shows them."""
        return replace(
            self._choices,
            order=self.order.currentData(),
            paragraphs=self.paragraphs.currentData(),
            spaces_removed=self.spaces.isChecked(),
            full_width=self.full_width.isChecked(),
            proposed_words=self.proposed.isChecked(),
        )
