"""Annotations on passages: saved, filtered, deleted and restored, and anchored through edits."""

from __future__ import annotations

import itertools
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_review_places import place_reading

from desk.core.library.documents import import_paths, list_documents
from desk.core.library.failures import DiskFull
from desk.core.library.store import open_library
from desk.core.notes.annotations import (
    add_annotation,
    delete_annotation,
    get_annotation,
    list_annotations,
    place,
    restore_annotation,
    update_annotation,
)
from desk.core.notes.selectors import anchor_at, locate, shift
from desk.core.review.session import Review
from desk.core.review.step_labels import english
from desk.core.text.edits import TextEdit

PAGE = (
    "陕西宝鸡平台元宇宙产业发展行动计划。近日发布的通知提出，持续深化东西部协作。\n\n"
    "本报记者邵向东报道：牧民优品散养牛羊肉走出去，乡村要振兴。"
)
OTHER = PAGE.replace("平台", "出台").replace("邵", "邰").replace("牧民", "牧人")


def page_review(folder: Path) -> Review:
    (folder / "a.txt").write_text(PAGE, encoding="utf-8")
    (folder / "b.txt").write_text(OTHER, encoding="utf-8")
    library = open_library(folder / "library.db")
    import_paths(library, [folder / "a.txt", folder / "b.txt"])
    return Review(library, list_documents(library)[0].id, author="editor")


def note_on(review: Review, quote: str, note: str = "check", tags=("query",), author="editor"):
    text = review.state.text()
    start = text.index(quote)
    return add_annotation(
        review.library,
        review.document.id,
        None,
        text,
        start,
        start + len(quote),
        note,
        tags,
        author,
    )


def test_annotations_are_saved_with_note_tags_author_and_time(tmp_path):
    review = page_review(tmp_path)
    made = note_on(review, "邵向东", "name unclear in the scan", ["uncertain", " check-image "])
    again = get_annotation(review.library, made.id)
    assert again.anchor.quote == "邵向东"
    assert again.tags == ("uncertain", "check-image")
    assert again.author == "editor" and again.created.startswith("20")
    assert place(again, review.state.text()) == (PAGE.index("邵向东"), PAGE.index("邵向东") + 3)


def test_filtering_by_tag_and_author(tmp_path):
    review = page_review(tmp_path)
    note_on(review, "平台", tags=["query"], author="ann")
    note_on(review, "牧民优品", tags=["uncertain"], author="bo")
    document = review.document.id
    assert [a.anchor.quote for a in list_annotations(review.library, document, tag="query")] == [
        "平台"
    ]
    assert [a.anchor.quote for a in list_annotations(review.library, document, author="bo")] == [
        "牧民优品"
    ]


def test_editing_deleting_and_restoring_keep_everything(tmp_path):
    review = page_review(tmp_path)
    made = note_on(review, "平台")
    updated = update_annotation(review.library, made.id, "really 出台?", ["query", "mine"])
    assert (updated.note, updated.tags) == ("really 出台?", ("query", "mine"))
    delete_annotation(review.library, made.id)
    assert list_annotations(review.library, review.document.id) == []
    restore_annotation(review.library, made.id)
    assert [a.note for a in list_annotations(review.library, review.document.id)] == [
        "really 出台?"
    ]


def test_an_annotation_follows_decisions_and_edits_before_it_and_survives_undo(tmp_path):
    review = page_review(tmp_path)
    made = note_on(review, "牧民优品散养牛羊肉")
    review.take(place_reading(review, "平", "出"), review.state.alignment.witnesses[1].id)
    review.edit(0, 0, "【头版】")
    now = get_annotation(review.library, made.id)
    start, end = place(now, review.state.text())
    assert review.state.text()[start:end] == "牧民优品散养牛羊肉"
    review.undo()
    review.undo()
    start, end = place(get_annotation(review.library, made.id), review.state.text())
    assert review.state.text()[start:end] == "牧民优品散养牛羊肉"


def test_a_decision_inside_the_passage_keeps_it_marked(tmp_path):
    review = page_review(tmp_path)
    made = note_on(review, "牧民优品散养牛羊肉")
    review.take(place_reading(review, "民", "人"), review.state.alignment.witnesses[1].id)
    start, end = place(get_annotation(review.library, made.id), review.state.text())
    assert review.state.text()[start:end] == "牧人优品散养牛羊肉"


def test_a_passage_deleted_by_hand_is_orphaned_not_lost(tmp_path):
    review = page_review(tmp_path)
    made = note_on(review, "邵向东报道")
    text = review.state.text()
    start = text.index("本报记者")
    review.edit(start, start + len("本报记者邵向东报道："), "")
    orphan = get_annotation(review.library, made.id)
    assert place(orphan, review.state.text()) is None
    assert orphan.anchor.quote == "邵向东报道"  # shown with its quote
    assert [a.id for a in list_annotations(review.library, review.document.id)] == [made.id]
    review.undo()
    start, end = place(get_annotation(review.library, made.id), review.state.text())
    assert review.state.text()[start:end] == "邵向东报道"


