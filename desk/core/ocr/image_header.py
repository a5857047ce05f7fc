"""The size of a page image in pixels, read from its file header (PNG, JPEG, TIFF).

Standard library only: the header holds the width and height, so no image library is
needed to know them, and nothing is decoded. Anything else, or a damaged header, is None.
"""

from __future__ import annotations

import struct
from pathlib import Path
from typing import BinaryIO

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# JPEG start-of-frame markers: SOF0-SOF15 but DHT (C4), JPG (C8) and DAC (CC).
_JPEG_SOF = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}
_TIFF_WIDTH, _TIFF_LENGTH = 256, 257
_TIFF_MAX_ENTRIES = 4096  # a real IFD has a few dozen; more is a damaged file
_MAX_SIDE = 1 << 20


def image_kind(head: bytes) -> str | None:
    """ "png", "jpeg" or "tiff" from a file's first bytes; None for anything else."""
    if head.startswith(PNG_SIGNATURE):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "tiff"
    return None


def image_size(path: Path) -> tuple[int, int] | None:
    """(width, height) in pixels of a PNG, JPEG or TIFF file; None if it is none of
    those, or its header is damaged or cannot be read."""
    try:
        with open(path, "rb") as file:
            return _size(file)
    except (OSError, struct.error, ValueError):
        return None


def _size(file: BinaryIO) -> tuple[int, int] | None:
    kind = image_kind(file.read(8))
    file.seek(0)
    if kind == "png":
        found = _png(file)
    elif kind == "jpeg":
        found = _jpeg(file)
    elif kind == "tiff":
        found = _tiff(file)
    else:
        return None
    if found is None or not all(0 < side <= _MAX_SIDE for side in found):
        return None
    return found


def _png(file: BinaryIO) -> tuple[int, int] | None:
    """The IHDR chunk, always first: length, b"IHDR", width, height (big-endian)."""
    data = file.read(24)
    if len(data) < 24 or data[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", data[16:24])


def _jpeg(file: BinaryIO) -> tuple[int, int] | None:
    """Walk the marker segments to the first start-of-frame: precision, height, width."""
    file.seek(2)
    while True:
        byte = file.read(1)
        while byte and byte != b"\xff":  # stray bytes between segments
            byte = file.read(1)
        while byte == b"\xff":  # fill bytes
            byte = file.read(1)
        if not byte:
            return None
        marker = byte[0]
        if marker in (0x01, *range(0xD0, 0xD8)):  # standalone markers: no length
            continue
        if marker in (0xD9, 0xDA):  # end of image, start of scan: no frame header met
            return None
        (length,) = struct.unpack(">H", file.read(2))
        if length < 2:
            return None
        if marker in _JPEG_SOF:
            header = file.read(5)
            if len(header) < 5:
                return None
            height, width = struct.unpack(">HH", header[1:5])
            return width, height
        file.seek(length - 2, 1)


def _tiff(file: BinaryIO) -> tuple[int, int] | None:
    """The first IFD's ImageWidth and ImageLength (SHORT or LONG), in either byte order."""
    header = file.read(8)
    order = "<" if header[:2] == b"II" else ">"
    (offset,) = struct.unpack(order + "I", header[4:8])
    file.seek(offset)
    (count,) = struct.unpack(order + "H", file.read(2))
    if count > _TIFF_MAX_ENTRIES:
        return None
    entries = file.read(12 * count)
    found: dict[int, int] = {}
    for at in range(0, len(entries) - 11, 12):
        tag, kind, number = struct.unpack(order + "HHI", entries[at : at + 8])
        if tag not in (_TIFF_WIDTH, _TIFF_LENGTH) or number != 1:
            continue
        value = entries[at + 8 : at + 12]
        if kind == 3:  # SHORT, left-justified in the value field
            found[tag] = struct.unpack(order + "H", value[:2])[0]
        elif kind == 4:  # LONG
            found[tag] = struct.unpack(order + "I", value)[0]
    if _TIFF_WIDTH not in found or _TIFF_LENGTH not in found:
        return None
    return found[_TIFF_WIDTH], found[_TIFF_LENGTH]
