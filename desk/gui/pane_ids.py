"""Which pane: the curated text's, or a witness's, named by the witness's id."""

from __future__ import annotations

CURATED = "curated"


def witness_of(pane: str) -> int | None:
    """The witness a pane shows; None for the curated text."""
    return None if pane == CURATED else int(pane)


def pane_of(witness_id: int | None) -> str:
    """The pane showing a witness; the curated text's for None."""
    return CURATED if witness_id is None else str(witness_id)
