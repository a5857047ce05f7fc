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
