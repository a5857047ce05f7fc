"""Reading many scans at once (`desk recognise`): one process for each core, each image
written as `<stem>.txt` (and its hOCR beside it when asked) as soon as it is read.

For a whole archive spread over several machines, the same `read_image` is the unit of
work to hand to a cluster scheduler (Dask's `client.map`, or a Ray task per image), each
worker with desk installed; nothing here assumes one machine beyond the output folder.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from desk.core.export.files import write_text_atomically
from desk.core.ocr import read_ocr
from desk.core.ocr.recognise import Engine, RecogniseError, engine_name, page_hocr


@dataclass(frozen=True)
class Recognised:
    image: Path
    written: tuple[Path, ...]  # the files written, the text first
    error: str = ""  # why the image was not read ("" when it was)


def read_image(image: Path, engine: Engine, languages: Sequence[str]) -> bytes:
    """The hOCR one engine makes of one image, in this process."""
    if not image.is_file():
        raise RecogniseError(f"{image} is not a file")
    try:
        return page_hocr(image, engine, languages, lambda done, total: None, own_process=False)
    except RecogniseError:
        raise
    except Exception as error:  # noqa: BLE001 - an image the engine cannot decode, say
        raise RecogniseError(
            f"{engine_name(engine, languages)} could not read {image.name}: {error}"
        ) from None


def output_stems(images: Sequence[Path]) -> list[str]:
    """Each image's file name without its suffix; a name met again gets -2, -3, ...
    (two scans called page.png in two folders)."""
    seen: dict[str, int] = {}
    stems = []
    for image in images:
        count = seen[image.stem] = seen.get(image.stem, 0) + 1
        stems.append(image.stem if count == 1 else f"{image.stem}-{count}")
    return stems


def _write(stem: str, hocr: bytes, out: Path, with_hocr: bool) -> tuple[Path, ...]:
    text = read_ocr(hocr, f"{stem}.hocr").text
    written = [out / f"{stem}.txt"]
    write_text_atomically(written[0], text + "\n")  # a full disk leaves no half a file
    if with_hocr:
        written.append(out / f"{stem}.hocr")
        write_text_atomically(written[1], hocr.decode("utf-8"))
    return tuple(written)


def recognise_files(
    images: Sequence[Path],
    out: Path,
    engine: Engine,
    languages: Sequence[str] = (),
    with_hocr: bool = False,
    jobs: int | None = None,
    progress: Callable[[Recognised, int, int], None] | None = None,
) -> list[Recognised]:
    """Read every image into `out`, `jobs` at a time (every core by default); a bad
    image is reported and the rest go on. `progress(result, done, total)` after each."""
    out.mkdir(parents=True, exist_ok=True)
    workers = max(1, min(jobs or multiprocessing.cpu_count(), len(images)))
    results: list[Recognised] = []

    def done(image: Path, stem: str, read: Callable[[], bytes]) -> None:
        try:
            result = Recognised(image, _write(stem, read(), out, with_hocr))
        except (RecogniseError, OSError) as error:
            result = Recognised(image, (), str(error))
        results.append(result)
        if progress is not None:
            progress(result, len(results), len(images))

    named = list(zip(images, output_stems(images)))
    if workers == 1:  # no second process to start and load the engine in
        for image, stem in named:
            done(image, stem, lambda image=image: read_image(image, engine, languages))
    else:
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            pending = {
                pool.submit(read_image, image, engine, tuple(languages)): (image, stem)
                for image, stem in named
            }
            for future in as_completed(pending):
                done(*pending[future], future.result)
    order = {image: n for n, image in enumerate(images)}
    return sorted(results, key=lambda r: order[r.image])
