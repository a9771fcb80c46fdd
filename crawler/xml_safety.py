"""Refusing XML that would make a parser expand entities: entity bombs and external entities.

feedparser and lxml are configured not to resolve entities, but a document that declares any is
refused outright: no feed or sitemap needs its own entities, and a refusal is a clear error for
the source instead of a silent guess about what a half-expanded document meant.
"""

from __future__ import annotations

import re
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

_ENTITY_DECLARATION = re.compile(rb"<!ENTITY", re.IGNORECASE)
_FIRST_ELEMENT = re.compile(rb"<[A-Za-z_]")


def unsafe_xml_reason(body: bytes) -> str | None:
    """Why this XML document is refused (it declares entities), or None when it declares none."""
    try:
        fromstring(body, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        return _describe(exc)
    except (ParseError, ValueError, LookupError):
        pass  # broken or in an encoding expat cannot read: look at the prolog ourselves below
    if _ENTITY_DECLARATION.search(_prolog(body)):
        return "the document declares XML entities (refused: entities are never expanded)"
    return None


def _describe(exc: DefusedXmlException) -> str:
    system_id = getattr(exc, "sysid", None)
    name = getattr(exc, "name", None) or getattr(exc, "entity", None) or "?"
    if system_id:
        return f"the document declares an external entity {name!r} pointing at {system_id!r} (refused, never read)"
    return f"the document declares XML entity {name!r} (refused: entity expansion could be a bomb)"


def _prolog(body: bytes) -> bytes:
    """What precedes the root element, as ASCII-compatible bytes (UTF-16/32 turned to UTF-8)."""
    head = body[: 1024 * 1024]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or head[:4].count(b"\x00") >= 2:
        for encoding in ("utf-16", "utf-16-le", "utf-16-be", "utf-32"):
            try:
                head = head.decode(encoding).encode("utf-8", errors="replace")
                break
            except UnicodeDecodeError:
                continue
    start = _FIRST_ELEMENT.search(head)
    return head[: start.start()] if start else head
