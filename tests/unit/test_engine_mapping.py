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


def _ibm(rule: str, xpath: str, sc: str, value: tuple[str, str] = ("VIOLATION", "FAIL"),
         facts: dict | None = None, reason: str = "Fail_1", message: str | None = None) -> dict:
    return {"rule": rule, "reason": reason, "value": list(value), "message": message or rule,
            "xpath": xpath, "sc": [sc], "levels": ["A"], "toolkit": "1", "facts": facts or {}}


def _ibm_status(raw: dict) -> str | None:
    hits = ibm.hits([raw], CONFIG)
    return hits[0].status if hits else None


def test_ibm_skip_link_rule_needs_review_and_page_rules_stay_on_the_top_document():
    skip = ibm.hits([_ibm("skip_main_exists", "/html[1]", "2.4.1")], CONFIG)
    assert [h.status for h in skip] == ["needs-review"]
    title = _ibm("page_title_exists", "/html[1]", "2.4.2")
    framed = _ibm("page_title_exists", FRAME_HTML, "2.4.2")
    assert [h.status for h in ibm.hits([title, framed], CONFIG)] == ["violation"]
    image = _ibm("img_alt_valid", FRAME_HTML + "/body[1]/img[1]", "1.1.1")
    assert [h.status for h in ibm.hits([image], CONFIG)] == ["violation"]


def test_htmlcs_name_errors_on_presentational_controls_and_default_labels_need_review():
    name = "4_1_2.H91.Button.Name"
    assert _status(_htmlcs(name, {"rendered": True, "presentational": True})) == "needs-review"
    reset = {"rendered": True, "input_type": ["reset", "reset"], "has_value": False}
    assert _status(_htmlcs("4_1_2.H91.InputButton.Name", reset)) == "needs-review"
    emptied = {**reset, "has_value": True}  # value="" names it nothing
    assert _status(_htmlcs("4_1_2.H91.InputButton.Name", emptied)) == "violation"
    placeholder = {"rendered": True, "named": "placeholder"}
    assert _status(_htmlcs("4_1_2.H91.InputText.Name", placeholder)) == "needs-review"


def test_htmlcs_page_facts_decide_title_refresh_language_and_hidden_text():
    no_title = "2_4_2.H25.1.NoTitleEl"
    assert _status(_htmlcs(no_title, {"title": "Set in the body"}, xpath="/html[1]")) == \
        "needs-review"
    assert _status(_htmlcs(no_title, {"title": ""}, xpath="/html[1]")) == "violation"
    for refresh in ("2_2_1.F41.2", "2_2_1.F40.2"):  # a refresh, a redirect: 2.2.1's exception
        assert _status(_htmlcs(refresh, {"refresh_delay": 72001})) == "needs-review"
        assert _status(_htmlcs(refresh, {"refresh_delay": 72000})) == "violation"  # not longer
        assert _status(_htmlcs(refresh, {"refresh_delay": 30})) == "violation"
    lang = "3_1_2.H58.1.Lang"
    assert _status(_htmlcs(lang, {"lang_known": True})) == "needs-review"
    assert _status(_htmlcs(lang, {"lang_known": False})) == "violation"
    assert _status(_htmlcs(lang, {"lang_known": False, "lang_empty": True})) == "needs-review"
    page = "3_1_1.H57.3.Lang"  # lang="" on the page: its language is unknown
    assert _status(_htmlcs(page, {"lang_known": False, "lang_empty": True},
                           xpath="/html[1]")) == "violation"
    fail = "1_4_3.G18.Fail"
    same = "... but text in this element has a contrast ratio of 1:1."
    assert _status(_htmlcs(fail, {"rendered": True}, message=same)) == "needs-review"
    assert _status(_htmlcs(fail, {"rendered": True}, message=same.replace("1:1", "2.1:1"))) == \
        "violation"


