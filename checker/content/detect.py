"""Page facts that triggers name: testimonials and before/after images.

A rule's trigger may say `fact: testimonials` instead of listing patterns, because telling a
patient's quote from a quoted FDA statement needs structure (blockquote, cite, star ratings,
review widgets), not just words.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml import etree

from checker.content.document import PageDoc
from checker.content.text import clean

# Whole class/id tokens: "medical-review" (a reviewer byline) is not a review widget.
_TESTIMONIAL_CLASS = re.compile(
    r"(?:^|[\s_-])(?:testimonials?|reviews|review-(?:card|item|list|carousel|slider|widget)|"
    r"patient-stor(?:y|ies)|success-stor(?:y|ies)|client-stor(?:y|ies)|star-ratings?)(?:$|[\s_-])",
    re.IGNORECASE)
_TESTIMONIAL_HEADING = re.compile(
    r"\b(?:testimonials?|patient\s+(?:stories|reviews|experiences|voices)|reviews|"
    r"success\s+stories|what\s+(?:our\s+)?(?:patients|clients|people)\s+(?:say|are\s+saying)|"
    r"hear\s+from\s+(?:our\s+)?(?:patients|clients)|in\s+their\s+own\s+words|"
    r"real\s+(?:patients|people),?\s+real\s+(?:results|stories))\b", re.IGNORECASE)
_STARS = re.compile(r"\u2605{3,}|\b[345](?:\.\d)?\s*(?:/\s*5|out\s+of\s+5)?\s*stars?\b|"
                    r"\brated\s+[345](?:\.\d)?\s*(?:/|out\s+of)\s*5\b", re.IGNORECASE)
# "“Quote.” — Dana P." / "- Mark, 42": a quote followed by a person's attribution.
_ATTRIBUTED_QUOTE = re.compile(
    r"[\"\u201c][^\"\u201d]{12,600}[\"\u201d]\s*(?:[\u2014\u2013~]|--?)\s*[A-Z][a-z]+", re.DOTALL)
_ATTRIBUTION = re.compile(r"^\s*(?:[\u2014\u2013~]|--?)\s*[A-Z][a-z]+")
_INSTITUTION = re.compile(r"\b(?:FDA|CDC|NIH|WHO|SAMHSA|HHS|FTC|NIMH|APA|AMA|study|journal|"
                          r"association|institute|university|college|society|academy|"
                          r"guidelines?|administration|agency|department|centers?|"
                          r"organi[sz]ation|commission|foundation|council|alliance|"
                          # press quotes are not patients: "— The New York Times"
                          r"times|news|magazine|post|today|tribune|herald|gazette|forbes|"
                          r"CNN|NPR|BBC|Reuters|press|radio|podcast)\b",
                          re.IGNORECASE)
# A clinician quoted on their own clinic's page is not a patient testimonial.
_STAFF = re.compile(r"\bDr\.?\s|\b(?:MD|DO|NP|RN|PA-C|PhD|PsyD|LCSW|FNP(?:-C|-BC)?|PMHNP(?:-BC)?|"
                    r"APRN)\b|\b(?:medical\s+director|founder|owner|CEO|nurse|physician|"
                    r"psychiatrist|provider|clinician|therapist|injector|"
                    # the rest of the staff speaks for the clinic too
                    r"(?:office|practice|clinic)\s+manager|coordinator|receptionist|"
                    r"front\s+desk|a?esthetician|medical\s+assistant|technician)\b",
                    re.IGNORECASE)
_OWN_REGIONS = ("main",)
# A lone "review" class token is a review card only when it holds a person's words: a quote
# or a "— Name" attribution (a "review" class on a reviewer byline holds neither).
_REVIEW_TOKEN = re.compile(r"(?:^|\s)review(?:$|\s)", re.IGNORECASE)
# The dash opens the attribution: after the quote's end mark, or glued to the last word when
# the card's paragraphs run together ("recommend!— Maria G.", "so kind— Maria G.").
_NAMED = re.compile(r"(?:(?:^|[.!?\"\u201d]\s*)(?:[\u2014\u2013~]|--?)|(?<=\w)[\u2014\u2013])"
                    r"\s*[A-Z][a-z]+|"
                    r"[\"\u201c][^\"\u201d]{12,}[\"\u201d]")
# Candidate elements: a <blockquote>, or a class/id containing one of these stems (case as
# written); _TESTIMONIAL_CLASS then decides on whole tokens.
_CANDIDATE_STEMS = ("estimonial", "eview", "tor", "ating")


def _candidates(tree: etree._Element) -> list[etree._Element]:
    """What the XPath "//blockquote | //*[contains(@class, stem) or contains(@id, stem)]"
    selects, in document order, in one plain pass: libxml2 evaluating the eight contains()
    tests on every element cost more than the rest of the testimonial search."""
    found = []
    for el in tree.iter():
        tag = el.tag
        if not isinstance(tag, str):
            continue
        if tag == "blockquote":
            found.append(el)
            continue
        classes, ident = el.get("class"), el.get("id")
        if classes is None and ident is None:
            continue
        key = (classes, ident)
        hit = _STEM_CACHE.get(key)
        if hit is None:
            if len(_STEM_CACHE) > 50_000:
                _STEM_CACHE.clear()
            hit = _STEM_CACHE[key] = any(
                value is not None and stem in value
                for value in (classes, ident) for stem in _CANDIDATE_STEMS)
        if hit:
            found.append(el)
    return found


_STEM_CACHE: dict[tuple[str | None, str | None], bool] = {}
# Per class/id pair: (_TESTIMONIAL_CLASS matches, _REVIEW_TOKEN matches).
_TOKEN_CACHE: dict[str, tuple[bool, bool]] = {}


def _token_tests(tokens: str) -> tuple[bool, bool]:
    known = _TOKEN_CACHE.get(tokens)
    if known is None:
        if len(_TOKEN_CACHE) > 50_000:
            _TOKEN_CACHE.clear()
        known = _TOKEN_CACHE[tokens] = (bool(_TESTIMONIAL_CLASS.search(tokens)),
                                        bool(_REVIEW_TOKEN.search(tokens)))
    return known

# "before and after", "before & after", "before-and-after", "before/after", "before-after"
_BEFORE_AFTER = re.compile(r"\bbefore[\s_-]*(?:and|&|/|\+|n)?[\s_-]*after\b|\bbefore[-_]?after\b|"
                           r"\bbeforeafter\b|\bba[-_]gallery\b", re.IGNORECASE)
# One image "before ...", another "after ...": the pair is a before/after photo set. The word
# must open the text or lead to a treatment or a time ("after 6 months"), so that "patient
# resting after her infusion" is not half of one.
_TREATMENT_WORD = (r"(?:treatment|procedure|session|visit|injections?|botox|dysport|fillers?|"
                   r"laser|peel|microneedling|coolsculpting|surgery|semaglutide|tirzepatide|"
                   r"program|photo|picture|image|pic)")
_BEFORE = re.compile(rf"^\W*before\b|\bbefore\s+(?:[\w'-]+\s+){{0,2}}?{_TREATMENT_WORD}\b",
                     re.IGNORECASE)
_AFTER = re.compile(rf"^\W*after\b(?![- ]?care)|\bafter\s+(?:\d+|one|two|three|four|six|a\s+few)\s+"
                    rf"(?:days?|weeks?|months?|sessions?|treatments?|visits?)\b|"
                    rf"\bafter\s+(?:[\w'-]+\s+){{0,2}}?{_TREATMENT_WORD}\b", re.IGNORECASE)
_BOILER = ("nav", "header", "footer", "aside", "teaser", "chrome")
# A heading about photos ("Before & After Gallery", "Lip filler before and after"), not
# instructions ("What to do before and after your treatment").
_GALLERY_HEADING = re.compile(
    r"\bbefore[\s_-]*(?:and|&|/|\+)?[\s_-]*after\s*(?:photos?|pictures?|images?|gallery|"
    r"results?|pics|cases?)\b|\bbefore[\s_-]*(?:and|&|/|\+)?[\s_-]*after\s*[:.!]?\s*$",
    re.IGNORECASE)


def has_testimonials(doc: PageDoc) -> bool:
    """Patient testimonials in the main content: a review widget, a testimonials heading, a
    star rating, or a quote attributed to a person."""
    for el in _candidates(doc.tree):
        testimonial_class, review_token = _token_tests(
            f"{el.get('class') or ''} {el.get('id') or ''}")
        candidate = (el.tag == "blockquote" and _person_quote(el)) or (
            testimonial_class and clean(el.text_content())) or (
            review_token and _review_card(el))
        if candidate and doc.region_of(el) in _OWN_REGIONS:
            return True
    for block in doc.main_blocks:
        if block.level is not None and _TESTIMONIAL_HEADING.search(block.text):
            return True
        low = block.lowered
        if ("star" in low or "\u2605" in low or "rated" in low) and _STARS.search(block.text):
            return True
        if ('"' in low or "\u201c" in low) and _ATTRIBUTED_QUOTE.search(block.text):
            tail = _attribution_tail(block.text)
            if not _INSTITUTION.search(tail) and not _STAFF.search(tail):
                return True
    return False


def _review_card(el: etree._Element) -> bool:
    text = clean(el.text_content())
    return bool(_NAMED.search(text)) and not _STAFF.search(_attribution_tail(text))


def _attribution_tail(text: str) -> str:
    """Who is speaking: the text after the quote closes ("... gentle." — Dana P.), so that a
    patient praising "the injector" is not taken for the injector speaking."""
    end = max(text.rfind("\u201d"), text.rfind('"'))
    if end < 0:  # an unquoted card: the words after the last dash name the speaker
        end = max(text.rfind("\u2014"), text.rfind("\u2013"))
    tail = text[end + 1:] if end >= 0 else ""
    return tail if tail.strip() else text[-80:]


def _person_quote(blockquote: etree._Element) -> bool:
    """A blockquote attributed to a person (cite, footer or a dash line), not an agency."""
    attribution = ""
    for el in blockquote.iter("cite", "footer", "figcaption"):
        attribution = clean(el.text_content())
    if not attribution:
        following = blockquote.getnext()
        text = clean(blockquote.text_content())
        lines = re.split(r"(?<=[.!?\u201d\"])\s+(?=[\u2014\u2013-])", text)
        if len(lines) > 1:
            attribution = lines[-1]
        elif following is not None and following.tag in ("p", "cite", "figcaption", "span"):
            candidate = clean(following.text_content())
            attribution = candidate if _ATTRIBUTION.match(candidate) else ""
    if not attribution:
        return False
    return not _INSTITUTION.search(attribution) and not _STAFF.search(attribution)


def has_before_after_images(doc: PageDoc) -> bool:
    """Before/after photos: image alt/title/src/class, a figure caption or a gallery heading
    says "before" and "after" (outside the nav, footer and sidebars)."""
    befores = afters = 0
    for img in doc.images:
        if doc.region_of(img) in _BOILER:
            continue
        words = " ".join(filter(None, (img.get("alt"), img.get("title"), img.get("src"),
                                       img.get("class"), img.get("data-label"))))
        if _BEFORE_AFTER.search(words):
            return True
        befores += bool(_BEFORE.search(words))
        afters += bool(_AFTER.search(words))
        if _captioned_before_after(img):
            return True
    if befores and afters:
        return True
    for block in doc.blocks:
        if block.region in _BOILER:
            continue
        if block.tag == "figcaption" and _BEFORE_AFTER.search(block.text):
            return True
        if block.level is not None and _GALLERY_HEADING.search(block.text):
            return True
    return any(_BEFORE_AFTER.search(f"{el.get('class') or ''} {el.get('id') or ''}")
               and doc.region_of(el) not in _BOILER
               for el in doc.tree.iter("div", "section", "figure", "ul"))


def _captioned_before_after(img: etree._Element) -> bool:
    figure = img.getparent()
    while figure is not None and figure.tag not in ("figure", "body"):
        figure = figure.getparent()
    if figure is None or figure.tag != "figure":
        return False
    return any(_BEFORE_AFTER.search(clean(c.text_content())) for c in figure.iter("figcaption"))


FACTS: dict[str, Callable[[PageDoc], bool]] = {
    "testimonials": has_testimonials,
    "before-after-images": has_before_after_images,
}
