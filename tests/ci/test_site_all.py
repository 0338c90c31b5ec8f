"""`audit --site all`: every [sites.NAME] of the config in turn, one history, one summary line,
and a typed --out split per site."""

from __future__ import annotations

from tests.scheduled.conftest import cli


def test_site_all_audits_every_site_into_one_history(project, site):
    _, one = site(2)
    root, two = site(2, {1: ("cure",)})
    (project / "clinic-checker.toml").write_text(f"""
no_browser = true
quiet = true
[sites.one]
start = "{one.url}index.html"
[sites.two]
start = "{two.url}index.html"
""")
    proc = cli("audit", "--site", "all", "--out", "reports", cwd=project)
    assert proc.returncode == 1, proc.stdout + proc.stderr  # two has a cure claim
    assert proc.stdout.splitlines()[-1] == "2 sites: one passed; two FAILED."
    # each site's report in its own folder under --out
    assert (project / "reports" / "one" / "index.html").is_file()
    assert (project / "reports" / "two" / "index.html").is_file()
    history = cli("history", cwd=project).stdout.splitlines()[1:]
    assert sorted(line.split()[1] for line in history) == ["one", "two"]


def test_site_all_without_sites_is_one_line_and_exit_2(project):
    proc = cli("audit", "--site", "all", "http://127.0.0.1:9/", cwd=project)
    assert proc.returncode == 2
    assert "has no [sites.NAME] tables" in proc.stderr
