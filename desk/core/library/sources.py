"""Read transcription files: detect their encoding, decode them, or say clearly why not.

Uses the standard library, charset-normalizer and desk.core.ocr only (no Qt, no store).
The decoded text is kept exactly as decoded: line endings (CRLF, CR) are not changed.
An OCR file (ALTO, PAGE, hOCR) is read for its text in reading order and its lines.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desk.core.text.common_hanzi import COMMON_HANZI

if TYPE_CHECKING:
    from desk.core.ocr import OcrPage

# Longest BOM first: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# GB2312 and GBK are subsets of GB18030, so decoding as the superset never loses a character.
# Big5 files in the wild are often Microsoft's cp950 or Hong Kong's HKSCS extension.
_FAMILIES = {
    "gb2312": ("gb18030",),
    "gbk": ("gb18030",),
    "big5": ("big5", "cp950", "big5hkscs"),
    "cp950": ("cp950", "big5hkscs"),
}
# Control characters other than \t \n \v \f \r, and the two noncharacters.
_NOT_TEXT = re.compile("[\x00-\x08\x0e-\x1f\ufffe\uffff]")
MIN_HAN_TO_GUESS = 10
COMMON_SHARE = 0.4
BROKEN_UTF8_MOST = 3  # characters a file may lose and still be UTF-8 that was damaged
READABLE_SHARE = 0.6  # of a UTF-16/32 decoding's characters, for it to be the right one
# Suffixes taken when a folder is imported; a file named on its own is always tried.
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
# Taken from a folder too when their first bytes read as ALTO, PAGE or hOCR.
OCR_SUFFIXES = frozenset({".xml", ".hocr", ".html", ".htm", ".xhtml"})
_SNIFF_BYTES = 8192
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")


class SourceError(Exception):
    """A file that could not be read as text, with the reason in words an editor understands."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


