"""The main window's library pane, plain-text display and font."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase

from desk.core.library.documents import import_paths, list_documents, remove_document
from desk.gui.fonts import choose_text_font
from desk.gui.library_pane import WITNESS_ROLE
from desk.gui.main_window import MainWindow
from desk.gui.review_view import CURATED
from desk.gui.settings import text_font

SEEDS_DIR = Path(__file__).resolve().parents[1] / "seeds"


def test_documents_and_witnesses_are_listed_with_open_counts(seeded, qtbot):
    window = MainWindow(seeded, text_font())
    qtbot.addWidget(window)
    model = window.library_pane.model()
    titles = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert titles == [d.title for d in list_documents(seeded)]
    page = model.index(0, 0)
    assert model.rowCount(page) == 2
    assert model.index(0, 0, page).data(WITNESS_ROLE) == 1
    assert model.index(0, 1).data() == "—"  # not collated yet
    window.documents.open_last_document(wait=True)
    assert model is window.library_pane.model()  # counts change in place
    to_review = window.review_view.review.state.counts().open
    assert window.library_pane.model().index(0, 1).data() == str(to_review)
    window.review_view.take(2)
    window.library_pane.reload()
    assert window.library_pane.model().index(0, 1).data() == str(to_review - 1)


def test_markup_in_a_text_is_shown_literally(library, qtbot, tmp_path):
    for name, extra in (("a.txt", ""), ("b.txt", "又")):
        (tmp_path / name).write_text(
            f"<b>标题</b> &amp; <i>正文{extra}</i>\n<script>x</script>", encoding="utf-8"
        )
    import_paths(library, [tmp_path / "a.txt", tmp_path / "b.txt"])
    window = MainWindow(library, text_font())
    qtbot.addWidget(window)
    window.documents.open_last_document(wait=True)
    view = window.review_view
    assert view.panes[CURATED].editor.toPlainText() == view.review.state.text()
    assert "<b>标题</b> &amp; <i>正文" in view.review.state.text()
    assert window.library_pane.model().index(0, 0).data() == "<b>标题</b> &amp; <i>正文</i>"
    assert view.review.state.readings(view.current)[view.review.state.witness_ids[1]].text == "又"


def test_chosen_font_writes_chinese_when_one_is_installed():
    font = choose_text_font()
    chinese = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    if chinese:
        assert font.family() in chinese
    assert font.pointSize() > 0


def test_a_large_library_opens_folded_and_unfolds_a_document_on_demand(seeded, qtbot, monkeypatch):
    monkeypatch.setattr("desk.gui.library_pane.EXPANDED_UP_TO", 2)
    window = MainWindow(seeded, text_font())
    qtbot.addWidget(window)
    pane = window.library_pane
    model = pane.model()
    assert model.rowCount() == 4
    assert not any(pane.isExpanded(model.index(row, 0)) for row in range(4))
    page = model.index(0, 0)
    pane.expand(page)
    labels = [model.index(row, 0, page).data() for row in range(model.rowCount(page))]
    assert labels == [w.label for w in list_documents(seeded)[0].witnesses]
    assert model.index(1, 2, page).data() == f"{list_documents(seeded)[0].witnesses[1].length:,}"


def test_the_shortcuts_list_is_read_from_the_menus_and_about_names_the_versions(
    seeded, qtbot, monkeypatch
):
    from desk import __version__
    from desk.gui.help_dialogs import ShortcutsDialog, about_text, shortcut_rows

    window = MainWindow(seeded, text_font())
    qtbot.addWidget(window)
    rows = shortcut_rows(window.menuBar())
    commands = {command: keys for _, command, keys in rows}
    assert commands["Next Place to Review"] == "F8"
    assert commands["Find"] == "Ctrl+F"
    assert "F1" in commands["Keyboard Shortcuts"] and "?" in commands["Keyboard Shortcuts"]
    dialog = ShortcutsDialog(window.menuBar())
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == len(rows)
    large = dialog.table.font()
    large.setPointSize(large.pointSize() * 2)  # a large system font: the keys still show
    dialog.table.setFont(large)
    dialog.table.resizeColumnsToContents()
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    keys_shown = table.columnWidth(2)
    assert all(table.fontMetrics().horizontalAdvance(keys) <= keys_shown for _, _, keys in rows)
    assert table.columnViewportPosition(2) + keys_shown <= table.viewport().width()  # in view
    text = about_text()
    assert f"desk {__version__}" in text and "MIT" in text and "sqlite-utils" in text


def test_question_mark_opens_the_shortcuts_but_types_in_the_curated_text(
    window, qtbot, monkeypatch
):
    from desk.gui.help_dialogs import ShortcutsDialog
    from desk.gui.review_view import CURATED

    opened = []
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda self: opened.append(True))
    view = window.review_view
    witness = view.panes[view.review.state.base_id].editor
    witness.setFocus()
    qtbot.keyClick(witness, Qt.Key.Key_Question)
    assert opened == [True]
    editor = view.panes[CURATED].editor
    editor.setFocus()
    qtbot.keyClicks(editor, "?")
    assert opened == [True] and "?" in view.review.state.text()


def second_pair(library, tmp_path):
    """Give seed 003 a second transcription and remove the other documents of one witness
    (reviewed too, for their suspected misreadings): two documents to review."""
    third = next(d for d in list_documents(library) if d.title.startswith("四川"))
    for document in list_documents(library):
        if len(document.witnesses) == 1 and document.id != third.id:
            remove_document(library, document.id)
    source = SEEDS_DIR / f"{third.witnesses[0].label}.txt"
    copy = tmp_path / "003_copy.txt"
    copy.write_text(source.read_text(encoding="utf-8").replace("苍溪", "苍谿", 1), encoding="utf-8")
    import_paths(library, [copy])
    return next(d for d in list_documents(library) if d.id == third.id)


def review_everything(review) -> None:
    for category in ("text", "script"):
        review.decide_all(category, review.state.witness_ids[0])


def test_the_next_document_to_review_comes_round_the_library(seeded, tmp_path):
    from desk.core.review.prepare import next_to_review
    from desk.core.review.session import Review

    page = next(d for d in list_documents(seeded) if len(d.witnesses) == 2)
    third = second_pair(seeded, tmp_path)
    assert next_to_review(seeded, page.id).id == third.id  # not compared yet
    assert next_to_review(seeded, third.id).id == page.id  # round the end
    review = Review(seeded, third.id)
    review_everything(review)
    review.save_counts()
    assert review.state.counts().open == 0
    assert next_to_review(seeded, page.id) is None


def test_f8_at_the_end_of_a_document_offers_the_next_one(window, qtbot, tmp_path, monkeypatch):
    third = second_pair(window.library, tmp_path)
    asked = []
    monkeypatch.setattr(
        "desk.gui.review_actions.confirm",
        lambda parent, title, text, yes_by_default: asked.append((text, yes_by_default)) or True,
    )
    view = window.review_view
    review_everything(view.review)
    window.review_actions.next_place()
    [(question, yes_by_default)] = asked
    assert "is reviewed" in question and third.title in question
    assert yes_by_default  # Enter goes on to the next document
    qtbot.waitUntil(lambda: view.review is not None and view.review.document.id == third.id)


def test_removing_the_open_document_closes_it_quietly(window, qtbot, monkeypatch):
    errors = []
    monkeypatch.setattr("desk.gui.library_pane.confirm", lambda *args, **kwargs: True)
    monkeypatch.setattr("sys.excepthook", lambda *args: errors.append(args))
    opened = window.review_view.review.document.id
    window.library_pane.ask_remove_document(opened)
    qtbot.waitUntil(lambda: window.review_view.review is None)
    assert errors == [] and opened not in [d.id for d in window.library_pane.documents]
    assert window.page_images.panel.review is None


def test_file_dialogs_open_where_they_were_last_used_else_at_home(window, monkeypatch, tmp_path):
    from pathlib import Path

    from desk.gui import file_dialogs

    asked = []

    def choose(parent, title, folder, name_filter):
        asked.append(folder)
        return [tmp_path / "a.txt"]

    monkeypatch.setattr(file_dialogs, "open_files", choose)
    monkeypatch.setattr(window.documents, "import_paths", lambda paths: None)
    window.documents.import_files()
    window.documents.import_files()
    assert asked == [str(Path.home()), str(tmp_path)]


def test_on_the_first_run_the_library_pane_is_wide_enough_for_titles(seeded, qtbot):
    window = MainWindow(seeded, text_font())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.library_dock.width() >= 220)
    pane = window.library_pane
    title_column = pane.columnWidth(0)
    widest = max(pane.fontMetrics().horizontalAdvance(d.title[:8]) for d in list_documents(seeded))
    assert title_column >= widest  # eight characters of every title show, not two
