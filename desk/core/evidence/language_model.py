"""How likely a short stretch of Chinese is: jieba's word frequencies.

The log-probability of a text is that of its likeliest split into the dictionary's
words (jieba's own route through the words it knows), so 人员 scores far above 入员,
which splits into two rarer characters. The dictionary (350,000 words) loads once per
process, on first use, in about a second. Imports jieba, lazily.
"""

from __future__ import annotations

import logging
import threading
from typing import Protocol


class LanguageModel(Protocol):
    def log_probability(self, text: str) -> float: ...


class WordFrequencies:
    """Chinese word frequencies from jieba's dictionary."""

    def __init__(self) -> None:
        self._tokenizer = None
        self._lock = threading.Lock()

    def log_probability(self, text: str) -> float:
        """The natural log of the probability of the text's likeliest split into words."""
        if not text:
            return 0.0
        tokenizer = self._loaded()
        route: dict[int, tuple[float, int]] = {}
        tokenizer.calc(text, tokenizer.get_DAG(text), route)
        return route[0][0]

    def word_frequency(self, word: str) -> int:
        """How often the dictionary says the word occurs (0: not a word it knows)."""
        return int(self._loaded().FREQ.get(word) or 0)

    def _loaded(self):  # noqa: ANN202 - jieba has no types
        with self._lock:
            if self._tokenizer is None:
                import jieba

                jieba.setLogLevel(logging.WARNING)
                tokenizer = jieba.Tokenizer()
                tokenizer.initialize()
                self._tokenizer = tokenizer
            return self._tokenizer


_SHARED = WordFrequencies()


def word_frequencies() -> WordFrequencies:
    """The process's one model (its dictionary is loaded once)."""
    return _SHARED
