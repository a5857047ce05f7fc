"""A proposal at each place where the witnesses differ in words or in their marks (a
text, script or punctuation place), with its confidence.

The proposal is the reading the evidence favours: the majority's, unless the language
model speaks against it more strongly than the witnesses' votes for it (two engines
trained alike share their misreadings); none where the evidence is even, nor at a tie
over a passage too long to be a misreading. The evidence, each part a score added to a
reading:
- each witness reading it, weighted by how often that witness reads the likeliest
  reading elsewhere in the document (a witness usually right counts for more): the
  places and the witnesses are judged in turn, five rounds (after Dawid and Skene);
- the OCR engine's confidence in the reading, where a witness was read from an OCR file
  with word confidences: its log-odds, weighted (measured on Tesseract's hOCR);
- the language model's log-probability of the reading with a few characters either
  side (人员 far above 入员), where every reading is short enough to be a misreading
  (a byline one witness leaves out is no question of likely words) and not at a mark
  (a word model knows no punctuation: it would favour leaving every mark out);
- how often editors chose the reading where the witnesses of the library's other
  documents read exactly these readings (library_decisions).
The confidence is the share of the scores' total (as probabilities, tempered by
CALIBRATION) the proposal gets.
Imports groups, language_model, library_decisions and numpy.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from desk.core.alignment.category_names import CATEGORIES, PUNCTUATION
from desk.core.alignment.places import Places
from desk.core.evidence.groups import ReadingGroups, Squeezed, reading_groups, squeeze
from desk.core.evidence.language_model import LanguageModel
from desk.core.evidence.library_decisions import LibraryDecisions, decided_scores
from desk.core.evidence.ocr_confidence import WordConfidences
from desk.core.evidence.suspects import Suspect

LONGEST_MODELLED = 4  # characters: a longer difference is no misreading a model can judge
CONTEXT = 2  # characters either side of a reading that the language model reads with it
MODEL_WEIGHT = 1.0  # of the model's log-probability (nats), against a vote's log-odds
CHARACTER_BONUS = 6.0  # nats per character read: the model would favour every omission
OCR_WEIGHT = 3.0  # of the log-odds of an OCR engine's word confidence
# The scores' lead, as probabilities, overstates how often the proposal is right: divided
# by this, a proposal said 90-99% sure was right 88% of the time on the dev pages.
CALIBRATION = 3.0
EVEN = 0.05  # a lead of the scores under this is no lead
_PUNCTUATION = CATEGORIES.index(PUNCTUATION)
_UNKNOWN_RELIABILITY = 0.75
_PRIOR = 2.0  # places' worth of belief in the unknown witness's rate
_PASSES = 5  # rounds of judging the places, then each witness by the judgement


@dataclass(frozen=True, eq=False)
class Reliability:
    """How often each witness (row) read the likeliest reading: in this document, and
    before it, in the rest of the library by the witnesses of its source."""

    agreed: np.ndarray  # float per witness: places, each by how likely it was right there
    compared: np.ndarray  # float per witness: places judged
    prior_agreed: np.ndarray | None = None  # the same, for the witness's source elsewhere
    prior_compared: np.ndarray | None = None

    def total(self, row: int) -> tuple[float, float]:
        """(agreed, compared) here and, before, elsewhere."""
        agreed, compared = float(self.agreed[row]), float(self.compared[row])
        if self.prior_agreed is not None and self.prior_compared is not None:
            agreed += float(self.prior_agreed[row])
            compared += float(self.prior_compared[row])
        return agreed, compared

    def rate(self, row: int) -> float:
        """The share of agreements, smoothed towards an unknown witness's."""
        agreed, compared = self.total(row)
        return (agreed + _PRIOR * _UNKNOWN_RELIABILITY) / (compared + _PRIOR)

    def weights(self) -> np.ndarray:
        """Each witness's vote: the log-odds of its agreement rate."""
        rates = np.array([self.rate(row) for row in range(len(self.agreed))])
        rates = np.clip(rates, 0.05, 0.995)
        return np.log(rates / (1 - rates))