def test_ibm_rules_that_need_a_person_become_needs_review_with_the_reason():
    role = ibm.hits([_ibm("aria_role_valid", TOP_IMG, "4.1.2")], CONFIG)[0]
    assert role.status == "needs-review" and "ARIA in HTML" in role.extra["mapping"]
    assert _ibm_status(_ibm("aria_id_unique", TOP_IMG, "4.1.2")) == "needs-review"
    assert _ibm_status(_ibm("img_alt_decorative", TOP_IMG, "1.1.1")) == "needs-review"
    # kept: the engine is right, the row only records the disagreement
    kept = ibm.hits([_ibm("label_name_visible", TOP_IMG, "2.5.3")], CONFIG)[0]
    assert kept.status == "violation" and "mapping" not in kept.extra


def test_ibm_decisions_with_conditions_read_the_elements_facts():
    svg = "/html[1]/body[1]/svg[1]"
    assert _ibm_status(_ibm("svg_graphics_labelled", svg, "1.1.1", facts={"role": ""})) == \
        "needs-review"
    assert _ibm_status(_ibm("svg_graphics_labelled", svg, "1.1.1", facts={"role": "img"})) == \
        "violation"
    # no facts (an element in a frame IBM reached itself): IBM's verdict stands
    assert _ibm_status(_ibm("svg_graphics_labelled", svg, "1.1.1")) == "violation"
    table = "/html[1]/body[1]/table[1]"
    row = {"table": {"rows": 1, "cols": 3, "headers": False, "role": ""}}
    grid = {"table": {"rows": 3, "cols": 3, "headers": False, "role": ""}}
    assert _ibm_status(_ibm("table_headers_exists", table, "1.3.1", facts=row)) == \
        "needs-review"
    assert _ibm_status(_ibm("table_headers_exists", table, "1.3.1", facts=grid)) == "violation"
    widget = _ibm("aria_widget_labelled", TOP_IMG, "4.1.2", facts={"presentational": True})
    assert _ibm_status(widget) == "needs-review"


def test_ibm_reasons_its_own_act_mapping_calls_a_pass_need_review():
    assert _ibm_status(_ibm("html_lang_valid", "/html[1]", "3.1.1", reason="Fail_2")) == \
        "needs-review"
    assert _ibm_status(_ibm("html_lang_valid", "/html[1]", "3.1.1", reason="Fail_1")) == \
        "violation"
    same = _ibm("text_contrast_sufficient", TOP_IMG, "1.4.3",
                message="Text contrast of 1.00 with its background is less than ...")
    assert _ibm_status(same) == "needs-review"


def test_every_decision_names_its_kind_and_reason_and_known_conditions():
    for module in (ibm, htmlcs):
        for decision in module.DECISIONS:
            assert decision.reason and decision.outcome in {
                "left out", "needs-review", "needs-review (recommendation)", "violation"}
            assert decision.kind in {"scope", "heuristic", "mapping",
                                                         "engine right"}
            assert decision.when is None or decision.when in module.CONDITIONS


def test_contrast_on_one_character_needs_review_in_both_engines():
    icon = {"rendered": True, "characters": 1}
    assert _status(_htmlcs("1_4_3.G18.Fail", icon, message="ratio of 3.6:1")) == "needs-review"
    word = {"rendered": True, "characters": 5}
    assert _status(_htmlcs("1_4_3.G18.Fail", word, message="ratio of 3.6:1")) == "violation"
    raw = _ibm("text_contrast_sufficient", TOP_IMG, "1.4.3", facts={"characters": 1},
               message="Text contrast of 3.66 with its background is less than ...")
    assert _ibm_status(raw) == "needs-review"


def test_ibm_recommendations_the_table_asks_about_are_needs_review_without_best_practices():
    embed = _ibm("embed_alt_exists", "/html[1]/body[1]/embed[1]", "1.1.1",
                 value=("RECOMMENDATION", "POTENTIAL"))
    assert _ibm_status(embed) == "needs-review"
    landmark = _ibm("aria_content_in_landmark", TOP_IMG, "1.3.1", value=("RECOMMENDATION", "FAIL"))
    assert _ibm_status(landmark) is None
    assert [h.status for h in ibm.hits([landmark], AuditConfig(best_practices=True))] == \
        ["needs-review"]
