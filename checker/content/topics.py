"""Topics: which rules apply to a page.

A page is about a topic when a term of the topic is in its title (with the site name
stripped: clinic names often contain "Ketamine", "TMS" or "Med Spa") or its h1, or occurs at
least twice in the main content. Contact, team, booking, legal and accessibility-statement
pages get no topic from their text: they mention treatments in passing, and treatment rules
do not apply there.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from urllib.parse import urlsplit

from checker.content.document import PageDoc, candidate_blocks
from checker.content.forms import has_appointment_form
from checker.content.prefilter import Prefilter


def _terms(*words: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE)


_KETAMINE = r"(?<![-\w])ketamine"  # not "esketamine"
_WEIGHT = ("semaglutide", "tirzepatide", r"GLP-?1s?", "Ozempic", "Wegovy", "Mounjaro",
           "Zepbound")
_AESTHETIC = ("Botox", "Dysport", "Xeomin", r"(?:dermal |lip )?fillers?", "laser",
              "microneedling", "CoolSculpting", r"med ?spa", "chemical peels?",
              "hydrafacial", "PRP facial", "Kybella")
# Not "depressed" (acne scars are "depressed scars") nor plural "depressions" (of the skin).
_CRISIS = ("depression", "depressive", "suicide", "suicidal", "self-harm",
           "PTSD", "post-traumatic stress", "bipolar")
_MENTAL = _CRISIS + ("anxiety", "OCD", "obsessive-compulsive", "mood disorders?",
                     "panic disorder", "panic attacks", "mental health", "mental illness",
                     "schizophrenia", "eating disorders?", "postpartum depression", "ADHD")
_PAIN = ("chronic pain", "pain", "fibromyalgia", "CRPS", "complex regional pain",
         "neuropathy", "neuropathic", "migraines?")
_TREATMENT = (("therapy", "therapies", "treatments?", "infusions?", "injections?",
               "injectables?", "procedures?", _KETAMINE, "esketamine", "Spravato", "TMS",
               r"IV(?:\s+[\w-]+){0,2}\s+(?:drips?|therapy|hydration)", "drips?",
               "hormone therapy", "HRT", "testosterone replacement",
               "PRP", "medication management", "chiropractic", "psychotherapy",
               "medical weight loss",
               r"weight[- ]loss (?:programs?|medications?|injections?|shots?|treatments?)")
              + _WEIGHT + _AESTHETIC)

# Products sold for health (FD&C Act "dietary supplement", CBD, kratom, homeopathic and
# herbal remedies): the FDA and FTC letters of issue 13 are mostly to their sellers, and what
# such a page claims is a health claim even with no treatment or clinic named.
_HEALTH_PRODUCT = (r"(?:dietary |herbal |nutritional )?supplements?", "nutraceuticals?", "CBD",
                   "cannabidiol", r"hemp (?:extracts?|oils?)", "kratom", "homeopathic",
                   "homeopathy", r"herbal (?:remed(?:y|ies)|blends?|teas?|products?)",
                   "tinctures?", "colloidal silver", r"essential oils?", "softgels?",
                   "gummies", r"(?:natural|herbal) remed(?:y|ies)", "vitamins", "herbal",
                   "capsules", "salves?")
TOPICS: dict[str, re.Pattern[str]] = {
    "treatment": _terms(*_TREATMENT),
    "mental-health": _terms(*_MENTAL),
    "crisis-topic": _terms(*_CRISIS),
    "ketamine": _terms(_KETAMINE),
    "weight-loss-drug": _terms(*_WEIGHT),
    "aesthetic": _terms(*_AESTHETIC),
    "pain": _terms(*_PAIN),
    "health-product": _terms(*_HEALTH_PRODUCT),
}
_PREFILTERS = {name: Prefilter([pattern]) for name, pattern in TOPICS.items()}
# "condition": a page with no other topic whose own text names a disease or an infection of
# the claim lexicons (rules/lexicons/): a kratom "recovery support" shop page about opiate
# withdrawal, a travel shop selling wristbands against Zika. What it says is a health claim.
SPECIAL_TOPICS = ("health", "any", "form", "site", "condition")
# What a rule's applies_to may name: the pack reader refuses anything else (a typo would
# silently switch the rule off).
KNOWN_TOPICS = tuple(TOPICS) + SPECIAL_TOPICS

_ESKETAMINE = _terms("esketamine", "Spravato")
_HOME_TOPICS = {"ketamine", "weight-loss-drug", "crisis-topic"}

# Pages whose own purpose is not a treatment or a condition.
_KIND_PATTERNS = {
    "contact": _terms("contact(?: us)?", "get in touch", "directions", "locations?",
                      "find us", "visit us", "our offices?"),
    "team": _terms("our team", "meet (?:the|our) (?:team|providers|doctors|clinicians|staff)",
                   "team", "our (?:providers|staff|clinicians|doctors|nurses)", "about us",
                   "who we are", "leadership", "staff", "careers", "jobs"),
    "accessibility": _terms("accessibility(?: statement)?"),
    "legal": _terms("privacy(?: policy| notice| practices)?", "terms(?: of (?:use|service))?",
                    "hipaa", "cookie policy", "legal", "disclaimer", "non-discrimination"),
    # Hubs that list treatments or posts: each linked page carries its own rules.
    "index": re.compile(r"^(?:our\s+|all\s+)?(?:services|treatments|therapies|conditions|"
                        r"conditions\s+we\s+treat|what\s+we\s+(?:treat|offer)|blog|news|"
                        r"articles|resources|insights)$", re.IGNORECASE),
    "booking": re.compile(r"\b(?:book|schedule|request)\s+(?:an?\s+|your\s+)?(?:appointment|"
                          r"consult(?:ation)?|visit)|\bappointments?$|\bintake forms?\b|"
                          r"\bnew patient forms?\b", re.IGNORECASE),
}
_KIND_PATHS = {
    "contact": re.compile(r"/(?:contact|contact-us|locations?|directions)(?:/|\.html?$|$)"),
    "team": re.compile(r"/(?:team|our-team|about|about-us|providers|staff|careers)"
                       r"(?:/|\.html?$|$)"),
    "accessibility": re.compile(r"/(?:accessibility|accessibility-statement)(?:/|\.html?$|$)"),
    "legal": re.compile(r"/(?:privacy|privacy-policy|terms|hipaa|notice-of-privacy-practices|"
                        r"legal|disclaimer)(?:/|\.html?$|$)"),
    "booking": re.compile(r"/(?:book|booking|appointments?|schedule|intake)(?:/|\.html?$|$)"),
}
# A location page named after its place ("Denver Highlands Office", "Our Boise Location"):
# it lists the services offered there, each of which has its own page.
_LOCATION_HEADING = re.compile(r"(?:our\s+)?(?:[\w'.&-]+\s+){1,4}(?:office|location)s?",
                               re.IGNORECASE)
_TITLE_SEPARATORS = re.compile(r"\s+[|\u2013\u2014\u00b7:\u2022-]+\s+|\s*\|\s*")
_CLINIC_NAME = re.compile(
    r"\b(?:clinic|center|centre|institute|wellness|health|medical|med ?spa|spa|associates|"
    r"group|practice|llc|inc|psychiatry|aesthetics|partners|medicine|care)\b", re.IGNORECASE)


def page_title(doc: PageDoc) -> str:
    """The title with the site name taken off ("Ketamine for PTSD | Sunrise Ketamine Clinic"
    -> "Ketamine for PTSD"); a title that is only the clinic's name gives ""."""
    return _own_title(doc.title, doc.site_name)


