"""Per-source gate thresholds: `max_wcag_serious = 0` caps the WCAG findings that are serious
or worse; `max_serious` caps findings of any source."""

from __future__ import annotations

import re
from typing import Any

from checker.model import SOURCES, Severity

_THRESHOLD_KEY = re.compile(
    rf"^max_(?:({'|'.join(SOURCES)})_)?({'|'.join(s.value for s in Severity)})$")


def parse_threshold_key(key: str) -> tuple[str | None, Severity] | None:
    """`max_wcag_serious` -> ("wcag", SERIOUS); `max_serious` -> (None, SERIOUS) for any
    source; None when the key is not a threshold."""
    match = _THRESHOLD_KEY.match(key)
    if match is None:
        return None
    return match.group(1), Severity(match.group(2))


def threshold_keys() -> list[str]:
    """max_SEVERITY and max_SOURCE_SEVERITY for every source and severity."""
    severities = [s.value for s in Severity]
    return [f"max_{s}" for s in severities] + [
        f"max_{src}_{s}" for src in SOURCES for s in severities]


def threshold_problem(pair: tuple[str, Any]) -> str | None:
    """What is wrong with one threshold, or None."""
    key, limit = pair
    if parse_threshold_key(key) is None:
        return (f"unknown threshold {key!r}: use max_SEVERITY or max_SOURCE_SEVERITY,"
                " e.g. max_wcag_serious")
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
        return f"{key} must be 0 or more, got {limit!r}"
    return None
