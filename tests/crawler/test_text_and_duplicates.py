"""Pages in legacy encodings (or lying about theirs) come out as the right text; one article under
several URLs, or the same text under two, is stored once."""

from __future__ import annotations

from db.articles import list_articles
from db.engine import Database
from tests.crawler.conftest import crawl_sources, served_paths, source
from tracker.universe import Universe


def test_encodings_and_duplicates(database: Database, universe: Universe, site_server) -> None:
    base = site_server.base_url
    report = crawl_sources(
        database,
        universe,
        [
            source("intl-news", "newsroom", f"{base}/intl/", company="toyota"),
            source("dupeco-news", "newsroom", f"{base}/dedupe/", company="catl"),
        ],
    )
    assert report.sources["intl-news"].error is None and report.sources["dupeco-news"].error is None
    stored = {article.url.rsplit("/", 1)[-1]: article for article in list_articles(database)}
    texts = {name: article.title + "\n" + article.lead for name, article in stored.items()}

    # Shift_JIS declared in a meta tag
    assert stored["ja-shift-jis.html"].title == "トヨタ、全固体電池の量産計画を説明"
    assert "2027年から2028年の実用化" in texts["ja-shift-jis.html"]
    assert stored["ja-shift-jis.html"].language == "ja"
    assert stored["ja-shift-jis.html"].published.date().isoformat() == "2024-03-12"
    # GB18030 text declared as GB2312 (its narrower ancestor), four-byte characters included
    assert stored["zh-gb18030.html"].title == "宁德时代固态电池研发取得进展"
    assert "计划于2027年实现小批量生产" in texts["zh-gb18030.html"]
    # EUC-KR stated only in the HTTP header
    assert stored["ko-euc-kr.html"].title == "삼성SDI, 전고체 배터리 양산 계획 발표"
    assert "2027년부터 양산할 계획" in texts["ko-euc-kr.html"]
    # Shift_JIS bytes served with a header that claims UTF-8
    assert stored["wrong-charset.html"].title == "出光興産、固体電解質の大型パイロット装置を着工"
    # no charset anywhere (UTF-8 bytes)
    assert stored["no-charset.html"].title == "Accord franco-japonais sur les électrolytes solides"
    assert "« tout solide »" in texts["no-charset.html"]
    # NUL bytes are dropped, not stored and not fatal
    assert "record separator sales" in texts["nul-bytes.html"]
    assert not any("\x00" in text or "\ufffd" in text for text in texts.values())

    # three spellings of one URL (tracking parameters, a fragment) are fetched once and stored once
    dupeco = {name for name, article in stored.items() if article.source_id == "dupeco-news"}
    copies = {"dupeco-opens-cathode-plant.html", "syndicated-copy-of-cathode-plant-story.html"}
    assert "dupeco-hires-solid-state-team.html" in dupeco and len(dupeco & copies) == 1 and len(dupeco) == 2
    fetched = [path for path in served_paths(site_server) if "dupeco-opens-cathode-plant" in path]
    assert fetched == ["/dedupe/dupeco-opens-cathode-plant.html"]
    # the syndicated copy (same text, other URL) was fetched, but only one of the two is stored
    assert "/dedupe/syndicated-copy-of-cathode-plant-story.html" in served_paths(site_server)
    assert report.sources["dupeco-news"].new == 2 and report.sources["dupeco-news"].duplicate == 1
