"""The CI gate: baselines (only new findings fail; removed ones are reported fixed), waivers
(shown as waived; expired ones count again and are listed), per-source thresholds, and the
history commands around them."""

from __future__ import annotations

import json

import pytest

from tests.scheduled.conftest import AS_OF, cli, latest_run
from tests.scheduled.sitegen import write_page

pytestmark = pytest.mark.slow  # each test audits generated sites two or three times

TOTAL = 6


def gate(project, url, *extra):
    return cli("audit", url, "--no-browser", "-q", "--as-of", AS_OF,
               "--out", str(project / "out"), *extra, cwd=project)


@pytest.fixture
def baselined(project, site):
    """A site with two content defects, audited once and baselined."""
    root, server = site(TOTAL, {2: ("cure",), 4: ("guarantee",)})
    url = server.url + "index.html"
    first = gate(project, url)
    assert first.returncode == 1, first.stderr  # the defects fail without a baseline
    proc = cli("baseline", "latest", "-o", "baseline.json", cwd=project)
    assert proc.returncode == 0, proc.stderr
    return root, server, url


def test_baseline_file_is_readable(project, baselined):
    data = json.loads((project / "baseline.json").read_text())
    assert data["format"] == "clinic-checker-baseline"
    rules = {(e["url"].rsplit("/", 1)[-1], e["rule_id"]) for e in data["findings"]}
    assert {("note-002.html", "no-unqualified-cure-claims"),
            ("note-004.html", "no-guaranteed-results")} <= rules
    assert all(e["fingerprint"] and e["message"] for e in data["findings"])


def test_unchanged_site_passes_with_its_baseline(project, baselined):
    _, _, url = baselined
    proc = gate(project, url, "--baseline", "baseline.json")
    assert proc.returncode == 0, proc.stdout
    assert "Baseline baseline.json:" in proc.stdout and "0 fixed since the baseline" in proc.stdout


def test_a_new_defect_fails_with_exactly_that_finding(project, baselined):
    root, server, url = baselined
    # a guarantee on the page that already has a (baselined) cure claim: one new finding
    write_page(root, 2, TOTAL, ("cure", "guarantee"), revision=2)
    proc = gate(project, url, "--baseline", "baseline.json")
    assert proc.returncode == 1
    failing = [line.split() for line in proc.stdout.splitlines() if "failing:" in line]
    assert [(f[1], f[2], f[3]) for f in failing] == [
        ("serious", "no-guaranteed-results", server.url + "note-002.html")]
    assert proc.stdout.startswith("FAILED: 1 new serious finding. Threshold: fail on serious.")
    _, _, findings = latest_run(project / ".clinic-checker" / "history.sqlite")
    new = [f for f in findings if not f["extra"].get("baseline") and f["status"] == "violation"
           and f["severity"] in ("critical", "serious")]
    assert [(f["url"], f["rule_id"]) for f in new] == [
        (server.url + "note-002.html", "no-guaranteed-results")]


def test_removing_a_baselined_defect_passes_and_is_reported_fixed(project, baselined):
    root, server, url = baselined
    write_page(root, 4, TOTAL, (), revision=2)
    proc = gate(project, url, "--baseline", "baseline.json")
    assert proc.returncode == 0, proc.stdout
    fixed = [line for line in proc.stdout.splitlines() if "fixed:" in line]
    assert any("no-guaranteed-results" in line and "note-004.html" in line for line in fixed)
    # `diff` says the same
    proc = cli("diff", "previous", "latest", cwd=project)
    assert proc.returncode == 0, proc.stderr
    fixed_section = proc.stdout.split("Fixed (")[1].split("Unchanged (")[0]
    assert "no-guaranteed-results" in fixed_section and "note-004.html" in fixed_section
    assert proc.stdout.split("New (")[1].startswith("0)")


def test_waivers_expire_on_the_audit_date(project, site):
    _, server = site(TOTAL, {2: ("cure",)})
    url = server.url + "index.html"
    (project / "waivers.yaml").write_text("""
waivers:
  - rule: no-unqualified-cure-claims
    url: "/note-00*.html"
    reason: Legal reviewed the wording; rewrite ships next sprint
    approved_by: Dana Reyes
    expires: 2026-12-31
  - rule: risks-section-present
    url_regex: "note-002"
    reason: Risks are on the linked consent form
    approved_by: Dana Reyes
    expires: 2026-11-01
  - fingerprint: 0000000000000000dead
    reason: an old page
    approved_by: Sam
    expires: 2027-01-01
""")
    proc = gate(project, url, "--waivers", "waivers.yaml")
    # the cure claim is waived; the risks waiver expired on 2026-11-01 (audit date 11-25)
    assert proc.returncode == 1
    assert "1 finding(s) waived; 1 waiver(s) expired" in proc.stdout
    expired = [line for line in proc.stdout.splitlines() if "expired 2026-11-01" in line]
    assert len(expired) == 1 and "risks-section-present" in expired[0]
    failing = [line for line in proc.stdout.splitlines() if "failing:" in line]
    assert len(failing) == 1 and "risks-section-present" in failing[0]
    _, _, findings = latest_run(project / ".clinic-checker" / "history.sqlite")
    marks = {f["rule_id"]: f["extra"].get("waiver") for f in findings
             if f["url"].endswith("note-002.html")}
    assert marks["no-unqualified-cure-claims"]["expired"] is False
    assert marks["no-unqualified-cure-claims"]["approved_by"] == "Dana Reyes"
    assert marks["risks-section-present"]["expired"] is True
    # before the expiry date both are waived and the gate passes
    proc = cli("audit", url, "--no-browser", "-q", "--as-of", "2026-10-01", "--out",
               str(project / "out2"), "--waivers", "waivers.yaml", "--fail-on", "serious",
               cwd=project)
    assert proc.returncode == 0, proc.stdout


