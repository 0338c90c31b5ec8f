"""Config files: `clinic-checker.toml` or `[tool.clinic-checker]` in pyproject.toml.

Found like ruff finds its config: the nearest file walking up from the working directory, or
the one `--config PATH` names. A key is its option's flag name with underscores (`--max-pages`
is `max_pages`, `--wcag` is `wcag`), generated from the options table in checker/settings; the
field names older files used (`wcag_version`, `rule_packs`, ...) are still read, with a one-line
deprecation notice in `Project.notices`. A file may list several sites:

    max_pages = 300                 # defaults for every site
    [sites.main]
    start = ["https://www.example-clinic.com/"]
    # header = { Authorization = "env:STAGING_TOKEN" }

Precedence: the table's defaults < the file's top level < the site's table < options the user
actually typed on the command line. Any problem is one ConfigError line naming file and key.
"""

from __future__ import annotations

import difflib
import math
import os
import tomllib
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from checker.settings import (
    AuditConfig,
    ConfigError,
    OptionError,
    Setting,
    parse_threshold_key,
    setting,
    settings_table,
    threshold_keys,
)
from checker.settings.coerce import BadValue, coerce
from checker.settings.inputs import read_input_text
from checker.settings.secrets import env_name

CONFIG_NAMES = ("clinic-checker.toml", ".clinic-checker.toml")
DEFAULT_DB = Path(".clinic-checker") / "history.sqlite"
DEFAULT_REPORTS_DIR = Path("reports")  # each run's folder is made in here without --out
# Keys a file may hold besides the options.
_FILE_ONLY_KEYS = ("sites",)
_SITE_ONLY_KEYS = ("name",)
_MERGED = ("thresholds", "headers", "cookies")  # a site's table adds to the defaults' table


def config_keys() -> list[str]:
    """Every option key a config file accepts, in table order."""
    return [s.key for s in settings_table()]


def _key_index() -> tuple[dict[str, Setting], dict[str, Setting]]:
    """key -> setting, and deprecated key (the field name) -> setting."""
    rows = settings_table()
    keys = {s.key: s for s in rows}
    old = {s.name: s for s in rows if s.name != s.key and s.name not in keys}
    return keys, old


@dataclass
class Project:
    """What a config file says (or nothing, when there is no file)."""

    path: Path | None = None
    defaults: dict[str, Any] = field(default_factory=dict)
    sites: dict[str, dict[str, Any]] = field(default_factory=dict)
    prefix: str = ""  # where the tables sit: "tool.clinic-checker." in pyproject.toml
    notices: list[str] = field(default_factory=list)  # deprecated keys, one line each

    @property
    def root(self) -> Path:
        return self.path.parent if self.path else Path.cwd()

    @property
    def label(self) -> str:
        return _display(self.path) if self.path else "command line"

    @property
    def default_db(self) -> Path:
        """One history per project: next to the config file, else in the working directory."""
        return self.root / DEFAULT_DB

    def configs(self, cli_values: dict[str, Any], site: str | None = None) -> list[AuditConfig]:
        """The audits to run: one per selected site (`all`: every site, as with no --site).
        `cli_values` holds only options the user typed, and wins over the file; with several
        sites a typed --out is their parent folder, so no site overwrites another's report."""
        if site == ALL_SITES and ALL_SITES not in self.sites:
            if not self.sites:
                raise ConfigError(f"--site all: {self.label if self.path else 'no config file'}"
                                  " has no [sites.NAME] tables")
            site = None  # every site of the file, in turn
        if site is not None and self.sites:
            if site not in self.sites:
                known = ", ".join(self.sites)
                raise ConfigError(f"{self.label}: no site {site!r} (sites: {known})")
            return [self._build(site, self.sites[site], cli_values)]
        if site is None and self.sites and not cli_values.get("start"):
            return [self._build(name, table, _per_site_out(cli_values, name, len(self.sites)))
                    for name, table in self.sites.items()]
        values = dict(cli_values)
        if site is not None:
            values["site"] = site
        return [self._build(None, {}, values)]

    def _build(self, name: str | None, table: dict[str, Any], cli: dict[str, Any]
               ) -> AuditConfig:
        values = dict(self.defaults)
        values["thresholds"] = dict(self.defaults.get("thresholds", {}))
        for key, value in table.items():
            if key in _MERGED:
                values[key] = dict(values.get(key, {})) | value  # a site adds to the defaults
            else:
                values[key] = value
        if name is not None:
            values.setdefault("site", name)
        values.update(cli)
        values.setdefault("db", self.default_db)
        where = f" in [{self.prefix}sites.{name}]" if name else ""
        if not values.get("start") and not values.get("sitemaps") and not values.get("urls_file"):
            hint = "give a start URL" + (
                f" or set start{where} in {self.label}" if self.path else
                " (or write a config file with `clinic-checker init`)")
            raise ConfigError(f"nothing to audit: {hint}")
        _check_env(values, self.label, where)
        try:
            return AuditConfig(**values).validate()
        except OptionError as exc:
            if not self.path or exc.setting.name in cli:
                raise  # typed on the command line: named as the flag
            raise exc.in_file(self.label, where) from None


