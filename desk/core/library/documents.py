"""What an editor does with the library's contents: import files, list, rename and regroup.

Each action is one function that runs in one transaction. Imports sources, grouping,
cleaning and store; never Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from desk.core.cancel import checkpoint
from desk.core.library.failures import LibraryError, ReadOnly
from desk.core.library.grouping import (
    FINGERPRINT_SCHEME,
    Fingerprint,
    WorkIndex,
    fingerprint,
    from_bytes,
    to_bytes,
)
from desk.core.library.sources import SourceError, SourceText, expand_paths, read_source
from desk.core.library.store import Library, now
from desk.core.ocr.lines import save_ocr
from desk.core.ocr.page_images import ImageRefused, attach_image, find_page_image
from desk.core.text.cleaning import apply_proposals, propose

SEEDED_KEY = "seeded"
FINGERPRINTS = "fingerprint_scheme"  # the meta key: how the kept fingerprints were made
_TITLE_TRIM = " \t\u3000-—–_=·.。:："
TITLE_LENGTH = 60


@dataclass(frozen=True)
class Witness:
    """One transcription as imported; its text is fetched with `witness_text`."""

    id: int
    document_id: int
    label: str
    path: str
    encoding: str
    sha256: str
    length: int
    imported_at: str


@dataclass(frozen=True)
class Document:
    """One work and its witnesses, in import order."""

    id: int
    title: str
    base_witness_id: int | None
    witnesses: tuple[Witness, ...]


@dataclass(frozen=True)
class ImportReport:
    """What an import did: witnesses added, files already in the library, files refused,
    and the page images OCR files named that could not be attached (the witness is
    imported all the same)."""

    added: tuple[Witness, ...]
    duplicates: tuple[Path, ...]
    failures: tuple[SourceError, ...]
    images_refused: tuple[SourceError, ...] = ()


def title_from_text(text: str) -> str:
    """A document title: the first line with some words in it, spaces inside CJK removed."""
    for line in text.splitlines():
        line = line[: TITLE_LENGTH * 4]  # room for the spaces taken out; never a whole book
        title = apply_proposals(line, propose(line, ["cjk_spaces"])).strip(_TITLE_TRIM)
        if len(title) >= 2:
            return title[:TITLE_LENGTH]
    return "Untitled"


def import_paths(
    library: Library,
    paths: Iterable[Path],
    progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """Import files and folders; each new witness joins the document whose text it resembles.

    Every file is its own transaction, so one bad file never stops the batch.
    `progress(done, total)` is called after each file.
    """
    files = list(expand_paths(paths))
    works = WorkIndex()
    for document_id, shingles in _fingerprints(library):
        works.add(document_id, shingles)
    added: list[Witness] = []
    duplicates: list[Path] = []
    failures: list[SourceError] = []
    images_refused: list[SourceError] = []
    for done, path in enumerate(files, start=1):
        checkpoint()
        try:
            source = read_source(path)
        except SourceError as error:
            failures.append(error)
        else:
            shingles = fingerprint(source.text)
            witness = _add_witness(library, source, shingles, partial(works.best_match, shingles))
            if witness is None:
                duplicates.append(path)
            else:
                works.add(witness.document_id, shingles)
                added.append(witness)
                refused = _attach_named_image(library, witness, source)
                if refused is not None:
                    images_refused.append(refused)
        if progress:
            progress(done, len(files))
    return ImportReport(tuple(added), tuple(duplicates), tuple(failures), tuple(images_refused))


def _fingerprints(library: Library) -> list[tuple[int, Fingerprint]]:
    """(document, fingerprint) of every witness, as kept; those missing (witnesses of an
    older desk) or of another scheme are made and kept, where the library can be written."""
    rows = library.db.execute(
        "SELECT w.id, w.document_id, f.shingles FROM witnesses w"
        " LEFT JOIN fingerprints f ON f.witness_id = w.id"
    ).fetchall()
    if library.get_meta(FINGERPRINTS) != FINGERPRINT_SCHEME:
        rows = [(w, d, None) for w, d, _ in rows]
    made = {w: fingerprint(witness_text(library, w)) for w, _, kept in rows if kept is None}
    if made or library.get_meta(FINGERPRINTS) != FINGERPRINT_SCHEME:
        try:
            with library.atomic() as db:
                db["fingerprints"].upsert_all(
                    ({"witness_id": w, "shingles": to_bytes(f)} for w, f in made.items()),
                    pk="witness_id",
                )
                library.set_meta(FINGERPRINTS, FINGERPRINT_SCHEME)
        except ReadOnly:
            pass  # made again next time
    return [(d, made[w] if kept is None else from_bytes(kept)) for w, d, kept in rows]


def _has_sha256(library: Library, sha256: str) -> bool:
    query = "SELECT 1 FROM witnesses WHERE sha256 = ?"
    return library.db.execute(query, [sha256]).fetchone() is not None


def _add_witness(
    library: Library,
    source: SourceText,
    shingles: Fingerprint,
    document_of: Callable[[], int | None],
) -> Witness | None:
    """Add a witness (None if its bytes are in the library already). The duplicate check
    is inside the transaction: another import running beside this one cannot slip the
    same file in between."""
    stamp = now()
    with library.atomic() as db:
        if _has_sha256(library, source.sha256):
            return None
        document_id = document_of()
        if document_id is None:
            document_id = _create_document(library, title_from_text(source.text))
        witness_id = (
            db["witnesses"]
            .insert(
                {
                    "document_id": document_id,
                    "label": source.path.stem,
                    "path": str(source.path.resolve()),
                    "encoding": source.encoding,
                    "sha256": source.sha256,
                    "text": source.text,
                    "length": len(source.text),
                    "imported_at": stamp,
                }
            )
            .last_pk
        )
        db.execute(
            "UPDATE documents SET base_witness_id = ? WHERE id = ? AND base_witness_id IS NULL",
            [witness_id, document_id],
        )
        db["fingerprints"].insert({"witness_id": witness_id, "shingles": to_bytes(shingles)})
        if source.ocr is not None:
            save_ocr(db, witness_id, source.ocr)
    return get_witness(library, witness_id)


def _attach_named_image(
    library: Library, witness: Witness, source: SourceText
) -> SourceError | None:
    """Attach the page image an OCR file names, where it is found beside the file; an
    image that cannot be attached leaves the witness imported all the same, and is
    returned with the reason (the editor can attach one by hand)."""
    if source.ocr is None:
        return None
    found = find_page_image(source.path, source.ocr.image)
    if found is None:
        return None
    try:
        attach_image(library, witness.document_id, found, witness_id=witness.id)
    except ImageRefused as error:
        return SourceError(found, f"not attached to {source.path.name}: {error}")
    return None


def _create_document(library: Library, title: str) -> int:
    table = library.db["documents"]
    return table.insert({"title": title, "created_at": now(), "base_witness_id": None}).last_pk


def seed_library(library: Library, seeds_dir: Path) -> ImportReport | None:
    """Fill a library with the sample texts once, the first time it is opened."""
    if library.read_only or library.get_meta(SEEDED_KEY):
        return None
    report = import_paths(library, [seeds_dir])
    with library.atomic():
        library.set_meta(SEEDED_KEY, now())
    return report


_WITNESS_COLUMNS = "id, document_id, label, path, encoding, sha256, length, imported_at"


def get_witness(library: Library, witness_id: int) -> Witness:
    """One witness's provenance (not its text)."""
    row = library.db.execute(
        f"SELECT {_WITNESS_COLUMNS} FROM witnesses WHERE id = ?", [witness_id]
    ).fetchone()
    if row is None:
        raise LibraryError(f"no witness {witness_id} in {library.path}")
    return Witness(*row)