@lru_cache(maxsize=1024)
def _own_title(title: str, site_name: str | None) -> str:
    """page_title of a title and site name, remembered (perf49): the topics, the page kind
    and the product rules ask it of every page ~17 times, and a site's pages share them."""
    segments = [s.strip() for s in _TITLE_SEPARATORS.split(title) if s.strip()]
    site = (site_name or "").lower()
    if site:
        segments = [s for s in segments if s.lower() not in site and site not in s.lower()]
    if len(segments) == 1:
        only = segments[0]
        return "" if (not site and _CLINIC_NAME.search(only) and _looks_like_name(only)) else only
    if not segments:
        return ""
    unnamed = [s for s in segments if not _CLINIC_NAME.search(s)]
    if unnamed and len(unnamed) < len(segments):
        return " ".join(unnamed)
    if not site:
        segments = segments[:-1]  # "Page | Site": the last segment names the site
    return " ".join(segments)


def _looks_like_name(text: str) -> bool:
    """"Sunrise Ketamine Clinic" is a name; "Ketamine Clinic Services in Austin" is not."""
    words = text.split()
    return len(words) <= 5 and all(w[:1].isupper() or not w[:1].isalpha() for w in words)


def page_kind(doc: PageDoc) -> str | None:
    """home, contact, team, accessibility, legal, index, booking, or None for an ordinary
    page."""
    return _kind(doc.url, tuple([page_title(doc)] + doc.h1s[:1]))


@lru_cache(maxsize=1024)
def _kind(url: str, head_texts: tuple[str, ...]) -> str | None:
    """page_kind of a URL and the page's own title and first h1, remembered (perf49): asked
    twice a page (its topics, its facts), each time a dozen regexes over the headings."""
    heads = list(head_texts)
    try:
        path = urlsplit(url).path.lower()
    except ValueError:
        path = ""
    if path in ("", "/", "/index.html", "/index.htm", "/index.php", "/home", "/home/"):
        return "home"
    for kind, pattern in _KIND_PATTERNS.items():
        if any(pattern.fullmatch(_strip(h)) or _short_match(pattern, h) for h in heads if h):
            return kind
    if not _treatment_heading(heads) and any(_LOCATION_HEADING.fullmatch(_strip(h))
                                             for h in heads if h):
        return "contact"
    for kind, pattern in _KIND_PATHS.items():
        if pattern.search(path) and not _treatment_heading(heads):
            return kind
    return None


