"""Rule packs: read the YAML, validate its fields, and describe the rules in plain text.

A pack is data a compliance reviewer can read. Every problem in a pack is reported as one
line naming the file, the rule id and what is wrong (with the nearest known name when it
looks like a typo), so a user can mend it without reading Python. Reading a pack is this
module; compiling a rule's params into its type's spec is checker.content.catalog.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import re
import textwrap
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from checker.content.patterns import RulePattern, compile_rule_pattern
from checker.content.topics import KNOWN_TOPICS
from checker.model import Severity
from checker.resources import SAFE_LOADER, rules_dir
from checker.settings import ConfigError, ContentSettings
from checker.settings.inputs import read_input_text

ENGINE_VERSION = "content-engine/1"

PACK_FIELDS = ("pack", "rules", "description", "sources_checked")
REQUIRED_FIELDS = ("id", "type", "severity", "applies_to", "message", "why", "fix", "source")
OPTIONAL_FIELDS = ("pack", "region", "help_url", "params", "description", "defer_to",
                   "source_url", "verdict")
# What a finding of the rule is: a violation of its source, or a question for the reviewer's
# judgement (reading level, freshness: guidance, not law). Judgement findings are needs-review.
VERDICTS = ("violation", "judgement")
REGIONS = ("main", "page")
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{1,80}$")
# A group that repeats without bound and holds an unbounded repeat, e.g. (a+)+ or (\w*\s?)*:
# the shape of catastrophic backtracking. (?:\w+\s+){0,3} is fine: the outer repeat is bounded.
_NESTED_REPEAT = re.compile(r"\((?:[^()\\]|\\.)*[+*](?:[^()\\]|\\.)*\)(?:[+*]|\{\d*,\})")


@dataclass
class Rule:
    """One content rule as written in its pack, after config overrides."""

    id: str
    pack: str
    type: str
    severity: Severity
    applies_to: list[str] | dict[str, list[str]]
    region: str
    message: str
    why: str
    fix: str
    source: str
    help_url: str | None = None
    params: dict[str, Any] = field(default_factory=dict)
    description: str | None = None  # what the rule checks, in a reviewer's words
    # Rules that already report the same sentence: one claim, one finding.
    defer_to: list[str] = field(default_factory=list)
    source_url: str | None = None  # where the source can be read
    verdict: str = "violation"  # or "judgement": see VERDICTS
    sources_checked: str | None = None  # the pack's date its sources were last checked
    file: str = ""
    compiled: Any = field(default=None, repr=False, compare=False)  # set by the rule type

    def metadata(self) -> dict[str, Any]:
        """The rule as plain data (what the version hash and `rules show` are built from)."""
        return {
            "id": self.id, "pack": self.pack, "type": self.type,
            "severity": self.severity.value, "applies_to": self.applies_to,
            "region": self.region, "message": self.message, "why": self.why, "fix": self.fix,
            "source": self.source, "help_url": self.help_url, "params": self.params,
            "description": self.description, "defer_to": self.defer_to,
            "source_url": self.source_url,
            "verdict": self.verdict, "sources_checked": self.sources_checked,
        }


def pack_files(config: ContentSettings) -> list[Path]:
    """The shipped packs, then each --rules path (a .yaml file or a folder of them)."""
    files = sorted(rules_dir().glob("*.yaml")) + sorted(rules_dir().glob("*.yml"))
    for entry in config.rule_packs:
        path = Path(entry)
        if path.is_dir():
            files += sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml"))
        elif path.is_file():
            files.append(path)
        else:
            raise ConfigError(f"{path}: rule pack not found")
    return files


def read_pack(path: Path) -> list[Rule]:
    """The rules of one pack file; ConfigError (one line) on any problem."""
    try:
        data = load_yaml(read_input_text(path))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read rule pack: {exc}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "malformed"
        raise ConfigError(f"{path}: invalid YAML{where}: {_one_line(problem)}") from None
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise ConfigError(f"{path}: a rule pack must be a mapping with a 'rules' list")
    unknown_keys = sorted(str(k) for k in set(data) - set(PACK_FIELDS))
    if unknown_keys:
        raise ConfigError(f"{path}: unknown top-level key '{unknown_keys[0]}'"
                          f"{did_you_mean(unknown_keys[0], PACK_FIELDS)}")
    default_pack = data.get("pack") or path.stem
    checked = data.get("sources_checked")
    rules = [_rule_from(path, index, entry, str(default_pack))
             for index, entry in enumerate(data["rules"])]
    for rule in rules:
        rule.sources_checked = str(checked) if checked else None
    return rules


def _rule_from(path: Path, index: int, entry: Any, default_pack: str) -> Rule:
    label = entry.get("id") if isinstance(entry, dict) else None
    where = f"{path}: rule {label or f'#{index + 1}'}"
    if not isinstance(entry, dict):
        raise ConfigError(f"{where}: each rule must be a mapping")
    for name in REQUIRED_FIELDS:
        if entry.get(name) in (None, "", []):
            raise ConfigError(f"{where}: missing required field '{name}'")
    unknown = sorted(str(k) for k in set(entry) - set(REQUIRED_FIELDS) - set(OPTIONAL_FIELDS))
    if unknown:
        raise ConfigError(f"{where}: unknown field '{unknown[0]}'"
                          f"{did_you_mean(unknown[0], REQUIRED_FIELDS + OPTIONAL_FIELDS)}")
    if not _ID.match(str(entry["id"])):
        raise ConfigError(f"{where}: id must be lower-case letters, digits and dashes")
    try:
        severity = Severity.parse(entry["severity"])
    except ValueError as exc:
        raise ConfigError(f"{where}: {exc}") from None
    region = entry.get("region", "main")
    if region not in REGIONS:
        raise ConfigError(f"{where}: region must be one of {', '.join(REGIONS)}, got {region!r}"
                          f"{did_you_mean(str(region), REGIONS)}")
    params = entry.get("params") or {}
    if not isinstance(params, dict):
        raise ConfigError(f"{where}: 'params' must be a mapping")
    for name in ("message", "why", "fix", "source"):
        if not isinstance(entry[name], str):
            raise ConfigError(f"{where}: '{name}' must be text")
    verdict = entry.get("verdict", "violation")
    if verdict not in VERDICTS:
        raise ConfigError(f"{where}: verdict must be one of {', '.join(VERDICTS)}, got {verdict!r}")
    source_url = entry.get("source_url")
    if source_url is not None and not re.match(r"https?://\S+$", str(source_url)):
        raise ConfigError(f"{where}: source_url must be an http(s) URL, got {source_url!r}")
    return Rule(
        id=str(entry["id"]), pack=str(entry.get("pack") or default_pack), type=str(entry["type"]),
        severity=severity, applies_to=_applies(where, entry["applies_to"]), region=region,
        message=_one_line(entry["message"]), why=entry["why"].strip(), fix=entry["fix"].strip(),
        source=entry["source"].strip(), help_url=entry.get("help_url"), params=params,
        description=entry.get("description"), source_url=source_url, verdict=verdict,
        file=str(path),
        defer_to=_rule_ids(where, entry.get("defer_to")),
    )


def _rule_ids(where: str, value: Any) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: 'defer_to' must be a list of rule ids")
    return list(value)


def _applies(where: str, value: Any) -> list[str] | dict[str, list[str]]:
    """applies_to: a topic, a list of topics (any of them), or {all: [...], any: [...]}.
    A topic nobody detects would silently switch the rule off: it is an error."""
    if isinstance(value, str):
        value = [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        _known_topics(where, value)
        return list(value)
    if isinstance(value, dict) and set(value) <= {"all", "any"} and all(
        isinstance(v, list) and all(isinstance(t, str) for t in v) for v in value.values()
    ):
        for topics in value.values():
            _known_topics(where, topics)
        return {k: list(v) for k, v in value.items()}
    raise ConfigError(f"{where}: 'applies_to' must be a topic, a list of topics, "
                      "or a mapping with 'all'/'any' lists")


def _known_topics(where: str, topics: list[str]) -> None:
    for topic in topics:
        if topic not in KNOWN_TOPICS:
            raise ConfigError(f"{where}: unknown applies_to topic {topic!r}"
                              f"{did_you_mean(topic, KNOWN_TOPICS)} "
                              f"(known: {', '.join(KNOWN_TOPICS)})")


def did_you_mean(name: str, known: Iterable[str]) -> str:
    """", did you mean 'x'?" for the closest known name, or "" when none is close."""
    close = difflib.get_close_matches(name, list(known), n=1, cutoff=0.6)
    return f", did you mean '{close[0]}'?" if close else ""


def load_yaml(text: str) -> Any:
    """YAML without aliases. A rule pack never needs them, and a few nested aliases (a
    "billion laughs" bomb) expand to gigabytes: the events are scanned first (the parser does
    not expand aliases; the composer would), then the text is loaded."""
    for event in yaml.parse(text, Loader=SAFE_LOADER):
        if isinstance(event, yaml.AliasEvent):
            raise yaml.composer.ComposerError(
                None, None, "aliases (*name) are not allowed in rule packs", event.start_mark)
    return yaml.load(text, Loader=SAFE_LOADER)  # noqa: S506 - a SafeLoader


def apply_overrides(rules: list[Rule], config: ContentSettings) -> list[Rule]:
    """Drop disabled rules and change severities; an unknown id is a config error."""
    known = {rule.id: rule for rule in rules}
    for rule_id in config.disable_rules:
        if rule_id not in known:
            raise ConfigError(f"disable_rules: rule {rule_id}: no such content rule")
    for rule_id, severity in config.severity_overrides.items():
        rule = known.get(rule_id)
        if rule is None:
            raise ConfigError(f"severity_overrides: rule {rule_id}: no such content rule")
        try:
            rule.severity = Severity.parse(severity)
        except ValueError as exc:
            raise ConfigError(f"severity_overrides: rule {rule_id}: {exc}") from None
    disabled = set(config.disable_rules)
    return [rule for rule in rules if rule.id not in disabled]


def compile_pattern(rule: Rule, pattern: Any, flags: int = re.IGNORECASE) -> RulePattern:
    """One regex of a rule (RE2, or a time-budgeted fallback), refused when it cannot
    compile, or when it needs the fallback and has the shape of catastrophic backtracking."""
    where = f"{rule.file}: rule {rule.id}"
    if not isinstance(pattern, str) or not pattern:
        raise ConfigError(f"{where}: a pattern must be non-empty text, got {pattern!r}")
    try:
        compiled = compile_rule_pattern(pattern, flags, trusted=is_shipped(rule))
    except re.error as exc:
        raise ConfigError(f"{where}: bad regex {pattern!r}: {exc}") from None
    if compiled.engine != "re2" and _NESTED_REPEAT.search(pattern):
        raise ConfigError(f"{where}: pattern {pattern!r} nests unbounded repeats "
                          "(catastrophic backtracking); bound the inner repeat")
    return compiled


def is_shipped(rule: Rule) -> bool:
    """Whether the rule comes from a pack shipped with the checker (rules/)."""
    return _shipped_file(str(rule.file))


@lru_cache(maxsize=256)
def _shipped_file(file: str) -> bool:
    """is_shipped of a pack file, remembered by its name (perf49): asked for every pattern
    of every rule, a few hundred times a build for the ~20 pack files, and the two
    filesystem resolutions and the look for an installed data folder a time were 7 % of a
    build. (Where the shipped packs are does not change while a process runs.)"""
    try:
        return Path(file).resolve().parent == rules_dir().resolve()
    except OSError:
        return False


def rules_version(rules: list[Rule]) -> str:
    """A stable hash of the effective rules and the engine version."""
    payload = json.dumps([ENGINE_VERSION] + [r.metadata() for r in rules], sort_keys=True,
                         default=str)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]


def _one_line(text: Any) -> str:
    return " ".join(str(text).split())


# ---- plain-text renderers for `clinic-checker rules` -------------------------------------

def format_rule_list(rules: list[Rule]) -> str:
    """One line per rule: id, pack, severity, message."""
    if not rules:
        return "No content rules loaded."
    width = max(len(r.id) for r in rules)
    pack_width = max(len(r.pack) for r in rules)
    lines = [f"{'RULE':<{width}}  {'PACK':<{pack_width}}  {'SEVERITY':<8}  MESSAGE"]
    for rule in rules:
        lines.append(f"{rule.id:<{width}}  {rule.pack:<{pack_width}}  "
                     f"{rule.severity.value:<8}  {_shown(rule.message)}")
    lines.append(f"\n{len(rules)} rules. `clinic-checker rules show ID` prints one in full.")
    return "\n".join(lines)


def _shown(message: str) -> str:
    """A message template as a reader sees it: {sentence} -> <sentence>."""
    return re.sub(r"\{(\w+)\}", r"<\1>", message)


def format_rule(rule: Rule) -> str:
    """The whole entry of one rule, for a reviewer."""
    wrap = textwrap.TextWrapper(width=92, initial_indent="  ", subsequent_indent="  ",
                                break_on_hyphens=False)
    applies = rule.applies_to if isinstance(rule.applies_to, list) else rule.applies_to
    if isinstance(applies, list):
        applies_text = ", ".join(applies)
    else:
        applies_text = " and ".join(
            f"{k} of ({', '.join(v)})" for k, v in applies.items()
        )
    lines = [
        f"{rule.id}",
        f"  pack: {rule.pack}    type: {rule.type}    severity: {rule.severity.value}",
        f"  applies to: {applies_text}    region: {rule.region}",
        "",
        "Message:", wrap.fill(_shown(rule.message)),
        "", "Why it matters:", wrap.fill(" ".join(rule.why.split())),
        "", "How to fix:", wrap.fill(" ".join(rule.fix.split())),
        "", "Source:", wrap.fill(" ".join(rule.source.split())),
    ]
    if rule.description:
        lines[4:4] = ["What it checks:", wrap.fill(" ".join(rule.description.split())), ""]
    if rule.help_url:
        lines += ["", f"More: {rule.help_url}"]
    return "\n".join(lines)
