"""Hypothesis strategies for what a user, a config file or a hostile site hands the checker.

Hosts: every URL drawn here points at 127.0.0.1 or has no usable host at all, so that no
example can send a packet off the machine (the in-process runs also have a loopback-only
resolver, see conftest.py).
"""

from __future__ import annotations

import codecs
import gzip
import json
from typing import Any

import yaml
from hypothesis import strategies as st

# Text without NUL: a shell cannot put NUL in an argument. Config files can (TOML \u0000):
# those strategies use `any_text`.
arg_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
                   max_size=40)
any_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)
nasty_strings = st.sampled_from([
    "", " ", "-", "--", "-1", "0", "1e309", "nan", "inf", "-inf", "2026-02-30", "9" * 40,
    "../../../../etc/passwd", "/dev/null", "~", "%s%n", "{0}", "${HOME}", "\u202e\u0645",
    "a\nb", "\t", "é" * 30, "\ud7ff", "x" * 5000, "[", "(?P<", "(a+)+$", "*", "**", "\\",
    "env:", "env:NO_SUCH_VAR_FOR_FUZZ", "http://", "https://", "file:///", "mailto:x",
])
values = st.one_of(nasty_strings, arg_text,
                   st.integers(-2**63, 2**63).map(str),
                   st.floats(allow_nan=True, allow_infinity=True).map(repr))


def loopback_url(base: str) -> st.SearchStrategy[str]:
    """URLs on the fuzz server (or its host on other ports), with hostile paths."""
    path = st.one_of(nasty_strings, st.text(max_size=30),
                     st.sampled_from(["", "a.html", "b.html", "robots.txt", "sitemap.xml",
                                      "?q=1", "#x", "%zz", "%00", "a/../../b", "//x"]))
    port = base.rsplit(":", 1)[1].rstrip("/")
    prefix = st.sampled_from([base, base.replace("http:", "https:"), "http://127.0.0.1:1/",
                              f"127.0.0.1:{port}/", f"HTTP://127.0.0.1:{port}/",
                              "http://127.0.0.1:0/", "http://127.0.0.1:99999/",
                              f"http://user:pass@127.0.0.1:{port}/", "http://[::1]:1/"])
    return st.builds(lambda p, q: p + q, prefix, path)


no_host_urls = st.sampled_from([
    "http://", "http:///x", "://", "http://:80/", "http://[", "http://[::1", "ftp://x",
    "file:///", "file:///etc/passwd", "data:text/html,hi", "javascript:alert(1)", "  ",
    "http://127.0.0.1:abc/", "http://127.0.0.1:-1/", "http://%zz/", "\\\\server\\share",
])


def start_arguments(base: str, folder: str) -> st.SearchStrategy[list[str]]:
    """What `audit START...` gets: a served site, a folder, nothing, garbage, many."""
    one = st.one_of(st.just(base), st.just(folder), loopback_url(base), no_host_urls,
                    st.just(base + "x" * 5000), st.just(""))
    return st.lists(one, min_size=0, max_size=3)


# --- files --------------------------------------------------------------------------------

raw_bytes = st.one_of(
    st.binary(max_size=600),
    st.sampled_from([b"", b"\x00" * 64, b"\xff\xfe", b"\xef\xbb\xbf", b"\x1f\x8b\x08\x00",
                     b"PK\x03\x04", b"SQLite format 3\x00", b"\n" * 1000, b"\r\r\r"]),
)

ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "latin-1",
             "cp1252", "shift_jis"]


@st.composite
def encoded_text(draw: st.DrawFn, text: st.SearchStrategy[str]) -> bytes:
    """Text in one of the encodings Windows and Mac editors save, with or without a BOM."""
    value = draw(text)
    encoding = draw(st.sampled_from(ENCODINGS))
    data = value.encode(encoding, errors="replace")
    if draw(st.booleans()) and encoding in ("utf-16-le", "utf-16-be"):
        data = (codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE) + data
    return data


@st.composite
def url_list_file(draw: st.DrawFn, base: str) -> bytes:
    lines = draw(st.lists(st.one_of(loopback_url(base), no_host_urls,
                                    st.sampled_from(["# comment", "", "   ", "\t#x"])),
                          max_size=8))
    separator = draw(st.sampled_from(["\n", "\r\n", "\r", "\x00", "\u2028"]))
    if draw(st.booleans()):
        return draw(raw_bytes)
    return draw(encoded_text(st.just(separator.join(lines))))


