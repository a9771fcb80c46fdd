"""The queue, a flag's page and the decisions, through Flask's test client on SQLite and PostgreSQL."""

from __future__ import annotations

import re

from tests.web.conftest import MakeWeb, csrf_of

PENDING_ORDER = ("toyota-delay", "gac-started", "toyota-reaffirm")  # same day: most confident first


def _card_ids(html: str) -> list[int]:
    return [int(i) for i in re.findall(r'<article class="flag-card[^"]*" id="flag-(\d+)"', html)]


def test_the_queue_shows_pending_flags_newest_and_most_confident_first(make_web: MakeWeb) -> None:
    web = make_web()
    html = web.client().get("/").get_data(as_text=True)
    assert _card_ids(html) == [web.flags[key] for key in PENDING_ORDER]
    assert "3 pending" in html


def test_a_card_shows_the_change_its_confidence_and_each_sentence_in_its_context(make_web: MakeWeb) -> None:
    web = make_web()
    html = web.client().get("/").get_data(as_text=True)
    card = html[
        html.index(f'id="flag-{web.flags["toyota-delay"]}"') : html.index(f'id="flag-{web.flags["gac-started"]}"')
    ]
    assert 'planned → <strong class="new-status">delayed</strong>' in card
    assert '2027..2028 → <strong class="new-window">2028</strong>' in card
    assert "92%" in card
    assert card.count('<li class="evidence-item">') == 2
    # the sentence marked, with the article text around it
    assert (
        "Toyota Motor said on Tuesday its first cars with all-solid-state batteries will reach customers later "
        "than planned. <mark>Toyota has pushed back the start of mass production"
    ) in card
    assert "Idemitsu.</mark> The company had earlier targeted 2027 to 2028." in card
    assert 'href="https://www.example-autonews.test/toyota-ssb-2028"' in card
    assert 'href="https://www.example-evwire.test/news/toyota-ssb"' in card


def test_the_queue_filters_by_company_milestone_and_kind(make_web: MakeWeb) -> None:
    web = make_web()
    client = web.client()
    ids = web.flags
    assert _card_ids(client.get("/?company=gac").get_data(as_text=True)) == [ids["gac-started"]]
    assert _card_ids(client.get("/?milestone=toyota-assb-mass-production").get_data(as_text=True)) == [
        ids["toyota-delay"],
        ids["toyota-reaffirm"],
    ]
    assert _card_ids(client.get("/?kind=window_changed").get_data(as_text=True)) == [ids["toyota-reaffirm"]]
    assert "Nothing to review with these filters" in client.get("/?company=bmw").get_data(as_text=True)


def test_accepting_updates_the_milestone_and_writes_its_history(make_web: MakeWeb, db_url: str) -> None:
    web = make_web(db_url)
    client = web.client()
    token = csrf_of(client)
    flag_id = web.flags["toyota-delay"]
    response = client.post(
        f"/flags/{flag_id}/decide",
        data={
            "decision": "accept",
            "csrf_token": token,
            "note": "two outlets agree",
            "back": "/?company=toyota",
            "following": str(web.flags["toyota-reaffirm"]),
        },
    )
    assert response.status_code == 302
    assert response.headers["Location"] == f"/?company=toyota#flag-{web.flags['toyota-reaffirm']}"
    queue = client.get("/?company=toyota").get_data(as_text=True)
    reaffirm = web.flags["toyota-reaffirm"]
    assert (
        f"Flag #{flag_id} accepted: Toyota mass production of all-solid-state batteries is now delayed, 2028; "
        f"it also closed #{reaffirm}, which it made moot." in queue
    )
    assert _card_ids(queue) == [], "the reaffirmation of the old window is moot once the delay is accepted"
    page = client.get("/milestones/toyota-assb-mass-production").get_data(as_text=True)
    assert '<dd class="status status-delayed" id="milestone-status">delayed</dd>' in page
    assert '<dd id="milestone-window">2028</dd>' in page
    history = page[page.index('class="history"') : page.index('class="milestone-flags"')]
    assert 'by <span class="changed-by">tester</span>' in history
    assert "status planned → <strong>delayed</strong>" in history
    assert "window 2027..2028 → <strong>2028</strong>" in history
    assert "two outlets agree" in history
    assert "Toyota has pushed back the start of mass production" in history
    assert f'href="/flags/{flag_id}"' in history


def test_accepting_with_a_corrected_window_and_status(make_web: MakeWeb) -> None:
    web = make_web()
    client = web.client()
    flag_id = web.flags["gac-started"]
    client.post(
        f"/flags/{flag_id}/decide",
        data={"decision": "accept", "csrf_token": csrf_of(client), "window": "2026..2027", "status": "in_progress"},
    )
    page = client.get("/milestones/gac-assb-pilot").get_data(as_text=True)
    assert '<dd class="status status-in_progress" id="milestone-status">in progress</dd>' in page
    assert '<dd id="milestone-window">2026..2027</dd>' in page


