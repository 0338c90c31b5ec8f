"""Shared fixtures for the content-rule tests: one engine, a fixed audit date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from checker.content import ContentEngine
from checker.settings import AuditConfig

FIXTURES = Path(__file__).resolve().parent.parent / "sites" / "content"
AS_OF = dt.date(2026, 11, 25)


@pytest.fixture(scope="session")
def engine() -> ContentEngine:
    return ContentEngine(AuditConfig(as_of=AS_OF))


def harbor_page(title: str, body: str) -> str:
    """A shop-like page of the clinic (Harbor Wellness) whose main text is `body`."""
    return (f"<!DOCTYPE html><html lang='en'><head><title>{title} | Harbor Wellness</title>"
            f"</head><body><main><h1>{title}</h1><p>Orders ship in two days.</p>{body}"
            "</main></body></html>")


def reported(engine: ContentEngine, rule: str, title: str, body: str) -> list[str]:
    """The sentences `rule` reports on a harbor_page, sorted."""
    verdict = engine.check_page("https://harbor.example/p/", harbor_page(title, body),
                                status=200)
    return sorted(f.sentence or "" for f in verdict.findings if f.rule_id == rule)
