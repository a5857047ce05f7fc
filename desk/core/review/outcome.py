"""What an editor's action did, as the views need it to update themselves."""

from __future__ import annotations

from dataclasses import dataclass

from desk.core.review.history import Step
from desk.core.text.edits import TextEdit


@dataclass(frozen=True)
class Outcome:
    """What an action did: its step, the curated-text edits (in the coordinates of the
    text before it, last first), and the places whose reading or status changed."""

    step: Step | None
    edits: tuple[TextEdit, ...]
    places: tuple[int, ...]
    merged: bool = False


NOTHING = Outcome(None, (), ())
