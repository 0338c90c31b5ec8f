"""Every development set at once: score them, compare two runs by item, list what may be read.

A rule change is landed when it changes no verdict for the worse on any item of any set
(tests/content/test_claims_corpus.py holds each set to a floor; this says WHICH items moved).
The sets whose text is still a measure are scored only with --measure, and their items are
named by id only, never shown: the judges (heldout3/4/5.yaml) are never scored here at all
(bench/claims_eval.py --held-out prints their figures), the sets kept unread whole
(`UNREAD_SETS`) and the test halves of the split sets (`in_unread_half`) are shown by count.

  claims_pool.py run OUT [--measure] [--jobs N]   one JSON per set in OUT
  claims_pool.py compare BASE NEW                 misses and false positives moved
  claims_pool.py pool OUT                         the readable misses and FPs, a line each
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from bench.claims_eval import CORPUS, INDEPENDENT_HELD_OUT, evaluate, scoring_engine  # noqa: E402
from bench.claims_training import TEST_HALF_FROM, UNREAD_SETS  # noqa: E402

TUNED = "tuned"
# Development sets whose test half (records numbered TEST_HALF_FROM and up) is still unread:
# fresh36n to fresh65n (those in UNREAD_SETS are unread whole), fresh69n and fresh70n (stop 53),
# and fresh38a. fresh66n is read whole.
SPLIT_SET_NUMBERS = frozenset(range(36, 66)) | {69, 70}
_FRESH_NAME = re.compile(r"^fresh(\d+)([a-z]*)\.yaml$")
_RECORD_NUMBER = re.compile(r"-(\d+)$")
_JUDGES = frozenset(p.name for p in INDEPENDENT_HELD_OUT if p.name != "heldout2.yaml")
_ENGINE = None


def development_sets(measure: bool) -> list[str]:
    """The corpus files a run scores: every held-out-shape file but the judges, the unread
    sets only when asked."""
    names = sorted(p.name for p in CORPUS.glob("*.yaml")
                   if p.name.startswith(("fresh", "heldout")) and p.name not in _JUDGES)
    return [n for n in names if measure or n not in UNREAD_SETS]


def in_unread_half(set_name: str, record_id: str) -> bool:
    """A record nobody may read: any record of an unread set, or the test half of a split
    set (fresh36n..fresh61n, fresh65n, fresh69n, fresh70n, fresh38a)."""
    if set_name in UNREAD_SETS:
        return True
    fresh = _FRESH_NAME.match(set_name)
    split = set_name == "fresh38a.yaml" or bool(
        fresh and fresh.group(2) == "n" and int(fresh.group(1)) in SPLIT_SET_NUMBERS)
    number = _RECORD_NUMBER.search(record_id)
    return split and (number is None or int(number.group(1)) >= TEST_HALF_FROM)


def _score(name: str) -> tuple[str, dict[str, Any]]:
    global _ENGINE  # one engine per worker process: building it is most of a small set's time
    _ENGINE = _ENGINE or scoring_engine()
    held_out = None if name == TUNED else CORPUS / name
    return name, evaluate(_ENGINE, held_out=held_out, check_templates=name == TUNED)


def run(out: Path, *, measure: bool, jobs: int) -> int:
    out.mkdir(parents=True, exist_ok=True)
    names = [TUNED, *development_sets(measure)]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for name, result in pool.map(_score, names):
            (out / f"{name}.json").write_text(json.dumps(result, indent=1))
    print(f"{len(names)} sets scored into {out}")
    return 0


def _moved(base: dict[str, Any], new: dict[str, Any], field: str) -> tuple[set, set]:
    before = {(r["kind"], r["id"]) for r in base[field]}
    after = {(r["kind"], r["id"]) for r in new[field]}
    return after - before, before - after


def compare(base_dir: Path, new_dir: Path) -> int:
    """Per set, the misses and false positives that came and went; the totals. A record of an
    unread half that comes is named by its kind only."""
    totals = {"misses": [0, 0], "false_positives": [0, 0]}
    for path in sorted(new_dir.glob("*.json")):
        base_path = base_dir / path.name
        if not base_path.exists():
            print(f"{path.stem}: not in the base")
            continue
        base, new, name = json.loads(base_path.read_text()), json.loads(path.read_text()), path.stem
        lines = []
        for field, label in (("misses", "miss"), ("false_positives", "FP")):
            totals[field][0] += len(base[field])
            totals[field][1] += len(new[field])
            came, went = _moved(base, new, field)
            lines += [f"   +{label} {kind} {'(unread)' if in_unread_half(name, rid) else rid}"
                      for kind, rid in sorted(came)]
            lines += [f"   -{label} {kind} {rid}" for kind, rid in sorted(went)]
        if lines:
            print(f"{name}: misses {len(base['misses'])} -> {len(new['misses'])}, "
                  f"FPs {len(base['false_positives'])} -> {len(new['false_positives'])}")
            print("\n".join(lines))
    (m0, m1), (f0, f1) = totals["misses"], totals["false_positives"]
    print(f"TOTAL misses {m0} -> {m1}, false positives {f0} -> {f1}")
    return 0


def pool(out_dir: Path) -> int:
    """The readable misses and false positives with their text, tab-separated, a line each."""
    counts = {"MISS": 0, "FP": 0}
    for path in sorted(out_dir.glob("*.json")):
        result = json.loads(path.read_text())
        for tag, field in (("MISS", "misses"), ("FP", "false_positives")):
            for r in result[field]:
                if in_unread_half(path.stem, r["id"]):
                    continue
                counts[tag] += 1
                print("\t".join([tag, path.stem, r["id"], r["kind"], str(r.get("form")),
                                 str(r.get("topic")), "expect=" + ",".join(r.get("expect") or []),
                                 "fired=" + ",".join(r.get("fired_on_item") or []),
                                 repr(r.get("text", ""))]))
    print(f"readable misses {counts['MISS']}, false positives {counts['FP']}", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    verbs = parser.add_subparsers(dest="verb", required=True)
    run_verb = verbs.add_parser("run", help="score every development set into OUT")
    run_verb.add_argument("out", type=Path)
    run_verb.add_argument("--measure", action="store_true", help="also the unread sets")
    run_verb.add_argument("--jobs", type=int, default=2)
    compare_verb = verbs.add_parser("compare", help="what moved between two runs")
    compare_verb.add_argument("base", type=Path)
    compare_verb.add_argument("new", type=Path)
    pool_verb = verbs.add_parser("pool", help="the readable misses and false positives")
    pool_verb.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    if args.verb == "run":
        return run(args.out, measure=args.measure, jobs=args.jobs)
    if args.verb == "compare":
        return compare(args.base, args.new)
    return pool(args.out)


if __name__ == "__main__":
    sys.exit(main())
