"""Libraries desk may not write, damaged library files and failed backups: each gets one
clear message, and nothing in the file changes."""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from desk.cli import main
from desk.core.export.files import export_documents
from desk.core.library import store
from desk.core.library.documents import import_paths, list_documents
from desk.core.library.failures import LibraryError
from desk.core.library.store import check_library, open_library
from desk.core.review.session import Review

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def seeded_file(path):
    """A closed library file holding the sample texts."""
    library = open_library(path)
    import_paths(library, [SEEDS])
    library.close()
    return path


def page_with_two_witnesses(library):
    return next(d for d in list_documents(library) if len(d.witnesses) == 2)


def test_a_library_desk_may_not_write_is_shown_and_exported_but_not_changed(tmp_path, monkeypatch):
    path = seeded_file(tmp_path / "library.db")
    before = path.read_bytes()
    monkeypatch.setattr(store, "_writable", lambda _path: False)
    library = open_library(path)
    assert library.read_only
    page = page_with_two_witnesses(library)
    review = Review(library, page.id)
    assert review.state.counts().open > 0  # aligned in memory, not saved
    with pytest.raises(LibraryError, match="read-only"):
        review.decide_all("punctuation", review.state.witness_ids[1])
    written = export_documents(library, tmp_path / "out", ["txt"], [page.id])
    assert written and written[0].read_text(encoding="utf-8").strip()
    library.close()
    assert check_library(path) == (["ok"], [])
    assert path.read_bytes() == before
    assert {p.name for p in tmp_path.iterdir()} == {"library.db", "out"}


def test_a_read_only_library_another_desk_is_writing_shows_what_it_has_saved(tmp_path, monkeypatch):
    path = tmp_path / "library.db"
    writer = open_library(path)
    import_paths(writer, [SEEDS])
    monkeypatch.setattr(store, "_writable", lambda _path: False)
    reader = open_library(path)
    assert reader.read_only and len(list_documents(reader)) == 4
    with writer.atomic() as db:
        db["documents"].update(1, {"title": "改过的标题"})
    assert list_documents(reader)[0].title == "改过的标题"
    reader.close()
    writer.close()


@pytest.mark.parametrize("journal", ["library.db-journal", "library.db-wal"])
def test_on_read_only_media_changes_still_in_a_journal_are_refused(tmp_path, monkeypatch, journal):
    """A rollback journal left by a write cut short, or an older desk's write-ahead log:
    reading past it would show pages half written."""
    path = seeded_file(tmp_path / "library.db")
    (tmp_path / journal).write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + b"\0" * 504)
    monkeypatch.setattr(store, "_writable", lambda _path: False)
    opened = store._read_only_database

    def media_without_journal_files(path, mode):
        if "immutable" not in mode:  # what SQLite says when it cannot use the journal
            raise sqlite3.OperationalError("attempt to write a readonly database")
        return opened(path, mode)

    monkeypatch.setattr(store, "_read_only_database", media_without_journal_files)
    with pytest.raises(LibraryError, match=journal):
        open_library(path)
    (tmp_path / journal).unlink()
    library = open_library(path)  # nothing pending: read as a file that will not change
    assert library.read_only and len(list_documents(library)) == 4
    library.close()


def test_an_older_read_only_library_is_refused_not_migrated(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    open_library(path, upto=1).close()
    before = path.read_bytes()
    monkeypatch.setattr(store, "_writable", lambda _path: False)
    with pytest.raises(LibraryError, match="older desk"):
        open_library(path)
    assert path.read_bytes() == before
    assert list(tmp_path.glob("*.bak")) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="file modes do not bind root")
def test_a_read_only_file_opens_read_only(tmp_path):
    path = seeded_file(tmp_path / "library.db")
    path.chmod(0o444)
    library = open_library(path)
    assert library.read_only
    library.close()


def damage(path):
    """Overwrite the library's pages after the first with junk, as a failing disk might."""
    size = path.stat().st_size
    with path.open("r+b") as file:
        page = 4096
        file.seek(page)
        file.write(b"\xa5" * (size - page))


