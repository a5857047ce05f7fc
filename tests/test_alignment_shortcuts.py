"""The collation's shortcuts give the places the plain way gives, on generated witnesses.

Three shortcuts keep collation linear on texts that share little: a stretch sharing next
to nothing with the other side is one replaced stretch (no character-by-character
alignment of chance agreements), two ranges with no anchor but nearly the same keys are
walked side by side, and an added passage is looked for among the omitted ones through
an index of their keys instead of against each. On OCR-like witnesses (misreadings,
dropped and doubled characters, columns, moved paragraphs, added and omitted passages)
the places are exactly those of the plain algorithms, kept here as the reference.
"""

from __future__ import annotations

import random

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from made_witnesses import clean_paragraphs, make_witnesses

from desk.core.alignment import gaps, moves
from desk.core.alignment.collation import WitnessText, collate
from desk.core.alignment.gaps import Segment, align_in_order
from desk.core.alignment.moves import Block, _best_match


def plain_pairing(a, b, segments):
    """Every one-sided passage compared with every one on the other side, in order: the
    way pairing added with omitted passages went before its index."""
    segments = list(segments)
    blocks = []
    for only_a in (True, False):
        n = 0
        while n < len(segments):
            seg = segments[n]
            size = (seg.a_end - seg.a_start) if only_a else (seg.b_end - seg.b_start)
            one_sided = (seg.b_start == seg.b_end) if only_a else (seg.a_start == seg.a_end)
            if not one_sided or size < moves.PAIRED_MOVE_MIN:
                n += 1
                continue
            needle = a[seg.a_start : seg.a_end] if only_a else b[seg.b_start : seg.b_end]
            found = None
            for m, other in enumerate(segments):
                if only_a and other.a_start == other.a_end:
                    haystack = b[other.b_start : other.b_end]
                elif not only_a and other.b_start == other.b_end:
                    haystack = a[other.a_start : other.a_end]
                else:
                    continue
                if len(haystack) < moves.PAIRED_SHARE * len(needle):
                    continue
                match = _best_match(haystack, needle)
                if match is not None:
                    found = (m, *match)
                    break
            if found is None:
                n += 1
                continue
            m, lo, hi = found
            other = segments[m]
            if only_a:
                a0, a1, b0, b1 = seg.a_start, seg.a_end, other.b_start + lo, other.b_start + hi
                rest = [
                    Segment(other.a_start, other.a_end, other.b_start, b0, False),
                    Segment(other.a_start, other.a_end, b1, other.b_end, False),
                ]
            else:
                a0, a1, b0, b1 = other.a_start + lo, other.a_start + hi, seg.b_start, seg.b_end
                rest = [
                    Segment(other.a_start, a0, other.b_start, other.b_end, False),
                    Segment(a1, other.a_end, other.b_start, other.b_end, False),
                ]
            blocks.append(Block(a0, a1, b0, b1, tuple(align_in_order(a, a0, a1, b, b0, b1))))
            rest = [r for r in rest if r.a_end > r.a_start or r.b_end > r.b_start]
            segments[m : m + 1] = rest
            if m < n:
                n += len(rest) - 1
            del segments[n]
    return segments, blocks


def places_of(texts):
    result = collate([WitnessText(f"w{n}", text) for n, text in enumerate(texts)])
    places = result.places
    return places.starts, places.ends, places.category, places.move, places.variant


def with_plain_algorithms(monkeypatch):
    monkeypatch.setattr(gaps, "SHARED_LITTLE", 0.0)
    monkeypatch.setattr(gaps, "_walk_in_step", lambda *args: None)
    monkeypatch.setattr("desk.core.alignment.pairwise.pair_added_with_omitted", plain_pairing)


def with_sentences_moved_and_garbled(seed: int, text: str) -> str:
    """A copy with some sentences left out, others moved elsewhere (one character of
    each misread; every other one put in two places), and a paragraph or two badly
    garbled: a third of its characters misread, as a smudged column reads."""
    rng = random.Random(seed)
    paragraphs = text.split("\n")
    for _ in range(2):
        n = rng.randrange(len(paragraphs))
        paragraphs[n] = "".join(
            rng.choice("的一是在不了有和人这") if c not in "，。" and rng.random() < 0.33 else c
            for c in paragraphs[n]
        )
    sentences = [s + "。" for s in "\n".join(paragraphs).split("。") if s]
    moved = []
    kept = []
    for sentence in sentences:
        roll = rng.random()
        if roll < 0.08:
            continue  # left out
        if roll < 0.3:
            damaged = list(sentence)
            at = rng.randrange(len(damaged))
            if damaged[at] not in "，。\n":
                damaged[at] = "某"
            moved.append("".join(damaged))
            continue
        kept.append(sentence)
    for n, sentence in enumerate(moved):
        for _ in range(1 + n % 2):  # every other one put in two places: which is taken?
            kept.insert(rng.randrange(len(kept) + 1), sentence)
    return "".join(kept)


@settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    seed=st.integers(0, 10**9),
    count=st.integers(2, 4),
    move=st.sampled_from([None, "two", "swap", "move"]),
    reworked=st.booleans(),
)
def test_the_shortcuts_give_the_places_of_the_plain_algorithms(
    seed, count, move, reworked, monkeypatch
):
    made = make_witnesses(seed, count, paragraphs=8, errors=4, moves=(None, move))
    texts = list(made.texts)
    if reworked:
        texts[-1] = with_sentences_moved_and_garbled(seed, texts[-1])
    fast = places_of(texts)
    with monkeypatch.context() as plain:
        with_plain_algorithms(plain)
        reference = places_of(texts)
    for found, expected in zip(fast, reference):
        assert np.array_equal(found, expected)


def test_unrelated_texts_are_one_replaced_stretch():
    first = "\n\n".join(clean_paragraphs(random.Random(1), 40))
    second = "\n\n".join(clean_paragraphs(random.Random(2), 40))
    result = collate([WitnessText("a", first), WitnessText("b", second)])
    texts = [v for v in result.variants if v.category == "text"]
    assert len(texts) == 1
    assert texts[0].readings["a"].text.strip() and texts[0].readings["b"].text.strip()


def test_a_passage_repeated_throughout_is_aligned_at_each_misreading():
    passage = "".join(clean_paragraphs(random.Random(3), 3))
    first = "\n\n".join([passage] * 30)
    second = list(first)
    rng = random.Random(4)
    misread = sorted(rng.sample([i for i, c in enumerate(first) if c not in "\n，。"], 12))
    for at in misread:
        second[at] = "某"
    result = collate([WitnessText("a", first), WitnessText("b", "".join(second))])
    found = sorted(v.readings["a"].start for v in result.variants if v.category == "text")
    assert found == misread