# --- TOML ---------------------------------------------------------------------------------

def toml_string(value: str) -> str:
    return json.dumps(value)  # a JSON string is a valid TOML basic string (\uXXXX included)


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value:
            return "nan"
        if value in (float("inf"), float("-inf")):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{toml_string(str(k))} = {toml_value(v)}"
                               for k, v in value.items()) + "}"
    return toml_string(str(value))


scalars = st.one_of(st.booleans(), st.integers(-2**63, 2**63 - 1),
                    st.floats(allow_nan=True, allow_infinity=True), any_text, nasty_strings)
toml_values = st.recursive(
    scalars, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                     st.dictionaries(arg_text, inner, max_size=3)),
    max_leaves=6)


def config_key_names() -> list[str]:
    from checker.configfile import config_keys
    from checker.settings import threshold_keys

    return config_keys() + threshold_keys()


@st.composite
def config_file(draw: st.DrawFn, base: str, folder: str) -> bytes:
    """A config file: known keys with values of any type and range, unknown keys, sites
    tables; or bytes that are not TOML at all."""
    if draw(st.integers(0, 5)) == 0:
        return draw(st.one_of(raw_bytes, encoded_text(any_text)))
    keys = st.one_of(st.sampled_from(config_key_names()), arg_text)
    good_start = st.sampled_from([[base], [folder], base, folder])
    top = draw(st.dictionaries(keys, toml_values, max_size=5))
    lines = [f"{toml_string(k)} = {toml_value(v)}" for k, v in top.items()]
    if draw(st.booleans()):
        lines.append(f"start = {toml_value(draw(good_start))}")
    for name in draw(st.lists(arg_text, max_size=2)):
        table = draw(st.dictionaries(keys, toml_values, max_size=3))
        lines.append(f"[sites.{toml_string(name)}]")
        if draw(st.booleans()):
            lines.append(f"start = {toml_value(draw(good_start))}")
        lines += [f"{toml_string(k)} = {toml_value(v)}" for k, v in table.items()
                  if k != "start"]
    lines += ["no_browser = true", "quiet = true"] if draw(st.booleans()) else []
    return "\n".join(dict.fromkeys(lines)).encode("utf-8", "surrogatepass")


# --- YAML rule packs, waivers, baselines ---------------------------------------------------

RULE_TYPES = ["existence", "claim", "required-section", "required-text", "citation",
              "freshness", "readability", "site", "tracker", "insecure-form", "no-such-type"]
PARAM_KEYS = ["patterns", "unless", "hedges", "requires", "unless_clause", "headings",
              "min_words", "domains", "reference_headings", "triggers", "all_of",
              "case_sensitive", "in", "subject_topics", "trigger", "max_months",
              "missing_message", "max_grade", "page_patterns", "require_contact",
              "require_linked", "exceptions", "trackers"]
regexes = st.one_of(
    st.sampled_from([r"\bcure[sd]?\b", r"(", r"[a-", r"(?P<x>a)(?P<x>b)", r"\1", r"(?<=a+)b",
                     r"a{99999999}", r"(?i)", r"", r".*", r"(?#", r"\p{L}", r"[[:alpha:]]",
                     r"(a|b)*c{0,3}", r"\N{NOPE}"]),
    st.text(alphabet="ab()[]{}*+?|\\^$.,0123456789-", max_size=20),
)
yaml_scalars = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6), st.floats(),
                         any_text, regexes)
yaml_values = st.recursive(
    yaml_scalars, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                          st.dictionaries(arg_text, inner, max_size=3)),
    max_leaves=8)


@st.composite
def rule_entry(draw: st.DrawFn) -> Any:
    if draw(st.integers(0, 6)) == 0:
        return draw(yaml_values)
    entry: dict[str, Any] = {
        "id": draw(st.one_of(st.from_regex(r"[a-z][a-z0-9-]{0,20}", fullmatch=True),
                             yaml_scalars)),
        "type": draw(st.one_of(st.sampled_from(RULE_TYPES), yaml_scalars)),
        "severity": draw(st.one_of(st.sampled_from(["critical", "serious", "moderate",
                                                    "minor", "fatal"]), yaml_scalars)),
        "params": draw(st.one_of(
            st.dictionaries(st.sampled_from(PARAM_KEYS),
                            st.one_of(st.lists(regexes, max_size=3), yaml_values),
                            max_size=4),
            yaml_values)),
    }
    for key in ("applies_to", "region", "description", "message", "why", "fix", "source",
                "help_url", "pack"):
        presence = draw(st.integers(0, 9))  # mostly present, so that validation goes deep
        if presence > 1:
            entry[key] = draw(st.sampled_from(["any", "main", "page", "site", "treatment",
                                               "{sentence}", "{nope}", "{", "}", ["any"],
                                               {"all": ["x"]}, ["form", "health"]]))
        elif presence == 1:
            entry[key] = draw(yaml_values)
    return entry


