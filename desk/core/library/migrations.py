"""The library's schema, as numbered migrations: migration N brings a library from
schema version N-1 to N. Append only; each runs inside the store's transaction. May import
the standard library and sqlite-utils only.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable

from sqlite_utils import Database

from desk.core.library.english_labels import label_facts


def _create_documents_and_witnesses(db: Database) -> None:
    db["documents"].create(
        {"id": int, "title": str, "created_at": str}, pk="id", not_null={"title", "created_at"}
    )
    db["witnesses"].create(
        {
            "id": int,
            "document_id": int,
            "label": str,
            "path": str,
            "encoding": str,
            "sha256": str,
            "text": str,
            "length": int,
            "imported_at": str,
        },
        pk="id",
        foreign_keys=[("document_id", "documents")],
        not_null={"document_id", "label", "sha256", "text", "length", "imported_at"},
    )
    db["witnesses"].create_index(["sha256"], unique=True)
    db["witnesses"].create_index(["document_id"])
    db["meta"].create({"key": str, "value": str}, pk="key")


def _add_editorial_tables(db: Database) -> None:
    """Room for collation, decisions, curated revisions and annotations; a base witness."""
    db["documents"].add_column("base_witness_id", int)
    db.execute(
        "UPDATE documents SET base_witness_id ="
        " (SELECT min(id) FROM witnesses WHERE witnesses.document_id = documents.id)"
    )
    db["variants"].create(
        {
            "id": int,
            "document_id": int,
            "seq": int,
            "category": str,
            "readings": str,  # JSON: {witness id: {"start", "end", "text"}}
            "move_id": int,
            "created_at": str,
        },
        pk="id",
        foreign_keys=[("document_id", "documents")],
    )
    db["variants"].create_index(["document_id", "seq"])
    db["moves"].create(
        {"id": int, "document_id": int, "readings": str},
        pk="id",
        foreign_keys=[("document_id", "documents")],
    )
    db["decisions"].create(
        {
            "id": int,
            "document_id": int,
            "variant_id": int,
            "rule": str,
            "witness_id": int,
            "text": str,
            "replaced": str,
            "author": str,
            "created_at": str,
            "revision_id": int,
        },
        pk="id",
        foreign_keys=[("document_id", "documents")],
    )
    db["revisions"].create(
        {
            "id": int,
            "document_id": int,
            "parent_id": int,
            "text": str,
            "reason": str,
            "author": str,
            "created_at": str,
        },
        pk="id",
        foreign_keys=[("document_id", "documents")],
    )
    db["revisions"].create_index(["document_id", "id"])
    db["annotations"].create(
        {
            "id": int,
            "document_id": int,
            "witness_id": int,  # NULL: the curated text
            "start": int,
            "end": int,
            "quote": str,
            "prefix": str,
            "suffix": str,
            "note": str,
            "tags": str,  # JSON list
            "author": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        foreign_keys=[("document_id", "documents")],
    )


def _add_saved_collations(db: Database) -> None:
    """Which witnesses a document's saved variants were computed from; retired variants."""
    db["collations"].create(
        {"document_id": int, "signature": str, "base": str, "created_at": str},
        pk="document_id",
        foreign_keys=[("document_id", "documents")],
    )
    db["variants"].add_column("majority", str)  # JSON list of witness ids
    db["variants"].add_column("retired_at", str)  # set when a re-collation no longer finds it


def _add_review_steps(db: Database) -> None:
    """Revisions become undoable steps: a change to the curated text, and its state."""
    db["revisions"].add_column("number", int)  # 1, 2, ... within the document
    db["revisions"].add_column("kind", str)  # decision, bulk, edit, proposal, restore
    db["revisions"].add_column("label", str)  # as shown in Edit > Undo
    db["revisions"].add_column("change", str)  # JSON {"removed": [...], "added": [...]}
    db["revisions"].add_column("state", str)  # applied, undone, abandoned
    db["decisions"].add_column("item", str)  # the variant or proposal decided
    db["decisions"].add_column("choice", str)  # witness, typed, kept, proposal
    db["documents"].add_column("review_state", str)  # JSON: where the editor was


def _add_saved_proposals(db: Database) -> None:
    """Each witness's cleaning proposals, computed once: a book takes a second to scan."""
    db["saved_proposals"].create(
        {"witness_id": int, "rules": str, "proposals": str},  # rules: version and names
        pk="witness_id",
    )


