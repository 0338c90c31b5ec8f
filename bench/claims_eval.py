"""Claims corpus evaluation: recall of the claim rules on regulator-cited kinds of claims.

Run: PYTHONPATH=$PWD .venv/bin/python bench/claims_eval.py [--json] [--record] [--quiet]
                                                             [--held-out [FILE]]

Each violating item of tests/content/claims_corpus/ (written for this project after a public
FDA/FTC letter, see its README) is placed on a realistic clinic page whose topic matches its
product, in the markup of its form (a paragraph, a list item, a card, an FAQ entry, a patient
quote, a heading; a few in the sidebar), on one of two layouts (landmarks, or page-builder
divs without <main>), half the texts on each. The page goes through the content engine the CLI uses
with --no-browser (ContentEngine.check_page, then check_site for claims reported once per
site), with the rules the corpus does not score disabled as --disable-rule does
(scoring_engine): the same claim findings in three quarters of the time. An item is caught
when one of its accepted rules fires on the item itself (the finding's element is the item's,
or its sentence is the item's text), not elsewhere on the page. Every item's compliant
rewrite, and every patient-information sentence, is placed the same way: any claim-rule
finding on it is a false positive.

--record writes the figures to tests/content/claims_corpus/baseline.json, which
tests/content/test_claims_corpus.py holds the engine to.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import os
import re
import sys
import time
import zlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from checker.content import ContentEngine
from checker.content.catalog import checked_rules
from checker.content.learned import CLAIM_MODEL_ENV
from checker.model import Finding
from checker.resources import read_own_yaml
from checker.settings import AuditConfig

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "content" / "claims_corpus"
BASELINE = CORPUS / "baseline.json"
# Fresh batches kept in held-out shape after their helpers' test-half scores: development
# sets (read, tuned on) that train nothing; `--held-out FILE --record` writes their floors
# here and tests/content/test_claims_corpus.py holds the engine to them. Never a judge.
DEV_SETS = tuple(sorted(CORPUS.glob("fresh*.yaml")))
DEV_BASELINE = CORPUS / "dev_baseline.json"
# Written before the recall work of issue 13 changed any rule, and never tuned on: reported
# apart (--held-out), so a rule that only learned the tuned items shows here. heldout.yaml's
# misses were read while rules were tuned; heldout2.yaml was written later, from letters no
# other corpus file uses, as a second independent measure; its misses are tuned on from
# 4 Dec 2026, so heldout3.yaml (again from letters no other file uses) is the judge now, and
# heldout4.yaml (the judge from the evening of 4 Dec 2026, letters of its own again) beside it,
# and heldout5.yaml (a fifth judge written before the late-evening rule changes of 4 Dec 2026,
# letters of its own again). --held-out alone scores the first.
HELD_OUT = CORPUS / "heldout.yaml"
HELD_OUT_FILES = (
    HELD_OUT,
    CORPUS / "heldout2.yaml",
    CORPUS / "heldout3.yaml",
    CORPUS / "heldout4.yaml",
    CORPUS / "heldout5.yaml",
)
# The held-out files written from letters of their own (heldout.yaml reuses tuned letters by id).
INDEPENDENT_HELD_OUT = HELD_OUT_FILES[1:]
AS_OF = dt.date(2026, 11, 25)
ITEM_ID = "claim-item"

# The rule ids the corpus labels with (issue 13): what "a claim rule" means here.
CLAIM_RULES = (
    "unapproved-disease-claim",
    "infectious-disease-claim",
    "false-fda-approval-claim",
    "compounded-sameness-claim",
    "research-claims-cited",
    "no-guaranteed-results",
    "no-risk-minimization",
    "no-superlative-claims",
    "no-unqualified-cure-claims",
)
FORMS = ("sentence", "list-item", "card", "faq", "testimonial", "heading")
PLACEMENTS = ("main", "sidebar")
# A patient-information record may sit in a form too: its `text` is the main text (an FAQ's
# answer, a card's body, a story's words, a list item), beside the form's other fields.
NEGATIVE_FIELDS = {"faq": ("question",), "card": ("title",), "testimonial": ("author",)}
# Letters dated 2020 or from 2025 on are held out for an independent check.
ALLOWED_YEARS = frozenset(range(2015, 2020)) | frozenset(range(2021, 2025))
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


# ---- the corpus ---------------------------------------------------------------------------

def load_yaml(name: str) -> Any:
    return read_own_yaml(CORPUS / name)


def load_corpus() -> tuple[dict[str, dict], list[dict], list[dict]]:
    """(letters by id, violating items with their letter's fields, patient-info sentences)."""
    letters = {entry["id"]: entry for entry in load_yaml("letters.yaml")}
    items: list[dict] = []
    negatives = load_yaml("patient_info.yaml")
    for path in sorted(CORPUS.glob("items-*.yaml")):
        own, own_negatives = batch(path)
        negatives = negatives + own_negatives
        items += [item | {"file": path.name} | _letter_fields(letters, item) for item in own]
    return letters, items, negatives


def batch(path: Path) -> tuple[list[dict], list[dict]]:
    """An items-*.yaml file: a list of items, or (a fresh batch) a mapping of its `items`
    and its patient-information `negatives`."""
    data = read_own_yaml(path) or []
    if isinstance(data, dict):
        return list(data.get("items") or []), list(data.get("negatives") or [])
    return data, []


def held_out_path(name: str) -> Path:
    """A held-out file given as a name in the corpus folder or as a path."""
    given = Path(name)
    path = given if given.is_file() else CORPUS / given
    if not path.is_file():
        raise FileNotFoundError(f"no held-out file {name} (looked in {CORPUS})")
    return path


def load_held_out(path: Path = HELD_OUT) -> tuple[dict[str, dict], list[dict], list[dict]]:
    """A held-out file: its own letters (plus the tuned corpus's, reused by id), its
    violating items and its patient-information sentences."""
    data = read_own_yaml(path)
    letters = {entry["id"]: entry for entry in load_yaml("letters.yaml")}
    letters |= {entry["id"]: entry for entry in data.get("letters") or []}
    items = [item | {"file": path.name} | _letter_fields(letters, item)
             for item in data["items"]]
    used = {item["letter"] for item in items}
    return {k: v for k, v in letters.items() if k in used}, items, data.get("negatives") or []


def _letter_fields(letters: dict[str, dict], item: dict) -> dict[str, str]:
    """What each item carries from its letter (kept once, in letters.yaml)."""
    letter = letters.get(item.get("letter", ""), {})
    return {"letter_url": letter.get("url", ""), "letter_date": str(letter.get("date", "")),
            "recipient_type": letter.get("recipient_type", "")}


# Query parameters that change nothing about which page an address names.
_NOISE_PARAMS = ("utm_", "replytocom", "amp", "output", "ref")
_LETTER_ADDRESS_KEYS = ("url", "also", "fda_url")


def normalized_address(url: str) -> str:
    """An address reduced to what names the page: http and https, "www.", a trailing slash,
    an /amp or index.html ending, a fragment and tracking parameters do not make two letters."""
    parts = urlsplit(url.strip())
    host = parts.netloc.lower().removeprefix("www.").removeprefix("amp.")
    path = re.sub(r"/(amp|index\.html?)$", "", parts.path).rstrip("/")
    query = sorted(q for q in parts.query.split("&")
                   if q and not q.lower().startswith(_NOISE_PARAMS))
    return f"{host}{path}" + (f"?{'&'.join(query)}" if query else "")


def letter_addresses(letter: dict) -> set[str]:
    """Every address a letter entry gives (url, also, fda_url; a string or a list)."""
    found: set[str] = set()
    for key in _LETTER_ADDRESS_KEYS:
        value = letter.get(key) or []
        for url in [value] if isinstance(value, str) else value:
            found.add(normalized_address(url))
    return found


def letters_by_file() -> dict[str, dict[str, dict]]:
    """Each corpus file's letters: letters.yaml's entries; for items-*.yaml the entries of the
    ids its items use; for a held-out file or a development set its `letters:` block plus the
    tuned ids it reuses."""
    tuned = {entry["id"]: entry for entry in load_yaml("letters.yaml")}
    files: dict[str, dict[str, dict]] = {"letters.yaml": tuned}
    for path in sorted(CORPUS.glob("items-*.yaml")):
        used = {item["letter"] for item in batch(path)[0]}
        files[path.name] = {lid: tuned.get(lid, {"id": lid}) for lid in used}
    for path in HELD_OUT_FILES + DEV_SETS:
        data = read_own_yaml(path)
        own = {entry["id"]: entry for entry in data["letters"]}
        used = {item["letter"] for item in data["items"]}
        files[path.name] = own | {lid: tuned[lid] for lid in used - set(own) if lid in tuned}
    return files


def letters_shared_with_other_files(name: str, files: dict[str, dict[str, dict]] | None = None
                                    ) -> set[tuple[str, str, str]]:
    """(letter id, other file, its letter id) for each letter of the corpus file `name` that
    another corpus file also uses, by id or by a normalized address (one FDA action can appear
    under two ids); `files`: letters_by_file(), when the caller asks for many files."""
    files = files or letters_by_file()
    shared: set[tuple[str, str, str]] = set()
    for lid, letter in files[name].items():
        mine = letter_addresses(letter)
        for other, letters in files.items():
            if other == name:
                continue
            for olid, oletter in letters.items():
                if olid == lid or mine & letter_addresses(oletter):
                    shared.add((lid, other, olid))
    return shared


def accepted(item: dict) -> list[str]:
    return list(item.get("accept") or [item["expect"]])


def letter_year(date: str) -> int | None:
    match = _DATE.match(str(date))
    return int(match.group(1)) if match else None


def schema_problems(letters: dict[str, dict], items: list[dict],
                    negatives: list[dict], *, ours: bool = True) -> list[str]:
    """Everything that makes the corpus unusable, one line each (empty: the corpus is sound).
    `ours`: a file of this project's corpus, whose letters must be dated 2015-2019 or
    2021-2024; a file from outside it (the independent check's: letters of 2020 and 2025 on)
    is scored whatever its letters' dates."""
    problems: list[str] = []
    for lid, letter in letters.items():
        for key in ("url", "date", "recipient", "recipient_type", "agency", "kind"):
            if not letter.get(key):
                problems.append(f"letter {lid}: no {key}")
        if not str(letter.get("url", "")).startswith(("https://", "http://")):
            problems.append(f"letter {lid}: url is not an address")
        if ours and letter_year(letter.get("date", "")) not in ALLOWED_YEARS:
            problems.append(f"letter {lid}: date {letter.get('date')} outside 2015-2019/2021-2024")
    seen: set[str] = set()
    for item in items:
        iid = item.get("id", "?")
        if iid in seen:
            problems.append(f"item {iid}: duplicate id")
        seen.add(iid)
        if item.get("letter") not in letters:
            problems.append(f"item {iid}: unknown letter {item.get('letter')}")
        if ours and letter_year(item.get("letter_date", "")) not in ALLOWED_YEARS:
            problems.append(f"item {iid}: letter date {item.get('letter_date')!r} not allowed")
        for key in ("product", "condition", "class", "form", "expect", "rewrite", "topic"):
            if item.get(key) in (None, ""):
                problems.append(f"item {iid}: no {key}")
        if item.get("form") not in FORMS:
            problems.append(f"item {iid}: form {item.get('form')} not one of {FORMS}")
        if item.get("class") not in range(1, 8):
            problems.append(f"item {iid}: class {item.get('class')} not 1-7")
        if item.get("placement", "main") not in PLACEMENTS:
            problems.append(f"item {iid}: placement {item.get('placement')}")
        for rid in accepted(item) + [item.get("expect")]:
            if rid not in CLAIM_RULES:
                problems.append(f"item {iid}: rule {rid} is not a claim rule id")
        if item.get("expect") not in accepted(item):
            problems.append(f"item {iid}: expect is not among accept")
        if item.get("topic") not in TOPICS and (ours or not item.get("topic")):
            problems.append(f"item {iid}: topic {item.get('topic')} has no page template")
        problems.extend(f"item {iid}: {p}" for p in _shape_problems(item))
    for neg in negatives:
        nid = neg.get("id", "?")
        if nid in seen:
            problems.append(f"patient-info {nid}: duplicate id")
        seen.add(nid)
        for key in ("text", "topic", "style"):
            if not neg.get(key):
                problems.append(f"patient-info {nid}: no {key}")
        if neg.get("topic") not in TOPICS and ours:
            problems.append(f"patient-info {nid}: topic {neg.get('topic')} has no template")
        if neg.get("form", "sentence") not in FORMS:
            problems.append(f"patient-info {nid}: form {neg.get('form')} not one of {FORMS}")
        problems.extend(f"patient-info {nid}: no {k}"
                        for k in NEGATIVE_FIELDS.get(neg.get("form", ""), ()) if not neg.get(k))
    return problems


def is_project_file(held_out: Path | None) -> bool:
    """Whether a file scored is this project's: the tuned corpus, a held-out file of
    HELD_OUT_FILES or a development set (a file copied into the folder under another name
    is the independent check's, wherever it sits)."""
    return held_out is None or held_out.resolve() in {
        p.resolve() for p in (*HELD_OUT_FILES, *DEV_SETS)}


def on_known_pages(items: list[dict], negatives: list[dict]) -> tuple[list[dict], list[dict]]:
    """A file from outside the corpus may name a topic with no page template: its texts go on
    the multi-service clinic home page (HOME, naming none of the products), said on stderr."""
    unknown = sorted({str(x.get("topic")) for x in items + negatives
                      if x.get("topic") not in TOPICS})
    if not unknown:
        return items, negatives
    print(f"topics with no page template, placed on the clinic home page: "
          f"{', '.join(unknown)}", file=sys.stderr)
    home = [x if x.get("topic") in TOPICS else x | {"topic": "home"} for x in items]
    return home, [x if x.get("topic") in TOPICS else x | {"topic": "home"} for x in negatives]


def _shape_problems(item: dict) -> list[str]:
    """The text fields a form needs, for the claim and for its rewrite."""
    needs = {"faq": ("question", "answer"), "card": ("title", "text"),
             "testimonial": ("text", "author")}.get(item.get("form", ""), ("text",))
    problems = [f"no {k}" for k in needs if not item.get(k)]
    rewrite = item.get("rewrite")
    if isinstance(rewrite, dict):
        problems.extend(f"rewrite has no {k}" for k in needs
                        if not (rewrite.get(k) or item.get(k)))
    elif not isinstance(rewrite, str):
        problems.append("rewrite is neither text nor a mapping")
    return problems


def rewrite_of(item: dict) -> dict:
    """The rewrite as an item of the same form (a string replaces the main text)."""
    rewrite = item["rewrite"]
    key = "answer" if item["form"] == "faq" else "text"
    fields = {key: rewrite} if isinstance(rewrite, str) else dict(rewrite)
    return item | fields


# ---- pages --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Topic:
    title: str
    h1: str
    intro: tuple[str, ...]
    more: tuple[str, ...] = ()
    faq: tuple[tuple[str, str], ...] = ()


_VISIT = ("Your first visit starts with a conversation about your health history and goals.",
          "We explain each option, how long it takes and what it costs before you decide.")
_FAQ_BOOK = ("How do I book a visit?",
             "Call the front desk or use the online form, and we will confirm a time by email.")
_FAQ_COST = ("What does it cost?",
             "Prices are listed on our fees page; most plans are paid per visit.")


def _topic(title: str, h1: str, intro: tuple[str, ...], more: tuple[str, ...] = ()) -> Topic:
    return Topic(title, h1, intro, more + _VISIT, (_FAQ_BOOK, _FAQ_COST))


TOPICS: dict[str, Topic] = {
    "stem-cell": _topic(
        "Stem Cell Therapy", "Stem cell therapy at our clinic",
        ("Stem cell therapy uses cells collected from fat, bone marrow or birth tissue.",
         "The cells are prepared in a lab and given by injection or infusion.")),
    "regenerative": _topic(
        "Regenerative Medicine: PRP, Exosomes and Wharton's Jelly",
        "Regenerative medicine injections",
        ("Our regenerative menu includes platelet-rich plasma (PRP), exosome and umbilical "
         "tissue injections.",
         "PRP is made from a small sample of your own blood spun in a centrifuge.")),
    "iv-therapy": _topic(
        "IV Vitamin Drips and NAD+ Infusions", "IV drip therapy lounge",
        ("IV therapy delivers fluids, vitamins and minerals straight into a vein.",
         "A drip takes 30 to 60 minutes in a reclining chair while a nurse checks on you.")),
    "peptides": _topic(
        "Peptide Therapy", "Peptide therapy program",
        ("Peptides are short chains of amino acids given as small injections under the skin.",
         "Our prescribers decide on a plan after a visit and lab work.")),
    "ozone": _topic(
        "Ozone and Oxidative Therapies", "Ozone therapy",
        ("Ozone therapy mixes a small amount of ozone gas with oxygen or with your own blood.",
         "Sessions are given by our nursing staff in the treatment suite.")),
    "hyperbaric": _topic(
        "Hyperbaric Oxygen Therapy", "Hyperbaric oxygen chamber sessions",
        ("In a hyperbaric chamber you breathe oxygen at higher than normal air pressure.",
         "A session lasts about an hour, and a technician stays with you the whole time.")),
    "weight-loss": _topic(
        "Medical Weight Loss with Semaglutide and Tirzepatide",
        "Semaglutide and tirzepatide weight loss program",
        ("Our program pairs a weekly GLP-1 injection with nutrition coaching.",
         "Compounded semaglutide is not FDA-approved, and the FDA does not review compounded "
         "drugs for safety or quality.")),
    "ketamine": _topic(
        "Ketamine Therapy", "Ketamine infusion therapy",
        ("Ketamine is FDA-approved as an anesthetic; using it for mood disorders is off-label.",
         "Each infusion takes about 40 minutes in a private room with a nurse nearby.")),
    "supplement": _topic(
        "Shop Supplements", "Wellness supplements",
        ("Our store carries capsules, powders and oils chosen by our staff.",
         "Orders ship within two business days from our warehouse.")),
    "cbd": _topic(
        "CBD Oils and Gummies", "CBD oils, softgels and gummies",
        ("Our hemp extracts are sold as oils, softgels and gummies.",
         "Each product page lists the amount of CBD per serving.")),
    "immune": _topic(
        "Immune Wellness Services", "Immune wellness clinic",
        ("Our wellness clinic offers vitamin injections, herbal products and consultations.",
         "Walk-in visits are available on weekday mornings.")),
    "chiropractic": _topic(
        "Chiropractic and Wellness", "Chiropractic and wellness center",
        ("Our chiropractors offer adjustments, soft tissue work and nutrition advice.",
         "Our store carries the vitamins we talk about in visits.")),
    "homeopathy": _topic(
        "Homeopathic Remedies", "Homeopathic remedies",
        ("Our pharmacy stocks homeopathic pellets, drops and kits.",
         "Remedies are listed by name and potency.")),
    "addiction": _topic(
        "Recovery Support Products", "Recovery support",
        ("Our recovery store sells herbal blends and kits sold as recovery support.",
         "Orders arrive in plain packaging.")),
    "cancer-support": _topic(
        "Natural Cancer Support", "Integrative cancer support products",
        ("Our shop offers teas, salves and capsules from herbal suppliers.",
         "Products are shipped from our warehouse in recyclable packaging.")),
    "brain-health": _topic(
        "Memory and Brain Health", "Memory and brain health supplements",
        ("Our brain health line includes oils, capsules and powders.",
         "Every product page lists the ingredients and serving size.")),
    "repellent": _topic(
        "Mosquito Protection", "Mosquito protection for travel",
        ("Our travel shop sells wristbands, patches and stickers for outdoor use.",
         "Orders over $25 ship free.")),
    "telehealth": _topic(
        "Online Prescriptions", "Telehealth prescriptions delivered",
        ("Our licensed clinicians see patients by video in most states.",
         "Prescriptions are sent to a partner pharmacy and mailed to you.")),
    # Pages about approved treatments, for the patient-information sentences.
    "mental-health": _topic(
        "Depression and Anxiety Care", "Treatment for depression and anxiety",
        ("Depression and anxiety are common, and help is available.",
         "Care usually combines talk therapy, medicine or both.")),
    "primary-care": _topic(
        "Primary Care Services", "Primary care for adults and children",
        ("Our family doctors see patients of all ages.",
         "Same-week visits are available for new problems.")),
    "vaccines": _topic(
        "Vaccines and Immunizations", "Vaccines at our clinic",
        ("We give routine vaccines for children and adults.",
         "Bring your vaccine record to each visit.")),
    "physical-therapy": _topic(
        "Physical Therapy", "Physical therapy and rehabilitation",
        ("Our physical therapists work with you one on one.",
         "A plan of exercises is written for you at the first visit.")),
    "aesthetics": _topic(
        "Botox and Dermal Fillers", "Botox and dermal fillers",
        ("Our nurse injectors offer Botox and hyaluronic acid fillers.",
         "A consultation comes before any treatment.")),
    # A fertility clinic's and a hormone clinic's pages (fresh23a, 6 Dec 2026): IVF and its
    # add-ons, egg freezing; menopause hormone therapy, bioidentical hormones, testosterone.
    "fertility": _topic(
        "IVF and Fertility Treatment", "Fertility treatment at our clinic",
        ("Our fertility specialists offer fertility tests, ovulation induction, IUI and IVF.",
         "Every plan starts with a consultation, a scan and blood tests.")),
    "hormones": _topic(
        "Hormone Therapy for Women and Men", "Hormone therapy clinic",
        ("Our clinicians offer hormone therapy with estradiol, progesterone and testosterone.",
         "Treatment starts with a consultation and blood tests.")),
    # A brand's own store, whose title names no kind of product (fresh13a, 5 Dec 2026): its
    # products are known only by the trade names its cards and headings give them.
    "shop": _topic(
        "Shop", "Shop our bestsellers",
        ("Free shipping on orders over $50.",
         "Every order ships within two business days from our warehouse.")),
    # An online pharmacy's store: approved brand-name medicines on cards with their prices.
    "pharmacy": _topic(
        "Online Pharmacy", "Your neighborhood pharmacy, online",
        ("Order refills and over-the-counter medicines for pickup or delivery.",
         "Orders over $35 ship free.")),
}
# Topics added after the learned model was last trained (rules/models/claim-predicate.json): its
# training set's template texts (bench/claims_training.py) leave them out until the next
# retraining takes them in (empty this then).
UNTRAINED_TOPICS = frozenset({"shop", "pharmacy", "fertility", "hormones"})
# Not a topic of any item: the page `--on-page home` places every text on, a clinic's home
# page that offers many services and names none of the products the texts speak of.
HOME = _topic(
    "Riverbend Wellness | Home", "Feel your best at Riverbend Wellness",
    ("Our clinicians offer IV therapy, hormone therapy, medical weight loss and aesthetic "
     "treatments.", "New patients start with a consultation with one of our nurse practitioners."))
assert len({t.title for t in (*TOPICS.values(), HOME)}) == len(TOPICS) + 1

_RISKS = ("<h2>Risks and side effects</h2><p>Every treatment has risks. Common problems "
          "include bruising, soreness or a headache for a day or two. Less often, an infection "
          "or an allergic reaction can happen, and some people feel faint. Tell us about your "
          "medicines, allergies and health conditions, and call us or your doctor if anything "
          "worries you after a visit.</p>")
_FOOTER = ('<footer class="site-footer"><p>This website is general information and is not a '
           "substitute for professional medical advice.</p><ul><li><a href=\"/privacy/\">"
           "Privacy Policy</a></li><li><a href=\"/accessibility/\">Accessibility</a></li></ul>"
           "<p>Riverbend Health, 12 Mill Street · (555) 010-2200</p></footer>")
_NAV = ('<header class="site-header"><a href="/">Riverbend Health</a><nav><ul>'
        '<li><a href="/services/">Services</a></li><li><a href="/team/">Our team</a></li>'
        '<li><a href="/fees/">Fees</a></li><li><a href="/contact/">Contact</a></li>'
        "</ul></nav></header>")


def esc(text: str) -> str:
    """Corpus text may carry inline links (<a href=...>); everything else is escaped."""
    parts = re.split(r"(<a\s+href=\"[^\"<>]+\">|</a>|<sup>\[\d+\]</sup>)", text)
    return "".join(p if i % 2 else html.escape(p, quote=False) for i, p in enumerate(parts))


def item_block(item: dict) -> str:
    """The item in the markup of its form, with the item's element marked by ITEM_ID."""
    form, mark = item["form"], f'id="{ITEM_ID}"'
    if form == "heading":
        return f"<h2 {mark}>{esc(item['text'])}</h2><p>{_VISIT[0]}</p>"
    if form == "list-item":
        intro = esc(item.get("intro") or "What to know:")
        return (f"<p>{intro}</p><ul><li>Sessions are booked in advance.</li>"
                f"<li {mark}>{esc(item['text'])}</li><li>Bring a list of your medicines.</li>"
                "</ul>")
    if form == "card":
        return ('<div class="service-cards"><div class="card"><h3>Consultation</h3><p>Meet '
                "a clinician and talk through your goals.</p></div>"
                f'<div class="card" {mark}><h3>{esc(item["title"])}</h3>'
                f"<p>{esc(item['text'])}</p><a href=\"/book/\">Book now</a></div></div>")
    if form == "faq":
        return (f'<section class="faq"><h2>Frequently asked questions</h2><details {mark}>'
                f"<summary>{esc(item['question'])}</summary><p>{esc(item['answer'])}</p>"
                "</details></section>")
    if form == "testimonial":
        return (f'<section class="reviews"><h2>What patients say</h2><blockquote {mark}>'
                f"<p>\u201c{esc(item['text'])}\u201d</p><footer>\u2014 {esc(item['author'])}"
                "</footer></blockquote><p>Individual results vary.</p></section>")
    return f"<p {mark}>{esc(item['text'])}</p>"


LAYOUTS = ("landmark", "builder")
_BUILDER_NAV = ('<div class="site-header elementor-location-header">'
                '<a href="/">Riverbend Health</a><div class="menu-main-container"><ul class="menu">'
                '<li class="menu-item"><a href="/services/">Services</a></li>'
                '<li class="menu-item"><a href="/team/">Our team</a></li>'
                '<li class="menu-item"><a href="/contact/">Contact</a></li></ul></div></div>')


def build_page(topic_key: str, block: str, *, sidebar: str = "",
               layout: str = "landmark") -> str:
    """A clinic page of the topic. `landmark`: header, nav, main/article, aside, footer.
    `builder`: what page builders emit, nested divs and no <main> or <article>."""
    topic = HOME if topic_key == "home" else TOPICS[topic_key]
    intro = "".join(f"<p>{s}</p>" for s in topic.intro)
    more = "".join(f"<p>{s}</p>" for s in topic.more)
    faq = "".join(f"<details><summary>{q}</summary><p>{a}</p></details>" for q, a in topic.faq)
    head = (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            f"<title>{topic.title} | Riverbend Health</title></head><body>")
    byline = ('<p class="byline">Medically reviewed by Dana Whitfield, MD \u00b7 '
              '<time datetime="2026-09-01">1 September 2026</time></p>')
    body = (f"<h1>{topic.h1}</h1>{byline}{intro}{block}<h2>What to expect</h2>{more}{_RISKS}"
            f"<h2>Questions</h2>{faq}")
    visit = f"<h2>Visit us</h2><p>Open Monday to Friday, 8 am to 6 pm.</p>{sidebar}"
    if layout == "builder":
        sections = "".join(f'<div class="elementor-section"><div class="elementor-container">'
                           f'<div class="elementor-widget-container">{part}</div></div></div>'
                           for part in (body,))
        return (f'{head}{_BUILDER_NAV}<div class="page-content"><div class="elementor">'
                f'{sections}</div><div class="widget-area">{visit}</div></div>'
                f"{_FOOTER}</body></html>")
    return (f'{head}{_NAV}<div class="layout"><main id="main"><article>{body}</article></main>'
            f'<aside class="sidebar">{visit}</aside></div>{_FOOTER}</body></html>')


def layout_of(item: dict) -> str:
    """Half the texts sit on each layout, fixed by the id so a re-run places them the same."""
    return LAYOUTS[zlib.crc32(item["id"].encode()) % len(LAYOUTS)]


def page_for(item: dict) -> str:
    block = item_block(item)
    layout = item.get("layout") or layout_of(item)
    if item.get("placement", "main") == "sidebar":
        return build_page(item["topic"], "", sidebar=block, layout=layout)
    return build_page(item["topic"], block, layout=layout)


# ---- scoring ------------------------------------------------------------------------------

_WORD = re.compile(r"[a-z0-9+']+")


def words(text: str) -> list[str]:
    plain = re.sub(r"<[^>]+>", " ", text).lower().replace("\u2019", "'")
    return _WORD.findall(plain)


def item_texts(item: dict) -> list[str]:
    keys = {"faq": ("question", "answer"), "card": ("title", "text")}.get(item["form"], ("text",))
    return [item[k] for k in keys if item.get(k)]


def on_item(finding: Finding, item: dict) -> bool:
    """Whether a finding points at the item: its element, or its sentence is the item's."""
    if finding.selector and f"#{ITEM_ID}" in finding.selector:
        return True
    if not finding.sentence:
        return False
    found = " ".join(words(finding.sentence))
    if not found:
        return False
    for text in item_texts(item):
        own = " ".join(words(text))
        if found in own or own in found:
            return True
        a, b = set(found.split()), set(own.split())
        if len(a & b) >= 0.6 * max(len(a), len(b)):
            return True
    return False


@dataclass
class Outcome:
    """What the engine said about one placed text."""

    item: dict
    on_item: list[str] = field(default_factory=list)  # claim rules fired on the text
    elsewhere: list[str] = field(default_factory=list)  # claim rules fired elsewhere on page
    # claim rules that fired on the text but gave way to the rule they defer to (one claim,
    # one finding: "Heal your arthritis without surgery" is reported as a cure claim)
    deferred: list[str] = field(default_factory=list)


def run_one(engine: ContentEngine, item: dict, index: int) -> Outcome:
    url = f"https://riverbend.example/{item['topic']}/{index}/"
    verdict = engine.check_page(url, page_for(item), status=200)
    # A claim in the page chrome may be reported once per site rather than per page (issue 13,
    # class 7): the site-level pass over this one-page site is asked as well.
    site = engine.check_site({url: verdict.facts}, [url])
    outcome = Outcome(item)
    for finding in verdict.findings + site:
        if finding.rule_id not in CLAIM_RULES:
            continue
        (outcome.on_item if on_item(finding, item) else outcome.elsewhere).append(finding.rule_id)
    outcome.deferred = [f.rule_id for f in verdict.deferred
                        if f.rule_id in CLAIM_RULES and on_item(f, item)]
    return outcome


def negative_item(neg: dict) -> dict:
    form = neg.get("form", "sentence")
    item = {"id": neg["id"], "form": form, "topic": neg["topic"], "text": neg["text"],
            "placement": "main"}
    if form == "faq":
        item["answer"] = neg["text"]
    if form == "list-item" and neg.get("intro"):
        item["intro"] = neg["intro"]
    return item | {k: neg[k] for k in NEGATIVE_FIELDS.get(form, ()) if neg.get(k)}


def scoring_engine(as_of: dt.date = AS_OF) -> ContentEngine:
    """The content engine with only the rules the corpus scores: the claim rules and the rules
    they give way to (defer_to, followed to the end). A rule reads the page by itself, and a
    claim rule's finding depends on no other rule but those it defers to, so its findings are
    the whole engine's; the other rules (reading level, dates, disclosures, ...) took a
    quarter of the time of every corpus page, in a pool the test suite scores on every run."""
    whole = checked_rules(AuditConfig(as_of=as_of).content)
    scored = set(CLAIM_RULES)
    while deferred := {d for r in whole if r.id in scored for d in r.defer_to} - scored:
        scored |= deferred
    return ContentEngine(AuditConfig(as_of=as_of, disable_rules=sorted(
        r.id for r in whole if r.id not in scored)))


def evaluate(engine: ContentEngine | None = None, *,
             held_out: Path | None = None,
             fold: tuple[int, int] | None = None,
             on_page: str | None = None, check_templates: bool = True) -> dict[str, Any]:
    """The tuned corpus, the held-out file at `held_out`, or fold K of N letter-grouped
    folds of the tuned corpus and the development sets (`fold`); `on_page`: every text on
    that page (a topic key, or "home": HOME) instead of its own topic's; `check_templates`:
    also check the empty page templates (the same pages for every file: a test that scores
    many files checks them once)."""
    engine = engine or scoring_engine()
    if fold is not None:
        letters, items, negatives = fold_records(*fold)
    else:
        letters, items, negatives = load_held_out(held_out) if held_out else load_corpus()
        if not is_project_file(held_out):
            items, negatives = on_known_pages(items, negatives)
    if on_page is not None:
        items = [item | {"topic": on_page} for item in items]
        negatives = [neg | {"topic": on_page} for neg in negatives]
    start = time.perf_counter()
    claims = [run_one(engine, item, i) for i, item in enumerate(items)]
    rewrites = [run_one(engine, rewrite_of(item), i) for i, item in enumerate(items)]
    info = [run_one(engine, negative_item(n), i) for i, n in enumerate(negatives)]
    templates = [run_one(engine, {"id": f"empty-{key}", "form": "sentence", "topic": key,
                                  "layout": layout, "text": "Call us to book a visit."}, 0)
                 for key in TOPICS for layout in LAYOUTS] if check_templates else []
    seconds = time.perf_counter() - start
    source = (f"fold {fold[0]}/{fold[1]}" if fold is not None
              else held_out.name if held_out else "items-*.yaml")
    return summarize(claims, rewrites, info, templates, seconds, len(letters)) | {
        "source": source, "on_page": on_page or "its topic's"} | _apart(held_out, claims, rewrites)


def _apart(held_out: Path | None, claims: list[Outcome],
           rewrites: list[Outcome]) -> dict[str, Any]:
    """A judge's figures on the items of the letters no other corpus file uses: a letter that
    a development set (read and tuned on) also used no longer measures wording nobody here
    read, so the independent figure leaves its items out."""
    if held_out is None or held_out not in INDEPENDENT_HELD_OUT:
        return {}
    shared = {lid for lid, _, _ in letters_shared_with_other_files(held_out.name)}
    kept = [(c, r) for c, r in zip(claims, rewrites, strict=True)
            if c.item.get("letter") not in shared]
    return {"apart": {"letters_shared": len(shared), "items": len(kept),
                      "recall": _rate(sum(_caught(c) for c, _ in kept), len(kept)),
                      "fp_rate_rewrites": _rate(sum(bool(r.on_item) for _, r in kept),
                                                len(kept))}}


def fold_records(k: int, n: int) -> tuple[dict[str, dict], list[dict], list[dict]]:
    """Fold K of N: the items of its letters (tuned corpus and development sets) and its
    share of the patient-information sentences (bench/claims_training.py)."""
    from bench.claims_training import READ_DEV_FILES, corpus_records, fold_of, letter_folds

    items, negatives = corpus_records(READ_DEV_FILES)
    folds = letter_folds(items, n)
    items = [i for i in items if folds[i["letter"]] == k]
    negatives = [x for x in negatives if fold_of(f"pi:{x['id']}", folds, n) == k]
    return {i["letter"]: {} for i in items}, items, negatives


def _caught(outcome: Outcome) -> bool:
    """An accepted rule reported the text, or found it and gave way to the rule it defers to
    (which then reports it)."""
    return any(rid in outcome.on_item or rid in outcome.deferred
               for rid in accepted(outcome.item))


def _rate(numerator: int, denominator: int) -> float:
    return round(numerator / denominator, 4) if denominator else 0.0


def summarize(claims: list[Outcome], rewrites: list[Outcome], info: list[Outcome],
              templates: list[Outcome], seconds: float, letters: int) -> dict[str, Any]:
    per_rule: dict[str, Counter[str]] = {rid: Counter() for rid in CLAIM_RULES}
    per_class: dict[str, Counter[str]] = {}
    misses, false_pos = [], []
    for outcome in claims:
        hit = _caught(outcome)
        label = outcome.item["expect"]
        per_rule[label]["items"] += 1
        per_rule[label]["caught"] += hit
        klass = per_class.setdefault(str(outcome.item["class"]), Counter())
        klass["items"] += 1
        klass["caught"] += hit
        if not hit:
            misses.append(_describe(outcome, "claim"))
    for kind, outcomes in (("rewrite", rewrites), ("patient-info", info)):
        false_pos.extend(_describe(o, kind) for o in outcomes if o.on_item)
    caught = sum(1 for o in claims if _caught(o))
    return {
        "as_of": AS_OF.isoformat(),
        "letters": letters,
        "items": len(claims),
        "patient_info": len(info),
        "recall": _rate(caught, len(claims)),
        # caught only as a finding that gave way to the rule it defers to (reported by that one)
        "caught_as_deferred": sum(1 for o in claims if _caught(o) and not any(
            rid in o.on_item for rid in accepted(o.item))),
        "recall_per_rule": {rid: _rate(c["caught"], c["items"])
                            for rid, c in per_rule.items() if c["items"]},
        "items_per_rule": {rid: c["items"] for rid, c in per_rule.items() if c["items"]},
        "recall_per_class": {k: _rate(c["caught"], c["items"])
                             for k, c in sorted(per_class.items())},
        "fp_rate_rewrites": _rate(sum(1 for o in rewrites if o.on_item), len(rewrites)),
        "fp_rate_patient_info": _rate(sum(1 for o in info if o.on_item), len(info)),
        "template_findings": sorted({f"{o.item['topic']} ({o.item['layout']}): {r}"
                                     for o in templates
                                     for r in o.on_item + o.elsewhere}),
        "misses": misses,
        "false_positives": false_pos,
        "seconds": round(seconds, 1),
    }


def _describe(outcome: Outcome, kind: str) -> dict[str, Any]:
    item = outcome.item
    return {"kind": kind, "id": item["id"], "form": item["form"], "topic": item["topic"],
            "letter": item.get("letter"), "letter_url": item.get("letter_url"),
            "expect": accepted(item) if kind == "claim" else [],
            "fired_on_item": sorted(set(outcome.on_item)),
            "fired_elsewhere": sorted(set(outcome.elsewhere)),
            "text": " / ".join(item_texts(item))}


# ---- output -------------------------------------------------------------------------------

BASELINE_KEYS = ("recall", "recall_per_rule", "fp_rate_rewrites", "fp_rate_patient_info",
                 "items", "patient_info")


def record(result: dict[str, Any], dev_set: Path | None = None) -> None:
    """The tuned corpus's figures into baseline.json, or a development set's into
    dev_baseline.json under its file name."""
    figures = {k: result[k] for k in BASELINE_KEYS} | {
        "recorded": dt.date.today().isoformat(),
        "note": "floor for recall and ceiling for false positives; "
                "python bench/claims_eval.py --record updates it"}
    if dev_set is None:
        BASELINE.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
        return
    recorded = json.loads(DEV_BASELINE.read_text(encoding="utf-8")) \
        if DEV_BASELINE.is_file() else {}
    recorded[dev_set.name] = figures | {
        "note": f"python bench/claims_eval.py --held-out {dev_set.name} --record updates it"}
    DEV_BASELINE.write_text(json.dumps(dict(sorted(recorded.items())), indent=2) + "\n",
                            encoding="utf-8")


def print_report(result: dict[str, Any], *, quiet: bool) -> None:
    print(f"claims corpus {result['source']}: {result['items']} violating items from "
          f"{result['letters']} letters, "
          f"{result['patient_info']} patient-information sentences ({result['seconds']} s)")
    print(f"recall overall: {result['recall']:.3f}"
          + (f" ({result['caught_as_deferred']} reported as the rule their rule defers to)"
             if result.get("caught_as_deferred") else ""))
    for rid, rate in result["recall_per_rule"].items():
        print(f"  {rid:30s} {rate:.3f}  ({result['items_per_rule'][rid]} items)")
    print("recall per claim class: " + ", ".join(
        f"{k}: {v:.2f}" for k, v in result["recall_per_class"].items()))
    print(f"false positives on rewrites: {result['fp_rate_rewrites']:.3f}; "
          f"on patient-information text: {result['fp_rate_patient_info']:.3f}")
    if apart := result.get("apart"):
        print(f"without the {apart['letters_shared']} letters another corpus file uses: "
              f"recall {apart['recall']:.3f} over {apart['items']} items, false positives on "
              f"rewrites {apart['fp_rate_rewrites']:.3f}")
    if result["template_findings"]:
        print("page templates fire on their own: " + "; ".join(result["template_findings"]))
    if quiet:
        return
    print(f"\nmisses ({len(result['misses'])}):")
    for miss in result["misses"]:
        fired = ",".join(miss["fired_on_item"]) or "-"
        print(f"  {miss['id']} [{miss['form']}] want {','.join(miss['expect'])} got {fired}: "
              f"{miss['text'][:140]}")
    print(f"\nfalse positives ({len(result['false_positives'])}):")
    for fp in result["false_positives"]:
        print(f"  {fp['kind']} {fp['id']} [{fp['form']}] {','.join(fp['fired_on_item'])}: "
              f"{fp['text'][:140]}")


def print_page(wanted: str, items: list[dict], negatives: list[dict], *, rewrite: bool) -> int:
    """The exact HTML the engine is given for one text, for rule authors debugging a miss."""
    for item in items:
        if item["id"] == wanted:
            print(page_for(rewrite_of(item) if rewrite else item))
            return 0
    for neg in negatives:
        if neg["id"] == wanted:
            print(page_for(negative_item(neg)))
            return 0
    print(f"no item or patient-info sentence {wanted}", file=sys.stderr)
    return 2


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--record", action="store_true",
                        help=f"write the figures to {BASELINE.relative_to(ROOT)} (with "
                        f"--held-out FILE, a development set fresh*.yaml: to "
                        f"{DEV_BASELINE.relative_to(ROOT)})")
    parser.add_argument("--quiet", action="store_true", help="figures only, no lists")
    parser.add_argument("--page", metavar="ID",
                        help="print the page an item or patient-info sentence is placed on")
    parser.add_argument("--rewrite", action="store_true", help="with --page: the rewrite's page")
    parser.add_argument("--held-out", nargs="?", const=HELD_OUT.name, metavar="FILE",
                        help="score a held-out file instead (a judge is never recorded): a name in "
                        f"{CORPUS.relative_to(ROOT)} or a path; without FILE {HELD_OUT.name}; "
                        f"the files: {', '.join(p.name for p in HELD_OUT_FILES)}")
    parser.add_argument("--model", metavar="FILE", help="score with this learned-predicate "
                        "model instead of the shipped one (scripts/train_claim_model.py "
                        "--leave-out BATCH --out FILE: a batch scored before it is tuned on)")
    parser.add_argument("--fold", metavar="K/N", help="score fold K (0-based) of N letter-"
                        "grouped folds of the tuned corpus and the development sets, with a "
                        "--model trained by scripts/train_claim_model.py --fold K/N")
    parser.add_argument("--on-page", metavar="TOPIC", choices=[*TOPICS, "home"],
                        help="place every text on this page instead of its own topic's ('home': "
                        "a multi-service clinic home page naming none of the products): how much "
                        "the rules lean on the page's topic (never recorded)")
    args = parser.parse_args(argv)
    if args.on_page and args.record:
        parser.error("--record records the texts on their own topics' pages")
    if args.model:
        os.environ[CLAIM_MODEL_ENV] = str(Path(args.model).resolve())
    try:
        held_out = held_out_path(args.held_out) if args.held_out else None
    except FileNotFoundError as err:
        parser.error(str(err))
    if held_out is not None and args.record and held_out.resolve() not in {
            p.resolve() for p in DEV_SETS}:
        parser.error("--record records the tuned corpus or a development set (fresh*.yaml), "
                     "never a judge")
    letters, items, negatives = load_held_out(held_out) if held_out else load_corpus()
    problems = schema_problems(letters, items, negatives, ours=is_project_file(held_out))
    if problems:
        print("corpus problems:\n  " + "\n  ".join(problems), file=sys.stderr)
        return 2
    if args.page:
        return print_page(args.page, items, negatives, rewrite=args.rewrite)
    fold = tuple(int(x) for x in args.fold.split("/")) if args.fold else None
    if fold is not None and (args.record or args.held_out):
        parser.error("--fold scores the tuned corpus's folds only")
    result = evaluate(held_out=held_out, fold=fold, on_page=args.on_page)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print_report(result, quiet=args.quiet)
    if args.record:
        record(result, held_out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
