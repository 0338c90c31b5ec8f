"""gl-code-quality.json: GitLab Code Quality, one issue per violation the gate counts (not
baselined, not waived), so a merge request's widget shows what is new against its target
branch. Pages with a source file (folder audits, `source_map`) point at the file and line;
others at the page URL, which GitLab shows as text.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from checker.gate.policy import counts
from checker.gate.review import review_words
from checker.model import Finding
from checker.report.common import require_run
from checker.report.source_files import SourceMap
from checker.settings import AuditConfig
from checker.store.db import Store
from checker.untrusted import inert_text

# Our scale -> GitLab's (info, minor, major, critical, blocker).
SEVERITY = {"critical": "critical", "serious": "major", "moderate": "minor", "minor": "info"}


def issue(finding: Finding, sources: SourceMap) -> dict[str, Any]:
    located = sources.locate(finding) if sources else None
    where = f" ({finding.url})" if located is None else ""
    words = review_words(finding.extra.get("review"))
    return {
        "type": "issue",
        "check_name": finding.rule_id,
        "description": inert_text(f"{finding.message}{where}"
                                  + (f" [review: {words}]" if words else "")),
        "fingerprint": finding.fingerprint,
        "severity": SEVERITY[finding.severity.value],
        "location": {"path": located.path if located else finding.url,
                     "lines": {"begin": (located.line if located else None) or 1}},
    }


def write_gitlab(config: AuditConfig, store: Store, run_id: str, path: Path) -> Path:
    sources = SourceMap.of(require_run(store, run_id), config.source_map)
    issues: dict[str, dict[str, Any]] = {}  # by fingerprint: GitLab wants them unique
    for finding in store.iter_findings(run_id):
        if counts(finding) and finding.fingerprint not in issues:
            issues[finding.fingerprint] = issue(finding, sources)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(list(issues.values()), indent=1, ensure_ascii=False) + "\n",
                   encoding="utf-8")
    tmp.replace(path)
    return path
