"""The main window lists the library and shows texts as plain text."""

from __future__ import annotations

import pytest

from desk.core.library import import_paths, list_documents
from desk.gui.fonts import choose_text_font
from desk.gui.main_window import WITNESS_ROLE, MainWindow


@pytest.fixture
def window(qtbot, seeded):
    shown = MainWindow(seeded, choose_text_font())
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_documents_and_witnesses_are_listed(window, seeded):
    model = window.tree.model()
    titles = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert titles == [d.title for d in list_documents(seeded)]
    page = model.index(0, 0)
    assert model.rowCount(page) == 2
    assert model.index(0, 1, page).data() == "utf-8"
    assert "4 documents, 5 witnesses" in window.statusBar().currentMessage()


def test_first_document_is_open_on_start(window, seeds):
    assert window.preview.toPlainText() == seeds[0].read_text(encoding="utf-8")


def test_choosing_a_witness_shows_its_text(window, seeds):
    model = window.tree.model()
    second = model.index(1, 0, model.index(0, 0))
    window.tree.setCurrentIndex(second)
    assert second.data(WITNESS_ROLE) == 2
    assert window.preview.toPlainText() == seeds[1].read_text(encoding="utf-8")
    assert window.preview.isReadOnly()


def test_markup_in_a_text_is_shown_literally(qtbot, library, tmp_path):
    page = tmp_path / "markup.txt"
    page.write_text("<b>标题</b> &amp; <i>正文</i>\n<script>x</script>", encoding="utf-8")
    import_paths(library, [page])
    window = MainWindow(library, choose_text_font())
    qtbot.addWidget(window)
    assert window.preview.toPlainText() == page.read_text(encoding="utf-8")
    assert window.tree.model().index(0, 0).data() == "<b>标题</b> &amp; <i>正文</i>"


def test_chosen_font_writes_chinese_when_one_is_installed():
    from PySide6.QtGui import QFontDatabase

    font = choose_text_font()
    chinese = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    if chinese:
        assert font.family() in chinese
    assert font.pointSize() > 0
