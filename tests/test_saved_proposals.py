"""A witness's cleaning proposals are computed once and read back when the document reopens."""

from __future__ import annotations

import pytest

from desk.core.library.documents import list_documents, remove_document
from desk.core.review import saved_alignment, saved_proposals
from desk.core.review.prepare import prepare_review, saved_counts
from desk.core.text import cleaning


@pytest.fixture
def page(seeded):
    return next(d for d in list_documents(seeded) if len(d.witnesses) == 2)


def base_of(library, page):
    witness = page.witnesses[0]
    text = library.db.execute("SELECT text FROM witnesses WHERE id = ?", [witness.id]).fetchone()
    return witness.id, text[0]


def test_saved_proposals_are_the_rules_proposals_and_are_not_computed_again(
    seeded, page, monkeypatch
):
    witness_id, text = base_of(seeded, page)
    first = saved_proposals.witness_proposals(seeded, witness_id, text)
    assert first == cleaning.propose(text)
    assert any(p.rule == "reflow" for p in first)

    def no_scan(*args, **kwargs):
        raise AssertionError("the saved proposals should have been used")

    monkeypatch.setattr(saved_proposals, "propose", no_scan)
    assert saved_proposals.witness_proposals(seeded, witness_id, text) == first


def test_changed_rules_make_the_proposals_be_found_again(seeded, page, monkeypatch):
    witness_id, text = base_of(seeded, page)
    saved_proposals.witness_proposals(seeded, witness_id, text)
    monkeypatch.setattr(saved_proposals, "RULES_VERSION", cleaning.RULES_VERSION + 1)
    calls = []
    monkeypatch.setattr(saved_proposals, "propose", lambda t: calls.append(t) or [])
    assert saved_proposals.witness_proposals(seeded, witness_id, text) == []
    assert calls == [text]


def test_a_prepared_document_opens_without_aligning_again(seeded, page, monkeypatch):
    prepare_review(seeded, page.id)
    assert saved_counts(seeded)[page.id].open == 17

    def no_alignment(*args, **kwargs):
        raise AssertionError("the saved alignment should have been used")

    monkeypatch.setattr(saved_alignment, "collate", no_alignment)
    from desk.core.review.session import Review

    assert Review(seeded, page.id).state.counts().open == 17


def test_removing_a_reviewed_document_removes_what_was_saved_for_it(seeded, page):
    from desk.core.review.session import Review

    review = Review(seeded, page.id)
    review.take(review.state.variant_places[0], review.state.witness_ids[1])
    remove_document(seeded, page.id)
    assert page.id not in [d.id for d in list_documents(seeded)]
    for table in ("alignments", "review_steps", "review_documents", "saved_proposals"):
        assert seeded.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0


def test_an_import_prepares_every_document_it_gave_a_witness(library, seeds):
    from desk.core.library.documents import import_paths
    from desk.core.review.prepare import prepare_imported

    report = import_paths(library, seeds)
    done = []
    prepare_imported(library, report, lambda n, total: done.append((n, total)))
    documents = list_documents(library)
    assert {d.id for d in documents} == set(saved_counts(library))
    totals = {total for _, total in done}
    assert len(totals) == 1 and done[-1][0] == done[-1][1]  # one scale, ending at its end
    steps = [n for n, _ in done]
    assert steps == sorted(steps) and len(set(steps)) > 2 * len(documents)  # moves within each
    assert done[len(done) // 2][0] < done[-1][1]  # not at the end while work is left
