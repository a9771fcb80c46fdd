"""The review app's safety: CSRF tokens, login off loopback, trusted hosts, headers, cookies."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from db.review import flag_detail
from tests.web.conftest import MakeWeb, csrf_of
from tracker.cli import main
from tracker.web.auth import LoginThrottle
from tracker.web.security import CONTENT_SECURITY_POLICY, BindRefused, check_bind, is_loopback_host


def _state(web, flag_id: int) -> str:  # type: ignore[no-untyped-def]
    with web.app.db.sessions() as session:
        return flag_detail(session, flag_id).state


def test_a_post_without_csrf_token_is_refused_and_changes_nothing(make_web: MakeWeb) -> None:
    web = make_web()
    client = web.client()
    flag_id = web.flags["toyota-delay"]
    client.get("/")
    for form in ({"decision": "accept"}, {"decision": "accept", "csrf_token": "forged"}):
        response = client.post(f"/flags/{flag_id}/decide", data=form)
        assert response.status_code == 400
        assert b"CSRF token is missing or stale" in response.data
    assert _state(web, flag_id) == "pending"


def test_a_post_from_another_origin_is_refused_even_with_the_token(make_web: MakeWeb) -> None:
    web = make_web()
    client = web.client()
    token = csrf_of(client)
    flag_id = web.flags["toyota-delay"]
    response = client.post(
        f"/flags/{flag_id}/decide",
        data={"decision": "reject", "csrf_token": token},
        headers={"Origin": "https://evil.example"},
    )
    assert response.status_code == 400
    assert _state(web, flag_id) == "pending"
    response = client.post(
        f"/flags/{flag_id}/decide",
        data={"decision": "reject", "csrf_token": token},
        headers={"Origin": "http://localhost"},
    )
    assert response.status_code == 302
    assert _state(web, flag_id) == "rejected"


def test_every_page_carries_the_security_headers_and_a_strict_cookie(make_web: MakeWeb) -> None:
    web = make_web()
    client = web.client()
    for path in (
        "/",
        "/timeline",
        "/sources",
        "/milestones/toyota-assb-mass-production",
        "/static/review.js",
        "/no-such-page",
    ):
        response = client.get(path)
        assert response.headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY, path
        assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
        assert "script-src 'self'" in response.headers["Content-Security-Policy"]
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["Referrer-Policy"] == "same-origin"
    cookie = web.client().get("/").headers.get("Set-Cookie", "")
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie


def test_pages_have_no_inline_script_or_style(make_web: MakeWeb) -> None:
    client = make_web(fixtures=("review-seed.json", "hostile-seed.json")).client()
    for path in ("/", "/timeline", "/sources", "/milestones/changan-assb-pilot"):
        html = client.get(path).get_data(as_text=True)
        assert "<script>" not in html and "style=" not in html, path
        assert html.count("<script") == 1 and '<script src="/static/review.js" defer></script>' in html


def test_a_foreign_host_name_is_refused_on_loopback(make_web: MakeWeb) -> None:
    """DNS rebinding: a page on evil.example resolving to 127.0.0.1 must not read the app."""
    client = make_web().client()
    assert client.get("/", headers={"Host": "evil.example:8750"}).status_code == 400
    assert client.get("/", headers={"Host": "localhost:8750"}).status_code == 200
    assert client.get("/", headers={"Host": "127.0.0.1:8750"}).status_code == 200


def test_loopback_binds_need_no_password_and_others_do() -> None:
    assert is_loopback_host("127.0.0.1") and is_loopback_host("::1") and is_loopback_host("localhost")
    assert not is_loopback_host("0.0.0.0") and not is_loopback_host("192.168.1.10")
    check_bind("127.0.0.1", "")
    check_bind("0.0.0.0", "s3cret")
    with pytest.raises(BindRefused, match="refusing to serve on 0.0.0.0 without a password"):
        check_bind("0.0.0.0", "")


def test_off_loopback_the_app_will_not_start_without_a_password(make_web: MakeWeb) -> None:
    with pytest.raises(BindRefused):
        make_web(host="0.0.0.0", fixtures=())


def test_serve_refuses_a_public_address_without_a_password(tmp_path) -> None:  # type: ignore[no-untyped-def]
    settings = tmp_path / "settings.toml"
    settings.write_text("", encoding="utf-8")
    result = CliRunner().invoke(
        main,
        ["--db", str(tmp_path / "t.db"), "serve", "--host", "0.0.0.0"],
        env={"SSBTRACK_WEB_PASSWORD": None, "SSBTRACK_SETTINGS": str(settings)},
    )
    assert result.exit_code == 2
    assert "refusing to serve on 0.0.0.0 without a password" in result.output


def test_with_a_password_every_page_needs_the_login(make_web: MakeWeb) -> None:
    web = make_web(host="0.0.0.0", password="correct horse")
    client = web.client()
    flag_id = web.flags["toyota-delay"]
    response = client.get(f"/flags/{flag_id}")
    assert response.status_code == 302 and f"/login?next=/flags/{flag_id}" in response.headers["Location"]
    assert client.get("/static/web.css").status_code == 200
    token = csrf_of(client, "/login")
    refused = client.post(f"/flags/{flag_id}/decide", data={"decision": "accept", "csrf_token": token})
    assert refused.status_code == 403
    wrong = client.post("/login", data={"password": "wrong", "csrf_token": token, "next": f"/flags/{flag_id}"})
    assert wrong.status_code == 403 and b"Wrong password" in wrong.data
    good = client.post("/login", data={"password": "correct horse", "csrf_token": token, "next": f"/flags/{flag_id}"})
    assert good.status_code == 302 and good.headers["Location"].endswith(f"/flags/{flag_id}")
    page = client.get(f"/flags/{flag_id}")
    assert page.status_code == 200 and b"pushed back to 2028" in page.data
    stale = client.post(f"/flags/{flag_id}/decide", data={"decision": "accept", "csrf_token": token})
    assert stale.status_code == 400, "the token from before login must not work after it"
    assert _state(web, flag_id) == "pending"


def test_login_needs_its_csrf_token_and_never_redirects_off_site(make_web: MakeWeb) -> None:
    client = make_web(host="0.0.0.0", password="pw", fixtures=()).client()
    assert client.post("/login", data={"password": "pw"}).status_code == 400
    token = csrf_of(client, "/login")
    for target in ("//evil.example/x", "https://evil.example/", "/\\evil.example"):
        response = client.post("/login", data={"password": "pw", "csrf_token": token, "next": target})
        assert response.status_code == 302
        assert response.headers["Location"] == "/", target
        client.post("/logout", data={"csrf_token": csrf_of(client, "/login")})
        token = csrf_of(client, "/login")


def test_wrong_passwords_are_throttled(make_web: MakeWeb) -> None:
    web = make_web(host="0.0.0.0", password="pw", fixtures=())
    now = [0.0]
    web.flask.extensions["ssbtrack_login_throttle"] = LoginThrottle(limit=3, period=60, clock=lambda: now[0])
    client = web.client()
    token = csrf_of(client, "/login")
    for _ in range(3):
        assert client.post("/login", data={"password": "guess", "csrf_token": token}).status_code == 403
    assert client.post("/login", data={"password": "pw", "csrf_token": token}).status_code == 429
    now[0] = 61.0
    assert client.post("/login", data={"password": "pw", "csrf_token": token}).status_code == 302


def test_a_cross_site_link_is_bounced_once_instead_of_losing_the_session(make_web: MakeWeb) -> None:
    """A digest link opened from webmail arrives without the SameSite=Strict cookie."""
    web = make_web(host="0.0.0.0", password="pw")
    flag_id = web.flags["toyota-delay"]
    response = web.client().get(f"/flags/{flag_id}", headers={"Sec-Fetch-Site": "cross-site"})
    assert response.status_code == 200
    assert f'<meta http-equiv="refresh" content="0; url=/flags/{flag_id}">' in response.get_data(as_text=True)
    assert "Set-Cookie" not in response.headers
