"""Finding article links and the next page on typical newsroom layouts, without site selectors.

Each listing is a file under tests/fixtures/listings (or the acme fixture site) with the links a
person would call articles; navigation, career, product, category, tag and footer links are not."""

from __future__ import annotations

from pathlib import Path

import pytest
from parsel import Selector

from crawler.encoding import decode_html
from crawler.links import article_links, next_page

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _page(name: str) -> Selector:
    return Selector(text=decode_html((FIXTURES / name).read_bytes(), "text/html"))


@pytest.mark.parametrize(
    ("fixture", "page_url", "articles", "following"),
    [
        (
            "listings/blog-style.html",
            "https://blogco.example/news/",
            [
                "https://blogco.example/2024/05/14/blogco-delivers-first-a-samples/",
                "https://blogco.example/2024/04/02/blogco-raises-series-b/",
                "https://www.blogco.example/2024/03/20/blogco-at-the-battery-show/",
            ],
            "https://blogco.example/news/page/2/",
        ),
        (
            "listings/card-grid.html",
            "https://gridco.example/press",
            [
                "https://gridco.example/press/press-releases/91234",
                "https://gridco.example/press/press-releases/91187",
                "https://gridco.example/press/press-releases/90950",
            ],
            "https://gridco.example/press?page=2",
        ),
        (
            "listings/ir-table.html",
            "https://ir.tableco.example/news-releases",
            [
                "https://ir.tableco.example/news-releases/news-release-details/tableco-reports-third-quarter-2024-financial-results",
                "https://ir.tableco.example/news-releases/news-release-details/tableco-ships-b1-samples",
                "https://ir.tableco.example/news-releases/news-release-details/tableco-announce-date-third-quarter-results",
            ],
            "https://ir.tableco.example/news-releases?page=1",
        ),
        (
            "listings/cjk.html",
            "https://www.huadianchi.example/news/",
            [
                "https://www.huadianchi.example/news/detail/2024/2406180012.html",
                "https://www.huadianchi.example/news/detail/2024/2405300007.html",
                "https://www.huadianchi.example/news/detail/2024/2405020003.html",
            ],
            "https://www.huadianchi.example/news/index_2.html",
        ),
        (
            "sites/acme/news/index.html",
            "http://acme.example/acme/news/",
            [
                "http://acme.example/acme/news/2024/03/acme-starts-solid-state-pilot-line.html",
                "http://acme.example/acme/news/2024/02/acme-and-partner-sign-electrolyte-supply-deal.html",
                "http://acme.example/acme/news/2024/01/acme-reports-fourth-quarter-results.html",
                "http://acme.example/acme/private/2024/01/board-notes-not-for-crawlers.html",
            ],
            "http://acme.example/acme/news/page/2/",
        ),
    ],
)
def test_article_links_and_next_page_on_typical_layouts(
    fixture: str, page_url: str, articles: list[str], following: str
) -> None:
    page = _page(fixture)
    assert article_links(page, page_url) == articles
    assert next_page(page, page_url, 1) == following


def test_selectors_from_the_universe_override_the_guess() -> None:
    page = _page("listings/card-grid.html")
    url = "https://gridco.example/press"
    assert article_links(page, url, "div.tile h3 + a") == [
        "https://gridco.example/press/press-releases/91234",
        "https://gridco.example/press/press-releases/91187",
        "https://gridco.example/press/press-releases/90950",
    ]
    assert article_links(page, url, "//div[@class='tile'][1]/a[1]/@href") == [
        "https://gridco.example/press/press-releases/91234"
    ]
    assert next_page(page, url, 1, "div.bottom a:first-child") == "https://gridco.example/terms"


def test_the_last_page_has_no_next_page() -> None:
    page = Selector(
        text='<main><ul class="news-list"><li><a href="/news/2024/01/a-long-enough-headline-slug.html">'
        "A long enough headline for an article</a></li></ul></main>"
    )
    assert next_page(page, "https://x.example/news/page/9/", 9) is None
