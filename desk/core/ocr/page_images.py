"""Page images attached to a document: the scan an editor checks a reading against.

The library keeps an image's path, checksum, size and pixel size; a copy of its bytes only
when the editor asks for one (scans are large). An image whose file has gone is "moved"
(relink it, or show the kept copy); one whose file is there with other bytes is "changed".
Each action runs in one transaction. Imports image_header and store only; never Qt.
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from desk.core.library.failures import LibraryError, ReadOnly
from desk.core.library.store import Library, now
from desk.core.ocr.image_header import image_size

OK, MOVED, CHANGED = "ok", "moved", "changed"
_CHUNK = 1 << 20


class ImageRefused(LibraryError):
    """A file that cannot be attached as a page image: missing, unreadable, not an image,
    or not the image it should be."""


@dataclass(frozen=True)
class PageImage:
    """One image of a document, with its state now (ok, moved, changed)."""

    id: int
    path: str
    sha256: str
    width: int | None
    height: int | None
    witness_id: int | None  # the OCR witness whose lines are boxes on it
    state: str
    kept_copy: bool = False
    document_id: int = 0


def _regular_file(path: Path) -> os.stat_result:
    """The file's stat; LibraryError for what is missing or not a regular file (a FIFO
    would block the read forever)."""
    try:
        found = path.stat()
    except FileNotFoundError:
        raise ImageRefused(f"{path}: no such file") from None
    except OSError as error:
        raise ImageRefused(f"{path}: cannot be read ({error.strerror or error})") from None
    if not stat.S_ISREG(found.st_mode):
        raise ImageRefused(f"{path}: not a file, so not an image")
    return found


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as file:
            while chunk := file.read(_CHUNK):
                digest.update(chunk)
    except OSError as error:
        raise ImageRefused(f"{path}: cannot be read ({error.strerror or error})") from None
    return digest.hexdigest()


def attach_image(
    library: Library,
    document_id: int,
    path: Path,
    keep_copy: bool = False,
    witness_id: int | None = None,
) -> PageImage:
    """Attach a PNG, JPEG or TIFF file to a document (by its absolute path). The same
    image attached again is the same row: asked for a copy or a witness then, it gains
    them; found at a new path while its old one is gone, it moves there."""
    path = Path(path).absolute()
    found = _regular_file(path)
    size = image_size(path)
    if size is None:
        raise ImageRefused(f"{path}: not a PNG, JPEG or TIFF image (or its header is damaged)")
    sha256 = _sha256(path)
    with library.atomic() as db:
        if db.execute("SELECT 1 FROM documents WHERE id = ?", [document_id]).fetchone() is None:
            raise LibraryError(f"no document {document_id} in {library.path}")
        row = db.execute(
            "SELECT id, path, copy IS NOT NULL, witness_id FROM page_images"
            " WHERE document_id = ? AND sha256 = ?",
            [document_id, sha256],
        ).fetchone()
        if row is None:
            image_id = (
                db["page_images"]
                .insert(
                    {
                        "document_id": document_id,
                        "witness_id": witness_id,
                        "path": str(path),
                        "sha256": sha256,
                        "size": found.st_size,
                        "mtime_ns": found.st_mtime_ns,
                        "width": size[0],
                        "height": size[1],
                        "copy": path.read_bytes() if keep_copy else None,
                        "added_at": now(),
                    }
                )
                .last_pk
            )
        else:
            image_id, old_path, has_copy, old_witness = row
            changes: dict = {}
            if keep_copy and not has_copy:
                changes["copy"] = path.read_bytes()
            if witness_id is not None and old_witness is None:
                changes["witness_id"] = witness_id
            if old_path != str(path) and not Path(old_path).exists():
                changes.update(path=str(path), size=found.st_size, mtime_ns=found.st_mtime_ns)
            if changes:
                db["page_images"].update(image_id, changes)
    return get_image(library, image_id)


_COLUMNS = (
    "id, path, sha256, width, height, witness_id, size, mtime_ns, copy IS NOT NULL, document_id"
)


def page_images(library: Library, document_id: int) -> list[PageImage]:
    """A document's images in the order they were attached, each with its state."""
    rows = library.db.execute(
        f"SELECT {_COLUMNS} FROM page_images WHERE document_id = ? ORDER BY id", [document_id]
    ).fetchall()
    return [_image(library, row) for row in rows]


def get_image(library: Library, image_id: int) -> PageImage:
    """One image with its state."""
    row = library.db.execute(
        f"SELECT {_COLUMNS} FROM page_images WHERE id = ?", [image_id]
    ).fetchone()
    if row is None:
        raise LibraryError(f"no page image {image_id} in {library.path}")
    return _image(library, row)


