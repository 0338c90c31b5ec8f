"""The starter config file `clinic-checker init` writes, generated from the options table:
every option has its line (commented out unless it is one a new project usually sets)."""

from __future__ import annotations

import datetime as dt
import json
import textwrap
from typing import Any

from checker.settings.option import Setting
from checker.settings.stages import STAGES, settings_table

# Set (not commented out) in a new project's file: the choices people make first.
ACTIVE = ("max_pages", "wcag_version", "level", "formats", "fail_on")

HEADER = """\
# clinic-checker configuration. Every `clinic-checker audit` option has a key here: the
# option's name with underscores (--max-pages -> max_pages, --wcag -> wcag, --rules -> rules,
# --rule -> rule). Options typed on the command line win over this file. Paths are relative to
# this file. Reference: docs/cli.md, or `clinic-checker audit --help`.
"""

SITES = """\
# Per-source gate limits may also be top-level keys: the most findings of that source at that
# severity or worse (max_SEVERITY: any source).
# max_wcag_serious = 0
# max_content_serious = 0
# max_moderate = 20

# --- the sites; `clinic-checker audit` audits them all, `--site NAME` one of them ---
[sites.production]
start = ["https://www.example-clinic.com/"]
# out = "reports/production"

[sites.staging]
start = ["https://staging.example-clinic.com/"]
max_pages = 100
# Secrets stay out of this file: "env:NAME" reads the environment variable NAME.
# header = { Authorization = "env:STAGING_TOKEN" }
max_wcag_serious = 0
"""


def toml_value(value: Any) -> str | None:
    """A default as TOML, or None when it has no literal form (computed, or no value)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return f"{value:g}" if isinstance(value, float) and value != int(value) else repr(value)
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, list) and value:
        return json.dumps([str(v) for v in value])
    return None


def _line(setting: Setting) -> str:
    opt = setting.option
    computed = opt.default_text is not None or isinstance(setting.field_default(), dt.date)
    value = None if computed else toml_value(setting.shown_default())
    shown = value if value is not None else (opt.example or '""')
    active = setting.name in ACTIVE and value is not None
    help_lines = textwrap.wrap(opt.help + (f" Default: {opt.default_text}." if
                                            opt.default_text else ""), 96)
    comment = "\n".join(f"# {line}" for line in help_lines)
    return f"{comment}\n{'' if active else '# '}{setting.key} = {shown}"


def starter_text() -> str:
    parts = [HEADER, "# --- defaults for every site below ---"]
    rows = settings_table()
    for stage, cls in STAGES.items():
        parts.append(f"\n# == {stage}: {cls.__doc__.strip()}")
        parts.extend(_line(s) for s in rows if s.stage == stage)
    parts.append("")
    parts.append(SITES)
    return "\n".join(parts)

