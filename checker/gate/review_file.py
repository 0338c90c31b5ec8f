"""The verdicts file: what the HTML report's "Download verdicts" button writes, what
`clinic-checker review export` prints and `review import FILE` records; and the same
verdicts as a waivers file (checker/gate/waivers.py) for repositories that keep them in git.

A verdicts file is JSON::

    {"format": "clinic-checker-verdicts", "version": 1, "run": "20261125-...",
     "verdicts": [{"fingerprint": "3f2a9c0d1e4b5a6f7081", "subject_hash": "9b1c...",
                   "verdict": "accepted", "reason": "...", "expires": "2027-03-01",
                   "by": "Dana Reyes", "at": "2026-11-26T10:04:00Z"}]}

`subject_hash` is the hash of the text or element the reviewer saw (review.subject_hash);
`at` may be left out (the time of the import is used). The report's script writes this shape;
reports/static/report.js names the same keys.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from checker.gate.review import ACCEPTED, NOT_AN_ISSUE, Verdict, check_verdict
from checker.settings import ConfigError
from checker.settings.inputs import read_input_text

FORMAT, VERSION = "clinic-checker-verdicts", 1
ENTRY_KEYS = ("fingerprint", "subject_hash", "verdict", "reason", "expires", "by", "at")
_HEX = re.compile(r"[0-9a-f]{20}")
# A waiver needs an expiry; a false positive has none, so its waiver is reconsidered yearly.
NOT_AN_ISSUE_WAIVER_DAYS = 365


def verdicts_document(verdicts: Iterable[Verdict], run_id: str | None = None
                      ) -> dict[str, Any]:
    """A verdicts file's content (what `review export` prints)."""
    return {"format": FORMAT, "version": VERSION, "run": run_id,
            "verdicts": [{k: v.to_dict()[k] for k in ENTRY_KEYS}
                         for v in verdicts]}


def read_verdicts_file(path: Path) -> tuple[str | None, list[dict[str, Any]]]:
    """The run a verdicts file was made from and its entries, each checked; a ConfigError
    names the file, the entry and what is wrong (nothing is recorded from a bad file)."""
    label = f"verdicts {path}"
    try:
        data = json.loads(read_input_text(path))
    except FileNotFoundError:
        raise ConfigError(f"{label}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{label}: cannot read: {exc}") from None
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{label}: not valid JSON: {exc}") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ConfigError(f"{label}: not a verdicts file (expected \"format\": \"{FORMAT}\")")
    if data.get("version") != VERSION:
        raise ConfigError(f"{label}: version {data.get('version')!r} is not {VERSION}")
    entries = data.get("verdicts")
    if not isinstance(entries, list):
        raise ConfigError(f"{label}: \"verdicts\" must be a list")
    run = data.get("run")
    return (run if isinstance(run, str) else None,
            [_entry(e, f"{label}: verdict {n}") for n, e in enumerate(entries, 1)])


def _entry(entry: Any, where: str) -> dict[str, Any]:
    if not isinstance(entry, dict):
        raise ConfigError(f"{where} must be an object of {', '.join(ENTRY_KEYS)}")
    unknown = [k for k in entry if k not in ENTRY_KEYS]
    if unknown:
        raise ConfigError(f"{where}: unknown key {unknown[0]!r} (keys: {', '.join(ENTRY_KEYS)})")
    if any(entry.get(k) is not None and not isinstance(entry[k], str) for k in ENTRY_KEYS):
        raise ConfigError(f"{where}: every value must be a string")
    for key in ("fingerprint", "subject_hash"):
        if not _HEX.fullmatch(entry.get(key) or ""):
            raise ConfigError(f"{where}: {key!r} must be 20 hexadecimal digits")
    problem = check_verdict(entry.get("verdict") or "", entry.get("reason"),
                            entry.get("expires"), entry.get("by"), where)
    if problem:
        raise ConfigError(problem)
    return entry


def waivers_yaml(verdicts: Iterable[Verdict], as_of: dt.date, source: str) -> str:
    """Accepted (unexpired) and not-an-issue verdicts as a waivers file, one waiver per
    finding by fingerprint. `fails` verdicts are not waivers and are left out."""
    entries = []
    for v in verdicts:
        if v.verdict == ACCEPTED and not v.expired(as_of):
            expires, reason = v.expires, v.reason
        elif v.verdict == NOT_AN_ISSUE:
            decided = dt.date.fromisoformat(v.at[:10])
            expires = (decided + dt.timedelta(days=NOT_AN_ISSUE_WAIVER_DAYS)).isoformat()
            reason = f"not an issue (false positive): {v.reason}"
        else:
            continue
        entries.append({"fingerprint": v.fingerprint, "rule": v.rule_id, "reason": reason,
                        "approved_by": f"{v.by} ({v.at})", "expires": expires})
    header = (f"# Written by `clinic-checker review export --as-waivers` from {source} on"
              f" {as_of.isoformat()}.\n"
              "# Accepted findings until their expiry; false positives (not-an-issue) for"
              f" {NOT_AN_ISSUE_WAIVER_DAYS} days\n"
              "# from the verdict. A waiver holds by fingerprint even when the page's text"
              " changes;\n# verdicts in the history come back for re-review then.\n")
    return header + yaml.safe_dump({"waivers": entries}, sort_keys=False, allow_unicode=True,
                                   width=100)
