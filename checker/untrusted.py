"""Text from crawled pages and servers (URLs, titles, sentences, error messages) made safe
for one terminal or log line. The one sanitizer: the crawl's log lines and the CLI's output
both use it."""

from __future__ import annotations

import unicodedata


def is_control(ch: str) -> bool:
    """Unicode category C: C0/C1 controls (terminal escapes, newlines), format characters
    (bidi overrides, zero-width), surrogates, private use and unassigned code points."""
    return unicodedata.category(ch)[0] == "C"


def safe_text(text: str | None, limit: int = 200) -> str:
    """Every control or format character becomes a space (no terminal escapes, no fake
    lines, no reversed text); the length is capped at `limit` with an ellipsis."""
    raw = str(text or "")[: limit * 2]
    cleaned = "".join(" " if is_control(ch) else ch for ch in raw)
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1] + "…"
