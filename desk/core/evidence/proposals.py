"""A proposal at each worded place where the witnesses differ, with its confidence.

The proposal is the majority's reading; at a tie, the reading the evidence favours;
none where the evidence is even. The evidence, each part a score added to a reading:
- each witness reading it, weighted by how often that witness agrees with the sure
  proposals elsewhere in the document (a witness usually right counts for more);
- the language model's log-probability of the reading with a few characters either
  side (人员 far above 入员), where every reading is short enough to be a misreading
  (a byline one witness leaves out is no question of likely words).
The confidence is the share of the scores' total (as probabilities) the proposal gets.
Imports groups, language_model and numpy.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from desk.core.alignment.places import Places
from desk.core.evidence.groups import ReadingGroups, Squeezed, reading_groups, squeeze
from desk.core.evidence.language_model import LanguageModel
from desk.core.evidence.sure import SURE_PROPOSALS

LONGEST_MODELLED = 4  # characters: a longer difference is no misreading a model can judge
CONTEXT = 2  # characters either side of a reading that the language model reads with it
MODEL_WEIGHT = 0.5  # of the model's log-probability, against a witness's vote
CHARACTER_BONUS = 12  # nats per character read: the model would favour every omission
EVEN = 0.05  # a lead of the scores under this is no lead
_UNKNOWN_RELIABILITY = 0.75
_PRIOR = 10  # places' worth of belief in the unknown witness's rate


@dataclass(frozen=True, eq=False)
class Reliability:
    """How often each witness (row) read as the sure proposals did."""

    agreed: np.ndarray  # int64 per witness
    compared: np.ndarray  # int64 per witness

    def rate(self, row: int) -> float:
        """The share of agreements, smoothed towards an unknown witness's."""
        return (self.agreed[row] + _PRIOR * _UNKNOWN_RELIABILITY) / (self.compared[row] + _PRIOR)

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

    @property
    def places(self) -> np.ndarray:
        return self.groups.places

    def column(self, place: int) -> int | None:
        """Where a place is in these arrays, or None when it has no proposal to make."""
        at = int(np.searchsorted(self.groups.places, place))
        if at < len(self.groups.places) and self.groups.places[at] == place:
            return at
        return None

    def proposed_row(self, place: int) -> int | None:
        """A witness reading the proposal at the place, or None."""
        column = self.column(place)
        if column is None or self.row[column] < 0:
            return None
        return int(self.row[column])


def propose(texts: Sequence[str], places: Places, model: LanguageModel | None = None) -> Proposals:
    """The proposal at every worded place where the witnesses (`texts`, in the places'
    row order) read differently."""
    squeezed = [squeeze(text) for text in texts]
    groups = reading_groups(places, squeezed)
    scores = _model_scores(groups, squeezed, model)
    even = Reliability(np.zeros(len(texts), np.int64), np.zeros(len(texts), np.int64))
    first = _chosen(groups, scores, even)
    reliability = _reliability(groups, first)
    return _chosen(groups, scores, reliability)


def _short(groups: ReadingGroups) -> np.ndarray:
    """The places where every reading is short enough to be a misreading."""
    return (groups.ends - groups.starts).max(axis=0, initial=0) <= LONGEST_MODELLED


def _model_scores(
    groups: ReadingGroups, squeezed: Sequence[Squeezed], model: LanguageModel | None
) -> np.ndarray:
    """For each witness and place, the model's log-probability of that witness's reading
    in its context (0 everywhere without a model)."""
    scores = np.zeros(groups.group.shape, dtype=np.float64)
    if model is None:
        return scores
    starts, ends = groups.starts.tolist(), groups.ends.tolist()
    for column in np.flatnonzero(_short(groups)).tolist():
        for row in groups.representatives(column):
            text = squeezed[row].text
            start, end = starts[row][column], ends[row][column]
            window = text[max(start - CONTEXT, 0) : end + CONTEXT]
            score = model.log_probability(window) + CHARACTER_BONUS * len(window)
            scores[groups.group[:, column] == row, column] = score
    return scores


def _chosen(groups: ReadingGroups, model: np.ndarray, reliability: Reliability) -> Proposals:
    count = len(groups)
    row = np.full(count, -1, dtype=np.int16)
    confidence = np.zeros(count, dtype=np.float32)
    lead = np.zeros(count, dtype=np.float32)
    majority = np.zeros(count, dtype=bool)
    weights = reliability.weights()
    short = _short(groups).tolist()
    for column in range(count):
        rows = groups.representatives(column)
        sizes = [int(groups.size[r, column]) for r in rows]
        scores = [
            float(weights[groups.group[:, column] == r].sum()) + MODEL_WEIGHT * model[r, column]
            for r in rows
        ]
        top = max(sizes)
        tied = [n for n, size in enumerate(sizes) if size == top]
        best = max(tied, key=lambda n: scores[n])
        if len(tied) > 1:
            if not short[column]:
                continue  # a passage one witness has and another not: the editor's to judge
            others = [scores[n] for n in tied if n != best]
            if scores[best] - max(others) < EVEN:
                continue
        else:
            majority[column] = True
        row[column] = rows[best]
        highest = max(scores)
        total = sum(math.exp(s - highest) for s in scores)
        confidence[column] = math.exp(scores[best] - highest) / total
        others_model = [model[r, column] for n, r in enumerate(rows) if n != best]
        lead[column] = model[rows[best], column] - max(others_model)
    return Proposals(groups, row, confidence, lead, majority, reliability)


def _reliability(groups: ReadingGroups, proposals: Proposals) -> Reliability:
    """How often each witness reads as the sure proposals do."""
    sure = np.flatnonzero(
        (proposals.row >= 0) & (proposals.majority | (proposals.confidence >= SURE_PROPOSALS))
    )
    chosen = proposals.row[sure].astype(np.int64)
    proposed_group = groups.group[chosen, sure]
    agreed = (groups.group[:, sure] == proposed_group).sum(axis=1)
    compared = np.full(len(agreed), len(sure), dtype=np.int64)
    return Reliability(agreed.astype(np.int64), compared)
