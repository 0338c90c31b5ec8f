"""The secret syntax of --header and --cookie values: `env:NAME` (or `$NAME`, `${NAME}`)
reads the environment variable NAME when the request is sent, so secrets stay out of config
files and are never stored. The one parser: the config file (to name a missing variable
before the audit), the crawl (to send the value) and the crash log scrubber use it."""

from __future__ import annotations

import os
import re

from checker.settings.errors import ConfigError

_ENV_VALUE = re.compile(r"^(?:env:|\$\{?)([A-Za-z_][A-Za-z0-9_]*)\}?$")


def env_name(value: object) -> str | None:
    """The environment variable a value names, or None for a literal value."""
    match = _ENV_VALUE.match(str(value).strip())
    return match.group(1) if match else None


def resolve_secret(value: str) -> str:
    """The value itself, or the environment variable it names (ConfigError when unset)."""
    name = env_name(value)
    if name is None:
        return value
    if name not in os.environ:
        raise ConfigError(f"environment variable {name} (named by an env: value of --header,"
                          " --cookie, --login or --notify) is not set")
    return os.environ[name]


def resolve_secrets(values: dict[str, str]) -> dict[str, str]:
    return {key: resolve_secret(str(value)) for key, value in values.items()}
