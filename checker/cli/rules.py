"""`clinic-checker rules` and `rules show ID`: the content rules, from the YAML packs, and the
WCAG checks of `--engine checker`, from their metadata (checker/browser/engines/own.py)."""

from __future__ import annotations

from pathlib import Path

import click

from checker.cli.options import table_option
from checker.settings import ContentSettings
from checker.untrusted import safe_text


def no_rule(rule_id: str, param_hint: str, what: str = "content rule") -> click.BadParameter:
    """The one line for a rule id nobody defined (shown capped: it is the user's input)."""
    return click.BadParameter(f"no {what} {safe_text(rule_id, 80)!r}; `clinic-checker rules`"
                              " lists them", param_hint=param_hint)


@click.group(invoke_without_command=True)
@table_option("rule_packs")
@click.pass_context
def rules(ctx: click.Context, rule_packs: list[Path] | None) -> None:
    """List the content rules (from the YAML packs) and the WCAG checks of --engine checker."""
    from checker.browser.engines.own import rule_list
    from checker.content import format_rule_list, load_rules
    from checker.settings import AuditConfig

    ctx.obj = AuditConfig(rule_packs=rule_packs or []).validate().content
    if ctx.invoked_subcommand is None:
        click.echo(format_rule_list(load_rules(ctx.obj)))
        click.echo("\n" + rule_list())


@rules.command("show")
@click.argument("rule_id")
@click.option("--lexicon", is_flag=True,
              help="Also list every lexicon entry a structured claim rule reads (and every "
              "entry of the word classes a rule's frames name).")
@click.pass_obj
def rules_show(settings: ContentSettings, rule_id: str, lexicon: bool) -> None:
    """Print one rule's whole entry (a structured claim rule: with its lexicons; checker:ID, a
    WCAG check of --engine checker)."""
    from checker.browser.engines import own
    from checker.content import format_rule, load_rules
    from checker.content.explain import describe_lexicons

    if rule_id.startswith(f"{own.NAME}:"):
        if rule_id.split(":", 1)[1] not in own.BY_ID:
            raise no_rule(rule_id, "RULE_ID", "check")
        click.echo(own.rule_text(own.BY_ID[rule_id.split(":", 1)[1]]))
        return

    by_id = {rule.id: rule for rule in load_rules(settings)}
    if rule_id not in by_id:
        raise no_rule(rule_id, "RULE_ID")
    rule = by_id[rule_id]
    click.echo(format_rule(rule))
    if rule.type == "disease-claim":
        click.echo("\n".join(describe_lexicons(rule, entries=lexicon)))
    scopes = rule.params.get("scopes") if isinstance(rule.params, dict) else None
    if scopes:
        from checker.content.scopes import SCOPE_WORDS

        click.echo("Not a claim when anywhere in the sentence:")
        click.echo("\n".join(f"  {name}: {SCOPE_WORDS[name]}" for name in scopes))
    if isinstance(rule.params, dict) and rule.params.get("approved_care_subject"):
        labelled = (", or a drug of labelled-uses.yaml for a use its label names, unless"
                    " the superlative sets it against another approved drug by name"
                    if rule.type == "existence" else "")
        click.echo(f"Not a claim when said of approved care (approved-care in products.yaml"
                   f"{labelled}) by no seller, patient or unapproved product in the sentence.")
    frames = getattr(rule.compiled, "frames", None)
    if frames:
        from checker.content.frames import describe_frames

        click.echo("\n".join(describe_frames(frames, entries=lexicon)))
