"""A further witness recognised from the page image by Tesseract, when it is installed.

Tesseract writes hOCR, which the OCR readers take in like any OCR file. Tesseract runs
as its own process, stopped when the editor cancels.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

from desk.core.library.documents import Witness, import_paths, move_witness
from desk.core.library.store import Library
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
    """Tesseract is missing, lacks a language, or could not read the image."""


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
    languages: list[str],
    progress: Callable[[int, int], None],
) -> Witness:
    """Recognise a document's page image (its file, or the copy kept when the file has
    moved) and add the result to its document as a witness whose line boxes are on that
    image ("page (Tesseract chi_sim)")."""
    image = get_image(library, image_id)
    stem = Path(image.path).stem
    with tempfile.TemporaryDirectory() as folder:
        scan = Path(folder) / f"{stem}{Path(image.path).suffix}"
        scan.write_bytes(image_bytes(library, image_id))  # the bytes attached, if kept
        hocr = recognise(scan, languages, progress)
        source = Path(folder) / f"{stem} (Tesseract {'+'.join(languages)}).hocr"
        source.write_bytes(hocr)
        scan.unlink()  # the hOCR names it: not to be attached from a temporary folder
        report = import_paths(library, [source])
    if report.failures:
        raise RecogniseError(report.failures[0].reason)
    if not report.added:
        raise RecogniseError("Tesseract read this page as a witness the library has already")
    witness = report.added[0]
    if witness.document_id != image.document_id:
        witness = move_witness(library, witness.id, image.document_id)
    link_witness(library, image_id, witness.id)
    return witness
