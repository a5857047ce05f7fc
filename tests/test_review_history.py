"""The review's history on places: notes as steps, the text after any step shown and brought back,
every decision on a place listed, the editor's position kept."""

from __future__ import annotations

from test_review_places import check, page, place_reading

from desk.core.notes.annotations import list_annotations, place
from desk.core.review.step_labels import english


def test_a_note_is_a_step_undone_and_redone_like_a_decision(seeded):
    review = page(seeded)
    at = review.state.text().index("乡村产业搭上电商快车")
    review.add_note(None, at, at + 4, "check the title", ["check-image"])
    assert english(review.state.undo_label(), {}).startswith("Add note on “乡村产业")
    [note] = list_annotations(seeded, review.document.id)
    assert place(note, review.state.text()) == (at, at + 4)
    review.undo()
    assert list_annotations(seeded, review.document.id) == []
    review.redo()
    review.edit_note(note.id, "title checked", [])
    assert list_annotations(seeded, review.document.id)[0].note == "title checked"
    review.delete_note(note.id)
    assert list_annotations(seeded, review.document.id) == []
    review.undo()
    assert list_annotations(seeded, review.document.id)[0].note == "title checked"


def test_a_note_follows_its_passage_through_decisions(seeded):
    review = page(seeded)
    at = review.state.text().index("副局长")
    review.add_note(None, at, at + 6, "who?", [])
    review.take(place_reading(review, "出", "平"), review.state.witness_ids[1])  # before the note
    [note] = list_annotations(seeded, review.document.id)
    start = review.state.text().index("副局长")
    assert (note.anchor.start, note.anchor.end) == (start, start + 6)


def test_the_text_after_any_step_is_shown_and_brought_back_as_a_new_step(seeded):
    review = page(seeded)
    first, second = review.state.witness_ids
    start = review.state.text()
    review.take(place_reading(review, "邰", "邵"), second)
    after_one = review.state.text()
    review.take(place_reading(review, "出", "平"), second)
    review.undo()
    review.take(place_reading(review, "牛", "羊"), second)  # abandons the undone step
    assert review.text_at(0) == start
    assert review.text_at(1) == after_one
    assert "宝鸡平台元宇宙" in review.text_at(2)  # the abandoned branch
    review.restore(1)
    assert review.state.text() == after_one
    check(review)
    review.undo()
    assert "散养羊羊肉" in review.state.text()


def test_every_decision_on_a_place_is_listed(seeded):
    review = page(seeded)
    first, second = review.state.witness_ids
    shao = place_reading(review, "邰", "邵")
    review.take(shao, second)
    review.type_reading(shao, "邵")
    review.undo()
    past = review.decisions_on(shao)
    assert [(p.decision.kind, p.state) for p in past] == [
        ("witness", "applied"),
        ("typed", "undone"),
    ]


def test_the_position_is_kept_across_sessions_and_a_new_base(seeded):
    from dataclasses import replace

    review = page(seeded)
    shao = place_reading(review, "邰", "邵")
    review.save_position(shao)
    review.set_choices(replace(review.state.choices, order=review.state.witness_ids[1]))
    again = page(seeded)
    assert again.saved_position() == place_reading(again, "邵", "邰")


def test_positions_map_between_the_curated_text_and_the_base(seeded):
    review = page(seeded)
    base = review.state.alignment.witnesses[0].text
    at = review.state.text().index("副局长")
    assert base[review.state.to_base(at) : review.state.to_base(at) + 3] == "副局长"
    assert review.state.to_curated(base.index("副局长")) == at
