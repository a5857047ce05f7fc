"""How likely a short stretch of Chinese is: word frequencies from jieba's dictionary.

The log-probability of a text is that of its likeliest split into the dictionary's words
of up to four characters (a character alone if it makes no word), each word's
probability its count over the dictionary's total: so 人员 scores far above 入员, which
splits into two rarer characters. The dictionary (jieba's dict.txt, 349,000 words with
their counts) is read from the installed jieba package without importing it, and kept
after the first reading as a marshal file in the user cache folder: loading it then takes
about 0.1 s. Imports cached_tables; never jieba's code.
"""

from __future__ import annotations

import importlib.util
import math
import sys
import threading
from pathlib import Path
from typing import Protocol

from desk.core.evidence.cached_tables import cached_table

LONGEST_WORD = 4  # longer dictionary words are few and make no misreading likelier
# Rarer words, 60% of the dictionary, changed no proposal on the measured pages and 0.02
# of the suspects' recall, and took three times as long to load.
MIN_COUNT = 5
_CACHE_VERSION = 2


class LanguageModel(Protocol):
    def log_probability(self, text: str) -> float: ...


class WordFrequencies:
    """Chinese word frequencies: each dictionary word's natural-log probability."""

    def __init__(self, dictionary: Path | None = None) -> None:
        self._dictionary = dictionary
        self._words: dict[str, float] | None = None
        self._unknown = 0.0  # the log-probability of a character that is no word
        self._lock = threading.Lock()

    def log_probability(self, text: str) -> float:
        """The natural log of the probability of the text's likeliest split into words."""
        words, unknown = self._loaded()
        length = len(text)
        best = [0.0] * (length + 1)  # best[i]: the likeliest split of text[i:]
        for start in range(length - 1, -1, -1):
            found = words.get(text[start], unknown) + best[start + 1]
            for end in range(start + 2, min(start + LONGEST_WORD, length) + 1):
                word = words.get(text[start:end])
                if word is not None and word + best[end] > found:
                    found = word + best[end]
            best[start] = found
        return best[0]

    def word_frequency(self, word: str) -> float:
        """How likely the word is (its probability; 0 for no word the dictionary knows)."""
        found = self._loaded()[0].get(word)
        return 0.0 if found is None else math.exp(found)

    def _loaded(self) -> tuple[dict[str, float], float]:
        with self._lock:
            if self._words is None:
                self._words, self._unknown = _read(self._dictionary or _jieba_dictionary())
            return self._words, self._unknown


def _jieba_dictionary() -> Path:
    """jieba's dict.txt where the package is installed (found without importing it), or
    in the packaged app."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "jieba" / "dict.txt"
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("jieba is not installed: its dictionary gives desk's proposals")
    return Path(next(iter(spec.submodule_search_locations))) / "dict.txt"


def _read(dictionary: Path) -> tuple[dict[str, float], float]:
    """The dictionary's words as log-probabilities, and a lone character's."""
    words, unknown = cached_table(dictionary, "word_frequencies", _CACHE_VERSION, _parsed)
    return words, unknown


def _parsed(dictionary: Path) -> tuple[dict[str, float], float]:
    counts: dict[str, int] = {}
    with dictionary.open(encoding="utf-8") as lines:
        for line in lines:
            fields = line.split()
            if len(fields) >= 2 and len(fields[0]) <= LONGEST_WORD:
                counts[fields[0]] = int(fields[1])
    total = math.log(sum(counts.values()))
    words = {word: math.log(count) - total for word, count in counts.items() if count >= MIN_COUNT}
    return words, -total


_SHARED = WordFrequencies()


def word_frequencies() -> WordFrequencies:
    """The process's one model (its dictionary is read once)."""
    return _SHARED