@st.composite
def rule_pack(draw: st.DrawFn) -> bytes:
    choice = draw(st.integers(0, 7))
    if choice == 0:
        return draw(st.one_of(raw_bytes, encoded_text(any_text)))
    if choice == 1:
        return draw(st.sampled_from(YAML_NASTIES))
    data: Any = {"pack": draw(st.one_of(st.just("fuzz"), yaml_scalars)),
                 "rules": draw(st.one_of(st.lists(rule_entry(), max_size=3), yaml_values))}
    if draw(st.integers(0, 5)) == 0:
        data = draw(yaml_values)
    return yaml.safe_dump(data, allow_unicode=True).encode("utf-8", "surrogatepass")


# A rule that passes validation up to its params: what follows is what is fuzzed.
RULE_HEAD = (b"rules:\n  - id: fuzz-rule\n    type: existence\n    severity: minor\n"
             b"    applies_to: [any]\n    message: m\n    why: w\n    fix: f\n    source: s\n")
_ALIAS_LEVELS = b"a: &a ['x','x','x','x','x','x','x','x','x']\n" + b"".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n".encode()
    for i in range(8))

YAML_NASTIES = [
    # alias bombs: nine levels of nine references, as the rules and as one rule's patterns
    _ALIAS_LEVELS + b"rules: *i\n",
    _ALIAS_LEVELS + RULE_HEAD + b"    params: {patterns: *i}\n",
    b"!!python/object/apply:os.system ['true']\n",
    b"rules: !!binary AAAA\n",
    b"rules:\n  - &r {id: r, type: existence, params: {patterns: [*r]}}\n",
    b"%YAML 9.9\n---\nrules: []\n",
    b"---\n...\n---\nrules: []\n",
    b"rules: [" * 200 + b"]" * 200 + b"\n",
    b"\t rules: x\n",
    RULE_HEAD + b"    params:\n      patterns: ['(a+)+$', '(x|x)*y', '(\\\\w+\\\\s?)+$',"
    b" '(?:a|a)*b', '(a|aa)+$', '(.*a){12}']\n",
]


@st.composite
def waivers_file(draw: st.DrawFn) -> tuple[str, bytes]:
    """(suffix, content): YAML or TOML, shaped like waivers or not."""
    suffix = draw(st.sampled_from([".yaml", ".yml", ".toml", ".txt"]))
    if draw(st.integers(0, 4)) == 0:
        return suffix, draw(raw_bytes)
    entries = draw(st.lists(st.one_of(
        st.fixed_dictionaries({}, optional={
            key: st.one_of(yaml_scalars, regexes, st.dates().map(str),
                           st.sampled_from(["2999-01-01", "2000-01-01", "tomorrow", "*",
                                            "/a.html", "[", "**"]))
            for key in ("rule", "url", "url_regex", "fingerprint", "reason", "approved_by",
                        "expires", "extra")}),
        yaml_values), max_size=3))
    data = {"waivers": entries} if draw(st.booleans()) else entries
    if suffix == ".toml":
        body = "\n".join("[[waivers]]\n" + "\n".join(
            f"{toml_string(str(k))} = {toml_value(v)}" for k, v in entry.items()
            if v is not None) for entry in entries if isinstance(entry, dict))
        return suffix, body.encode("utf-8", "surrogatepass")
    return suffix, yaml.safe_dump(data, allow_unicode=True).encode("utf-8", "surrogatepass")


