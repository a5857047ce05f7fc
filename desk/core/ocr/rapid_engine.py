"""desk's own OCR engine: RapidOCR (PaddleOCR's PP-OCR models, run by ONNX Runtime on the
CPU; the models come inside the package, nothing is fetched). One model reads simplified
and traditional Chinese and Latin script, in horizontal lines.

A page is read in a process of its own, so that Cancel stops it at once and the window
never waits on it; what it read comes back as hOCR (hocr_writer), which the OCR reader
takes in with its line boxes and each character's confidence.
"""

from __future__ import annotations

import importlib.util
import multiprocessing
from collections.abc import Callable
from functools import cache
from multiprocessing.connection import Connection
from pathlib import Path

from desk.core.ocr.hocr_writer import ReadLine, ReadWord, hocr_bytes
from desk.core.ocr.model import Box, is_cjk, union

ENGINE = "RapidOCR"
POLL_SECONDS = 0.2
VERTICAL = 2.0  # a line this many times taller than wide is set vertically
INSTALL_HINT = "Install desk's OCR engine into desk's environment: pip install rapidocr onnxruntime"


class EngineError(Exception):
    """The engine is missing, or could not read the image; the message says which."""


def engine_installed() -> bool:
    return all(importlib.util.find_spec(name) is not None for name in ("rapidocr", "onnxruntime"))


@cache
def _engine():
    """The engine, made once in a process (0.9 s and 300 MB: only where pages are read)."""
    from rapidocr import RapidOCR

    return RapidOCR(params={"Global.log_level": "error"})


def _box(points) -> Box:
    xs = [float(p[0]) for p in points]
    ys = [float(p[1]) for p in points]
    x, y = int(min(xs)), int(min(ys))
    return x, y, max(1, int(max(xs)) - x), max(1, int(max(ys)) - y)


def read_lines(image: Path) -> tuple[list[ReadLine], tuple[int, int]]:
    """The lines RapidOCR reads in the image, in reading order, and the image's size
    (run in this process: `recognise` runs it in another)."""
    found = _engine()(str(image), return_word_box=True)
    height, width = found.img.shape[:2] if found.img is not None else (0, 0)
    if found.boxes is None or found.txts is None:
        return [], (width, height)
    boxes = [_box(points) for points in found.boxes]
    if sum(1 for _, _, w, h in boxes if h > VERTICAL * w) > len(boxes) / 2 and len(boxes) > 2:
        raise EngineError(
            f"{image.name} is set in vertical lines, which desk's engine does not read yet;"
            " use Tesseract with a vertical model (chi_tra_vert)."
        )
    words = found.word_results or [()] * len(boxes)
    lines = []
    for box, text, score, line_words in zip(boxes, found.txts, found.scores, words):
        read = _words(text, line_words)
        if not read and text.strip():
            read = (ReadWord(text, box, float(score)),)
        lines.append(ReadLine(box, float(score), read))
    return lines, (width, height)


def _words(line: str, pieces) -> tuple[ReadWord, ...]:
    """The line's words: each Han character one, as the engine gives them, and a run of
    Latin letters or digits with no space between them in the line ("call", "54.2%")
    one word, its boxes joined and its confidence the least of its characters'."""
    words: list[ReadWord] = []
    at = 0
    for text, score, points in pieces:
        text = text.strip()
        if not text:
            continue
        found = line.find(text, at)
        touching = found == at
        at = found + len(text) if found >= 0 else at
        word = ReadWord(text, _box(points), float(score))
        last = words[-1] if words else None
        if last is not None and touching and not is_cjk(last.text[-1]) and not is_cjk(text[0]):
            joined = union([last.box, word.box])
            assert joined is not None
            word = ReadWord(last.text + text, joined, min(last.confidence, word.confidence))
            words[-1] = word
        else:
            words.append(word)
    return tuple(words)


def page_hocr(image: Path) -> bytes:
    """The hOCR of what RapidOCR reads in the image (in this process)."""
    lines, size = read_lines(image)
    return hocr_bytes(lines, image.name, size, ENGINE)


def _child(image: str, sender: Connection) -> None:
    try:
        sender.send(("read", page_hocr(Path(image))))
    except EngineError as error:
        sender.send(("refused", str(error)))
    except Exception as error:  # noqa: BLE001 - whatever the engine raises is the message
        sender.send(("failed", f"{type(error).__name__}: {error}"))
    finally:
        sender.close()


def recognise(image: Path, progress: Callable[[int, int], None]) -> bytes:
    """The hOCR of `image` read by RapidOCR in a process of its own. `progress(0, 0)` is
    called while it runs; whatever it raises (a cancel) stops the process and is raised
    again. EngineError if the engine cannot read the image."""
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(str(image), sender), daemon=True)
    process.start()
    sender.close()
    try:
        while not receiver.poll(POLL_SECONDS):
            progress(0, 0)
        kind, value = receiver.recv()
    except EOFError:  # the process ended without a word: killed, or out of memory
        process.join()
        raise EngineError(
            f"desk's OCR engine stopped while reading {image.name} (exit code {process.exitcode})"
        ) from None
    except BaseException:
        process.kill()
        process.join()
        raise
    finally:
        receiver.close()
    process.join()
    if kind != "read":
        raise EngineError(f"desk's OCR engine could not read {image.name}: {value}")
    return value
