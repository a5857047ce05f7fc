"""How many errors the review's starting text has, against each OCR engine alone.

Real OCR witnesses with a known truth (bench/ocr_corpus.py: pages drawn, damaged and read
by three Tesseract configurations and RapidOCR) are imported into one library a page
after another, two or three engines of a page as one document, each engine in turn the
base (a library for each): an engine's record on the pages before counts for the next.
Printed per split (dev: tuned on; held: kept aside) and per number of witnesses, as
errors per 100 characters of truth (edit distance, white space left out), summed over
pages:
- each engine alone: the review's starting text from that engine's words (the choice
  "the base's words"), cleaned the same way, so that punctuation width counts alike;
- the review's starting text with desk's proposals, for each choice of base;
- the best engine of each page (an oracle no editor has);
- errors left after Accept Sure Proposals, and the editor's actions: one for the accept,
  one per passage still wrong; beside them the places to review, what an editor without
  proposals visits one by one.
For each engine's text alone (a document of one transcription): the suspected
misreadings against the real ones (characters the engine read as another, simplified or
traditional): how many real ones are flagged (recall), how many flags are on a real one
(precision), how often the proposal is the truth; and the flags on the true texts
themselves, which are all false.
With --format hocr the engines' hOCR files are imported, so their word confidences count.
With --taught, the held pages come after the dev pages were reviewed to their truth in the
same library (each dev page a document with the truth as one more witness, every place
taken from it), so that the library's decisions count; beside it the same run with the
dev pages only prepared.
Run: .venv/bin/python bench/bench_proposals.py [--dir /tmp/desk-ocr-corpus] [--split held]
     [--format hocr] [--taught]
"""

from __future__ import annotations

import argparse
import itertools
import sys
import tempfile
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ocr_corpus import DEFAULT_DIR, OcrPage, cer, make_corpus  # noqa: E402

from desk.core.alignment.collation import WitnessText, collate  # noqa: E402
from desk.core.evidence.language_model import WordFrequencies, word_frequencies  # noqa: E402
from desk.core.evidence.sure import SURE_PROPOSALS  # noqa: E402
from desk.core.evidence.suspects import find_suspects  # noqa: E402
from desk.core.library.documents import import_paths, move_witness  # noqa: E402
from desk.core.library.store import Library, open_library  # noqa: E402
from desk.core.review.prepare import prepare_review  # noqa: E402
from desk.core.review.session import Review  # noqa: E402
from desk.core.review.state import TO_REVIEW  # noqa: E402


def review_of(
    library: Library,
    folder: Path,
    page: OcrPage,
    engines: tuple[str, ...],
    hocr: bool,
    truth: str | None = None,
) -> Review:
    """The page as read by these engines, the first the base, imported into the library
    as one document and prepared as the window prepares it (so that each engine's
    record in it counts for the pages after it): their hOCR files (with word
    confidences) or their texts; the `truth` last, as one more witness."""
    folder.mkdir()
    paths = []
    if truth is not None:
        paths.append(folder / "truth.txt")
        paths[0].write_text(truth + "\n" * (len(engines) + 1), encoding="utf-8")
    for n, engine in enumerate(engines):
        if hocr and engine in page.hocr:
            path = folder / f"{engine}.hocr"
            path.write_bytes(page.hocr[engine].read_bytes())
        else:
            path = folder / f"{engine}.txt"
            # Line ends of its own: two engines reading a page alike are still two files.
            text = page.witnesses[engine].rstrip() + "\n" * (n + 1)
            path.write_text(text, encoding="utf-8")
        paths.append(path)
    if truth is not None:
        paths = paths[1:] + paths[:1]  # the truth last
    added = import_paths(library, paths).added
    document_id = move_witness(library, added[0].id, None).document_id  # a page of its own
    for witness in added[1:]:
        move_witness(library, witness.id, document_id)
    review = prepare_review(library, document_id, "bench")
    if review.state.base_id != str(added[0].id):
        review.set_choices(replace(review.state.choices, order=str(added[0].id)))
    return review