@dataclass(frozen=True, eq=False)
class Proposals:
    """The proposals at a document's worded places where the witnesses differ."""

    groups: ReadingGroups
    row: np.ndarray  # int16 per place: a witness reading the proposal, -1 where none
    confidence: np.ndarray  # float32 per place: the proposal's share, 0 where none
    model_lead: np.ndarray  # float32: the model's log-probability lead of the proposal
    majority: np.ndarray  # bool: the proposal is a strict majority's reading
    reliability: Reliability
    # In a document of one witness: the suspected misreadings, by column, whose
    # proposal no witness reads.
    suspected: Mapping[int, Suspect] = field(default_factory=dict)
    # How sure each witness's OCR engine was of its reading (witnesses x places; NaN: no
    # confidences), where witnesses were read from OCR files.
    read_with: np.ndarray | None = None
    posterior: np.ndarray | None = None  # witnesses x places: how likely its reading is right
    # How many times each witness's reading was chosen over these readings elsewhere in
    # the library (witnesses x places), where the library had decided them before.
    decided_before: np.ndarray | None = None

    @property
    def proposed(self) -> np.ndarray:
        """Which places have a proposal (bool, as `places`)."""
        found = self.row >= 0
        found[list(self.suspected)] = True
        return found

    @property
    def places(self) -> np.ndarray:
        return self.groups.places

    def column(self, place: int) -> int | None:
        """Where a place is in these arrays, or None when it has no proposal to make."""
        at = int(np.searchsorted(self.groups.places, place))
        if at < len(self.groups.places) and self.groups.places[at] == place:
            return at
        return None

    def suspect(self, place: int) -> Suspect | None:
        """The suspected misreading at a place of a one-witness document, if any."""
        column = self.column(place)
        return None if column is None else self.suspected.get(column)

    def proposed_row(self, place: int) -> int | None:
        """A witness reading the proposal at the place, or None."""
        column = self.column(place)
        if column is None or self.row[column] < 0:
            return None
        return int(self.row[column])


def propose(
    texts: Sequence[str],
    places: Places,
    model: LanguageModel | None = None,
    confidences: Sequence[WordConfidences | None] = (),
    priors: Sequence[tuple[float, float]] = (),
    decided: LibraryDecisions | None = None,
) -> Proposals:
    """The proposal at every worded place where the witnesses (`texts`, in the places'
    row order) read differently; `confidences`, each witness's OCR word confidences
    where it has them; `priors`, each witness's (agreed, compared) before this
    document; `decided`, how the library decided the same readings elsewhere."""
    squeezed = [squeeze(text) for text in texts]
    groups = reading_groups(places, squeezed)
    read_with = _read_with(groups, places, confidences)
    decided_before = None if decided is None else decided.counts_by_column(groups, len(texts))
    marks = places.category[groups.places] == _PUNCTUATION  # no words to judge there
    words = _model_scores(groups, squeezed, model, ~marks)
    other = _ocr_scores(groups, read_with)
    if decided_before is not None:
        other = other + decided_scores(decided_before)
    before = np.array(priors, dtype=np.float64).reshape(-1, 2) if priors else None
    reliability = _with_priors(Reliability(np.zeros(len(texts)), np.zeros(len(texts))), before)
    for _ in range(_PASSES):
        proposals = _chosen(groups, words, other, reliability)
        reliability = _with_priors(_reliability(groups, proposals), before)
    chosen = _chosen(groups, words, other, reliability)
    return replace(chosen, read_with=read_with, decided_before=decided_before)


def suspect_proposals(places: Places, suspects: Sequence[Suspect]) -> Proposals:
    """The proposals of a one-witness document: its suspected misreadings, each a place
    of its own (as `single_witness_places` makes them)."""
    by_start = {s.start: s for s in suspects}
    chosen = [
        place
        for place in np.flatnonzero(places.variant).tolist()
        if int(places.starts[0, place]) in by_start
    ]
    count = len(chosen)
    columns = np.array(chosen, dtype=np.int64)
    zeros = np.zeros((1, count), dtype=np.int64)
    groups = ReadingGroups(
        columns, zeros.astype(np.int16), zeros.astype(np.int16) + 1, zeros, zeros
    )
    suspected = {n: by_start[int(places.starts[0, p])] for n, p in enumerate(chosen)}
    return Proposals(
        groups,
        np.full(count, -1, dtype=np.int16),
        np.array([s.confidence for s in suspected.values()], dtype=np.float32).reshape(count),
        np.array([s.lead for s in suspected.values()], dtype=np.float32).reshape(count),
        np.zeros(count, dtype=bool),
        Reliability(np.zeros(1, np.int64), np.zeros(1, np.int64)),
        suspected,
    )


def _short(groups: ReadingGroups) -> np.ndarray:
    """The places where every reading is short enough to be a misreading."""
    return (groups.ends - groups.starts).max(axis=0, initial=0) <= LONGEST_MODELLED


