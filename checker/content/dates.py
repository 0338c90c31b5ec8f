"""The page's own dates: published, modified, reviewed.

Read from meta tags, JSON-LD, <time> elements and visible "Updated/Reviewed ..." text in the
page's own content. Footer copyright years and sidebar teaser dates belong to the site or to
other pages, so boilerplate regions are never read. htmldate is asked only when nothing else
gave a date, with the audit date as its upper bound so that the answer never depends on the
day the audit runs.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import re
from typing import Any

from lxml import etree

from checker.content.document import PageDoc
from checker.content.text import clean

_META_NAMES = {
    "article:modified_time", "article:published_time", "og:updated_time", "date",
    "last-modified", "dc.date", "dc.date.modified", "dc.date.issued", "dcterms.modified",
    "dcterms.created", "dcterms.date", "citation_date", "citation_publication_date",
    "pubdate", "publish-date", "revised", "article.published", "article.updated",
}
_JSONLD_KEYS = ("dateModified", "datePublished", "lastReviewed", "dateCreated", "uploadDate")
_MONTHS = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_YEAR = r"(?P<y>(?:19|20)\d{2})"
_DATE_PATTERNS = [
    re.compile(rf"\b{_YEAR}[-/.](?P<m>\d{{1,2}})[-/.](?P<d>\d{{1,2}})(?!\d)"),  # ...T10:00Z
    re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MONTH}),?\s+{_YEAR}\b",
               re.IGNORECASE),
    re.compile(rf"\b(?P<mon>{_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}\b",
               re.IGNORECASE),
    re.compile(rf"\b(?P<m>\d{{1,2}})[/.-](?P<d>\d{{1,2}})[/.-]{_YEAR}\b"),
    re.compile(rf"\b(?P<mon>{_MONTH}),?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b(?P<m>\d{{1,2}})/{_YEAR}\b"),
]
_LABEL = re.compile(
    r"\b(?:last\s+)?(?:updated|reviewed|modified|revised|published|posted|written|"
    r"fact[- ]checked|medically\s+reviewed|clinically\s+reviewed)\b", re.IGNORECASE)
_LABEL_STEMS = ("updat", "review", "modif", "revis", "publish", "posted", "written", "checked")
_LABEL_SPAN = 120  # a date this close after the label is the label's date
_OWN_REGIONS = ("main", "body", "header")


def parse_date(text: str) -> dt.date | None:
    """The earliest-placed date in a short text: ISO, "3 February 2026", "Feb 3, 2026",
    "02/03/2026" (US order), "February 2026" or "2/2026". A month without a day counts as
    its last day: a page gets the benefit of the doubt."""
    found: list[tuple[int, int, dt.date]] = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            date = _date_of(match.groupdict())
            if date is not None:
                found.append((match.start(), -len(match.group(0)), date))
                break
    return min(found)[2] if found else None


def _date_of(parts: dict[str, str | None]) -> dt.date | None:
    try:
        month = int(parts["m"]) if parts.get("m") else _MONTHS[(parts["mon"] or "")[:3].lower()]
        year = int(parts["y"] or 0)
        if parts.get("d"):
            return dt.date(year, month, int(parts["d"] or 0))
        return dt.date(year, month, calendar.monthrange(year, month)[1])
    except (ValueError, KeyError, TypeError):
        return None


def page_dates(doc: PageDoc, as_of: dt.date) -> list[dt.date]:
    """Every date the page gives for itself."""
    dates = _meta_dates(doc) + _jsonld_dates(doc) + _time_dates(doc) + _labelled_dates(doc)
    if not dates:
        found = _htmldate(doc, as_of)
        if found:
            dates.append(found)
    return dates


def _meta_dates(doc: PageDoc) -> list[dt.date]:
    dates = []
    for el in doc.tree.iter("meta"):
        name = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
        if name in _META_NAMES or name in ("datemodified", "datepublished"):
            found = parse_date(el.get("content") or "")
            if found:
                dates.append(found)
    return dates


def _jsonld_dates(doc: PageDoc) -> list[dt.date]:
    dates: list[dt.date] = []
    for el in doc.tree.iter("script"):
        if (el.get("type") or "").lower() != "application/ld+json" or not el.text:
            continue
        try:
            data = json.loads(el.text[:200_000])
        except (ValueError, RecursionError):
            continue
        for value in _walk_json(data, 0):
            found = parse_date(value)
            if found:
                dates.append(found)
    return dates


def _walk_json(data: Any, depth: int) -> list[str]:
    """Date values of the JSON-LD keys, at any depth (bounded: the input is hostile)."""
    if depth > 12:
        return []
    values: list[str] = []
    if isinstance(data, dict):
        for key, value in data.items():
            if key in _JSONLD_KEYS and isinstance(value, str):
                values.append(value)
            elif isinstance(value, dict | list):
                values += _walk_json(value, depth + 1)
    elif isinstance(data, list):
        for item in data[:200]:
            values += _walk_json(item, depth + 1)
    return values


def _time_dates(doc: PageDoc) -> list[dt.date]:
    dates = []
    for el in doc.tree.iter("time"):
        if doc.region_of(el) not in _OWN_REGIONS:
            continue
        found = parse_date(el.get("datetime") or "") or parse_date(clean(el.text_content()))
        if found:
            dates.append(found)
    return dates


def _labelled_dates(doc: PageDoc) -> list[dt.date]:
    """Visible "Updated 3 May 2025", "Medically reviewed by A. Lin, DO on March 3, 2026"."""
    dates = []
    for block in doc.blocks:
        if block.region not in _OWN_REGIONS:
            continue
        lowered = block.lowered
        for stem in _LABEL_STEMS:  # a plain loop: this runs for every block of the page
            if stem in lowered:
                break
        else:
            continue
        if not _LABEL.search(block.text):
            continue
        for label in _LABEL.finditer(block.text):
            # A byline ("Updated 3 May 2025") is short or opens its block; "a study published
            # in 2019" deep in a paragraph is not the page's date.
            if block.words > 30 and label.start() > 40:
                continue
            # Every label counts: "Published 9 Jan 2023 · Reviewed 1 Feb 2026" is fresh
            # because of its second date, so reading stops at no label.
            found = parse_date(block.text[label.end():label.end() + _LABEL_SPAN])
            if found:
                dates.append(found)
    return dates


def _htmldate(doc: PageDoc, as_of: dt.date) -> dt.date | None:
    """htmldate over the head and the main content only: given the whole page it reads
    sidebar teaser dates and footer years as the page's own."""
    if doc.main_el is None:
        return None
    head = doc.tree.find("head")
    own = "<html>{}<body>{}</body></html>".format(
        etree.tostring(head, encoding="unicode") if head is not None else "",
        etree.tostring(doc.main_el, encoding="unicode"))
    try:
        from htmldate import find_date

        value = find_date(own, extensive_search=False, original_date=False,
                          outputformat="%Y-%m-%d", max_date=as_of.isoformat())
    except Exception:  # noqa: BLE001 - a third-party parser failing must not stop an audit
        return None
    return parse_date(value) if value else None


def months_between(earlier: dt.date, later: dt.date) -> int:
    """Whole months from `earlier` to `later`."""
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    if later.day < earlier.day:
        months -= 1
    return months
