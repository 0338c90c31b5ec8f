"""Reviewers' verdicts on findings: the words, what a verdict is about, and whether it still
holds on a later run.

A verdict is one of VERDICTS, given by a named reviewer at a time:

- `accepted`: the finding stands but is accepted (a reason and an expiry date, like a waiver)
- `fails`: confirmed, the page must change (the gate always fails on it)
- `not-an-issue`: a false positive (a reason)

It is kept against the finding's fingerprint AND a hash of the text or element it is about
(subject_text): the sentence in its paragraph for a content claim, the element's selector
and HTML for a WCAG result, the rule's words for a finding about the page as a whole. While
that text is unchanged the verdict carries over to later runs; when it changed, the finding
is back for re-review, with the old verdict shown. A claim's fingerprint contains its
sentence, so an edited sentence is a new fingerprint: a verdict whose finding is gone from
its page is matched to a similar sentence of the same rule on the same page (RESEMBLANCE).
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any

from checker.model import Finding, normalize_text, normalize_url_for_fingerprint
from checker.settings import ConfigError

ACCEPTED, FAILS, NOT_AN_ISSUE = "accepted", "fails", "not-an-issue"
VERDICTS = (ACCEPTED, FAILS, NOT_AN_ISSUE)
VERDICT_LABELS = {ACCEPTED: "accepted", FAILS: "fails (confirmed)",
                  NOT_AN_ISSUE: "not an issue (false positive)"}
# What a verdict needs besides its reviewer: accepted is a waiver with an expiry; a false
# positive says why.
REQUIRED = {ACCEPTED: ("reason", "expires"), FAILS: (), NOT_AN_ISSUE: ("reason",)}

# How a finding stands with the reviewers (Finding.extra["review"]["state"]):
CURRENT = "current"  # its verdict was given on this very text or element
RE_REVIEW = "re-review"  # the text or element changed since the verdict (shown as "previous")
EXPIRED = "expired"  # an accepted verdict past its expiry date: awaiting a verdict again

_NEEDS = {"reason": "a reason (--reason)", "expires": "an expiry date (--expires)"}
RESEMBLANCE = 0.6  # difflib ratio from which an edited sentence is "the same claim, edited"
SUBJECT_CAP = 2_000  # characters of the subject kept with a verdict (for matching, showing)


@dataclass(frozen=True)
class Verdict:
    """One reviewer's decision on one finding, as recorded (never changed afterwards: a new
    decision is a new record, the latest one counts)."""

    fingerprint: str
    subject_hash: str
    verdict: str
    by: str
    at: str  # UTC, ISO 8601 to the second
    reason: str | None = None
    expires: str | None = None  # YYYY-MM-DD, for accepted
    rule_id: str = ""
    url: str = ""
    subject: str = ""  # the text or element the verdict is about (capped)
    run_id: str | None = None  # the run the reviewer was looking at

    def expired(self, as_of: dt.date) -> bool:
        return (self.verdict == ACCEPTED and self.expires is not None
                and dt.date.fromisoformat(self.expires) < as_of)

    def describe(self) -> dict[str, Any]:
        """What a finding's mark and the reports show of it."""
        return {"verdict": self.verdict, "by": self.by, "at": self.at, "reason": self.reason,
                "expires": self.expires}

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def subject_text(finding: Finding) -> str:
    """The text or element a verdict on `finding` is about."""
    if finding.sentence:
        return f"{finding.sentence}\n{finding.excerpt or ''}"
    if finding.source == "wcag":
        return f"{finding.selector or ''}\n{finding.excerpt or ''}"
    # About the page as a whole (a missing section): what the rule said of it.
    return f"{finding.message}\n{finding.summary or ''}"


def subject_hash(finding: Finding) -> str:
    return hashlib.sha256(normalize_text(subject_text(finding)).encode("utf-8")).hexdigest()[:20]


def check_verdict(verdict: str, reason: str | None, expires: str | dt.date | None,
                  by: str | None, where: str) -> str | None:
    """The problem with a verdict's fields (one line starting with `where`), or None."""
    if verdict not in VERDICTS:
        return f"{where}: unknown verdict {verdict!r} (choose one of: {', '.join(VERDICTS)})"
    if not (by or "").strip():
        return f"{where}: a verdict needs the reviewer's name (--by NAME)"
    given = {"reason": (reason or "").strip(), "expires": str(expires or "").strip()}
    for key in REQUIRED[verdict]:
        if not given[key]:
            return f"{where}: an {verdict!r} verdict needs {_NEEDS[key]}"
    if given["expires"]:
        try:
            dt.date.fromisoformat(given["expires"])
        except ValueError:
            return f"{where}: expires {given['expires']!r} is not a date (YYYY-MM-DD)"
    return None