@st.composite
def baseline_file(draw: st.DrawFn) -> bytes:
    if draw(st.integers(0, 4)) == 0:
        return draw(raw_bytes)
    data: Any = {
        "format": draw(st.one_of(st.just("clinic-checker-baseline"), yaml_scalars)),
        "version": draw(st.one_of(st.just(1), yaml_scalars)),
        "findings": draw(st.one_of(
            st.lists(st.one_of(st.fixed_dictionaries(
                {"fingerprint": st.one_of(st.text(max_size=20), yaml_scalars)},
                optional={"rule_id": yaml_scalars, "url": yaml_scalars}), yaml_values),
                max_size=4),
            yaml_values)),
    }
    if draw(st.integers(0, 5)) == 0:
        data = draw(yaml_values)
    return json.dumps(data, allow_nan=True).encode("utf-8", "surrogatepass")


# --- robots.txt and sitemaps ----------------------------------------------------------------

@st.composite
def robots_txt(draw: st.DrawFn, base: str) -> bytes:
    directive = st.sampled_from(["User-agent", "Disallow", "Allow", "Sitemap", "Crawl-delay",
                                 "Request-rate", "Host", "sitemap", "SITEMAP", "Noindex", ""])
    value = st.one_of(loopback_url(base), no_host_urls, values,
                      st.sampled_from(["*", "/", "/a.html", "/*", "$", "/sitemap.xml",
                                       "sitemap.xml", "//sitemap.xml", "-5", "1e9", "0.0001",
                                       "clinic-checker", "/%", "/\u00e9"]))
    lines = draw(st.lists(st.builds(lambda d, sep, v: f"{d}{sep}{v}", directive,
                                    st.sampled_from([": ", ":", " ", "::", "="]), value),
                          max_size=10))
    if draw(st.integers(0, 4)) == 0:
        return draw(raw_bytes)
    return draw(encoded_text(st.just(draw(st.sampled_from(["\n", "\r\n", "\r"])).join(lines))))


@st.composite
def sitemap_xml(draw: st.DrawFn, base: str) -> bytes:
    """Sitemaps and sitemap indexes, well-formed or not, nested, looping, gzipped."""
    kind = draw(st.integers(0, 6))
    if kind == 0:
        return draw(raw_bytes)
    if kind == 1:
        return draw(st.sampled_from(XML_NASTIES))
    loc = st.one_of(loopback_url(base), no_host_urls, values,
                    st.sampled_from([base + "sitemap.xml", base + "sitemap.xml.gz",
                                     base + "index.xml"]))
    tag = draw(st.sampled_from(["urlset", "sitemapindex", "rss", "feed", "urlset x"]))
    child = "sitemap" if tag == "sitemapindex" else "url"
    entries = draw(st.lists(loc, max_size=6))
    body = "".join(f"<{child}><loc>{escape_xml(e) if draw(st.booleans()) else e}</loc>"
                   f"<lastmod>{draw(values)}</lastmod></{child}>" for e in entries)
    xml = (f'<?xml version="1.0" encoding="{draw(st.sampled_from(["UTF-8", "UTF-16", "x"]))}"'
           f'?><{tag} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}'
           f"{'' if draw(st.integers(0, 5)) == 0 else '</' + tag.split()[0] + '>'}")
    data = xml.encode("utf-8", "surrogatepass")
    if draw(st.integers(0, 3)) == 0:
        data = gzip.compress(data)
        if draw(st.booleans()):
            data = data[: draw(st.integers(0, len(data)))]  # a truncated gzip stream
    return data


def escape_xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


XML_NASTIES = [
    # billion laughs
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
               .encode() for i in range(1, 10))
    + b']><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>&lol9;</loc>'
      b"</url></urlset>",
    # an external entity pointing at a local file
    b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
    b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>&e;</loc></url>'
    b"</urlset>",
    b"<urlset>" + b"<url>" * 5000 + b"</urlset>",
    b"<" * 10000,
    gzip.compress(b"\x00" * (2 * 1024 * 1024)),  # a small gzip bomb: 2 MB of NULs
    gzip.compress(gzip.compress(b"<urlset></urlset>")),
    # a date no calendar holds: dateutil overflows
    b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>/a.html</loc>'
    b"<lastmod>" + b"9" * 40 + b"</lastmod></url></urlset>",
]


def huge_sitemap(base: str, count: int) -> bytes:
    """A valid sitemap with many URLs (all on the fuzz server)."""
    body = "".join(f"<url><loc>{base}p{i}.html</loc></url>" for i in range(count))
    return (f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/'
            f'schemas/sitemap/0.9">{body}</urlset>').encode()
