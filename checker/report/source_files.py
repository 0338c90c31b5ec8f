"""Where a finding sits in the repository: the source file a page was served from, and the line
of the element or sentence in it, for SARIF, GitHub annotations and GitLab Code Quality.

Two ways a page has a source file: the audit was of a local folder (its 127.0.0.1 URLs map to
the folder's files), or the config maps URL prefixes to folders
(`source_map = {"https://clinic.example/" = "public/"}`). Paths are relative to the repository
root (the nearest folder above the working directory holding .git, else the working directory),
which is what code scanning and CI annotations expect.
"""

from __future__ import annotations

import functools
import html
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from checker.model import Finding, Run

FIRST_WORDS = 8  # of a sentence, to find it in the source (markup may split the rest)
_OPEN_TAG = re.compile(r"<([a-zA-Z][\w-]*)([^>]*)>")
_ATTR = re.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_ID_SELECTOR = re.compile(r"#([\w-]+)")
PINNING_ATTRS = ("id", "name", "src", "href", "for", "action", "class", "type", "alt")


@dataclass(frozen=True)
class SourceFile:
    path: str  # relative to the repository root, with forward slashes
    line: int | None  # 1-based; None when the element or sentence was not found


def repository_root(start: Path | None = None) -> Path:
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / ".git").exists():
            return folder
    return here


@dataclass(frozen=True)
class SourceMap:
    """URL prefix -> folder on disk (absolute), and the root paths are given relative to."""

    prefixes: tuple[tuple[str, Path], ...] = ()
    root: Path = Path()

    @classmethod
    def of(cls, run: Run, source_map: dict[str, str] | None = None,
           root: Path | None = None) -> SourceMap:
        """A folder audit's served URL -> the folder; then the config's `source_map`."""
        prefixes: list[tuple[str, Path]] = []
        starts = run.options.get("start") or []
        served = run.options.get("start_urls") or []
        if len(starts) == 1 and len(served) == 1 and Path(str(starts[0])).is_dir():
            prefixes.append((served[0].rstrip("/") + "/", Path(str(starts[0])).resolve()))
        for prefix, folder in (source_map or {}).items():
            prefixes.append((prefix.rstrip("/") + "/", Path(folder).resolve()))
        return cls(tuple(prefixes), (root or repository_root()).resolve())

    def __bool__(self) -> bool:
        return bool(self.prefixes)

    def file_of(self, url: str) -> Path | None:
        """The file a URL was served from, if a prefix maps it and the file exists."""
        for prefix, folder in self.prefixes:
            if url.startswith(prefix) or url == prefix.rstrip("/"):
                rest = unquote(urlsplit(url).path)[len(unquote(urlsplit(prefix).path)):]
                candidate = folder.joinpath(*PurePosixPath(rest).parts) if rest else folder
                if candidate.is_dir():
                    candidate = candidate / "index.html"
                if candidate.is_file() and candidate.resolve().is_relative_to(folder):
                    return candidate
        return None

    def relative(self, path: Path) -> str:
        try:
            return path.resolve().relative_to(self.root).as_posix()
        except ValueError:  # outside the repository: the absolute path is still a path
            return path.resolve().as_posix()

    def locate(self, finding: Finding) -> SourceFile | None:
        """The finding's file and line, or None when its page has no source file."""
        path = self.file_of(finding.url)
        if path is None:
            return None
        return SourceFile(self.relative(path), line_of(finding, str(path)))


def line_of(finding: Finding, path: str) -> int | None:
    text = _read(path)
    if text is None:
        return None
    if finding.sentence:
        return sentence_line(text, finding.sentence)
    if finding.excerpt and finding.excerpt.lstrip().startswith("<"):
        return element_line(text, finding.excerpt)
    if finding.selector and (by_id := _ID_SELECTOR.fullmatch(finding.selector.strip())):
        return attribute_line(text, "id", by_id.group(1))
    return None


def attribute_line(text: str, name: str, value: str) -> int | None:
    """The line of the first tag with this attribute value (a content rule's `#content`)."""
    for candidate in _OPEN_TAG.finditer(text):
        attrs = {n.lower(): html.unescape(a or b) for n, a, b in _ATTR.findall(candidate.group(2))}
        if attrs.get(name) == value:
            return _line_at(text, candidate.start())
    return None


@functools.lru_cache(maxsize=64)
def _read(path: str) -> str | None:
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None


def _line_at(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def sentence_line(text: str, sentence: str) -> int | None:
    """The line where the sentence starts: its first words in order, with any whitespace,
    tags or entities between them (the served HTML wraps and marks up prose)."""
    words = re.findall(r"\w[\w'’-]*", sentence)[:FIRST_WORDS]
    if not words:
        return None
    gap = r"(?:\s|<[^>]*>|&[#\w]+;|[^\w<&])+"
    for count in (len(words), min(len(words), 3)):
        pattern = gap.join(re.escape(w) for w in words[:count])
        match = re.search(pattern, text) or re.search(pattern, html.unescape(text))
        if match:
            return _line_at(text, match.start())
    return None


def element_line(text: str, excerpt: str) -> int | None:
    """The line of the first opening tag in the source with the excerpt's tag name and its
    pinning attributes (id, src, href, ...) at the same values."""
    opening = _OPEN_TAG.search(excerpt)
    if opening is None:
        return None
    tag = opening.group(1).lower()
    wanted = {name.lower(): html.unescape(a or b) for name, a, b in _ATTR.findall(opening.group(2))
              if name.lower() in PINNING_ATTRS}
    for candidate in _OPEN_TAG.finditer(text):
        if candidate.group(1).lower() != tag:
            continue
        attrs = {name.lower(): html.unescape(a or b)
                 for name, a, b in _ATTR.findall(candidate.group(2))}
        if all(attrs.get(name) == value for name, value in wanted.items()):
            return _line_at(text, candidate.start())
    return None
