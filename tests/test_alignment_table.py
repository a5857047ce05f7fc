"""The alignment table on generated witnesses: exact readings, cover, moves, majority."""

from __future__ import annotations

import random
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from made_witnesses import HEADER, Made, make_witnesses

from desk.core.alignment.collation import Collation, WitnessText, collate

FEW = settings(
    max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)


@st.composite
def witness_sets(draw, moving: bool = True) -> Made:
    count = draw(st.integers(2, 6))
    kinds = [None, None, "move", "swap"] if moving else [None]
    # The first witness (the base) keeps the clean order: the others' moves are against it.
    moves = (None,) + tuple(draw(st.sampled_from(kinds)) for _ in range(count - 1))
    # A header printed in several places may pair up as a move too.
    headers = tuple(draw(st.booleans()) and moving for _ in range(count))
    return make_witnesses(
        draw(st.integers(0, 10**9)),
        count,
        paragraphs=draw(st.integers(3, 6)),
        errors=draw(st.integers(0, 4)),
        moves=moves,
        headers=headers,
    )


def collated(made: Made, order: list[int] | None = None, base: int = 0) -> Collation:
    order = order or list(range(len(made.texts)))
    witnesses = [WitnessText(f"w{n}", made.texts[n]) for n in order]
    return collate(witnesses, base=f"w{base}")


def squeezed(text: str) -> str:
    return "".join(text.split())


def check_cover(collation: Collation) -> None:
    """Each witness's readings are exact slices that never overlap and cover its text."""
    for witness in collation.witnesses:
        spans = sorted(
            (p.readings[witness.id].start, p.readings[witness.id].end, p.readings[witness.id].text)
            for p in collation.all_places()
        )
        position = 0
        for start, end, text in spans:
            assert start == position, (witness.id, start, position)
            assert witness.text[start:end] == text
            position = end
        assert position == len(witness.text)


@FEW
@given(witness_sets())
def test_readings_are_exact_disjoint_and_cover_every_witness(made):
    check_cover(collated(made))


@FEW
@given(witness_sets(moving=False))
def test_taking_one_witness_at_every_place_gives_its_text(made):
    result = collated(made)
    for witness in result.witnesses:
        rebuilt = "".join(p.readings[witness.id].text for p in result.all_places())
        assert rebuilt == witness.text


@FEW
@given(witness_sets())
def test_every_damage_is_one_text_variant_and_nothing_else_is(made):
    result = collated(made)
    texts = [v for v in result.variants if v.category == "text"]
    explained = set()
    for n, damage in enumerate(made.damages):
        wid = f"w{n}"
        for position, clean, read in damage.misread:
            found = [
                v
                for v in texts
                if (v.readings[wid].start, v.readings[wid].text) == (position, read)
            ]
            assert len(found) == 1, (wid, position, clean, read)
            others = {r.text for w, r in found[0].readings.items() if w != wid}
            assert others <= {clean, read}, others
            explained.add(found[0].id)
        for position in damage.dropped:
            found = [
                v
                for v in texts
                if v.readings[wid].text == ""
                and abs(v.readings[wid].start - position) <= 2
                and all(len(r.text) <= 1 for r in v.readings.values())
            ]
            assert found, (wid, "dropped", position)
            explained.update(v.id for v in found)
        for position in damage.doubled:
            text = made.texts[n]
            original = next(i for i in range(position + 1, len(text)) if not text[i].isspace())
            found = [
                v
                for v in texts
                if len(v.readings[wid].text) == 1
                and v.readings[wid].start in (position, original)
                and all(r.text == "" for w, r in v.readings.items() if w != wid)
            ]
            assert found, (wid, "doubled", position)
            explained.update(v.id for v in found)
    for variant in texts:
        if variant.id in explained:
            continue
        readings = {r.text for r in variant.readings.values()}
        assert readings <= {HEADER, ""}, f"unexplained text variant: {variant}"


def paragraph_edges(text: str) -> tuple[set[int], set[int]]:
    """Where the paragraphs of a witness (parted by blank lines) start and end."""
    starts, ends = {0}, {len(text.rstrip())}
    for gap in re.finditer(r"\s*\n\s*\n\s*", text):
        ends.add(gap.start())
        starts.add(gap.end())
    return starts, ends


