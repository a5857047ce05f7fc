"""Tell whether two texts are transcriptions of the same work, by their shared wording.

Layout, spacing and punctuation are ignored: only letters and digits count. A text's
fingerprint is the sorted array of its hashed 4-character shingles. `WorkIndex` finds the
work a new text belongs to without comparing it with every text in the library: a sample
of each fingerprint (the shingles whose hash is a multiple of SAMPLE, the same shingles in
every text) points to the texts worth comparing in full.
"""

from __future__ import annotations

import re
from collections import Counter

import numpy as np

from desk.core.arrays import distinct

SHINGLE = 4
# Share of the shorter text's 4-character shingles that the other must contain. Measured
# on the seeds: the two transcriptions of one page share 0.97; different articles on the
# same topic (rural revitalisation, east-west cooperation) share under 0.04.
SAME_WORK = 0.35
# The shorter text must have this share of the longer's shingles too: a few lines quoted
# from a long page are not a transcription of it. Aligned with the page, such an excerpt
# would make every place it lacks an omission of its own, and the review would be all red
# (seen with a 4-line OCR excerpt of the sample page). The editor can still move it in.
SAME_SIZE = 0.4
SAMPLE = 4
# A text with fewer sampled shingles is compared with every text: its sample could miss.
SMALL_SAMPLE = 16
# At most this many texts are compared in full with a new one, the most alike by their
# samples first (texts sharing a sample but not the wording are never near the top).
COMPARED = 16

Fingerprint = np.ndarray  # sorted unique uint32 shingle hashes


# Kept beside the fingerprints in the library: fingerprints of another scheme are made
# again (1: crc32 of each shingle's UTF-8, one Python call a character: 4 s for 5 MB).
FINGERPRINT_SCHEME = "2"
_NOT_ALNUM = re.compile(r"[\W_]+")  # \w is what str.isalnum() accepts, and _
_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)


def fingerprint(text: str) -> Fingerprint:
    """The sorted hashed 4-character shingles of the text's letters and digits."""
    letters = _NOT_ALNUM.sub("", text.casefold())
    codes = np.frombuffer(letters.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    count = len(codes) - SHINGLE + 1
    if count <= 0:
        return np.zeros(0, dtype=np.uint32)
    hashes = np.zeros(count, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for offset in range(SHINGLE):
            hashes = (hashes + codes[offset : offset + count]) * _MULTIPLIER
    return distinct((hashes >> np.uint64(32)).astype(np.uint32))


def to_bytes(shingles: Fingerprint) -> bytes:
    """A fingerprint as kept in the library."""
    return shingles.astype("<u4").tobytes()


def from_bytes(data: bytes) -> Fingerprint:
    """A fingerprint as `to_bytes` kept it."""
    return np.frombuffer(data, dtype="<u4").astype(np.uint32)


def resemblance(a: Fingerprint, b: Fingerprint) -> float:
    """How much of the smaller fingerprint the larger one contains, from 0 to 1."""
    if not len(a) or not len(b):
        return 0.0
    shared = len(np.intersect1d(a, b, assume_unique=True))
    return shared / min(len(a), len(b))


def same_work(a: Fingerprint, b: Fingerprint) -> float:
    """How alike two texts are as transcriptions of one work: their resemblance, or 0 when
    one is much shorter than the other."""
    if min(len(a), len(b)) < SAME_SIZE * max(len(a), len(b)):
        return 0.0
    return resemblance(a, b)


def _sampled(shingles: Fingerprint) -> Fingerprint:
    return shingles[shingles % SAMPLE == 0]


class WorkIndex:
    """The fingerprints of the texts in a library, by the work (document) each belongs to."""

    def __init__(self) -> None:
        self._works: list[int] = []  # per text: its document
        self._fingerprints: list[Fingerprint] = []
        self._sample_sizes: list[int] = []
        self._short: list[int] = []  # texts whose sample is too small to be found by it
        self._postings: dict[int, list[int]] = {}  # sampled shingle -> texts holding it

    def add(self, work: int, shingles: Fingerprint) -> None:
        """Record that a text with these shingles belongs to `work`."""
        text = len(self._works)
        sample = _sampled(shingles).tolist()
        self._works.append(work)
        self._fingerprints.append(shingles)
        self._sample_sizes.append(len(sample))
        if len(sample) < SMALL_SAMPLE:
            self._short.append(text)
        for shingle in sample:
            self._postings.setdefault(shingle, []).append(text)

    def best_match(self, shingles: Fingerprint) -> int | None:
        """The work whose texts resemble these shingles most, if any resembles them enough
        (ties go to the older work)."""
        best: tuple[float, int] | None = None
        for text in self._candidates(shingles):
            score = same_work(shingles, self._fingerprints[text])
            work = self._works[text]
            if score >= SAME_WORK and (best is None or (score, -work) > (best[0], -best[1])):
                best = (score, work)
        return None if best is None else best[1]

    def _candidates(self, shingles: Fingerprint) -> list[int]:
        """The texts whose samples say they may resemble these shingles enough, most alike
        first, and the short texts a sample cannot find; every text, for shingles too few
        for their sample to be trusted."""
        sample = _sampled(shingles).tolist()
        if len(sample) < SMALL_SAMPLE:
            return list(range(len(self._works)))
        hits: Counter[int] = Counter()
        for shingle in sample:
            hits.update(self._postings.get(shingle, ()))
        estimates = {
            text: shared / min(len(sample), self._sample_sizes[text])
            for text, shared in hits.items()
        }
        likely = sorted(
            (text for text, estimate in estimates.items() if estimate >= SAME_WORK / 2),
            key=lambda text: -estimates[text],
        )
        return likely[:COMPARED] + [text for text in self._short if text not in estimates]
