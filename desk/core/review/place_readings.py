"""Every place's reading, kept in chunks that review states share.

A book has hundreds of thousands of places; copying a reference to each one's reading
costs milliseconds (the strings lie all over memory). A state made by a decision copies
only the chunks holding the places it changes and shares every other chunk with the
state before it, so a decision costs the same in a page and in a book.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from itertools import chain

CHUNK = 1024  # places per chunk


class PlaceReadings:
    """An immutable sequence of readings, one per place."""

    def __init__(self, chunks: tuple[tuple[str, ...], ...], length: int) -> None:
        self._chunks = chunks
        self._length = length

    @classmethod
    def of(cls, readings: Iterable[str]) -> PlaceReadings:
        every = tuple(readings)
        chunks = tuple(every[at : at + CHUNK] for at in range(0, len(every), CHUNK))
        return cls(chunks, len(every))

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, place: int) -> str:
        if not -self._length <= place < self._length:
            raise IndexError(f"no place {place} of {self._length}")
        place %= self._length
        return self._chunks[place // CHUNK][place % CHUNK]

    def __iter__(self) -> Iterator[str]:
        return chain.from_iterable(self._chunks)

    def replaced(self, readings: Mapping[int, str]) -> PlaceReadings:
        """These readings with the places in `readings` reading so instead."""
        if not readings:
            return self
        chunks = list(self._chunks)
        by_chunk: dict[int, list[str]] = {}
        for place, reading in readings.items():
            index = place // CHUNK
            if index not in by_chunk:
                by_chunk[index] = list(chunks[index])
            by_chunk[index][place % CHUNK] = reading
        for index, chunk in by_chunk.items():
            chunks[index] = tuple(chunk)
        return PlaceReadings(tuple(chunks), self._length)

    def joined(self) -> str:
        """Every reading in order, as one text."""
        return "".join(self)
