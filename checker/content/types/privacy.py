"""Privacy in the markup: tracker and insecure-form rules."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar
from urllib.parse import urljoin, urlsplit

from lxml import etree

from checker.content.document import PageDoc
from checker.content.forms import collects_personal_data, forms
from checker.content.rules import Rule
from checker.content.types.base import (
    Hit,
    PageContext,
    Params,
    RuleType,
)


@dataclass(frozen=True)
class TrackerSpec:
    trackers: dict[str, list[str]]  # tracker name -> its hosts
    exceptions: list[str]  # hosts that are never trackers (fonts, maps)


class TrackerType(RuleType[TrackerSpec]):
    """Third-party tracking scripts, pixels and iframes, read from the markup."""

    name: ClassVar[str] = "tracker"
    allowed: ClassVar[frozenset[str]] = frozenset({"trackers", "exceptions"})

    def compile(self, rule: Rule) -> TrackerSpec:
        params = Params(rule, self.allowed)
        trackers = rule.params.get("trackers")
        if not isinstance(trackers, dict) or not trackers or not all(
                isinstance(v, list) and all(isinstance(h, str) for h in v)
                for v in trackers.values()):
            params.fail("parameter 'trackers' must map a tracker name to a list of hosts")
        return TrackerSpec({name: [h.lower() for h in hosts] for name, hosts in trackers.items()},
                           [h.lower() for h in params.strings("exceptions")])

    def check(self, rule: Rule, ctx: PageContext) -> list[Hit]:
        found: dict[str, Hit] = {}
        for el, url, inline in _resources(ctx.doc):
            for name, hosts in rule.compiled.trackers.items():
                if name in found:
                    continue
                host = _tracker_host(url, inline, hosts, rule.compiled.exceptions)
                if host:
                    shown = (url or inline or "")[:200]
                    found[name] = Hit(el=el, excerpt=shown,
                                      values={"tracker": name, "host": host},
                                      extra={"resource": shown})
        return list(found.values())


def _resources(doc: PageDoc) -> Iterator[tuple[etree._Element, str | None, str | None]]:
    """(element, absolute URL, inline script text) of everything that loads or runs."""
    for el in doc.tree.iter("script", "img", "iframe", "noscript", "embed", "object"):
        src = el.get("src") or el.get("data") or el.get("data-src")
        url = None
        if src:
            try:
                url = urljoin(doc.url, src.strip())
            except ValueError:
                url = None
        inline = el.text[:100_000] if el.tag in ("script", "noscript") and el.text else None
        yield el, url, inline


def _tracker_host(url: str | None, inline: str | None, hosts: list[str],
                  exceptions: list[str]) -> str | None:
    for host_path in hosts:
        host, _, path = host_path.partition("/")
        if url:
            try:
                parts = urlsplit(url)
            except ValueError:
                continue
            actual = (parts.hostname or "").lower()
            if actual in exceptions:
                continue
            if (actual == host or actual.endswith("." + host)) and parts.path.startswith(
                    "/" + path if path else ""):
                return host_path
        if inline and host_path in inline.lower():
            return host_path
    return None


class InsecureFormType(RuleType[None]):
    """A personal-data form on an http page, or posting to an http URL."""

    name: ClassVar[str] = "insecure-form"
    allowed: ClassVar[frozenset[str]] = frozenset()

    def compile(self, rule: Rule) -> None:
        Params(rule, self.allowed)

    def check(self, rule: Rule, ctx: PageContext) -> list[Hit]:
        doc = ctx.doc
        page = urlsplit(doc.url)
        page_insecure = page.scheme == "http" and not _loopback(page.hostname or "")
        hits = []
        for form in forms(doc):
            if not collects_personal_data(form):
                continue
            action = urljoin(doc.url, (form.get("action") or "").strip())
            target = urlsplit(action)
            explicit_http = (target.scheme == "http" and not _loopback(target.hostname or ""))
            if explicit_http or (page_insecure and target.scheme in ("http", "")):
                hits.append(Hit(el=form, values={"action": action},
                                excerpt=etree.tostring(form, encoding="unicode",
                                                       with_tail=False)[:300]))
        return hits


def _loopback(host: str) -> bool:
    host = host.lower().strip("[]")
    return host in ("localhost", "::1") or host.startswith("127.") or host.endswith(".localhost")