def witness_text(library: Library, witness_id: int) -> str:
    """A witness's text exactly as decoded from its file."""
    row = library.db.execute("SELECT text FROM witnesses WHERE id = ?", [witness_id]).fetchone()
    if row is None:
        raise LibraryError(f"no witness {witness_id} in {library.path}")
    return row[0]


def list_documents(library: Library) -> list[Document]:
    """Every document with its witnesses, oldest first."""
    witnesses: dict[int, list[Witness]] = {}
    for row in library.db.execute(f"SELECT {_WITNESS_COLUMNS} FROM witnesses ORDER BY id"):
        witness = Witness(*row)
        witnesses.setdefault(witness.document_id, []).append(witness)
    return [
        Document(doc_id, title, base, tuple(witnesses.get(doc_id, ())))
        for doc_id, title, base in library.db.execute(
            "SELECT id, title, base_witness_id FROM documents ORDER BY id"
        )
    ]


def library_listing(library: Library) -> tuple:
    """What changes when the list of documents and witnesses does (counts, newest ids,
    titles), cheaper to compare than the list itself."""
    return library.db.execute(
        "SELECT (SELECT count(*) FROM documents), (SELECT max(id) FROM documents),"
        " (SELECT count(*) FROM witnesses), (SELECT max(id) FROM witnesses),"
        " (SELECT group_concat(title, char(31)) FROM documents)"
    ).fetchone()


