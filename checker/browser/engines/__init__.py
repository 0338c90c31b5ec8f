"""The WCAG engines of the browser stage: axe-core (always available, the default) and the
optional IBM Equal Access (`ibm`), HTML_CodeSniffer (`htmlcs`) and our own checks of failure
techniques the others leave to people (`checker`, own.py), chosen with
`--engine axe,ibm,htmlcs,checker`. All run on the same render; their findings are merged per
barrier.

The common interface of an optional engine module: NAME, TITLE, version(), spec(config) ->
EngineSpec (how frames.py runs it in a document), hits(raw, config) -> [Hit] (base.py); an
engine installed from npm also has SCRIPT (an EngineScript), which `make engines` fetches.
"""

from __future__ import annotations

import time
from types import ModuleType
from typing import Any

from selenium.common.exceptions import JavascriptException, TimeoutException

from checker.browser.engines import axe as axe_engine
from checker.browser.engines import htmlcs, ibm, own
from checker.browser.engines.base import EngineFailed, EngineSettings, require_installed
from checker.browser.engines.frames import EnginesRun, preload, run_in_every_frame
from checker.browser.engines.merge import merge_findings
from checker.browser.pool import Session
from checker.model import Finding

AXE = "axe"
OPTIONAL: dict[str, ModuleType] = {ibm.NAME: ibm, htmlcs.NAME: htmlcs, own.NAME: own}


def optional_engines(config: EngineSettings) -> list[ModuleType]:
    """The optional engines of the audit, ours last: its focus check runs the page's own focus
    handlers and its narrow runs resize the page, so the others see the page as axe did."""
    chosen = [OPTIONAL[name] for name in config.engines if name in OPTIONAL]
    return sorted(chosen, key=lambda module: module is own)


def check_engines_installed(config: EngineSettings) -> None:
    """ConfigError (exit 2) naming the make target when an asked-for engine is missing."""
    if config.no_browser:
        return
    for module in optional_engines(config):
        if hasattr(module, "SCRIPT"):  # ours ships in the package
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
    results (for merging), the time the engines took, and each engine's error. An engine
    that fails leaves the others and axe standing: its error is recorded on the page.

    Times (ms): each engine's own, measured in the page (loading its script where it runs and
    running it, in every frame); "merge" finding axe's elements; "shared" the rest of the wall
    time (worlds, frame lists, round trips, sending scripts to documents that lacked them);
    "preload" defining the preloaded engines while the page's documents loaded. Their sum is
    the time the engines add to the page."""
    modules = optional_engines(config)
    if not modules:
        return {}
    specs = [module.spec(config) for module in modules]
    axe_targets = axe_engine.targets(axe_results) if axe_results else None
    started = time.perf_counter()
    try:
        preload(session, specs)
        run = run_in_every_frame(session, specs, axe_targets or None)
    except (EngineFailed, RuntimeError, ValueError, JavascriptException) as exc:
        # the runner threw, or returned something else than its results
        run = _failed(modules, str(exc).splitlines()[0][:300])
    except (TimeoutError, TimeoutException) as exc:
        if isinstance(exc, TimeoutException) and "script timeout" not in str(exc).lower():
            raise  # a hung renderer: the render stage's business
        run = _failed(modules, "did not finish in time")
    finally:
        if session.interceptor is None:  # WebDriver walked the frames
            session.driver.switch_to.default_content()
    wall = (time.perf_counter() - started) * 1000
    ms = {name: round(value, 1) for name, value in run.ms.items()}
    if axe_targets:
        ms["merge"] = round(run.axe_paths_ms, 1)
    ms["shared"] = round(max(wall - sum(ms.values()), 0.0), 1)
    # spent while the page loaded, before `started`: still time the engines add
    ms["preload"] = round(run.preload_ms, 1)
    return {"raw": run.raw, "ms": ms, "errors": run.errors,
            "load_ms": {name: round(value, 1) for name, value in run.load_ms.items()},
            "axe_paths": axe_engine.element_paths(axe_targets or [], run.axe_paths),
            "extra": run.extra}  # what an engine says of its own run (HTMLCS: sniffs that threw)


def _failed(modules: list[ModuleType], message: str) -> EnginesRun:
    return EnginesRun(raw={m.NAME: [] for m in modules}, ms={m.NAME: 0.0 for m in modules},
                      errors={m.NAME: f"{m.TITLE} failed: {message}" for m in modules})


def engine_findings(url: str, engines: dict[str, Any] | None, config: EngineSettings,
                    axe_findings: list[Finding]) -> list[Finding]:
    """axe's findings merged with the optional engines' (one finding per barrier)."""
    if not engines:
        return axe_findings
    others = [hit.to_finding(url) for module in optional_engines(config)
              for hit in module.hits(engines["raw"].get(module.NAME, []), config)]
    return merge_findings(axe_findings, others, engines.get("axe_paths", {}),
                          list(config.engines))
