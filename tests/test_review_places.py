"""The review on places: decisions never overwrite each other, and what is saved is shown."""

from __future__ import annotations

import json
import tempfile
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from made_witnesses import make_witnesses

from desk.core.library.documents import import_paths, list_documents
from desk.core.library.failures import LibraryError
from desk.core.library.sources import read_source
from desk.core.library.store import Library, open_library
from desk.core.review.history import DecisionKind
from desk.core.review.opening import start_new_reviews_from_proposals
from desk.core.review.session import Review
from desk.core.review.step_labels import english


def page(library: Library) -> Review:
    """The sample page (seeds 000 and 001), base 000."""
    document = next(d for d in list_documents(library) if len(d.witnesses) >= 2)
    return Review(library, document.id, author="editor")


def place_reading(review: Review, *texts: str) -> int:
    """The place whose witnesses read `texts`, in witness order."""
    for place in review.state.variant_places:
        readings = review.state.readings(place)
        if tuple(readings[w].text for w in review.state.witness_ids) == texts:
            return place
    raise LookupError(texts)


def check(review: Review) -> None:
    """The text is the places' readings in order; decided places read their decision;
    the library, opened afresh, shows the same."""
    readings = [review.state.reading(p) for p in range(len(review.state.keys))]
    assert review.state.text() == "".join(readings)
    for place, decision in review.state.decisions.items():
        assert review.state.reading(place) == decision.text
    again = Review(review.library, review.document.id, author="editor")
    assert again.state.text() == review.state.text()
    assert again.state.decisions == review.state.decisions
    assert again.state.counts() == review.state.counts()
    # The state a step made from the one before is the state read afresh, place by place.
    assert list(again.state.curated) == list(review.state.curated)
    assert np.array_equal(again.state.offsets, review.state.offsets)
    assert np.array_equal(again.state.decided, review.state.decided)


def test_a_decided_reading_survives_every_bulk_action_and_choice(seeded):
    review = page(seeded)
    shao = place_reading(review, "邰", "邵")
    review.take(shao, review.state.witness_ids[1])
    first, second = review.state.witness_ids
    review.decide_all("punctuation", None)
    review.decide_all("layout", second)
    review.decide_all("text", first)
    review.set_choices(replace(review.state.choices, full_width=False, spaces_removed=False))
    review.set_choices(replace(review.state.choices, paragraphs=first))
    assert "副局长邵向东说" in review.state.text()
    assert (
        review.state.status(shao).kind == DecisionKind.WITNESS
        and review.state.status(shao).witness == second
    )
    check(review)
    while review.undo().step is not None:
        check(review)
    assert "副局长邰向东说" in review.state.text()


def test_the_starting_text_is_clean_and_only_text_places_are_left(seeded):
    review = page(seeded)
    text = review.state.text()
    assert "重塑数字产业经济体系" in text  # 重 塑 数 字: no spaces inside Chinese
    assert "，" in text and "," not in text.replace("69.2", "")
    assert "何华文摄（中经视觉）\n\n近日发布的" in text  # the caption is its own paragraph
    assert "\n\n\n" not in text and not text.startswith("\n")
    counts = review.state.counts()
    assert counts.open == 17 and counts.decided == 0
    assert counts.open + counts.by_choice == counts.total


def test_taking_an_addition_brings_its_paragraph_break(seeded):
    review = page(seeded)
    byline = place_reading(review, "", "本报记者 杨开新 张毅")
    review.take(byline, review.state.witness_ids[1])
    assert "重塑数字产业经济体系\n\n本报记者 杨开新 张毅\n\n乡村产业" in review.state.text()
    review.undo()
    assert "重塑数字产业经济体系\n\n乡村产业" in review.state.text()
    check(review)


def test_a_hand_edit_is_a_typed_reading_of_the_places_it_touches(seeded):
    review = page(seeded)
    at = review.state.text().index("乡村产业搭上电商快车")
    outcome = review.edit(at, at + 4, "农村")
    assert review.state.text()[at : at + 6] == "农村搭上电商"
    assert all(review.state.status(p).kind == "typed" for p in outcome.places)
    check(review)