def get_document(library: Library, document_id: int) -> Document:
    """One document with its witnesses."""
    row = library.db.execute(
        "SELECT title, base_witness_id FROM documents WHERE id = ?", [document_id]
    ).fetchone()
    if row is None:
        raise LibraryError(f"no document {document_id} in {library.path}")
    query = f"SELECT {_WITNESS_COLUMNS} FROM witnesses WHERE document_id = ? ORDER BY id"
    witnesses = tuple(Witness(*w) for w in library.db.execute(query, [document_id]))
    return Document(document_id, row[0], row[1], witnesses)


def rename_document(library: Library, document_id: int, title: str) -> Document:
    """Give a document a new title (white space trimmed; an empty title is refused)."""
    title = title.strip()
    if not title:
        raise ValueError("a document needs a title")
    get_document(library, document_id)
    with library.atomic() as db:
        db["documents"].update(document_id, {"title": title, "titled_by_editor": 1})
    return get_document(library, document_id)


LABEL_LENGTH = 40


def rename_witness(library: Library, witness_id: int, label: str) -> Witness:
    """Give a witness a short name of the editor's ("OCR A", "web"), shown in the panes,
    the menus, the table and the history (white space trimmed; empty refused)."""
    label = " ".join(label.split())
    if not label:
        raise ValueError("a witness needs a name")
    if len(label) > LABEL_LENGTH:
        raise ValueError(f"a witness's name is at most {LABEL_LENGTH} characters")
    get_witness(library, witness_id)
    with library.atomic() as db:
        db["witnesses"].update(witness_id, {"label": label})
    return get_witness(library, witness_id)


def named_by_editor(witness: Witness) -> bool:
    """Whether the witness's label is the editor's, not its file's name."""
    return witness.label != Path(witness.path).stem


def move_witness(library: Library, witness_id: int, document_id: int | None) -> Witness:
    """Regroup a witness into another document, or into a new one of its own (None).

    A document left without witnesses is removed; one that loses its base witness takes
    its oldest remaining witness as base.
    """
    witness = get_witness(library, witness_id)
    if document_id is not None:
        get_document(library, document_id)
    with library.atomic() as db:
        if document_id is None:
            document_id = _create_document(
                library, title_from_text(witness_text(library, witness_id))
            )
        db["witnesses"].update(witness_id, {"document_id": document_id})
        _move_witness_images(library, witness_id, witness.document_id, document_id)
        db.execute(
            "UPDATE documents SET base_witness_id = ? WHERE id = ? AND base_witness_id IS NULL",
            [witness_id, document_id],
        )
        _repair_document(library, witness.document_id)
    return get_witness(library, witness_id)


def _move_witness_images(library: Library, witness_id: int, old: int, new: int) -> None:
    """An OCR witness's page image goes with it to its new document (its lines are boxes
    on that image); where the new document has the image already, that row stays."""
    db = library.db
    for image_id, sha256 in db.execute(
        "SELECT id, sha256 FROM page_images WHERE witness_id = ? AND document_id = ?",
        [witness_id, old],
    ).fetchall():
        taken = db.execute(
            "SELECT 1 FROM page_images WHERE document_id = ? AND sha256 = ?", [new, sha256]
        ).fetchone()
        if taken:
            db.execute(
                "UPDATE page_images SET witness_id = ? WHERE document_id = ? AND sha256 = ?"
                " AND witness_id IS NULL",
                [witness_id, new, sha256],
            )
            db.execute(  # a copy kept of the moving row is not lost with it
                "UPDATE page_images SET copy = (SELECT copy FROM page_images WHERE id = ?)"
                " WHERE document_id = ? AND sha256 = ? AND copy IS NULL",
                [image_id, new, sha256],
            )
            db.execute("DELETE FROM page_images WHERE id = ?", [image_id])
        else:
            db.execute("UPDATE page_images SET document_id = ? WHERE id = ?", [new, image_id])


def remove_document(library: Library, document_id: int) -> None:
    """Remove a document with its witnesses and everything decided about it (their rows
    go with it by their foreign keys)."""
    get_document(library, document_id)
    with library.atomic() as db:
        db.execute("DELETE FROM documents WHERE id = ?", [document_id])


def _repair_document(library: Library, document_id: int) -> None:
    db = library.db
    remaining = db.execute(
        "SELECT min(id) FROM witnesses WHERE document_id = ?", [document_id]
    ).fetchone()[0]
    if remaining is None:
        db.execute("DELETE FROM documents WHERE id = ?", [document_id])
    else:
        db.execute(
            "UPDATE documents SET base_witness_id = ? WHERE id = ? AND base_witness_id NOT IN"
            " (SELECT id FROM witnesses WHERE document_id = ?)",
            [remaining, document_id, document_id],
        )