def check_moves_are_whole_paragraphs(result: Collation, texts: dict[str, str], moved: int) -> None:
    """Every move holds whole paragraphs in every witness, and there are no more moves than
    paragraphs moved (either of two swapped paragraphs may be the one reported)."""
    moves = [m for m in result.moves if any(r.text.strip() != HEADER for r in m.readings.values())]
    assert len(moves) <= 2 * moved, [m.readings for m in moves]
    for move in moves:
        for wid, reading in move.readings.items():
            starts, ends = paragraph_edges(texts[wid])
            text = reading.text
            start = reading.start + len(text) - len(text.lstrip())
            end = reading.end - (len(text) - len(text.rstrip()))
            assert start in starts, (wid, text[:20])
            assert end in ends, (wid, text[-20:])


@FEW
@given(witness_sets())
def test_each_move_is_whole_paragraphs_and_no_more_than_were_moved(made):
    result = collated(made)
    texts = {f"w{n}": text for n, text in enumerate(made.texts)}
    check_moves_are_whole_paragraphs(result, texts, sum(len(d.moved) for d in made.damages))


def majorities(result: Collation) -> dict:
    """Each variant's readings by witness, with the witnesses of its majority."""
    return {
        frozenset((w, r.start, r.end) for w, r in v.readings.items()): frozenset(v.majority)
        for v in result.variants
    }


@FEW
@given(witness_sets(), st.randoms(use_true_random=False))
def test_the_witness_order_changes_nothing(made, rng: random.Random):
    order = list(range(len(made.texts)))
    rng.shuffle(order)
    assert majorities(collated(made, order)) == majorities(collated(made))


@FEW
@given(witness_sets(moving=False), st.randoms(use_true_random=False))
def test_the_base_changes_only_the_order_of_places(made, rng: random.Random):
    base = rng.randrange(len(made.texts))
    assert majorities(collated(made, base=base)) == majorities(collated(made))


def test_three_witnesses_each_misreading_in_its_own_place():
    result = collate(
        [
            WitnessText("a", "一二三四五六七八九十"),
            WitnessText("b", "一二参四五六七八九十"),
            WitnessText("c", "一二三肆五六七八九十"),
        ]
    )
    readings = [{w: r.text for w, r in v.readings.items()} for v in result.variants]
    assert readings == [{"a": "三", "b": "参", "c": "三"}, {"a": "四", "b": "四", "c": "肆"}]
    assert [v.majority for v in result.variants] == [("a", "c"), ("a", "b")]


def test_the_same_addition_in_two_witnesses_is_one_place():
    result = collate(
        [
            WitnessText("a", "則增修於德無勤民於遠是以"),
            WitnessText("b", "則增修於德而無勤民於遠是以"),
            WitnessText("c", "則增修於德而無勤民於遠，是以"),
        ]
    )
    readings = [{w: r.text for w, r in v.readings.items()} for v in result.variants]
    assert {"a": "", "b": "而", "c": "而"} in readings
    assert {"a": "", "b": "", "c": "，"} in readings
    assert len(readings) == 2
    added = next(v for v in result.variants if v.readings["b"].text == "而")
    assert added.majority == ("b", "c")


def test_a_reading_is_only_what_differs_whatever_the_other_witnesses_spaces():
    texts = ["经济发展、能力", "经 济 发 展 、 能 力", "经济发展、能力", "经济蝴展、能力"]
    result = collate([WitnessText(f"w{n}", t) for n, t in enumerate(texts)])
    text = [v for v in result.variants if v.category == "text"]
    assert [{w: r.text for w, r in v.readings.items()} for v in text] == [
        {"w0": "发", "w1": "发", "w2": "发", "w3": "蝴"}
    ]
    assert all(v.category == "layout" for v in result.variants if v not in text)


def test_a_heading_that_repeats_the_next_sentence_aligns_in_place():
    body = "幽王二年，西周三川皆震。伯陽甫曰：周將亡矣。夫天地之氣，不失其序。"
    a = "1.10《西周三川皆震》\n" + body
    b = "1.10《西周三川皆震》\n" + body.replace("陽", "阳", 1).replace("序", "敘", 1)
    result = collate([WitnessText("a", a), WitnessText("b", b)])
    assert not result.moves
    assert [
        (v.readings["a"].text, v.readings["b"].text)
        for v in result.variants
        if v.category == "text"
    ] == [("序", "敘")]


def test_a_header_printed_three_times_is_an_addition_each_time():
    made = make_witnesses(7, 2, paragraphs=4, errors=0, headers=(False, True))
    result = collated(made)
    added = [v for v in result.variants if v.readings["w1"].text == HEADER]
    assert len(added) == made.damages[1].headers
    assert not result.moves


def test_two_swapped_paragraphs_with_misreadings_are_one_move():
    made = make_witnesses(11, 2, paragraphs=5, errors=4, moves=(None, "swap"))
    result = collated(made)
    assert len(result.moves) == 1
    check_cover(result)
