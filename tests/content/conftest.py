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