def _strip(text: str) -> str:
    return text.strip(" .!:?").lower()


def _short_match(pattern: re.Pattern[str], heading: str) -> bool:
    """A short heading ("Meet our team", "Contact Harbor Light") that names the page kind."""
    words = heading.split()
    return len(words) <= 6 and bool(pattern.match(heading.strip()))


def _treatment_heading(heads: list[str]) -> bool:
    return any(TOPICS["treatment"].search(h) or TOPICS["mental-health"].search(h)
               for h in heads if h)


def detect_topics(doc: PageDoc) -> list[str]:
    """The page's topics, sorted. "health" is any topic, or an appointment/intake form."""
    kind = page_kind(doc)
    found: set[str] = set()
    if kind in (None, "home"):
        heads = " \n ".join([page_title(doc)] + doc.h1s)
        for name, pattern in TOPICS.items():
            if pattern.search(heads) or mentions(doc, name) >= 2:
                found.add(name)
        if not found and _names_condition(doc, heads):
            found.add("condition")
        if "ketamine" in found and _spravato_page(doc, heads):
            found.discard("ketamine")
        if kind == "home" and found:
            # A home page introduces every service: its claims are the clinic's, but it is
            # not the treatment page that owes a risks section, a reviewer or a date. What
            # it says about ketamine or a GLP-1 (false FDA approval, at-home dosing,
            # compounded "generics") and a crisis line for a depression practice still apply.
            found = {"health"} | (found & _HOME_TOPICS)
    if found or has_appointment_form(doc):
        found.add("health")
    return sorted(found)


def _names_condition(doc: PageDoc, heads: str) -> bool:
    """The title, h1 or main content names a condition of the claim lexicons (one scan of
    each condition set; run only on pages no other topic claimed)."""
    from checker.content.lexicons import load_lexicons

    text = "\n".join([heads, *(b.text for b in doc.main_blocks)])
    return any(terms.search(text) is not None
               for terms in load_lexicons().conditions.values())


def _spravato_page(doc: PageDoc, heads: str) -> bool:
    """An esketamine (Spravato) page that mentions ketamine only to compare: not a ketamine
    page (the off-label and FDA rules are about racemic ketamine)."""
    return bool(_ESKETAMINE.search(heads)) and not TOPICS["ketamine"].search(heads)


def mentions(doc: PageDoc, topic: str, limit: int = 2) -> int:
    """Mentions of a topic's terms in the main content, counted up to `limit`.

    The regex runs only on blocks that hold one of its literals: scanning a 50 KB page with
    each topic's alternation costs milliseconds, a substring test microseconds. The blocks
    come from the page's per-literal block sets, as the rules' (candidate_blocks: the blocks
    `prefilter.may_match` passes, in page order; speed33: one substring test of each topic
    literal a block cost more)."""
    pattern = TOPICS[topic]
    count = 0
    for block in candidate_blocks(doc, _PREFILTERS[topic], doc.main_blocks):
        count += len(pattern.findall(block.text))
        if count >= limit:
            break
    return count


def topic_terms(doc: PageDoc, topic: str) -> list[str]:
    """The topic's terms found on the page as written ("PTSD", "chronic pain"), the
    headings' first, then by frequency."""
    pattern = TOPICS.get(topic)
    if pattern is None:
        return []
    heads = " ".join([page_title(doc)] + doc.h1s)
    prefilter = _PREFILTERS[topic]
    found = pattern.findall(heads) + [m for b in doc.main_blocks if prefilter.may_match(b.norm)
                                      for m in pattern.findall(b.text)]
    written: dict[str, str] = {}
    for term in found:
        written.setdefault(term.lower(), term if not term.istitle() else term.lower())
    in_heads = [m.lower() for m in pattern.findall(heads)]
    counts = Counter(m.lower() for m in found)
    ordered = list(dict.fromkeys(in_heads + [t for t, _ in counts.most_common()]))
    return [written[t] for t in ordered]


def applies(applies_to: list[str] | dict[str, list[str]], topics: set[str],
            has_form: bool) -> bool:
    """Whether a rule's applies_to matches the page's topics."""
    def one(topic: str) -> bool:
        if topic == "any":
            return True
        if topic == "form":
            return has_form
        return topic in topics

    if isinstance(applies_to, list):
        return any(one(t) for t in applies_to)
    return (all(one(t) for t in applies_to.get("all", []))
            and (not applies_to.get("any") or any(one(t) for t in applies_to["any"])))