def test_quick_keystrokes_make_one_step(seeded):
    ticks = iter([0.0, 0.0, 0.5, 0.5, 9.0, 9.0])
    document = next(d for d in list_documents(seeded) if len(d.witnesses) == 2)
    review = Review(seeded, document.id, author="editor", clock=lambda: next(ticks))
    review.edit(0, 0, "《")
    assert review.edit(1, 1, "《").merged
    assert not review.edit(2, 2, "》").merged
    review.undo()
    assert review.state.text().startswith("《《")
    review.undo()
    assert not review.state.text().startswith("《")


def test_a_failed_write_changes_nothing(seeded, monkeypatch):
    review = page(seeded)
    before, counts = review.state.text(), review.state.counts()

    def full_disk():
        raise LibraryError("database or disk is full")

    monkeypatch.setattr(seeded, "atomic", full_disk)
    with pytest.raises(LibraryError):
        review.take(place_reading(review, "邰", "邵"), review.state.witness_ids[1])
    with pytest.raises(LibraryError):
        review.edit(0, 3, "")
    monkeypatch.undo()
    assert review.state.text() == before and review.state.counts() == counts
    check(review)


def test_changing_the_base_keeps_every_decision(seeded):
    review = page(seeded)
    first, second = review.state.witness_ids
    review.take(place_reading(review, "邰", "邵"), second)
    review.take(place_reading(review, "出", "平"), first)
    review.set_choices(replace(review.state.choices, order=second))
    assert review.state.base_id == second and not review.state.lost
    assert "副局长邵向东说" in review.state.text() and "宝鸡出台元宇宙" in review.state.text()
    assert review.state.text().index("提升东西部协作工作质量") < review.state.text().index(
        "近日发布的"
    )
    check(review)
    review.undo()
    assert review.state.base_id == first
    check(review)


def test_a_third_witness_added_and_taken_away_keeps_the_decisions_it_can(seeded, tmp_path):
    from desk.core.library.documents import move_witness

    second_text = sorted(Path("seeds").glob("001_*.txt"))[0].read_text(encoding="utf-8")
    third = tmp_path / "003_web.txt"
    third.write_text(second_text.replace("牧民优品", "牧民良品"), encoding="utf-8")
    review = page(seeded)
    first, second = review.state.witness_ids
    review.take(place_reading(review, "邰", "邵"), second)
    added = import_paths(seeded, [third]).added[0]
    assert added.document_id == review.document.id
    review = page(seeded)
    assert len(review.state.witness_ids) == 3 and not review.state.lost
    assert "副局长邵向东说" in review.state.text()
    good = place_reading(review, "人", "民", "民")
    review.take(review.state.find(review.state.keys[good]), first)
    only_third = next(
        p
        for p in review.state.variant_places
        if len({r.text for r in review.state.readings(p).values()}) == 2
        and review.state.readings(p)[str(added.id)].text == "良"
    )
    review.take(only_third, str(added.id))
    assert "“牧人良品”" in review.state.text()
    move_witness(seeded, added.id, None)
    review = page(seeded)
    assert "副局长邵向东说" in review.state.text() and "“牧人优品”" in review.state.text()
    assert [d.text for d in review.state.lost.values()] == ["良"]
    from desk.core.review.summary import lost_lines, review_record

    [line] = lost_lines(review.state)
    assert line.startswith("“良” (a witness no longer here, editor) at ")
    [lost] = json.loads(json.dumps(review_record(review.state)))["lost"]  # as `desk review --json`
    assert lost["decision"]["text"] == "良" and f"{added.id}:" in lost["key"]
    check(review)


# Random action sequences on generated witnesses


def actions(draw_count: int):
    return st.lists(
        st.tuples(
            st.sampled_from(
                [
                    "take",
                    "clean",
                    "type",
                    "keep",
                    "bulk",
                    "accept",
                    "choices",
                    "edit",
                    "undo",
                    "redo",
                ]
            ),
            st.integers(0, 10**6),
            st.integers(0, 10**6),
        ),
        min_size=1,
        max_size=draw_count,
    )


