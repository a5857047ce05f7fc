"""The review's past steps: every decision a place ever had, and the state after any step.

The state after a step is the decisions and choices of the steps it was made on (its
parents), so the text after a step of an abandoned branch can be shown too. Going back
to one (`Review.restore`) is a new step that puts every place back as it was then.
Imports history, readings, saved_alignment and the state.
"""

from __future__ import annotations

from dataclasses import dataclass

from desk.core.library.failures import LibraryError
from desk.core.library.store import Library
from desk.core.review.choices import Choices
from desk.core.review.history import Decision, Step, StepState, load_steps, replay
from desk.core.review.place_key import PlaceKey
from desk.core.review.readings import default_readings
from desk.core.review.saved_alignment import document_alignment
from desk.core.review.state import ReviewState
from desk.core.review.step_labels import StepLabel


@dataclass(frozen=True)
class PastDecision:
    """A decision ever made on a place, with its step and the step's fate."""

    decision: Decision | None  # None: the place was made undecided again
    step: int
    state: StepState
    label: StepLabel


def decisions_on(history: list[Step], state: ReviewState, place: int) -> list[PastDecision]:
    """Every decision the steps of `history` made on a place, oldest first."""
    found = []
    for step in history:
        for change in step.changes:
            if state.find(change.place) == place:
                found.append(PastDecision(change.after, step.number, step.state, step.label))
    return found


def state_at(
    library: Library, state: ReviewState, number: int
) -> tuple[dict[PlaceKey, Decision], Choices]:
    """The decisions (by place key) and choices right after step `number`."""
    steps = {s.number: s for s in load_steps(library, state.document.id)}
    if number and number not in steps:
        raise LibraryError(f"no step {number} in “{state.document.title}”")
    chain = []
    while number:
        chain.append(steps[number])
        number = steps[number].parent
    decisions: dict[PlaceKey, Decision] = {}
    choices = state.first_choices
    for step in reversed(chain):
        replay(step, True, lambda keys: keys, decisions)
        if step.choices is not None:
            choices = step.choices[1]
    return decisions, choices


def text_at(library: Library, state: ReviewState, number: int) -> str:
    """The curated text right after step `number` (0: before any step)."""
    decisions, choices = state_at(library, state, number)
    alignment = document_alignment(library, state.document.id, choices.order)
    choices = choices.fitted(list(alignment.witness_ids))
    readings = default_readings(alignment, state.proposals, choices)
    for key, decision in decisions.items():
        place = alignment.find(key)
        if place is not None:
            readings[place] = decision.text
    return "".join(readings)


__all__ = ["PastDecision", "decisions_on", "state_at", "text_at"]
