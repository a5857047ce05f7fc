"""Help > Guide: a short guide for a new editor, also shown once at the first run (the
window decides when). Its words are ours, so the body may use simple rich text; the
colours are the ones the panes paint with, read from style.py."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk.gui.style import (
    CATEGORY_COLOURS,
    CURRENT_COLOUR,
    DECIDED_COLOUR,
    FOUND_COLOUR,
    MOVE_COLOUR,
    NOTE_COLOUR,
)

# Each colour the guide explains, in the order it explains them (the words are in
# GuideDialog._colour_meanings, where they are translated).
COLOURS: dict[str, QColor] = {
    "text": CATEGORY_COLOURS["text"],
    "script": CATEGORY_COLOURS["script"],
    "punctuation": CATEGORY_COLOURS["punctuation"],
    "layout": CATEGORY_COLOURS["layout"],
    "current": CURRENT_COLOUR,
    "decided": DECIDED_COLOUR,
    "moved": MOVE_COLOUR,
    "note": NOTE_COLOUR,
    "found": FOUND_COLOUR,
}
SWATCH_SIZE = (36, 18)
WIDTH, HEIGHT = 640, 660  # shrunk to fit a small screen; the guide scrolls


def keys_text(*keys: str) -> str:
    """Keys as this system writes them (Ctrl+Z, or ⌘Z on a Mac)."""
    native = QKeySequence.SequenceFormat.NativeText
    return " / ".join(QKeySequence(key).toString(native) for key in keys)


def swatch(colour: QColor) -> QLabel:
    """A small box of a colour, as the panes paint it behind characters."""
    box = QLabel()
    box.setFixedSize(*SWATCH_SIZE)
    box.setStyleSheet(
        f"background: {colour.name()}; border: 1px solid {colour.darker(150).name()};"
    )
    return box


class GuideDialog(QDialog):
    """What desk shows, what its colours mean, how to finish a page, where to find more."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Guide to desk"))
        self.swatches: dict[str, QLabel] = {}
        self.keys: dict[str, QLabel] = {}
        self._key_labels: list[QLabel] = []
        body = QWidget()
        self.body = QVBoxLayout(body)
        self.body.setSpacing(8)
        self._section(self.tr("What you see"))
        self._paragraph(self._list(self._parts()))
        self._section(self.tr("What the colours mean"))
        self.body.addLayout(self._colours())
        self._paragraph(
            self.tr("A caret between two characters: the witness has no text there.")
            + " "
            + self.tr("{keys} shows or hides the faint punctuation and layout places.").format(
                keys=keys_text("Ctrl+L")
            )
        )
        self._section(self.tr("How to finish a page"))
        self.body.addLayout(self._key_grid(self._steps()))
        self._paragraph(
            "<b>"
            + self.tr("There is no Save: everything is saved as you go.")
            + "</b> "
            + self.tr("Each decision is kept at once, and can always be undone.")
        )
        self._section(self.tr("Find out more"))
        self.body.addLayout(self._key_grid(self._more()))
        self.body.addStretch()
        widest = max(label.sizeHint().width() for label in self._key_labels)
        for label in self._key_labels:  # the keys of both lists in one column
            label.setMinimumWidth(widest)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll = scroll
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setDefault(True)  # Enter closes, wherever the focus is
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self._fit()
        scroll.setFocus()  # the arrow and page keys scroll the guide

    def _parts(self) -> list[str]:
        return [
            self.tr(
                "On the left is the library: your documents. Under each document are its "
                "witnesses, the transcriptions of the same text."
            ),
            self.tr(
                "In the middle, the witnesses stand side by side. The base witness comes "
                "first: the others are compared with it."
            ),
            self.tr(
                "Then comes the curated text. It is yours: it starts as the base witness and "
                "becomes the text you export. You can type in it."
            ),
            self.tr(
                "Below is the table of places: every place where the witnesses differ. "
                "Choose a row to go to its place."
            ),
        ]

    def _colour_meanings(self) -> dict[str, str]:
        return {
            "text": self.tr("Text: the witnesses have different characters. Decide these."),
            "script": self.tr(
                "Script: the same characters in another form, such as simplified and traditional."
            ),
            "punctuation": self.tr(
                "Punctuation: only the punctuation differs. Faint: the document choices settle it."
            ),
            "layout": self.tr(
                "Layout: only spaces or line breaks differ. Faint: the document choices settle it."
            ),
            "current": self.tr("The place you are on."),
            "decided": self.tr("A place you have decided."),
            "moved": self.tr("A passage that sits somewhere else in another witness."),
            "note": self.tr("A passage with a note on it."),
            "found": self.tr("What Find found."),
        }

    def _steps(self) -> list[tuple[str, str]]:
        return [
            (keys_text("F8"), self.tr("Go to the next place to review.")),
            (keys_text("Alt+1", "Alt+2"), self.tr("Take the reading of witness 1 or 2.")),
            (
                keys_text("Alt+P"),
                self.tr("Take the clean reading: the reading as the document choices make it."),
            ),
            (keys_text("F2"), self.tr("Type your own reading.")),
            (keys_text("Ctrl+Z"), self.tr("Undo the last step.")),
            (
                keys_text("Ctrl+R"),
                self.tr("Make the same decision at every place with the same readings."),
            ),
            (
                keys_text("Ctrl+D"),
                self.tr(
                    "Document choices: the base, and how paragraphs, spaces and punctuation "
                    "are written in the whole document."
                ),
            ),
            (
                keys_text("Ctrl+E"),
                self.tr(
                    "When the status bar says 0 to review, the page is done: export the clean text."
                ),
            ),
        ]

    def _more(self) -> list[tuple[str, str]]:
        return [
            (keys_text("F1"), self.tr("Every keyboard shortcut, by menu.")),
            ("", self.tr("The menus show the keys too. Help > Guide shows this guide again.")),
        ]

    def _section(self, title: str) -> None:
        heading = QLabel(title)
        font = QFont(heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        heading.setContentsMargins(0, 8, 0, 0)
        self.body.addWidget(heading)

    def _paragraph(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        self.body.addWidget(label)
        return label

    @staticmethod
    def _list(items: list[str]) -> str:
        return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"

    def _colours(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setColumnStretch(1, 1)
        for row, (meaning, text) in enumerate(self._colour_meanings().items()):
            box = swatch(COLOURS[meaning])
            self.swatches[meaning] = box
            words = QLabel(text)
            words.setWordWrap(True)
            grid.addWidget(box, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(words, row, 1)
        return grid

    def _key_grid(self, rows: list[tuple[str, str]]) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setColumnStretch(1, 1)
        for row, (keys, text) in enumerate(rows):
            key = QLabel(keys)
            key.setTextFormat(Qt.TextFormat.PlainText)
            font = QFont(key.font())
            font.setBold(True)
            key.setFont(font)
            self._key_labels.append(key)
            words = QLabel(text)
            words.setWordWrap(True)
            grid.addWidget(key, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(words, row, 1)
            if keys:
                self.keys[keys] = words
        return grid

    def _fit(self) -> None:
        """The guide's size, within the screen it opens on."""
        screen = (self.parentWidget() or self).screen().availableGeometry()
        self.resize(min(WIDTH, screen.width() - 40), min(HEIGHT, screen.height() - 40))


def show_guide(parent: QWidget | None) -> None:
    """Show the guide until the editor closes it."""
    GuideDialog(parent).exec()
