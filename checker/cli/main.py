"""The `clinic-checker` command. Thin: parse options into an AuditConfig, call the library,
print. Usage and config errors are one line and exit 2; an audit that cannot run exits 3."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from checker import __version__
from checker.cli.options import table_option, table_options, typed_values
from checker.cli.progress import Progress, safe_text
from checker.cli.summary import summary_lines
from checker.gate.policy import EXIT_CANNOT_RUN, EXIT_USAGE
from checker.settings import AuditConfig, ConfigError


class OneLineGroup(click.Group):
    """Click prints usage blocks on errors; we promise one line and exit 2."""

    def main(self, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        kwargs["standalone_mode"] = False
        try:
            return super().main(*args, **kwargs)
        except click.exceptions.Exit as exc:
            sys.exit(exc.exit_code)
        except click.exceptions.Abort:
            click.echo("clinic-checker: aborted", err=True)
            sys.exit(130)
        except click.ClickException as exc:
            command = exc.ctx.command_path if getattr(exc, "ctx", None) else "clinic-checker"
            click.echo(f"clinic-checker: error: {_one_line(exc.format_message())}"
                       f" (see '{command} --help')", err=True)
            sys.exit(EXIT_USAGE)
        except ConfigError as exc:
            click.echo(f"clinic-checker: error: {_one_line(str(exc))}", err=True)
            sys.exit(EXIT_USAGE)


def _one_line(text: str) -> str:
    return " ".join(text.split())


# A fixed width: --help reads the same on every terminal, and docs/cli.md is generated from it.
CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100,
           "terminal_width": 100}


@click.group(cls=OneLineGroup, context_settings=CONTEXT)
@click.version_option(__version__, prog_name="clinic-checker")
def cli() -> None:
    """Audit clinic websites for accessibility (WCAG via axe-core) and medical-content
    compliance."""


def check_axe_rules(config: AuditConfig) -> AuditConfig:
    from checker.browser.wcag import unknown_axe_rules

    if unknown := unknown_axe_rules(config):
        raise ConfigError(f"unknown axe rule id: {', '.join(unknown)} (see axe-core's rule list)")
    return config


@cli.command()
@click.argument("start", nargs=-1)
@table_options("audit")
@click.option("--config", "config_path", type=click.Path(path_type=Path),
              help="Config file (default: the nearest clinic-checker.toml, or pyproject.toml"
              " with [tool.clinic-checker], from here upward).")
def audit(start: tuple[str, ...], config_path: Path | None, **options: Any) -> None:
    """Audit a site from its START URLs (or a local folder of built HTML), or the sites of
    the config file."""
    from checker.configfile import load_project
    from checker.gate.policy import Policies

    given = typed_values(options)
    site = given.pop("site", None)
    if start:
        given["start"] = list(start)
    project = load_project(config_path)
    for notice in project.notices:
        click.echo(f"clinic-checker: {notice}", err=True)
    configs = [check_axe_rules(c) for c in project.configs(given, site=site)]
    for config in configs:  # every site's baseline and waivers, before the first audit
        Policies.load(config)
    codes = []
    for config in configs:
        if len(configs) > 1:
            click.echo(f"== {config.site} ==")
        codes.append(run_and_report(config))
    sys.exit(max(codes))


def run_and_report(config: AuditConfig, *, gate: bool = True) -> int:
    """Audit, write the reports, print the summary; return the exit code."""
    from checker.audit import Audit, AuditCannotRun
    from checker.browser.pool import BrowserUnavailable
    from checker.cli.errors import watch
    from checker.gate.policy import evaluate
    from checker.report import ReportError, write_reports

    progress = Progress(enabled=not config.quiet)
    try:
        with progress:
            watch(config)  # a crash saves what this run had (checker.cli.errors)
            audit = Audit(config, progress=progress.page, log=progress.log)
            watch(config, audit)
            result = audit.run()
    except (AuditCannotRun, BrowserUnavailable) as exc:
        click.echo(f"clinic-checker: cannot run: {_one_line(str(exc))}", err=True)
        return EXIT_CANNOT_RUN
    # The gate first: it marks baselined and waived findings in the store, which every
    # report (and JUnit's failures) must show.
    verdict = evaluate(config, result.store, result.run.id)
    try:
        paths = write_reports(config, result.store, result.run.id, result.out_dir)
    except ReportError as exc:
        click.echo(f"clinic-checker: cannot write the report: {_one_line(str(exc))}", err=True)
        return EXIT_CANNOT_RUN
    # Lines quote URLs and sentences from crawled pages: no control characters reach the
    # terminal or a CI log.
    for line in summary_lines(result, verdict, paths):
        click.echo(safe_text(line, 1000))
    from checker.cli.history import run_notes

    for line in run_notes(result.run, verdict):
        click.echo(safe_text(line, 1000))
    result.store.close()
    return verdict.exit_code if gate else 0


@cli.command()
@table_options("demo")
def demo(**options: Any) -> None:
    """Serve the bundled demo clinic site on 127.0.0.1, audit it, write reports/demo/."""
    from checker.demo import demo_site_dir

    values = typed_values(options)
    values.setdefault("out", Path("reports/demo"))
    config = check_axe_rules(AuditConfig(start=[str(demo_site_dir())], **values).validate())
    if config.db is None:
        # A fresh store each time: the demo's port changes between runs.
        for suffix in ("", "-wal", "-shm"):
            Path(f"{config.out}/audit.sqlite{suffix}").unlink(missing_ok=True)
        config.db = Path(f"{config.out}/audit.sqlite")  # not the project's history
    code = run_and_report(config, gate=False)
    sys.exit(code)


@cli.group(invoke_without_command=True)
@table_option("rule_packs")
@click.pass_context
def rules(ctx: click.Context, rule_packs: list[Path] | None) -> None:
    """List the content rules (from the YAML packs)."""
    from checker.content import format_rule_list, load_rules

    ctx.obj = AuditConfig(rule_packs=rule_packs or []).validate()
    if ctx.invoked_subcommand is None:
        click.echo(format_rule_list(load_rules(ctx.obj)))


@rules.command("show")
@click.argument("rule_id")
@click.pass_obj
def rules_show(config: AuditConfig, rule_id: str) -> None:
    """Print one rule's whole entry."""
    from checker.content import format_rule, load_rules

    by_id = {rule.id: rule for rule in load_rules(config)}
    if rule_id not in by_id:
        raise click.BadParameter(f"no content rule {rule_id!r}; `clinic-checker rules` lists them",
                                 param_hint="RULE_ID")
    click.echo(format_rule(by_id[rule_id]))


@cli.command()
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
@click.argument("path", type=click.Path(path_type=Path), default="clinic-checker.toml")
def init(path: Path, force: bool) -> None:
    """Write a commented starter config file (default ./clinic-checker.toml)."""
    from checker.configfile import write_starter

    click.echo(f"Wrote {write_starter(path, force=force)}; edit the sites, then run"
               " `clinic-checker audit`.")


def _add_history_commands() -> None:
    from checker.cli.history import baseline, diff, history

    for command in (history, diff, baseline):
        cli.add_command(command)


_add_history_commands()


def main() -> None:
    from checker.cli.errors import last_resort

    with last_resort():
        cli(prog_name="clinic-checker")


if __name__ == "__main__":
    main()
