"""`clinic-checker explain URL-or-FILE [--rule ID]`: why the claim rules fired or not."""

from __future__ import annotations

from pathlib import Path

import click

from checker.cli.options import table_option
from checker.cli.rules import no_rule
from checker.untrusted import safe_text


@click.command()
@click.argument("target")
@click.option("--rule", "rule_id", default=None, metavar="ID",
              help="Explain only this claim rule.")
@table_option("rule_packs")
def explain(target: str, rule_id: str | None, rule_packs: list[Path] | None) -> None:
    """Print, for one page (a URL or an HTML file), each sentence the claim rules considered
    and why each fired or not: predicate, condition, product, and the negation, hedge,
    attribution or approved care that stopped it."""
    from checker.content import ContentEngine
    from checker.content.explain import explain_page
    from checker.settings import AuditConfig

    settings = AuditConfig(rule_packs=rule_packs or []).validate().content
    engine = ContentEngine(settings)
    if rule_id is not None and rule_id not in {r.id for r in engine.rules}:
        raise no_rule(rule_id, "--rule")
    url, html = _read(target)
    from checker.content.extract import TooDeep

    try:
        click.echo("\n".join(explain_page(engine, url, html, rule_id)))
    except TooDeep as exc:
        raise click.UsageError(f"{url}: {exc}") from None


def _read(target: str) -> tuple[str, str]:
    """(URL, HTML) of a local file or a page fetched over HTTP(S)."""
    if target.startswith(("http://", "https://")):
        import requests

        from checker.crawl.links import decode_html

        try:
            # No redirects: the named URL is the only address this command may reach (a
            # redirect could point at a private address the audit's guard would refuse).
            response = requests.get(target, timeout=30, stream=True, allow_redirects=False)
            body = response.raw.read(10 * 1024 * 1024, decode_content=True)
        except requests.RequestException as exc:
            raise click.UsageError(f"cannot fetch {target}: {type(exc).__name__}") from None
        if response.is_redirect:
            location = safe_text(response.headers.get("Location", ""))[:300]
            raise click.UsageError(f"{target} redirects to {location}; explain that URL instead")
        if response.status_code >= 400:
            raise click.UsageError(f"{target} answered HTTP {response.status_code}")
        text, _ = decode_html(body, response.headers.get("Content-Type"))
        return target, text
    path = Path(target)
    if not path.is_file():
        raise click.BadParameter(f"{target} is neither an http(s) URL nor a file",
                                 param_hint="URL-or-FILE")
    from checker.crawl.links import decode_html

    text, _ = decode_html(path.read_bytes(), None)
    return path.resolve().as_uri(), text
