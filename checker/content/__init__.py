"""Medical-content rules: extract a page's main text and sections, evaluate the YAML rule
packs on them, and return Findings.

Stages, in the order a page meets them:
  extract.py    HTML -> regions (main vs nav/header/footer/aside/teasers), blocks, links
  text.py       sentences (abbreviation-aware) and clauses
  sections.py   headings of every kind (h1-h6, <summary>, <dt>, accordions, tabs) and the
                words each governs
  dates.py      the page's own published/updated/reviewed dates
  forms.py      personal-data and appointment forms
  detect.py     facts triggers name: testimonials, before/after images
  topics.py     which rules apply (topics and page kinds)
  prefilter.py  literal prefilters read from each regex, so patterns run only where they can
  match.py      negation, questions, hedges and reported speech
  types/        the rule types, each implemented once
  claimread/    claims as structure, by reading (the structured claim types' reader):
                context, products, care, stories, scope, offlabel, status, judging
  document.py   the page document (PageDoc, Block, Link, Heading) and shared tag tables
  patterns.py   rule regexes: RE2, or a time-budgeted fallback
  rules.py      pack reading, validation, version hash, plain-text renderers
  catalog.py    the effective rule set: packs read, each rule compiled by its type
  engine.py     ContentEngine: check_page and check_site (ContentEngineOnDemand: compiled
                when a page first needs it)
"""

from checker.content.catalog import load_rules, rule_metadata
from checker.content.engine import ContentEngine, ContentEngineOnDemand, PageVerdict
from checker.content.rules import Rule, format_rule, format_rule_list

__all__ = ["ContentEngine", "ContentEngineOnDemand", "PageVerdict", "Rule", "format_rule",
           "format_rule_list", "load_rules", "rule_metadata"]
