"""A document's alignment table kept in the library, so that opening it is instant.

The places are saved as arrays in one row; they are made again when the witnesses, the
base or the aligner change. Decisions never refer to a saved row: they name their place
by its readings' spans, which stay valid whenever the same place is found again.
Imports collation, library, store and numpy.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from desk.core.alignment.category_names import CATEGORIES
from desk.core.alignment.collation import MovedPassage, WitnessText, collate, moved_passages
from desk.core.alignment.places import Places, single_witness_places
from desk.core.arrays import span_hashes
from desk.core.evidence.language_model import word_frequencies
from desk.core.evidence.library_decisions import LibraryDecisions
from desk.core.evidence.ocr_confidence import WordConfidences
from desk.core.evidence.proposals import Proposals, propose, suspect_proposals
from desk.core.evidence.suspects import SUSPECTS_VERSION, find_suspects
from desk.core.library.documents import get_document, witness_text
from desk.core.library.failures import ReadOnly
from desk.core.library.store import Library, now
from desk.core.ocr.lines import ocr_lines
from desk.core.review.decided_readings import library_decisions
from desk.core.review.place_key import PlaceKey
from desk.core.review.source_reliability import pooled_priors

ALIGNER_VERSION = 2  # raise when the aligner finds places differently
_ARRAYS = ("starts", "ends", "variant", "category", "move", "space")


@dataclass(frozen=True, eq=False)
class Alignment:
    """A document's witnesses (the base first) and the places of their alignment table."""

    witnesses: tuple[WitnessText, ...]
    places: Places
    # each witness's OCR word confidences, where it was read from an OCR file with them
    confidences: tuple[WordConfidences | None, ...] = ()
    # each witness's (agreed, compared) by its source in the rest of the library, as
    # they were when the document was aligned (source_reliability)
    priors: tuple[tuple[float, float], ...] = ()
    # how the library's other documents decided the same readings, as they stood when
    # the document was aligned (decided_readings)
    decided: LibraryDecisions | None = None

    @property
    def base(self) -> str:
        return self.witnesses[0].id

    @cached_property
    def witness_ids(self) -> tuple[str, ...]:
        return tuple(w.id for w in self.witnesses)

    @cached_property
    def variant_array(self) -> np.ndarray:
        """The places where the witnesses differ, in order."""
        return np.flatnonzero(self.places.variant)

    @cached_property
    def variant_places(self) -> tuple[int, ...]:
        """The places where the witnesses differ, in order, as numbers."""
        return tuple(self.variant_array.tolist())

    @cached_property
    def moves(self) -> tuple[MovedPassage, ...]:
        """The passages some witness holds elsewhere, each with its span in every witness."""
        return moved_passages(self.places, self.witnesses)[0]

    @cached_property
    def _move_index(self) -> dict[int, int]:
        return moved_passages(self.places, self.witnesses)[1]

    @cached_property
    def likely(self) -> Proposals:
        """desk's proposal at each worded place where the witnesses differ; in a document
        of one witness, at each suspected misreading."""
        model = word_frequencies()
        if len(self.witnesses) == 1:
            suspects = find_suspects(self.witnesses[0].text, model)
            return suspect_proposals(self.places, suspects)
        texts = [w.text for w in self.witnesses]
        return propose(texts, self.places, model, self.confidences, self.priors, self.decided)

    def places_of_move(self, index: int) -> list[int]:
        """The places inside the moved passage at `index` of `moves`, in order."""
        ids = [move for move, n in self._move_index.items() if n == index]
        if not ids:
            return []
        return np.flatnonzero(self.places.move == ids[0]).tolist()

    def move_of(self, place: int) -> int | None:
        """The index in `moves` of the moved passage a place lies in, if any."""
        return self._move_index.get(int(self.places.move[place]))

    @cached_property
    def _reading_index(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """The variant places, a 64-bit hash of each one's readings (every witness's),
        their order by hash, and the hashes in that order: made for all places at once,
        so that "the places reading as this one" costs what the answer holds."""
        variants = self.variant_array
        hashes = np.zeros(len(variants), dtype=np.uint64)
        with np.errstate(over="ignore"):
            for row, witness in enumerate(self.witnesses):
                starts, ends = self.places.starts[row, variants], self.places.ends[row, variants]
                hashes = hashes * _WITNESS_MULTIPLIER + span_hashes(witness.text, starts, ends)
        by_hash = np.argsort(hashes, kind="stable")
        return variants, hashes, by_hash, hashes[by_hash]

    def places_reading_as(self, place: int) -> np.ndarray:
        """The variant places, in order, whose readings hash as `place`'s do: those that
        read the same in every witness (and, once in billions of billions, another)."""
        variants, hashes, by_hash, sorted_hashes = self._reading_index
        at = int(np.searchsorted(variants, place))
        if at == len(variants) or variants[at] != place:
            return np.zeros(0, dtype=variants.dtype)
        low = np.searchsorted(sorted_hashes, hashes[at], side="left")
        high = np.searchsorted(sorted_hashes, hashes[at], side="right")
        return variants[by_hash[low:high]]  # in order: the sort by hash is stable

    def category(self, place: int) -> str | None:
        """The place's category, or None where every witness reads the same."""
        return CATEGORIES[self.places.category[place]] if self.places.variant[place] else None

    def key(self, place: int) -> PlaceKey:
        """The place's name across alignments: each witness's reading span."""
        return PlaceKey.of(
            (w.id, self.places.starts[n, place], self.places.ends[n, place])
            for n, w in enumerate(self.witnesses)
        )

    def keys(self) -> PlaceKeys:
        """Every place's key, in order, each made when it is asked for."""
        return PlaceKeys(self)

    def find(self, key: PlaceKey) -> int | None:
        """The place a key names: by the spans of the witnesses the key and this alignment
        share (all of them, or fewer when a witness was added to the document or taken
        from it); the first such place, or None."""
        spans = key.spans_of(w.id for w in self.witnesses)
        rows = tuple(n for n, w in enumerate(self.witnesses) if w.id in spans)
        if not rows:
            return None
        wanted = np.array([spans[self.witnesses[n].id] for n in rows])
        order, hashes = self._span_index(rows)
        target = _span_hash(wanted[:, 0], wanted[:, 1])
        low = int(np.searchsorted(hashes, target, side="left"))
        high = int(np.searchsorted(hashes, target, side="right"))
        for place in np.sort(order[low:high]).tolist():
            if all(
                self.places.starts[n, place] == start and self.places.ends[n, place] == end
                for n, (start, end) in zip(rows, wanted.tolist())
            ):
                return place
        return None

    def find_all(self, keys: Sequence[PlaceKey]) -> list[int | None]:
        """As `find` for each key, those naming exactly this alignment's witnesses looked
        up together (a step of thousands of places needs no search for each)."""
        ids = [w.id for w in self.witnesses]
        rows = tuple(range(len(ids)))
        found: list[int | None] = [None] * len(keys)
        whole = [
            n for n, key in enumerate(keys) if len(key.spans_of(ids)) == len(key.spans) == len(ids)
        ]
        if whole:
            spans = np.array(
                [[key.spans_of(ids)[w] for w in ids] for key in (keys[n] for n in whole)],
                dtype=np.int64,
            ).reshape(len(whole), len(ids), 2)
            starts, ends = spans[:, :, 0].T, spans[:, :, 1].T
            order, hashes = self._span_index(rows)
            targets = _span_hash(starts, ends)
            low = np.minimum(np.searchsorted(hashes, targets, side="left"), len(order) - 1)
            candidates = order[low]
            same = (hashes[low] == targets) & (
                (self.places.starts[:, candidates] == starts).all(axis=0)
                & (self.places.ends[:, candidates] == ends).all(axis=0)
            )
            for n, place, hit in zip(whole, candidates.tolist(), same.tolist()):
                found[n] = place if hit else None
        return [place if place is not None else self.find(key) for key, place in zip(keys, found)]

    def build_indexes(self) -> None:
        """Make now the indexes a first decision would make (which places read alike,
        the proposals, and places by their spans): a book's take a fifth of a second, better spent
        while the document opens than on the editor's first key."""
        _ = self._reading_index
        _ = self.likely
        self._span_index(tuple(range(len(self.witnesses))))

    def _span_index(self, rows: tuple[int, ...]) -> tuple[np.ndarray, np.ndarray]:
        """The places sorted by a hash of their spans in these witnesses, and the
        hashes; made once for each set of witnesses asked about."""
        cache = self.__dict__.setdefault("_span_indexes", {})
        if rows not in cache:
            hashes = _span_hash(self.places.starts[list(rows)], self.places.ends[list(rows)])
            order = np.argsort(hashes, kind="stable")
            cache[rows] = (order, hashes[order])
        return cache[rows]


class PlaceKeys:
    """An alignment's place keys as a sequence, each made when asked for: a book has a
    million places, and a decision names only its own."""

    def __init__(self, alignment: Alignment) -> None:
        self._alignment = alignment

    def __len__(self) -> int:
        return len(self._alignment.places)

    def __getitem__(self, place: int) -> PlaceKey:
        return self._alignment.key(int(place))

    def __iter__(self) -> Iterator[PlaceKey]:
        return (self[place] for place in range(len(self)))


def _span_hash(starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """One 64-bit number for each place's spans (rows: witnesses; columns: places), or
    for one place's spans (one row each)."""
    combined = np.zeros(starts.shape[1:], dtype=np.uint64)
    with np.errstate(over="ignore"):
        for start, end in zip(starts, ends):
            combined = (combined * _WITNESS_MULTIPLIER + start.astype(np.uint64)) * (
                _CHARACTER_MULTIPLIER
            ) + end.astype(np.uint64)
    return combined


_CHARACTER_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)
_WITNESS_MULTIPLIER = np.uint64(0xC2B2AE3D27D4EB4F)


def _signature(witnesses: list[WitnessText], base: str) -> str:
    ids = sorted(w.id for w in witnesses)
    made = {"aligner": ALIGNER_VERSION, "base": base, "witnesses": ids}
    if len(witnesses) == 1:  # its places are its suspects'
        made["suspects"] = SUSPECTS_VERSION
    return json.dumps(made)


def document_witnesses(
    library: Library, document_id: int, base: str | None = None
) -> list[WitnessText]:
    """The document's witnesses, `base` (else the document's base) first."""
    document = get_document(library, document_id)
    if not document.witnesses:
        raise ValueError(f"“{document.title}” has no witness to review")
    texts = [WitnessText(str(w.id), witness_text(library, w.id)) for w in document.witnesses]
    ids = [w.id for w in texts]
    first = base if base in ids else str(document.base_witness_id)
    return sorted(texts, key=lambda w: w.id != first)


def document_alignment(library: Library, document_id: int, base: str | None = None) -> Alignment:
    """The saved alignment if it is still current, else a new one, saved if possible;
    places in the order of `base` (else of the document's base witness)."""
    witnesses = document_witnesses(library, document_id, base)
    signature = _signature(witnesses, witnesses[0].id)
    row = library.db.execute(
        "SELECT signature, data FROM alignments WHERE document_id = ?", [document_id]
    ).fetchone()
    confidences = tuple(_word_confidences(library, w.id) for w in witnesses)
    if row is not None and row[0] == signature:
        places, priors, decided = _saved(row[1])
        return Alignment(tuple(witnesses), places, confidences, priors, decided)
    places = _places_of(witnesses)
    labels = {str(w.id): w.label for w in get_document(library, document_id).witnesses}
    ids = [w.id for w in witnesses]
    priors = pooled_priors(library, ids, [labels[w] for w in ids])
    decided = library_decisions(library, document_id, witnesses, places)
    try:
        with library.atomic() as db:
            db["alignments"].upsert(
                {
                    "document_id": document_id,
                    "signature": signature,
                    "data": _blob(places, priors, decided),
                    "created_at": now(),
                },
                pk="document_id",
            )
    except ReadOnly:
        pass  # a library that cannot be written is still shown, aligned each time
    return Alignment(tuple(witnesses), places, confidences, priors, decided)


def _word_confidences(library: Library, witness_id: str) -> WordConfidences | None:
    """A witness's OCR word confidences (None for a witness without them)."""
    lines = ocr_lines(library, int(witness_id))
    if lines is None:
        return None
    words = [word for line in lines for word in line.word_confidences]
    return WordConfidences.of(words) if words else None


def _places_of(witnesses: list[WitnessText]) -> Places:
    """The alignment's places; one witness's are its suspected misreadings, each a place
    of its own, and the stretches between them."""
    if len(witnesses) == 1:
        text = witnesses[0].text
        spans = [(s.start, s.end) for s in find_suspects(text, word_frequencies())]
        return single_witness_places(len(text), spans)
    places = collate(witnesses, witnesses[0].id).places
    assert places is not None
    return places


def _blob(
    places: Places, priors: tuple[tuple[float, float], ...], decided: LibraryDecisions
) -> bytes:
    buffer = io.BytesIO()
    arrays = {name: getattr(places, name) for name in _ARRAYS}
    np.savez(
        buffer,
        priors=np.array(priors, dtype=np.float64).reshape(-1, 2),
        decided=decided.as_array(),
        **arrays,
    )
    return buffer.getvalue()


def _saved(data: bytes) -> tuple[Places, tuple[tuple[float, float], ...], LibraryDecisions]:
    """The saved places, the priors the witnesses started from and the library's
    decisions of their readings (none in an alignment saved before desk kept them)."""
    with np.load(io.BytesIO(data)) as arrays:
        places = Places(**{name: arrays[name] for name in _ARRAYS})
        kept = arrays["priors"] if "priors" in arrays.files else np.zeros((0, 2))
        decided = arrays["decided"] if "decided" in arrays.files else np.zeros((3, 0))
    priors = tuple((float(a), float(c)) for a, c in kept.tolist())
    return places, priors, LibraryDecisions.from_array(decided)
