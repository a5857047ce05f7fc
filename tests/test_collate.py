"""Collation on made-up and hostile inputs: categories, granularity, bounds, properties."""

from __future__ import annotations

import random

import numpy as np
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from desk.core.alignment.categories import classify
from desk.core.alignment.collation import Collation, WitnessText, collate


def pair(a: str, b: str, **options) -> Collation:
    return collate([WitnessText("A", a), WitnessText("B", b)], **options)


def readings(collation: Collation, category: str | None = None) -> list[tuple[str, str]]:
    return [
        (v.readings["A"].text, v.readings["B"].text)
        for v in collation.variants
        if category is None or v.category == category
    ]


def assert_in_bounds(collation: Collation) -> None:
    texts = {w.id: w.text for w in collation.witnesses}
    for variant in collation.variants:
        for wid, reading in variant.readings.items():
            assert 0 <= reading.start <= reading.end <= len(texts[wid])
            assert texts[wid][reading.start : reading.end] == reading.text
    for move in collation.moves:
        for wid, reading in move.readings.items():
            assert 0 <= reading.start < reading.end <= len(texts[wid])


def apply_readings(collation: Collation, witness: str) -> str:
    base = collation.witnesses[0].text
    out, position = [], 0
    for v in sorted(collation.variants, key=lambda v: v.readings[collation.base].start):
        reading = v.readings[collation.base]
        out.append(base[position : reading.start])
        out.append(v.readings[witness].text)
        position = reading.end
    out.append(base[position:])
    return "".join(out)


def test_categories_of_typical_ocr_differences():
    a = "重 塑 数 字 产 业，\n增长⋯⋯东西部协作。"
    b = "重塑数字产业,增长……東西部协作。"
    result = pair(a, b)
    assert readings(result, "text") == []
    assert ("東", "东")[::-1] in readings(result, "script")
    assert ("，", ",") in readings(result, "punctuation")
    assert ("⋯", "…") in readings(result, "punctuation")
    assert {v.category for v in result.variants} == {"layout", "punctuation", "script"}


def test_latin_text_differs_by_whole_words():
    result = pair("The quick brown fox jumps.", "The quikc brown fox leaps.")
    assert readings(result, "text") == [("quick", "quikc"), ("jumps", "leaps")]


def test_a_number_broken_by_a_column_break_is_layout_and_a_misread_digit_is_text():
    result = pair(
        "销往东部地区农产品达3.5亿元，共200亩，1998年",
        "销往东部地区农产品达3\n.5亿元,共2\n00亩,1999年",
    )
    assert readings(result, "text") == [("8", "9")]
    assert ("3.5", "3\n.5") not in readings(result)
    assert {v.category for v in result.variants} == {"layout", "punctuation", "text"}
    assert readings(pair("增长3.5倍", "增长3,5倍"), "text") == [(".", ",")]
    assert readings(pair("增长３．５倍", "增长3.5倍"), "text") == []


def test_orthographic_forms_are_script_hyphen_forms_layout_and_symbols_text():
    assert [v.category for v in pair("the ſame firſt ﬁeld", "the same first field").variants] == [
        "script"
    ] * 3
    for hyphen in ("\u2010", "\u2011", "\u2e17", "\u00ad", "\u00ac"):
        result = pair(f"it was par{hyphen}\nticularly good", "it was par-\nticularly good")
        assert [v.category for v in result.variants] == ["layout"], hyphen
    assert readings(pair("I have to dispose- of it", "I have to dispose of it"), "text") == []
    assert readings(pair("好😀天", "好😃天"), "text") == [("😀", "😃")]
    assert readings(pair("评价★★★", "评价☆☆☆"), "text") == [("★★★", "☆☆☆")]
    assert {v.category for v in pair("增长⋯⋯", "增长……").variants} == {"punctuation"}


def test_line_end_hyphenation_is_layout():
    result = pair(
        "Whan that Aprill with his shoures no-\nthynge soote",
        "Whan that Aprill with his shoures nothynge soote",
    )
    assert [v.category for v in result.variants] == ["layout"]


