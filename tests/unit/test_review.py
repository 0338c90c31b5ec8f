"""Reviewers' verdicts without a browser: what a verdict is about (its subject hash), how it
carries over or comes back for re-review, the gate and statuses it feeds, the verdicts file
and the waivers export, and `clinic-checker review` on a real SQLite history."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli.main import cli
from checker.gate.policy import Policies, evaluate
from checker.gate.review import (
    ACCEPTED,
    CURRENT,
    EXPIRED,
    FAILS,
    NOT_AN_ISSUE,
    RE_REVIEW,
    ReviewBook,
    check_verdict,
    new_verdict,
    subject_hash,
)
from checker.gate.review_file import read_verdicts_file, verdicts_document, waivers_yaml
from checker.gate.status import ACCEPTED as ACCEPTED_STATUS
from checker.gate.status import CONFIRMED, finding_status
from checker.gate.status import NOT_AN_ISSUE as NOT_AN_ISSUE_STATUS
from checker.gate.status import RE_REVIEW as RE_REVIEW_STATUS
from checker.gate.waivers import load_waivers
from checker.model import Finding, Page, Run
from checker.settings import ConfigError, GateSettings
from checker.store.db import Store
from tests.conftest import SUITE_AS_OF

AS_OF = SUITE_AS_OF
PAGE = "http://clinic.test/services/iv-drips.html"


def claim(sentence: str, paragraph: str | None = None) -> Finding:
    return Finding("no-unqualified-cure-claims", "content", "serious", PAGE,
                   f"Unqualified cure claim: {sentence!r}", sentence=sentence,
                   excerpt=paragraph or sentence)


def element(html: str, status: str = "needs-review", severity: str = "serious") -> Finding:
    return Finding("color-contrast", "wcag", severity, "http://clinic.test/contact.html",
                   "Elements must meet minimum color contrast ratio thresholds",
                   status=status, selector="#msg", excerpt=html)  # type: ignore[arg-type]


CURE = "Our energy drip cures chronic fatigue in just three sessions."
EDITED = "Our energy drip cures chronic fatigue in just four sessions."


def test_the_subject_is_the_text_or_element_not_its_spacing() -> None:
    assert subject_hash(element("<textarea id=msg>")) == subject_hash(element("<textarea  id=msg>"))
    assert subject_hash(element("<textarea id=msg>")) != subject_hash(element("<input id=msg>"))
    # a claim's paragraph is part of what was judged
    assert subject_hash(claim(CURE, CURE + " Ask us.")) != subject_hash(claim(CURE))


def test_a_verdict_holds_while_its_subject_is_unchanged() -> None:
    before = element("<textarea id=msg>")
    verdict = new_verdict(before, NOT_AN_ISSUE, by="Dana", reason="decorative")
    book = ReviewBook([verdict], {before.fingerprint})
    mark = book.mark(element("<textarea id=msg>"), AS_OF)
    assert mark is not None and mark["state"] == CURRENT and mark["verdict"] == NOT_AN_ISSUE
    changed = element("<textarea id=msg style='color:#ccc'>")
    assert changed.fingerprint == before.fingerprint  # same rule, page and selector
    again = book.mark(changed, AS_OF)
    assert again is not None and again["state"] == RE_REVIEW
    assert again["previous"]["verdict"] == NOT_AN_ISSUE and again["previous"]["by"] == "Dana"


def test_an_acceptance_expires_on_its_date() -> None:
    finding = element("<textarea id=msg>")
    verdict = new_verdict(finding, ACCEPTED, by="Dana", reason="redesign", expires="2026-11-30")
    book = ReviewBook([verdict], {finding.fingerprint})
    assert book.mark(finding, dt.date(2026, 11, 30))["state"] == CURRENT
    assert book.mark(finding, dt.date(2026, 12, 1))["state"] == EXPIRED


def test_an_edited_sentence_comes_back_for_re_review_and_an_unrelated_one_does_not() -> None:
    old = claim(CURE)
    verdict = new_verdict(old, FAILS, by="Dana")
    edited, other = claim(EDITED), claim("Vitamin shots cure migraines for good.")
    assert edited.fingerprint != old.fingerprint  # the sentence is in the fingerprint
    book = ReviewBook([verdict], {edited.fingerprint, other.fingerprint})
    assert book.mark(other, AS_OF) is None
    mark = book.mark(edited, AS_OF)
    assert mark is not None and mark["state"] == RE_REVIEW
    assert mark["previous"]["verdict"] == FAILS and mark["previous_subject"].startswith(CURE)
    assert book.mark(edited, AS_OF) == mark  # asking twice gives the same answer
    # one old verdict follows one edited sentence only
    assert book.mark(claim(EDITED.replace("four", "five")), AS_OF) is None


def test_while_the_old_sentence_is_still_there_its_verdict_stays_its_own() -> None:
    old = claim(CURE)
    book = ReviewBook([new_verdict(old, FAILS, by="Dana")], {old.fingerprint})
    assert book.mark(claim(EDITED), AS_OF) is None
    assert book.mark(old, AS_OF)["state"] == CURRENT


@pytest.mark.parametrize(("verdict", "reason", "expires", "problem"), [
    (ACCEPTED, "why", None, "needs an expiry date"),
    (ACCEPTED, None, "2027-01-01", "needs a reason"),
    (NOT_AN_ISSUE, "", None, "needs a reason"),
    (ACCEPTED, "why", "next year", "not a date"),
    ("maybe", "why", None, "unknown verdict"),
])
def test_each_verdict_names_what_it_lacks(verdict, reason, expires, problem) -> None:
    found = check_verdict(verdict, reason, expires, "Dana", "here")
    assert found is not None and problem in found


def test_a_verdict_needs_a_reviewer() -> None:
    assert "reviewer's name" in check_verdict(FAILS, None, None, " ", "here")
    assert check_verdict(FAILS, None, None, "Dana", "here") is None


# The gate, on a real SQLite history


def _run(store: Store, run_id: str, started: str, findings: list[Finding]) -> Run:
    run = Run(id=run_id, site="clinic", started=started, status="finished", as_of=AS_OF.isoformat())
    store.start_run(run)
    by_url: dict[str, list[Finding]] = {}
    for f in findings:
        by_url.setdefault(f.url, []).append(f)
    for url, found in by_url.items():
        store.save_page(run_id, Page(url), found)
    return run


def _gate(store: Store, run: Run, fail_on: str = "serious"):
    settings = GateSettings(fail_on=fail_on)
    policies = Policies(settings, AS_OF)
    policies.apply(store, run.id)
    return evaluate(settings, store, run.id, policies)


def test_the_gate_counts_findings_as_their_verdicts_say(tmp_path: Path) -> None:
    minor = Finding("region", "wcag", "minor", PAGE, "Content in landmarks", selector="p")
    accepted_claim = claim("Results guaranteed or your next drip is free.")
    findings = [claim(CURE), accepted_claim, element("<textarea id=msg>"), minor]
    with Store(tmp_path / "h.sqlite") as store:
        first = _run(store, "r1", "2026-11-25T00:00:00", findings)
        assert _gate(store, first).failing == 2  # the two serious claims
        store.add_verdicts([
            new_verdict(accepted_claim, ACCEPTED, by="Dana", reason="offer",
                        expires="2027-03-01"),
            new_verdict(element("<textarea id=msg>"), FAILS, by="Dana"),  # needs review
            new_verdict(minor, FAILS, by="Dana"),  # below the threshold
            new_verdict(claim(CURE), NOT_AN_ISSUE, by="Dana", reason="quoted"),
        ])
        edited = claim(EDITED)
        second = _run(store, "r2", "2026-11-26T00:00:00",
                      [edited, accepted_claim, element("<textarea id=msg>"), minor])
        gate = _gate(store, second)
        stored = {f.fingerprint: f for f in store.iter_findings(second.id)}
        statuses = {fp: finding_status(f, set()) for fp, f in stored.items()}
        assert statuses[accepted_claim.fingerprint] == ACCEPTED_STATUS
        assert statuses[element("<x>").fingerprint] == CONFIRMED
        assert statuses[minor.fingerprint] == CONFIRMED
        assert statuses[edited.fingerprint] == RE_REVIEW_STATUS
        failing = {f.fingerprint for f in gate.failing_findings}
        # the edited claim counts as unreviewed; both `fails` verdicts fail whatever the
        # severity or status; the accepted claim does not count
        assert failing == {edited.fingerprint, element("<x>").fingerprint, minor.fingerprint}
        assert not gate.passed
        assert gate.statuses[CONFIRMED] == 2 and gate.statuses[RE_REVIEW_STATUS] == 1
        assert _gate(store, second, fail_on="never").passed


def test_a_false_positive_does_not_fail_the_gate(tmp_path: Path) -> None:
    with Store(tmp_path / "h.sqlite") as store:
        run = _run(store, "r1", "2026-11-25T00:00:00", [claim(CURE)])
        store.add_verdicts([new_verdict(claim(CURE), NOT_AN_ISSUE, by="Dana", reason="quote")])
        gate = _gate(store, run)
        assert gate.passed and gate.statuses[NOT_AN_ISSUE_STATUS] == 1


# The verdicts file and the waivers export


def test_a_verdicts_file_round_trips_and_bad_entries_are_named(tmp_path: Path) -> None:
    verdicts = [new_verdict(claim(CURE), ACCEPTED, by="Dana", reason="r", expires="2027-01-01")]
    path = tmp_path / "v.json"
    path.write_text(json.dumps(verdicts_document(verdicts, "r1")))
    run_id, entries = read_verdicts_file(path)
    assert run_id == "r1" and entries[0]["fingerprint"] == claim(CURE).fingerprint
    bad = verdicts_document(verdicts) | {"verdicts": [{**entries[0], "reason": None}]}
    path.write_text(json.dumps(bad))
    with pytest.raises(ConfigError, match="verdict 1: an 'accepted' verdict needs a reason"):
        read_verdicts_file(path)
    path.write_text(json.dumps(bad | {"verdicts": [{**entries[0], "color": "red"}]}))
    with pytest.raises(ConfigError, match="unknown key 'color'"):
        read_verdicts_file(path)
    path.write_text('{"format": "something-else"}')
    with pytest.raises(ConfigError, match="not a verdicts file"):
        read_verdicts_file(path)


def test_exported_waivers_load_and_waive_the_reviewed_findings(tmp_path: Path) -> None:
    accepted, false_positive, confirmed = claim(CURE), claim(EDITED), element("<t>")
    lapsed = element("<t>", status="violation", severity="minor")
    verdicts = [
        new_verdict(accepted, ACCEPTED, by="Dana", reason="r", expires="2027-01-01"),
        new_verdict(false_positive, NOT_AN_ISSUE, by="Sam", reason="a quote"),
        new_verdict(confirmed, FAILS, by="Dana"),
        new_verdict(lapsed, ACCEPTED, by="Dana", reason="r", expires="2026-01-01"),
    ]
    path = tmp_path / "waivers.yaml"
    path.write_text(waivers_yaml(verdicts, AS_OF, "history.sqlite"))
    waivers = load_waivers(path)
    assert len(waivers) == 2  # fails and the lapsed acceptance are no waivers
    assert waivers[0].matches(accepted) and not waivers[0].matches(false_positive)
    assert waivers[1].matches(false_positive) and "a quote" in waivers[1].reason
    assert not any(w.matches(confirmed) for w in waivers)


# The command line, on a real history


@pytest.fixture
def history(tmp_path: Path) -> tuple[Path, list[Finding]]:
    findings = [claim(CURE), element("<textarea id=msg>")]
    with Store(tmp_path / "h.sqlite") as store:
        _run(store, "20261125T000000-aaaaaa", "2026-11-25T00:00:00", findings)
    return tmp_path / "h.sqlite", findings


def _cli(*args: str, input: str | None = None):  # noqa: A002
    return CliRunner().invoke(cli, list(args), input=input)


def test_review_lists_sets_and_exports(history, tmp_path: Path) -> None:
    db, (cure, box) = history
    listed = _cli("review", "--db", str(db))
    assert listed.exit_code == 0, listed.output
    assert cure.fingerprint in listed.output and box.fingerprint in listed.output
    refused = _cli("review", "set", cure.fingerprint[:8], "--verdict", "accepted", "--by",
                   "Dana", "--db", str(db))
    assert refused.exit_code == 2 and "needs a reason" in refused.output
    done = _cli("review", "set", cure.fingerprint[:8], "--verdict", "not-an-issue", "--by",
                "Dana", "--reason", "a quoted regulator letter", "--db", str(db))
    assert done.exit_code == 0, done.output
    listed = _cli("review", "--db", str(db))
    assert cure.fingerprint not in listed.output and box.fingerprint in listed.output
    exported = _cli("review", "export", "--db", str(db))
    (entry,) = json.loads(exported.output)["verdicts"]
    assert entry["verdict"] == NOT_AN_ISSUE and entry["subject_hash"] == subject_hash(cure)
    waivers = tmp_path / "w.yaml"
    assert _cli("review", "export", "--as-waivers", str(waivers), "--db", str(db)).exit_code == 0
    assert load_waivers(waivers)[0].fingerprint == cure.fingerprint


def test_review_import_records_a_file_all_or_nothing(history, tmp_path: Path) -> None:
    db, (cure, box) = history
    good = {"fingerprint": box.fingerprint, "subject_hash": subject_hash(box),
            "verdict": FAILS, "by": "Sam", "at": "2026-11-26T10:04:00.123Z"}
    unknown = good | {"fingerprint": "0" * 20}
    path = tmp_path / "v.json"
    path.write_text(json.dumps({"format": "clinic-checker-verdicts", "version": 1,
                                "verdicts": [good, unknown]}))
    refused = _cli("review", "import", str(path), "--db", str(db))
    assert refused.exit_code == 2 and "no finding with fingerprint 000" in refused.output
    with Store(db) as store:
        assert list(store.iter_verdicts()) == []
    path.write_text(json.dumps({"format": "clinic-checker-verdicts", "version": 1,
                                "verdicts": [good]}))
    assert _cli("review", "import", str(path), "--db", str(db)).exit_code == 0
    with Store(db) as store:
        (recorded,) = store.iter_verdicts()
    assert recorded.at == "2026-11-26T10:04:00Z" and recorded.verdict == FAILS


def test_review_walk_records_answers_at_the_prompt(history) -> None:
    db, (cure, box) = history
    # name; first finding: accepted with reason and expiry; second: skipped
    answers = "Dana\na\nTo be reworded\n2027-02-01\ns\n"
    walked = _cli("review", "walk", "--db", str(db), input=answers)
    assert walked.exit_code == 0, walked.output
    assert "Recorded 1 verdict(s)." in walked.output
    with Store(db) as store:
        (recorded,) = store.iter_verdicts()
    assert recorded.verdict == ACCEPTED and recorded.expires == "2027-02-01"
    assert recorded.fingerprint in (cure.fingerprint, box.fingerprint)
