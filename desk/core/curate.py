"""The curated text of a document: its base witness plus the editor's decisions and edits.

Every revision is kept in the library. Imports store and library only.
"""

from __future__ import annotations

from desk.core.library import get_document, witness_text
from desk.core.store import Library


def curated_text(library: Library, document_id: int) -> str:
    """The newest curated revision, or the base witness's text while there is none."""
    row = library.db.execute(
        "SELECT text FROM revisions WHERE document_id = ? ORDER BY id DESC LIMIT 1",
        [document_id],
    ).fetchone()
    if row is not None:
        return row[0]
    document = get_document(library, document_id)
    if document.base_witness_id is None:
        return ""
    return witness_text(library, document.base_witness_id)
