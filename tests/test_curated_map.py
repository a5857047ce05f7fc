"""The curated text as base plus replacements: it must behave like a plain string."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desk.core.curated_map import CuratedMap, TextEdit


def apply_edits(text: str, edits: list[TextEdit]) -> str:
    for edit in edits:  # last first, as apply() returns them
        text = text[: edit.start] + edit.text + text[edit.end :]
    return text


def test_decisions_map_variant_spans_into_the_curated_text():
    curated = CuratedMap("陕西宝鸡出台元宇宙产业发展行动计划")
    change, edits = curated.replace_base(4, 5, "平")
    assert curated.text() == "陕西宝鸡平台元宇宙产业发展行动计划"
    assert edits == [TextEdit(4, 5, "平")]
    curated.replace_base(9, 11, "")  # drop 产业
    assert curated.text() == "陕西宝鸡平台元宇宙发展行动计划"
    assert curated.span_to_curated(11, 13) == (9, 11)  # 发展 moved left by two
    assert curated.span_to_curated(9, 11) == (9, 9)  # the dropped span is now empty
    curated.apply(change.inverse())
    assert curated.text() == "陕西宝鸡出台元宇宙发展行动计划"


def test_typing_next_to_a_decision_extends_it_and_undo_restores_exactly():
    curated = CuratedMap("abcdef")
    first, _ = curated.replace_base(2, 3, "X")
    second, edits = curated.replace(3, 3, "YZ")
    assert curated.text() == "abXYZdef"
    assert len(curated.replacements) == 1  # merged with the decision it touches
    curated.apply(second.inverse())
    assert curated.text() == "abXdef"
    curated.apply(first.inverse())
    assert curated.text() == "abcdef" and curated.replacements == ()


def test_typing_the_base_text_back_leaves_no_replacement():
    curated = CuratedMap("东西部")
    curated.replace(0, 1, "南")
    curated.replace(0, 1, "东")
    assert curated.replacements == ()


def test_bulk_replacements_are_one_change():
    curated = CuratedMap("甲,乙,丙,丁")
    change, edits = curated.replace_many_base([(1, 2, "，"), (3, 4, "，"), (5, 6, "，")])
    assert curated.text() == "甲，乙，丙，丁"
    assert apply_edits("甲,乙,丙,丁", edits) == curated.text()
    curated.apply(change.inverse())
    assert curated.text() == "甲,乙,丙,丁"


operations = st.lists(
    st.tuples(
        st.floats(0, 1), st.floats(0, 1), st.text(alphabet="xyz中", max_size=3), st.booleans()
    ),
    max_size=25,
)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abc东西", max_size=30), operations)
def test_behaves_like_a_string_and_undoes_to_the_base(base, ops):
    curated = CuratedMap(base)
    model = base
    history = []
    for a, b, text, by_base in ops:
        if by_base:
            start, end = sorted((int(a * len(base)), int(b * len(base))))
            curated_start, curated_end = curated.span_to_curated(start, end)
            change, edits = curated.replace_base(start, end, text)
        else:
            curated_start, curated_end = sorted((int(a * len(model)), int(b * len(model))))
            change, edits = curated.replace(curated_start, curated_end, text)
        expected = model[:curated_start] + text + model[curated_end:]
        assert curated.text() == expected
        assert apply_edits(model, edits) == expected
        model = expected
        history.append(change)
        starts = [r[0] for r in curated.replacements]
        assert starts == sorted(starts)
    for change in reversed(history):
        edits = curated.apply(change.inverse())
        model = apply_edits(model, edits)
        assert model == curated.text()
    assert curated.text() == base and curated.replacements == ()