def new_verdict(finding: Finding, verdict: str, *, by: str, reason: str | None = None,
                expires: str | dt.date | None = None, run_id: str | None = None,
                at: str | None = None, hashed: str | None = None) -> Verdict:
    """A verdict on `finding` as it is now (or as `hashed` says the reviewer saw it);
    raises ConfigError naming what is missing."""
    problem = check_verdict(verdict, reason, expires, by, f"finding {finding.fingerprint}")
    if problem:
        raise ConfigError(problem)
    return Verdict(
        fingerprint=finding.fingerprint, subject_hash=hashed or subject_hash(finding),
        verdict=verdict, by=str(by).strip(), at=utc_time(at) if at else now(),
        reason=(reason or "").strip() or None,
        expires=str(expires).strip() if expires else None, rule_id=finding.rule_id,
        url=finding.url, subject=subject_text(finding)[:SUBJECT_CAP], run_id=run_id)


def now() -> str:
    return _iso(dt.datetime.now(dt.UTC))


def utc_time(text: str) -> str:
    """A time a reviewer's browser or file gave, in the store's form (UTC, to the second);
    raises ConfigError when it is not an ISO 8601 time."""
    try:
        moment = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise ConfigError(f"{text!r} is not a time (ISO 8601, e.g. 2026-11-26T10:04:00Z)"
                          ) from None
    return _iso(moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC))


def _iso(moment: dt.datetime) -> str:
    utc = moment.astimezone(dt.UTC).replace(microsecond=0)
    return utc.isoformat().replace("+00:00", "Z")


class ReviewBook:
    """The latest verdict per fingerprint, and how each finding of a run stands with them.

    `present` holds the fingerprints of the run being judged: a verdict whose fingerprint is
    still present is that finding's own; only the others may follow an edited sentence."""

    def __init__(self, verdicts: Iterable[Verdict], present: set[str]):
        self.latest: dict[str, Verdict] = {}
        for verdict in verdicts:  # oldest first: a later decision replaces an earlier one
            self.latest[verdict.fingerprint] = verdict
        self._orphans: dict[tuple[str, str], list[Verdict]] = {}
        for verdict in self.latest.values():
            if verdict.fingerprint not in present:
                self._orphans.setdefault(_page_rule(verdict.rule_id, verdict.url),
                                         []).append(verdict)
        self._claimed: dict[str, str] = {}  # old fingerprint -> the edited finding's

    def __bool__(self) -> bool:
        return bool(self.latest)

    def mark(self, finding: Finding, as_of: dt.date) -> dict[str, Any] | None:
        """Finding.extra["review"] for `finding`, or None when no verdict concerns it."""
        verdict = self.latest.get(finding.fingerprint)
        if verdict is not None:
            if verdict.subject_hash != subject_hash(finding):
                return {"state": RE_REVIEW, "previous": verdict.describe()}
            state = EXPIRED if verdict.expired(as_of) else CURRENT
            return {"state": state, **verdict.describe()}
        edited = self._edited_from(finding)
        return {"state": RE_REVIEW, "previous": edited.describe(),
                "previous_subject": edited.subject} if edited else None

    def _edited_from(self, finding: Finding) -> Verdict | None:
        """The verdict on a sentence of the same rule and page that this sentence looks like
        an edit of (each old verdict follows one new sentence at most)."""
        if not finding.sentence:
            return None
        candidates = self._orphans.get(_page_rule(finding.rule_id, finding.url), [])
        scored = [(resemblance(v.subject, finding.sentence), v) for v in candidates
                  if self._claimed.get(v.fingerprint, finding.fingerprint)
                  == finding.fingerprint]
        best = max(scored, key=lambda pair: pair[0], default=(0.0, None))
        if best[1] is None or best[0] < RESEMBLANCE:
            return None
        self._claimed[best[1].fingerprint] = finding.fingerprint
        return best[1]


def resemblance(old_subject: str, sentence: str) -> float:
    old_sentence = old_subject.split("\n", 1)[0]
    return difflib.SequenceMatcher(None, normalize_text(old_sentence),
                                   normalize_text(sentence)).ratio()


def _page_rule(rule_id: str, url: str) -> tuple[str, str]:
    return rule_id, normalize_url_for_fingerprint(url)


def review_words(mark: dict[str, Any] | None) -> str:
    """A finding's review mark in words, the same in every report format: "accepted by Dana
    Reyes at 2026-11-26T10:04:00Z until 2027-03-01: reason", or "re-review (the text changed
    since: not-an-issue by ...)"; "" without a verdict."""
    if not mark:
        return ""
    old = mark.get("previous") or mark
    until = f" until {old['expires']}" if old.get("expires") else ""
    why = f": {old['reason']}" if old.get("reason") else ""
    said = f"{old.get('verdict')} by {old.get('by')} at {old.get('at')}{until}{why}"
    if mark.get("state") == RE_REVIEW:
        return f"re-review (the text changed since: {said})"
    if mark.get("state") == EXPIRED:
        return f"awaiting a verdict (expired: {said})"
    return said


def settled(mark: dict[str, Any] | None) -> str | None:
    """The verdict that decides a finding's fate: its own current one, else None (no verdict,
    re-review, an expired acceptance: the finding awaits a reviewer)."""
    if mark and mark.get("state") == CURRENT:
        return mark.get("verdict")
    return None


def awaiting(mark: dict[str, Any] | None) -> bool:
    return settled(mark) is None
