"""Rewrite one benchmark's section of bench/README.md with its latest figures.

What follows a `<!-- notes -->` line inside the section is written by hand (why the figures
are what they are) and is kept when the figures above it are replaced.
"""

from __future__ import annotations

from pathlib import Path

README = Path(__file__).resolve().parent / "README.md"
NOTES = "<!-- notes -->"


def write_section(section: str, lines: list[str], path: Path = README) -> None:
    text = path.read_text() if path.exists() else "# Benchmarks\n"
    body = section + "\n\n" + "\n".join(lines).rstrip() + "\n"
    if section not in text:
        path.write_text(text.rstrip() + "\n\n" + body)
        return
    head, rest = text.split(section, 1)
    end = rest.find("\n## ")
    old, tail = (rest[:end], rest[end:]) if end >= 0 else (rest, "")
    if NOTES in old:
        body += "\n" + NOTES + old.split(NOTES, 1)[1].rstrip("\n") + "\n"
    path.write_text(head + body + tail)
