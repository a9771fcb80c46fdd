"""The crawler: Scrapy spiders and feedparser read sources; articles are extracted and stored."""
