"""Write documents out: clean UTF-8 text, TEI, CSV apparatus and log, annotations.

File names come from document titles: Chinese kept, nothing a file system forbids, no
path traversal, no two documents on one name; every format of a document shares its
name. Imports apparatus, web_annotations, review, library and store.
"""

from __future__ import annotations

import getpass
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from desk.core.export.apparatus import apparatus_csv, decision_log_csv, tei_document
from desk.core.export.web_annotations import annotations_collection
from desk.core.library.documents import Document, list_documents, witness_text
from desk.core.library.store import Library
from desk.core.review.history import load_steps
from desk.core.review.opening import read_state
from desk.core.review.state import ReviewState
from desk.core.text.line_endings import unify_line_endings

# Characters Windows forbids in names (macOS forbids ":" and "/" of these), and controls.
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_WINDOWS_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$", re.IGNORECASE)
# A file name may take 255 bytes on every common file system: room is left for the
# longest suffix (.annotations.json) and a " (99)" that keeps two titles apart.
NAME_BYTES = 255 - len(".annotations.json") - len(" (999)")


def safe_filename(title: str, taken: set[str], suffix: str = ".txt") -> str:
    """A file name for a title, unique among `taken` (compared case-insensitively); adds it."""
    name = unicodedata.normalize("NFC", title)
    name = re.sub(r"\s+", " ", name)
    name = _FORBIDDEN.sub("_", name).strip(" .")
    name = name.encode("utf-8")[:NAME_BYTES].decode("utf-8", errors="ignore").rstrip(" .")
    if not name or set(name) <= {"_", "."}:
        name = "untitled"
    if _WINDOWS_RESERVED.match(name):
        name = f"_{name}"
    candidate, number = name + suffix, 2
    while candidate.casefold() in taken:
        candidate, number = f"{name} ({number}){suffix}", number + 1
    taken.add(candidate.casefold())
    return candidate


def write_text_atomically(path: Path, text: str) -> None:
    """Write UTF-8 text so that a crash or a full disk never leaves half a file behind."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".desk-", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
        os.chmod(temporary, FILE_MODE)  # mkstemp makes 600: exports are shared files
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _file_mode() -> int:
    """The mode a new file gets here: 666 less the process's umask (644 as a rule). Read
    once, when the module loads: reading the umask means setting it for a moment."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


FILE_MODE = _file_mode()


FORMATS = ("txt", "tei", "csv", "annotations")
# What each format writes, after the document's file name.
SUFFIXES = {
    "txt": (".txt",),
    "tei": (".tei.xml",),
    "csv": (".apparatus.csv", ".decisions.csv"),
    "annotations": (".annotations.json",),
}


def _review(library: Library, document: Document) -> ReviewState | None:
    """The document's review now, for its apparatus; None for a document of no witness."""
    if not document.witnesses:
        return None
    return read_state(library, document.id, getpass.getuser())


def _only_text(library: Library, document: Document) -> str:
    """The text of a document with one witness (or none): that witness as read."""
    return witness_text(library, document.witnesses[0].id) if document.witnesses else ""


def _render(
    suffix: str,
    library: Library,
    document: Document,
    curated: str,
    state: ReviewState | None,
    name: str,
) -> str:
    """The content of one exported file, by its suffix."""
    if suffix == ".txt":
        return text_file(curated)
    if suffix == ".tei.xml":
        return tei_document(state, document, curated, library)
    if suffix == ".apparatus.csv":
        return apparatus_csv(state, document)
    if suffix == ".decisions.csv":
        history = load_steps(library, document.id) if state is not None else []
        return decision_log_csv(state, history)
    return annotations_collection(library, document, curated, name + ".txt")


def text_file(curated: str) -> str:
    """The curated text as a text file: LF line endings, and a line end after the last
    line, as text files have (offsets into the curated text stay offsets into it)."""
    text = unify_line_endings(curated)
    return text if text == "" or text.endswith("\n") else text + "\n"


def export_documents(
    library: Library,
    out_dir: Path,
    formats: Iterable[str] = ("txt",),
    document_ids: Iterable[int] | None = None,
) -> list[Path]:
    """Write each document in the chosen formats to `out_dir`; return the files written.

    Files are named after the document's title: `<title>.txt`, `.tei.xml`,
    `.apparatus.csv`, `.decisions.csv`, `.annotations.json`. Files of the same name from
    an earlier export are replaced.
    """
    chosen = [f for f in FORMATS if f in set(formats)]
    unknown = set(formats) - set(FORMATS)
    if unknown:
        raise ValueError(f"unknown export format(s): {', '.join(sorted(unknown))}")
    out_dir.mkdir(parents=True, exist_ok=True)
    wanted = None if document_ids is None else set(document_ids)
    taken: set[str] = set()
    written = []
    for document in list_documents(library):
        if wanted is not None and document.id not in wanted:
            continue
        name = safe_filename(document.title, taken, suffix="")
        state = _review(library, document)
        curated = state.text() if state is not None else _only_text(library, document)
        for format_ in chosen:
            for suffix in SUFFIXES[format_]:
                path = out_dir / (name + suffix)
                content = _render(suffix, library, document, curated, state, name)
                write_text_atomically(path, content)
                written.append(path)
    return written


def export_texts(
    library: Library, out_dir: Path, document_ids: Iterable[int] | None = None
) -> list[Path]:
    """Write each document's curated text to `out_dir/<title>.txt`; return the files written."""
    return export_documents(library, out_dir, ("txt",), document_ids)