ENGLISH = (
    "The county road was opened in the spring, and the actual work began soon after the"
    " council had voted for it. Farmers along the valley had asked for a better road for"
    " many years, since the old track was often closed by floods in the autumn."
)


@given(
    st.lists(
        st.tuples(st.integers(0, len(ENGLISH)), st.sampled_from(["\n", "\n\n", " "])), max_size=12
    ),
    st.lists(st.integers(0, len(ENGLISH) - 1), max_size=3),
)
@settings(max_examples=60, deadline=None)
def test_a_word_broken_without_a_hyphen_is_layout_and_a_changed_letter_text(breaks, misread):
    """Column OCR breaks words at line ends without a hyphen ("coun⏎ty"): no place whose
    readings differ in white space alone is text, and a changed letter still is."""
    broken = list(ENGLISH)
    for at in sorted(set(misread)):
        if broken[at].isalpha():
            broken[at] = "x" if broken[at] != "x" else "y"
    for at, space in sorted(breaks, reverse=True):
        broken.insert(at, space)
    collation = collate([WitnessText("a", ENGLISH), WitnessText("b", "".join(broken))], "a")
    for variant in collation.variants:
        texts = ["".join(r.text.split()) for r in variant.readings.values()]
        if variant.category == "text":
            assert len(set(texts)) > 1, variant.readings
        else:
            assert variant.category == "layout" or len(set(texts)) > 1
    changed = sum(1 for at in set(misread) if ENGLISH[at].isalpha())
    text_places = sum(1 for v in collation.variants if v.category == "text")
    assert (text_places > 0) == (changed > 0)


def test_identical_and_empty_witnesses():
    assert pair("同一段文字。", "同一段文字。").variants == ()
    assert pair("", "").variants == ()
    only_b = pair("", "只有乙有。")
    assert readings(only_b) == [("", "只有乙有。")]
    assert only_b.variants[0].category == "text"
    assert readings(pair("只有甲有。", "")) == [("只有甲有。", "")]


def test_nothing_in_common():
    rng = random.Random(5)
    a = "".join(rng.choice("甲乙丙丁戊己庚辛") for _ in range(3000))
    b = "".join(rng.choice("abcdefgh ") for _ in range(3000))
    result = pair(a, b)
    assert_in_bounds(result)
    for variant in result.variants:
        texts = [r.text for r in variant.readings.values()]
        # White space at the edges of the difference is a layout place of its own.
        assert variant.category == "text" or not "".join(texts).strip()
    assert [v.category for v in result.variants].count("text") == 1


def test_characters_outside_the_bmp_count_as_one():
    result = pair("吉野家的𠮷字", "𠮷野家的吉字")
    assert_in_bounds(result)
    assert ("吉", "𠮷") in readings(result, "text")
    assert ("𠮷", "吉") in readings(result, "text")
    assert result.variants[0].readings["B"].start == 0
    assert result.variants[0].readings["B"].end == 1


def test_combining_marks_emoji_and_right_to_left_text():
    a = "Cafe\u0301 👍🏽 שלום עולם مرحبا بالعالم"
    b = "Café 👍 שלום עולמי مرحبا بالعالم"
    result = pair(a, b)
    assert_in_bounds(result)
    assert ("עולם", "עולמי") in readings(result, "text")
    assert ("Cafe\u0301", "Café") not in readings(result, "text")  # NFC-equal


def test_five_megabyte_single_line():
    rng = random.Random(9)
    a = "".join(rng.choice("的一是不了人在有我他这中大来上个国") for _ in range(1_700_000))
    b = a[:800_000] + "错" + a[800_001:]
    result = pair(a, b)
    assert readings(result) == [(a[800_000], "错")]
    assert result.variants[0].readings["A"].start == 800_000


