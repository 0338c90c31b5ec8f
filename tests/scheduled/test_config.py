"""Config files: discovery, precedence (typed options win, defaults do not), sites, secrets
from the environment, `init`, and one clear line for every mistake."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import click
import pytest

from checker.cli.main import audit
from checker.configfile import config_keys, find_config, load_project, parse_project
from checker.settings import AuditConfig, ConfigError, settings_table
from tests.scheduled.conftest import AS_OF, cli, latest_run


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_every_audit_option_comes_from_the_table_with_its_flag_as_key():
    """A click option written by hand (not a row of checker/settings) fails here: every
    option of `audit` but --config is a table row, and its config key is its flag's name with
    underscores."""
    rows = {s.name: s for s in settings_table()}
    for param in audit.params:
        if not isinstance(param, click.Option) or param.name == "config_path":
            continue
        assert param.name in rows, f"{param.opts} is not a row of the options table"
        flag = max(param.opts, key=len)
        assert rows[param.name].key == flag.removeprefix("--").replace("-", "_")
        assert rows[param.name].key in config_keys()
    assert {f.name for f in dataclasses.fields(AuditConfig)} == set(rows)


def test_found_like_ruff_walking_up(tmp_path, monkeypatch):
    deep = tmp_path / "a" / "b" / "c"
    deep.mkdir(parents=True)
    write(tmp_path / "pyproject.toml", "[project]\nname = 'x'\n")  # no table: not a config
    monkeypatch.chdir(deep)
    assert find_config() is None
    write(tmp_path / "a" / "pyproject.toml", "[tool.clinic-checker]\nmax_pages = 7\n")
    assert find_config() == (tmp_path / "a" / "pyproject.toml").resolve()
    assert load_project().defaults["max_pages"] == 7
    # in one folder clinic-checker.toml wins over pyproject.toml
    write(tmp_path / "a" / "clinic-checker.toml", "max_pages = 9\n")
    assert find_config() == (tmp_path / "a" / "clinic-checker.toml").resolve()
    # the nearest folder wins
    write(tmp_path / "a" / "b" / "pyproject.toml", "[tool.clinic-checker]\nmax_pages = 3\n")
    assert load_project().defaults["max_pages"] == 3


def test_sites_inherit_defaults_and_resolve_paths(tmp_path, monkeypatch):
    monkeypatch.setenv("STAGING_TOKEN", "s3cret")
    path = write(tmp_path / "clinic-checker.toml", """
max_pages = 50
fail_on = "moderate"
max_wcag_serious = 0
header = { "X-Audit" = "yes" }

[sites.prod]
start = "https://www.example-clinic.com/"

[sites.staging]
start = ["https://staging.example-clinic.com/"]
max_pages = 10
baseline = "ci/baseline.json"
headers = { Authorization = "env:STAGING_TOKEN" }
[sites.staging.thresholds]
max_content_serious = 2
""")
    project = parse_project(path)
    prod, staging = project.configs({})
    assert prod.site == "prod" and prod.max_pages == 50 and prod.fail_on == "moderate"
    assert prod.start == ["https://www.example-clinic.com/"]
    assert prod.db == tmp_path / ".clinic-checker" / "history.sqlite"
    assert staging.max_pages == 10 and staging.baseline == tmp_path / "ci" / "baseline.json"
    assert staging.thresholds == {"max_wcag_serious": 0, "max_content_serious": 2}
    # secrets stay references: the crawler reads the environment when it sends them
    assert staging.headers == {"X-Audit": "yes", "Authorization": "env:STAGING_TOKEN"}
    assert "s3cret" not in repr(staging.public_options())
    # the field names older files used still read, each named once with its new key
    assert [n.split(": ", 1)[1] for n in project.notices] == [
        "key 'headers' is deprecated; use 'header'",
        "key 'thresholds' is deprecated; use 'threshold'"]
    # one site by name; typed options win over the file
    (only,) = project.configs({"max_pages": 3}, site="staging")
    assert only.site == "staging" and only.max_pages == 3


def test_array_of_sites_form(tmp_path):
    path = write(tmp_path / "clinic-checker.toml", """
[[sites]]
name = "main"
start = "https://a.example/"
[[sites]]
name = "blog"
start = "https://b.example/"
level = "AAA"
""")
    configs = parse_project(path).configs({})
    assert [(c.site, c.level) for c in configs] == [("main", "AA"), ("blog", "AAA")]


@pytest.mark.slow  # two audits through the CLI
def test_typed_options_override_the_file_but_defaults_do_not(project, site):
    _, server = site(6)
    write(project / "clinic-checker.toml",
          f'start = "{server.url}index.html"\nmax_pages = 3\nno_browser = true\n'
          f'as_of = {AS_OF}\nfail_on = "never"\nquiet = true\n')
    proc = cli("audit", cwd=project)  # the option's default of 500 must not undo max_pages
    assert proc.returncode == 0, proc.stderr
    db = project / ".clinic-checker" / "history.sqlite"
    assert len(latest_run(db)[1]) == 3
    proc = cli("audit", "--max-pages", "2", cwd=project)
    assert proc.returncode == 0, proc.stderr
    assert len(latest_run(db)[1]) == 2


@pytest.mark.slow  # three audits through the CLI
def test_audit_one_site_or_all(project, site):
    _, one = site(2)
    _, two = site(2)
    write(project / "clinic-checker.toml", f"""
