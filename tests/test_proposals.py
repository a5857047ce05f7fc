"""desk's proposals: the majority, else the evidence; never a decided place; one step."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from made_witnesses import make_witnesses

from desk.cli import main
from desk.core.alignment.collation import WitnessText, collate
from desk.core.alignment.places import Places
from desk.core.evidence.language_model import word_frequencies
from desk.core.evidence.proposals import propose
from desk.core.evidence.reasons import ReasonKind
from desk.core.library.documents import import_paths, list_documents, move_witness
from desk.core.library.store import open_library
from desk.core.review.session import Review

SENTENCE = "各级人员已经到位，工作人员正在检查设备，确保明天的会议顺利进行。"


def review_of(folder: Path, *texts: str) -> Review:
    folder.mkdir(parents=True, exist_ok=True)
    library = open_library(folder / "library.db")
    for n, text in enumerate(texts):
        (folder / f"w{n}.txt").write_text(text, encoding="utf-8")
    added = import_paths(library, [folder / f"w{n}.txt" for n in range(len(texts))]).added
    for witness in added[1:]:
        if witness.document_id != added[0].document_id:
            move_witness(library, witness.id, added[0].document_id)
    return Review(library, list_documents(library)[0].id, author="editor")


def place_of(review: Review, *readings: str) -> int:
    state = review.state
    return next(
        p
        for p in state.variant_places
        if sorted(r.text for r in state.readings(p).values()) == sorted(readings)
    )


def test_two_witnesses_of_three_make_the_proposal_and_the_starting_text(tmp_path):
    wrong = SENTENCE.replace("检查", "检杳")
    # the base is the wrong one; the third copy's line end makes it a file of its own
    review = review_of(tmp_path, wrong, SENTENCE, SENTENCE + "\n")
    assert review.state.text() == SENTENCE
    proposal = review.state.proposal(place_of(review, "杳", "查", "查"))
    assert proposal.text == "查" and len(proposal.witnesses) == 2
    assert proposal.reasons[0].kind == ReasonKind.MAJORITY
    assert proposal.reasons[0].values == (2, 3)


def test_a_mark_two_witnesses_of_three_read_is_the_starting_text_s_but_left_to_the_choices(
    tmp_path,
):
    misread = SENTENCE.replace("到位，", "到位。")  # the base reads a full stop mid-sentence
    review = review_of(tmp_path, misread, SENTENCE, SENTENCE + "\n")
    assert review.state.text() == SENTENCE
    mark = place_of(review, "。", "，", "，")
    assert review.state.category(mark) == "punctuation"
    assert review.state.proposal(mark).text == "，"
    assert mark not in review.state.sure_proposals(0.0)  # Accept Sure decides words only
    review.set_choices(replace(review.state.choices, proposed_words=False))
    assert review.state.text() == misread  # the base's marks, as before proposals


def test_at_a_tie_the_likelier_words_win_and_say_so(tmp_path):
    wrong = SENTENCE.replace("工作人员", "工作入员")
    for texts in ((wrong, SENTENCE), (SENTENCE, wrong)):  # whichever is the base
        folder = tmp_path / texts[0][6]
        folder.mkdir(exist_ok=True)
        review = review_of(folder, *texts)
        assert review.state.text() == SENTENCE
        proposal = review.state.proposal(place_of(review, "人", "入"))
        assert proposal.text == "人"
        kinds = [r.kind for r in proposal.reasons]
        assert ReasonKind.LIKELIER_WORDS in kinds and ReasonKind.LOOK_ALIKE in kinds
        review.library.close()


def test_the_base_words_choice_and_a_decision_override_the_proposal(tmp_path):
    from dataclasses import replace

    wrong = SENTENCE.replace("工作人员", "工作入员")
    review = review_of(tmp_path, wrong, SENTENCE)
    place = place_of(review, "人", "入")
    review.set_choices(replace(review.state.choices, proposed_words=False))
    assert review.state.text() == wrong
    review.set_choices(replace(review.state.choices, proposed_words=True))
    review.take(place, review.state.witness_ids[0])  # the editor knows better
    assert review.state.text() == wrong
    review.set_choices(replace(review.state.choices, proposed_words=False))
    review.set_choices(replace(review.state.choices, proposed_words=True))
    assert review.state.text() == wrong  # the choices never touch a decided place


def test_accepting_sure_proposals_is_one_step_that_leaves_decided_places(tmp_path):
    text = SENTENCE * 3
    first = text.replace("工作人员", "工作入员", 1).replace("明天", "明夭", 1)
    second = text.replace("检查", "检杳", 1)
    review = review_of(tmp_path, first, second, text + "\n")
    decided = place_of(review, "夭", "天", "天")
    review.take(decided, review.state.witness_ids[0])
    steps, shown = len(review.state.steps), review.state.text()
    outcome = review.accept_proposals(0.5)
    assert len(review.state.steps) == steps + 1
    assert review.state.text() == shown  # accepting decides what the text showed
    assert review.state.reading(decided) == "夭"
    assert review.state.status(place_of(review, "入", "人", "人")) is not None
    assert review.state.text() == text.replace("明天", "明夭", 1)
    assert outcome.step is not None
    review.undo()
    assert review.state.status(place_of(review, "入", "人", "人")) is None
    assert review.state.reading(decided) == "夭"


def test_no_proposal_where_every_witness_reads_alike_but_for_white_space(tmp_path):
    spaced = " ".join(SENTENCE[:10]) + SENTENCE[10:]
    review = review_of(tmp_path, spaced, SENTENCE)
    assert all(review.state.proposal(p) is None for p in review.state.variant_places)
    assert len(review.state.alignment.likely.places) == 0


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 10**6), st.integers(2, 4), st.randoms(use_true_random=False))
def test_the_proposal_never_depends_on_witness_order(seed, count, shuffler):
    made = make_witnesses(seed, count, paragraphs=2, errors=4)
    witnesses = [WitnessText(f"w{n}", text) for n, text in enumerate(made.texts)]
    places = collate(witnesses, "w0").places
    order = list(range(count))
    shuffler.shuffle(order)
    model = word_frequencies()
    straight = propose(made.texts, places, model)
    shuffled_places = Places(
        places.starts[order],
        places.ends[order],
        places.variant,
        places.category,
        places.move,
        places.space,
    )
    shuffled = propose([made.texts[n] for n in order], shuffled_places, model)
    assert np.array_equal(straight.places, shuffled.places)
    for column, place in enumerate(straight.places.tolist()):
        rows = [straight.row[column], shuffled.row[column]]
        if rows[0] < 0 or rows[1] < 0:
            assert rows[0] == rows[1] == -1
            continue
        read = [
            made.texts[rows[0]][places.starts[rows[0], place] : places.ends[rows[0], place]],
            made.texts[order[rows[1]]][
                places.starts[order[rows[1]], place] : places.ends[order[rows[1]], place]
            ],
        ]
        assert "".join(read[0].split()) == "".join(read[1].split())
        assert abs(straight.confidence[column] - shuffled.confidence[column]) < 1e-5


def test_the_review_and_decide_commands_carry_the_proposals(tmp_path):
    wrong = SENTENCE.replace("工作人员", "工作入员")
    review = review_of(tmp_path, wrong, SENTENCE)
    library, document = review.library.path, review.document.id
    review.library.close()
    runner = CliRunner()
    shown = runner.invoke(main, ["--library", str(library), "review", str(document), "--json"])
    import json

    place = next(p for p in json.loads(shown.output)["places"] if p["proposal"] == "人")
    assert 0.5 < place["confidence"] <= 1.0
    assert any("far more common" in why for why in place["why"])
    done = runner.invoke(
        main,
        [
            "--library",
            str(library),
            "decide",
            str(document),
            "--proposals",
            "--min-confidence",
            "0.5",
        ],
    )
    assert done.exit_code == 0, done.output
    assert "Accept the proposals at least 50% sure (1)" in done.output


def test_f8_order_visits_the_least_sure_proposal_first_and_every_open_place_once(tmp_path):
    text = SENTENCE * 2
    first = text.replace("工作人员", "工作入员", 1).replace("顺利", "顺刺", 1)
    second = text.replace("检查", "检杳", 1)
    review = review_of(tmp_path, first, second, text + "\n")
    state = review.state
    open_places = [p for p in state.variant_places if state.category(p) in ("text", "script")]
    visited, place = [], None
    for _ in open_places:
        place = state.next_least_sure(place)
        visited.append(place)
    assert sorted(visited) == sorted(open_places)
    sureness = [state.proposal(p).confidence if state.proposal(p) else 0.0 for p in visited]
    assert sureness == sorted(sureness)
    assert state.next_least_sure(visited[0], backwards=True) == visited[-1]
    review.take(visited[0], state.witness_ids[0])
    assert review.state.next_least_sure(None) == visited[1]


# Two lines: the second begins a sentence, so no cleaning rule joins them.
MISREAD = "各级人员已经到位，工作入员正在检查设备。\n确保明夭的会议顺刺进行。"
RIGHT = "各级人员已经到位，工作人员正在检查设备。\n确保明天的会议顺利进行。"


def test_a_single_transcription_is_reviewed_through_its_suspected_misreadings(tmp_path):
    review = review_of(tmp_path, MISREAD)
    state = review.state
    suspects = {state.reading(p): state.proposal(p) for p in state.variant_places}
    assert {r: p.text for r, p in suspects.items()} == {"入": "人", "夭": "天", "刺": "利"}
    assert all(p.suspect and not p.witnesses for p in suspects.values())
    assert state.text() == MISREAD  # a suspect is offered, never read into the text
    assert state.counts().open == 3
    kinds = [r.kind for r in suspects["入"].reasons]
    assert kinds == [ReasonKind.LOOK_ALIKE, ReasonKind.LIKELIER_WORDS]


def test_a_single_witness_document_round_trips_through_decisions_undo_and_export(tmp_path):
    from desk.core.export.files import export_texts

    review = review_of(tmp_path, MISREAD)
    review.accept_proposals(0.5)
    assert review.state.text() == RIGHT and review.state.counts().open == 0
    [written] = export_texts(review.library, tmp_path / "out")
    assert written.read_text("utf-8") == RIGHT + "\n"  # a text file ends its last line
    review.undo()
    keep = next(p for p in review.state.variant_places if review.state.reading(p) == "夭")
    review.keep(keep)  # the editor knows the page reads 夭 here
    reopened = Review(open_library(review.library.path), review.document.id)
    assert reopened.state.text() == MISREAD and reopened.state.counts().open == 2
    [written] = export_texts(reopened.library, tmp_path / "again")
    assert written.read_text("utf-8") == MISREAD + "\n"


def test_desk_review_lists_a_suspect_with_its_proposal(tmp_path):
    import json

    review = review_of(tmp_path, MISREAD)
    library, document = review.library.path, review.document.id
    review.library.close()
    shown = CliRunner().invoke(
        main, ["--library", str(library), "review", str(document), "--json", "--all"]
    )
    places = json.loads(shown.output)["places"]
    first = next(p for p in places if p["proposal"] == "人")
    assert first["suspect"] is True and 0.5 <= first["confidence"] <= 1
    assert first["readings"]["1"]["text"] == "入"
    start = first["readings"]["1"]["start"]
    assert MISREAD[start : first["readings"]["1"]["end"]] == "入"
    assert "人/入 look alike" in first["why"]


def test_an_ocr_engine_unsure_of_its_reading_loses_a_tie_and_says_so(tmp_path):
    from ocr_files import alto

    (tmp_path / "ocr.xml").write_bytes(alto(lines=("5024年第三季度", "编号为七")))
    (tmp_path / "typed.txt").write_text("5924年第三季度\n编号为七", encoding="utf-8")
    library = open_library(tmp_path / "library.db")
    ocr, typed = import_paths(library, [tmp_path / "ocr.xml", tmp_path / "typed.txt"]).added
    if typed.document_id != ocr.document_id:
        move_witness(library, typed.id, ocr.document_id)
    review = Review(library, ocr.document_id, author="editor")
    place = place_of(review, "0", "9")
    proposal = review.state.proposal(place)
    assert proposal.text == "9"  # the ALTO engine read its 0 with 0.3
    doubt = [r for r in proposal.reasons if r.kind == ReasonKind.OCR_DOUBT]
    assert doubt and doubt[0].values == (str(ocr.id), pytest.approx(0.3))
    assert "".join(review.state.text().split()).startswith("5924年")


def test_a_source_usually_right_elsewhere_in_the_library_wins_a_tie_nothing_else_settles(
    tmp_path,
):
    from desk.core.review.prepare import prepare_review

    library = open_library(tmp_path / "library.db")

    def document(name: str, good: str, bad: str) -> int:
        folder = tmp_path / name
        folder.mkdir()
        (folder / "good.txt").write_text(good, encoding="utf-8")
        (folder / "bad.txt").write_text(bad, encoding="utf-8")
        first, second = import_paths(library, [folder / "good.txt", folder / "bad.txt"]).added
        if second.document_id != first.document_id:
            move_witness(library, second.id, first.document_id)
        return first.document_id

    text = SENTENCE * 4
    misread = text.replace("工作人员", "工作入员").replace("明天", "明夭").replace("顺利", "顺刺")
    prepare_review(library, document("earlier", text, misread))  # "bad" misread 12 times
    tie = "第5024号文件已经归档。" * 3
    later = document("later", tie, tie.replace("5024", "5924", 1))
    review = prepare_review(library, later)
    proposal = review.state.proposal(place_of(review, "0", "9"))
    assert proposal is not None and proposal.text == "0"
    right = [r for r in proposal.reasons if r.kind == ReasonKind.USUALLY_RIGHT]
    assert right and right[0].values[0] == proposal.witnesses[0] and right[0].values[2] >= 12
    alone = review_of(tmp_path / "alone", tie, tie.replace("5024", "5924", 1))
    assert alone.state.proposal(place_of(alone, "0", "9")) is None  # nothing to go by
