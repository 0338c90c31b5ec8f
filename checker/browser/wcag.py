"""axe-core's side of the WCAG stage: which script, which version, which rules (the WCAG
profile), and how its results become Findings. Running it in a page is checker.browser.axe."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from checker.model import Finding, Severity
from checker.settings import AxeSettings


def bundled_axe_script() -> Path:
    """axe.min.js as shipped by axe-selenium-python."""
    from axe_selenium_python import axe as axe_module

    return Path(axe_module._DEFAULT_SCRIPT)


@lru_cache(maxsize=4)
def _read_script(path: str) -> str:
    return Path(path).read_text(encoding="utf-8")


def axe_source(config: AxeSettings) -> str:
    return _read_script(str(config.axe_script or bundled_axe_script()))


_BANNER = re.compile(r"axe v([0-9][0-9A-Za-z.\-]*)")
# What the script assigns at load time: `axe.version="4.10.2"` in the minified build.
_ASSIGNED = re.compile(r"axe\.version\s*=\s*[\"']([0-9][0-9A-Za-z.\-]*)[\"']")


def axe_version(config: AxeSettings) -> str:
    """The version of the script in use (the bundled one or --axe-script), without starting a
    browser: the value the script assigns to axe.version, else its banner. Each page also
    records the version axe reported in the browser (Page.extra["axe_version"])."""
    source = axe_source(config)
    match = _ASSIGNED.search(source) or _BANNER.search(source[:400])
    return match.group(1) if match else "unknown"


def axe_tags(config: AxeSettings) -> list[str]:
    """axe tags for the WCAG profile: `--wcag 2.1 --level AA` is every A and AA criterion of
    2.0 and 2.1."""
    levels = {"A": ["a"], "AA": ["a", "aa"], "AAA": ["a", "aa", "aaa"]}[config.level]
    versions = {"2.0": ["2"], "2.1": ["2", "21"], "2.2": ["2", "21", "22"]}[config.wcag_version]
    tags = [f"wcag{v}{lvl}" for v in versions for lvl in levels]
    if config.best_practices:
        tags.append("best-practice")
    return tags


# What we report: violations and needs-review. axe still lists passes and inapplicable rules
# (one node each); the runner drops them before they cross the wire.
RESULT_TYPES = ("violations", "incomplete")


def axe_options(config: AxeSettings) -> dict[str, Any]:
    """Options for axe.run: only the profile's rules, only the result types we report."""
    options: dict[str, Any] = {"resultTypes": list(RESULT_TYPES)}
    if config.axe_rules:
        options["runOnly"] = {"type": "rule", "values": list(config.axe_rules)}
    else:
        options["runOnly"] = {"type": "tag", "values": axe_tags(config)}
    if config.disable_axe_rules:
        options["rules"] = {rule: {"enabled": False} for rule in config.disable_axe_rules}
    # axe waits for stylesheets (css-orientation-lock) and media (the media rules) first;
    # bounded, so a video that never loads costs this, not axe's 10 s.
    options["preload"] = ({"assets": ["cssom", "media"],
                           "timeout": round(config.axe_preload_timeout * 1000)}
                          if config.axe_preload_timeout > 0 else False)
    return options


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


def selector_of(target: list[Any]) -> str:
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
                        selector=selector_of(node.get("target", [])),
                        excerpt=node.get("html"),
                        summary=node.get("failureSummary"),
                        bbox=node.get("bbox"),
                        extra={"tags": tags},
                    )
                )
    return findings


def unknown_axe_rules(config: AxeSettings) -> list[str]:
    """--rule / --disable-axe-rule ids the axe script in use does not define (checked on its
    source, where each rule is declared as id:"rule-id"), so a typo is a usage error rather
    than every page failing in axe."""
    source = axe_source(config)
    asked = [*config.axe_rules, *config.disable_axe_rules]
    return [rule for rule in asked if f'id:"{rule}"' not in source]
