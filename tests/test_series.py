"""Deciding the same way in the whole library (desk.core.review.series): what is counted
before, what every document reads after, and undoing or redoing it everywhere at once."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from test_review_places import place_reading

from desk.core.library.documents import import_paths, list_documents
from desk.core.library.store import Library, open_library
from desk.core.review.opening import start_new_reviews_from_proposals
from desk.core.review.series import (
    apply_series,
    batch_of,
    find_series,
    redo_batch,
    undo_batch,
)
from desk.core.review.session import Review
from desk.core.review.step_labels import StepLabel, english

# Three works; in each the second witness reads 邵 where the first reads 邰.
SHAO = {
    "a": "本报记者邵向东报道，邵向东说，乡村要振兴。牧人优品散养牛羊肉走出去。邵向东。",
    "b": "宝鸡市委书记邵明会见客商，邵明表示欢迎投资。会议在渭滨区举行，邵明主持。",
}
OTHER = "大雨过后山路难行，村民们清早就上山抢修，傍晚时分道路全线贯通。"  # 山 / 出 instead


def library_of(folder: Path, texts: dict[str, str]) -> Library:
    """A library of the files named and written as given, each file one witness."""
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    library = open_library(folder / "library.db")
    import_paths(library, [folder / name for name in texts])
    start_new_reviews_from_proposals(library, False)  # each decision changes the text
    return library


def works(tmp_path: Path) -> Library:
    texts = {}
    for work, text in SHAO.items():
        texts[f"{work}1.txt"] = text.replace("邵", "邰")
        texts[f"{work}2.txt"] = text
    texts["c1.txt"], texts["c2.txt"] = OTHER, OTHER.replace("山", "出")
    return library_of(tmp_path, texts)


def document(library: Library, first_word: str) -> int:
    return next(d.id for d in list_documents(library) if first_word in d.title)


def decide_first(library: Library, document_id: int) -> tuple[Review, int]:
    """Take witness 2's 邵 at the first 邰 / 邵 place of a document."""
    review = Review(library, document_id, "editor")
    place = place_reading(review, "邰", "邵")
    review.take(place, review.state.witness_ids[1])
    return review, place


def texts(library: Library) -> dict[int, str]:
    return {d.id: Review(library, d.id).state.text() for d in list_documents(library)}


def test_the_count_before_names_each_document_reading_the_same_and_no_other(tmp_path):
    library = works(tmp_path)
    a, b, c = (document(library, w) for w in ("记者", "宝鸡", "大雨"))
    review, place = decide_first(library, a)
    series = find_series(library, a, review.state.keys[place])
    assert series.readings == ("邰", "邵")
    assert {d: len(keys) for d, keys in series.places.items()} == {a: 2, b: 3}
    assert (series.count, series.documents) == (5, 2) and c not in series.places
    assert texts(library)[b].count("邰") == 3  # finding decides nothing


def test_deciding_everywhere_changes_each_text_as_one_step_and_undo_takes_all_back(tmp_path):
    library = works(tmp_path)
    a, b = document(library, "记者"), document(library, "宝鸡")
    review, place = decide_first(library, a)
    before = texts(library)
    batch = apply_series(library, find_series(library, a, review.state.keys[place]), "editor")
    after = texts(library)
    assert after[a] == SHAO["a"] and after[b] == SHAO["b"]
    assert (batch.documents, batch.places) == (2, 5)
    label = Review(library, b).state.undo_label()
    assert label == StepLabel.of("library_series", count=3, readings="邰 / 邵")
    assert (
        english(label, {}) == "Decide 3 places reading 邰 / 邵 the same way, in the whole library"
    )
    assert Review(library, b).state.counts().open == 0
    for d, number in batch.steps:  # Undo in any of them finds the whole batch
        assert batch_of(library, d, number) == batch

    result = undo_batch(library, batch, "editor")
    assert sorted(result.changed) == sorted([a, b]) and result.left == ()
    assert texts(library)[b] == before[b]
    assert texts(library)[a] == before[a]  # the first decision, taken alone, stays
    redo_batch(library, batch, "editor")
    assert texts(library) == after


