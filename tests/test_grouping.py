"""Grouping imported texts into works: the index finds each text's work as comparing it
with every text would, on transcriptions with misreadings, reflowed lines, spaces and
half-width punctuation."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from desk.core.library.documents import import_paths, list_documents
from desk.core.library.grouping import SAME_WORK, SAMPLE, WorkIndex, fingerprint, same_work
from desk.core.text.common_hanzi import COMMON_HANZI

HANZI = sorted(COMMON_HANZI)


def work(rng: random.Random, length: int) -> str:
    return "".join(rng.choices(HANZI, k=length))


def transcription(rng: random.Random, clean: str) -> str:
    """A messy copy: misreadings, a space or two, half-width commas, lines broken anywhere."""
    text = list(clean)
    for _ in range(len(text) // 40):
        text[rng.randrange(len(text))] = rng.choice(HANZI)
    for _ in range(3):
        text.insert(rng.randrange(len(text)), rng.choice(" ,，"))
    width = rng.randint(12, 40)
    joined = "".join(text)
    return "\n".join(joined[i : i + width] for i in range(0, len(joined), width))


def scan(works: list[tuple[int, object]], shingles) -> int | None:
    """The work found by comparing with every text (ties to the older work)."""
    scored = [(same_work(shingles, other), -w) for w, other in works]
    score, minus_work = max(scored, default=(0.0, 0))
    return -minus_work if score >= SAME_WORK else None


@settings(max_examples=30, deadline=None)
@given(seed=st.integers(0, 10_000), count=st.integers(1, 25), length=st.integers(8, 400))
def test_the_index_finds_the_work_a_full_comparison_finds(seed, count, length):
    rng = random.Random(seed)
    cleans = [work(rng, length) for _ in range(count)]
    index, seen = WorkIndex(), []
    for number, clean in enumerate(cleans):
        shingles = fingerprint(transcription(rng, clean))
        index.add(number, shingles)
        seen.append((number, shingles))
    for number, clean in enumerate(cleans):
        shingles = fingerprint(transcription(rng, clean))
        assert index.best_match(shingles) == scan(seen, shingles)
        if length >= 60:
            assert index.best_match(shingles) == number


def test_imported_transcriptions_land_in_their_own_documents(library, tmp_path):
    rng = random.Random(5)
    cleans = [work(rng, 300) for _ in range(40)]
    files = []
    for number, clean in enumerate(cleans):
        for version in range(3):
            files.append((f"{number:02d}-{version}.txt", transcription(rng, clean)))
    rng.shuffle(files)
    for name, text in files:
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = import_paths(library, [tmp_path / name for name, _ in files])
    assert len(report.added) == 120
    documents = list_documents(library)
    assert len(documents) == 40
    for document in documents:
        works = {w.label.split("-")[0] for w in document.witnesses}
        assert len(works) == 1 and len(document.witnesses) == 3


def test_a_transcription_is_found_among_long_texts_quoting_the_same_work():
    rng = random.Random(11)
    whole = work(rng, 6000)
    index = WorkIndex()
    index.add(1, fingerprint(whole[1000:4000]))  # a transcription of half of it
    for other in range(2, 11):  # long articles quoting the work's opening
        index.add(other, fingerprint(work(rng, 5000) + whole[:1000]))
    assert index.best_match(fingerprint(whole)) == 1


def test_a_short_text_in_the_library_is_still_found():
    rng = random.Random(12)
    short = work(rng, 12)
    while len(fingerprint(short)[fingerprint(short) % SAMPLE == 0]):
        short = work(rng, 12)  # one with no sampled shingle: only a full comparison finds it
    index = WorkIndex()
    index.add(1, fingerprint(short))
    for other in range(2, 40):
        index.add(other, fingerprint(work(rng, 800)))
    assert index.best_match(fingerprint(short + work(rng, 4))) == 1


def test_a_few_lines_quoted_from_a_long_page_are_a_document_of_their_own(library, tmp_path):
    rng = random.Random(13)
    page = work(rng, 3000)
    (tmp_path / "page-ocr.txt").write_text(transcription(rng, page), encoding="utf-8")
    (tmp_path / "page-web.txt").write_text(transcription(rng, page), encoding="utf-8")
    (tmp_path / "excerpt.txt").write_text(page[1200:1300], encoding="utf-8")  # four lines
    import_paths(library, [tmp_path / n for n in ("page-ocr.txt", "page-web.txt", "excerpt.txt")])
    grouped = sorted(sorted(w.label for w in d.witnesses) for d in list_documents(library))
    assert grouped == [["excerpt"], ["page-ocr", "page-web"]]
