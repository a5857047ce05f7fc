"""Synthetic books for the collation benchmarks: a clean text and two damaged copies.

Witness A has column line breaks and half-width punctuation; witness B has one
misreading per thousand characters and a few paragraphs moved. Sentences are random,
so no long passage repeats (as in a real book).
"""

from __future__ import annotations

import random
from pathlib import Path

from desk.core.text.common_hanzi import COMMON_HANZI

CHARACTERS = sorted(COMMON_HANZI)
WEIGHTS = [1 / (rank + 10) for rank in range(len(CHARACTERS))]  # roughly Zipf


def clean_book(characters: int, seed: int = 1) -> list[str]:
    """Paragraphs of random sentences, about `characters` long in all."""
    rng = random.Random(seed)
    paragraphs, total = [], 0
    while total < characters:
        sentences = []
        for _ in range(rng.randint(3, 8)):
            clauses = [
                "".join(rng.choices(CHARACTERS, WEIGHTS, k=rng.randint(4, 14)))
                for _ in range(rng.randint(1, 4))
            ]
            sentences.append("，".join(clauses) + "。")
        paragraph = "".join(sentences)
        paragraphs.append(paragraph)
        total += len(paragraph) + 1
    return paragraphs


def column_copy(paragraphs: list[str], width: int = 18) -> str:
    """Set in narrow columns with half-width commas, as a PDF extraction gives it."""
    lines = []
    for paragraph in paragraphs:
        paragraph = paragraph.replace("，", ",")
        lines.extend(paragraph[i : i + width] for i in range(0, len(paragraph), width))
        lines.append("")
    return "\n".join(lines)


def misread_copy(paragraphs: list[str], seed: int = 2, moved: int = 3) -> tuple[str, int]:
    """One misreading per thousand characters and `moved` paragraphs put elsewhere."""
    rng = random.Random(seed)
    damaged = []
    misreadings = 0
    for paragraph in paragraphs:
        chars = list(paragraph)
        for i in range(len(chars)):
            if rng.random() < 0.001 and chars[i] not in "，。":
                chars[i] = rng.choice(CHARACTERS)
                misreadings += 1
        damaged.append("".join(chars))
    for _ in range(moved):
        paragraph = damaged.pop(rng.randrange(len(damaged)))
        damaged.insert(rng.randrange(len(damaged)), paragraph)
    return "\n\n".join(damaged), misreadings


def page_copies(folder: Path, characters: int, count: int) -> list[Path]:
    """`count` copies of one page written to `folder`, each with its own misreadings,
    every other with a paragraph moved, and every third set in narrow columns."""
    paragraphs = clean_book(characters, seed=5)
    paths = []
    for n in range(count):
        text, _ = misread_copy(paragraphs, seed=10 + n, moved=n % 2)
        if n % 3 == 0:
            text = column_copy(text.split("\n\n"), width=16 + n)
        path = folder / f"page{n:02d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
