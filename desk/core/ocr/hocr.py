"""hOCR (Tesseract's XHTML, or HTML): ocr_page, ocr_carea/ocr_par, ocr_line, ocrx_word."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from xml.etree.ElementTree import Element

from .model import Box, OcrPage, TextBuilder, Word, number
from .safe_xml import local

_LINE_CLASSES = {"ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat", "ocr_footer"}
_VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
    "param",
}


def _classes(element: Element) -> set[str]:
    return set((element.get("class") or "").split())


def is_hocr(root: Element) -> bool:
    if local(root.tag).lower() != "html":
        return False
    return any("ocr_page" in _classes(item) for item in root.iter())


def looks_like_html(head: str) -> bool:
    return "<html" in head.lower()


def _title(element: Element) -> dict[str, str]:
    """hOCR properties: 'bbox 1 2 3 4; x_wconf 93; image "p.png"' → {'bbox': '1 2 3 4', …}."""
    properties: dict[str, str] = {}
    for part in (element.get("title") or "").split(";"):
        key, _, value = part.strip().partition(" ")
        if key:
            properties[key] = value.strip()
    return properties


def _bbox(properties: dict[str, str]) -> Box | None:
    values = [number(v) for v in properties.get("bbox", "").split()]
    if len(values) != 4 or any(v is None for v in values):
        return None
    x0, y0, x1, y1 = (round(v) for v in values)  # type: ignore[arg-type]
    return (x0, y0, x1 - x0, y1 - y0)


def _conf(properties: dict[str, str]) -> float | None:
    value = number(properties.get("x_wconf"))
    return None if value is None else value / 100.0


def _image(properties: dict[str, str]) -> str | None:
    value = properties.get("image", "").strip()
    match = re.fullmatch(r'"(.*)"', value)
    return (match.group(1) if match else value) or None


def _text(element: Element) -> str:
    return "".join(element.itertext())


def read_hocr(root: Element) -> OcrPage:
    builder = TextBuilder()
    pages = [item for item in root.iter() if "ocr_page" in _classes(item)]
    last_region: object = None
    for page in pages:
        # Depth first, in document order, without recursion (hOCR may nest deeply).
        stack: list[tuple[Element, object]] = [(page, page)]
        while stack:
            element, region = stack.pop()
            classes = _classes(element)
            if "ocr_par" in classes or "ocr_carea" in classes:
                region = element
            if not classes & _LINE_CLASSES:
                stack.extend((item, region) for item in reversed(element))
                continue
            words = [
                Word(_text(item), _conf(_title(item)), _bbox(_title(item)))
                for item in element.iter()
                if "ocrx_word" in _classes(item)
            ]
            properties = _title(element)
            if region is not last_region:
                builder.region()
                last_region = region
            builder.line(
                words,
                box=_bbox(properties),
                confidence=_conf(properties),
                text=None if words else _text(element),
            )
    image = width = height = None
    if pages:
        properties = _title(pages[0])
        image = _image(properties)
        box = _bbox(properties)
        if box is not None:
            width, height = box[2], box[3]
    return builder.page("hocr", image, width, height)


class _TreeBuilder(HTMLParser):
    """HTML that is not well-formed XML, built into the same elements as the XML parser's."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("html")
        self._stack = [self.root]
        self._last: Element | None = None  # the element whose tail takes the next text

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "html" and len(self._stack) == 1 and not len(self.root):
            self.root.attrib.update({k: v or "" for k, v in attrs})
            return
        element = Element(tag, {k: v or "" for k, v in attrs})
        self._stack[-1].append(element)
        self._last = None
        if tag not in _VOID:
            self._stack.append(element)
        else:
            self._last = element

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {k: v or "" for k, v in attrs})
        self._stack[-1].append(element)
        self._last = element

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self._stack) - 1, 0, -1):
            if self._stack[depth].tag == tag:
                self._last = self._stack[depth]
                del self._stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        if self._last is not None:
            self._last.tail = (self._last.tail or "") + data
        else:
            parent = self._stack[-1]
            if len(parent):
                parent[-1].tail = (parent[-1].tail or "") + data
            else:
                parent.text = (parent.text or "") + data


def parse_html(data: bytes) -> Element:
    text = data.decode("utf-8", errors="replace")
    builder = _TreeBuilder()
    builder.feed(text)
    builder.close()
    return builder.root