@dataclass(frozen=True)
class SourceText:
    """One file's text exactly as decoded, with where it came from."""

    path: Path
    text: str
    encoding: str
    sha256: str
    ocr: OcrPage | None = None  # the lines and page of an OCR file; text is ocr.text


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode a file's bytes; return (text, encoding name) or raise ValueError with the reason."""
    if not data:
        raise ValueError("the file is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict_decode(data, encoding), encoding
    if b"\x00" in data:
        found = _wide_without_bom(data)
        if found is None:
            raise ValueError("not a text file (it contains NUL bytes: binary data?)")
        return found
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        _refuse_broken_utf8(data, error)
    else:
        return _hz(data, text) or (text, "utf-8")
    found = _guess_legacy_chinese(data)
    if found is not None:
        return found
    import charset_normalizer  # 25 ms to import; UTF-8 files never need it

    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise ValueError(
            "unknown encoding (not UTF-8, UTF-16, GB18030/GBK, Big5/HKSCS or another common one)"
        )
    detected = codecs.lookup(best.encoding).name
    candidates = _FAMILIES.get(detected, (detected,))
    for encoding in candidates[:-1]:
        try:
            return _strict_decode(data, encoding), encoding
        except ValueError:
            continue
    return _strict_decode(data, candidates[-1]), candidates[-1]


def _refuse_broken_utf8(data: bytes, error: UnicodeDecodeError) -> None:
    """UTF-8 but for a character or two: say where, rather than guess another encoding
    and show mojibake."""
    if data.decode("utf-8", errors="replace").count("\ufffd") > BROKEN_UTF8_MOST:
        return
    if error.reason == "unexpected end of data":
        raise ValueError(
            f"UTF-8 with an incomplete character at byte {error.start:,}: the file was cut"
            " short (copy it again from where it came from)"
        )
    raise ValueError(f"UTF-8 with an invalid byte at byte {error.start:,}: the file is damaged")


def _wide_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 or UTF-32 without a byte-order mark, when only one byte order reads as text."""
    readable = []
    for encoding, width in (("utf-32-le", 4), ("utf-32-be", 4), ("utf-16-le", 2), ("utf-16-be", 2)):
        if len(data) % width:
            continue
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _readable_share(text) >= READABLE_SHARE:
            readable.append((text, encoding))
    if len({encoding[:6] for _, encoding in readable}) > 1 or len(readable) > 2:
        raise ValueError("UTF-16 or UTF-32 without a byte-order mark: its byte order is unclear")
    if not readable:
        return None
    text, encoding = readable[0]
    return text, f"{encoding} (no byte-order mark)"


def _readable_share(text: str) -> float:
    """The share of characters that real text is mostly made of: printable ASCII, white
    space, the commonest Han characters and Chinese punctuation."""
    if not text:
        return 0.0
    plain = sum(
        1
        for ch in text
        if " " <= ch <= "~"
        or ch in "\t\r\n"
        or ch in COMMON_HANZI
        or "\u3000" <= ch <= "\u303f"
        or "\uff00" <= ch <= "\uffef"
    )
    return plain / len(text)


def _hz(data: bytes, text: str) -> tuple[str, str] | None:
    """HZ, the 7-bit encoding of GB2312 in old e-mail and Usenet posts (~{...~})."""
    if "~{" not in text or "~}" not in text:
        return None
    try:
        decoded = data.decode("hz")
    except UnicodeDecodeError:
        return None
    han = [ch for ch in decoded if "\u4e00" <= ch <= "\u9fff"]
    if len(han) < MIN_HAN_TO_GUESS:
        return None
    return (
        (decoded, "hz")
        if sum(ch in COMMON_HANZI for ch in han) >= COMMON_SHARE * len(han)
        else None
    )


def _guess_legacy_chinese(data: bytes) -> tuple[str, str] | None:
    """GB18030 or Big5 (with Hong Kong's HKSCS characters), whichever reads as real
    Chinese; None if neither does or the text has too little Chinese to tell.

    Nearly any bytes decode as GB18030, and Big5-HKSCS bytes among them, so each decoding
    is judged by the share of its Han characters that are among the most common ones:
    about 3 in 4 in real text, far fewer in mojibake.
    """
    best: tuple[float, str, str] | None = None
    for encoding in ("gb18030", "big5hkscs", "cp950"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        han = [ch for ch in text if "\u4e00" <= ch <= "\u9fff"]
        if len(han) < MIN_HAN_TO_GUESS:
            continue
        share = sum(ch in COMMON_HANZI for ch in han) / len(han)
        if share >= COMMON_SHARE and (best is None or share > best[0]):
            best = (share, text, encoding)
    return None if best is None else (best[1], best[2])


def _strict_decode(data: bytes, encoding: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise ValueError(f"not valid {encoding} at byte {error.start}") from None
    return text.removeprefix("\ufeff")


def _check_is_text(text: str) -> None:
    if not text.strip():
        raise ValueError("the file is empty (only white space)")
    controls = len(_NOT_TEXT.findall(text))
    if controls > max(2, len(text) // 100):
        raise ValueError("not a text file (it is full of control characters)")


_NOT_FILES = (
    (stat.S_ISFIFO, "is a pipe (FIFO), not a file: it was not read"),
    (stat.S_ISCHR, "is a device, not a file: it was not read"),
    (stat.S_ISBLK, "is a device, not a file: it was not read"),
    (stat.S_ISSOCK, "is a socket, not a file: it was not read"),
)


def _check_is_a_file(path: Path) -> None:
    """Refuse what is not a regular file before opening it: reading a FIFO waits forever."""
    mode = path.stat().st_mode
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(path)
    for test, reason in _NOT_FILES:
        if test(mode):
            raise SourceError(path, reason)


def decoded_text(path: Path) -> tuple[str, str, bytes]:
    """A file's text, its encoding and its bytes (an OCR file's text in reading order);
    SourceError with a clear reason when it cannot be read or is not text."""
    data = _file_bytes(path)
    from desk.core.ocr import looks_like_ocr

    if looks_like_ocr(data):
        return _read_ocr(path, data).text, _markup_encoding(data), data
    try:
        text, encoding = decode_bytes(data)
        _check_is_text(text)
    except ValueError as error:
        raise SourceError(path, str(error)) from None
    return text, encoding, data


def read_source(path: Path) -> SourceText:
    """Read and decode one file for the library, with the sha256 of its bytes; an OCR
    file gives its text in reading order and its lines."""
    import hashlib  # loads OpenSSL: `desk collate`, which needs no hash, does without

    data = _file_bytes(path)
    sha256 = hashlib.sha256(data).hexdigest()
    from desk.core.ocr import looks_like_ocr

    if looks_like_ocr(data):
        page = _read_ocr(path, data)
        return SourceText(path, page.text, _markup_encoding(data), sha256, page)
    try:
        text, encoding = decode_bytes(data)
        _check_is_text(text)
    except ValueError as error:
        raise SourceError(path, str(error)) from None
    return SourceText(path=path, text=text, encoding=encoding, sha256=sha256)


def _read_ocr(path: Path, data: bytes) -> OcrPage:
    """An OCR file's page; SourceError with the reader's reason (a malformed or unsafe
    file, no text in it)."""
    from desk.core.ocr import OcrError, read_ocr

    try:
        page = read_ocr(data, path.name)
    except OcrError as error:
        reason = str(error).removeprefix(f"{path.name}: ")
        raise SourceError(path, reason) from None
    if not page.text.strip():
        raise SourceError(path, f"an OCR file ({page.format}) without any text lines")
    return page


def _markup_encoding(data: bytes) -> str:
    """The encoding an XML or HTML file's bytes are in: its byte-order mark, else the one
    its XML declaration names, else UTF-8 (what XML and desk's hOCR reader assume)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    declared = _XML_ENCODING.match(data[:_SNIFF_BYTES])
    if declared:
        try:
            return codecs.lookup(declared.group(1).decode("ascii")).name
        except LookupError:
            return declared.group(1).decode("ascii")
    return "utf-8"


def _file_bytes(path: Path) -> bytes:
    try:
        _check_is_a_file(path)
        return path.read_bytes()
    except IsADirectoryError:
        raise SourceError(path, "is a folder, not a file") from None
    except FileNotFoundError:
        raise SourceError(path, "no such file") from None
    except OSError as error:
        raise SourceError(path, f"cannot be read ({error.strerror or error})") from None


def _is_ocr_file(path: Path) -> bool:
    """Whether a file in a folder is OCR output (its first bytes), not any XML or HTML."""
    from desk.core.ocr import looks_like_ocr

    try:
        with open(path, "rb") as file:
            return looks_like_ocr(file.read(_SNIFF_BYTES))
    except OSError:
        return False


def expand_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Files named directly, then the text and OCR files inside named folders
    (recursively, sorted)."""
    for path in paths:
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    candidate = Path(root) / name
                    if name.startswith("."):
                        continue
                    suffix = candidate.suffix.lower()
                    if suffix in TEXT_SUFFIXES or (
                        suffix in OCR_SUFFIXES and candidate.is_file() and _is_ocr_file(candidate)
                    ):
                        yield candidate
        else:
            yield path
