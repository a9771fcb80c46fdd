"""Refusing crawl targets inside the operator's network."""

from __future__ import annotations

import pytest

from tracker.web.url_safety import internal_url_reason


def _resolves_to(*addresses: str):  # type: ignore[no-untyped-def]
    """DNS answers for a test: the check must hold for whatever a name resolves to."""
    return lambda host, port: list(addresses)


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("127.0.0.1", "loopback"),
        ("10.1.2.3", "private"),
        ("192.168.0.10", "private"),
        ("172.16.5.5", "private"),
        ("169.254.169.254", "link-local"),
        ("::1", "loopback"),
        ("fe80::1", "link-local"),
        ("fd00::5", "private"),
        ("::ffff:127.0.0.1", "loopback"),
        ("0.0.0.0", "unspecified"),
    ],
)
def test_internal_addresses_are_refused(address: str, kind: str) -> None:
    reason = internal_url_reason("https://news.example.com/feed", resolver=_resolves_to(address))
    assert reason is not None and f"({kind} address;" in reason and "allow_private_urls" in reason


def test_one_internal_address_among_public_ones_is_enough_to_refuse() -> None:
    assert internal_url_reason("http://a.example/", resolver=_resolves_to("93.184.216.34", "10.0.0.1"))


def test_public_addresses_pass() -> None:
    assert internal_url_reason("https://news.example.com/x", resolver=_resolves_to("93.184.216.34")) is None
    assert internal_url_reason("https://news.example.com/x", resolver=_resolves_to("2606:2800:220:1::1")) is None


def test_real_resolution_of_loopback_names() -> None:
    assert "loopback" in internal_url_reason("http://localhost:8080/feed")
    assert "loopback" in internal_url_reason("http://127.0.0.1/")
    assert "loopback" in internal_url_reason("http://[::1]:9000/")


def test_bad_schemes_and_unresolvable_hosts_are_refused() -> None:
    assert "scheme" in internal_url_reason("javascript:alert(1)")
    assert "scheme" in internal_url_reason("file:///etc/passwd")
    assert "does not resolve" in internal_url_reason("http://no-such-host.invalid/")
