"""The bundled demo clinic site: planted accessibility and content defects, and clean pages.

What is planted where (the end-to-end test pins these):
- services/ketamine-depression.html: image without alt; ketamine for depression with no
  off-label statement (the off-label rule, and the disease-claim rule on its heading and its
  sentence: an approved drug for a use outside its label, undisclosed).
- services/tms.html: a treatment page with no risks section.
- services/iv-drips.html: low-contrast text; a cure claim and a guarantee of results.
- about/team.html: a skipped heading level (axe best-practice) and an empty link.
- contact.html: a form field with no label.
- Clean: services/botox.html, conditions/anxiety.html (a negated cure sentence; the sidebar
  teaser's cure claim is not the page's), blog/first-visit.html and the rest.
"""

from __future__ import annotations

from pathlib import Path


def demo_site_dir() -> Path:
    return Path(__file__).resolve().parent / "demo_site"
