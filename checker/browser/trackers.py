"""The tracker hosts the browser never sends a request to, so that an audit leaves no trace
in a clinic's analytics. One data source: the hosts the tracker content rule names
(rules/privacy.yaml, rules of type `tracker`), which still reports them from the markup."""

from __future__ import annotations

from functools import cache

from checker.resources import read_own_yaml, rules_dir

PACK = "privacy.yaml"


@cache
def tracker_hosts() -> tuple[str, ...]:
    """Every host (or host/path prefix) listed under `params.trackers` of a tracker rule."""
    data = read_own_yaml(rules_dir() / PACK)
    hosts: list[str] = []
    for rule in data.get("rules", []):
        if rule.get("type") == "tracker":
            for listed in rule.get("params", {}).get("trackers", {}).values():
                hosts += [h.lower() for h in listed]
    return tuple(dict.fromkeys(hosts))


def tracker_url_patterns() -> tuple[str, ...]:
    """The hosts as DevTools URL patterns (Network.setBlockedURLs, Fetch interception)."""
    return tuple(f"*{host}*" for host in tracker_hosts())