def _add_annotation_state_and_revision_parents(db: Database) -> None:
    """Deleted annotations are kept (undo brings them back) and note actions are steps;
    each revision knows the one it was made on, so the text of any revision can be rebuilt."""
    db["annotations"].add_column("deleted_at", str)
    db["revisions"].add_column("parent", int)  # number of the step applied before it; 0: none
    db["revisions"].add_column("note_action", str)  # JSON: what a note step did, to undo it
    for (document_id,) in db.execute("SELECT DISTINCT document_id FROM revisions").fetchall():
        previous = 0
        rows = db.execute(
            "SELECT id, number, state FROM revisions WHERE document_id = ? AND number IS NOT NULL"
            " ORDER BY number",
            [document_id],
        ).fetchall()
        for revision_id, number, state in rows:
            db.execute("UPDATE revisions SET parent = ? WHERE id = ?", [previous, revision_id])
            if state != "abandoned":
                previous = number


def _add_review_on_places(db: Database) -> None:
    """The review moves onto the places of one alignment table: the saved places, the
    steps that decide them (each naming its places by their spans), and each document's
    first choices and counts."""
    db["alignments"].create(
        {"document_id": int, "signature": str, "data": bytes, "created_at": str},
        pk="document_id",
        foreign_keys=[("document_id", "documents")],
    )
    db["review_steps"].create(
        {
            "id": int,
            "document_id": int,
            "number": int,  # 1, 2, ... within the document
            "kind": str,  # decision, bulk, edit, choices, note, restore
            "label": str,  # as shown in Edit > Undo
            "state": str,  # applied, undone, abandoned
            "parent": int,  # the step applied just before it was made; 0: none
            "author": str,
            "created_at": str,
            "changes": str,  # JSON: places' decisions before and after, choices, note action
        },
        pk="id",
        foreign_keys=[("document_id", "documents")],
        not_null={"document_id", "number", "kind", "state"},
    )
    db["review_steps"].create_index(["document_id", "number"], unique=True)
    db["review_documents"].create(
        {
            "document_id": int,
            "first_choices": str,  # JSON: the choices the review started from
            "open": int,  # text places still to decide
            "decided": int,
            "total": int,  # places where the witnesses differ
        },
        pk="document_id",
        foreign_keys=[("document_id", "documents")],
    )


def _add_fingerprints(db: Database) -> None:
    """Each witness's shingle fingerprint, kept so that an import into a large library
    need not work out every other witness's again (found missing, it is made then)."""
    db["fingerprints"].create(
        {"witness_id": int, "shingles": bytes},  # sorted uint32 hashes, little-endian
        pk="witness_id",
        foreign_keys=[("witness_id", "witnesses")],
    )


def _add_ocr_and_page_images(db: Database) -> None:
    """OCR witnesses keep their line boxes, word confidences and page; documents keep
    their page images (a file's path and checksum, a copy only when asked). Rows go with
    their witness or document (ON DELETE CASCADE); an image outlives its OCR witness."""
    db.execute(
        "CREATE TABLE ocr_pages (witness_id INTEGER PRIMARY KEY"
        " REFERENCES witnesses(id) ON DELETE CASCADE,"
        " format TEXT NOT NULL, image TEXT, width INTEGER, height INTEGER)"
    )
    db.execute(
        "CREATE TABLE ocr_lines (witness_id INTEGER NOT NULL"
        " REFERENCES witnesses(id) ON DELETE CASCADE,"
        " number INTEGER NOT NULL, start INTEGER NOT NULL, [end] INTEGER NOT NULL,"
        " x INTEGER, y INTEGER, w INTEGER, h INTEGER, confidence REAL,"
        " PRIMARY KEY (witness_id, number))"
    )
    db.execute(
        "CREATE TABLE ocr_words (witness_id INTEGER NOT NULL"
        " REFERENCES witnesses(id) ON DELETE CASCADE,"
        " start INTEGER NOT NULL, [end] INTEGER NOT NULL, confidence REAL NOT NULL)"
    )
    db.execute("CREATE INDEX idx_ocr_words_witness ON ocr_words (witness_id, start)")
    db.execute(
        "CREATE TABLE page_images (id INTEGER PRIMARY KEY,"
        " document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
        " witness_id INTEGER REFERENCES witnesses(id) ON DELETE SET NULL,"
        " path TEXT NOT NULL, sha256 TEXT NOT NULL, size INTEGER NOT NULL,"
        " mtime_ns INTEGER, width INTEGER, height INTEGER, copy BLOB, added_at TEXT NOT NULL)"
    )
    db.execute("CREATE UNIQUE INDEX idx_page_images_document ON page_images (document_id, sha256)")
    db.execute("CREATE INDEX idx_page_images_witness ON page_images (witness_id)")


