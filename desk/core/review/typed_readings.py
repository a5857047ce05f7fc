"""What places read after a hand edit, or after an addition or omission is taken.

Pure questions about one review state: the session turns the answers into decisions.
Imports the state and readings.
"""

from __future__ import annotations

import numpy as np

from desk.core.review.readings import paragraph_break, tidy_space
from desk.core.review.state import ReviewState


def edited_readings(state: ReviewState, start: int, end: int, text: str) -> dict[int, str]:
    """The new readings of the places a replacement of [start, end) of the curated text
    by `text` touches. A range outside the text is refused (ValueError)."""
    whole = state.text()
    if not 0 <= start <= end <= len(whole):
        raise ValueError(f"no text between {start} and {end}: the text has {len(whole)}")
    starts, ends = state.offsets[:-1], state.offsets[1:]
    count = len(state.curated)
    if start < end:
        first = int(np.searchsorted(ends, start, side="right"))
        last = int(np.searchsorted(starts, end, side="left")) - 1
    elif start and whole[start - 1] not in "\r\n":  # typing: into the place
        first = last = int(np.searchsorted(ends, start, side="left"))  # before the cursor
    else:  # at the start of a line: into the line's first place
        first = last = int(np.searchsorted(ends, start, side="right"))
    first, last = min(first, count - 1), min(last, count - 1)
    head = state.curated[first][: start - int(starts[first])]
    tail = state.curated[last][end - int(starts[last]) :]
    if first == last:
        return {first: head + text + tail}
    readings = {first: head + text, last: tail}
    readings.update({place: "" for place in range(first + 1, last)})
    return readings


def spaces_around(state: ReviewState, place: int, cleaned: list[str], text: str) -> dict[int, str]:
    """The white space on either side of an addition or an omission being taken, as the
    witness whose cleaned readings are `cleaned` has it: an added passage gets a break on
    each side where words are, an omitted one leaves one break between the words around
    it, and none at the edges of the text. Places already decided are left out."""
    places = state.alignment.places
    separator = paragraph_break(state.alignment, state.choices)
    whole = state.text()
    before = whole[: state.offsets[place]].strip() != ""
    after = whole[state.offsets[place + 1] :].strip() != ""
    added = text.strip() != ""
    found = {}
    for side, between in (
        (place - 1, before and (added or after)),
        (place + 1, after and added),
    ):
        if 0 <= side < len(state.curated) and places.space[side] and side not in state.decisions:
            found[side] = tidy_space(cleaned[side], separator) if between else ""
    return found
