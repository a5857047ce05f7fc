"""A place's proposal as facts an editor can weigh: who reads it, how sure desk is, why.

The reasons are facts (a kind and its values); the front ends make the words, in English
here for the `desk` command and in the interface's language in the window. Imports
proposals and numpy.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum

from desk.core.alignment.collation import WitnessText
from desk.core.alignment.places import Places
from desk.core.evidence.lookalikes import lookalike_pair
from desk.core.evidence.proposals import CONTEXT, Proposals
from desk.core.evidence.suspects import Suspect

USUALLY_RIGHT = 0.8  # a witness reading the likeliest reading this often is said so
KNOWN_AFTER = 3  # places compared before a witness's rate is worth saying
LIKELIER = 1.0  # nats of the model's lead before it is a reason
DOUBTFUL = 0.6  # an OCR engine's confidence in the other reading this low is a reason
SURER = 0.1  # when the proposal's engine is at least this much surer of its own


class ReasonKind(Enum):
    MAJORITY = "majority"  # values: (witnesses reading it, witnesses)
    USUALLY_RIGHT = "usually_right"  # values: (witness id, agreed, compared)
    LIKELIER_WORDS = "likelier_words"  # values: (the proposal in context, the other's)
    LOOK_ALIKE = "look_alike"  # values: (the proposal's character, the other's)
    OCR_DOUBT = "ocr_doubt"  # values: (the witness of the other reading, its confidence)
    DECIDED_BEFORE = "decided_before"  # values: (times chosen over these readings elsewhere,)


@dataclass(frozen=True)
class Reason:
    kind: ReasonKind
    values: tuple


@dataclass(frozen=True)
class PlaceProposal:
    """desk's proposal at one place."""

    witnesses: tuple[str, ...]  # the witnesses reading it (none for a suspect's)
    text: str  # as the first of them reads it
    confidence: float  # 0-1
    reasons: tuple[Reason, ...]
    suspect: bool = False  # a suspected misreading that every witness reads alike


def place_proposal(
    proposals: Proposals, witnesses: Sequence[WitnessText], places: Places, place: int
) -> PlaceProposal | None:
    """The proposal at a place, or None where there is none to make."""
    column = proposals.column(place)
    if column is None:
        return None
    suspect = proposals.suspected.get(column)
    if suspect is not None:
        return _suspect_proposal(suspect)
    if proposals.row[column] < 0:
        return None
    groups = proposals.groups
    row = int(proposals.row[column])
    readers = groups.readers(column, row)
    reasons = []
    if proposals.majority[column]:
        reasons.append(Reason(ReasonKind.MAJORITY, (len(readers), len(witnesses))))
    else:
        reliability = proposals.reliability
        best = max(readers, key=reliability.rate)
        if reliability.total(best)[1] >= KNOWN_AFTER and reliability.rate(best) >= USUALLY_RIGHT:
            agreed, compared = (round(n) for n in reliability.total(best))
            reasons.append(Reason(ReasonKind.USUALLY_RIGHT, (witnesses[best].id, agreed, compared)))
    other = next(r for r in groups.representatives(column) if r not in readers)
    pair = lookalike_pair(
        _squeezed_reading(witnesses[row].text, places, row, place),
        _squeezed_reading(witnesses[other].text, places, other, place),
    )
    if pair is not None:
        reasons.append(Reason(ReasonKind.LOOK_ALIKE, pair))
    read_with = proposals.read_with
    if read_with is not None:
        unsure = float(read_with[other, column])
        sure = float(read_with[row, column])
        if unsure <= DOUBTFUL and not sure < unsure + SURER:  # NaN compares false
            reasons.append(Reason(ReasonKind.OCR_DOUBT, (witnesses[other].id, unsure)))
    decided_before = proposals.decided_before
    if decided_before is not None and decided_before[row, column] > 0:
        reasons.append(Reason(ReasonKind.DECIDED_BEFORE, (int(decided_before[row, column]),)))
    if proposals.model_lead[column] >= LIKELIER:
        reasons.append(
            Reason(
                ReasonKind.LIKELIER_WORDS,
                (
                    _in_context(witnesses[row].text, places, row, place),
                    _in_context(witnesses[other].text, places, other, place),
                ),
            )
        )
    start, end = int(places.starts[row, place]), int(places.ends[row, place])
    return PlaceProposal(
        tuple(witnesses[r].id for r in readers),
        witnesses[row].text[start:end],
        float(proposals.confidence[column]),
        tuple(reasons),
    )


def _suspect_proposal(suspect: Suspect) -> PlaceProposal:
    as_read, proposed = suspect.context
    reasons = (
        Reason(ReasonKind.LOOK_ALIKE, (suspect.proposal, suspect.reading)),
        Reason(ReasonKind.LIKELIER_WORDS, (proposed, as_read)),
    )
    return PlaceProposal((), suspect.proposal, suspect.confidence, reasons, suspect=True)


def _squeezed_reading(text: str, places: Places, row: int, place: int) -> str:
    return "".join(text[int(places.starts[row, place]) : int(places.ends[row, place])].split())


def _in_context(text: str, places: Places, row: int, place: int) -> str:
    """A witness's reading at a place with CONTEXT characters either side, white space
    left out, as the language model read it."""
    start, end = int(places.starts[row, place]), int(places.ends[row, place])
    before = "".join(text[max(0, start - 4 * CONTEXT) : start].split())[-CONTEXT:]
    after = "".join(text[end : end + 4 * CONTEXT].split())[:CONTEXT]
    return before + "".join(text[start:end].split()) + after


def english(reason: Reason, names: Mapping[str, str]) -> str:
    """A reason in English words (`names`: witness id -> name)."""
    if reason.kind == ReasonKind.MAJORITY:
        count, total = reason.values
        return f"{count} of {total} witnesses"
    if reason.kind == ReasonKind.USUALLY_RIGHT:
        witness, agreed, compared = reason.values
        name = names.get(witness, witness)
        share = f"{agreed / compared:.0%}"
        return f"{name} read the likeliest reading at {share} of {compared} places"
    if reason.kind == ReasonKind.LOOK_ALIKE:
        proposed, other = reason.values
        return f"{proposed}/{other} look alike"
    if reason.kind == ReasonKind.OCR_DOUBT:
        witness, unsure = reason.values
        return f"{names.get(witness, witness)} read the other with {unsure:.0%} confidence"
    if reason.kind == ReasonKind.DECIDED_BEFORE:
        (times,) = reason.values
        if times == 1:
            return "decided so once in other documents"
        return f"decided so {times} times in other documents"
    proposed, other = reason.values
    return f"{proposed} is far more common than {other}"
