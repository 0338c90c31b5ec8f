"""What every extra WCAG engine shares: where its script lives (the cache `make engines` fills),
its version, and the raw hit every engine's results are first turned into.

An engine module (ibm.py, htmlcs.py) provides NAME, TITLE, SCRIPT (an EngineScript), version(),
spec(config) -> EngineSpec (its script and how to run it in a document) and hits(raw, config)
-> [Hit] (how its results become the one model, with the reasons for each mapping). Running
every engine in every frame of the page is frames.py; merging the findings with axe's is
merge.py.
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


@dataclass(frozen=True)
class EngineSpec:
    """What the walk needs of one engine: its script and how to run it."""

    name: str
    title: str
    source: str  # the engine's browser script
    runner: str  # JS expression, evaluated after `source` in the same scope: the function
    # (argument, helpers) -> Promise of {hits: [...], extra?: {...}} that runs the engine on
    # `document`; helpers are {xpath(el), box(el)} (XPATH_JS)
    argument: Any
    reaches_same_origin: bool = False  # the engine tests same-origin frames by itself (IBM)

    def loader(self) -> str:
        """A statement that makes the engine loadable in a world without running its script.
        `define`, `exports` and `module` are hidden so that UMD scripts (HTMLCS) set their
        globals on the window even where a page has RequireJS (page-world runs); `this` is
        the window."""
        return (f"(window.__ccLoaders = window.__ccLoaders || {{}})[{json.dumps(self.name)}] ="
                f" function (define, exports, module) {{\n{self.source}\n;return ({self.runner});"
                "\n};")


def in_frame(xpath: str) -> bool:
    """Whether an element path (frames.XPATH_JS, frames joined) is in a frame's document."""
    return xpath.find("/html[", 1) > 0


class EngineFailed(RuntimeError):
    """The engines' runner failed in the page, or its results are not the runner's."""


def require_installed(name: str, script: EngineScript) -> None:
    if script.missing():
        raise ConfigError(f"--engine {name}: {script.package} is not installed in"
                          f" {engines_cache()}; {MAKE_HINT}")
