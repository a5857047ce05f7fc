"""Colours and text formats for variant categories and states, defined once."""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat

from desk.core.review.state import BY_CHOICE

# Real differences strong; layout and punctuation faint (and hideable).
CATEGORY_COLOURS = {
    "text": QColor("#ff9e9e"),
    "script": QColor("#cdb4ff"),
    "punctuation": QColor("#d6e6ff"),
    "layout": QColor("#ececec"),
}
DECIDED_COLOUR = QColor("#c8ecc8")
CURRENT_COLOUR = QColor("#ffd54f")
MOVE_COLOUR = QColor("#d4f1ee")
NOTE_COLOUR = QColor("#e9ddff")
FOUND_COLOUR = QColor("#ffcc80")
FOUND_CURRENT_COLOUR = QColor("#fb8c00")
LOW_CONFIDENCE_INK = QColor("#c62828")  # a reading the OCR was unsure of
INK = QColor("#000000")  # text on a highlight, in either theme
FAINT = frozenset(BY_CHOICE)  # drawn faint: the places the document choices settle
# Marks painted over the text (never part of it): carets for omissions, in the
# category's ink; dots and ⏎ for spaces and line breaks; the current place's stronger.
CARET_COLOURS = {
    "text": QColor("#d32f2f"),
    "script": QColor("#7b1fa2"),
    "punctuation": QColor("#1e6fd9"),
    "layout": QColor("#616161"),
}
MARK_COLOUR = QColor("#1565c0")
CURRENT_MARK_COLOUR = QColor("#d84315")
MOVE_LABEL_COLOUR = QColor("#00695c")


def span_format(category: str, decided: bool, current: bool) -> QTextCharFormat:
    """The look of a variant's characters in a pane."""
    fmt = QTextCharFormat()
    if current:
        fmt.setBackground(CURRENT_COLOUR)
        fmt.setFontUnderline(True)
    elif decided:
        fmt.setBackground(DECIDED_COLOUR)
    else:
        fmt.setBackground(CATEGORY_COLOURS.get(category, CATEGORY_COLOURS["text"]))
    fmt.setForeground(INK)  # the light highlights stay readable in the dark theme
    return fmt


def omission_colour(category: str, current: bool) -> QColor:
    """The caret standing for a reading that is empty here (between two characters,
    never claiming either): the category's ink, strong when current."""
    if current:
        return CURRENT_MARK_COLOUR
    return CARET_COLOURS.get(category, CARET_COLOURS["text"])


def whitespace_colour(current: bool) -> QColor:
    """The dots and ⏎ drawn over a reading of spaces and line breaks."""
    return CURRENT_MARK_COLOUR if current else MARK_COLOUR


def move_format() -> QTextCharFormat:
    """A passage that sits elsewhere in another witness."""
    fmt = QTextCharFormat()
    fmt.setBackground(MOVE_COLOUR)
    fmt.setForeground(INK)
    return fmt


def note_format() -> QTextCharFormat:
    """A passage with a note on it (painted under the variants inside it)."""
    fmt = QTextCharFormat()
    fmt.setBackground(NOTE_COLOUR)
    fmt.setForeground(INK)
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    fmt.setUnderlineColor(QColor("#7b1fa2"))
    return fmt


def found_format(current: bool) -> QTextCharFormat:
    """A hit of Find (painted over everything else); the current hit darker."""
    fmt = QTextCharFormat()
    fmt.setBackground(FOUND_CURRENT_COLOUR if current else FOUND_COLOUR)
    fmt.setForeground(INK)
    return fmt