def errors(truth: str, text: str) -> float:
    return cer(truth, text) * len("".join(truth.split()))


def teach(
    library: Library, folder: Path, pages: list[OcrPage], engines: tuple[str, ...], decide: bool
) -> None:
    """Import each page read by these engines with its truth as one more witness and
    prepare it; with `decide`, take the truth's reading at every place, as an editor
    reaching the true text would."""
    for page in pages:
        review = review_of(library, folder / f"taught {page.id}", page, engines, False, page.truth)
        if decide:
            truth = review.state.witness_ids[-1]
            for place in review.state.variant_places:
                if review.state.category(place) in TO_REVIEW:
                    review.take(place, truth)


def measure(
    pages: list[OcrPage],
    engines: tuple[str, ...],
    tally: dict,
    hocr: bool,
    taught: tuple[list[OcrPage], bool] = ([], False),
) -> None:
    """Every base of the pages read by these engines, one library for each base, the
    pages imported one after another (after the `taught` pages, decided or not)."""
    alone: dict = defaultdict(dict)
    for base in engines:
        ordered = (base, *[e for e in engines if e != base])
        with tempfile.TemporaryDirectory() as folder:
            library = open_library(Path(folder) / "library.db")
            teach(library, Path(folder), taught[0], ordered, taught[1])
            for page in pages:
                review = review_of(library, Path(folder) / page.id, page, ordered, hocr)
                proposed = review.state.text()
                tally["to review", base] += review.state.counts().open
                review.set_choices(replace(review.state.choices, proposed_words=False))
                alone[page.id][base] = errors(page.truth, review.state.text())
                review.undo()
                review.accept_proposals(SURE_PROPOSALS)
                tally["proposals", base] += errors(page.truth, proposed)
                tally["after accepting", base] += errors(page.truth, review.state.text())
                tally["actions", base] += 1 + _wrong_places(review, page.truth)
            library.close()
    for page in pages:
        for base in engines:
            tally["alone", base] += alone[page.id][base]
        tally["oracle", "-"] += min(alone[page.id].values())
        tally["characters", "-"] += len("".join(page.truth.split()))


def _wrong_places(review: Review, truth: str) -> int:
    """Undecided or decided places whose reading the truth does not have there: counted
    as the differences between the curated text and the truth, by diff."""
    from diff_match_patch import diff_match_patch

    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0
    a, b = "".join(truth.split()), "".join(review.state.text().split())
    diffs = dmp.diff_main(a, b, False)
    dmp.diff_cleanupSemantic(diffs)
    changes = 0
    previous_equal = True
    for operation, _ in diffs:
        if operation != 0 and previous_equal:
            changes += 1
        previous_equal = operation == 0
    return changes


def single_witness_report(pages: list[OcrPage]) -> list[str]:
    """Suspected misreadings in each engine's text alone, against the truth."""
    model = word_frequencies()
    lines = []
    for engine in sorted({e for p in pages for e in p.witnesses}):
        tally: dict = defaultdict(int)
        for page in pages:
            if engine in page.witnesses:
                _suspects_on(page.witnesses[engine], page.truth, model, tally)
        real, flags = tally["misread"], tally["flags"]
        hits = tally["flags on misreadings"]
        lines.append(
            f"  {engine:13} misread characters {real:4}  flags {flags:4}"
            f"  recall {hits / max(real, 1):4.2f}  precision {hits / max(flags, 1):4.2f}"
            f"  proposal right {tally['right'] / max(hits, 1):4.2f}"
        )
    clean = sum(len(p.truth) for p in pages)
    false = sum(len(find_suspects(p.truth, model)) for p in pages)
    lines.append(f"  the true texts: {false} flags in {clean} characters (all false)")
    return lines


