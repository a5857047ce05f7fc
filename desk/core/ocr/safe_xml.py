"""XML from outside parsed safely: no entity expansion, no external entities or DTDs."""

from __future__ import annotations

from xml.etree.ElementTree import Element, ParseError

import defusedxml
import defusedxml.ElementTree as safe_tree

from .model import OcrError


class MalformedXml(OcrError):
    """Not well-formed XML (which HTML may still read)."""


def parse(data: bytes, name: str) -> Element:
    """The root element; OcrError (without the parser's traceback) for anything refused."""
    error: type[OcrError] = OcrError
    try:
        return safe_tree.fromstring(
            data, forbid_dtd=False, forbid_entities=True, forbid_external=True
        )
    except defusedxml.EntitiesForbidden as exc:
        where = f" → {exc.sysid}" if exc.sysid else ""
        problem = f"refuses a DTD with entities (entity '{exc.name}'{where})"
    except defusedxml.ExternalReferenceForbidden as exc:
        problem = f"refuses an external reference ({exc.sysid or exc.pubid})"
    except defusedxml.DefusedXmlException as exc:
        problem = f"refuses the XML ({type(exc).__name__})"
    except ParseError as exc:
        line, column = exc.position
        if not data.strip():
            problem = "empty file"
        else:
            # expat's place, as other XML tools give it: the line from 1, the column from 0.
            problem = f"malformed XML at line {line}, column {column}"
            error = MalformedXml
    # Raised here, not in the handlers, so that the parser's exception is not chained on.
    raise error(f"{name}: {problem}")


def local(tag: object) -> str:
    """The tag without its namespace ('' for comments and processing instructions)."""
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def namespace(tag: object) -> str:
    if isinstance(tag, str) and tag.startswith("{"):
        return tag[1:].split("}", 1)[0]
    return ""


def children(element: Element, name: str) -> list[Element]:
    return [child for child in element if local(child.tag) == name]


def child(element: Element, name: str) -> Element | None:
    for item in element:
        if local(item.tag) == name:
            return item
    return None


def descendants(element: Element, name: str) -> list[Element]:
    return [item for item in element.iter() if local(item.tag) == name]
