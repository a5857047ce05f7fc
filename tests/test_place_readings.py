"""Readings kept in shared chunks read exactly as a plain list would, before and after
any replacement, and a replacement never changes the readings it was made from."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk.core.review.place_readings import CHUNK, PlaceReadings

readings = st.lists(st.sampled_from(["", "字", "校对", "\n\n", "a b"]), max_size=3 * CHUNK + 5)


@given(readings, st.data())
def test_replaced_readings_read_as_a_list_and_leave_the_old_ones_alone(plain, data):
    shared = PlaceReadings.of(plain)
    places = st.integers(0, max(len(plain) - 1, 0))
    changes = data.draw(st.dictionaries(places, st.text(max_size=3), max_size=20)) if plain else {}
    after = shared.replaced(changes)
    expected = list(plain)
    for place, reading in changes.items():
        expected[place] = reading
    assert list(after) == expected
    assert [after[n] for n in range(len(after))] == expected
    assert after.joined() == "".join(expected)
    assert len(after) == len(expected)
    assert list(shared) == plain  # the readings it was made from are as they were


@pytest.mark.parametrize("outside", [2, -3])
def test_a_place_past_the_end_is_refused(outside):
    shared = PlaceReadings.of(["a", "b"])
    assert shared[-1] == "b"
    with pytest.raises(IndexError):
        shared[outside]
