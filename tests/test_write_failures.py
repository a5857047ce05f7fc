"""Writes the library refuses reach the editor: only a read-only library passes quietly.
A full disk while saving a collation, proposals or a review's counts is said, never
taken for a read-only library."""

from __future__ import annotations

from pathlib import Path

import pytest

from desk.core.library import store
from desk.core.library.documents import import_paths, list_documents
from desk.core.library.failures import DiskFull
from desk.core.library.store import open_library
from desk.core.review.prepare import prepare_review
from desk.core.review.saved_proposals import witness_proposals
from desk.core.review.session import Review

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def page(library):
    return next(d for d in list_documents(library) if len(d.witnesses) == 2)


def test_a_full_disk_while_saving_what_opening_a_document_computes_is_said(small_disk):
    library = open_library(small_disk.folder / "library.db")
    import_paths(library, [SEEDS])
    document = page(library)
    witness = document.witnesses[0]
    library.db.execute("DELETE FROM saved_proposals")  # to be computed and saved again
    small_disk.fill()
    with pytest.raises(DiskFull, match="is full"):
        witness_proposals(library, witness.id, "陕西 宝鸡")
    with pytest.raises(DiskFull, match="is full"):
        prepare_review(library, document.id)  # the collation and the counts
    small_disk.free()
    prepare_review(library, document.id)
    assert Review(library, document.id).state.counts().open > 0
    library.close()


def test_a_read_only_library_computes_them_each_time_and_says_nothing(tmp_path, monkeypatch):
    library = open_library(tmp_path / "library.db")
    import_paths(library, [SEEDS])
    document = page(library)
    library.close()
    monkeypatch.setattr(store, "_writable", lambda _path: False)
    read_only = open_library(tmp_path / "library.db")
    assert read_only.read_only
    prepare_review(read_only, document.id)  # aligned in memory, nothing raised
    assert Review(read_only, document.id).state.counts().open > 0
    read_only.close()
