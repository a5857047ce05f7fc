"""A document's title follows the first line of its curated text, until the editor gives
it one: an OCR error of the base's headline decided away (末来 to 未来) leaves the title
and the exported file's name too. Imports the store and documents; never Qt.
"""

from __future__ import annotations

from dataclasses import replace

from desk.core.library.documents import TITLE_LENGTH, title_from_text
from desk.core.library.store import Library
from desk.core.review.state import ReviewState

_OPENING = TITLE_LENGTH * 8  # characters of the curated text a title is looked for in


def curated_title(state: ReviewState) -> str:
    """The title the curated text's first line makes, read from its first places only
    (a decision in a book does not make the whole text)."""
    pieces, length = [], 0
    for place in range(len(state.curated)):
        pieces.append(state.curated[place])
        length += len(pieces[-1])
        if length >= _OPENING:
            break
    return title_from_text("".join(pieces))


def followed_title(library: Library, state: ReviewState) -> str | None:
    """The title the document takes from this state's curated text, or None where it
    keeps its own (the editor's, or the same)."""
    row = library.db.execute(
        "SELECT title, titled_by_editor FROM documents WHERE id = ?", [state.document.id]
    ).fetchone()
    if row is None or row[1]:
        return None
    title = curated_title(state)
    return None if title == row[0] else title


def save_title(library: Library, document_id: int, title: str) -> None:
    """Write the followed title (call inside the step's transaction)."""
    library.db.execute("UPDATE documents SET title = ? WHERE id = ?", [title, document_id])


def titled(state: ReviewState, title: str) -> ReviewState:
    """The state with its document under a new title (its text is not made again)."""
    return replace(
        state, document=replace(state.document, title=title), text_from=(state.text(), ())
    )
