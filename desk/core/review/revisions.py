"""The review's past: every step as it was, the text after any of them, and restoring one.

A revision is the state right after a step: the decisions and choices of the steps it
was made on (its parents), so the text of an abandoned branch can be shown too.
Restoring a revision is a new step that puts every place back as it was then.
Imports history, readings, saved_alignment; the session calls these.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from desk.core.library.failures import LibraryError
from desk.core.review.choices import Choices
from desk.core.review.history import Decision, Step, StepKind, StepState, load_steps, replay
from desk.core.review.place_key import PlaceKey
from desk.core.review.readings import default_readings
from desk.core.review.saved_alignment import document_alignment
from desk.core.review.step_labels import StepLabel

if TYPE_CHECKING:
    from desk.core.review.session import Outcome, Review


@dataclass(frozen=True)
class PastDecision:
    """A decision ever made on a place, with its step and the step's fate."""

    decision: Decision | None  # None: the place was made undecided again
    step: int
    state: StepState
    label: StepLabel


def history(review: Review) -> list[Step]:
    """Every step ever taken on the document, undone and abandoned ones too, in order."""
    return load_steps(review.library, review.document.id)


def decisions_on(review: Review, place: int) -> list[PastDecision]:
    """Every decision ever made on a place, oldest first."""
    found = []
    for step in history(review):
        for change in step.changes:
            if review.find(change.place) == place:
                found.append(PastDecision(change.after, step.number, step.state, step.label))
    return found


def _state_at(review: Review, number: int) -> tuple[dict[PlaceKey, Decision], Choices]:
    """The decisions (by place key) and choices right after revision `number`."""
    steps = {s.number: s for s in history(review)}
    if number and number not in steps:
        raise LibraryError(f"no revision {number} in “{review.document.title}”")
    chain = []
    while number:
        chain.append(steps[number])
        number = steps[number].parent
    decisions: dict[PlaceKey, Decision] = {}
    choices = review.first_choices
    for step in reversed(chain):
        replay(step, True, lambda key: key, decisions)
        if step.choices is not None:
            choices = step.choices[1]
    return decisions, choices


def text_at(review: Review, number: int) -> str:
    """The curated text right after revision `number` (0: before any step)."""
    decisions, choices = _state_at(review, number)
    alignment = document_alignment(review.library, review.document.id, choices.order)
    choices = choices.fitted([w.id for w in alignment.witnesses])
    readings = default_readings(alignment, review.proposals, choices)
    for key, decision in decisions.items():
        place = alignment.find(key)
        if place is not None:
            readings[place] = decision.text
    return "".join(readings)


def restore(review: Review, number: int) -> Outcome:
    """Make every place and choice what it was after revision `number`, as a new step."""
    decisions, choices = _state_at(review, number)
    target = {review.find(key): d for key, d in decisions.items()}
    target.pop(None, None)
    changes: dict[int, Decision | None] = {p: None for p in review.decisions if p not in target}
    changes.update(target)
    new_choices = choices if choices != review.choices else None
    return review.commit(
        StepKind.RESTORE, StepLabel.of("restore", number=number), changes, new_choices
    )


__all__ = ["PastDecision", "decisions_on", "history", "restore", "text_at"]