def act(review: Review, action: str, a: int, b: int) -> None:
    places = review.state.variant_places
    witnesses = review.state.witness_ids
    place = places[a % len(places)] if places else 0
    witness = witnesses[b % len(witnesses)]
    if action == "take":
        review.take(place, witness)
    elif action == "clean":
        review.take_clean(place)
    elif action == "type":
        review.type_reading(place, "字" * (b % 3))
    elif action == "keep":
        review.keep(place)
    elif action == "bulk":
        category = ["text", "layout", "punctuation", "script"][a % 4]
        review.decide_all(category, None if b % 3 == 0 else witness)
    elif action == "accept":
        shown = review.state.text()
        review.accept_proposals((a % 10) / 10)
        if review.state.choices.proposed_words:
            assert review.state.text() == shown  # it decides what the text showed
    elif action == "choices":
        review.set_choices(
            replace(
                review.state.choices,
                order=witnesses[a % len(witnesses)],
                paragraphs=witness,
                spaces_removed=bool(a % 2),
                full_width=bool(b % 2),
                proposed_words=bool(a % 3),
            )
        )
    elif action == "edit":
        length = len(review.state.text())
        start = a % (length + 1)
        end = min(length, start + b % 5)
        review.edit(start, end, "改" * (a % 2))
    elif action == "undo":
        review.undo()
    else:
        review.redo()


@settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(st.integers(0, 10**9), st.integers(2, 4), actions(12))
def test_any_sequence_of_actions_keeps_text_decisions_and_library_in_step(seed, count, steps):
    made = make_witnesses(seed, count, paragraphs=3, errors=3, moves=(None, "swap"))
    with tempfile.TemporaryDirectory() as folder:
        library = open_library(Path(folder) / "library.db")
        for n, text in enumerate(made.texts):
            (Path(folder) / f"w{n}.txt").write_text(text, encoding="utf-8")
        import_paths(library, sorted(Path(folder).glob("w*.txt")))
        documents = [d for d in list_documents(library) if len(d.witnesses) == count]
        if not documents:
            library.close()
            return  # the witnesses were grouped apart: nothing to review
        review = Review(library, documents[0].id, author="editor")
        start = review.state.text()
        for action, a, b in steps:
            decided_before = {review.state.keys[p]: d for p, d in review.state.decisions.items()}
            state_before, text_before = review.state, review.state.text()
            act(review, action, a, b)
            assert state_before.text() == text_before  # a state is never changed
            assert "".join(state_before.curated) == text_before
            if action in ("bulk", "accept", "choices"):
                for key, decision in decided_before.items():
                    assert review.state.decisions.get(review.state.find(key)) == decision
            check(review)
        while review.undo().step is not None:
            pass
        assert review.state.text() == start
        library.close()