def test_a_damaged_library_gets_a_clear_message_naming_the_way_out(tmp_path):
    path = seeded_file(tmp_path / "library.db")
    open_library(path, upto=store.SCHEMA_VERSION).close()
    backup = tmp_path / "library.db.v3-20260101T000000.bak"
    backup.write_bytes(path.read_bytes())
    damage(path)
    problems, found = check_library(path)
    assert problems != ["ok"]
    assert found == [backup]
    runner = CliRunner()
    listed = runner.invoke(main, ["--library", str(path), "list"])
    assert listed.exit_code != 0
    assert "damaged" in listed.output and str(backup) in listed.output
    assert "Traceback" not in listed.output
    after = runner.invoke(main, ["export", "--out", str(tmp_path / "out"), "--library", str(path)])
    assert after.exit_code != 0 and f"{path}: the library file is damaged" in after.output
    checked = runner.invoke(main, ["check", "--library", str(path)])
    assert checked.exit_code == 1
    assert "damaged" in checked.output and str(backup) in checked.output


def test_desk_check_passes_a_healthy_library(tmp_path):
    path = seeded_file(tmp_path / "library.db")
    before = sorted(tmp_path.iterdir())
    checked = CliRunner().invoke(main, ["check", "--library", str(path)])
    assert sorted(tmp_path.iterdir()) == before  # no journal files left beside it
    assert checked.exit_code == 0
    assert "no damage found" in checked.output
    assert "0 backup(s)" in checked.output


def test_a_backup_that_fails_leaves_no_half_file_and_the_library_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    open_library(path, upto=1).close()
    before = path.read_bytes()
    real_connect = sqlite3.connect

    def full_disk_for_backups(target, *args, **kwargs):
        connection = real_connect(target, *args, **kwargs)
        if str(target).endswith(".bak"):
            connection.execute("PRAGMA max_page_count = 1")
        return connection

    monkeypatch.setattr(store.sqlite3, "connect", full_disk_for_backups)
    with pytest.raises(LibraryError, match="could not be backed up"):
        open_library(path)
    monkeypatch.undo()
    assert list(tmp_path.glob("*.bak")) == []
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == 1
    assert path.read_bytes() == before


def test_the_window_says_why_it_cannot_open_a_damaged_library(tmp_path, monkeypatch, qapp):
    path = seeded_file(tmp_path / "library.db")
    path.write_bytes(b"\xa5" * path.stat().st_size)
    shown = []
    monkeypatch.setattr(
        "desk.gui.app.warn", lambda parent, title, text, critical: shown.append((title, text))
    )
    result = CliRunner().invoke(main, ["--library", str(path)])
    assert result.exit_code == 1
    assert len(shown) == 1 and str(path) in shown[0][1]
    assert "desk: " + shown[0][1] in result.output
    assert not (tmp_path / "library.db.lock").exists()  # the lock is let go
    listed_damage = seeded_file(tmp_path / "listed.db")
    damage(listed_damage)  # opens, then fails when the window lists the documents
    result = CliRunner().invoke(main, ["--library", str(listed_damage)])
    assert result.exit_code == 1
    assert len(shown) == 2 and "listed.db: the library file is damaged" in shown[1][1]


def test_the_window_takes_the_lock_before_bringing_a_library_up_to_date(tmp_path, qapp):
    from desk.gui.library_lock import lock_library

    path = tmp_path / "old.db"
    open_library(path, upto=1).close()
    held = lock_library(path)  # another desk window has it open
    result = CliRunner().invoke(main, ["--library", str(path), "--smoke"])
    held.unlock()
    assert result.exit_code == 1
    assert "open in another desk window" in result.output
    assert list(tmp_path.glob("*.bak")) == []
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == 1


def test_damage_found_while_the_window_is_open_is_a_message_not_a_traceback(
    seeded, qtbot, monkeypatch
):
    from desk.gui import app
    from desk.gui.main_window import MainWindow
    from desk.gui.settings import text_font

    window = MainWindow(seeded, text_font())
    qtbot.addWidget(window)
    shown = []
    monkeypatch.setattr(
        "desk.gui.app.warn", lambda parent, title, text, critical: shown.append(text)
    )
    monkeypatch.setattr("sys.excepthook", sys.excepthook)
    app.report_errors()
    error = sqlite3.DatabaseError("database disk image is malformed")
    sys.excepthook(type(error), error, None)
    busy = sqlite3.OperationalError("database is locked")
    sys.excepthook(type(busy), busy, None)
    assert "damaged" in shown[0] and "desk check" in shown[0]
    assert "could not read" in shown[1] and "damaged" not in shown[1]
