"""History steps are kept as facts (a template key and its values) and said by each front
end in its own words; a library whose steps an earlier desk stored as English sentences
is read into facts once, when it is opened."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk.core.library.documents import rename_witness
from desk.core.library.store import SCHEMA_VERSION, open_library, schema_version
from desk.core.review.choices import CHOICE_FIELDS
from desk.core.review.session import Review
from desk.core.review.step_labels import ENGLISH, FIELDS, StepLabel, english

# Made by the desk of 2026-12-07 (schema 9): the seed page with a decision of each kind,
# a witness named by the editor (晚报 scan), a choices step, a note, an edit, a restore.
SCHEMA_9 = Path(__file__).parent / "data" / "library_schema9.db"

texts = st.text(min_size=1, max_size=12)


@st.composite
def labels(draw) -> StepLabel:
    key = draw(st.sampled_from(sorted(ENGLISH)))
    if key == "choices":
        fields = draw(st.sets(st.sampled_from(CHOICE_FIELDS), min_size=1))
        values = {
            f: draw(st.booleans() if f in ("spaces_removed", "full_width") else texts)
            for f in fields
        }
    else:
        numbers = {"count", "place", "number"}
        values = {f: draw(st.integers(0, 9999) if f in numbers else texts) for f in FIELDS[key]}
    return StepLabel.of(key, **values)


@given(labels())
def test_a_label_reads_back_from_the_library_as_the_same_facts(label):
    assert StepLabel.from_json(label.to_json()) == label
    english(label, {})  # every label can be said


def test_a_label_is_said_with_the_witness_name_of_today():
    label = StepLabel.of("take", witness="7", reading="平", place=4)
    assert english(label, {"7": "witness 2"}) == "Take witness 2's reading “平” at place 4"
    assert english(label, {"7": "晚报"}) == "Take 晚报's reading “平” at place 4"
    assert english(label, {}) == "Take a witness no longer here's reading “平” at place 4"


def test_a_label_with_values_its_template_does_not_take_is_refused():
    with pytest.raises(ValueError):
        StepLabel.of("take", witness="7", reading="平")
    with pytest.raises(ValueError):
        StepLabel.of("nothing like it")


@pytest.fixture
def schema_9(tmp_path) -> Path:
    path = tmp_path / "library.db"
    shutil.copyfile(SCHEMA_9, path)
    return path


def steps_said(path: Path) -> list[str]:
    library = open_library(path)
    try:
        review = Review(library, 1)
        return [english(step.label, review.state.witness_names()) for step in review.history()]
    finally:
        library.close()


def test_the_english_labels_of_a_library_from_before_become_facts(schema_9):
    library = open_library(schema_9)
    assert schema_version(library.db) == SCHEMA_VERSION
    review = Review(library, 1)
    first, second = review.state.witness_ids
    steps = review.history()
    assert [s.label for s in steps[:5]] == [
        StepLabel.of("take", witness=second, reading="平", place=4),
        StepLabel.of("take", witness=first, reading="双", place=193),  # named by the editor
        StepLabel.of("type", reading="邵", place=600),
        StepLabel.of("keep", reading="输", place=191),
        StepLabel.of("all_witness", witness=second, category="punctuation", count=139),
    ]
    assert steps[6].label == StepLabel.of("choices", spaces_removed=False)
    library.close()
    assert steps_said(schema_9) == [
        "Take witness 2's reading “平” at place 4",
        "Take 晚报 scan's reading “双” at place 193",
        "Type “邵” at place 600",
        "Keep “输” at place 191",
        "Take witness 2's reading of all punctuation places (139)",
        "Take the cleaned reading of all layout places (207)",
        "Change the document choices: spaces kept as read",
        "Add note on “乡村产业”",
        "Edit text",
        "Go back to step 2",
    ]


def test_a_renamed_witness_is_said_by_its_new_name_and_an_unknown_label_as_it_was(schema_9):
    old = open_library(schema_9, upto=9)
    with old.atomic() as db:
        db.execute("UPDATE review_steps SET label = 'written by a script' WHERE number = 3")
        db.execute("UPDATE review_steps SET label = 'Take witness 9''s reading' WHERE number = 4")
    old.close()
    said = steps_said(schema_9)
    assert said[2] == "written by a script"
    assert said[3] == "Take witness 9's reading"  # no ninth witness: kept as it was said
    library = open_library(schema_9)
    rename_witness(library, 2, "日报")
    library.close()
    assert steps_said(schema_9)[0] == "Take 日报's reading “平” at place 4"
