"""The crawl stage: frontier, scope, robots, sitemaps and fetching.

The pipeline drives a Crawler from N worker threads::

    with Crawler(config, log=print) as crawler:
        while (item := crawler.claim()) is not None:
            result = crawler.fetch(item)
            if result.ok:
                links = extract_links(result.text, result.final_url)
                crawler.discover(item, result.final_url, links)
            crawler.release(item)
"""

from checker.crawl.crawler import Crawler
from checker.crawl.items import CrawlItem, FetchResult
from checker.crawl.links import extract_links
from checker.crawl.scope import normalize_url

__all__ = ["CrawlItem", "Crawler", "FetchResult", "extract_links", "normalize_url"]
