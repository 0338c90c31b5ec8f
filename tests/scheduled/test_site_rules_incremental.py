"""Site rules on re-audits: a site-wide finding (accessibility-statement-present) is made
once per run over the run's pages, carried-over pages included, so an unchanged site's
re-audits give exactly the findings of a full audit, each site finding once."""

from __future__ import annotations

from collections import Counter

from tests.scheduled.conftest import AS_OF, cli, latest_run

SITE_RULE = "accessibility-statement-present"


def _audit(project, url, out, *extra) -> list[dict]:
    proc = cli("audit", url, "--out", str(project / out), "--as-of", AS_OF, "--fail-on",
               "never", "-q", "--no-browser", *extra, cwd=project)
    assert proc.returncode == 0, proc.stderr + proc.stdout
    return latest_run(project / ".clinic-checker" / "history.sqlite")[2]


def _multiset(findings: list[dict]) -> Counter:
    """Identity, rule, severity and status of each finding, counted (a copy counts)."""
    return Counter((f["fingerprint"], f["rule_id"], f["severity"], f["status"])
                   for f in findings)


def test_unchanged_site_reaudits_equal_a_full_audit_site_rules_included(project, site):
    _, server = site(6, {2: ("cure",)})
    url = server.url + "index.html"
    runs = [_audit(project, url, f"r{i}") for i in range(4)]  # a first audit, 3 re-audits
    full = _audit(project, url, "full", "--full")

    for findings in runs + [full]:
        assert [f["rule_id"] for f in findings].count(SITE_RULE) == 1
    for findings in runs[1:]:
        assert _multiset(findings) == _multiset(full)
    assert len(runs[3]) == len(full) == len(runs[0])
