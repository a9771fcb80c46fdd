"""Refusing URLs that point into the operator's own network before the web app crawls them.

The web app may be reachable by people who are not the operator; a "crawl this now" button must not
become a way to make the server fetch its own admin pages, a cloud metadata endpoint or a router.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from urllib.parse import urlsplit

from tracker.universe import check_url

Resolver = Callable[[str, int], list[str]]


def resolve_host(host: str, port: int) -> list[str]:
    """Every address the host resolves to right now (IPv4 and IPv6)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return sorted({str(info[4][0]) for info in infos})


def _internal_kind(address: str) -> str | None:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    for kind, hit in (
        ("loopback", ip.is_loopback),
        ("unspecified", ip.is_unspecified),
        ("link-local", ip.is_link_local),
        ("private", ip.is_private),
        ("multicast", ip.is_multicast),
        ("reserved", ip.is_reserved),
    ):
        if hit:
            return kind
    return None


def internal_url_reason(url: str, *, resolver: Resolver = resolve_host) -> str | None:
    """Why this URL may not be fetched from the web app, or None when it points to the public internet.

    A host that does not resolve is refused too: there is nothing to crawl, and the answer might differ
    when the crawler asks again.
    """
    bad_scheme = check_url(url)
    if bad_scheme:
        return bad_scheme
    parts = urlsplit(url.strip())
    host = parts.hostname or ""
    try:
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    except ValueError:
        return f"url has a bad port: {url!r}"
    try:
        addresses = resolver(host, port)
    except (OSError, UnicodeError) as exc:
        return f"{host} does not resolve ({exc})"
    if not addresses:
        return f"{host} does not resolve"
    for address in addresses:
        kind = _internal_kind(address)
        if kind:
            return f"{host} resolves to {address} ({kind} address; set allow_private_urls to crawl it)"
    return None
