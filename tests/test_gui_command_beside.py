"""A `desk` command run beside the window, after the window's process touched the library
file (a file dialog listing its folder, a plain open and close): the window's next
decision is saved where every other process sees it."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel
from test_gui_review import open_window

from desk.gui import settings
from desk.gui.main_window import MainWindow

DIALOGS = ["import files", "import folder", "open library", "export", "attach page image"]


def steps_seen_elsewhere(path: Path) -> int:
    """How many review steps another process finds in the library."""
    found = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys;"
            "print(sqlite3.connect(sys.argv[1]).execute('SELECT count(*) FROM review_steps')"
            ".fetchone()[0])",
            str(path),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(found.stdout)


def desk_list_beside(path: Path) -> None:
    listed = subprocess.run(
        [sys.executable, "-m", "desk", "list", "--library", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert listed.returncode == 0, listed.stderr


def decide_and_check_it_is_seen(window: MainWindow, qtbot) -> None:
    before = steps_seen_elsewhere(window.library.path)
    window.activateWindow()  # back from the dialog
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.review_view, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert len(window.review_view.review.state.steps) == before + 1
    assert steps_seen_elsewhere(window.library.path) == before + 1
    problems = sqlite3.connect(window.library.path).execute("PRAGMA integrity_check").fetchall()
    assert problems == [("ok",)]


def close_once_listed(library_file: Path) -> list[str]:
    """Watch for a file dialog; once it has listed the library's folder (and told the
    library file's type, where it lists files), close it. Returns what it saw."""
    seen: list[str] = []
    timer = QTimer()

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            return
        model = dialog.findChild(QFileSystemModel)
        folder = model.index(str(library_file.parent))
        if model.rowCount(folder) == 0:
            return
        entry = model.index(str(library_file))
        if entry.isValid():
            kind = model.type(entry)
            if not kind:
                return
            seen.append(kind)
        else:
            seen.append("folders only")
        timer.stop()
        dialog.reject()

    timer.timeout.connect(look)
    timer.start(50)
    seen.append("watching")
    close_once_listed.timer = timer  # kept alive while the dialog runs
    return seen


@pytest.mark.parametrize("dialog", DIALOGS)
def test_a_file_dialog_then_a_desk_command_beside_lose_no_decision(
    dialog, seeded, qtbot, monkeypatch, tmp_path
):
    (tmp_path / "scans").mkdir()  # a folder for the folder dialogs to list
    for purpose in ("import", "export", "images"):
        settings.save_last_folder(purpose, tmp_path)
    window = open_window(seeded, qtbot)
    seen = close_once_listed(seeded.path)
    if dialog == "import files":
        window.documents.import_files()
    elif dialog == "import folder":
        window.documents.import_folder()
    elif dialog == "open library":
        window.documents.choose_library()
    elif dialog == "export":

        class ChooseText:  # the formats asked first; the folder dialog is the one here
            def __init__(self, *args) -> None:
                pass

            def exec(self) -> bool:
                return True

            def formats(self) -> list[str]:
                return ["txt"]

        monkeypatch.setattr("desk.gui.export_actions.ExportDialog", ChooseText)
        window.exports.export_current()
    else:
        window.page_images.choose_image()
    assert len(seen) == 2, f"the {dialog} dialog never listed the library's folder"
    desk_list_beside(seeded.path)
    decide_and_check_it_is_seen(window, qtbot)
    window.close()


def test_a_plain_open_and_close_of_the_library_then_a_command_beside_lose_no_decision(
    seeded, qtbot
):
    window = open_window(seeded, qtbot)
    open(seeded.path, "rb").close()  # drops every lock this process holds on the file
    desk_list_beside(seeded.path)
    decide_and_check_it_is_seen(window, qtbot)
    decide_and_check_it_is_seen(window, qtbot)
    window.close()
