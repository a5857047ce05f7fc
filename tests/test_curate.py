"""Reviewing a document in the core: decisions, bulk actions, hand edits, undo, persistence."""

from __future__ import annotations

import pytest

from desk.core.curate import PROPOSAL_READING, Review, curated_text
from desk.core.export import export_texts
from desk.core.library import list_documents
from desk.core.store import LibraryError, open_library


@pytest.fixture
def review(seeded):
    return Review(seeded, list_documents(seeded)[0].id, author="editor")


def test_items_are_variants_and_base_proposals_in_base_order(review):
    kinds = {item.rule is None for item in review.items}
    assert kinds == {True, False}
    starts = [item.base_span for item in review.items]
    assert starts == sorted(starts)
    assert review.open_items() == review.items


def test_taking_a_reading_changes_the_curated_text_and_is_saved(review, seeded):
    item = review.find_variant("出", "平")
    other = review.collation.witnesses[1].id
    outcome = review.take_reading(item, other)
    assert "陕西宝鸡平台元宇宙" in review.text()
    start, end = review.curated_span(item)
    assert review.text()[start:end] == "平"
    assert review.status(item).witness == other
    assert outcome.decided == (item.key,)
    assert "陕西宝鸡平台元宇宙" in curated_text(seeded, review.document.id)


def test_next_open_skips_decided_items_and_can_filter(review):
    first = review.next_open(None, categories={"text"})
    assert first.category == "text"
    review.keep(first)
    second = review.next_open(first, categories={"text"})
    assert second.category == "text" and second != first
    assert review.next_open(second, backwards=True, categories={"text"}) != first


def test_bulk_punctuation_is_one_undoable_step(review):
    other = review.collation.witnesses[1].id
    before = review.text()
    open_punctuation = [
        i for i in review.open_items() if i.rule is None and i.category == "punctuation"
    ]
    outcome = review.accept_all(category="punctuation", witness=other)
    assert len(outcome.decided) == len(open_punctuation) > 100
    assert review.text().count("，") <= before.count("，") - 100
    review.undo()
    assert review.text() == before
    assert all(review.status(i) is None for i in open_punctuation)
    review.redo()
    assert all(review.status(i) is not None for i in open_punctuation)


def test_accepting_a_rule_proposals(review):
    before = review.text()
    review.accept_all(rule="cjk_spaces")
    assert "重塑数字产业经济体系" in review.text()
    assert "重 塑" in before
    proposal = next(i for i in review.items if i.rule == "reflow")
    review.take_reading(proposal, PROPOSAL_READING)
    assert review.status(proposal).choice == "proposal"


def test_typing_joins_quick_adjacent_keystrokes_into_one_step(review):
    review.edit(0, 0, "【")
    second = review.edit(1, 1, "校")
    assert second.merged
    assert review.text().startswith("【校")
    review.undo()
    assert not review.text().startswith("【")


def test_everything_survives_reopening_including_undone_steps(review, seeded):
    other = review.collation.witnesses[1].id
    review.take_reading(review.find_variant("邰", "邵"), other)
    review.take_reading(review.find_variant("牛", "羊"), other)
    review.undo()
    review.save_position(review.find_variant("人", "民"))
    text = review.text()
    seeded.close()
    library = open_library(seeded.path)
    again = Review(library, review.document.id)
    assert again.text() == text
    assert again.status(again.find_variant("邰", "邵")) is not None
    assert again.status(again.find_variant("牛", "羊")) is None
    assert again.saved_position().key == again.find_variant("人", "民").key
    again.redo()  # the undone step can still be redone after a restart
    assert again.status(again.find_variant("牛", "羊")) is not None
    library.close()


def test_a_new_action_after_undo_abandons_the_redo_branch(review):
    other = review.collation.witnesses[1].id
    review.take_reading(review.find_variant("培", "育"), other)
    review.undo()
    review.take_reading(review.find_variant("结", "融"), other)
    assert review.redo().step is None
    assert review.status(review.find_variant("培", "育")) is None


def test_export_writes_the_curated_text(review, seeded, tmp_path):
    other = review.collation.witnesses[1].id
    review.take_reading(review.find_variant("出", "平"), other)
    written = export_texts(seeded, tmp_path, [review.document.id])
    assert "陕西宝鸡平台元宇宙" in written[0].read_text(encoding="utf-8")


def test_a_failed_write_leaves_the_curated_text_unchanged(review):
    item = review.find_variant("出", "平")
    before = review.text()
    review.library.db.execute("PRAGMA query_only = ON")  # as if the disk refused
    with pytest.raises(LibraryError, match="could not write"):
        review.take_reading(item, review.collation.witnesses[1].id)
    review.library.db.execute("PRAGMA query_only = OFF")
    assert review.text() == before
    assert review.status(item) is None


def test_finding_a_variant_by_its_readings(review):
    item = review.find_variant("邰", "邵")
    base, other = (w.id for w in review.collation.witnesses)
    assert (item.readings[base].text, item.readings[other].text) == ("邰", "邵")
    assert review.find_variant("邰", "邰") is None


def test_history_lists_every_step_with_who_and_what(review):
    other = review.collation.witnesses[1].id
    review.take_reading(review.find_variant("出", "平"), other)
    review.edit(0, 0, "【")
    review.undo()
    history = review.history()
    assert [(r.number, r.kind, r.state) for r in history] == [
        (1, "decision", "applied"),
        (2, "edit", "undone"),
    ]
    assert history[0].author == "editor" and history[0].created.startswith("20")
    assert history[0].decisions[0].text == "平"


def test_any_revision_can_be_shown_and_restored_as_a_new_revision(review):
    other = review.collation.witnesses[1].id
    base_text = review.text()
    review.take_reading(review.find_variant("出", "平"), other)
    after_first = review.text()
    review.take_reading(review.find_variant("邰", "邵"), other)
    review.edit(0, 0, "【")
    assert review.text_at(0) == base_text
    assert review.text_at(1) == after_first
    outcome = review.restore(1)
    assert review.text() == after_first
    assert outcome.step.kind == "restore" and outcome.step.number == 4
    review.undo()  # restoring is undoable like any step
    assert review.text().startswith("【")
    assert curated_text(review.library, review.document.id) == review.text()


def test_the_text_of_an_abandoned_branch_can_still_be_shown(review):
    other = review.collation.witnesses[1].id
    review.take_reading(review.find_variant("出", "平"), other)
    review.edit(0, 0, "甲")
    branch = review.text()
    review.undo()
    review.edit(0, 0, "乙")  # the undone edit is abandoned
    assert [r.state for r in review.history()] == ["applied", "abandoned", "applied"]
    assert review.text_at(2) == branch
    assert review.text_at(3) == "乙" + branch[1:]


def test_each_variant_shows_every_decision_ever_made_on_it(review):
    item = review.find_variant("邰", "邵")
    other = review.collation.witnesses[1].id
    review.take_reading(item, other)
    review.undo()
    review.type_reading(item, "邵(?)")
    past = review.decisions_on(item)
    assert [(p.decision.choice, p.decision.text, p.state) for p in past] == [
        ("witness", "邵", "abandoned"),
        ("typed", "邵(?)", "applied"),
    ]
