"""OCR output with coordinates: ALTO, PAGE and hOCR files read into text and line boxes.

read_ocr(data, name) gives an OcrPage: the text in reading order (a blank line between
regions, a line break between lines, CJK characters joined without spaces) and each line's
range in it, its box on the page and its confidence. XML is parsed with defusedxml: a DTD
that declares entities, or an external entity, is refused.
"""

from __future__ import annotations

import re

from .alto import is_alto, read_alto
from .hocr import is_hocr, looks_like_html, parse_html, read_hocr
from .model import OcrError, OcrLine, OcrPage, is_cjk
from .page import is_page, read_page
from .safe_xml import MalformedXml, local, parse

__all__ = ["OcrError", "OcrLine", "OcrPage", "is_cjk", "looks_like_ocr", "read_ocr"]

_SNIFF_BYTES = 8192
# The root element of ALTO or PAGE (with or without a prefix), or hOCR's classes and metadata.
_MARKS = re.compile(
    r"<(?:[\w.-]+:)?(?:alto|pcgts)[\s>/]|loc\.gov/standards/alto|primaresearch\.org/page"
    r"|\bocr_page\b|\bocr-system\b|\bocr-capabilities\b|\bocrx_word\b"
)


def _head(data: bytes, size: int = _SNIFF_BYTES) -> str:
    head = data[:size]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", errors="ignore")
    return head.decode("utf-8", errors="ignore")


def looks_like_ocr(data: bytes) -> bool:
    """A cheap look at the first few KB: does this read as ALTO, PAGE or hOCR?"""
    head = _head(data).lower()
    return _MARKS.search(head) is not None


def read_ocr(data: bytes, name: str) -> OcrPage:
    """The OCR file's text and lines; OcrError naming the file for anything it cannot read."""
    try:
        root = parse(data, name)
    except MalformedXml:
        # hOCR need not be XHTML: HTML that is not well-formed XML goes to html.parser. A
        # refused DTD stays refused.
        if not looks_like_html(_head(data)):
            raise
        root = None
    try:
        if root is None:
            root = parse_html(data)
            if not is_hocr(root):
                raise OcrError(f"{name}: HTML without hOCR (no ocr_page)")
            return read_hocr(root)
        if is_alto(root):
            return read_alto(root)
        if is_page(root):
            return read_page(root)
        if is_hocr(root):
            return read_hocr(root)
    except OcrError:
        raise
    except Exception as exc:  # a reader's slip must reach the user as a message, not a trace
        problem = f"{type(exc).__name__}: {exc}"
    else:
        raise OcrError(f"{name}: not ALTO, PAGE or hOCR (root element <{local(root.tag)}>)")
    raise OcrError(f"{name}: could not be read as OCR ({problem})")
