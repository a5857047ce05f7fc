"""Find a string in a text, and the documents of a library whose witnesses hold it.

Letters match whatever their case; everything else matches exactly. Positions are code
points in the text as the library holds it. Imports store only.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from desk.core.library.store import Library

Hit = tuple[int, int]  # start, end


def find_all(text: str, query: str) -> list[Hit]:
    """Every place `query` occurs in `text`, in order, none overlapping."""
    if not query:
        return []
    return [m.span() for m in re.finditer(re.escape(query), text, re.IGNORECASE)]


def next_hit(hits: list[Hit], position: int, backwards: bool = False) -> int | None:
    """The index of the hit after `position` (before it, backwards), round the text's end."""
    if not hits:
        return None
    starts = [start for start, _ in hits]
    if backwards:
        return (bisect_left(starts, position) - 1) % len(hits)
    return bisect_right(starts, position) % len(hits)


def documents_containing(library: Library, query: str) -> list[tuple[int, str, int]]:
    """(document id, title, hits in its witnesses) for every document that holds `query`,
    in library order."""
    if not query:
        return []
    found: dict[int, int] = {}
    rows = library.db.execute(
        "SELECT document_id, text FROM witnesses WHERE instr(lower(text), lower(?)) > 0"
        " ORDER BY document_id",
        [query],
    )
    for document_id, text in rows:
        found[document_id] = found.get(document_id, 0) + len(find_all(text, query))
    titles = dict(library.db.execute("SELECT id, title FROM documents").fetchall())
    return [(d, titles[d], count) for d, count in found.items() if count]
