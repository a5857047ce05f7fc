"""Libraries made by earlier desks open in today's: real files they wrote, migrated."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desk.core.library.documents import list_documents, remove_document
from desk.core.library.store import SCHEMA_VERSION, Library, open_library, schema_version
from desk.core.review.history import StepState
from desk.core.review.series import batch_of, undo_batch
from desk.core.review.session import Review

DATA = Path(__file__).parent / "data"
# Made by desk at schema 10: two works of two witnesses each, decided by one library-wide
# series (its batch kept in the meta table then), a note in the first.
SCHEMA_10 = DATA / "library_schema10.db"


@pytest.fixture
def migrated(tmp_path) -> Library:
    shutil.copyfile(SCHEMA_10, tmp_path / "library.db")
    library = open_library(tmp_path / "library.db")
    yield library
    library.close()


def rows_naming(library: Library, column: str, ids: list[int]) -> dict[str, int]:
    """Every table with `column`, and how many of its rows name one of `ids`."""
    found = {}
    for table in library.db.table_names():
        columns = {c.name for c in library.db[table].columns}
        if column in columns:
            marks = ",".join("?" * len(ids))
            count = library.db.execute(
                f"SELECT count(*) FROM [{table}] WHERE [{column}] IN ({marks})", ids
            ).fetchone()[0]
            found[table] = count
    return found


def test_a_batch_kept_in_the_meta_table_is_still_one_batch_that_undoes_everywhere(migrated):
    assert schema_version(migrated.db) == SCHEMA_VERSION
    batch = batch_of(migrated, 1, 2)
    assert batch is not None and batch.steps == ((1, 2), (2, 1)) and batch.places == 5
    assert batch_of(migrated, 2, 1) == batch
    assert batch_of(migrated, 1, 1) is None  # the decision the series repeated
    assert not migrated.db.execute("SELECT 1 FROM meta WHERE key LIKE 'review_batch%'").fetchall()
    result = undo_batch(migrated, batch, "editor")
    assert result.changed == (2,) and result.left == (1,)  # the note lies on top in the first
    Review(migrated, 1).undo()  # the note
    result = undo_batch(migrated, batch, "editor")
    assert result.changed == (1,) and result.left == ()
    for document_id, number in batch.steps:
        states = {s.number: s.state for s in Review(migrated, document_id).state.steps}
        assert states[number] == StepState.UNDONE


def test_removing_a_document_leaves_no_row_of_it_or_of_its_witnesses(migrated):
    document = next(d for d in list_documents(migrated) if d.id == 1)
    witnesses = [w.id for w in document.witnesses]
    assert rows_naming(migrated, "document_id", [1])["annotations"] == 1
    assert rows_naming(migrated, "witness_id", witnesses)["saved_proposals"] == 2
    remove_document(migrated, 1)
    assert set(rows_naming(migrated, "document_id", [1]).values()) == {0}
    assert set(rows_naming(migrated, "witness_id", witnesses).values()) == {0}
    assert migrated.db.execute("SELECT count(*) FROM review_steps").fetchone()[0] > 0  # the other's
    batch = batch_of(migrated, 2, 1)
    assert batch is not None and batch.steps == ((2, 1),)  # the removed document's step is gone
