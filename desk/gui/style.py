"""Colours and text formats for variant categories and states, defined once."""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat

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
INK = QColor("#000000")  # text on a highlight, in either theme
FAINT = frozenset({"layout", "punctuation"})


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


def omission_format(category: str, current: bool) -> QTextCharFormat:
    """A reading that is empty here: the next character gets a coloured underline, wavy
    and strong when current (never a background, which would claim that character)."""
    fmt = QTextCharFormat()
    if current:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(QColor("#e65100"))
    else:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(CATEGORY_COLOURS.get(category, CATEGORY_COLOURS["text"]).darker(150))
    return fmt


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
