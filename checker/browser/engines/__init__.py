"""The WCAG engines of the browser stage: axe-core (always available, the default) and the
optional IBM Equal Access (`ibm`) and HTML_CodeSniffer (`htmlcs`), chosen with
`--engine axe,ibm,htmlcs`. All run on the same render; their findings are merged per barrier.

The common interface of an optional engine module: NAME, SCRIPT (an EngineScript), version(),
run(session, config) -> raw hits of every frame, hits(raw, config) -> [Hit].
"""

from __future__ import annotations

import time
from types import ModuleType
from typing import Any

from selenium.common.exceptions import JavascriptException, TimeoutException

from checker.browser.engines import axe as axe_engine
from checker.browser.engines import htmlcs, ibm
from checker.browser.engines.base import EngineSettings, require_installed
from checker.browser.engines.merge import merge_findings
from checker.browser.pool import Session
from checker.model import Finding

AXE = "axe"
OPTIONAL: dict[str, ModuleType] = {ibm.NAME: ibm, htmlcs.NAME: htmlcs}


def optional_engines(config: EngineSettings) -> list[ModuleType]:
    return [OPTIONAL[name] for name in config.engines if name in OPTIONAL]


def check_engines_installed(config: EngineSettings) -> None:
    """ConfigError (exit 2) naming the make target when an asked-for engine is missing."""
    if config.no_browser:
        return
    for module in optional_engines(config):
        require_installed(module.NAME, module.SCRIPT)


def engine_versions(config: EngineSettings, axe_version: str | None) -> dict[str, str]:
    """{"axe": "4.10.2", "ibm": "4.0.34", ...} for the engines of this audit."""
    versions = {AXE: axe_version or "unknown"} if AXE in config.engines else {}
    for module in optional_engines(config):
        versions[module.NAME] = module.version()
    return versions


def run_optional_engines(session: Session, config: EngineSettings,
                         axe_results: dict[str, Any] | None) -> dict[str, Any]:
    """Every optional engine's raw hits on the loaded page, the element paths of axe's
    results (for merging), the time each engine took, and each engine's error. An engine
    that fails leaves the others and axe standing: its error is recorded on the page. The
    times (ms) are each engine's injection and run in every frame, and "merge" the lookup of
    axe's elements."""
    modules = optional_engines(config)
    if not modules:
        return {}
    out: dict[str, Any] = {"raw": {}, "ms": {}, "errors": {}}
    for module in modules:
        started = time.perf_counter()
        try:
            out["raw"][module.NAME] = module.run(session, config)
        except (RuntimeError, ValueError, JavascriptException) as exc:
            # the engine's script threw or returned something else than its hits
            out["errors"][module.NAME] = str(exc).splitlines()[0][:300]
        except TimeoutException as exc:
            if "script timeout" not in str(exc).lower():
                raise  # a hung renderer: the render stage's business
            out["errors"][module.NAME] = f"{module.NAME} did not finish in time"
        finally:
            session.driver.switch_to.default_content()
        out["ms"][module.NAME] = round((time.perf_counter() - started) * 1000, 1)
    if axe_results:
        started = time.perf_counter()
        out["axe_paths"] = axe_engine.element_paths(session, axe_results)
        out["ms"]["merge"] = round((time.perf_counter() - started) * 1000, 1)
    return out


def engine_findings(url: str, engines: dict[str, Any] | None, config: EngineSettings,
                    axe_findings: list[Finding]) -> list[Finding]:
    """axe's findings merged with the optional engines' (one finding per barrier)."""
    if not engines:
        return axe_findings
    others = [hit.to_finding(url) for module in optional_engines(config)
              for hit in module.hits(engines["raw"].get(module.NAME, []), config)]
    return merge_findings(axe_findings, others, engines.get("axe_paths", {}),
                          list(config.engines))