def test_decisions_of_an_earlier_desk_are_taken_into_the_review(tmp_path):
    """A library of schema 6 (variants decided as items) opened by this desk."""
    import json

    path = tmp_path / "old.db"
    old = open_library(path, upto=6)
    with old.atomic() as db:  # the two transcriptions, as a desk of schema 6 imported them
        page = db["documents"].insert({"title": "page", "created_at": "2026-01-01"}).last_pk
        for source in map(read_source, sorted(Path("seeds").glob("00[01]_*.txt"))):
            witness = {"document_id": page, "label": source.path.stem, "path": str(source.path)}
            witness |= {"encoding": source.encoding, "sha256": source.sha256}
            witness |= {"text": source.text, "length": len(source.text), "imported_at": "x"}
            db["witnesses"].insert(witness)
        db.execute("UPDATE documents SET base_witness_id = (SELECT min(id) FROM witnesses)")
    document = list_documents(old)[0]
    first, second = (str(w.id) for w in document.witnesses)
    base = old.db.execute("SELECT text FROM witnesses WHERE id = ?", [int(first)]).fetchone()[0]
    other = old.db.execute("SELECT text FROM witnesses WHERE id = ?", [int(second)]).fetchone()[0]
    readings = {
        first: {"start": base.index("局长邰") + 2, "end": base.index("局长邰") + 3, "text": "邰"},
        second: {
            "start": other.index("局长邵") + 2,
            "end": other.index("局长邵") + 3,
            "text": "邵",
        },
    }
    with old.atomic() as db:
        variant = (
            db["variants"]
            .insert(
                {
                    "document_id": document.id,
                    "seq": 1,
                    "category": "text",
                    "readings": json.dumps(readings),
                }
            )
            .last_pk
        )
        revision = (
            db["revisions"]
            .insert(
                {"document_id": document.id, "number": 1, "kind": "decision", "state": "applied"}
            )
            .last_pk
        )
        db["decisions"].insert(
            {
                "document_id": document.id,
                "variant_id": variant,
                "witness_id": int(second),
                "text": "邵",
                "author": "earlier editor",
                "revision_id": revision,
                "item": f"v{variant}",
                "choice": "witness",
            }
        )
    old.close()
    library = open_library(path)  # migrated
    review = Review(library, document.id, author="editor")
    assert "副局长邵向东说" in review.state.text()
    shao = place_reading(review, "邰", "邵")
    assert review.state.status(shao).author == "earlier editor"
    assert english(review.state.undo_label(), {}) == "Decisions made with an earlier desk"
    check(review)


def test_a_step_taken_elsewhere_is_never_overwritten(seeded):
    """Two sessions on one document (the window, and `desk decide` in a script)."""
    window_session, script_session = page(seeded), page(seeded)
    script_session.take(
        place_reading(script_session, "邰", "邵"), script_session.state.witness_ids[1]
    )
    with pytest.raises(LibraryError, match="changed in another window"):
        window_session.take(
            place_reading(window_session, "出", "平"), window_session.state.witness_ids[1]
        )
    assert "副局长邵向东说" in window_session.state.text()  # read again: the script's step shows
    window_session.take(
        place_reading(window_session, "出", "平"), window_session.state.witness_ids[1]
    )
    assert (
        "宝鸡平台元宇宙" in window_session.state.text() and "邵向东" in window_session.state.text()
    )
    check(window_session)


def review_of(folder: Path, *texts: str) -> Review:
    """A review of one document whose witnesses read `texts`, starting from the base's
    words (each decision changes the text)."""
    library = open_library(folder / "library.db")
    paths = []
    for number, text in enumerate(texts):
        path = folder / f"w{number}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    import_paths(library, paths)
    start_new_reviews_from_proposals(library, False)
    return Review(library, list_documents(library)[0].id, author="editor")


def test_a_series_of_the_same_misreading_is_decided_in_one_undoable_step(tmp_path):
    clean = "本报记者邵向东报道，邵向东说，乡村要振兴。牧人优品散养牛羊肉走出去。邵向东。"
    review = review_of(tmp_path, clean.replace("邵", "邰"), clean, clean.replace("邵", "邰", 1))
    first, second, third = review.state.witness_ids
    places = [
        p
        for p in review.state.variant_places
        if review.state.reading_texts(p) == ("邰", "邵", "邵")
    ]
    assert len(places) == 2  # the third witness misreads only the first
    review.take(places[0], second)
    assert review.state.same_readings(places[0]) == places[1:]
    before = review.state.counts()
    review.decide_series(places[0])
    assert (
        review.state.status(places[1]).kind == DecisionKind.WITNESS
        and review.state.status(places[1]).witness == second
    )
    assert review.state.text().count("邵向东") == 2
    assert review.state.counts().decided == before.decided + 1
    assert review.state.same_readings(places[0]) == []
    review.undo()  # the series, one step
    assert review.state.status(places[1]) is None and review.state.status(places[0]) is not None
    check(review)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 10**6), decided=st.lists(st.integers(0, 10**6), max_size=8))
