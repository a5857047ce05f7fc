"""Which witness is usually right, across the library: each witness's agreement with
the likeliest readings of its document, kept when the document is prepared, pooled by
source (the witness's name: name each engine's witnesses alike, "OCR A", to pool them).

A document's witnesses start from what the other witnesses of their source showed; the
counts used are saved with the document's alignment, so that its starting text does
not move while the rest of the library is reviewed. Imports the store and proposals.
"""

from __future__ import annotations

from collections.abc import Sequence

from desk.core.evidence.proposals import Reliability
from desk.core.library.failures import ReadOnly
from desk.core.library.store import Library


def source_of(label: str) -> str:
    """The source a witness's name stands for: the name, case and spacing aside."""
    return " ".join(label.split()).casefold()


def pooled_priors(
    library: Library, witness_ids: Sequence[str], labels: Sequence[str]
) -> tuple[tuple[float, float], ...]:
    """For each witness, (agreed, compared) summed over the other witnesses of its source
    in the library, this document's own left out."""
    own = [int(w) for w in witness_ids]
    found = []
    for label in labels:
        row = library.db.execute(
            "SELECT coalesce(sum(agreed), 0), coalesce(sum(compared), 0)"
            " FROM witness_reliability WHERE source = ? AND witness_id NOT IN"
            f" ({', '.join('?' * len(own))})",
            [source_of(label), *own],
        ).fetchone()
        found.append((float(row[0]), float(row[1])))
    return tuple(found)


def keep_reliability(
    library: Library, witness_ids: Sequence[str], labels: Sequence[str], reliability: Reliability
) -> None:
    """Keep how often each witness of a document read the likeliest reading (its own
    document's counts, without the priors it started from)."""
    rows = [
        {
            "witness_id": int(witness),
            "source": source_of(label),
            "agreed": float(reliability.agreed[n]),
            "compared": float(reliability.compared[n]),
        }
        for n, (witness, label) in enumerate(zip(witness_ids, labels))
    ]
    try:
        with library.atomic() as db:
            db["witness_reliability"].upsert_all(rows, pk="witness_id")
    except ReadOnly:
        pass  # a library that cannot be written learns nothing, and loses nothing
