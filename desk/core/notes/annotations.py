"""Notes on passages of the curated text or of a witness: tags, author and time.

Each annotation is anchored (desk.core.notes.selectors): its position follows every edit of the
curated text (the review calls `shift_curated_annotations` inside the step's own
transaction), and its quote finds it again when that is not enough. Deleting keeps the
row, marked deleted, so that undo brings it back and nothing is lost. Imports anchors
and store.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from desk.core.library.failures import LibraryError
from desk.core.library.store import Library, now
from desk.core.notes.selectors import Anchor, anchor_at, locate, shift
from desk.core.text.edits import TextEdit

STANDARD_TAGS = ("uncertain", "check-image", "query")
_COLUMNS = (
    'id, document_id, witness_id, start, "end", quote, prefix, suffix, note, tags, author,'
    " created_at, updated_at, deleted_at"
)


@dataclass(frozen=True)
class Annotation:
    """A note on a passage; `witness_id` None means the curated text."""

    id: int
    document_id: int
    witness_id: int | None
    anchor: Anchor
    note: str
    tags: tuple[str, ...]
    author: str
    created: str
    updated: str
    deleted: bool = False


def clean_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Tags without surrounding space, empty ones or repeats, in the order given."""
    seen: dict[str, None] = {}
    for tag in tags:
        tag = " ".join(tag.split())
        if tag:
            seen.setdefault(tag, None)
    return tuple(seen)


def _annotation(row: tuple) -> Annotation:
    (id_, document, witness, start, end, quote, prefix, suffix, note, tags, author) = row[:11]
    created, updated, deleted = row[11:]
    return Annotation(
        id_,
        document,
        witness,
        Anchor(quote, prefix, suffix, start, end),
        note,
        tuple(json.loads(tags or "[]")),
        author,
        created,
        updated or created,
        deleted is not None,
    )


def get_annotation(library: Library, annotation_id: int) -> Annotation:
    """One annotation, deleted or not."""
    row = library.db.execute(
        f"SELECT {_COLUMNS} FROM annotations WHERE id = ?", [annotation_id]
    ).fetchone()
    if row is None:
        raise LibraryError(f"no annotation {annotation_id}")
    return _annotation(row)


def add_annotation(
    library: Library,
    document_id: int,
    witness_id: int | None,
    text: str,
    start: int,
    end: int,
    note: str,
    tags: Iterable[str],
    author: str,
) -> Annotation:
    """Annotate text[start:end] (the curated text, or witness `witness_id`'s)."""
    if not 0 <= start < end <= len(text):
        raise ValueError("select the passage to annotate first")
    anchor = anchor_at(text, start, end)
    stamp = now()
    with library.atomic() as db:
        annotation_id = (
            db["annotations"]
            .insert(
                {
                    "document_id": document_id,
                    "witness_id": witness_id,
                    "start": anchor.start,
                    "end": anchor.end,
                    "quote": anchor.quote,
                    "prefix": anchor.prefix,
                    "suffix": anchor.suffix,
                    "note": note,
                    "tags": json.dumps(list(clean_tags(tags)), ensure_ascii=False),
                    "author": author,
                    "created_at": stamp,
                    "updated_at": stamp,
                    "deleted_at": None,
                }
            )
            .last_pk
        )
    return get_annotation(library, annotation_id)


def update_annotation(
    library: Library, annotation_id: int, note: str, tags: Iterable[str]
) -> Annotation:
    """Change an annotation's note and tags."""
    get_annotation(library, annotation_id)
    with library.atomic() as db:
        db["annotations"].update(
            annotation_id,
            {
                "note": note,
                "tags": json.dumps(list(clean_tags(tags)), ensure_ascii=False),
                "updated_at": now(),
            },
        )
    return get_annotation(library, annotation_id)


def delete_annotation(library: Library, annotation_id: int) -> None:
    """Delete an annotation (kept, marked deleted, so that it can be restored)."""
    get_annotation(library, annotation_id)
    with library.atomic() as db:
        db["annotations"].update(annotation_id, {"deleted_at": now()})


def restore_annotation(library: Library, annotation_id: int) -> None:
    """Bring a deleted annotation back."""
    get_annotation(library, annotation_id)
    with library.atomic() as db:
        db["annotations"].update(annotation_id, {"deleted_at": None})


def list_annotations(
    library: Library,
    document_id: int,
    tag: str | None = None,
    author: str | None = None,
) -> list[Annotation]:
    """A document's annotations (not deleted), optionally of one tag or author, in order
    of creation."""
    found = [
        _annotation(row)
        for row in library.db.execute(
            f"SELECT {_COLUMNS} FROM annotations WHERE document_id = ? AND deleted_at IS NULL"
            " ORDER BY id",
            [document_id],
        )
    ]
    return [
        a
        for a in found
        if (tag is None or tag in a.tags) and (author is None or a.author == author)
    ]


def place(annotation: Annotation, text: str) -> tuple[int, int] | None:
    """Where the annotation's passage is in `text` (its target's text now); None: orphaned."""
    return locate(text, annotation.anchor)


def shift_curated_annotations(library: Library, document_id: int, edits: list[TextEdit]) -> None:
    """Move the curated text's annotations with edits. Call inside the edit's transaction."""
    if not edits:
        return
    rows = library.db.execute(
        'SELECT id, start, "end" FROM annotations WHERE document_id = ? AND witness_id IS NULL',
        [document_id],
    ).fetchall()
    moved = []
    for annotation_id, start, end in rows:
        new_start, new_end = shift(start, end, edits)
        if (new_start, new_end) != (start, end):
            moved.append((new_start, new_end, annotation_id))
    library.db.conn.executemany('UPDATE annotations SET start = ?, "end" = ? WHERE id = ?', moved)