def test_toml_waivers(project, site):
    _, server = site(2, {1: ("cure",)})
    (project / "waivers.toml").write_text("""
[[waivers]]
rule = "no-unqualified-cure-claims"
reason = "r"
approved_by = "a"
expires = 2099-01-01
[[waivers]]
rule = "risks-section-present"
reason = "r"
approved_by = "a"
expires = 2099-01-01
""")
    proc = gate(project, server.url + "index.html", "--waivers", "waivers.toml")
    assert proc.returncode == 0, proc.stdout


def test_per_source_thresholds(project, site):
    _, server = site(3, {1: ("cure",)})
    url = server.url + "index.html"
    (project / "clinic-checker.toml").write_text(
        f'start = "{url}"\nfail_on = "never"\nno_browser = true\nquiet = true\n'
        f'as_of = {AS_OF}\nmax_wcag_serious = 0\nmax_content_serious = 2\n')
    proc = cli("audit", cwd=project)
    assert proc.returncode == 0, proc.stdout  # 2 serious content findings: at the limit
    (project / "clinic-checker.toml").write_text(
        (project / "clinic-checker.toml").read_text().replace("= 2", "= 1"))
    proc = cli("audit", cwd=project)
    assert proc.returncode == 1
    assert "2 findings over max_content_serious = 1" in proc.stdout


MALFORMED = [
    ("waivers.yaml", "waivers:\n  - rule: x\n    reason: r\n    expires: 2026-01-01\n",
     "waiver 1: missing 'approved_by'"),
    ("waivers.yaml", "waivers:\n  - rule: x\n    reason: r\n    approved_by: a\n"
     "    expires: soon\n", "'expires' 'soon' is not a date"),
    ("waivers.yaml", "waivers:\n  - reason: r\n    approved_by: a\n    expires: 2026-01-01\n",
     "needs a 'rule' or a 'fingerprint'"),
    ("waivers.yaml", "waivers:\n  - rule: x\n    url_regex: '('\n    reason: r\n"
     "    approved_by: a\n    expires: 2026-01-01\n", "not a valid regex"),
    ("waivers.yaml", "waivers: [unclosed\n", "not valid YAML"),
    ("waivers.yaml", "waivers:\n  - rule: x\n    reson: r\n", "unknown key 'reson'"),
    ("waivers.toml", "[[waivers]]\nrule = \n", "not valid TOML"),
    ("baseline.json", "{not json", "not valid JSON"),
    ("baseline.json", '{"format": "something-else"}', "not a clinic-checker baseline"),
    ("baseline.json", '{"format": "clinic-checker-baseline", "version": 1, "findings": [{}]}',
     "finding 1 has no fingerprint"),
]


@pytest.mark.parametrize(("name", "text", "message"), MALFORMED, ids=[m[2] for m in MALFORMED])
def test_malformed_waivers_and_baselines_are_one_line_exit_2(project, name, text, message):
    (project / name).write_text(text)
    option = "--baseline" if name.startswith("baseline") else "--waivers"
    proc = cli("audit", "http://127.0.0.1:1/", "--no-browser", option, name, cwd=project)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and name in lines[0], proc.stderr


def test_history_and_diff_commands(project, site):
    root, server = site(3, {1: ("cure",)})
    url = server.url + "index.html"
    gate(project, url, "--fail-on", "never")
    write_page(root, 2, 3, ("guarantee",), revision=2)
    gate(project, url, "--fail-on", "never")
    proc = cli("history", cwd=project)
    lines = proc.stdout.splitlines()
    assert lines[0].split()[:8] == ["run", "site", "started", "status", "pages", "fresh",
                                    "rendered", "carried"]
    assert len(lines) == 3 and all("finished" in line for line in lines[1:])
    newest, oldest = lines[1].split()[0], lines[2].split()[0]
    assert lines[1].split()[5:8] == ["1", "0", "3"]  # 1 page changed, 3 carried over
    proc = cli("diff", oldest[:-2], newest, cwd=project)  # a unique prefix
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[0].startswith(f"{oldest} -> {newest}")
    new_section = proc.stdout.split("New (")[1].split("Fixed (")[0]
    assert "no-guaranteed-results" in new_section and "note-002.html" in new_section
    proc = cli("diff", "nope", newest, cwd=project)
    assert proc.returncode == 2 and "no run 'nope'" in proc.stderr