def find_config(start: Path | None = None) -> Path | None:
    """The nearest clinic-checker.toml, or pyproject.toml with [tool.clinic-checker], walking
    up from `start`; within one folder clinic-checker.toml wins, as ruff.toml does for ruff."""
    folder = (start or Path.cwd()).resolve()
    for candidate in (folder, *folder.parents):
        for name in CONFIG_NAMES:
            if (candidate / name).is_file():
                return candidate / name
        pyproject = candidate / "pyproject.toml"
        if pyproject.is_file() and _has_tool_table(pyproject):
            return pyproject
    return None


def load_project(path: Path | None = None, *, search: bool = True) -> Project:
    """The project an explicit --config names, else the nearest config file, else none."""
    if path is None:
        path = find_config() if search else None
        if path is None:
            return Project()
    elif not path.is_file():
        raise ConfigError(f"--config {path}: no such file")
    return parse_project(path)


def parse_project(path: Path) -> Project:
    label = _display(path)
    data = _read_toml(path, label)
    section = ""
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("clinic-checker")
        section = " in [tool.clinic-checker]"
        if not isinstance(data, dict):
            raise ConfigError(f"{label}: no [tool.clinic-checker] table")
    prefix = "tool.clinic-checker." if section else ""
    reader = _Reader(label, path.parent, prefix)
    defaults = reader.table(data, section, top=True)
    sites = reader.sites(data.get("sites"))
    return Project(path=path, defaults=defaults, sites=sites, prefix=prefix,
                   notices=list(dict.fromkeys(reader.notices)))


