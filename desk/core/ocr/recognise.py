"""A further witness recognised from the page image: by desk's own engine (RapidOCR,
rapid_engine) or by Tesseract, when it is installed.

Each engine's reading comes as hOCR, which the OCR readers take in like any OCR file,
with its line boxes and confidences. Each runs as a process of its own, stopped when
the editor cancels.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Callable, Sequence
from enum import Enum
from pathlib import Path

from desk.core.library.documents import Witness, import_paths, move_witness, rename_witness
from desk.core.library.store import Library
from desk.core.ocr import rapid_engine
from desk.core.ocr.page_images import get_image, image_bytes, link_witness

TESSERACT = "tesseract"
POLL_SECONDS = 0.2
# The languages an editor of Chinese pages reaches for first, as Tesseract names them.
USUAL_LANGUAGES = ("chi_sim", "chi_tra", "eng")
INSTALL_HINT = (
    "Install Tesseract and its Chinese models: on Debian or Ubuntu "
    "`sudo apt install tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-chi-tra`; "
    "on macOS `brew install tesseract tesseract-lang`."
)


class RecogniseError(Exception):
    """The engine is missing, lacks a language, or could not read the image."""


class Engine(Enum):
    """An OCR engine desk can read a page image with."""

    RAPIDOCR = "rapidocr"  # desk's own: simplified and traditional Chinese, Latin script
    TESSERACT = "tesseract"  # when installed, in the languages it has models for


def available_engines() -> list[Engine]:
    """The engines installed here, desk's own first."""
    found = [Engine.RAPIDOCR] if rapid_engine.engine_installed() else []
    return found + ([Engine.TESSERACT] if tesseract_path() is not None else [])


def engine_name(engine: Engine, languages: Sequence[str] = ()) -> str:
    """How the engine's witness is named: "RapidOCR", "Tesseract chi_sim"."""
    if engine == Engine.RAPIDOCR:
        return rapid_engine.ENGINE
    return f"Tesseract {'+'.join(languages)}"


def page_hocr(
    image: Path,
    engine: Engine,
    languages: Sequence[str],
    progress: Callable[[int, int], None],
    own_process: bool = True,
) -> bytes:
    """The hOCR the engine makes of the image (Tesseract in `languages`); desk's engine
    in a process of its own unless `own_process` is false (a worker of a pool)."""
    if engine == Engine.TESSERACT:
        return recognise(image, list(languages), progress)
    if not rapid_engine.engine_installed():
        raise RecogniseError(f"desk's OCR engine is not installed. {rapid_engine.INSTALL_HINT}")
    try:
        if own_process:
            return rapid_engine.recognise(image, progress)
        return rapid_engine.page_hocr(image)
    except rapid_engine.EngineError as error:
        raise RecogniseError(str(error)) from None


def tesseract_path() -> str | None:
    """Where Tesseract is, or None when it is not installed."""
    return shutil.which(TESSERACT)


def installed_languages() -> list[str]:
    """The languages Tesseract has models for (empty without Tesseract)."""
    program = tesseract_path()
    if program is None:
        return []
    done = subprocess.run([program, "--list-langs"], capture_output=True, text=True, check=False)
    lines = done.stdout.splitlines()[1:]  # the first line names the models' folder
    return [line.strip() for line in lines if line.strip() and line.strip() != "osd"]


def recognise(
    image: Path,
    languages: list[str],
    progress: Callable[[int, int], None],
    output: str = "hocr",
) -> bytes:
    """The hOCR (or `output` "alto") Tesseract makes of `image` in `languages`
    (e.g. ["chi_sim", "eng"]).

    `progress(0, 0)` is called while it runs; whatever it raises (a cancel) stops
    Tesseract and is raised again."""
    program = tesseract_path()
    if program is None:
        raise RecogniseError(f"Tesseract is not installed. {INSTALL_HINT}")
    missing = [code for code in languages if code not in installed_languages()]
    if missing:
        raise RecogniseError(f"Tesseract has no model for {', '.join(missing)}. {INSTALL_HINT}")
    command = [program, str(image), "stdout", "-l", "+".join(languages), output]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    while True:
        try:
            output, errors = process.communicate(timeout=POLL_SECONDS)
            break
        except subprocess.TimeoutExpired:
            try:
                progress(0, 0)
            except BaseException:
                process.kill()
                process.communicate()
                raise
    if process.returncode != 0 or not output.strip():
        reason = errors.decode("utf-8", "replace").strip().splitlines()
        raise RecogniseError(
            f"Tesseract could not read {image.name}: {reason[-1] if reason else 'no output'}"
        )
    return output


def recognise_into(
    library: Library,
    image_id: int,
    languages: Sequence[str],
    progress: Callable[[int, int], None],
    engine: Engine = Engine.TESSERACT,
) -> Witness:
    """Recognise a document's page image (its file, or the copy kept when the file has
    moved) and add the result to its document as a witness whose line boxes are on that
    image, named after its engine ("RapidOCR", "Tesseract chi_sim")."""
    image = get_image(library, image_id)
    stem = Path(image.path).stem
    name = engine_name(engine, languages)
    with tempfile.TemporaryDirectory() as folder:
        scan = Path(folder) / f"{stem}{Path(image.path).suffix}"
        scan.write_bytes(image_bytes(library, image_id))  # the bytes attached, if kept
        hocr = page_hocr(scan, engine, languages, progress)
        source = Path(folder) / f"{stem} ({name}).hocr"
        source.write_bytes(hocr)
        scan.unlink()  # the hOCR names it: not to be attached from a temporary folder
        report = import_paths(library, [source])
    if report.failures:
        raise RecogniseError(report.failures[0].reason)
    if not report.added:
        raise RecogniseError(f"{name} read this page as a witness the library has already")
    witness = report.added[0]
    if witness.document_id != image.document_id:
        witness = move_witness(library, witness.id, image.document_id)
    link_witness(library, image_id, witness.id)
    # Named after its engine alone, so that reasons say "RapidOCR read ..." and the
    # engine's record is pooled over every page it read (source_reliability).
    return rename_witness(library, witness.id, name)