def test_the_places_reading_the_same_are_those_every_witness_reads_alike(seed, decided):
    """The index of readings finds exactly the undecided places whose readings are the
    same in every witness, whatever has been decided."""
    made = make_witnesses(seed, 3, paragraphs=4, errors=6)
    with tempfile.TemporaryDirectory() as folder:
        review = review_of(Path(folder), *made.texts)
        places = review.state.variant_places
        for number in decided:
            review.take(places[number % len(places)], review.state.witness_ids[number % 3])
        for place in places:
            texts = review.state.reading_texts(place)
            expected = [
                p
                for p in places
                if p != place
                and p not in review.state.decisions
                and review.state.reading_texts(p) == texts
            ]
            assert review.state.same_readings(place) == expected
            assert review.state.same_readings_count(place) == len(expected)
        review.library.close()


def test_a_taken_reading_follows_the_choices_unless_taken_as_read(library, tmp_path):
    """A passage only one witness has, with half-width commas and a column break: taken,
    it reads as the curated text showed it; taken as read, as the witness has it."""
    from click.testing import CliRunner

    from desk.cli import main

    start_new_reviews_from_proposals(library, False)
    shared = "各级人员已经到位，工作人员正在检查设备，确保明天的会议顺利进行。"
    extra = "据了解,本次会议\n将持续三天,共有二百人参加。"
    (tmp_path / "base.txt").write_text(shared * 2 + "\n", encoding="utf-8")
    (tmp_path / "fuller.txt").write_text(shared + extra + shared + "\n\n", encoding="utf-8")
    import_paths(library, [tmp_path / "base.txt", tmp_path / "fuller.txt"])
    review = Review(library, list_documents(library)[0].id, author="editor")
    fuller = review.state.witness_ids[1]
    place = next(
        p for p in review.state.variant_places if "会议" in review.state.readings(p)[fuller].text
    )
    review.take(place, fuller)
    assert "据了解，本次会议将持续三天，共有二百人参加。" in review.state.text()
    review.undo()
    review.take(place, fuller, as_read=True)
    assert "据了解,本次会议\n将持续三天,共有二百人参加。" in review.state.text()
    review.undo()
    document = str(review.document.id)
    done = CliRunner().invoke(
        main,
        ["decide", document, str(place), "--take", fuller, "--raw", "--library", str(library.path)],
    )
    assert done.exit_code == 0, done.output
    assert "本次会议\n将持续三天," in Review(library, review.document.id).state.text()


def test_the_title_follows_the_curated_first_line_until_the_editor_names_it(library, tmp_path):
    from desk.core.export.files import export_texts
    from desk.core.library.documents import get_document, rename_document

    start_new_reviews_from_proposals(library, False)
    body = "各级人员已经到位，工作人员正在检查设备，确保明天的会议顺利进行。" * 3
    (tmp_path / "ocr.txt").write_text("打造特色末来乡村\n\n" + body + "\n", encoding="utf-8")
    (tmp_path / "web.txt").write_text("打造特色未来乡村\n\n" + body + "\n\n", encoding="utf-8")
    import_paths(library, [tmp_path / "ocr.txt", tmp_path / "web.txt"])
    review = Review(library, list_documents(library)[0].id, author="editor")
    assert review.document.title == "打造特色末来乡村"
    web = review.state.witness_ids[1]
    review.take(place_reading(review, "末", "未"), web)
    assert review.document.title == "打造特色未来乡村"  # the window's title too
    assert get_document(library, review.document.id).title == "打造特色未来乡村"
    [written] = export_texts(library, tmp_path / "out")
    assert written.name == "打造特色未来乡村.txt"
    review.undo()
    assert get_document(library, review.document.id).title == "打造特色末来乡村"
    rename_document(library, review.document.id, "乡村振兴侧记")
    review.take(place_reading(review, "末", "未"), web)
    assert get_document(library, review.document.id).title == "乡村振兴侧记"  # the editor's
