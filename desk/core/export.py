"""Write curated texts out as clean UTF-8 `.txt` files, one per document.

File names come from document titles: Chinese kept, nothing a file system forbids, no
path traversal, no two documents on one name. Imports curate, library and store only.
"""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from desk.core.curate import curated_text
from desk.core.library import list_documents
from desk.core.store import Library

# Characters Windows forbids in names (macOS forbids ":" and "/" of these), and controls.
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_WINDOWS_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$", re.IGNORECASE)
NAME_LENGTH = 80  # characters; 80 CJK characters are 240 bytes, under every system's 255


def safe_filename(title: str, taken: set[str], suffix: str = ".txt") -> str:
    """A file name for a title, unique among `taken` (compared case-insensitively); adds it."""
    name = unicodedata.normalize("NFC", title)
    name = re.sub(r"\s+", " ", name)
    name = _FORBIDDEN.sub("_", name).strip(" .")
    name = name[:NAME_LENGTH].rstrip(" .")
    if not name or set(name) <= {"_", "."}:
        name = "untitled"
    if _WINDOWS_RESERVED.match(name):
        name = f"_{name}"
    candidate, number = name + suffix, 2
    while candidate.casefold() in taken:
        candidate, number = f"{name} ({number}){suffix}", number + 1
    taken.add(candidate.casefold())
    return candidate


def unify_line_endings(text: str) -> str:
    """Text with every CRLF and CR line ending written as LF; nothing else changed."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def write_text_atomically(path: Path, text: str) -> None:
    """Write UTF-8 text so that a crash or a full disk never leaves half a file behind."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".desk-", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def export_texts(
    library: Library, out_dir: Path, document_ids: Iterable[int] | None = None
) -> list[Path]:
    """Write each document's curated text to `out_dir/<title>.txt`; return the files written.

    A file of the same name from an earlier export is replaced.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    wanted = None if document_ids is None else set(document_ids)
    taken: set[str] = set()
    written = []
    for document in list_documents(library):
        if wanted is not None and document.id not in wanted:
            continue
        path = out_dir / safe_filename(document.title, taken)
        write_text_atomically(path, unify_line_endings(curated_text(library, document.id)))
        written.append(path)
    return written
