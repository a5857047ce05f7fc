"""Preferences: the interface's language (the window rebuilt in it, Qt's own buttons
too), the colour theme, and the faint places remembered across restarts."""

from __future__ import annotations

from dataclasses import replace

import pytest
import shiboken6
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desk.core.review.step_labels import StepLabel
from desk.gui import language, settings, theme
from desk.gui.main_window import MainWindow
from desk.gui.preferences_dialog import Preferences, PreferencesDialog
from desk.gui.words import move_text, step_text, witness_names


@pytest.fixture
def window(seeded, qtbot):
    """The main window on the sample library, not handed to qtbot: a new language
    deletes it, and its replacement is closed here."""
    from desk.gui.settings import text_font

    shown = MainWindow(seeded, text_font())
    shown.show()
    shown.documents.open_last_document(wait=True)
    yield shown
    for left in (MainWindow.current, shown):
        if left is not None and shiboken6.isValid(left):
            left.close()


@pytest.fixture(autouse=True)
def back_in_english(window):
    """Each test leaves the interface in English and light, and no rebuilt window open."""
    yield
    language.install(language.ENGLISH)
    theme.apply("light")


def now(window: MainWindow) -> Preferences:
    return Preferences(
        language=settings.language(),
        theme=settings.theme(),
        font=window.review_view.font,
        author=settings.author(),
        show_layout_and_punctuation=window.menus.faint_action.isChecked(),
    )


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_choosing_chinese_rebuilds_the_window_with_chinese_menus_on_the_same_place(window, qtbot):
    settings.save_language("en")
    before = now(window)
    document = window.review_view.review.document.id
    window.review_view.take(1)  # a decision Ctrl+R can repeat after the switch
    place, decided = window.review_view.current, window.review_view.last_decided
    assert menu_titles(window)[0] == "&File"
    window.apply_preferences(replace(before, language="zh_CN"), before)
    chinese = MainWindow.current
    assert chinese is not window and not window.isVisible()
    assert menu_titles(chinese)[:4] == ["文件(&F)", "编辑(&E)", "审校(&R)", "视图(&V)"]
    assert chinese.library is window.library  # the same library, still locked by this desk
    assert chinese.review_view.review.document.id == document
    assert chinese.review_view.current == place
    assert chinese.review_view.last_decided == decided is not None
    assert "待审" in chinese.status_line.labels[1].text()  # the counts in Chinese as well
    assert settings.language() == "zh_CN"  # and at the next start
    qtbot.waitUntil(lambda: not shiboken6.isValid(window))  # the old window is gone
    review = chinese.review_view.review
    moved = next(
        p for p in review.state.variant_places if review.state.alignment.move_of(p) is not None
    )
    said = move_text(review.state, moved)
    assert said.startswith("移位：") and "版本 2" in said and "witness" not in said
    second = review.state.witness_ids[1]
    took = StepLabel.of("take", witness=second, reading="平", place=4)
    assert step_text(took, witness_names(review.state)) == "第 4 处采用 版本 2 的文字“平”"
    earlier = StepLabel.of("take_earlier", witness=second)  # as an older desk said it
    assert step_text(earlier, witness_names(review.state)) == "采用 版本 2 的文字"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"  # Qt's own
    chinese.apply_preferences(replace(now(chinese), language="en"), now(chinese))
    assert menu_titles(MainWindow.current)[0] == "&File"


def test_a_new_language_before_any_document_was_opened_rebuilds_the_window(window, seeded, qtbot):
    from desk.gui.settings import text_font

    window.close()  # lets go of the library
    fresh = MainWindow(seeded, text_font())  # no document opened yet
    fresh.show()
    before = now(fresh)
    fresh.apply_preferences(replace(before, language="zh_CN"), before)
    chinese = MainWindow.current
    assert chinese is not fresh
    assert menu_titles(chinese)[0] == "文件(&F)"
    assert chinese.review_view.review is None


def test_the_dark_theme_darkens_every_widget_and_light_brings_it_back(window):
    before = now(window)
    window.apply_preferences(replace(before, theme="dark"), before)
    app = QApplication.instance()
    assert app.palette().color(QPalette.ColorRole.Base).lightness() < 60
    assert settings.theme() == "dark"
    window.apply_preferences(replace(before, theme="light"), now(window))
    assert app.palette().color(QPalette.ColorRole.Base).lightness() > 200


def test_showing_layout_and_punctuation_is_remembered_for_the_next_window(window, seeded):
    before = now(window)
    shown = not before.show_layout_and_punctuation
    window.apply_preferences(replace(before, show_layout_and_punctuation=shown), before)
    assert window.menus.faint_action.isChecked() == shown
    assert window.review_view.show_faint == shown
    assert settings.show_layout_and_punctuation() == shown


def test_the_author_named_in_preferences_records_the_next_decision(window):
    before = now(window)
    window.apply_preferences(replace(before, author="李编辑"), before)
    view = window.review_view
    view.take(1)
    assert view.review.state.status(view.last_decided).author == "李编辑"


def test_the_dialog_shows_and_returns_what_is_chosen(window, qtbot):
    dialog = PreferencesDialog(window, now(window))
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.author.setText("  ")  # an empty name keeps the one there
    chosen = dialog.preferences()
    assert (chosen.language, chosen.theme, chosen.author) == ("zh_CN", "dark", settings.author())


def test_qt_file_dialogs_speak_chinese_where_qts_own_translation_is_silent(window, qtbot):
    from PySide6.QtWidgets import QFileDialog, QLabel

    language.install("zh_CN")
    dialog = QFileDialog(window)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert "查找范围(&L)：" in labels and "文件类型(&T)：" in labels