def test_a_bad_correction_is_explained_and_the_flag_stays_pending(make_web: MakeWeb) -> None:
    web = make_web()
    client = web.client()
    flag_id = web.flags["gac-started"]
    response = client.post(
        f"/flags/{flag_id}/decide",
        data={"decision": "accept", "csrf_token": csrf_of(client), "window": "sometime", "back": "/"},
    )
    assert response.headers["Location"] == f"/#flag-{flag_id}"
    queue = client.get("/").get_data(as_text=True)
    assert f"Flag #{flag_id} not accepted: window &#39;sometime&#39;" in queue
    assert flag_id in _card_ids(queue)


def test_rejecting_and_merging(make_web: MakeWeb) -> None:
    web = make_web()
    client = web.client()
    token = csrf_of(client)
    reaffirm, delay, gac = web.flags["toyota-reaffirm"], web.flags["toyota-delay"], web.flags["gac-started"]
    client.post(f"/flags/{gac}/decide", data={"decision": "reject", "csrf_token": token, "note": "a test line"})
    client.post(f"/flags/{reaffirm}/decide", data={"decision": "merge", "csrf_token": token, "into": f"#{delay}"})
    queue = client.get("/").get_data(as_text=True)
    assert f"Flag #{gac} rejected." in queue and f"Flag #{reaffirm} merged into #{delay}." in queue
    assert _card_ids(queue) == [delay]
    merged_page = client.get(f"/flags/{reaffirm}").get_data(as_text=True)
    assert "Merged by tester" in merged_page and f'href="/flags/{delay}">flag #{delay}</a>' in merged_page
    assert client.get(f"/flags/{delay}").get_data(as_text=True).count('<li class="evidence-item">') == 3
    rejected = client.get(f"/flags/{gac}").get_data(as_text=True)
    assert "Rejected by tester" in rejected and "a test line" in rejected
    assert '<form class="decision"' not in rejected


def test_a_filled_merge_field_never_turns_into_an_accept(make_web: MakeWeb) -> None:
    web = make_web()
    client = web.client()
    flag_id = web.flags["toyota-reaffirm"]
    client.post(
        f"/flags/{flag_id}/decide",
        data={"decision": "accept", "csrf_token": csrf_of(client), "into": str(web.flags["toyota-delay"])},
    )
    queue = client.get("/").get_data(as_text=True)
    assert "&#39;merge into&#39; is filled in" in queue and flag_id in _card_ids(queue)


def test_a_decided_flag_cannot_be_decided_again(make_web: MakeWeb) -> None:
    web = make_web()
    client = web.client()
    token = csrf_of(client)
    flag_id = web.flags["gac-started"]
    client.post(f"/flags/{flag_id}/decide", data={"decision": "reject", "csrf_token": token})
    client.post(f"/flags/{flag_id}/decide", data={"decision": "accept", "csrf_token": token})
    html = client.get("/").get_data(as_text=True)
    assert f"Flag #{flag_id} not accepted: flag {flag_id} is already rejected" in html
    assert "in progress" not in client.get("/milestones/gac-assb-pilot").get_data(as_text=True).split("History")[0]


def test_digest_links_open_the_flag_and_the_milestone(make_web: MakeWeb) -> None:
    web = make_web()
    client = web.client()
    flag_id = web.flags["toyota-delay"]
    page = client.get(f"/flags/{flag_id}")
    assert page.status_code == 200 and f'id="flag-{flag_id}"' in page.get_data(as_text=True)
    assert client.get("/milestones/toyota-assb-mass-production").status_code == 200
    assert client.get("/flags/99999").status_code == 404
    assert client.get("/milestones/no-such-thing").status_code == 404


def test_hostile_scraped_text_is_escaped_everywhere(make_web: MakeWeb) -> None:
    web = make_web(fixtures=("hostile-seed.json",))
    client = web.client()
    flag_id = web.flags["hostile"]
    pages = [client.get(path).get_data(as_text=True) for path in ("/", f"/flags/{flag_id}")]
    client.post(f"/flags/{flag_id}/decide", data={"decision": "accept", "csrf_token": csrf_of(client)})
    pages.append(client.get("/milestones/changan-assb-pilot").get_data(as_text=True))
    for html in pages:
        assert "<script>document" not in html
        assert "<img src=x" not in html and "<svg onload" not in html and "<b onmouseover" not in html
        assert 'href="javascript:' not in html.lower()
        assert "&lt;script&gt;document.title=&#39;PWNED&#39;&lt;/script&gt;" in html
    queue = pages[0]
    assert "<mark>Changan &lt;img src=x onerror=&#34;document.title=&#39;PWNED&#39;&#34;&gt; began" in queue
    assert "(link not shown: javascript:document.title=&#39;PWNED&#39;)" in queue
