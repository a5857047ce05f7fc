"""The library file: schema version, migrations with a backup, WAL, refusals, transactions."""

from __future__ import annotations

import sqlite3

import pytest

from desk.core.library import get_document, list_documents
from desk.core.store import SCHEMA_VERSION, LibraryError, open_library, schema_version


def test_new_library_is_current_and_in_wal_mode(tmp_path):
    library = open_library(tmp_path / "sub" / "new.db")
    assert library.created
    assert schema_version(library.db) == SCHEMA_VERSION
    assert library.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert {"documents", "witnesses", "variants", "decisions", "revisions", "annotations"} <= set(
        library.db.table_names()
    )
    library.close()
    reopened = open_library(tmp_path / "sub" / "new.db")
    assert not reopened.created
    reopened.close()


def make_version_1_library(path):
    """A library as the first schema left it: documents and witnesses, no base witness."""
    old = open_library(path, upto=1)
    with old.atomic() as db:
        db["documents"].insert({"id": 7, "title": "旧文档", "created_at": "2026-01-01T00:00:00"})
        for witness_id in (3, 4):
            db["witnesses"].insert(
                {
                    "id": witness_id,
                    "document_id": 7,
                    "label": f"w{witness_id}",
                    "path": f"/old/w{witness_id}.txt",
                    "encoding": "gb18030",
                    "sha256": f"{witness_id:064x}",
                    "text": "旧的文字",
                    "length": 4,
                    "imported_at": "2026-01-01T00:00:00",
                }
            )
    old.close()


def test_migrating_an_older_library_keeps_its_data_and_a_backup(tmp_path):
    path = tmp_path / "old.db"
    make_version_1_library(path)
    library = open_library(path)
    assert schema_version(library.db) == SCHEMA_VERSION
    document = get_document(library, 7)
    assert document.title == "旧文档"
    assert [w.id for w in document.witnesses] == [3, 4]
    assert document.base_witness_id == 3  # the migration chose the oldest witness
    backups = list(tmp_path.glob("old.db.v1-*.bak"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as backup:
        assert backup.execute("PRAGMA user_version").fetchone()[0] == 1
        assert backup.execute("SELECT title FROM documents").fetchall() == [("旧文档",)]
    library.close()


def test_a_library_from_a_newer_desk_is_refused_untouched(tmp_path):
    path = tmp_path / "future.db"
    open_library(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = path.read_bytes()
    with pytest.raises(LibraryError, match="newer desk"):
        open_library(path)
    assert path.read_bytes() == before


def test_files_that_are_not_libraries_are_refused(tmp_path):
    text_file = tmp_path / "notes.db"
    text_file.write_text("这不是数据库" * 200)
    with pytest.raises(LibraryError, match="not a desk library"):
        open_library(text_file)
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE photos (id INTEGER)")
    with pytest.raises(LibraryError, match="not a desk library"):
        open_library(other)


def test_a_failed_action_writes_nothing(library):
    with pytest.raises(RuntimeError), library.atomic() as db:
        db["documents"].insert({"title": "半途", "created_at": "now"})
        raise RuntimeError("crash in the middle of an action")
    assert list_documents(library) == []


def test_a_write_the_disk_refuses_becomes_a_library_error(library):
    library.db.execute("PRAGMA max_page_count = 1")  # as if the disk were full
    with pytest.raises(LibraryError, match="could not write"), library.atomic() as db:
        db["documents"].insert({"title": "大" * 100_000, "created_at": "now"})
    library.db.execute("PRAGMA max_page_count = 1073741823")
    assert list_documents(library) == []


def test_another_connections_commit_is_noticed_and_ones_own_is_not(library):
    version = library.data_version()
    with library.atomic() as db:
        db["documents"].insert({"title": "自己的", "created_at": "now"})
    assert library.data_version() == version
    other = open_library(library.path)
    with other.atomic() as db:
        db["documents"].insert({"title": "别处的", "created_at": "now"})
    other.close()
    assert library.data_version() != version
