"""Help > Guide: the short guide a new editor sees first (pytest-qt, offscreen)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desk.gui import guide_dialog
from desk.gui.guide_dialog import COLOURS, GuideDialog
from desk.gui.style import (
    CATEGORY_COLOURS,
    CURRENT_COLOUR,
    DECIDED_COLOUR,
    FOUND_COLOUR,
    MOVE_COLOUR,
    NOTE_COLOUR,
)


def shown_text(dialog: GuideDialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def test_the_guide_opens_and_names_the_keys_to_finish_a_page(qtbot):
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    text = shown_text(dialog)
    for keys in ("F8", "Alt+1", "Alt+P", "F2", "Ctrl+Z", "Ctrl+R", "Ctrl+D", "Ctrl+E", "F1"):
        assert keys in text
    assert "Take the reading of witness 1 or 2." in dialog.keys["Alt+1 / Alt+2"].text()
    assert "no Save" in text and "curated text" in text


def test_the_guide_shows_one_swatch_per_colour_meaning_in_the_panes_colour(qtbot):
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    expected = {
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
    assert COLOURS == expected and set(dialog.swatches) == set(expected)
    for meaning, colour in expected.items():
        box = dialog.swatches[meaning]
        painted = box.grab().toImage()
        middle = painted.pixelColor(painted.width() // 2, painted.height() // 2)
        assert middle.name() == colour.name(), meaning


def test_enter_closes_the_guide_and_show_guide_waits_for_it(qtbot, monkeypatch):
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.close_button.isDefault()
    qtbot.keyClick(dialog.scroll, Qt.Key.Key_Return)
    assert not dialog.isVisible()

    shown = []
    monkeypatch.setattr(GuideDialog, "exec", lambda self: shown.append(self) or 0)
    guide_dialog.show_guide(None)
    assert len(shown) == 1 and shown[0].windowTitle() == "Guide to desk"


def test_the_guide_fits_a_small_screen(qtbot):
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    screen = dialog.screen().availableGeometry()
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
    dialog.show()
    qtbot.waitExposed(dialog)
    body = dialog.scroll.widget()
    assert body.width() <= dialog.scroll.viewport().width()  # nothing wider than the guide
