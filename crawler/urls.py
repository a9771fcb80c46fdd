"""Which URLs may be fetched, and the one spelling of a URL under which an article is stored."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit, urlunsplit

from w3lib.url import canonicalize_url

from tracker.universe import check_url

# Parameters that say who sent the reader, never which page: dropping them makes the links of a
# newsletter, a feed and a share button one article instead of three.
TRACKING_PARAMETERS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "twclid",
        "ttclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "_ga",
        "_gl",
        "_hsenc",
        "_hsmi",
        "mkt_tok",
        "oly_anon_id",
        "oly_enc_id",
        "vero_id",
        "rb_clickid",
        "s_cid",
        "cmpid",
        "ocid",
        "icid",
        "ncid",
        "sr_share",
        "ref_src",
        "ref_url",
        "spm",
        "__twitter_impression",
    }
)
_TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_")
_DEFAULT_PORTS = {"http": 80, "https": 443}
_BLANK = re.compile(r"\s+")


def url_problem(url: str) -> str | None:
    """Why ``url`` must not be requested (not http/https, no host), or None when it may be."""
    if not url or not url.strip():
        return "empty url"
    return check_url(url)


@lru_cache(maxsize=65536)  # a crawl asks for the same links again and again (listings, seen-sets)
def canonical_url(url: str) -> str:
    """The URL without fragment, tracking parameters, default port, with its query sorted.

    Two links to the same article must spell the same after this, or it would be stored twice.
    """
    url = _BLANK.sub("", url)
    parts = urlsplit(canonicalize_url(url, keep_fragments=False))
    query = "&".join(pair for pair in parts.query.split("&") if pair and not _is_tracking(pair.split("=", 1)[0]))
    netloc = parts.netloc
    scheme = parts.scheme.lower()
    if parts.port is not None and _DEFAULT_PORTS.get(scheme) == parts.port:
        netloc = netloc.rsplit(":", 1)[0]
    return urlunsplit((scheme, netloc, parts.path or "/", query, ""))


def _is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMETERS or lowered.startswith(_TRACKING_PREFIXES)


def site_of(url: str) -> str:
    """The host a link must share with a listing page to count as the same site (``www.`` ignored)."""
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.")


def same_site(url: str, other: str) -> bool:
    """True when both URLs are on one host, or one host is a subdomain of the other."""
    first, second = site_of(url), site_of(other)
    if not first or not second:
        return False
    return first == second or first.endswith("." + second) or second.endswith("." + first)
