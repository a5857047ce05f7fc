"""Runs of agreement found before the places are made give exactly the places the merge at
the end gives: the same spans, variants, categories, moves and white-space places.

The merge of one place per token and per space is the reference: with the runs turned off
(`_agreeing_joins` finding none) find_places is the plain construction it was written as.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from made_witnesses import make_witnesses

from desk.core.alignment import places as places_module
from desk.core.alignment.collation import WitnessText, collate


def both_ways(texts: list[str], monkeypatch: pytest.MonkeyPatch) -> tuple:
    witnesses = [WitnessText(str(n), text) for n, text in enumerate(texts)]
    joined = collate(witnesses).places
    with monkeypatch.context() as patch:
        patch.setattr(
            places_module, "_agreeing_joins", lambda table, _w: np.zeros(len(table), dtype=bool)
        )
        merged = collate(witnesses).places
    return joined, merged


def assert_same(joined, merged) -> None:
    for name in ("starts", "ends", "variant", "category", "move", "space"):
        assert np.array_equal(getattr(joined, name), getattr(merged, name)), name


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    seed=st.integers(0, 10**6),
    count=st.integers(2, 4),
    errors=st.integers(0, 6),
    moves=st.sampled_from([(), (None, "swap"), ("move",)]),
)
def test_runs_of_agreement_give_the_places_the_merge_gives(seed, count, errors, moves):
    made = make_witnesses(seed, count, paragraphs=3, errors=errors, moves=moves)
    with pytest.MonkeyPatch.context() as monkeypatch:
        assert_same(*both_ways(made.texts, monkeypatch))


@pytest.mark.parametrize(
    "texts",
    [
        ["The  quick brown fox\r\njumps over", "The quick  brown fox\njumps over"],
        ["  leading space and tabs\tinside", " leading space and tabs inside"],
        ["a b c d e f g", "a b c d e f g"],
        ["", "not empty"],
        ["同一 句话，两个 版本。", "同一句话，两个 版本。"],
        ["word-\nbreak here", "word-\nbreak here and more"],
    ],
)
def test_white_space_and_latin_runs_give_the_same_places(texts, monkeypatch):
    assert_same(*both_ways(texts, monkeypatch))
