"""axe-core: inject it into a loaded page (every frame), run it, map its results to Findings."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver

from checker.config import AuditConfig
from checker.model import Finding, Severity


def bundled_axe_script() -> Path:
    """axe.min.js as shipped by axe-selenium-python."""
    from axe_selenium_python import axe as axe_module

    return Path(axe_module._DEFAULT_SCRIPT)


@lru_cache(maxsize=4)
def _read_script(path: str) -> str:
    return Path(path).read_text(encoding="utf-8")


def axe_source(config: AuditConfig) -> str:
    return _read_script(str(config.axe_script or bundled_axe_script()))


_VERSION = re.compile(r"axe v([0-9][0-9A-Za-z.\-]*)")


def axe_version(config: AuditConfig) -> str:
    """The version from the script's banner, without starting a browser."""
    match = _VERSION.search(axe_source(config)[:400])
    return match.group(1) if match else "unknown"


def axe_tags(config: AuditConfig) -> list[str]:
    """axe tags for the WCAG profile: `--wcag 2.1 --level AA` is every A and AA criterion of
    2.0 and 2.1."""
    levels = {"A": ["a"], "AA": ["a", "aa"], "AAA": ["a", "aa", "aaa"]}[config.level]
    versions = {"2.0": ["2"], "2.1": ["2", "21"], "2.2": ["2", "21", "22"]}[config.wcag_version]
    tags = [f"wcag{v}{lvl}" for v in versions for lvl in levels]
    if config.best_practices:
        tags.append("best-practice")
    return tags


def axe_options(config: AuditConfig) -> dict[str, Any]:
    """Options for axe.run: only the profile's rules, only the result types we report."""
    options: dict[str, Any] = {"resultTypes": ["violations", "incomplete"], "iframes": True}
    if config.axe_rules:
        options["runOnly"] = {"type": "rule", "values": list(config.axe_rules)}
    else:
        options["runOnly"] = {"type": "tag", "values": axe_tags(config)}
    if config.disable_axe_rules:
        options["rules"] = {rule: {"enabled": False} for rule in config.disable_axe_rules}
    return options


def inject_axe(driver: WebDriver, source: str, depth: int = 0) -> None:
    """Put axe into the document and, recursively, every frame: axe.run with iframes:true
    then asks each frame's own axe for its results."""
    driver.execute_script(source)
    if depth >= 5:
        return
    frames = driver.find_elements(By.CSS_SELECTOR, "iframe, frame")
    for index in range(len(frames)):
        try:
            driver.switch_to.frame(index)
        except WebDriverException:
            continue
        try:
            inject_axe(driver, source, depth + 1)
        except WebDriverException:
            pass  # a frame that navigated away or refuses scripts is reported by axe itself
        finally:
            driver.switch_to.parent_frame()


_RUN_SCRIPT = """
const done = arguments[arguments.length - 1];
axe.run(document, arguments[0])
  .then(r => done(JSON.stringify({ok: true, results: r})))
  .catch(e => done(JSON.stringify({ok: false, error: String(e && e.message || e)})));
"""


class AxeError(RuntimeError):
    pass


def run_axe(driver: WebDriver, config: AuditConfig) -> dict[str, Any]:
    """axe's raw results for the loaded page (JSON round trip keeps selenium from wrapping
    element references)."""
    driver.switch_to.default_content()
    inject_axe(driver, axe_source(config))
    raw = driver.execute_async_script(_RUN_SCRIPT, axe_options(config))
    data = json.loads(raw)
    if not data.get("ok"):
        raise AxeError(f"axe-core failed: {data.get('error')}")
    return data["results"]


_SC_TAG = re.compile(r"^wcag(\d)(\d)(\d{1,2})$")
_LEVEL_TAG = re.compile(r"^wcag2\d?(a{1,3})$")


def success_criteria(tags: list[str]) -> list[str]:
    """["wcag111", "wcag1412"] -> ["1.1.1", "1.4.12"]."""
    out = []
    for tag in tags:
        match = _SC_TAG.match(tag)
        if match:
            out.append(".".join(match.groups()))
    return out


def wcag_level(tags: list[str]) -> str | None:
    levels = [m.group(1).upper() for t in tags if (m := _LEVEL_TAG.match(t))]
    return min(levels, key=len) if levels else None


def _selector(target: list[Any]) -> str:
    """axe's target is a list (one entry per frame, innermost last; shadow DOM nests lists)."""
    parts = []
    for item in target:
        parts.append(" >>> ".join(item) if isinstance(item, list) else str(item))
    return " >>frame>> ".join(parts)


def findings_from_axe(url: str, results: dict[str, Any]) -> list[Finding]:
    """One Finding per (rule, element); violations and needs-review results kept apart."""
    findings: list[Finding] = []
    for result_type, status in (("violations", "violation"), ("incomplete", "needs-review")):
        for rule in results.get(result_type, []):
            tags = rule.get("tags", [])
            for node in rule.get("nodes", []):
                findings.append(
                    Finding(
                        rule_id=rule["id"],
                        source="wcag",
                        status=status,
                        severity=Severity.parse(
                            node.get("impact") or rule.get("impact"), Severity.MODERATE
                        ),
                        url=url,
                        message=rule.get("help") or rule["id"],
                        help=rule.get("description"),
                        help_url=rule.get("helpUrl"),
                        wcag=success_criteria(tags),
                        level=wcag_level(tags),
                        selector=_selector(node.get("target", [])),
                        excerpt=node.get("html"),
                        summary=node.get("failureSummary"),
                        extra={"tags": tags},
                    )
                )
    return findings
