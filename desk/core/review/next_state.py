"""The state a step leads to, made from the state before it.

What the step leaves alone is shared, not copied: the alignment and proposals, the
readings of the document choices while they stay, and every chunk of place readings
holding no changed place; the text is made from the text before only when asked for.
So a decision costs the same in a page and in a book. Imports the state, history,
readings, place_readings and edits.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from types import MappingProxyType

import numpy as np

from desk.core.review.choices import Choices
from desk.core.review.history import Decision, Step, StepState, replay
from desk.core.review.place_readings import PlaceReadings
from desk.core.review.readings import default_readings
from desk.core.review.state import ReviewState, frozen, offsets_of
from desk.core.text.edits import TextEdit, narrowed

FEW_EDITS = 32  # up to this many edits are applied to the text; more, it is joined anew


@dataclass(frozen=True)
class Transition:
    """What a step does to a state: the state after it, the curated-text edits (in the
    coordinates of the text before it, last first), and the places whose reading or
    status changed."""

    state: ReviewState
    edits: tuple[TextEdit, ...]
    places: tuple[int, ...]


def state_after(
    state: ReviewState, step: Step, decisions: Mapping[int, Decision], choices: Choices
) -> Transition:
    """The state once `step` (new, or a taken step's new state) leaves these decisions
    and choices (in the same base order)."""
    if any(s.number == step.number for s in state.steps):
        steps = tuple(step if s.number == step.number else s for s in state.steps)
    else:
        steps = tuple(s for s in state.steps if s.state != StepState.UNDONE) + (step,)
    lost = dict(state.lost)
    replay(step, step.state == StepState.APPLIED, state.alignment.find_all, None, lost)
    defaults = (
        state.defaults
        if choices == state.choices
        else tuple(default_readings(state.alignment, state.proposals, choices))
    )
    changed = _changed_places(state, decisions, defaults)
    new_readings = {}
    decided = state.decided.copy()
    reviewed = state.reviewed
    edits = []
    for place in reversed(changed):
        reading = decisions[place].text if place in decisions else defaults[place]
        decided[place] = place in decisions
        if state.to_review[place]:
            reviewed += int(decided[place]) - int(state.decided[place])
        if reading != state.curated[place]:
            edits.append(narrowed(state.span(place)[0], state.curated[place], reading))
            new_readings[place] = reading
    curated = state.curated.replaced(new_readings)
    offsets, text_from = _offsets_and_text(state, curated, new_readings, edits)
    after = replace(
        state,
        steps=steps,
        choices=choices,
        decisions=MappingProxyType(dict(decisions)),
        lost=MappingProxyType(lost),
        defaults=defaults,
        curated=curated,
        offsets=frozen(offsets),
        decided=frozen(decided),
        reviewed=reviewed,
        text_from=text_from,
    )
    return Transition(after, tuple(edits), tuple(changed))


def _offsets_and_text(
    state: ReviewState,
    curated: PlaceReadings,
    new_readings: dict[int, str],
    edits: list[TextEdit],
) -> tuple[np.ndarray, tuple[str, tuple[TextEdit, ...]] | None]:
    """The offsets of the new readings, and how to make the new text from the old (None:
    join it anew when asked): a few edits shift what follows them; many, and both are
    made anew."""
    if len(edits) > FEW_EDITS:
        return offsets_of(curated), None
    offsets = state.offsets.copy()
    for place, reading in new_readings.items():
        if delta := len(reading) - len(state.curated[place]):
            offsets[place + 1 :] += delta
    made = state.text_if_made()
    return offsets, None if made is None else (made, tuple(edits))


def _changed_places(
    state: ReviewState, decisions: Mapping[int, Decision], defaults: tuple[str, ...]
) -> list[int]:
    """The places whose reading or status `decisions` and `defaults` change, in order."""
    if defaults is state.defaults:
        keys = set(decisions) ^ set(state.decisions)
        keys |= {
            p
            for p in decisions.keys() & state.decisions.keys()
            if decisions[p] != state.decisions[p]
        }
        return sorted(keys)
    return [
        p
        for p, (default, now) in enumerate(zip(defaults, state.curated))
        if (decisions[p].text if p in decisions else default) != now
        or (p in decisions) != (p in state.decisions)
    ]
