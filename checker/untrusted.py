"""Text from crawled pages and servers (URLs, titles, sentences, error messages) made safe
for one terminal or log line, or for a report a person reads in a CI's page (GitHub
annotations, Markdown summary, JUnit, GitLab issues). The one sanitizer: the crawl's log
lines, the CLI's output and those writers use it."""

from __future__ import annotations

import unicodedata


def is_control(ch: str) -> bool:
    """Unicode category C: C0/C1 controls (terminal escapes, newlines), format characters
    (bidi overrides, zero-width), surrogates, private use and unassigned code points."""
    return unicodedata.category(ch)[0] == "C"


def inert_text(text: object, keep: str = "") -> str:
    """Every control or format character but those in `keep` becomes a space: no terminal
    escapes, no reversed or hidden text. No length cap; `keep` is for a format that escapes
    those itself (a workflow command's %0A, XML's newlines)."""
    return "".join(" " if is_control(ch) and ch not in keep else ch
                   for ch in ("" if text is None else str(text)))


def safe_text(text: str | None, limit: int = 200) -> str:
    """Every control or format character becomes a space (no terminal escapes, no fake
    lines, no reversed text); the length is capped at `limit` with an ellipsis."""
    cleaned = inert_text(str(text or "")[: limit * 2])
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1] + "…"
