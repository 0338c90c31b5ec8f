"""The errors of settings: a usage or configuration problem is one line and exit 2."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from checker.settings.option import Setting


class ConfigError(ValueError):
    """A usage or configuration error: the CLI prints it as one line and exits 2."""


class OptionError(ConfigError):
    """One option's value is wrong. `str()` names it as the CLI user typed it (--max-pages);
    a config file names its key instead (`in_file`)."""

    def __init__(self, setting: Setting, problem: str):
        super().__init__(f"{setting.label} {problem}")
        self.setting = setting
        self.problem = problem

    def in_file(self, label: str, where: str = "") -> ConfigError:
        return ConfigError(f"{label}{where}: {self.setting.key} {self.problem}")
