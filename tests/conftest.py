"""Shared fixtures: every test gets its own library file and never touches the user's."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desk.core.library import import_paths  # noqa: E402
from desk.core.store import Library, open_library  # noqa: E402

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
    """A library holding the five sample texts."""
    import_paths(library, [SEEDS])
    return library


@pytest.fixture
def window(seeded: Library, qtbot):
    """The main window on the sample library, the sample page open (as on a first run)."""
    from desk.gui.main_window import MainWindow
    from desk.gui.settings import text_font

    shown = MainWindow(seeded, text_font())
    qtbot.addWidget(shown)
    shown.show()
    shown.open_last_document(wait=True)
    return shown