class _Reader:
    """Turns raw TOML tables into AuditConfig keyword arguments, one clear error at a time."""

    def __init__(self, label: str, base: Path, prefix: str = ""):
        self.prefix = prefix  # "tool.clinic-checker." in pyproject.toml
        self.label = label
        self.base = base
        self.keys, self.old_keys = _key_index()
        self.notices: list[str] = []

    def fail(self, message: str) -> typing.NoReturn:
        raise ConfigError(f"{self.label}: {message}")

    def table(self, raw: dict[str, Any], where: str, *, top: bool = False,
              in_array: bool = False) -> dict[str, Any]:
        values: dict[str, Any] = {}
        thresholds: dict[str, int] = {}
        for raw_key, value in raw.items():
            key = raw_key.replace("-", "_")
            if top and key in _FILE_ONLY_KEYS or in_array and key in _SITE_ONLY_KEYS:
                continue
            if parse_threshold_key(key) is not None:
                thresholds[key] = self.threshold(raw_key, value, where)
                continue
            setting = self.keys.get(key)
            if setting is None and key in self.old_keys:
                setting = self.old_keys[key]
                self.notices.append(f"{self.label}: key {raw_key!r} is deprecated; use"
                                    f" {setting.key!r}")
            if setting is not None and setting.name == "thresholds":
                if not isinstance(value, dict):
                    self.fail(f"{raw_key!r}{where} must be a table, e.g. max_wcag_serious = 0")
                for name, limit in value.items():
                    if parse_threshold_key(name) is None:
                        self.fail(f"unknown threshold {name!r}{where}; use max_SEVERITY or"
                                  " max_SOURCE_SEVERITY, e.g. max_wcag_serious")
                    thresholds[name] = self.threshold(name, limit, where)
            elif setting is not None:
                values[setting.name] = self.value(raw_key, setting, value, where,
                                                  deprecated=key != setting.key)
            else:
                self.unknown(raw_key, where, top=top, in_array=in_array)
        if thresholds:
            values["thresholds"] = thresholds
        return values

    def unknown(self, key: str, where: str, *, top: bool, in_array: bool) -> typing.NoReturn:
        choices = config_keys() + threshold_keys() + (list(_FILE_ONLY_KEYS) if top else []) + (
            list(_SITE_ONLY_KEYS) if in_array else [])
        close = difflib.get_close_matches(key.replace("-", "_"), choices, n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        self.fail(f"unknown key {key!r}{where}{hint}")

    def threshold(self, key: str, value: Any, where: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            self.fail(f"{key}{where} must be a whole number of findings (0 or more),"
                      f" got {value!r}")
        return value

    def sites(self, raw: Any) -> dict[str, dict[str, Any]]:
        if raw is None:
            return {}
        entries: list[tuple[str, dict[str, Any], bool]] = []
        if isinstance(raw, dict):  # [sites.NAME] tables
            for name, table in raw.items():
                if not isinstance(table, dict):
                    self.fail(f"[{self.prefix}sites.{name}] must be a table of settings")
                entries.append((name, table, False))
        elif isinstance(raw, list):  # [[sites]] with name = "..."
            for number, table in enumerate(raw, 1):
                name = table.get("name") if isinstance(table, dict) else None
                if not isinstance(name, str) or not name:
                    self.fail(f"[[sites]] entry {number} needs a name = \"...\"")
                entries.append((name, table, True))
        else:
            self.fail("'sites' must be [sites.NAME] tables or [[sites]] entries")
        sites: dict[str, dict[str, Any]] = {}
        for name, table, in_array in entries:
            if name in sites:
                self.fail(f"site {name!r} is listed twice")
            sites[name] = self.table(table, f" in [{self.prefix}sites.{name}]",
                                     in_array=in_array)
        return sites

    def value(self, raw_key: str, setting: Setting, value: Any, where: str, *,
              deprecated: bool = False) -> Any:
        scale = 1 if deprecated else setting.option.scale  # an old key is in field units
        hint = float if scale != 1 else setting.hint
        try:
            result = coerce(value, hint)
        except BadValue as exc:
            self.fail(f"{raw_key}{where} must be {exc}, got {_short(value)}")
        if scale != 1:
            if not math.isfinite(result):  # inf and nan have no whole number of bytes
                self.fail(f"{raw_key}{where} must be a finite number, got {_short(value)}")
            result = int(result * scale)
        if setting.item is Path:
            result = self.resolve(result)
        elif setting.name == "start":
            result = [self.resolve_folder(s) for s in result]
        return result

    def resolve(self, value: Any) -> Any:
        if isinstance(value, list):
            return [self.resolve(v) for v in value]
        if isinstance(value, Path) and not value.is_absolute():
            return self.base / value.expanduser()
        return value

    def resolve_folder(self, start: str) -> str:
        """A start that names a local folder (a built static site) is relative to the file."""
        if "://" in start:
            return start
        candidate = self.base / start
        return str(candidate) if candidate.is_dir() else start


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _check_env(values: dict[str, Any], label: str, where: str) -> None:
    """Secrets come from the environment ("env:NAME"): say which one is missing before any
    request goes out without its credentials."""
    for field_name in ("headers", "cookies"):
        key = setting(field_name).key
        for name, value in (values.get(field_name) or {}).items():
            variable = env_name(value)
            if variable is not None and variable not in os.environ:
                raise ConfigError(f"{label}{where}: {key}.{name} reads environment variable"
                                  f" {variable}, which is not set")
    for step in values.get("login") or []:
        variable = env_name(str(step).rsplit(" with ", 1)[-1]) if " with " in str(step) else None
        if variable is not None and variable not in os.environ:
            raise ConfigError(f"{label}{where}: login step {str(step).split(' with ')[0]!r}"
                              f" reads environment variable {variable}, which is not set")


def _read_toml(path: Path, label: str) -> dict[str, Any]:
    try:
        return tomllib.loads(read_input_text(path))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{label}: not valid TOML: {exc}") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{label}: not UTF-8 text, as TOML must be (byte {exc.start})"
                          ) from None
    except OSError as exc:
        raise ConfigError(f"{label}: cannot read: {exc.strerror or exc}") from None


def _has_tool_table(pyproject: Path) -> bool:
    try:
        data = tomllib.loads(read_input_text(pyproject))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False
    return isinstance(data.get("tool", {}).get("clinic-checker"), dict)


def _display(path: Path) -> str:
    """The path as the user would type it: relative when under the working directory."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def write_starter(path: Path, *, force: bool = False) -> Path:
    """The starter file of `clinic-checker init`, generated from the options table."""
    from checker.settings.starter import starter_text

    if path.is_dir():
        raise ConfigError(f"{_display(path)} is a folder; give the config file's path")
    if path.exists() and not force:
        raise ConfigError(f"{_display(path)} already exists; use --force to overwrite it")
    try:
        path.write_text(starter_text(), encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot write {_display(path)}: {exc.strerror or exc}") from None
    return path


ALL_SITES = "all"


def _per_site_out(cli_values: dict[str, Any], name: str, sites: int) -> dict[str, Any]:
    if sites < 2 or cli_values.get("out") is None:
        return cli_values
    return cli_values | {"out": Path(cli_values["out"]) / name}
