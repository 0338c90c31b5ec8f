"""A learned sentence classifier beside the claim rules: does it raise recall on unseen wording?

Run (scikit-learn is not a dependency of the checker; put it on the path for this bench only):
    PYTHONPATH=$PWD:SKLEARN_SITE_PACKAGES .venv/bin/python bench/claims_learned.py \
        [--held-out heldout2.yaml] [--eval-set] [--json]

Trained on the tuned corpus only: every item of items-*.yaml and heldout.yaml (a development
set since its misses were read) is a positive labelled with its rule; every rewrite, every
patient-information sentence (patient_info.yaml and heldout.yaml's) and every sentence of the
bench's page templates is a negative ("none"). Features: word 1-2-grams and character 3-5-grams
(within word bounds), tf-idf; a multinomial logistic regression. The threshold on the
probability of "not a claim" is chosen by 5-fold cross-validation on the training data alone,
as the largest recall whose cross-validated false-positive rate on negatives stays <= 1 %.

Scored on a held-out file placed on the bench's pages exactly as bench/claims_eval.py places
it: the classifier reads every block of the page (its lead, a list intro, FAQ question or the
heading above, prefixed), and its rule counts as caught on the item when it is one of the
item's accepted rules. Three gates:
  alone      the classifier's rule, anywhere
  context    and the block (or its lead) names a condition of the disease rules' sets and a
             product of the unapproved-disease rule's classes is in the block, lead or page
             title, or the rule is not a disease rule and a product is in context
  condition  and the block names a condition of the rules' sets (product not needed)
The union with the rules (the rules alone: the shipped learned predicate is switched off here)
is reported for each gate; false positives on the item's rewrite and
on patient-information text, on template blocks (the rest of each page) and on the realistic
eval set's pages (tests/sites/content_eval, a claim rule fired that the labels do not hold).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import yaml
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import FeatureUnion, make_pipeline

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.claims_eval import (  # noqa: E402
    AS_OF,
    ITEM_ID,
    accepted,
    held_out_path,
    load_held_out,
    negative_item,
    page_for,
    rewrite_of,
    run_one,
)
from bench.claims_training import DISEASE_RULES, NONE, labelled_set  # noqa: E402
from checker.content import ContentEngine  # noqa: E402
from checker.content.claimread import ClaimSpec, Context  # noqa: E402
from checker.content.claimread.scope import _scope_stop  # noqa: E402
from checker.content.extract import extract  # noqa: E402
from checker.content.text import is_question  # noqa: E402
from checker.content.types.structured import _lead, _page_product  # noqa: E402
from checker.settings import AuditConfig  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "tests" / "sites" / "content_eval"


FEATURES = "words+chars"


def make_model(c: float = 10.0):  # noqa: ANN201 - a sklearn pipeline
    parts = []
    if "words" in FEATURES:
        parts.append(("words", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True,
                                               min_df=1, lowercase=True)))
    if "chars" in FEATURES:
        parts.append(("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5),
                                               sublinear_tf=True, min_df=2, lowercase=True)))
    features = FeatureUnion(parts)
    return make_pipeline(features, LogisticRegression(C=c, max_iter=3000,
                                                      class_weight="balanced"))


def choose_threshold(texts: list[str], labels: list[str], fp_cap: float = 0.01) -> dict:
    """Cross-validated P(none) for each training text; the threshold t (claim when
    P(none) < t) with the best recall whose false-positive rate on negatives is <= fp_cap."""
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=13)
    p_none = [0.0] * len(texts)
    best_rule = [NONE] * len(texts)
    # classes with fewer members than folds are merged into their fold split by stratifying
    # on claim / none only
    strata = [NONE if lab == NONE else "claim" for lab in labels]
    for train, test in folds.split(texts, strata):
        model = make_model().fit([texts[i] for i in train], [labels[i] for i in train])
        classes = list(model.classes_)
        probs = model.predict_proba([texts[i] for i in test])
        for row, i in zip(probs, test, strict=True):
            p_none[i] = row[classes.index(NONE)]
            best_rule[i] = max((p, c) for p, c in zip(row, classes, strict=True)
                               if c != NONE)[1]
    pos = [i for i, lab in enumerate(labels) if lab != NONE]
    neg = [i for i, lab in enumerate(labels) if lab == NONE]
    table = []
    for t in [x / 100 for x in range(5, 96, 5)]:
        fp = sum(p_none[i] < t for i in neg) / len(neg)
        rec = sum(p_none[i] < t and best_rule[i] == labels[i] for i in pos) / len(pos)
        table.append({"t": t, "cv_recall": round(rec, 3), "cv_fp": round(fp, 4)})
    ok = [row for row in table if row["cv_fp"] <= fp_cap]
    chosen = max(ok, key=lambda r: (r["cv_recall"], -r["t"])) if ok else table[0]
    return {"chosen": chosen, "table": table}


class Reader:
    """The trained model read over a page's blocks, with the rules' context gates."""

    def __init__(self, model, threshold: float, engine: ContentEngine):  # noqa: ANN001
        self.model, self.threshold = model, threshold
        self.classes = list(model.classes_)
        rules = {r.id: r for r in engine.rules}
        self.disease = rules["unapproved-disease-claim"].compiled
        self.infect = rules["infectious-disease-claim"].compiled

    def page(self, url: str, html: str) -> list[dict]:
        """Each block the classifier rates a claim: its rule, and which gates it passes."""
        doc = extract(url, html)
        blocks = doc.own_blocks + doc.chrome_blocks
        units = []
        for block in blocks:
            lead = _lead(doc, block)
            units.append((block, lead, f"{lead} {block.text}".strip()))
        if not units:
            return []
        probs = self.model.predict_proba([u[2] for u in units])
        page_product = _page_product(doc, self.disease)
        out = []
        for (block, lead, text), row in zip(units, probs, strict=True):
            p_none = row[self.classes.index(NONE)]
            if p_none >= self.threshold:
                continue
            rule = max((p, c) for p, c in zip(row, self.classes, strict=True) if c != NONE)[1]
            condition = (self.disease.conditions.search(text) is not None
                         or self.infect.conditions.search(text) is not None)
            product = (self.disease.products.search(text) is not None
                       or page_product is not None)
            context = (condition and product) if rule in DISEASE_RULES else product
            read = _readable(block.text, lead, rule)
            out.append({"rule": rule, "el": block.el, "gates": {
                "alone": True, "context": context, "condition": condition or
                rule not in DISEASE_RULES, "read": read, "read+context": read and context,
                "disease": read and context and rule in DISEASE_RULES}})
        return out


def _readable(text: str, lead: str, rule: str) -> bool:
    """What the rules' scope cues leave to the classifier: a statement of four words or
    more, not a question, not denied, hedged or attributed (the disease rules also stop at a
    statement of risk or of approval)."""
    if len(text.split()) < 4 or is_question(text):
        return False
    stops = _scope_stop(text, Context(lead=lead))
    if stops is None:
        return True
    return rule not in DISEASE_RULES and stops.startswith(("a statement of risk",
                                                           "an approval statement"))


def _in_item(el) -> bool:  # noqa: ANN001 - lxml element
    node = el
    while node is not None:
        if node.get("id") == ITEM_ID:
            return True
        node = node.getparent()
    return False


GATES = ("alone", "context", "condition", "read", "read+context", "disease")


def score_held_out(reader: Reader, engine: ContentEngine, path: Path) -> dict[str, Any]:
    _, items, negatives = load_held_out(path)
    rules_caught = fired = 0
    union = Counter()
    learned = Counter()
    fp_rewrite, fp_info, fp_elsewhere = Counter(), Counter(), Counter()
    rules_fp_rewrite = rules_fp_info = 0
    per_class: dict[str, Counter] = {}
    for index, item in enumerate(items):
        outcome = run_one(engine, item, index)
        by_rules = any(r in outcome.on_item for r in accepted(item))
        rules_caught += by_rules
        hits = reader.page(f"https://riverbend.example/{item['topic']}/{index}/",
                           page_for(item))
        klass = per_class.setdefault(str(item["class"]), Counter())
        klass["items"] += 1
        klass["rules"] += by_rules
        for gate in GATES:
            own = any(h["gates"][gate] and _in_item(h["el"]) and (
                h["rule"] in accepted(item) or gate == "disease" and
                set(accepted(item)) & set(DISEASE_RULES)) for h in hits)
            learned[gate] += own
            union[gate] += by_rules or own
            klass[gate] += by_rules or own
            fp_elsewhere[gate] += sum(h["gates"][gate] and not _in_item(h["el"])
                                      for h in hits)
        fired += 1
        rules_fp_rewrite += _false_positive(reader, engine, rewrite_of(item), index,
                                            fp_rewrite)
    for index, neg in enumerate(negatives):
        rules_fp_info += _false_positive(reader, engine, negative_item(neg), index, fp_info)
    n, m = len(items), len(negatives)
    return {
        "file": path.name, "items": n, "patient_info": m,
        "rules": {"recall": round(rules_caught / n, 3),
                  "fp_rewrites": round(rules_fp_rewrite / n, 3),
                  "fp_patient_info": round(rules_fp_info / m, 3)},
        "gates": {gate: {
            "learned_alone_recall": round(learned[gate] / n, 3),
            "union_recall": round(union[gate] / n, 3),
            "union_fp_rewrites": round((fp_rewrite[gate]) / n, 3),
            "union_fp_patient_info": round(fp_info[gate] / m, 3),
            "template_blocks_fired": fp_elsewhere[gate],
            "union_recall_per_class": {k: round(c[gate] / c["items"], 2)
                                       for k, c in sorted(per_class.items())},
        } for gate in GATES},
        "rules_recall_per_class": {k: round(c["rules"] / c["items"], 2)
                                   for k, c in sorted(per_class.items())},
    }


def _false_positive(reader: Reader, engine: ContentEngine, placed: dict, index: int,
                    per_gate: Counter) -> bool:
    """Counts, per gate, whether the rules or the classifier fired on a text that must not
    fire; returns whether the rules alone did."""
    by_rules = bool(run_one(engine, placed, index).on_item)
    hits = reader.page("https://riverbend.example/n/", page_for(placed))
    for gate in GATES:
        per_gate[gate] += by_rules or any(h["gates"][gate] and _in_item(h["el"])
                                          for h in hits)
    return by_rules


def score_eval_set(reader: Reader) -> dict[str, Any]:
    labels = {page: set(rules or []) for page, rules in
              yaml.safe_load((EVAL / "labels.yaml").read_text(encoding="utf-8")).items()}
    added: dict[str, Counter] = {gate: Counter() for gate in GATES}
    for page, want in labels.items():
        html = (EVAL / page).read_text(encoding="utf-8")
        hits = reader.page(f"https://clinic.example/{page.removesuffix('.html')}/", html)
        for gate in GATES:
            got = {h["rule"] for h in hits if h["gates"][gate]}
            added[gate]["tp"] += len(got & want)
            added[gate]["fp_pages_rules"] += len(got - want)
    return {gate: dict(c) for gate, c in added.items()} | {"pages": len(labels)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--held-out", default="heldout2.yaml", metavar="FILE")
    parser.add_argument("--eval-set", action="store_true")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--binary", action="store_true",
                        help="one class: a disease claim (the three disease rules) or not")
    parser.add_argument("--features", default="words+chars",
                        choices=("words", "chars", "words+chars"))
    args = parser.parse_args(argv)
    global FEATURES
    FEATURES = args.features
    held_out = held_out_path(args.held_out)
    texts, labels = labelled_set(held_out)
    if args.binary:
        labels = ["unapproved-disease-claim" if lab in DISEASE_RULES else NONE
                  for lab in labels]
    cv = choose_threshold(texts, labels)
    model = make_model().fit(texts, labels)
    engine = ContentEngine(AuditConfig(as_of=AS_OF))
    for rule in engine.rules:  # the rules alone: the shipped learned predicate off
        if isinstance(rule.compiled, ClaimSpec):
            rule.compiled = dataclasses.replace(rule.compiled, learned=None)
    reader = Reader(model, cv["chosen"]["t"], engine)
    result = {"training": {"texts": len(texts), "claims": sum(lab != NONE for lab in labels),
                           "labels": dict(Counter(labels))},
              "threshold": cv, "held_out": score_held_out(reader, engine, held_out)}
    if args.eval_set:
        result["eval_set"] = score_eval_set(reader)
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
