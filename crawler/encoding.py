"""Turning the bytes of a page into text, whatever charset it claims or forgets to claim.

Pages in the wild declare the wrong charset (a Shift_JIS page sent as UTF-8), none at all, or a
narrower one than they use (GB2312 for GB18030 text). So a declaration is only believed when
the bytes decode under it; otherwise the bytes themselves are asked (charset-normalizer).
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes
from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, read_bom, resolve_encoding

# Bytes looked at when guessing: enough for any page's text to show its script.
_SNIFF_BYTES = 64 * 1024


def decode_html(body: bytes, content_type: str | None = None) -> str:
    """The text of an HTML (or XML) document, NUL bytes removed."""
    return _decode(body, content_type).replace("\x00", "")


def _decode(body: bytes, content_type: str | None) -> str:
    bom_encoding, bom = read_bom(body)
    if bom_encoding:
        return body[len(bom) :].decode(bom_encoding, errors="replace")
    # Valid UTF-8 beats any declaration: other encodings almost never decode as UTF-8 by chance,
    # while pages sent with a stale "charset=iso-8859-1" header are common.
    text = _strict(body, "utf-8")
    if text is not None:
        return text
    for declared in (http_content_type_encoding(content_type or ""), html_body_declared_encoding(body)):
        encoding = resolve_encoding(declared) if declared else None
        if encoding and not _is_utf16_or_32(encoding):
            text = _strict(body, encoding)
            if text is not None and not _looks_like_mojibake(text):
                return text
    return body.decode(_guess(body), errors="replace")


def _strict(body: bytes, encoding: str) -> str | None:
    """The text when every byte decodes under ``encoding`` (NULs are tolerated), else None."""
    try:
        return body.replace(b"\x00", b"").decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _looks_like_mojibake(text: str) -> bool:
    """Latin-1 letters everywhere: CJK bytes read under a single-byte charset such as ISO-8859-1.

    Real Western text has accented letters among mostly plain ones; this has them at every turn.
    """
    letters = [char for char in text if char.isalpha()]
    accented = sum(1 for char in letters if "\x80" <= char <= "\u024f")
    return len(letters) >= 20 and accented / len(letters) > 0.3


def _is_utf16_or_32(encoding: str) -> bool:
    # a page that says UTF-16 without a BOM almost always means "this meta was copied from elsewhere"
    return codecs.lookup(encoding).name.startswith(("utf-16", "utf-32"))


def _guess(body: bytes) -> str:
    best = from_bytes(body[:_SNIFF_BYTES].replace(b"\x00", b"")).best()
    guessed = resolve_encoding(best.encoding) if best is not None and best.encoding else None
    return guessed or "cp1252"