def _step_labels_as_facts(db: Database) -> None:
    """History steps keep what they did as facts (a template key and its values, JSON)
    instead of an English sentence, so each front end says them in its own language."""
    witnesses: dict[int, list[tuple[int, str, str]]] = {}
    for wid, document_id, label, path in db.execute(
        "SELECT id, document_id, label, path FROM witnesses ORDER BY id"
    ):
        witnesses.setdefault(document_id, []).append((wid, label, path))
    rows = db.execute("SELECT id, document_id, label, changes FROM review_steps").fetchall()
    for step_id, document_id, label, changes in rows:
        facts = label_facts(label or "", witnesses.get(document_id, []), json.loads(changes))
        db.execute(
            "UPDATE review_steps SET label = ? WHERE id = ?",
            [json.dumps(facts, ensure_ascii=False), step_id],
        )


# Rows that belong to a document or a witness, and go with it (migration 11).
_OWNED_BY_DOCUMENT = (
    "witnesses",
    "variants",
    "moves",
    "decisions",
    "revisions",
    "annotations",
    "collations",
    "alignments",
    "review_steps",
    "review_documents",
)
_OWNED_BY_WITNESS = ("fingerprints", "saved_proposals")
_REFERENCE = re.compile(r'REFERENCES\s+"(documents|witnesses)"\s*\(\s*"id"\s*\)(?!\s*ON DELETE)')


def _rebuild(db: Database, table: str, sql: str) -> None:
    """Make `table` again from its CREATE statement `sql` (another name for the table is
    put in), its rows and indexes kept: SQLite cannot change a foreign key in place. Run
    with foreign keys off, so that dropping the old table deletes nothing that refers to
    it; the new one takes its name, and what referred to the old refers to it."""
    indexes = [
        row[0]
        for row in db.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ?"
            " AND sql IS NOT NULL",
            [table],
        )
    ]
    made = re.sub(r'^CREATE TABLE\s+"?\w+"?', f'CREATE TABLE "{table}_new"', sql, count=1)
    db.execute(made)
    db.execute(f'INSERT INTO "{table}_new" SELECT * FROM "{table}"')
    db.execute(f'DROP TABLE "{table}"')
    db.execute(f'ALTER TABLE "{table}_new" RENAME TO "{table}"')
    for index in indexes:
        db.execute(index)


def _batches_and_cascades(db: Database) -> None:
    """A document's rows (witnesses, history, notes, saved places) and a witness's
    (fingerprints, cleaning proposals) go with it by their foreign keys (ON DELETE
    CASCADE) instead of a list of tables kept in code; rows left behind by a document
    removed earlier are dropped. A library-wide batch of steps (review.series) is a row
    of review_batches and a column of its steps, no longer two kinds of meta keys."""
    for table in _OWNED_BY_DOCUMENT:
        db.execute(f'DELETE FROM "{table}" WHERE document_id NOT IN (SELECT id FROM documents)')
    for table in _OWNED_BY_WITNESS:
        db.execute(f'DELETE FROM "{table}" WHERE witness_id NOT IN (SELECT id FROM witnesses)')
    for table in _OWNED_BY_DOCUMENT + _OWNED_BY_WITNESS:
        sql = db.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [table]
        ).fetchone()[0]
        if table == "saved_proposals":
            sql = sql.replace(
                '"witness_id" INTEGER PRIMARY KEY',
                '"witness_id" INTEGER PRIMARY KEY REFERENCES "witnesses"("id")',
                1,
            )
        _rebuild(db, table, _REFERENCE.sub(r'REFERENCES "\1"("id") ON DELETE CASCADE', sql))
    db.execute(
        "CREATE TABLE review_batches (id TEXT PRIMARY KEY, places INTEGER NOT NULL,"
        " created_at TEXT)"
    )
    db.execute("ALTER TABLE review_steps ADD COLUMN batch TEXT REFERENCES review_batches(id)")
    db.execute("CREATE INDEX idx_review_steps_batch ON review_steps (batch)")
    for key, value in db.execute(
        "SELECT key, value FROM meta WHERE key LIKE 'review_batch:%'"
    ).fetchall():
        record = json.loads(value)
        db.execute(
            "INSERT INTO review_batches (id, places) VALUES (?, ?)",
            [key.removeprefix("review_batch:"), int(record["places"])],
        )
    for key, value in db.execute(
        "SELECT key, value FROM meta WHERE key LIKE 'review_batch_step:%'"
    ).fetchall():
        document_id, number = key.removeprefix("review_batch_step:").split(":")
        mark = json.loads(value)  # the step's time, in case its document id was taken again
        db.execute(
            "UPDATE review_steps SET batch = ? WHERE document_id = ? AND number = ?"
            " AND created_at = ? AND ? IN (SELECT id FROM review_batches)",
            [mark["batch"], int(document_id), int(number), mark["created"], mark["batch"]],
        )
    db.execute("DELETE FROM meta WHERE key LIKE 'review_batch:%' OR key LIKE 'review_batch_step:%'")


