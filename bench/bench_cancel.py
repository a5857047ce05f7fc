"""How long a cancelled job takes to stop, on the worst inputs: collating two texts that
share little, an edition with half its paragraphs rewritten, a table of numbers, and
importing a one-line file.

Each job runs in a thread as the window runs it (desk.core.cancel), is cancelled after a
moment, and the time from the cancel to the job's end is measured; beside it, how long the
job takes when left to finish (the baseline, measured in the same run). Medians of
several runs, interleaved. Run: .venv/bin/python bench/bench_cancel.py
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from made_witnesses import clean_paragraphs  # noqa: E402

from desk.core.cancel import Cancelled, cancellable  # noqa: E402
from desk.core.library.documents import import_paths, list_documents  # noqa: E402
from desk.core.library.store import open_library  # noqa: E402
from desk.core.review.prepare import prepare_review  # noqa: E402

RUNS = 3
CANCEL_AFTER = 0.3  # seconds into the job; each job below takes seconds when left alone


def rewritten(paragraphs: int, share: float) -> tuple[str, str]:
    first = clean_paragraphs(random.Random(1), paragraphs)
    other = clean_paragraphs(random.Random(2), paragraphs)
    chosen = random.Random(3)
    second = [other[n] if chosen.random() < share else p for n, p in enumerate(first)]
    return "\n\n".join(first), "\n\n".join(second)


def numbers_table(rows: int) -> tuple[str, str]:
    rng = random.Random(4)
    lines = [" ".join(f"{rng.randint(0, 99999):5d}" for _ in range(8)) for _ in range(rows)]
    changed = [line if rng.random() > 0.05 else line.replace("1", "7") for line in lines]
    return "\n".join(lines), "\n".join(changed)


def collation_job(folder: Path, texts: tuple[str, str]) -> Callable[[], None]:
    """A library holding the two texts as one document; the job prepares its review."""
    library = open_library(folder / "library.db")
    paths = []
    for n, text in enumerate(texts):
        path = folder / f"{n}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    report = import_paths(library, paths)
    documents = {w.document_id for w in report.added}
    if len(documents) > 1:
        from desk.core.library.documents import move_witness

        move_witness(library, report.added[1].id, report.added[0].document_id)
    [document] = [d for d in list_documents(library) if len(d.witnesses) == 2]
    library.close()

    def job() -> None:
        own = open_library(folder / "library.db")
        try:
            with own.atomic() as db:  # each run collates afresh
                db.execute("DELETE FROM alignments")
            prepare_review(own, document.id)
        finally:
            own.close()

    return job


def one_line_import_job(folder: Path, characters: int) -> Callable[[], None]:
    rng = random.Random(5)
    line = "".join(
        rng.choice("的一是在不了有和人这中大为上个国我以要") + (" " if rng.random() < 0.2 else "")
        for _ in range(characters)
    )
    path = folder / "one-line.txt"
    path.write_text(line, encoding="utf-8")
    runs = iter(range(1000))

    def job() -> None:
        own = open_library(folder / f"import{next(runs)}.db")
        try:
            import_paths(own, [path])
        finally:
            own.close()

    return job


def timed(job: Callable[[], None], cancel_after: float | None) -> tuple[float, bool]:
    """(seconds from the cancel to the end, or the whole run if not cancelled; cancelled?)"""
    flag = threading.Event()
    outcome: dict[str, object] = {}

    def run() -> None:
        with cancellable(flag):
            try:
                job()
                outcome["cancelled"] = False
            except Cancelled:
                outcome["cancelled"] = True
        outcome["end"] = time.perf_counter()

    thread = threading.Thread(target=run)
    started = time.perf_counter()
    thread.start()
    if cancel_after is not None:
        thread.join(cancel_after)
        cancelled_at = time.perf_counter()
        flag.set()
        thread.join()
        return outcome["end"] - cancelled_at, bool(outcome["cancelled"])
    thread.join()
    return outcome["end"] - started, False


def main() -> None:
    cases = {
        "two texts sharing little, 1 MB each": lambda f: collation_job(f, rewritten(15000, 1.0)),
        "an edition with half its paragraphs rewritten, 1 MB": lambda f: collation_job(
            f, rewritten(15000, 0.5)
        ),
        "a table of numbers, 5% of rows changed, 2 MB": lambda f: collation_job(
            f, numbers_table(50000)
        ),
        "importing a 15 MB file of one line": lambda f: one_line_import_job(f, 5_000_000),
    }
    print(f"cancel {CANCEL_AFTER} s into each job; medians of {RUNS} runs, interleaved")
    for name, make in cases.items():
        with tempfile.TemporaryDirectory() as temporary:
            job = make(Path(temporary))
            stops, wholes, cancelled = [], [], 0
            for _ in range(RUNS):
                stop, was_cancelled = timed(job, CANCEL_AFTER)
                stops.append(stop)
                cancelled += was_cancelled
                wholes.append(timed(job, None)[0])
            print(
                f"{name}: stops {max(0.0, statistics.median(stops)) * 1000:.0f} ms after Cancel"
                f" (worst {max(0.0, max(stops)) * 1000:.0f} ms; {cancelled}/{RUNS} cancelled"
                f" before the end); left alone it takes {statistics.median(wholes):.2f} s"
            )


if __name__ == "__main__":
    main()