def test_three_witnesses_share_variants_and_mark_the_majority():
    base = "今年以来，全市港口吞吐量保持较快增长。" * 3
    witnesses = [
        WitnessText("A", base),
        WitnessText("B", base.replace("吞吐量", "吞土量", 1)),
        WitnessText("C", base.replace("吞吐量", "吞土量", 1).replace("较快", "很快", 1)),
    ]
    result = collate(witnesses)
    assert_in_bounds(result)
    misreading = next(v for v in result.variants if v.readings["A"].text == "吐")
    assert {w: r.text for w, r in misreading.readings.items()} == {"A": "吐", "B": "土", "C": "土"}
    assert misreading.majority == ("B", "C")
    only_c = next(v for v in result.variants if v.readings["C"].text == "很")
    assert only_c.readings["B"].text == "较"
    assert only_c.majority == ("A", "B")


def test_base_can_be_chosen():
    result = collate([WitnessText("A", "甲文"), WitnessText("B", "乙文")], base="B")
    assert result.base == "B"
    assert [w.id for w in result.witnesses] == ["B", "A"]


def test_a_moved_paragraph_is_matched_with_its_counterpart():
    p1 = "近日发布的通知提出持续深化东西部协作考核评价强化协作帮扶责任落实。"
    p2 = "近年来随着东西部协作不断深入各地探索出了诸多帮扶机制奠定了良好基础。"
    p3 = "首先东西部地区要立足实际建立健全信息共享工作会商制度实现高效对接。"
    result = pair(p1 + "\n" + p2 + "\n" + p3, p2 + "\n" + p3 + "\n" + p1.replace("考核", "考察"))
    assert len(result.moves) == 1
    assert result.moves[0].readings["A"].text.startswith("近日发布")
    inside = [v for v in result.variants if v.move == 0]
    assert [(v.readings["A"].text, v.readings["B"].text) for v in inside] == [("核", "察")]


def test_classify():
    assert classify(["重 塑", "重塑"]) == "layout"
    assert classify(["，", ","]) == "punctuation"
    assert classify(["“牧民”", "牧民"]) == "punctuation"
    assert classify(["東", "东"]) == "script"
    assert classify(["出", "平"]) == "text"


ALPHABET = "的一是不了人在有我他这中大来上个国东西部协作，。、,.“”⋯ \n"
edits = st.lists(
    st.tuples(
        st.sampled_from(["replace", "insert", "delete", "space", "width"]),
        st.floats(0, 1),
        st.sampled_from("错别字乙丙 \n,，"),
    ),
    max_size=12,
)


def damage(text: str, changes) -> str:
    chars = list(text)
    for kind, where, ch in changes:
        if not chars:
            chars.append(ch)
            continue
        i = int(where * (len(chars) - 1))
        if kind == "replace":
            chars[i] = ch
        elif kind == "insert":
            chars.insert(i, ch)
        elif kind == "delete":
            del chars[i]
        elif kind == "space":
            chars.insert(i, " ")
        elif kind == "width" and chars[i] in "，,":
            chars[i] = "," if chars[i] == "，" else "，"
    return "".join(chars)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(st.text(alphabet=ALPHABET, max_size=400), edits)
def test_applying_a_witness_readings_to_the_base_gives_that_witness(text, changes):
    other = damage(text, changes)
    result = pair(text, other)
    assert_in_bounds(result)
    assume(not result.moves)
    rebuilt = apply_readings(result, "B")
    assert "".join(rebuilt.split()) == "".join(other.split())


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=300), edits, edits)
def test_three_witnesses_stay_in_bounds(text, changes_b, changes_c):
    result = collate(
        [
            WitnessText("A", text),
            WitnessText("B", damage(text, changes_b)),
            WitnessText("C", damage(text, changes_c)),
        ]
    )
    assert_in_bounds(result)
    for variant in result.variants:
        assert set(variant.readings) == {"A", "B", "C"}


@settings(max_examples=30, deadline=None)
@given(seed=st.integers(0, 10**6), count=st.integers(3, 6))
def test_majorities_on_arrays_are_those_of_the_readings(seed, count):
    from made_witnesses import make_witnesses

    from desk.core.alignment.collation import majorities, majority

    made = make_witnesses(seed, count, paragraphs=3, errors=5)
    result = collate([WitnessText(f"w{n}", text) for n, text in enumerate(made.texts)])
    places = np.flatnonzero(result.places.variant)
    found = majorities(result.places, result.witnesses, places)
    assert found == [majority(v.readings) for v in result.variants]
