"""The crawl stage: frontier, scope, robots, sitemaps and fetching.

Where things are: `crawler` keeps the frontier and the policy (scope, robots, the address
guard, what is queued); `seeds` says where a crawl starts (start URLs, a folder, a URL list,
sitemaps; a new crawl source goes there); `transport` turns a URL into a response (host
slots, deadlines, retries, the one redirect loop, told what is allowed by callbacks);
`responses` says what a response is (a page, a document, a broken link, a failure);
`fetch` is the HTTP client underneath (sockets, size caps, secrets).

The pipeline drives a Crawler from N worker threads::

    with Crawler(config, log=print) as crawler:
        while (item := crawler.claim()) is not None:
            result = crawler.fetch(item)
            if result.ok:
                links = extract_links(result.text, result.final_url)  # or the rendered DOM's
                crawler.discover(item, result.final_url, links)
            crawler.release(item)

What a user can rely on:

- Seeds: start URLs; `--sitemap` and robots.txt `Sitemap:` lines (indexes, gzip, text, RSS;
  each listed page's referrer is the sitemap file); `--urls FILE` (exactly those URLs, no
  crawling beyond them); one local folder, served on 127.0.0.1 on a free port, whose every
  HTML file is audited (orphans included; `dir/index.html` is audited as `dir/`).
- Scope: the start hosts (www. and bare host are one site; http and https too), plus
  `--allow-host` (exact, or `*.example.org` for subdomains), `--include`/`--exclude` regexes,
  `--max-depth`, `--max-pages`. Links shaped alike (numbers and query values erased) are
  followed at most `max_urls_per_pattern` times, as are query variants of one path: calendar
  and filter traps end there, with a log line.
- Safety: no fetch of a private, loopback, link-local or unspecified address unless a start
  URL is on that same kind of address; checked before each request (every redirect hop is
  followed by hand and re-checked against scope, guard and robots.txt) and again on the
  connected socket (DNS rebinding).
- Secrets: `--header`/`--cookie` values, and the user:password@ of a start URL (sent as basic
  auth), go only to the exact origin of a start URL (scheme, host, port: never over http to
  an https start, never to another port or host; an http start's https origin may have
  them), decided by `scope.may_send_secrets`, the one rule the browser applies too. They
  are never logged or stored; a start URL's password is stripped from everything kept. A
  value `env:NAME` or `$NAME` (or `${NAME}`) is read from the environment variable NAME, so
  CI secrets stay out of config files; a missing variable, or a value with a newline or
  another character not allowed in a header, is a configuration error naming the header,
  never its value.
- Limits: a start URL, URL-list line or --sitemap is at most 2,048 characters
  (`scope.MAX_URL_LENGTH`; longer links are skipped as traps); a --urls file is UTF-8, or
  UTF-8/16/32 with a byte-order mark.
- Robustness: connect/read timeouts plus a total deadline per request (a server trickling one
  byte a second is cut off), a streamed size cap that counts decompressed bytes (gzip bombs),
  retries with backoff on connection errors and 429/502/503/504 only, Retry-After honoured up to
  `Crawler.retry_after_cap` seconds (beyond that the page is reported, not waited for).
"""

from checker.crawl.crawler import Crawler
from checker.crawl.items import CrawlItem, FetchResult
from checker.crawl.links import extract_links
from checker.crawl.scope import normalize_url

__all__ = ["CrawlItem", "Crawler", "FetchResult", "extract_links", "normalize_url"]
