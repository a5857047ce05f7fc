"""ALTO XML (v2 to v4, or without a namespace): TextBlock, TextLine, String, SP, HYP."""

from __future__ import annotations

from xml.etree.ElementTree import Element

from .model import Box, OcrPage, TextBuilder, Word, integer, mean, number
from .safe_xml import child, descendants, local

# Where a page's blocks sit, in the order they are read: the header, the margins beside the
# text, the text, the footer.
_PAGE_PARTS = ("TopMargin", "LeftMargin", "PrintSpace", "RightMargin", "BottomMargin")


def is_alto(root: Element) -> bool:
    return local(root.tag).lower() == "alto"


def _box(element: Element) -> Box | None:
    values = [integer(element.get(key)) for key in ("HPOS", "VPOS", "WIDTH", "HEIGHT")]
    if any(value is None for value in values):
        return None
    return tuple(values)  # type: ignore[return-value]


def _confidence(string: Element) -> float | None:
    """WC (0..1) where given, else the mean of CC's digits (0 best, 9 worst)."""
    word = number(string.get("WC"))
    if word is not None:
        return word
    digits = [int(c) for c in (string.get("CC") or "") if c.isdigit()]
    average = mean([float(d) for d in digits])
    return None if average is None else 1.0 - average / 9.0


def _blocks(page: Element) -> list[Element]:
    parts = {local(item.tag): item for item in page if local(item.tag) in _PAGE_PARTS}
    ordered = [parts[name] for name in _PAGE_PARTS if name in parts]
    ordered += [item for item in page if local(item.tag) not in _PAGE_PARTS]
    blocks: list[Element] = []
    for part in ordered:
        if local(part.tag) == "TextBlock":
            blocks.append(part)
        else:
            blocks.extend(descendants(part, "TextBlock"))
    return blocks


def _words(line: Element) -> list[Word]:
    words: list[Word] = []
    for item in line:
        name = local(item.tag)
        if name == "String":
            words.append(Word(item.get("CONTENT") or "", _confidence(item), _box(item)))
        elif name == "HYP":
            words.append(Word(item.get("CONTENT") or "-", attached=True))
    return words


def read_alto(root: Element) -> OcrPage:
    image = None
    description = child(root, "Description")
    if description is not None:
        for info in descendants(description, "sourceImageInformation"):
            name = child(info, "fileName")
            if name is not None and (name.text or "").strip():
                image = name.text.strip()
                break
    layout = child(root, "Layout")
    pages = descendants(layout, "Page") if layout is not None else []
    builder = TextBuilder()
    for page in pages:
        for block in _blocks(page):
            builder.region()
            for line in descendants(block, "TextLine"):
                builder.line(_words(line), box=_box(line), confidence=number(line.get("WC")))
    first = pages[0] if pages else None
    width = integer(first.get("WIDTH")) if first is not None else None
    height = integer(first.get("HEIGHT")) if first is not None else None
    return builder.page("alto", image, width, height)
