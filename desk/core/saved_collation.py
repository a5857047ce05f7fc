"""A document's collation kept in the library, so reopening it is instant.

Variants keep their ids across re-collations wherever the same difference is found again
(same base reading, same readings in the witnesses collated before), so decisions that
refer to them stay valid. A variant no longer found is retired, never deleted, while a
decision refers to it. Imports collate, library and store.
"""

from __future__ import annotations

import json

from desk.core.alignment.collation import (
    Collation,
    MovedPassage,
    Reading,
    Variant,
    WitnessText,
    collate,
)
from desk.core.library import get_document, witness_text
from desk.core.store import Library, now


def _witness_texts(library: Library, document_id: int) -> tuple[list[WitnessText], str]:
    document = get_document(library, document_id)
    if len(document.witnesses) < 2:
        raise ValueError(f"document {document_id} has fewer than two witnesses to collate")
    texts = [WitnessText(str(w.id), witness_text(library, w.id)) for w in document.witnesses]
    return texts, str(document.base_witness_id)


def _signature(witnesses: list[WitnessText], base: str) -> str:
    return json.dumps({"base": base, "witnesses": sorted(w.id for w in witnesses)})


def document_collation(library: Library, document_id: int) -> Collation:
    """The saved collation if its witnesses are unchanged, else a fresh one, saved."""
    return load_collation(library, document_id) or collate_document(library, document_id)


def collate_document(library: Library, document_id: int) -> Collation:
    """Collate a document's witnesses against its base and save the variants."""
    witnesses, base = _witness_texts(library, document_id)
    result = collate(witnesses, base)
    with library.atomic():
        _save(library, document_id, result, _signature(witnesses, base))
    return load_collation(library, document_id) or result


UPDATED_COLUMNS = ("seq", "category", "readings", "majority", "move_id", "retired_at")


def _variant_key(variant: Variant, witness_ids: set[str]) -> tuple:
    return tuple(
        sorted(
            (wid, r.start, r.end, r.text)
            for wid, r in variant.readings.items()
            if wid in witness_ids
        )
    )


def _save(library: Library, document_id: int, result: Collation, signature: str) -> None:
    db = library.db
    stamp = now()
    old = _live_variants(library, document_id)
    old_witnesses = set().union(*(v.readings for v in old)) if old else set()
    old_ids = {_variant_key(v, old_witnesses): v.id for v in old}
    db.execute("DELETE FROM moves WHERE document_id = ?", [document_id])
    move_ids = [
        db["moves"]
        .insert({"document_id": document_id, "readings": _readings_json(m.readings)})
        .last_pk
        for m in result.moves
    ]
    kept: set[int] = set()
    inserts, updates = [], []
    for seq, variant in enumerate(result.variants):
        row = {
            "document_id": document_id,
            "seq": seq,
            "category": variant.category,
            "readings": _readings_json(variant.readings),
            "majority": json.dumps(list(variant.majority)),
            "move_id": None if variant.move is None else move_ids[variant.move],
            "created_at": stamp,
            "retired_at": None,
        }
        same = old_ids.get(_variant_key(variant, old_witnesses))
        if same is not None and same not in kept:
            kept.add(same)
            updates.append((seq, *(row[c] for c in UPDATED_COLUMNS[1:]), same))
        else:
            inserts.append(row)
    # One statement for all rows: a book has tens of thousands of variants.
    db["variants"].insert_all(inserts, batch_size=1000)
    db.conn.executemany(
        "UPDATE variants SET " + ", ".join(f"{c} = ?" for c in UPDATED_COLUMNS) + " WHERE id = ?",
        updates,
    )
    gone = [v.id for v in old if v.id not in kept]
    decided = {
        row[0]
        for row in db.execute(
            "SELECT DISTINCT variant_id FROM decisions WHERE document_id = ?", [document_id]
        )
    }
    db.conn.executemany(
        "UPDATE variants SET retired_at = ? WHERE id = ?",
        [(stamp, v) for v in gone if v in decided],
    )
    db.conn.executemany(
        "DELETE FROM variants WHERE id = ?", [(v,) for v in gone if v not in decided]
    )
    db["collations"].upsert(
        {
            "document_id": document_id,
            "signature": signature,
            "base": result.base,
            "created_at": stamp,
        },
        pk="document_id",
    )


def _readings_json(readings: dict[str, Reading]) -> str:
    return json.dumps(
        {wid: {"start": r.start, "end": r.end, "text": r.text} for wid, r in readings.items()},
        ensure_ascii=False,
    )


def _readings(data: str) -> dict[str, Reading]:
    return {wid: Reading(r["start"], r["end"], r["text"]) for wid, r in json.loads(data).items()}


def _live_variants(library: Library, document_id: int) -> list[Variant]:
    move_index = {
        row[0]: n
        for n, row in enumerate(
            library.db.execute(
                "SELECT id FROM moves WHERE document_id = ? ORDER BY id", [document_id]
            )
        )
    }
    return [
        Variant(
            variant_id,
            category,
            _readings(readings),
            () if majority in (None, "[]") else tuple(json.loads(majority)),
            move_index.get(move_id),
        )
        for variant_id, category, readings, majority, move_id in library.db.execute(
            "SELECT id, category, readings, majority, move_id FROM variants"
            " WHERE document_id = ? AND retired_at IS NULL ORDER BY seq",
            [document_id],
        )
    ]


def load_collation(library: Library, document_id: int) -> Collation | None:
    """The saved collation, or None if there is none or its witnesses have changed."""
    row = library.db.execute(
        "SELECT signature, base FROM collations WHERE document_id = ?", [document_id]
    ).fetchone()
    if row is None:
        return None
    witnesses, base = _witness_texts(library, document_id)
    if row[0] != _signature(witnesses, base):
        return None
    ordered = tuple(sorted(witnesses, key=lambda w: w.id != base))
    moves = tuple(
        MovedPassage(_readings(readings))
        for (readings,) in library.db.execute(
            "SELECT readings FROM moves WHERE document_id = ? ORDER BY id", [document_id]
        )
    )
    return Collation(base, ordered, tuple(_live_variants(library, document_id)), moves)


def variant_counts(library: Library) -> dict[int, tuple[int, int]]:
    """(open, total) variants of every document collated so far."""
    totals = dict(
        library.db.execute(
            "SELECT document_id, count(*) FROM variants WHERE retired_at IS NULL"
            " GROUP BY document_id"
        ).fetchall()
    )
    decided = dict(
        library.db.execute(
            "SELECT d.document_id, count(DISTINCT d.variant_id) FROM decisions d"
            " JOIN revisions r ON r.id = d.revision_id"
            " JOIN variants v ON v.id = d.variant_id"
            " WHERE r.state = 'applied' AND v.retired_at IS NULL GROUP BY d.document_id"
        ).fetchall()
    )
    return {doc: (total - decided.get(doc, 0), total) for doc, total in totals.items()}
