"""The CI recipes in docs/ci/ parse, and every clinic-checker command and option they use is
one the CLI has (click parses each command line as it would run, with its types and choices);
the upload steps run only when their file exists."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import click
import pytest
import yaml

from checker.cli.main import cli
from checker.cli.options import typed_values
from checker.settings import AuditConfig, ConfigError
from tests.conftest import REPO

CI = REPO / "docs" / "ci"
WORKFLOWS = ["github-actions.yml", "scheduled-audit.yml"]
EXPRESSION = re.compile(r"\$\{\{.*?\}\}")


def commands_in(text: str) -> list[list[str]]:
    """Every `clinic-checker ...` command line in a shell snippet, as argv after the program;
    a CI expression (${{ ... }}) stands for one word."""
    found = []
    for line in EXPRESSION.sub("EXPR", text).replace("\\\n", " ").splitlines():
        words = shlex.split(line, comments=True)
        for n, word in enumerate(words):
            program = word == "clinic-checker" or word.endswith("/clinic-checker")
            if program and n + 1 < len(words):
                argv = words[n + 1:]
                ends = [i for i, w in enumerate(argv) if w in ("&&", "||", ">>", ">", "|", ";")]
                found.append(argv[:ends[0]] if ends else argv)
    return found


def check_command(argv: list[str]) -> None:
    """Parse argv with the real CLI, as `clinic-checker` would, without running it."""
    name, *args = argv
    command = cli.commands.get(name)
    assert command is not None, f"no command {name!r}"
    try:
        with command.make_context(name, list(args)) as ctx:  # unknown options raise here
            if name == "audit":  # ranges and choices: the one AuditConfig.validate()
                given = typed_values({k: v for k, v in ctx.params.items()
                                      if k not in ("start", "config_path", "site")})
                AuditConfig(start=list(ctx.params["start"]), **given).validate()
    except click.UsageError as exc:
        pytest.fail(f"clinic-checker {' '.join(argv)}: {exc.format_message()}")
    except ConfigError as exc:
        pytest.fail(f"clinic-checker {' '.join(argv)}: {exc}")


def github_steps(name: str) -> list[dict]:
    workflow = yaml.safe_load((CI / name).read_text())
    return [step for job in workflow["jobs"].values() for step in job["steps"]]


def recipe_commands() -> list[tuple[str, list[str]]]:
    found: list[tuple[str, list[str]]] = []
    for name in WORKFLOWS:
        for step in github_steps(name):
            found += [(name, argv) for argv in commands_in(step.get("run", ""))]
    gitlab = yaml.safe_load((CI / "gitlab-ci.yml").read_text())
    for job in gitlab.values():
        for line in job.get("script", []):
            found += [("gitlab-ci.yml", argv) for argv in commands_in(line)]
    for name in ("crontab", "clinic-checker.service"):
        found += [(name, argv) for argv in commands_in((CI / name).read_text())]
    return found


def test_every_recipe_uses_the_cli_as_it_is():
    commands = recipe_commands()
    assert {name for name, _ in commands} == {*WORKFLOWS, "gitlab-ci.yml", "crontab",
                                             "clinic-checker.service"}
    for _, argv in commands:
        check_command(argv)


def test_the_checker_of_recipes_refuses_an_option_the_cli_lacks():
    with pytest.raises(pytest.fail.Exception, match="no-such-flag"):
        check_command(["audit", "public", "--no-such-flag"])
    with pytest.raises(pytest.fail.Exception, match="docx"):
        check_command(["audit", "public", "--format", "html,docx"])


def test_github_workflow_permissions_browser_and_uploads():
    workflow = yaml.safe_load((CI / "github-actions.yml").read_text())
    assert workflow["permissions"]["checks"] == "write"  # the JUnit check run
    assert workflow["permissions"]["security-events"] == "write"  # SARIF upload
    text = (CI / "github-actions.yml").read_text()
    assert "apt-get install" not in text  # Ubuntu 24.04's chromium packages are snap stubs
    (audit,) = [argv for name, argv in recipe_commands() if name == "github-actions.yml"]
    assert audit[1] == "public"  # the pull request's own build, not a shared staging URL
    assert {"--chromium", "--chromedriver"} <= set(audit)
    for step in github_steps("github-actions.yml"):
        uses = step.get("uses", "")
        path = (step.get("with") or {}).get("sarif_file") or (step.get("with") or {}).get(
            "report_paths")
        if path:  # an upload runs after a failed audit, but only when its file exists
            assert step["if"] == f"always() && hashFiles('{path}') != ''", uses
    comment = next(s for s in github_steps("github-actions.yml") if "gh pr comment" in
                   s.get("run", ""))
    assert "hashFiles('reports/build/summary.md')" in comment["if"]
    (audit_argv,) = [a for n, a in recipe_commands() if n == "github-actions.yml"]
    assert "markdown" in audit_argv[audit_argv.index("--format") + 1].split(",")


def test_history_cache_is_per_branch_with_mains_as_fallback():
    restore = next(s for s in github_steps("github-actions.yml")
                   if s.get("uses", "").startswith("actions/cache/restore"))
    assert "head_ref" in (CI / "github-actions.yml").read_text()  # not the PR's merge ref
    assert "clinic-checker-history-main-" in restore["with"]["restore-keys"]
    job = yaml.safe_load((CI / "gitlab-ci.yml").read_text())["clinic-checker"]
    assert "$CI_COMMIT_REF_SLUG" in job["cache"]["key"]
    assert job["cache"]["fallback_keys"] == ["clinic-checker-$CI_DEFAULT_BRANCH"]
    assert job["artifacts"]["reports"]["codequality"].endswith("gl-code-quality.json")


def test_systemd_timer_and_crontab_run_every_site():
    timer = (CI / "clinic-checker.timer").read_text()
    assert "OnCalendar=" in timer and "Persistent=true" in timer
    for name in ("crontab", "clinic-checker.service"):
        (argv,) = [a for n, a in recipe_commands() if n == name]
        assert argv[:3] == ["audit", "--site", "all"]


def test_the_config_file_of_the_recipes_loads(tmp_path: Path, monkeypatch):
    from checker.configfile import load_project

    monkeypatch.setenv("STAGING_TOKEN", "x")
    configs = load_project(CI / "clinic-checker.toml").configs({}, site="all")
    assert [c.site for c in configs] == ["production", "staging"]
