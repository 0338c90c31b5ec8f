"""Medical-content rules: extract a page's main text and sections, evaluate the YAML rule
packs on them, and return Findings.

Stages: extract.py (HTML -> blocks, regions, links), sections.py (headings and what they
govern), topics.py (which rules apply), match.py (negation, questions, hedges), types.py (the
rule types, each implemented once), rules.py (pack loading, validation, text renderers),
engine.py (ContentEngine: page and site checks).
"""

from checker.content.engine import ContentEngine, PageVerdict
from checker.content.rules import Rule, format_rule, format_rule_list, load_rules

__all__ = ["ContentEngine", "PageVerdict", "Rule", "format_rule", "format_rule_list",
           "load_rules"]