def _suspects_on(text: str, truth: str, model: WordFrequencies, tally: dict) -> None:
    """Count one text's misread characters, its suspects and those on a misreading."""
    collation = collate([WitnessText("read", text), WitnessText("truth", truth)], "read")
    misread = {}
    for variant in collation.variants:
        read, right = variant.readings["read"], variant.readings["truth"]
        if variant.category in ("text", "script") and len(read.text) == len(right.text):
            for offset, (a, b) in enumerate(zip(read.text, right.text)):
                if a != b:
                    misread[read.start + offset] = b
    tally["misread"] += len(misread)
    for suspect in find_suspects(text, model):
        tally["flags"] += 1
        if suspect.start in misread:
            tally["flags on misreadings"] += 1
            tally["right"] += misread[suspect.start] == suspect.proposal


def report(
    pages: list[OcrPage], count: int, hocr: bool, taught: list[OcrPage] | None = None
) -> list[str]:
    engines = sorted({e for p in pages for e in p.witnesses})
    lines = []
    for chosen in itertools.combinations(engines, count):
        tally: dict = defaultdict(float)
        read = [p for p in pages if all(e in p.witnesses for e in chosen)]
        if taught is None:
            measure(read, chosen, tally, hocr)
        else:
            teaching = [p for p in taught if all(e in p.witnesses for e in chosen)]
            measure(read, chosen, tally, hocr, (teaching, True))
            untaught: dict = defaultdict(float)
            measure(read, chosen, untaught, hocr, (teaching, False))
            for base in chosen:
                tally["untaught", base] = untaught["proposals", base]
        per = 100 / tally["characters", "-"]
        lines.append(
            f"  witnesses {' + '.join(chosen)} ({tally['characters', '-']:.0f} characters)"
        )
        best = min(tally["alone", e] for e in chosen)
        for base in chosen:
            lines.append(
                f"    base {base:13} alone {tally['alone', base] * per:5.2f}"
                f"  proposals {tally['proposals', base] * per:5.2f}"
                f" ({tally['proposals', base] / best:4.2f}x the best engine)"
                f"  after accepting sure {tally['after accepting', base] * per:5.2f}"
                f"  actions {tally['actions', base]:.0f}"
                f" (places to review {tally['to review', base]:.0f})"
            )
        if taught is not None:
            for base in chosen:
                lines.append(
                    f"    base {base:13} proposals after the dev pages were only prepared"
                    f" {tally['untaught', base] * per:5.2f}, decided"
                    f" {tally['proposals', base] * per:5.2f}"
                )
        lines.append(f"    best engine per page (oracle) {tally['oracle', '-'] * per:5.2f}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--split", choices=["dev", "held"], default=None)
    parser.add_argument("--witnesses", default="2,3", help="how many engines a document has")
    parser.add_argument(
        "--format", choices=["txt", "hocr"], default="txt", help="import each engine's text or hOCR"
    )
    parser.add_argument(
        "--taught", action="store_true", help="held pages after the dev pages were decided"
    )
    options = parser.parse_args()
    pages = make_corpus(options.dir)
    if options.taught:
        dev, held = ([p for p in pages if p.split == s] for s in ("dev", "held"))
        for count in (int(n) for n in options.witnesses.split(",")):
            print(f"held after dev decided, {count} witnesses (errors per 100 characters)")
            print("\n".join(report(held, count, options.format == "hocr", dev)))
        return
    for split in [options.split] if options.split else ["dev", "held"]:
        chosen = [p for p in pages if p.split == split]
        for count in (int(n) for n in options.witnesses.split(",")):
            print(f"{split}, {count} witnesses, {len(chosen)} pages (errors per 100 characters)")
            print("\n".join(report(chosen, count, options.format == "hocr")))
        print(f"{split}, one witness: suspected misreadings")
        print("\n".join(single_witness_report(chosen)))


if __name__ == "__main__":
    main()
