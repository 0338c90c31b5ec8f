"""The browser blocks exactly the trackers the tracker content rule names (one list, in
rules/privacy.yaml), and nothing the rule says is not a tracker."""

from __future__ import annotations

import fnmatch

import yaml

from checker.browser.trackers import tracker_url_patterns
from checker.resources import rules_dir


def _tracker_rule() -> dict:
    data = yaml.safe_load((rules_dir() / "privacy.yaml").read_text())
    (rule,) = [r for r in data["rules"] if r["type"] == "tracker"]
    return rule


def _blocked(url: str) -> bool:
    return any(fnmatch.fnmatchcase(url, p) for p in tracker_url_patterns())


def test_every_host_the_rule_names_is_blocked_and_its_exceptions_are_not():
    rule = _tracker_rule()
    for name, hosts in rule["params"]["trackers"].items():
        for host in hosts:
            assert _blocked(f"https://{host}/x.js?id=1"), (name, host)
    for host in rule["params"]["exceptions"]:
        assert not _blocked(f"https://{host}/css?family=Inter"), host
    assert not _blocked("https://www.example-clinic.com/services/")


def test_the_browser_guard_blocks_the_rule_list_not_a_copy():
    from checker.browser import guard

    assert guard.TRACKER_URL_PATTERNS == tracker_url_patterns()
