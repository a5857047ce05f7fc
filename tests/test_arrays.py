"""The array helpers: distinct values as numpy's unique gives them, and span hashes that
are equal exactly for equal texts, whatever else is hashed beside them."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from desk.core.arrays import distinct, span_hashes


@given(st.lists(st.integers(0, 2**32 - 1), max_size=200))
def test_distinct_is_numpys_unique(values):
    array = np.array(values, dtype=np.uint32)
    assert np.array_equal(distinct(array), np.unique(array))


@given(
    st.text(alphabet="甲乙丙ab𠮷\n", min_size=1, max_size=40),
    st.lists(st.tuples(st.integers(0, 40), st.integers(0, 70)), min_size=1, max_size=12),
    st.integers(1, 12),
)
def test_span_hashes_are_equal_exactly_for_equal_texts_in_any_batch(text, spans, split):
    starts = np.array([min(s, len(text)) for s, _ in spans])
    ends = np.array([min(len(text), s + n) for s, n in zip(starts.tolist(), (n for _, n in spans))])
    whole = span_hashes(text, starts, ends)
    apart = np.concatenate(
        [
            span_hashes(text, starts[:split], ends[:split]),
            span_hashes(text, starts[split:], ends[split:]),
        ]
    )
    assert np.array_equal(whole, apart)
    pieces = [text[s:e] for s, e in zip(starts.tolist(), ends.tolist())]
    for i, first in enumerate(pieces):
        for j, second in enumerate(pieces):
            assert (whole[i] == whole[j]) == (first == second)
