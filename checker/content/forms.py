"""Forms: which ones collect personal data, and which are appointment or intake forms."""

from __future__ import annotations

import re

from lxml import etree

from checker.content.document import PageDoc
from checker.content.text import clean

_PERSONAL_TYPES = {"email", "tel", "date", "password", "number", "text", "file"}
_PERSONAL_NAME = re.compile(
    r"name|e-?mail|phone|tel|mobile|dob|birth|address|street|zip|postal|insurance|member|"
    r"ssn|social|gender|sex|age|symptom|reason|message|comments?|condition|medication|"
    r"history|concern", re.IGNORECASE)
_SEARCH_NAME = re.compile(r"^(?:q|s|query|search|keywords?|term)$", re.IGNORECASE)
_APPOINTMENT = re.compile(
    r"\b(?:appointments?|book(?:ing)?|schedul\w*|consult(?:ation)?s?|intake|new patients?|"
    r"reason for (?:your )?visit|symptoms?|insurance|date of birth|medications?|"
    r"preferred (?:date|time)|request (?:a|an|your) (?:visit|call ?back)|treatment|"
    r"(?:medical|health) history)\b", re.IGNORECASE)


def forms(doc: PageDoc) -> list[etree._Element]:
    return [el for el in doc.tree.iter("form")]


def collects_personal_data(form: etree._Element) -> bool:
    """A form with a field for a name, contact detail, birth date, or free text; a site
    search box is not one."""
    if (form.get("role") or "").lower() == "search":
        return False
    fields = [el for el in form.iter("input", "textarea", "select")]
    personal = 0
    for field in fields:
        kind = (field.get("type") or "text").lower() if field.tag == "input" else field.tag
        if kind in ("hidden", "submit", "button", "reset", "image", "search", "checkbox",
                    "radio"):
            continue
        label = " ".join(filter(None, (field.get("name"), field.get("id"),
                                       field.get("autocomplete"), field.get("placeholder"),
                                       field.get("aria-label"))))
        if _SEARCH_NAME.match(field.get("name") or ""):
            continue
        if kind in ("email", "tel", "date", "file", "textarea") or _PERSONAL_NAME.search(label):
            personal += 1
        elif kind in _PERSONAL_TYPES and len(fields) > 2:
            personal += 1
    return personal > 0


def is_appointment_form(form: etree._Element) -> bool:
    """A personal-data form whose own words are about visits, booking or intake."""
    if not collects_personal_data(form):
        return False
    words = [clean(form.text_content()), form.get("action") or "", form.get("id") or "",
             form.get("class") or "", form.get("name") or "", form.get("aria-label") or ""]
    words += [el.get("value") or "" for el in form.iter("input")]
    words += [el.get("name") or "" for el in form.iter("input", "select", "textarea")]
    heading = _heading_before(form)
    if heading:
        words.append(heading)
    return bool(_APPOINTMENT.search(" ".join(words).replace("_", " ").replace("-", " ")))


def has_appointment_form(doc: PageDoc) -> bool:
    return any(is_appointment_form(form) for form in forms(doc))


def has_personal_form(doc: PageDoc) -> bool:
    return any(collects_personal_data(form) for form in forms(doc))


def _heading_before(form: etree._Element) -> str:
    """The nearest heading before the form, within its container (the form's title)."""
    node = form
    for _ in range(3):
        for sibling in node.itersiblings(preceding=True):
            if isinstance(sibling.tag, str) and sibling.tag in ("h1", "h2", "h3", "h4"):
                return clean(sibling.text_content())
        parent = node.getparent()
        if parent is None:
            break
        node = parent
    return ""
