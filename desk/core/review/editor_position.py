"""Where the editor was in a document, kept for the next time it opens.

The place is kept by its key, so that it is found again on another base or with a
witness more. Imports the state, place_key and store.
"""

from __future__ import annotations

import json

from desk.core.library.store import Library
from desk.core.review.place_key import PlaceKey
from desk.core.review.state import ReviewState


def save_position(library: Library, state: ReviewState, place: int | None) -> None:
    """Remember `place` (None: nowhere) as where the editor is in the state's document."""
    key = None if place is None else str(state.keys[place])
    with library.atomic() as db:  # a document removed meanwhile keeps nothing
        db.execute(
            "UPDATE documents SET review_state = ? WHERE id = ?",
            [json.dumps({"place": key}), state.document.id],
        )


def saved_position(library: Library, state: ReviewState) -> int | None:
    """The place of the state the editor was at when the document was last open."""
    row = library.db.execute(
        "SELECT review_state FROM documents WHERE id = ?", [state.document.id]
    ).fetchone()
    try:
        key = json.loads(row[0]).get("place") if row and row[0] else None
        return None if key is None else state.find(PlaceKey.parse(key))
    except (ValueError, AttributeError):
        return None
