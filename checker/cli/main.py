"""The `clinic-checker` command group. Each command is its own module in checker/cli/ (audit,
demo, init, rules, history, diff, baseline, evidence, signoff, review): parse, call the
library, print. Usage and config errors are one line and exit 2; an audit that cannot run
exits 3."""

from __future__ import annotations

import sys
from typing import Any

import click

from checker import __version__
from checker.cli.audit import audit
from checker.cli.baseline import baseline
from checker.cli.demo import demo
from checker.cli.diff import diff
from checker.cli.errors import INTERRUPTED, one_line
from checker.cli.evidence import evidence
from checker.cli.explain import explain
from checker.cli.history import history
from checker.cli.init import init
from checker.cli.review import review
from checker.cli.rules import rules
from checker.cli.signoff import signoff
from checker.exit_codes import EXIT_INTERRUPTED, EXIT_USAGE
from checker.settings import ConfigError


class OneLineGroup(click.Group):
    """Click prints usage blocks on errors; we promise one line and exit 2."""

    def main(self, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        kwargs["standalone_mode"] = False
        try:
            return super().main(*args, **kwargs)
        except click.exceptions.Exit as exc:
            sys.exit(exc.exit_code)
        except click.exceptions.Abort as exc:
            # Ctrl-C (click raises Abort from the KeyboardInterrupt) says how to carry on; an
            # end of input at a prompt only that it stopped
            interrupted = isinstance(exc.__cause__, KeyboardInterrupt)
            click.echo(INTERRUPTED if interrupted else "clinic-checker: aborted", err=True)
            sys.exit(EXIT_INTERRUPTED)
        except click.ClickException as exc:
            command = exc.ctx.command_path if getattr(exc, "ctx", None) else "clinic-checker"
            click.echo(f"clinic-checker: error: {one_line(exc.format_message())}"
                       f" (see '{command} --help')", err=True)
            sys.exit(EXIT_USAGE)
        except ConfigError as exc:
            click.echo(f"clinic-checker: error: {one_line(str(exc))}", err=True)
            sys.exit(EXIT_USAGE)


# A fixed width: --help reads the same on every terminal, and docs/cli.md is generated from it.
CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100,
           "terminal_width": 100}


@click.group(cls=OneLineGroup, context_settings=CONTEXT)
@click.version_option(__version__, prog_name="clinic-checker")
def cli() -> None:
    """Audit clinic websites for accessibility (WCAG via axe-core) and medical-content
    compliance."""


for _command in (audit, demo, rules, explain, init, history, diff, baseline, evidence,
                 signoff, review):
    cli.add_command(_command)


def main() -> None:
    from checker.cli.errors import last_resort

    with last_resort():
        cli(prog_name="clinic-checker")


if __name__ == "__main__":
    main()
