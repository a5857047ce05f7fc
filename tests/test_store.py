"""The library file: schema version, migrations with a backup, its journal, refusals,
transactions, and other processes beside it."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desk.core.library.documents import get_document, list_documents
from desk.core.library.failures import DiskFull, LibraryError
from desk.core.library.store import SCHEMA_VERSION, open_library, schema_version

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def test_new_library_is_current_with_a_rollback_journal_and_one_file_at_rest(tmp_path):
    library = open_library(tmp_path / "sub" / "new.db")
    assert library.created
    assert schema_version(library.db) == SCHEMA_VERSION
    assert library.db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert {"documents", "witnesses", "variants", "decisions", "revisions", "annotations"} <= set(
        library.db.table_names()
    )
    with library.atomic():
        library.set_meta("opened", "yes")
    assert [p.name for p in (tmp_path / "sub").iterdir()] == ["new.db"]  # nothing beside it
    library.close()
    reopened = open_library(tmp_path / "sub" / "new.db")
    assert not reopened.created
    reopened.close()


def test_a_library_an_older_desk_kept_in_wal_mode_gets_a_rollback_journal(tmp_path):
    path = tmp_path / "old.db"
    open_library(path).close()
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA journal_mode = WAL").fetchone()[0] == "wal"
    connection.execute("PRAGMA wal_autocheckpoint = 0")
    with connection:
        connection.execute("INSERT INTO meta VALUES ('kept', 'in the log')")
    other = sqlite3.connect(path)  # another desk still has it open: it stays WAL for now
    beside = open_library(path)
    assert beside.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    beside.close()
    other.close()
    connection.close()
    library = open_library(path)
    assert library.db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert library.get_meta("kept") == "in the log"
    library.close()
    assert not (tmp_path / "old.db-wal").exists()


def desk_command(*arguments: str) -> subprocess.CompletedProcess:
    """Run the desk command in a process of its own, as an editor's terminal would."""
    return subprocess.run(
        [sys.executable, "-m", "desk", *arguments], capture_output=True, text=True, timeout=120
    )


def seen_by_another_process(path: Path, key: str) -> str | None:
    found = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys; row = sqlite3.connect(sys.argv[1]).execute("
            "'SELECT value FROM meta WHERE key = ?', [sys.argv[2]]).fetchone();"
            " print(row[0] if row else '')",
            str(path),
            key,
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return found.stdout.strip() or None


def test_a_file_closed_in_this_process_and_a_command_beside_it_lose_no_write(library):
    """Closing any descriptor of the library drops this process's locks on it; a desk
    command run beside must not then take the library's journal away."""
    with library.atomic():
        library.set_meta("first", "决定 1")
    open(library.path, "rb").close()  # a checksum, a file dialog telling the type, a copy
    listed = desk_command("list", "--library", str(library.path))
    assert listed.returncode == 0, listed.stderr
    with library.atomic():
        library.set_meta("second", "决定 2")
    assert seen_by_another_process(library.path, "second") == "决定 2"
    library.close()
    reopened = open_library(library.path)
    assert reopened.get_meta("second") == "决定 2"
    assert reopened.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    reopened.close()


def test_two_processes_creating_one_library_at_once_both_import(tmp_path):
    path = tmp_path / "new" / "library.db"
    seeds = sorted(SEEDS.glob("*.txt"))
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "desk", "import", str(seed), "--library", str(path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for seed in seeds
    ]
    for run in runs:
        _, errors = run.communicate(timeout=120)
        assert run.returncode == 0, errors
    library = open_library(path)
    assert sum(len(d.witnesses) for d in list_documents(library)) == len(seeds)
    library.close()


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


def test_a_write_the_full_disk_refuses_says_so_and_writes_nothing(library):
    library.db.execute("PRAGMA max_page_count = 1")  # SQLite's own "database or disk is full"
    with pytest.raises(DiskFull, match="is full, so nothing was saved"), library.atomic() as db:
        db["documents"].insert({"title": "大" * 100_000, "created_at": "now"})
    library.db.execute("PRAGMA max_page_count = 1073741823")
    assert list_documents(library) == []


def test_what_runs_after_a_commit_runs_only_when_the_whole_transaction_is_saved(library):
    done = []
    with library.atomic():
        with library.atomic():
            library.set_meta("inner", "1")
            library.after_commit(lambda: done.append("inner"))
        assert done == []  # the outer transaction is not saved yet
    assert done == ["inner"]
    library.db.execute("PRAGMA max_page_count = 1")
    with pytest.raises(DiskFull), library.atomic():
        with library.atomic():
            library.after_commit(lambda: done.append("lost"))
        library.set_meta("big", "大" * 100_000)
    library.db.execute("PRAGMA max_page_count = 1073741823")
    assert done == ["inner"]


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