def _image(library: Library, row: tuple) -> PageImage:
    image_id, path, sha256, width, height, witness_id, size, mtime_ns, kept, document = row
    return PageImage(
        image_id,
        path,
        sha256,
        width,
        height,
        witness_id,
        _state(library, image_id, Path(path), sha256, size, mtime_ns),
        bool(kept),
        document,
    )


def _state(
    library: Library, image_id: int, path: Path, sha256: str, size: int, mtime_ns: int | None
) -> str:
    """ok, moved or changed. The checksum is worked out again only when the file's size
    or time is not what was recorded: a page of thumbnails stays cheap to list."""
    try:
        found = path.stat()
    except OSError:
        return MOVED
    if not stat.S_ISREG(found.st_mode):
        return MOVED
    if found.st_size == size and found.st_mtime_ns == mtime_ns:
        return OK
    if found.st_size != size:
        return CHANGED
    try:
        same = _sha256(path) == sha256
    except ImageRefused:
        return MOVED
    if same:  # touched, not changed: remember the new time so it is not hashed again
        try:
            with library.atomic() as db:
                db["page_images"].update(image_id, {"mtime_ns": found.st_mtime_ns})
        except ReadOnly:
            pass  # hashed again next time
        return OK
    return CHANGED


def link_witness(library: Library, image_id: int, witness_id: int) -> None:
    """Make an OCR witness the one whose lines are boxes on an image that has none."""
    with library.atomic() as db:
        db.execute(
            "UPDATE page_images SET witness_id = ? WHERE id = ? AND witness_id IS NULL",
            [witness_id, image_id],
        )


def image_bytes(library: Library, image_id: int) -> bytes:
    """The image to show: its file's bytes while they are the image attached, else the
    kept copy; a changed file without a copy is still shown (its state says so)."""
    row = library.db.execute(
        "SELECT path, sha256, copy FROM page_images WHERE id = ?", [image_id]
    ).fetchone()
    if row is None:
        raise LibraryError(f"no page image {image_id} in {library.path}")
    path, sha256, copy = row
    try:
        _regular_file(Path(path))
        data = Path(path).read_bytes()
    except (ImageRefused, OSError):
        data = None
    if data is not None and (copy is None or hashlib.sha256(data).hexdigest() == sha256):
        return data
    if copy is not None:
        return bytes(copy)
    raise LibraryError(
        f"{path}: the page image is no longer there and no copy was kept; relink it to"
        " where the file is now"
    )


def relink_image(library: Library, image_id: int, new_path: Path) -> PageImage:
    """Point an image at where its file is now; a file with other bytes is refused as a
    different image."""
    image = get_image(library, image_id)
    new_path = Path(new_path).absolute()
    found = _regular_file(new_path)
    if _sha256(new_path) != image.sha256:
        raise ImageRefused(
            f"{new_path}: a different image from the one attached ({Path(image.path).name}):"
            " its checksum does not match, so it was not linked"
        )
    with library.atomic() as db:
        db["page_images"].update(
            image_id, {"path": str(new_path), "size": found.st_size, "mtime_ns": found.st_mtime_ns}
        )
    return get_image(library, image_id)


def remove_image(library: Library, image_id: int) -> None:
    """Take an image (and its kept copy) from its document; the file is not touched."""
    get_image(library, image_id)
    with library.atomic() as db:
        db.execute("DELETE FROM page_images WHERE id = ?", [image_id])


IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff")


def find_page_image(ocr_path: Path, named: str | None) -> Path | None:
    """The image an OCR file names, looked for beside the OCR file: as named (a relative
    path, or the file name alone of a path from another machine), else the same stem with
    an image suffix, for the image's name and then the OCR file's own. A file found by the
    name given is the answer even if it turns out damaged: another image that happens to
    share its stem is not the page the OCR was read from."""
    folder = Path(ocr_path).absolute().parent
    stems = []
    if named:
        named = named.strip().removeprefix("file://")
        base = named.replace("\\", "/").rsplit("/", 1)[-1]
        as_named = [folder / base] if Path(named).is_absolute() else [folder / named, folder / base]
        for candidate in as_named:
            if candidate.is_file():
                return candidate
        stems.append(Path(base).stem)
    stems.append(Path(ocr_path).stem)
    for stem in stems:
        for suffix in IMAGE_SUFFIXES:
            for candidate in (folder / (stem + suffix), folder / (stem + suffix.upper())):
                if candidate.is_file() and image_size(candidate) is not None:
                    return candidate
    return None