def _model_scores(
    groups: ReadingGroups,
    squeezed: Sequence[Squeezed],
    model: LanguageModel | None,
    judged: np.ndarray,
) -> np.ndarray:
    """For each witness and place, the model's log-probability of that witness's reading
    in its context, at the `judged` places (bool per place; 0 elsewhere, and everywhere
    without a model)."""
    scores = np.zeros(groups.group.shape, dtype=np.float64)
    if model is None:
        return scores
    first = groups.group == np.arange(len(squeezed))[:, None]  # one witness per reading
    rows, columns = np.nonzero(first & _short(groups) & judged)
    starts = np.maximum(groups.starts[rows, columns] - CONTEXT, 0).tolist()
    ends = (groups.ends[rows, columns] + CONTEXT).tolist()
    texts = [s.text for s in squeezed]
    found = [
        model.log_probability(window) + CHARACTER_BONUS * len(window)
        for window in map(lambda r, a, b: texts[r][a:b], rows.tolist(), starts, ends)
    ]
    scores[rows, columns] = found
    # every witness reading alike gets its reading's score
    return np.take_along_axis(scores, groups.group.astype(np.intp), axis=0)


def _read_with(
    groups: ReadingGroups, places: Places, confidences: Sequence[WordConfidences | None]
) -> np.ndarray:
    """How sure each witness's OCR engine was of its reading at each place (witnesses x
    places; NaN where a witness has no confidences)."""
    found = np.full(groups.group.shape, np.nan)
    for row, words in enumerate(confidences):
        if words is not None:
            starts, ends = places.starts[row, groups.places], places.ends[row, groups.places]
            found[row] = words.of_spans(starts, ends)
    return found


def _ocr_scores(groups: ReadingGroups, read_with: np.ndarray) -> np.ndarray:
    """What the OCR engines' confidences add to each witness's reading: the log-odds of
    the engine's confidence, for every witness reading alike, summed (0 without them)."""
    sure = np.clip(np.nan_to_num(read_with, nan=0.5), 0.02, 0.98)
    own = OCR_WEIGHT * np.log(sure / (1 - sure))
    added = np.zeros_like(own)
    for row in range(len(own)):  # each witness's confidence goes to every witness reading alike
        added += np.where(groups.group == groups.group[row], own[row], 0.0)
    return added


def _chosen(
    groups: ReadingGroups, model: np.ndarray, other: np.ndarray, reliability: Reliability
) -> Proposals:
    """The proposal at each place, worked out on arrays (witnesses x places): `model`
    holds the language model's scores, `other` the rest of the evidence's besides the
    votes."""
    witnesses = len(reliability.agreed)
    group = groups.group.astype(np.intp)
    weights = reliability.weights()
    scores = MODEL_WEIGHT * model + other
    for row in range(witnesses):  # each witness's vote goes to every witness reading alike
        scores = scores + np.where(group == group[row], weights[row], 0.0)
    first = group == np.arange(witnesses)[:, None]  # the one witness speaking for a reading
    ranked = np.where(first, scores, -np.inf)
    best = ranked.argmax(axis=0)
    columns = np.arange(len(groups))
    best_score = ranked[best, columns]
    others = ranked.copy()
    others[best, columns] = -np.inf
    sizes = np.where(first, groups.size, 0)
    best_size = sizes[best, columns]
    sizes[best, columns] = 0
    strict = best_size > sizes.max(axis=0)
    lead_score = best_score - others.max(axis=0)
    proposed = strict | (_short(groups) & (lead_score >= EVEN))
    shares = np.exp(ranked - best_score[None, :])  # -inf, not a reading of its own: 0
    each = np.take_along_axis(shares, group, axis=0) / shares.sum(axis=0)
    tempered = np.exp((ranked - best_score[None, :]) / CALIBRATION).sum(axis=0)
    confidence = np.where(proposed, 1 / tempered, 0).astype(np.float32)
    model_others = np.where(first, model, -np.inf)
    model_others[best, columns] = -np.inf
    lead = np.where(proposed, model[best, columns] - model_others.max(axis=0), 0)
    return Proposals(
        groups,
        np.where(proposed, best, -1).astype(np.int16),
        confidence,
        lead.astype(np.float32),
        strict & proposed,
        reliability,
        posterior=each,
    )


def _with_priors(reliability: Reliability, before: np.ndarray | None) -> Reliability:
    if before is None:
        return reliability
    return replace(reliability, prior_agreed=before[:, 0], prior_compared=before[:, 1])


def _reliability(groups: ReadingGroups, proposals: Proposals) -> Reliability:
    """How often each witness reads what the evidence makes likeliest, counted over the
    places short enough to be misreadings, each place by how likely that witness's
    reading is there (a witness usually right gets a weightier vote next round)."""
    short = _short(groups)
    assert proposals.posterior is not None
    agreed = proposals.posterior[:, short].sum(axis=1)
    return Reliability(agreed, np.full(len(agreed), float(short.sum())))