def test_readings_match_as_texts_whichever_witness_reads_them(tmp_path):
    """In the second work the first witness reads 邵: its places still match, and take
    that witness, the one reading 邵."""
    library = library_of(
        tmp_path,
        {
            "a1.txt": SHAO["a"].replace("邵", "邰"),
            "a2.txt": SHAO["a"],
            "b1.txt": SHAO["b"],
            "b2.txt": SHAO["b"].replace("邵", "邰"),
        },
    )
    a, b = document(library, "记者"), document(library, "宝鸡")
    shao, tai = (str(w.id) for w in next(d for d in list_documents(library) if d.id == b).witnesses)
    other = Review(library, b, "editor")
    other.set_choices(replace(other.state.choices, order=tai))  # the base reads 邰
    assert Review(library, b).state.text() == SHAO["b"].replace("邵", "邰")
    review, place = decide_first(library, a)
    series = find_series(library, a, review.state.keys[place])
    assert len(series.places[b]) == 3
    apply_series(library, series, "editor")
    reopened = Review(library, b)
    assert reopened.state.text() == SHAO["b"]
    assert {d.witness for d in reopened.state.decisions.values()} == {shao}


def test_a_document_with_a_later_step_is_left_as_it_is_when_the_batch_is_undone(tmp_path):
    library = works(tmp_path)
    a, b = document(library, "记者"), document(library, "宝鸡")
    review, place = decide_first(library, a)
    batch = apply_series(library, find_series(library, a, review.state.keys[place]), "editor")
    later = Review(library, b, "editor")
    later.type_reading(place_reading(later, "邰", "邵"), "召")
    result = undo_batch(library, batch, "editor")
    assert result.changed == (a,) and result.left == (b,)
    assert "召" in texts(library)[b] and texts(library)[b].count("邵") == 2


@settings(max_examples=8, deadline=None)
@given(st.lists(st.sampled_from(["邰", "邵", "郭"]), min_size=3, max_size=3))
def test_only_open_places_of_the_same_readings_are_decided(tmp_path_factory, firsts):
    """Three works whose first witness reads 邰, 邵 or 郭 where the second reads 邵:
    the places reading 邰 / 邵 are decided, those reading 郭 / 邵 (other texts) are not,
    nor a place decided before."""
    folder = tmp_path_factory.mktemp("series")
    sentences = [SHAO["a"], SHAO["b"], OTHER.replace("山", "邵")]
    files = {}
    for n, (sentence, first) in enumerate(zip(sentences, firsts)):
        files[f"{n}1.txt"] = sentence.replace("邵", first)
        files[f"{n}2.txt"] = sentence
    files["x1.txt"], files["x2.txt"] = "甲乙丙丁邰戊己庚辛壬癸", "甲乙丙丁邵戊己庚辛壬癸"
    library = library_of(folder, files)
    source = document(library, "甲乙")
    review, place = decide_first(library, source)
    works = {
        int(Path(d.witnesses[0].path).stem[0]): d
        for d in list_documents(library)
        if d.id != source and len(d.witnesses) == 2  # a work whose two files agree is one
    }
    typed = next((d.id for n, d in works.items() if firsts[n] == "邰"), None)
    if typed is not None:  # a place decided before is left as it was
        kept = Review(library, typed, "editor")
        kept.type_reading(place_reading(kept, "邰", "邵"), "某")
    series = find_series(library, source, review.state.keys[place])
    assert sorted(series.places) == sorted(d.id for n, d in works.items() if firsts[n] == "邰")
    apply_series(library, series, "editor")
    for n, d in works.items():
        text = Review(library, d.id).state.text()
        if d.id == typed:
            assert text.count("某") == 1 and text.replace("某", "邵") == sentences[n]
        elif firsts[n] == "邰":
            assert text == sentences[n]
        else:
            assert text == sentences[n].replace("邵", firsts[n])  # 郭 / 邵: untouched
    library.close()


def test_a_removed_documents_id_taken_by_a_new_one_is_not_undone_with_the_old_batch(tmp_path):
    from desk.core.library.documents import remove_document

    library = works(tmp_path)
    a, b = document(library, "记者"), document(library, "宝鸡")
    review, place = decide_first(library, a)
    batch = apply_series(library, find_series(library, a, review.state.keys[place]), "editor")
    remove_document(library, document(library, "大雨"))
    remove_document(library, b)  # the highest id now: SQLite gives it to the next one
    folder = tmp_path / "later"
    folder.mkdir()
    for name, text in {"d1.txt": SHAO["b"].replace("邵", "邰"), "d2.txt": SHAO["b"]}.items():
        (folder / name).write_text(text, encoding="utf-8")
    import_paths(library, [folder / "d1.txt", folder / "d2.txt"])
    reused = document(library, "宝鸡")
    assert reused == b  # SQLite gave the new document the removed one's id
    decide_first(library, reused)  # its step 1, as the removed document's was
    assert batch_of(library, reused, 1) is None
    before = texts(library)[reused]
    result = undo_batch(library, batch, "editor")
    assert texts(library)[reused] == before  # the new document's decision stays
    assert a in result.changed and reused in result.left
