"""Reading fetched HTML: charset, binary sniffing, links, canonical, and log-safe text."""

from __future__ import annotations

import codecs
import re
from html import unescape
from urllib.parse import urljoin

import lxml.html
from lxml import etree

from checker.untrusted import safe_text

SKIP_SCHEMES = ("javascript:", "mailto:", "tel:", "data:", "sms:", "ftp:", "file:", "about:")
HTML_TYPES = ("text/html", "application/xhtml+xml")

_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_CHARSET_PARAM = re.compile(r"charset\s*=\s*[\"']?([^\"';\s]+)", re.I)


def extract_links(html: str, base_url: str) -> list[str]:
    """Absolute URLs of <a href> and <area href> in a page, in document order, deduped.

    Relative links resolve against <base href> when the page has one, else base_url.
    javascript:, mailto:, tel:, data: and other non-web links are skipped.
    """
    doc = parse_html(html)
    if doc is None:
        return []
    base = base_url
    for href in doc.xpath("//base[@href]/@href")[:1]:
        base = urljoin(base_url, href.strip())
    seen: dict[str, None] = {}
    for href in doc.xpath("//a[@href]/@href | //area[@href]/@href"):
        href = str(href).strip()
        if not href or href.startswith("#") or href.lower().startswith(SKIP_SCHEMES):
            continue
        try:
            url = urljoin(base, href)
        except ValueError:  # e.g. an invalid IPv6 literal
            continue
        if url.lower().startswith(("http://", "https://")):
            seen.setdefault(url, None)
    return list(seen)


_LINK_TAG = re.compile(r"<link\b[^>]*>", re.I)
_ATTR = re.compile(r"""([a-zA-Z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")


def find_canonical(html: str, base_url: str) -> str | None:
    """The absolute URL of <link rel=canonical>, if the page has one. A regex over the
    <link> tags rather than a second parse of the page: they are flat, attribute-only tags."""
    head_end = html.lower().find("</head>")
    head = html[: head_end if head_end >= 0 else 256 * 1024]
    for tag in _LINK_TAG.findall(head):
        attrs = {m[0].lower(): m[1] or m[2] or m[3] for m in _ATTR.findall(tag)}
        if "canonical" in attrs.get("rel", "").lower().split() and attrs.get("href"):
            try:
                return urljoin(base_url, unescape(attrs["href"]).strip())
            except ValueError:
                return None
    return None


def parse_html(html: str) -> lxml.html.HtmlElement | None:
    if not html or not html.strip():
        return None
    # huge_tree: libxml2 would drop everything nested deeper than 256 elements, links included
    parser = lxml.html.HTMLParser(encoding="utf-8", huge_tree=True)
    try:
        # Parsing bytes sidesteps lxml's refusal of str input with an XML encoding declaration.
        return lxml.html.fromstring(html.encode("utf-8", "replace"), parser=parser)
    except (etree.ParserError, ValueError):
        return None


def is_html_type(content_type: str | None) -> bool:
    return (content_type or "").split(";", 1)[0].strip().lower() in HTML_TYPES


def charset_from_header(content_type: str | None) -> str | None:
    match = _CHARSET_PARAM.search(content_type or "")
    return _known_codec(match.group(1)) if match else None


def decode_html(body: bytes, content_type: str | None) -> tuple[str, list[str]]:
    """Decoded text and any warnings, the way a browser decodes (WHATWG encoding sniffing):
    the BOM, then the HTTP charset, then <meta> in the first bytes, then UTF-8 with a
    windows-1252 fallback (what browsers do with undeclared legacy pages). A <meta> can
    never declare UTF-16/32 (the bytes it is read from are ASCII-compatible): browsers read
    such a page as UTF-8, and so do we; the same holds for a header naming UTF-16/32 on a
    body without the NUL bytes every UTF-16 page has."""
    warnings: list[str] = []
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):  # fmt: skip
        if body.startswith(bom):
            return body.decode(codec, "replace"), warnings
    declared = charset_from_header(content_type)
    if declared is not None and _wide(declared) and b"\x00" not in body[:1024]:
        warnings.append(f"charset {declared} declared for a body that is not {declared}")
        declared = None
    if declared is None:
        match = _META_CHARSET.search(body[:4096])
        if match:
            declared = _known_codec(match.group(1).decode("ascii", "replace"))
            if declared is None:
                warnings.append(f"unknown charset {safe_text(match.group(1).decode('latin-1'))}")
            elif _wide(declared):
                declared = "utf-8"
    if declared is None:
        try:
            return body.decode("utf-8"), warnings
        except UnicodeDecodeError:
            return body.decode("cp1252", "replace"), warnings
    try:
        return body.decode(declared), warnings
    except UnicodeDecodeError as exc:
        warnings.append(f"invalid {declared} bytes replaced (first at byte {exc.start})")
        return body.decode(declared, "replace"), warnings


def _wide(codec: str) -> bool:
    return codec.startswith(("utf-16", "utf-32", "utf_16", "utf_32"))


def _known_codec(name: str) -> str | None:
    """Python's codec for a charset label, with the WHATWG aliases browsers apply: latin-1
    and ASCII labels mean windows-1252."""
    try:
        codec = codecs.lookup(name.strip()).name
    except LookupError:
        return None
    return "cp1252" if codec in ("latin-1", "iso8859-1", "ascii") else codec


def looks_binary(body: bytes, content_type: str | None) -> bool:
    """True for a body no HTML page has: NUL bytes or mostly control bytes in its start."""
    head = body[:8192]
    if not head:
        return False
    charset = charset_from_header(content_type) or ""
    if (
        charset.startswith("utf-16")
        or charset.startswith("utf-32")
        or head[:2]
        in (
            codecs.BOM_UTF16_LE,
            codecs.BOM_UTF16_BE,
        )
    ):
        return False
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls > len(head) * 0.05

