"""Notifications after a run: a JSON summary (the verdict recorded with the run, its counts,
the findings new since the previous run, the report path) posted to webhooks, in our own shape
or the shapes Slack and Microsoft Teams incoming webhooks accept, and mailed over SMTP
(--notify-email) for sites without chat.

Only a run that changed something is announced (new or fixed findings since the site's
previous run, or a verdict that flipped; a site's first run counts as a change), unless
--notify-always. A notification that cannot be delivered is a warning, never a lost run.
"""

from __future__ import annotations

import smtplib
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import requests

from checker.gate.verdict import recorded_verdict
from checker.model import Run
from checker.settings import AuditConfig, ConfigError
from checker.settings.secrets import resolve_secret
from checker.store.db import Store
from checker.store.history import diff_runs, finding_record

LISTED = 20  # new findings named in a notification
TIMEOUT = (5.0, 15.0)  # connect, read: a slow webhook must not hold the run


def run_summary(store: Store, run: Run, report: Path | None) -> dict[str, Any]:
    """The run as a notification tells it; `changed` says whether it is news."""
    verdict = recorded_verdict(run) or {}
    previous = store.run_before(run)
    diff = diff_runs(store, previous, run) if previous else None
    new = [f for f in (diff.added if diff else store.iter_findings(run.id))
           if f.status == "violation"]
    fixed = [f for f in diff.fixed if f.status == "violation"] if diff else []
    before = recorded_verdict(previous) if previous else None
    flipped = bool(before) and before.get("passed") != verdict.get("passed")
    return {
        "tool": "clinic-checker", "site": run.site, "run": run.id,
        "previous_run": previous.id if previous else None,
        "changed": previous is None or bool(new or fixed) or flipped,
        "passed": verdict.get("passed"), "verdict": verdict.get("headline"),
        "threshold": verdict.get("threshold"),
        "counts": dict(verdict.get("counts") or {}) | {"new": len(new), "fixed": len(fixed)},
        "statuses": verdict.get("statuses"),  # by status, when the gate recorded them
        "new_findings": [finding_record(f) for f in new[:LISTED]],
        "report": str(report) if report else None,
    }


def _slack_text(text: str) -> str:
    """Slack's mrkdwn control characters, escaped as Slack documents."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _lines(summary: dict[str, Any]) -> list[str]:
    counts = summary["counts"]
    lines = [f"{counts['new']} new and {counts['fixed']} fixed finding(s) since"
             f" {summary['previous_run'] or 'the first run'};"
             f" {counts.get('failing', 0)} failing the gate."]
    lines += [f"• {f['severity']} {f['rule_id']} on {f['url']}" for f in
              summary["new_findings"][:10]]
    if summary["report"]:
        lines.append(f"Report: {summary['report']}")
    return lines


def _title(summary: dict[str, Any]) -> str:
    mark = "✅" if summary["passed"] else "❌"
    return f"{mark} clinic-checker {summary['site']}: {summary['verdict'] or 'not gated'}"


def slack(summary: dict[str, Any]) -> dict[str, Any]:
    text = "\n".join([f"*{_slack_text(_title(summary))}*", *map(_slack_text, _lines(summary))])
    return {"text": _slack_text(_title(summary)),
            "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": text[:2900]}}]}


def teams(summary: dict[str, Any]) -> dict[str, Any]:
    """An Adaptive Card message, as Teams incoming webhooks (and Workflows) accept."""
    facts = [{"title": k, "value": str(v)} for k, v in summary["counts"].items()]
    body = [{"type": "TextBlock", "text": _title(summary), "weight": "Bolder", "wrap": True},
            {"type": "FactSet", "facts": facts},
            *({"type": "TextBlock", "text": line, "wrap": True} for line in _lines(summary))]
    card = {"$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
            "type": "AdaptiveCard", "version": "1.4", "body": body}
    return {"type": "message", "attachments": [
        {"contentType": "application/vnd.microsoft.card.adaptive", "content": card}]}


SHAPES: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "json": lambda summary: summary, "slack": slack, "teams": teams}


def _where(url: str) -> str:
    """A webhook's URL carries its token: warnings name the host only."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.hostname}" if parts.hostname else "the webhook"


def notify(config: AuditConfig, store: Store, run: Run, report: Path | None
           ) -> tuple[bool, list[str]]:
    """Post the run's summary to every --notify URL when it is news; returns (sent, warnings)."""
    if not (config.notify or config.notify_email):
        return False, []
    summary = run_summary(store, run, report)
    if not (summary["changed"] or config.notify_always):
        return False, []
    payload = SHAPES[config.notify_format](summary)
    warnings = []
    for target in config.notify:
        try:
            url = resolve_secret(target)
            response = requests.post(url, json=payload, timeout=TIMEOUT)
        except ConfigError as exc:
            warnings.append(f"notification not sent: {exc}")
            continue
        except requests.RequestException as exc:
            warnings.append(f"notification to {_where(url)} failed: {type(exc).__name__}")
            continue
        if response.status_code >= 300:
            warnings.append(f"notification to {_where(url)} answered"
                            f" {response.status_code}")
    if config.notify_email:
        warnings += send_mail(config, summary)
    return True, warnings


def mail(summary: dict[str, Any], sender: str, to: list[str]) -> EmailMessage:
    message = EmailMessage()
    # a header is one line: page text never reaches it, and the site name is flattened
    message["Subject"] = " ".join(_title(summary).split())[:200]
    message["From"] = sender
    message["To"] = ", ".join(to)
    message.set_content("\n".join([_title(summary), "", *_lines(summary)]) + "\n")
    return message


def send_mail(config: AuditConfig, summary: dict[str, Any]) -> list[str]:
    """The summary by mail, for sites without a chat webhook; a failure is a warning."""
    smtp = config.smtp
    host, port = smtp.get("host", "localhost"), int(smtp.get("port", 25))
    try:
        message = mail(summary, smtp.get("from") or f"clinic-checker@{host}",
                       config.notify_email)
        with smtplib.SMTP(host, port, timeout=TIMEOUT[1]) as server:
            if smtp.get("starttls", "").lower() in ("1", "true", "yes"):
                server.starttls()
            if smtp.get("user"):
                server.login(smtp["user"], resolve_secret(smtp.get("password", "")))
            server.send_message(message)
    except ConfigError as exc:
        return [f"mail not sent: {exc}"]
    except (OSError, smtplib.SMTPException) as exc:
        return [f"mail via {host}:{port} failed: {type(exc).__name__}"]
    return []