no_browser = true
quiet = true
fail_on = "never"
[sites.one]
start = "{one.url}index.html"
[sites.two]
start = "{two.url}index.html"
""")
    assert cli("audit", "--site", "two", cwd=project).returncode == 0
    proc = cli("history", cwd=project)
    assert proc.returncode == 0
    assert [line.split()[1] for line in proc.stdout.splitlines()[1:]] == ["two"]
    assert cli("audit", cwd=project).returncode == 0
    proc = cli("history", "one", cwd=project)
    assert len(proc.stdout.splitlines()) == 2  # header and one run


def test_init_writes_a_loadable_starter_and_refuses_to_overwrite(project):
    proc = cli("init", cwd=project)
    assert proc.returncode == 0, proc.stderr
    config = project / "clinic-checker.toml"
    assert "[sites.production]" in config.read_text()
    configs = parse_project(config).configs({})
    assert [c.site for c in configs] == ["production", "staging"]
    again = cli("init", cwd=project)
    assert again.returncode == 2
    assert again.stderr.strip().splitlines() == [
        "clinic-checker: error: clinic-checker.toml already exists; use --force to overwrite it"]
    assert cli("init", "--force", cwd=project).returncode == 0


BAD_CONFIGS = [
    # (file text, words the one line must contain)
    ("[sites.main]\nstart = 'http://127.0.0.1:1/'\nmax_page = 5\n",
     ["clinic-checker.toml: unknown key 'max_page' in [sites.main]; did you mean 'max_pages'?"]),
    ("max_pages = 'many'\n", ["clinic-checker.toml", "max_pages", "whole number", "'many'"]),
    ("max_pages = 0\nstart = 'http://127.0.0.1:1/'\n",
     ["clinic-checker.toml: max_pages must be at least 1, got 0"]),
    ("fail_on = 'sometimes'\nstart = 'http://127.0.0.1:1/'\n",
     ["clinic-checker.toml: fail_on 'sometimes' is not one of"]),
    ("max_wcag_seriuos = 0\n", ["clinic-checker.toml", "max_wcag_seriuos", "max_wcag_serious"]),
    ("[thresholds]\nmax_wcag_serious = -1\n", ["clinic-checker.toml", "max_wcag_serious"]),
    ("start = 'http://127.0.0.1:1/'\nheader = { Authorization = 'env:NO_SUCH_VAR_X' }\n",
     ["clinic-checker.toml", "header.Authorization", "NO_SUCH_VAR_X"]),
    ("max_pages = = 3\n", ["clinic-checker.toml", "not valid TOML"]),
    ("[[sites]]\nstart = 'x'\n", ["clinic-checker.toml", "needs a name"]),
    ("as_of = 'yesterday'\n", ["clinic-checker.toml", "as_of", "date"]),
    ("include = ['(']\nstart = 'http://127.0.0.1:1/'\n", ["clinic-checker.toml", "regex"]),
]


@pytest.mark.parametrize(("text", "words"), BAD_CONFIGS, ids=[w[-1] for _, w in BAD_CONFIGS])
def test_malformed_config_is_one_line_exit_2(project, text, words):
    write(project / "clinic-checker.toml", text)
    proc = cli("audit", "--no-browser", cwd=project)
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    for word in words:
        assert word in lines[0]


def test_config_errors_in_process_name_the_site(tmp_path):
    path = write(tmp_path / "pyproject.toml",
                 "[tool.clinic-checker.sites.web]\nstart = 'https://x.example/'\nworkers = 0\n")
    with pytest.raises(ConfigError,
                       match=r"pyproject.toml in \[tool.clinic-checker.sites.web\]: .*workers"):
        parse_project(path).configs({})


def test_unknown_site_and_missing_explicit_config(project):
    write(project / "clinic-checker.toml", "[sites.main]\nstart = 'https://x.example/'\n")
    proc = cli("audit", "--site", "mian", cwd=project)
    assert proc.returncode == 2
    assert "no site 'mian' (sites: main)" in proc.stderr
    proc = cli("audit", "--config", "nope.toml", cwd=project)
    assert proc.returncode == 2 and "nope.toml: no such file" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_nothing_to_audit_is_a_usage_error(project):
    proc = cli("audit", cwd=project)
    assert proc.returncode == 2
    assert "nothing to audit" in proc.stderr and "init" in proc.stderr
