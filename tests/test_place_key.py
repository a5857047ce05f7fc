"""A place's key: what is stored reads back as the same key, whatever the witness ids."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk.core.review.place_key import PlaceKey

witness_ids = st.text(st.characters(blacklist_characters=";", codec="utf-8"), min_size=1)
spans = st.lists(
    st.tuples(witness_ids, st.integers(0, 10**9), st.integers(0, 10**9)), min_size=1, max_size=6
)


@given(spans)
def test_a_stored_key_reads_back_as_the_same_key(spans):
    key = PlaceKey.of(spans)
    assert PlaceKey.parse(str(key)) == key
    assert PlaceKey.of(reversed(spans)) == key  # the readings' order does not matter


def test_a_key_stored_by_an_earlier_desk_reads_as_it_did():
    key = PlaceKey.parse("12:40-41;7:38-38")
    assert key.spans == (("12", 40, 41), ("7", 38, 38))
    assert key.spans_of(["7", "9"]) == {"7": (38, 38)}
    assert str(key) == "12:40-41;7:38-38"


@pytest.mark.parametrize("text", ["", "12", "12:a-b", ":1-2"])
def test_text_that_is_no_key_is_refused(text):
    with pytest.raises(ValueError):
        PlaceKey.parse(text)
