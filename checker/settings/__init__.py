"""Every audit option once: the table in stages.py, and what is generated from it."""

from checker.settings.errors import ConfigError, OptionError
from checker.settings.option import Option, Setting
from checker.settings.stages import (
    ENGINE_NAMES,
    ENGINE_TITLES,
    FAIL_ON_CHOICES,
    REPORT_FORMATS,
    STAGES,
    AuditConfig,
    AxeSettings,
    BrowserSettings,
    BrowserStageSettings,
    ContentSettings,
    CrawlSettings,
    GateSettings,
    ReportSettings,
    RunSettings,
    setting,
    settings_table,
)
from checker.settings.thresholds import parse_threshold_key, threshold_keys

__all__ = [
    "ENGINE_NAMES", "ENGINE_TITLES", "FAIL_ON_CHOICES", "REPORT_FORMATS", "STAGES",
    "AuditConfig", "AxeSettings",
    "BrowserSettings", "BrowserStageSettings", "ConfigError", "ContentSettings",
    "CrawlSettings", "GateSettings",
    "Option", "OptionError", "ReportSettings", "RunSettings", "Setting", "parse_threshold_key",
    "setting", "settings_table", "threshold_keys",
]
