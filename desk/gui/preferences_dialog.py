"""Edit > Preferences: the interface's language and colours, the font of the texts, who
decisions are recorded as, and whether layout and punctuation places are shown."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFontComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.gui.language import LANGUAGES
from desk.gui.theme import THEMES


@dataclass(frozen=True)
class Preferences:
    """What the dialog edits."""

    language: str
    theme: str
    font: QFont
    author: str
    show_layout_and_punctuation: bool


class PreferencesDialog(QDialog):
    """Shows `preferences`; `preferences()` gives them as edited."""

    def __init__(self, parent: QWidget | None, preferences: Preferences) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(preferences.language)))
        self.theme = QComboBox()
        theme_names = {
            "system": self.tr("As the system (light or dark)"),
            "light": self.tr("Light"),
            "dark": self.tr("Dark"),
        }
        for code in THEMES:
            self.theme.addItem(theme_names[code], code)
        self.theme.setCurrentIndex(max(0, self.theme.findData(preferences.theme)))
        self.family = QFontComboBox()
        self.family.setCurrentFont(preferences.font)
        self.size = QSpinBox()
        self.size.setRange(8, 40)
        self.size.setSuffix(self.tr(" pt"))
        self.size.setValue(preferences.font.pointSize())
        font_row = QHBoxLayout()
        font_row.addWidget(self.family, 1)
        font_row.addWidget(self.size)
        self.author = QLineEdit(preferences.author)
        self.faint = QCheckBox(self.tr("Show layout and punctuation places"))
        self.faint.setChecked(preferences.show_layout_and_punctuation)
        form = QFormLayout()
        form.addRow(self.tr("Interface language:"), self.language)
        form.addRow(self.tr("Colours:"), self.theme)
        form.addRow(self.tr("Font of the texts:"), font_row)
        form.addRow(self.tr("Record decisions as:"), self.author)
        form.addRow(self.faint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._author = preferences.author

    def preferences(self) -> Preferences:
        """The preferences as the dialog now shows them (an empty name keeps the old one)."""
        font = QFont(self.family.currentFont().family())
        font.setPointSize(self.size.value())
        return Preferences(
            language=self.language.currentData(),
            theme=self.theme.currentData(),
            font=font,
            author=self.author.text().strip() or self._author,
            show_layout_and_punctuation=self.faint.isChecked(),
        )