def _add_witness_reliability(db: Database) -> None:
    """How often each witness read the likeliest reading in its document, so that a
    document's witnesses can start from what their sources (witnesses of the same name,
    such as one OCR engine's) showed in the rest of the library."""
    db.execute(
        'CREATE TABLE witness_reliability ("witness_id" INTEGER PRIMARY KEY'
        ' REFERENCES "witnesses"("id") ON DELETE CASCADE, "source" TEXT NOT NULL,'
        ' "agreed" REAL NOT NULL, "compared" REAL NOT NULL)'
    )
    db.execute("CREATE INDEX idx_witness_reliability_source ON witness_reliability (source)")


def _add_decided_readings(db: Database) -> None:
    """What each decided place of a document read and what was chosen there, kept in
    step with its history, so that a document prepared later can say that the same
    readings were decided so N times in the library's other documents."""
    db.execute(
        'CREATE TABLE decided_readings ("document_id" INTEGER NOT NULL'
        ' REFERENCES "documents"("id") ON DELETE CASCADE, "place" TEXT NOT NULL,'
        ' "readings" TEXT NOT NULL, "chosen" TEXT NOT NULL,'
        ' PRIMARY KEY ("document_id", "place"))'
    )
    db.execute("CREATE INDEX idx_decided_readings_readings ON decided_readings (readings)")


def _add_ocr_word_boxes(db: Database) -> None:
    """Each OCR word's (a Chinese character's, as a rule) box on the page, so that the
    image pane frames a place's own characters, not only its line."""
    db.execute(
        "CREATE TABLE ocr_word_boxes (witness_id INTEGER NOT NULL"
        " REFERENCES witnesses(id) ON DELETE CASCADE,"
        " start INTEGER NOT NULL, [end] INTEGER NOT NULL,"
        " x INTEGER NOT NULL, y INTEGER NOT NULL, w INTEGER NOT NULL, h INTEGER NOT NULL)"
    )
    db.execute("CREATE INDEX idx_ocr_word_boxes_witness ON ocr_word_boxes (witness_id, start)")


def _add_titled_by_editor(db: Database) -> None:
    """Whether the editor gave a document its title: else the title follows the first
    line of the curated text. A title that is not the one its base witness's first line
    makes was given by an editor already."""
    db.execute("ALTER TABLE documents ADD COLUMN titled_by_editor INTEGER NOT NULL DEFAULT 0")
    from desk.core.library.documents import title_from_text  # the one owner of the rule

    rows = db.execute(
        "SELECT d.id, d.title, substr(w.text, 1, 1000) FROM documents d"
        " JOIN witnesses w ON w.id = d.base_witness_id"
    ).fetchall()
    for document_id, title, opening in rows:
        if title != title_from_text(opening or ""):
            db.execute("UPDATE documents SET titled_by_editor = 1 WHERE id = ?", [document_id])


# Append only: migration N brings a library from schema version N-1 to N.
MIGRATIONS: tuple[Callable[[Database], None], ...] = (
    _create_documents_and_witnesses,
    _add_editorial_tables,
    _add_saved_collations,
    _add_review_steps,
    _add_saved_proposals,
    _add_annotation_state_and_revision_parents,
    _add_review_on_places,
    _add_fingerprints,
    _add_ocr_and_page_images,
    _step_labels_as_facts,
    _batches_and_cascades,
    _add_witness_reliability,
    _add_decided_readings,
    _add_ocr_word_boxes,
    _add_titled_by_editor,
)
SCHEMA_VERSION = len(MIGRATIONS)
