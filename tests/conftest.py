"""Shared fixtures: every test gets its own library file and never touches the user's."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desk.core.library.documents import import_paths  # noqa: E402
from desk.core.library.store import Library, open_library  # noqa: E402
from desk.core.review.opening import start_new_reviews_from_proposals

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture(autouse=True)
def private_default_library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the default library and the settings file at temporary ones for every test."""
    path = tmp_path / "default-library.db"
    monkeypatch.setenv("DESK_LIBRARY", str(path))
    monkeypatch.setenv("DESK_CONFIG_DIR", str(tmp_path / "config"))
    return path


@pytest.fixture(scope="session")
def english_interface() -> None:
    """desk's English translation installed, as the app does on an English system: its
    plural forms ("1 witness", "2 witnesses"). The .qm files are built as make does."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    subprocess.run([sys.executable, str(root / "scripts" / "build_translations.py")], check=True)
    from desk.gui import language

    assert language.install(language.ENGLISH)


@pytest.fixture(autouse=True)
def interface_language(request: pytest.FixtureRequest) -> None:
    """Every GUI test (one using qtbot) runs with the English translation installed."""
    if "qtbot" in request.fixturenames:
        request.getfixturevalue("qapp")
        request.getfixturevalue("english_interface")


STUCK_SECONDS = 5  # a modal dialog no test answers within this long is a failure, not a hang


@pytest.fixture(autouse=True)
def no_dialog_left_waiting(request: pytest.FixtureRequest):
    """In a GUI test, a modal dialog that nothing answers (a message box the test did not
    expect) is closed and fails the test, instead of hanging the suite."""
    if "qtbot" not in request.fixturenames:
        yield
        return
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

    stuck: list[str] = []
    first_seen: dict[int, float] = {}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            return
        since = first_seen.setdefault(id(dialog), time.monotonic())
        if time.monotonic() - since < STUCK_SECONDS:
            return
        text = dialog.text() if isinstance(dialog, QMessageBox) else ""
        stuck.append(f"{dialog.windowTitle()}: {text}")
        if isinstance(dialog, QDialog):
            dialog.reject()
        else:
            dialog.close()

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(250)
    yield
    timer.stop()
    assert not stuck, f"a dialog was left waiting for an answer: {stuck}"


@pytest.fixture
def seeds() -> list[Path]:
    """The five bundled sample texts, in name order."""
    return sorted(SEEDS.glob("*.txt"))


@pytest.fixture
def library(tmp_path: Path) -> Library:
    """An empty library in a temporary folder."""
    opened = open_library(tmp_path / "library.db")
    yield opened
    opened.close()


@pytest.fixture
def seeded(library: Library) -> Library:
    """A library holding the five sample texts, whose reviews start from the base's words,
    so that each decision the tests take changes the text (tests of proposals use their
    own)."""
    import_paths(library, [SEEDS])
    start_new_reviews_from_proposals(library, False)
    return library


@pytest.fixture
def window(seeded: Library, qtbot):
    """The main window on the sample library, the sample page open (as on a first run)."""
    from desk.gui.main_window import MainWindow
    from desk.gui.settings import text_font

    shown = MainWindow(seeded, text_font())
    qtbot.addWidget(shown)
    shown.show()
    shown.documents.open_last_document(wait=True)
    return shown


class SmallDisk:
    """A folder on a disk that can be filled up: a real tmpfs where this machine lets
    the tests mount one (root), else a simulated full disk, SQLite's own "database or
    disk is full" raised at every commit while full."""

    def __init__(self, folder: Path, mounted: bool, monkeypatch: pytest.MonkeyPatch) -> None:
        self.folder = folder
        self.mounted = mounted
        self._monkeypatch = monkeypatch
        self._filler = folder / "filler.bin"
        self.full = False

    def fill(self) -> None:
        """Take every free byte."""
        self.full = True
        if not self.mounted:
            return
        filler = os.open(self._filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
        try:
            for size in (1 << 20, 65536, 4096, 512, 1):
                try:
                    while True:
                        os.write(filler, b"\0" * size)
                except OSError:
                    pass
        finally:
            os.close(filler)

    def free(self) -> None:
        """Give the space back."""
        self.full = False
        self._filler.unlink(missing_ok=True)

    def simulate(self) -> None:
        """Without a tmpfs: SQLite's full-disk error at each COMMIT while full."""
        import sqlite3

        from sqlite_utils import Database

        real = Database.execute
        disk = self

        def execute(database, sql, *args, **kwargs):
            if disk.full and sql.strip().upper() == "COMMIT":
                error = sqlite3.OperationalError("database or disk is full")
                error.sqlite_errorcode = sqlite3.SQLITE_FULL
                raise error
            return real(database, sql, *args, **kwargs)

        self._monkeypatch.setattr(Database, "execute", execute)


@pytest.fixture
def small_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A folder on a 24 MB disk that a test can fill (see SmallDisk)."""
    import subprocess

    folder = tmp_path / "small-disk"
    folder.mkdir()
    mounted = (
        os.geteuid() == 0
        and subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=24m", "desk-test", str(folder)],
            capture_output=True,
        ).returncode
        == 0
    )
    disk = SmallDisk(folder, mounted, monkeypatch)
    if not mounted:
        disk.simulate()
    yield disk
    if mounted:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)
