"""What every extra WCAG engine shares: where its script lives (the cache `make engines` fills),
its version, and the raw hit every engine's results are first turned into.

An engine module (ibm.py, htmlcs.py) provides a `ScriptEngine`: how to load its script into a
document, how to run it there, and how its hits become Findings. Running it in every frame of
the page is frames.py; merging its findings with axe's is merge.py.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from checker.model import Finding
from checker.settings import AuditConfig, BrowserStageSettings, ConfigError

# What the engines read: the browser stage's slice (render) or the whole config (audit, CLI).
EngineSettings = BrowserStageSettings | AuditConfig
MAKE_HINT = "run `make engines` (scripts/fetch-engines.sh) to install it"


def engines_cache() -> Path:
    """The folder scripts/fetch-engines.sh installs into (same override variable)."""
    override = os.environ.get("CLINIC_CHECKER_ENGINES_CACHE")
    if override:
        return Path(override)
    return Path.home() / ".cache" / "clinic-checker" / "engines"


@dataclass(frozen=True)
class EngineScript:
    """One npm package's browser script, its licence file and its package.json."""

    package: str  # npm package name
    script: str  # path of the browser build inside the package
    licence: str  # path of the licence file inside the package

    @property
    def folder(self) -> Path:
        return engines_cache() / "node_modules" / self.package

    def missing(self) -> bool:
        return not (self.folder / self.script).is_file()

    def source(self) -> str:
        return _read(str(self.folder / self.script))

    def version(self) -> str:
        return str(_package_json(str(self.folder / "package.json")).get("version", "unknown"))


@lru_cache(maxsize=8)
def _read(path: str) -> str:
    return Path(path).read_text(encoding="utf-8")


@lru_cache(maxsize=8)
def _package_json(path: str) -> dict[str, Any]:
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


@dataclass
class Hit:
    """One engine result on one element, before it is a Finding. `xpath` is the element's
    path from the top document, frames included (IBM's own notation: a frame's path continues
    with /html[1]/...), so hits of different engines on one element compare equal."""

    engine: str
    rule_id: str  # the engine's own id, without prefix
    status: str  # "violation" or "needs-review"
    wcag: list[str]
    severity: str
    message: str
    xpath: str
    excerpt: str | None = None
    help_url: str | None = None
    level: str | None = None
    bbox: dict[str, float] | None = None
    extra: dict[str, Any] | None = None

    def to_finding(self, url: str) -> Finding:
        return Finding(
            rule_id=f"{self.engine}:{self.rule_id}",
            source="wcag",
            status=self.status,  # type: ignore[arg-type]
            severity=self.severity,  # type: ignore[arg-type]
            url=url,
            message=self.message,
            help_url=self.help_url,
            wcag=self.wcag,
            level=self.level,
            selector=self.xpath,
            excerpt=self.excerpt,
            bbox=self.bbox,
            extra={"engine": self.engine, **(self.extra or {})},
        )


class EngineFailed(RuntimeError):
    """The engine's own script failed on the page (not the browser)."""


def require_installed(name: str, script: EngineScript) -> None:
    if script.missing():
        raise ConfigError(f"--engine {name}: {script.package} is not installed in"
                          f" {engines_cache()}; {MAKE_HINT}")
