"""Baselines: the findings a team has accepted for now, so that only new ones fail the build.

A baseline is a JSON file written by `clinic-checker baseline RUN`. The fingerprint is what
counts; rule, URL, location and message are there so that a reviewer can read the file in a
pull request.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Container
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from checker.model import Finding, Run, is_fixed
from checker.settings import ConfigError
from checker.settings.inputs import read_input_text
from checker.store.db import Store

FORMAT = "clinic-checker-baseline"
VERSION = 1


@dataclass
class Baseline:
    path: Path
    run_id: str | None = None
    site: str | None = None
    entries: dict[str, dict[str, Any]] = field(default_factory=dict)  # by fingerprint

    def __contains__(self, fingerprint: str) -> bool:
        return fingerprint in self.entries or fingerprint in self.aliases

    @cached_property
    def aliases(self) -> set[str]:
        """The other engines' fingerprints of merged entries (see baseline_entries)."""
        return {fp for entry in self.entries.values() for fp in entry.get("fingerprints", [])}

    def fixed_in(self, store: Store, run_id: str) -> list[dict[str, Any]]:
        """fixed() for a stored run (what SARIF lists as absent)."""
        seen = {fp for f in store.iter_findings(run_id) for fp in finding_fingerprints(f)}
        return self.fixed(seen, store.rechecked_urls(run_id))

    def fixed(self, seen: set[str], rechecked: Container[str] | None = None
              ) -> list[dict[str, Any]]:
        """Entries none of whose fingerprints the run has, on pages it looked at again
        (`rechecked`, Store.rechecked_urls; model.is_fixed); None: every page."""
        return [entry for fp, entry in self.entries.items()
                if not seen & {fp, *entry.get("fingerprints", [])}
                and (rechecked is None or is_fixed(fp, str(entry.get("url") or ""), (),
                                                   rechecked))]


def finding_fingerprints(finding: Finding) -> list[str]:
    """A finding several WCAG engines agree on answers to each engine's own fingerprint
    (checker.browser.engines.merge), so a baseline written with another set of engines still
    knows the barrier."""
    return finding.extra.get("fingerprints") or [finding.fingerprint]


def baseline_entries(store: Store, run_id: str) -> list[dict[str, Any]]:
    """One entry per distinct fingerprint of the run's violations, in a stable order."""
    entries: dict[str, dict[str, Any]] = {}
    for finding in store.iter_findings(run_id):
        if finding.status != "violation" or finding.fingerprint in entries:
            continue
        entries[finding.fingerprint] = {
            "fingerprint": finding.fingerprint,
            "rule_id": finding.rule_id,
            "source": finding.source,
            "severity": finding.severity.value,
            "url": finding.url,
            "location": finding.locator or None,
            "message": finding.message,
        }
        if finding.extra.get("fingerprints"):
            # engines that agreed on this barrier: each engine's own fingerprint, so the
            # baseline still knows it when an engine is added or removed
            entries[finding.fingerprint]["fingerprints"] = finding.extra["fingerprints"]
    return sorted(entries.values(), key=lambda e: (e["url"], e["rule_id"], e["fingerprint"]))


def write_baseline(store: Store, run: Run, path: Path) -> int:
    entries = baseline_entries(store, run.id)
    data = {
        "format": FORMAT,
        "version": VERSION,
        "run": run.id,
        "site": run.site,
        "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "findings": entries,
    }
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    except OSError as exc:  # a folder, a path under a file, a read-only place
        raise ConfigError(f"baseline {path}: cannot write: {exc.strerror or exc}") from None
    return len(entries)


def load_baseline(path: Path) -> Baseline:
    """Read a baseline; anything malformed is one ConfigError line naming the file."""
    label = str(path)
    try:
        data = json.loads(read_input_text(path))
    except FileNotFoundError:
        raise ConfigError(f"baseline {label}: no such file (write one with"
                          " `clinic-checker baseline RUN -o FILE`)") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"baseline {label}: cannot read: {exc}") from None
    except json.JSONDecodeError as exc:
        raise ConfigError(f"baseline {label}: not valid JSON: {exc}") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ConfigError(f"baseline {label}: not a clinic-checker baseline"
                          f" (expected \"format\": \"{FORMAT}\")")
    if data.get("version") != VERSION:
        raise ConfigError(f"baseline {label}: unsupported version {data.get('version')!r}")
    findings = data.get("findings")
    if not isinstance(findings, list):
        raise ConfigError(f"baseline {label}: \"findings\" must be a list")
    entries: dict[str, dict[str, Any]] = {}
    for number, entry in enumerate(findings, 1):
        fp = entry.get("fingerprint") if isinstance(entry, dict) else None
        if not isinstance(fp, str) or not fp:
            raise ConfigError(f"baseline {label}: finding {number} has no fingerprint")
        entries[fp] = entry
    return Baseline(path, data.get("run"), data.get("site"), entries)