def test_witness_annotations_stay_on_the_witness_text(tmp_path):
    review = page_review(tmp_path)
    witness = review.state.alignment.witnesses[1]
    start = witness.text.index("邰向东")
    made = add_annotation(
        review.library,
        review.document.id,
        int(witness.id),
        witness.text,
        start,
        start + 3,
        "the other copy reads 邰",
        [],
        "editor",
    )
    review.edit(0, 0, "xx")  # edits of the curated text never move a witness's notes
    assert place(get_annotation(review.library, made.id), witness.text) == (start, start + 3)


def test_locating_a_quote_that_moved_prefers_matching_surroundings():
    text = "甲乙丙丁。东西南北。甲乙丙丁。"
    anchor = anchor_at(text, 10, 14)  # the second 甲乙丙丁
    moved = "前言。" + text
    assert locate(moved, anchor) == (13, 17)


def test_shift_keeps_insertions_at_the_edges_outside():
    assert shift(5, 8, [TextEdit(5, 5, "ab")]) == (7, 10)
    assert shift(5, 8, [TextEdit(8, 8, "ab")]) == (5, 8)
    assert shift(5, 8, [TextEdit(6, 7, "")]) == (5, 7)
    assert shift(5, 8, [TextEdit(3, 6, "x")]) == (4, 6)


EDIT = st.tuples(
    st.integers(0, 10_000),
    st.integers(0, 6),
    st.text(alphabet="的一是了我不人在他有这个上们来到时", max_size=4),
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    spans=st.lists(st.tuples(st.integers(0, 10_000), st.integers(1, 12)), min_size=1, max_size=5),
    edits=st.lists(EDIT, min_size=1, max_size=15),
)
def test_after_random_edits_each_annotation_marks_its_passage_or_is_orphaned(spans, edits):
    with tempfile.TemporaryDirectory() as folder:
        review = page_review(Path(folder))
        ids = itertools.count()
        identity = [next(ids) for _ in review.state.text()]  # which original character is where
        notes = []
        for position, length in spans:
            text = review.state.text()
            start = position % (len(text) - 1)
            end = min(len(text), start + length)
            made = add_annotation(
                review.library, review.document.id, None, text, start, end, "", [], "t"
            )
            notes.append((made.id, identity[start:end]))
        for position, length, typed in edits:
            text = review.state.text()
            start = position % (len(text) + 1)
            end = min(len(text), start + length)
            if start == end and not typed:
                continue
            review.edit(start, end, typed)
            identity[start:end] = [next(ids) for _ in typed]
        text = review.state.text()
        kept = {a.id: a for a in list_annotations(review.library, review.document.id)}
        assert set(kept) == {note_id for note_id, _ in notes}  # never lost
        for note_id, original in notes:
            found = place(kept[note_id], text)
            untouched = [
                i for i in range(len(identity)) if identity[i : i + len(original)] == original
            ]
            if untouched:
                assert found == (untouched[0], untouched[0] + len(original))
            elif found is not None:
                assert 0 <= found[0] <= found[1] <= len(text)
        review.library.close()


def test_note_actions_are_steps_that_undo_and_redo_after_a_restart(tmp_path):
    review = page_review(tmp_path)
    text = review.state.text()
    start = text.index("平台")
    made = review.add_note(None, start, start + 2, "really?", ["query"]).step
    note_id = next(a.id for a in list_annotations(review.library, review.document.id))
    review.edit_note(note_id, "really 出台?", ["query"])
    review.delete_note(note_id)
    assert [english(r.label, review.state.witness_names()) for r in review.history()] == [
        "Add note on “平台”",
        "Edit note on “平台”",
        "Delete note on “平台”",
    ]
    assert made.kind == "note"
    reopened = Review(open_library(review.library.path), review.document.id)
    reopened.undo()  # the deletion
    [note] = list_annotations(reopened.library, reopened.document.id)
    assert note.note == "really 出台?"
    reopened.undo()  # the edit
    assert list_annotations(reopened.library, reopened.document.id)[0].note == "really?"
    reopened.undo()  # the note itself
    assert list_annotations(reopened.library, reopened.document.id) == []
    reopened.redo()
    assert len(list_annotations(reopened.library, reopened.document.id)) == 1


def test_a_note_whose_commit_fails_leaves_no_step_in_the_review(tmp_path, monkeypatch):
    """The note's row and its step are one transaction: when its COMMIT fails (a full
    disk), the review holds no step the library lacks, and the next Undo still works."""
    review = page_review(tmp_path)
    start = review.state.text().index("邵")
    review.take(review.state.place_at(start), review.state.witness_ids[1])
    steps_before = [s.label for s in review.state.steps]
    database = review.library.db
    real_execute = type(database).execute

    def full_at_commit(self, sql, *args, **kwargs):
        if sql == "COMMIT":
            error = sqlite3.OperationalError("database or disk is full")
            error.sqlite_errorcode = sqlite3.SQLITE_FULL
            raise error
        return real_execute(self, sql, *args, **kwargs)

    monkeypatch.setattr(type(database), "execute", full_at_commit)
    with pytest.raises(DiskFull):
        review.add_note(None, start, start + 1, "邰?", ["query"])
    monkeypatch.undo()
    assert [s.label for s in review.state.steps] == steps_before
    assert list_annotations(review.library, review.document.id) == []
    review.undo()  # the decision, as the library holds it: no "changed elsewhere"
    assert review.state.reading(review.state.place_at(start)) == "邵"
    reopened = Review(open_library(review.library.path), review.document.id)
    assert [s.state for s in reopened.state.steps] == ["undone"]
