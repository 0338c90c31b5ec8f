"""How IBM's and HTML_CodeSniffer's raw results become findings: their own levels, and the
mapping decisions documented in checker/browser/engines/ibm.py and htmlcs.py (the same raw
shape the engines' runners return in Chromium: tests/browser/test_engines.py)."""

from __future__ import annotations

from checker.browser.engines import htmlcs, ibm
from checker.settings import AuditConfig

CONFIG = AuditConfig()
TOP_IMG = "/html[1]/body[1]/img[1]"
FRAME_HTML = "/html[1]/body[1]/iframe[1]/html[1]"


def _htmlcs(code: str, facts: dict, xpath: str = TOP_IMG, kind: int = htmlcs.ERROR,
            message: str = "m") -> dict:
    return {"type": kind, "code": f"WCAG2AA.Principle1.Guideline1_1.{code}", "message": message,
            "xpath": xpath, "facts": facts}


def _status(raw: dict) -> str | None:
    hits = htmlcs.hits([raw], CONFIG)
    return hits[0].status if hits else None


def test_htmlcs_error_on_an_element_that_is_not_rendered_is_left_out():
    assert _status(_htmlcs("1_1_1.H37", {"rendered": False})) is None
    assert _status(_htmlcs("1_1_1.H37", {"rendered": True})) == "violation"


def test_htmlcs_missing_alternative_on_an_element_named_another_way_needs_review():
    for named in ("aria-label", "aria-labelledby", "title"):
        hit = htmlcs.hits([_htmlcs("1_1_1.H37", {"rendered": True, "named": named})], CONFIG)[0]
        assert (hit.status, hit.extra["htmlcs_error"]) == ("needs-review", True)
    assert _status(_htmlcs("1_1_1.H37", {"rendered": True, "named": "decorative"})) == \
        "needs-review"


def test_htmlcs_decorative_role_excuses_images_only():
    button = _htmlcs("4_1_2.H91.Button.Name", {"rendered": True, "named": "decorative"})
    assert _status(button) == "violation"
    named_button = _htmlcs("4_1_2.H91.Button.Name", {"rendered": True, "named": "aria-label"})
    assert _status(named_button) == "needs-review"


def test_htmlcs_contrast_failure_needs_review_only_for_shadows_and_inactive_controls():
    fail = "1_4_3.G18_or_G145.Fail"
    assert _status(_htmlcs(fail, {"rendered": True})) == "violation"
    assert _status(_htmlcs(fail, {"rendered": True, "text_shadow": True})) == "needs-review"
    assert _status(_htmlcs(fail, {"rendered": True, "inactive": True})) == "needs-review"
    # a name fact says nothing about contrast
    assert _status(_htmlcs(fail, {"rendered": True, "named": "title"})) == "violation"


def test_htmlcs_page_rules_count_on_the_top_document_only():
    no_title = "2_4_2.H25.1.NoTitleEl"
    assert _status(_htmlcs(no_title, {}, xpath="/html[1]")) == "violation"
    assert _status(_htmlcs(no_title, {}, xpath=FRAME_HTML)) is None
    # an invalid language is a fault in any document, as axe's html-lang-valid says
    assert _status(_htmlcs("3_1_1.H57.3.Lang", {}, xpath=FRAME_HTML)) == "violation"


def test_htmlcs_autocomplete_error_from_a_missing_type_attribute_is_dropped():
    text = "Invalid autocomplete value: name. Element does not belong to Text control group."
    multiline = text.replace("Text control", "Multiline control")
    typeless = {"rendered": True, "input_type": ["text", "null"]}
    assert _status(_htmlcs("1_3_5.H98", typeless, message=text)) is None
    assert _status(_htmlcs("1_3_5.H98", typeless, message=multiline)) == "violation"
    email = {"rendered": True, "input_type": ["email", "email"]}
    assert _status(_htmlcs("1_3_5.H98", email, message=text)) == "violation"


def _ibm(rule: str, xpath: str, sc: str, value: tuple[str, str] = ("VIOLATION", "FAIL")) -> dict:
    return {"rule": rule, "value": list(value), "message": rule, "xpath": xpath, "sc": [sc],
            "levels": ["A"], "toolkit": "1"}


def test_ibm_skip_link_rule_needs_review_and_page_rules_stay_on_the_top_document():
    skip = ibm.hits([_ibm("skip_main_exists", "/html[1]", "2.4.1")], CONFIG)
    assert [h.status for h in skip] == ["needs-review"]
    title = _ibm("page_title_exists", "/html[1]", "2.4.2")
    framed = _ibm("page_title_exists", FRAME_HTML, "2.4.2")
    assert [h.status for h in ibm.hits([title, framed], CONFIG)] == ["violation"]
    image = _ibm("img_alt_valid", FRAME_HTML + "/body[1]/img[1]", "1.1.1")
    assert [h.status for h in ibm.hits([image], CONFIG)] == ["violation"]
