"""PAGE XML (2010 to 2019 namespaces): TextRegion, TextLine, Word, TextEquiv, ReadingOrder."""

from __future__ import annotations

from xml.etree.ElementTree import Element

from .model import Box, OcrPage, TextBuilder, Word, integer, number
from .safe_xml import child, children, descendants, local, namespace


def is_page(root: Element) -> bool:
    return local(root.tag) == "PcGts" and (
        "primaresearch.org/PAGE" in namespace(root.tag) or not namespace(root.tag)
    )


def _box(element: Element) -> Box | None:
    """The bounding box of Coords: @points 'x,y x,y …' (2013 on) or Point children (2010)."""
    coords = child(element, "Coords")
    if coords is None:
        return None
    points: list[tuple[int, int]] = []
    if coords.get("points"):
        for pair in coords.get("points", "").split():
            x, _, y = pair.partition(",")
            px, py = integer(x), integer(y)
            if px is not None and py is not None:
                points.append((px, py))
    else:
        for point in children(coords, "Point"):
            px, py = integer(point.get("x")), integer(point.get("y"))
            if px is not None and py is not None:
                points.append((px, py))
    if not points:
        return None
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return (min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


def _text_equiv(element: Element) -> tuple[str | None, float | None]:
    """The element's own TextEquiv: the one without an index, else the lowest index."""
    equivs = children(element, "TextEquiv")
    if not equivs:
        return None, None
    equivs.sort(key=lambda e: -1 if integer(e.get("index")) is None else integer(e.get("index")))
    equiv = equivs[0]
    unicode = child(equiv, "Unicode")
    text = unicode.text if unicode is not None else None
    if not text:
        plain = child(equiv, "PlainText")
        text = plain.text if plain is not None else None
    return text, number(equiv.get("conf"))


def _reading_order(page: Element) -> list[str]:
    order = child(page, "ReadingOrder")
    refs: list[str] = []

    def walk(group: Element) -> None:
        if group.get("regionRef"):
            refs.append(group.get("regionRef", ""))
        members = [
            m
            for m in group
            if local(m.tag).startswith(("RegionRef", "OrderedGroup", "UnorderedGroup"))
        ]
        if local(group.tag).startswith("OrderedGroup"):
            members.sort(key=lambda m: integer(m.get("index")) or 0)
        for member in members:
            if local(member.tag).startswith("RegionRef"):
                refs.append(member.get("regionRef", ""))
            else:
                walk(member)

    if order is not None:
        for group in order:
            walk(group)
    return refs


def _regions(page: Element) -> list[Element]:
    """TextRegions in ReadingOrder; those it leaves out follow in document order."""
    regions = descendants(page, "TextRegion")
    by_id = {r.get("id"): r for r in regions if r.get("id")}
    ordered: list[Element] = []
    seen: set[int] = set()
    for ref in _reading_order(page):
        region = by_id.get(ref)
        if region is not None and id(region) not in seen:
            ordered.append(region)
            seen.add(id(region))
    ordered += [r for r in regions if id(r) not in seen]
    return ordered


def read_page(root: Element) -> OcrPage:
    pages = children(root, "Page")
    builder = TextBuilder()
    for page in pages:
        for region in _regions(page):
            builder.region()
            for line in children(region, "TextLine"):
                words = []
                for word in children(line, "Word"):
                    text, conf = _text_equiv(word)
                    words.append(Word(text or "", conf, _box(word)))
                text, conf = _text_equiv(line)
                builder.line(words, box=_box(line), confidence=conf, text=text)
    first = pages[0] if pages else None
    if first is None:
        return builder.page("page", None, None, None)
    return builder.page(
        "page",
        first.get("imageFilename"),
        integer(first.get("imageWidth")),
        integer(first.get("imageHeight")),
    )
