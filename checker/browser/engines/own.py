"""clinic-checker's own checks (`--engine checker`, rule ids `checker:...`): WCAG failures that
axe-core, IBM Equal Access and HTML_CodeSniffer leave to people, although the W3C's failure
techniques state them as conditions a program can test: an image whose alternative is its
file name (F30), a page titled "Untitled" (F25), an element that shows no change when it takes
focus (F78), a pointer handler on an element no keyboard reaches (F54), and so on.

Each rule is metadata (`OwnRule`: id, criteria, the technique it implements with its W3C link,
status, what it checks, why, how to fix) apart from its function: a judge here in Python, fed
by a collector in own.js that gathers the facts it reads in each frame's document of the same
render as the other engines (frames.py: every frame, the engines' isolated world, one walk).
docs/checker-rules.md is generated from RULES (`make docs`).

Only a decidable failure is a violation: a condition the technique's test procedure fails on,
read from the page without judgement. What needs a person (whether "click here" has context,
whether a transcript exists elsewhere) is needs-review.
"""

from __future__ import annotations

import re
import struct
import textwrap
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from checker.browser.engines.base import EngineSettings, EngineSpec, Hit, Narrow, Pixels
from checker.browser.viewport import parse_viewport

NAME = "checker"
TITLE = "clinic-checker checks"
SOURCE = Path(__file__).with_name("own.js")
TECHNIQUES = "https://www.w3.org/WAI/WCAG22/Techniques/"
ACT_RULES = "https://www.w3.org/WAI/standards-guidelines/act/rules/"
LEVEL_RANK = {"A": 1, "AA": 2, "AAA": 3}
# How much a collector reads at most per document: elements focused (focus), links, characters
# of text per language, elements whose boxes are read in the narrow runs (clipping, reflow).
LIMITS = {"focus": 150, "links": 400, "language": 4000, "clipping": 20000, "reflow": 20000}
# Collectors that run in the top document at another viewport size (frames.py's narrow
# runs), not in the normal walk: width and height from the audit's. 200% zoom halves the CSS
# viewport (1280 x 1024 at 200% lays out as 640 x 512 CSS px); reflow is judged 320 CSS px
# wide.
NARROW: dict[str, Callable[[int, int], tuple[int, int]]] = {
    "clipping": lambda width, height: (width // 2, height // 2),
    "reflow": lambda width, height: (320, height)}
# Collectors that run in the top document's pixel run (frames.py: a screenshot of what they
# mark), not in the normal walk.
PIXELS = ("backdrop",)
# The language check's verdict needs this much text to be a violation; less is needs-review.
LANGUAGE_MIN_WORDS = 15


@dataclass(frozen=True)
class OwnRule:
    """One check: what it is, what it rests on and what it finds. `judge` turns one collected
    item (own.js) into a status ("violation", "needs-review") and message, and the criteria it
    fails when those are only some of the rule's; or None."""

    id: str
    collector: str  # the collector in own.js that gathers what the judge reads
    wcag: tuple[str, ...]
    level: str  # the lowest WCAG level among `wcag`
    technique: str  # the W3C technique (or ACT rule) whose failure condition the rule tests
    technique_path: str  # under TECHNIQUES; "" for an ACT rule
    status: str  # the strongest status the rule gives
    severity: str
    checks: str  # the decidable condition, in words
    why: str
    fix: str
    # (status, message[, criteria]): criteria when the item fails only some of the rule's
    judge: Callable[[dict[str, Any]], tuple[Any, ...] | None]
    weaker: str = ""  # when the rule gives needs-review instead of its status
    act: tuple[str, ...] = ()  # W3C ACT rules on the same question

    @property
    def help_url(self) -> str:
        """The technique's W3C page; an ACT rule's when the rule implements one (no
        technique of WCAG's states the condition)."""
        return TECHNIQUES + self.technique_path if self.technique_path else \
            f"{ACT_RULES}{self.technique}/"


# --- what the judges read --------------------------------------------------------------------

IMAGE_EXTENSIONS = r"(?:png|jpe?g|gif|svg|webp|bmp|tiff?|ico|avif|heic)"
FILE_NAME = re.compile(r"^[^\s/]+\." + IMAGE_EXTENSIONS + r"$", re.IGNORECASE)
PAGE_FILE = re.compile(r"^[^\s/]+\.(?:s?html?|php|aspx?|jsp|cfm|docx?|pdf)$", re.IGNORECASE)
CAMERA_NAME = re.compile(r"^(?:img|dsc|dscn|dcim|pxl|gopr|mvimg|screenshot)[-_ ]?\d{2,}",
                         re.IGNORECASE)
URL = re.compile(r"^(?:https?:)?//\S+$|^www\.\S+$", re.IGNORECASE)
# Words that stand in for an alternative rather than give one (F30's placeholders), alone or
# with a number ("image 2", "photo1").
PLACEHOLDER_IMAGE = ("image", "img", "photo", "photograph", "picture", "pic", "graphic",
                     "icon", "spacer", "alt", "alt text", "placeholder", "blank", "untitled",
                     "insert image", "image description", "thumbnail", "banner")
# Titles an editor or a template gives a page before anyone names it (F25's examples).
PLACEHOLDER_TITLE = ("untitled", "untitled document", "untitled page", "new page",
                     "new document", "document", "page", "title", "page title", "index",
                     "default", "home page title", "my site", "my website", "web page",
                     "website", "insert title here", "title goes here", "enter title")
PLACEHOLDER_FRAME = ("iframe", "frame", "embed", "embedded content", "content", "untitled",
                     "widget", "title", "blank")
# Link names that say nothing of where a link goes (F84's examples).
GENERIC_LINK = ("click here", "here", "more", "read more", "learn more", "more info",
                "more information", "click", "link", "this link", "details", "go",
                "continue reading", "find out more", "see more", "info")


def _words(value: str) -> str:
    return re.sub(r"\s+", " ", value.strip().lower()).rstrip(".:!")


def _placeholder(value: str, words: tuple[str, ...]) -> bool:
    """`value` is one of `words`, alone or numbered ("image 2", "photo1", "Untitled-3")."""
    return re.sub(r"[\s_-]*\d+$", "", _words(value)) in words


def not_an_alternative(name: str, words: tuple[str, ...], files: re.Pattern[str]) -> str | None:
    """What kind of stand-in `name` is (a file name, an address, a placeholder), or None."""
    if files.match(name.strip()) or CAMERA_NAME.match(name.strip()):
        return "a file name"
    if URL.match(name.strip()):
        return "a web address"
    if _placeholder(name, words):
        return "a placeholder"
    return None


def _stand_in(subject: str, words: tuple[str, ...], files: re.Pattern[str], of: str
              ) -> Callable[[dict[str, Any]], tuple[str, str] | None]:
    """A judge of names that stand in for a description: `subject` "..." is a file name, a web
    address or a placeholder, not a description of `of`."""
    def judge(item: dict[str, Any]) -> tuple[str, str] | None:
        kind = not_an_alternative(item["name"], words, files)
        if kind is None:
            return None
        return "violation", f"{subject} \"{item['name']}\" is {kind}, not a description of {of}."
    return judge


_judge_image = _stand_in("The image's text alternative", PLACEHOLDER_IMAGE, FILE_NAME, "the image")
_judge_title = _stand_in("The page title", PLACEHOLDER_TITLE, PAGE_FILE, "the page")
_judge_frame = _stand_in("The frame's title", PLACEHOLDER_FRAME, PAGE_FILE, "its content")


# Words with which an alternative says its image is decoration (F39: such an image needs
# alt="" so that assistive technology skips it).
DECORATION = re.compile(r"\b(?:decorative|decoration|divider|separator|spacer)\b", re.IGNORECASE)


def _judge_decoration(item: dict[str, Any]) -> tuple[str, str] | None:
    if not DECORATION.search(item["name"]) or _placeholder(item["name"], PLACEHOLDER_IMAGE):
        return None  # "spacer" alone is the placeholder rule's
    return "violation", f"The image's text alternative \"{item['name']}\" says the image is" \
        " decoration; decoration needs alt=\"\" so that screen readers skip it."


def _judge_prohibited(item: dict[str, Any]) -> tuple[str, str] | None:
    names = ", ".join(item["attributes"])
    return "violation", f"{names} on an element of role {item['role']}, which ARIA forbids to" \
        " be named: assistive technology does not announce it, so what it says is lost."


REFLOW_WIDTH = NARROW["reflow"](0, 0)[0]  # CSS px: 1.4.10's width for vertical scrolling


def _judge_reflow(item: dict[str, Any]) -> tuple[str, str] | None:
    what = f"At {REFLOW_WIDTH} CSS px wide the page is {item['page']} px wide, and this element" \
        f" reaches {item['right']} px"
    if item["two_dimensional"]:
        return "needs-review", f"{what}; it is (or is in) an image, table, map, code or media," \
            " which 1.4.10 lets need two dimensions: check that it needs them."
    return "violation", f"{what}: reading it at 400% zoom or on a small screen means" \
        " scrolling sideways for every line."


def _judge_clipping(item: dict[str, Any]) -> tuple[str, str] | None:
    what = "At 200% zoom (the viewport at half the audit's size) this box cuts off part of" \
        " its text (overflow hidden or clip)"
    if item["signalled"]:
        return "needs-review", f"{what}; it shows the cut (an ellipsis or a line clamp) or has" \
            " a link beside it: check that the full text is reachable."
    return "violation", f"{what}, and nothing shows or leads to the rest: people who zoom" \
        " text cannot read it."


def _judge_focus(item: dict[str, Any]) -> tuple[str, str] | None:
    if item.get("unsure"):
        return "needs-review", "Nothing about this element or its surroundings changed at once" \
            " when it took focus, but a transition was still running or the browser did not" \
            " treat the focus as keyboard focus: check that focus is visible."
    return "violation", "Nothing about this element, its parent, its neighbours or its" \
        " pseudo-elements changes when it takes keyboard focus (outline" \
        f" {item.get('outline') or 'none'}): a keyboard user cannot see where focus is."


def _judge_tabindex(item: dict[str, Any]) -> tuple[str, str] | None:
    return "needs-review", f"tabindex=\"{item['tabindex']}\" puts this element ahead of the" \
        " page's order in the tab sequence; check that the focus order still follows the" \
        " meaning of the page."


def _judge_link(item: dict[str, Any]) -> tuple[str, str] | None:
    if _words(item["name"]) not in GENERIC_LINK:
        return None
    return "needs-review", f"The link says only \"{item['name']}\"; check that the sentence," \
        " paragraph or list item around it says where it goes."


def _judge_handler(item: dict[str, Any]) -> tuple[str, str] | None:
    if item["reached"] or not item["content"]:
        return None  # a control inside or around it, or an empty layer (a backdrop)
    events = ", ".join(item["events"])
    if item["keyboard"]:
        return "needs-review", f"This element responds to the pointer ({events}) and has" \
            " keyboard handlers, but cannot take focus: check that a keyboard can reach it."
    return "violation", f"This element responds to the pointer ({events}) but cannot take" \
        " focus and has no keyboard handler: a keyboard cannot use it."


def _judge_list(item: dict[str, Any]) -> tuple[str, str] | None:
    return "violation", f"{item['lines']} lines start with a bullet character outside any" \
        " list: the list is drawn with text, and assistive technology does not announce it" \
        " as one."


def _judge_media_transcript(item: dict[str, Any]) -> tuple[str, str] | None:
    if item["kind"] != "audio" or item["transcript"]:
        return None
    return "needs-review", "Prerecorded audio with no transcript on the page (no text mentions" \
        " one): check that a text alternative is offered."


AUDIO_SECONDS, MOTION_SECONDS = 3, 5  # 1.4.2 and 2.2.2: how long is too long


def _judge_media_autoplay(item: dict[str, Any]) -> tuple[str, str, list[str]] | None:
    """Media with sound that plays more than 3 seconds fails 1.4.2; a video that moves more than
    5 seconds beside other content fails 2.2.2; unless it can be paused. A criterion whose
    condition is not known yet (the length, whether a video has sound) or a pause control
    somewhere on the page makes the finding needs-review."""
    if not item["autoplay"] or item["controls"]:
        return None
    seconds = float("inf") if item["loop"] else item.get("seconds")
    sound = item.get("sound")
    conditions = {  # criterion -> (its condition holds: True, False, None: not known)
        "1.4.2": _all(sound, None if seconds is None else seconds > AUDIO_SECONDS),
        "2.2.2": _all(item["kind"] == "video" and bool(item.get("others")),
                      None if seconds is None else seconds > MOTION_SECONDS)}
    certain = [sc for sc, holds in conditions.items() if holds]
    unsure = [sc for sc, holds in conditions.items() if holds is None]
    if not certain and not unsure:
        return None
    what = f"This {item['kind']} plays by itself and has no controls attribute"
    if not certain:
        return "needs-review", f"{what}; whether it has sound or plays long enough to matter is" \
            " not known yet: check that it stops within seconds or can be paused.", unsure
    if item["pause_control"]:
        return "needs-review", f"{what}; the page has a control that names pausing or muting:" \
            " check that it works on this media.", certain
    length = "in a loop" if item["loop"] else f"for {seconds:.0f} seconds"
    return "violation", f"{what}; it plays {length}" + (" with sound" if sound else "") + \
        ", and nothing on the page offers to pause, stop or mute it.", certain


def _all(*conditions: bool | None) -> bool | None:
    """Three-valued and: False if any is False, None if any is not known, else True."""
    if any(c is False for c in conditions):
        return False
    return None if any(c is None for c in conditions) else True


@cache
def _cld2() -> Any:
    import pycld2

    return pycld2


def language_of(text: str) -> tuple[str, int] | None:
    """The language CLD2 (Chromium's compact language detector) reads in `text`, and its
    percent of the text, when CLD2 calls its answer reliable; else None."""
    try:
        reliable, _, details = _cld2().detect(text)
    except Exception:  # noqa: BLE001 - pycld2 raises a bare error on invalid UTF-8
        return None
    if not reliable or not details or details[0][1] in ("un", "xxx"):
        return None
    return details[0][1], details[0][2]


# Primary subtags CLD2 reports under another code (Norwegian Bokmål, Hebrew, Tagalog, ...).
SAME_LANGUAGE = {"nb": "no", "nn": "no", "iw": "he", "tl": "fil", "jw": "jv", "zh-hant": "zh",
                 "in": "id", "ji": "yi", "mo": "ro"}


def _primary(tag: str) -> str:
    primary = tag.strip().lower().split("-")[0].split("_")[0]
    return SAME_LANGUAGE.get(primary, primary)


def _judge_language(item: dict[str, Any]) -> tuple[str, str] | None:
    words = len(item["text"].split())
    if words < 3 or not re.fullmatch(r"[a-z]{2,3}", _primary(item["lang"])):
        return None  # too little to read; an invalid tag is the other engines' finding
    found = language_of(item["text"])
    if found is None or _primary(found[0]) == _primary(item["lang"]):
        return None
    status = "violation" if words >= LANGUAGE_MIN_WORDS and found[1] >= 80 else "needs-review"
    return status, f"lang=\"{item['lang']}\" but the {words} words of text in this language" \
        f" read as \"{found[0]}\" ({found[1]}% of the text): assistive technology reads them" \
        " with the wrong pronunciation."


# The meta viewport as Chromium reads it (HTMLMetaElement's viewport parsing): key=value pairs
# split at whitespace, commas or semicolons (viewport_pairs); keywords first, then the number
# the value starts with (none: 0). maximum-scale: yes 1, no 0, device-width or device-height
# 10, a negative number ignored; user-scalable: yes, device-width and device-height allow zoom,
# no forbids it, and a number allows it from 1 up (so an unknown word, 0 or 0.5 forbids it).
VIEWPORT_MIN_SCALE = 2.0  # 1.4.4: text resized to 200%
_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")


def _viewport_number(value: str) -> float:
    found = _NUMBER.match(value)
    return float(found.group()) if found else 0.0


_SEPARATORS = frozenset(" \t\n\r=,;\0")


def viewport_pairs(content: str) -> list[tuple[str, str]]:
    """The key=value pairs of a viewport meta's content, split as Chromium's
    HTMLMetaElement::ParseContentAttribute splits them: keys and values end at whitespace,
    '=', ',' or ';'; a key's value is the next word after its '=' unless a ',' comes first."""
    pairs, i, end = [], 0, len(content)
    while i < end:
        while i < end and content[i] in _SEPARATORS:
            i += 1
        start = i
        while i < end and content[i] not in _SEPARATORS:
            i += 1
        key = content[start:i]
        while i < end and content[i] != "=" and content[i] != ",":
            i += 1
        while i < end and content[i] in _SEPARATORS and content[i] != ",":
            i += 1
        start = i
        while i < end and content[i] not in _SEPARATORS:
            i += 1
        if key:
            pairs.append((key, content[start:i]))
    return pairs


def viewport_zoom(content: str) -> tuple[float | None, bool | None]:
    """(maximum-scale, user-scalable) of a viewport meta's content as Chromium resolves them;
    None where the content does not set it (or sets a negative maximum-scale: ignored)."""
    maximum: float | None = None
    scalable: bool | None = None
    for key, value in viewport_pairs(content):
        key, value = key.lower(), value.lower()
        if not value:
            continue  # nothing set (read as 0 by the browser, perhaps; not judged)
        if key == "maximum-scale":
            keywords = {"yes": 1.0, "no": 0.0, "device-width": 10.0, "device-height": 10.0}
            number = keywords.get(value, _viewport_number(value))
            maximum = None if number < 0 else min(number, 10.0)
        elif key == "user-scalable":
            if value in ("yes", "device-width", "device-height"):
                scalable = True
            elif value == "no":
                scalable = False
            else:
                scalable = abs(_viewport_number(value)) >= 1
    return maximum, scalable


def _judge_viewport(item: dict[str, Any]) -> tuple[str, str] | None:
    maximum, scalable = viewport_zoom(item["content"])
    if scalable is False:
        why = "user-scalable resolves to no"
    elif maximum is not None and maximum < VIEWPORT_MIN_SCALE:
        why = f"maximum-scale resolves to {maximum:g}"
    else:
        return None
    return "violation", f"The viewport meta (content=\"{item['content']}\") stops zoom: {why}" \
        f" (the browser reads it so), and text cannot be enlarged to {VIEWPORT_MIN_SCALE:.0%}" \
        " on phones and tablets."


def _judge_header(item: dict[str, Any]) -> tuple[str, str] | None:
    return "violation", f"The header cell \"{item['name']}\" heads no cell: no cell of its" \
        " column or row takes it as a header (HTML's table algorithm; no headers attribute" \
        " names it), so assistive technology relates nothing to it."


def _judge_trap(item: dict[str, Any]) -> tuple[str, str] | None:
    what = "Focus cannot leave this element with Tab or Shift+Tab: the page's handlers" \
        f" bring it back ({item['members']} elements in the loop)"
    if item["activatable"]:
        return "needs-review", f"{what}; an element in the loop can be activated (a link or" \
            " a click handler), which may lead out: check that a keyboard user can leave."
    if item.get("field"):
        return "needs-review", f"{what} whenever focus leaves this field; a value typed in" \
            " may let it go (a field checked when it loses focus): check that the page says" \
            " so, as 2.1.2 asks of any way out other than Tab."
    if item["advice"] and not item["advised"]:
        return "needs-review", f"{what}; the page advises a way out (\"{item['advice']}\")" \
            " that could not be tried: check that it works."
    if item["advised"] and item["key_handlers"]:
        return "needs-review", f"{what}; pressing the advised " \
            f"{', '.join(item['advised'])} did not let focus out either, but the loop has key" \
            " handlers: check the advice by hand."
    if item["advised"]:
        return "violation", f"{what}, and pressing the advised {', '.join(item['advised'])}" \
            " does not let focus out: no key handler listens in the loop."
    return "violation", f"{what}, and the page advises no other way out: a keyboard user is" \
        " stuck."


# Text over a background image or gradient (F83): the background's pixels, seen in a
# screenshot of the text's box with the text made transparent (frames.py's pixel run), each
# against the text's colour (blended over it when the colour is translucent).
BACKDROP_SAMPLE = 400  # pixels kept of each picture (evenly spread), for the judge
BACKDROP_SHARE = 0.95  # a violation when the text fails against this share of them


def png_pixels(data: bytes) -> list[tuple[int, int, int]]:
    """The (r, g, b) pixels of an 8-bit, non-interlaced RGB or RGBA PNG (what Chromium's
    Page.captureScreenshot gives), at most BACKDROP_SAMPLE of them spread over the picture.
    ValueError for anything else."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat, header = 8, bytearray(), None
    while pos + 8 <= len(data):
        length = struct.unpack(">I", data[pos:pos + 4])[0]
        kind, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    if header is None:
        raise ValueError("no header")
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in (2, 6) or interlace:
        raise ValueError("unsupported PNG")
    bpp = 3 if colour == 2 else 4
    raw, stride = zlib.decompress(bytes(idat)), width * bpp
    rows, previous = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            left = line[i - bpp] if i >= bpp else 0
            up, corner = previous[i], previous[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc
                                      else corner)) & 255
        rows.append(line)
        previous = line
    pixels = [(row[x * bpp], row[x * bpp + 1], row[x * bpp + 2])
              for row in rows for x in range(width)]
    step = max(1, len(pixels) // BACKDROP_SAMPLE)
    return pixels[::step][:BACKDROP_SAMPLE]


def _luminance(rgb: tuple[float, float, float]) -> float:
    def channel(c: float) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(one: tuple[float, float, float], other: tuple[float, float, float]) -> float:
    a, b = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def _colour(css: str) -> tuple[float, float, float, float] | None:
    found = re.fullmatch(r"rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)", css)
    if not found:
        return None
    r, g, b = (float(found.group(i)) for i in (1, 2, 3))
    return r, g, b, float(found.group(4)) if found.group(4) is not None else 1.0


def _judge_backdrop(item: dict[str, Any]) -> tuple[str, str] | None:
    colour, pixels = _colour(item["color"]), item.get("pixels") or []
    if colour is None or colour[3] == 0 or not pixels:
        return None
    large = item["size"] >= 24 or (item["size"] >= 18.66 and item["weight"] >= 700)
    needed = 3.0 if large else 4.5
    r, g, b, alpha = colour
    ratios = sorted(contrast((r * alpha + p[0] * (1 - alpha), g * alpha + p[1] * (1 - alpha),
                              b * alpha + p[2] * (1 - alpha)), p) for p in pixels)
    best = ratios[int(BACKDROP_SHARE * (len(ratios) - 1))]
    if best >= needed:
        return None
    return "violation", f"This text ({item['color']}) is drawn over a background image or" \
        f" gradient; against {BACKDROP_SHARE:.0%} of the background behind it the contrast is" \
        f" at most {best:.2f}:1 (from {ratios[0]:.2f}:1), below the {needed:g}:1 that" \
        f" {'large ' if large else ''}text needs."


RULES: tuple[OwnRule, ...] = (
    OwnRule(
        id="image-alt-not-alternative", collector="images", wcag=("1.1.1",), level="A",
        technique="F30", technique_path="failures/F30", status="violation", severity="serious",
        judge=_judge_image, act=("qt1vmo",),
        checks="An image's accessible name (aria-labelledby, aria-label, alt, title) is a file"
        " name (\"IMG_0042.jpg\", \"DSC01234\"), a web address, or a placeholder word alone or"
        " numbered (" + ", ".join(PLACEHOLDER_IMAGE) + "). When the image is all a link"
        " contains, the link's purpose (2.4.4, F89) fails with it.",
        why="A screen reader reads the alternative instead of showing the image; a file name or"
        " \"image\" tells a blind patient nothing the image shows.",
        fix="Write alt text that says what the image shows or does (\"Dr. Lee examining a"
        " child's ear\"), or alt=\"\" when it is decoration."),
    OwnRule(
        id="image-alt-says-decorative", collector="images", wcag=("1.1.1",), level="A",
        technique="F39", technique_path="failures/F39", status="violation",
        severity="moderate", judge=_judge_decoration, act=("e88epe",),
        checks="An image's accessible name calls the image decoration: it contains the word"
        " decorative, decoration, divider, separator or spacer (\"decorative swirly line\")."
        " The alternative itself answers F39's first question (the image is decoration), and"
        " decoration must have alt=\"\".",
        why="Screen readers read every non-empty alternative aloud; \"decorative divider"
        " graphic\" between each section is noise a blind patient must listen through.",
        fix="Give decorative images alt=\"\" (or put them in CSS)."),
    OwnRule(
        id="aria-name-prohibited", collector="prohibited", wcag=("1.3.1", "4.1.2"),
        level="A", technique="kb1m8s", technique_path="", status="violation",
        severity="serious", judge=_judge_prohibited, act=("kb1m8s",),
        checks="A shown element whose role (its tag's, or an explicit one) is one ARIA forbids"
        " to name (generic: div, span, b, i, ...; paragraph, emphasis, strong, code, deletion,"
        " insertion, subscript, superscript, caption) has aria-label, aria-labelledby or"
        " aria-braillelabel, or, when generic, aria-roledescription: the failure condition of"
        " the W3C ACT rule kb1m8s (ARIA 1.2 prohibits these). Focusable elements are left out"
        " (browsers give them a role).",
        why="Screen readers do not announce the name of a generic element or a paragraph; what"
        " the author put in aria-label (\"Previously $100, now $1\") is never heard.",
        fix="Put the words in the element's text (visually hidden if need be), or give the"
        " element a role that takes a name."),
    OwnRule(
        id="page-title-not-descriptive", collector="title", wcag=("2.4.2",), level="A",
        technique="F25", technique_path="failures/F25", status="violation", severity="serious",
        judge=_judge_title, act=("c4a8a4",),
        checks="The page's title is a file name (\"index.html\"), a web address, or a"
        " placeholder an editor leaves (" + ", ".join(PLACEHOLDER_TITLE) + "), alone or"
        " numbered. Top document only.",
        why="The title is what a screen reader announces first and what a tab or bookmark"
        " shows; \"Untitled document\" does not say which page this is.",
        fix="Give each page a title that names its topic and the clinic (\"Flu shots |"
        " Lakeside Family Clinic\")."),
    OwnRule(
        id="frame-title-placeholder", collector="frames", wcag=("4.1.2",), level="A",
        technique="H64", technique_path="html/H64", status="violation", severity="serious",
        judge=_judge_frame, act=("cae760",),
        checks="A frame's name (aria-label, aria-labelledby, title) is its own kind or a"
        " placeholder (" + ", ".join(PLACEHOLDER_FRAME) + "), a file name or a web address:"
        " H64's test (the title describes the frame's content) fails.",
        why="Screen readers announce a frame by its title when users move into it or list the"
        " page's frames; \"iframe\" does not say whether it is a map, a form or an"
        " advertisement.",
        fix="Title the frame by its content: title=\"Map to our Main Street clinic\"."),
    OwnRule(
        id="focus-not-visible", collector="focus", wcag=("2.4.7",), level="AA",
        technique="F78", technique_path="failures/F78", status="violation", severity="serious",
        judge=_judge_focus, act=("oj04fd",),
        weaker="needs-review when a transition or animation was still running or the browser"
        " did not match :focus-visible, so the look at the moment of focus is not the final"
        " one",
        checks="Each element in the tab order (at most " + str(LIMITS["focus"]) + " focused"
        " per document) takes focus in turn, with the page's own focus handlers running; when"
        " nothing of its computed look (outline, box-shadow, borders, background, colour, text"
        " decoration, weight, opacity, transform), its parent's, its neighbours', its first"
        " children's or its ::before/::after changed, focus is not visible. Elements alike"
        " (same tag, id, classes, inline style, type, role, tabindex and parent) are styled"
        " alike but for rare position-based CSS: one of them stands for all, and each is"
        " focused only when it shows no change. The element that had focus gets it back.",
        why="People who use a keyboard, switch or voice control follow the focus indicator the"
        " way others follow the mouse pointer; `outline: none` without a replacement leaves them"
        " lost on the page.",
        fix="Keep the browser's focus outline, or replace it with a visible :focus-visible"
        " style (an outline or underline with enough contrast)."),
    OwnRule(
        id="text-clipped-when-zoomed", collector="clipping", wcag=("1.4.4",), level="AA",
        technique="F69", technique_path="failures/F69", status="violation", severity="serious",
        judge=_judge_clipping, act=("59br37",),
        weaker="needs-review when the box shows that its text is cut (text-overflow: ellipsis,"
        " unless the box also cuts lines off by more than a quarter of their font size above"
        " or below, which an ellipsis does not show; a line clamp) or a link sits in or right"
        " after it (a teaser's \"read more\"): whether the full text is reachable needs a"
        " person",
        checks="The top document is laid out at half the audit's viewport width and height"
        " (what 200% browser zoom does to the CSS viewport; DevTools"
        " Emulation.setDeviceMetricsOverride, restored at once, desktop viewports only): a box"
        " with overflow hidden or clip whose content overflows it cuts a text node, part"
        " inside the box and part out, with no scrolling box nearer (text moved wholly out of"
        " sight, as a carousel's other slides, is not cut text): F69.",
        why="People with low vision enlarge text; a box of fixed height that hides what no"
        " longer fits takes away the rest of the sentence.",
        fix="Let boxes with text grow (min-height instead of height, no overflow: hidden on"
        " text), or let them scroll (overflow: auto)."),
    OwnRule(
        id="content-does-not-reflow", collector="reflow", wcag=("1.4.10",), level="AA",
        technique="C32", technique_path="css/C32", status="violation", severity="serious",
        judge=_judge_reflow,
        weaker="needs-review when what sticks out is, or is in, content 1.4.10 lets need two"
        " dimensions (an image, a table, pre or code, canvas, svg, video, frame, object, map,"
        " math, a grid, table, image or application role)",
        checks=f"The top document is laid out again {REFLOW_WIDTH} CSS px wide (the audit's"
        " viewport narrowed through DevTools Emulation.setDeviceMetricsOverride and restored"
        " at once; the page's own resize handlers may run; desktop viewports only, as a phone's"
        " emulation cannot be put back exactly): when the page is then wider than"
        " the viewport, each element where the overflow starts (it reaches past the right"
        " edge and its parent does not; outside any scrolling or clipping box, not fixed; at"
        " most 5) fails 1.4.10 (content must reflow without scrolling in two dimensions; C32"
        " and C31 make it reflow).",
        why="People who zoom to 400% or read on a small phone see 320 CSS px; a fixed-width"
        " box or a wide image makes them scroll sideways for every line they read.",
        fix="Give containers max-width: 100% (images too), let columns wrap with flexbox or"
        " grid and media queries, and break long words or addresses (overflow-wrap)."),
    OwnRule(
        id="pointer-only-handler", collector="handlers", wcag=("2.1.1",), level="A",
        technique="F54", technique_path="failures/F54", status="violation", severity="serious",
        judge=_judge_handler,
        weaker="needs-review when the element has keyboard or focus handlers of its own",
        checks="An element with content (text or an image) has a pointer handler (click,"
        " mousedown, mouseup, dblclick, mouseover, mouseenter: inline, or added by the page's"
        " scripts, read through DevTools DOMDebugger.getEventListeners), cannot take focus,"
        " contains no focusable element and sits in none (nor in a label). A framework's one"
        " listener on the document or body (delegation) is not judged; without the DevTools"
        " connection (a WebDriver given to the pytest plugin) only inline handlers are seen.",
        why="What only a mouse can trigger is out of reach for keyboard, switch and"
        " screen-reader users; a clickable span or a link without href is not in the tab"
        " order.",
        fix="Use a real control: <a href> for navigation, <button> for actions (or add"
        " tabindex=\"0\", a role and a key handler)."),
    OwnRule(
        id="list-drawn-with-text", collector="lists", wcag=("1.3.1",), level="A",
        technique="H48", technique_path="html/H48", status="violation", severity="moderate",
        judge=_judge_list,
        checks="Two or more lines of one block, or two or more paragraphs in a row, start with"
        " a bullet character (•, ·, ▪, ●, ◦, ‣, ■) outside any list element or list role: the"
        " structure H48 marks up is conveyed by presentation alone.",
        why="Screen readers announce a list and its length, and let users skip it; bullets"
        " typed as characters are read as text, one \"bullet\" at a time.",
        fix="Mark the items up as <ul><li>...</li></ul> and style the bullets with CSS."),
    OwnRule(
        id="lang-does-not-match-text", collector="language", wcag=("3.1.1", "3.1.2"),
        level="A", technique="H57", technique_path="html/H57", status="violation",
        severity="serious", judge=_judge_language, act=("ucwvc8", "off6ek"),
        weaker=f"needs-review with fewer than {LANGUAGE_MIN_WORDS} words of text in that"
        " language or when the detected language covers less than 80% of it",
        checks="The text whose language is set by a lang attribute (the page's own on the html"
        " element, or a passage's) reads, by CLD2 (Chromium's compact language detector, the"
        " pycld2 package), reliably as another primary language than the attribute declares."
        " Shown text and image alternatives count; a tag whose primary subtag is not a"
        " language is left to the other engines.",
        why="Screen readers choose the voice and pronunciation from lang; Spanish text marked"
        " lang=\"en\" is read with English rules and is hard to understand.",
        fix="Set lang on the html element to the page's language, and on each passage in"
        " another language (<p lang=\"es\">)."),
    OwnRule(
        id="tabindex-positive", collector="tabindex", wcag=("2.4.3",), level="A",
        technique="F44", technique_path="failures/F44", status="needs-review",
        severity="moderate", judge=_judge_tabindex,
        checks="An element has a tabindex above 0, which moves it ahead of the page's order in"
        " the tab sequence; whether the resulting order still preserves meaning (F44) needs a"
        " person.",
        why="Keyboard users meet elements in tab order; a positive tabindex jumps focus around"
        " the page in an order sighted users do not see.",
        fix="Use tabindex=\"0\" (or none) and put the elements in the source in the order they"
        " should be reached."),
    OwnRule(
        id="link-text-generic", collector="links", wcag=("2.4.4",), level="A",
        technique="F84", technique_path="failures/F84", status="needs-review",
        severity="moderate", judge=_judge_link, act=("5effbb", "aizyf1"),
        checks="A link's whole name is a generic phrase (" + ", ".join(GENERIC_LINK) + ")."
        " 2.4.4 accepts the surrounding sentence or list item as context, so a person"
        " checks that.",
        why="Screen-reader users often list a page's links out of context; ten links called"
        " \"click here\" are ten unknown destinations.",
        fix="Name the destination in the link (\"Book a flu shot\"), or tie it to its context"
        " with aria-describedby."),
    OwnRule(
        id="audio-without-transcript", collector="media", wcag=("1.2.1",), level="A",
        technique="G158", technique_path="general/G158", status="needs-review",
        severity="serious", judge=_judge_media_transcript, act=("e7aa44", "2eb176"),
        checks="An audio element on a page whose text nowhere mentions a transcript.",
        why="Deaf and hard-of-hearing patients need the spoken content as text.",
        fix="Publish a transcript next to the audio and link it (\"Read the transcript\")."),
    OwnRule(
        id="media-autoplay-cannot-pause", collector="media", wcag=("1.4.2", "2.2.2"),
        level="A", technique="F93", technique_path="failures/F93", status="violation",
        severity="serious", judge=_judge_media_autoplay, act=("80f0bf", "4c31df"),
        weaker="needs-review when what a criterion needs is not known when the page is audited"
        " (the length: no loop, metadata not loaded; whether a video has sound: no audio"
        " decoded yet), or when a control on the page names pausing, stopping or muting"
        " (whether it works on this media needs a person)",
        checks="An audio or video element plays automatically, has no controls attribute, and"
        " nothing on the page (a button, link or switch) names pausing, stopping, muting, sound"
        " or volume. It fails 1.4.2 (F93) when it has sound (an audio element not muted; a"
        " video not muted from which Chromium decoded audio) and plays more than"
        f" {AUDIO_SECONDS} seconds (a loop, or its length or its media fragment's), and 2.2.2"
        f" when it is a video that moves more than {MOTION_SECONDS} seconds beside other"
        " content of the page.",
        why="Sound that starts by itself drowns out a screen reader, and its user cannot find"
        " the way to stop it; moving video beside the text distracts people with attention"
        " or reading difficulties.",
        fix="Do not autoplay sound; give the media the controls attribute or a visible pause"
        " button."),
    OwnRule(
        id="viewport-prevents-zoom", collector="viewport", wcag=("1.4.4",), level="AA",
        technique="b4f0c3", technique_path="", status="violation", severity="critical",
        judge=_judge_viewport, act=("b4f0c3",),
        checks="The page's meta viewport (the last one with content, top document) resolves,"
        " as Chromium parses it, to user-scalable no (no, or a word or number below 1 that is"
        " not yes, device-width or device-height) or to a maximum-scale below"
        f" {VIEWPORT_MIN_SCALE:g} (a number, yes: 1, no: 0, or a word: 0): the failure"
        " condition of the W3C ACT rule b4f0c3. axe-core's meta-viewport tests the same on"
        " the values it knows; this reads the others as the browser does.",
        why="People with low vision pinch to zoom on phones; a viewport that forbids it leaves"
        " them with text too small to read.",
        fix="Remove user-scalable=no and maximum-scale (or set it to 2 or more):"
        " <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">."),
    OwnRule(
        id="table-header-heads-nothing", collector="headers", wcag=("1.3.1",), level="A",
        technique="d0f69e", technique_path="", status="violation", severity="serious",
        judge=_judge_header, act=("d0f69e",),
        checks="A header cell with text (th, or role columnheader or rowheader) of a shown"
        " table (table, or role table, grid or treegrid; not presentational) is assigned to no"
        " cell: HTML's algorithm for assigning header cells (the slots of the table model,"
        " each cell's scans left and up with scope's column and row states, a headers"
        " attribute's ids; an ARIA table's rows and cells by role) gives it none: the failure"
        " condition of the W3C ACT rule d0f69e. Tables the algorithm cannot be sure of here"
        " (a row- or column-group scope, rowspan=0, ARIA indexes, spans or aria-owns) and"
        " tables without any data cell (headers only: a script may fill them) are left alone.",
        why="Screen readers announce a cell's headers as users move through a table; a header"
        " that heads nothing (a column without cells, a headers attribute that points"
        " elsewhere) says the table has a structure it does not have.",
        fix="Give the column or row its cells, point the cells' headers attribute at it, or"
        " make it a data cell (td) if it is no header."),
    OwnRule(
        id="text-over-image-low-contrast", collector="backdrop", wcag=("1.4.3",), level="AA",
        technique="F83", technique_path="failures/F83", status="violation",
        severity="serious", judge=_judge_backdrop, act=("afw4f7",),
        checks="Text (its own text nodes; not hidden, not disabled, no text shadow or stroke,"
        " not painted with its background) drawn over a CSS background image or gradient (on"
        " the element or an ancestor below the first opaque background colour; none of them"
        " translucent, filtered or blended; every image of it loaded), or over a loaded img,"
        " video or canvas (the stack of elements at the text's centre, nothing opaque between;"
        " in the viewport), top document, at most 5 a page, is made transparent for a moment"
        " and its box"
        " photographed (DevTools Page.captureScreenshot, scaled to at most 4,000 pixels,"
        f" {BACKDROP_SAMPLE} of them kept): when against {BACKDROP_SHARE:.0%} of those pixels"
        " the text's colour (blended over each pixel when translucent) has less contrast than"
        " 1.4.3 asks (4.5:1, 3:1 for large text), it fails (F83). Text that passes against part"
        " of its background is left to the other engines' review (axe-core asks about every"
        " text over an image).",
        why="Text over a photo or gradient is often readable only where the picture happens to"
        " be dark or light enough; people with low vision or colour blindness lose the rest.",
        fix="Put a solid or semi-opaque panel behind the text, darken or lighten the image"
        " under it, or change the text colour."),
    OwnRule(
        id="keyboard-trap", collector="traps", wcag=("2.1.2",), level="A",
        technique="80af7b", technique_path="", status="violation", severity="critical",
        judge=_judge_trap, act=("80af7b", "a1b64e", "ebe86a"),
        weaker="needs-review when an element in the loop can be activated (a link, a click"
        " handler) and may lead out, when focus leaves a text field of the loop and is brought"
        " back (a value typed in may let it go), when the page advises a way out that could not"
        " be read as a key, or when the advised key did not help but the loop has key handlers"
        " that a real key press may reach",
        checks="From each element in the tab order that has blur, focusout or keydown handlers"
        " (inline or added by the page's scripts, read through DevTools; at most 10 per"
        " document), focus moves as Tab and Shift+Tab would: a keydown of Tab is dispatched to"
        " it (a handler may keep the key), then focus goes to the next or previous element in"
        " the tab order, or out of the document past either end (to the browser's own"
        " controls, from which a script cannot take it back); the page's handlers and their"
        " timers run (30 ms). Out of the document, or on an element without such handlers, is"
        " away; back on an element already passed is a loop. An element from which neither way"
        " gets away is trapped (the W3C ACT rule 80af7b's expectation, one direction being"
        " enough), unless Escape (a standard way out) or a key a line of the page advises"
        " (\"Press Ctrl+M to leave\"), pressed in the trap, lets focus out. The element that"
        " had focus gets it back.",
        why="A keyboard or switch user whose focus cannot leave a widget cannot reach anything"
        " else on the page, nor the browser's address bar: the whole page is lost to them.",
        fix="Do not move focus back in blur or focusout handlers, and let Tab do its default;"
        " a widget that must keep focus (a dialog) closes with Escape or a button, and says"
        " how."),
)
BY_ID = {rule.id: rule for rule in RULES}


def rules_for(config: EngineSettings) -> list[OwnRule]:
    """The rules of the audit's WCAG level."""
    return [rule for rule in RULES if LEVEL_RANK[rule.level] <= LEVEL_RANK[config.level]]


# Listeners the page's scripts add, read through DevTools for the pointer-handler rule: the
# pointer events it judges and the keyboard and focus events that excuse them (own.js).
# The keyboard-trap rule reads the handlers that may keep or send focus back (blur, focusout,
# keydown) and, in a trap, those that a person may use to leave it.
LISTENERS = ("click", "mousedown", "mouseup", "dblclick", "mouseover", "mouseenter", "keydown",
             "keyup", "keypress", "focus", "focusin", "blur", "focusout")
LISTENING = ("handlers", "traps")  # the collectors that read them


@cache
def _source() -> str:
    return SOURCE.read_text(encoding="utf-8")


def spec(config: EngineSettings) -> EngineSpec:
    """own.js in a document, with the collectors the profile's rules read; those of NARROW in
    narrow runs of the top document (frames.py), desktop viewports only."""
    collectors = sorted({rule.collector for rule in rules_for(config)})
    viewport = parse_viewport(config.viewport)
    metrics = viewport.metrics()
    # A phone's emulation (chromedriver's: layout width from the page's meta viewport) is not
    # one our override can put back as it was; a mobile audit is a phone's width already.
    steps = tuple(({**metrics, **dict(zip(("width", "height"),
                                          size(viewport.width, viewport.height), strict=True))},
                   {"collectors": [name], "limits": LIMITS})
                  for name, size in NARROW.items()
                  if name in collectors and not viewport.mobile)
    pixels = Pixels(mark={"collectors": ["backdrop"], "limits": LIMITS},
                    unmark={"collectors": ["backdrop_unmark"], "limits": LIMITS},
                    measure=png_pixels) if "backdrop" in collectors else None
    return EngineSpec(name=NAME, title=TITLE, source=_source(), runner="__ccOwn",
                      argument={"collectors": [c for c in collectors
                                               if c not in NARROW and c not in PIXELS],
                                "limits": LIMITS}, pixels=pixels,
                      listeners=LISTENERS if set(LISTENING) & set(collectors) else (),
                      narrow=Narrow(steps, metrics) if steps else None)


def version() -> str:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as package_version

    try:
        return package_version("clinic-checker")
    except PackageNotFoundError:
        return "unknown"


def hits(raw: list[dict[str, Any]], config: EngineSettings) -> list[Hit]:
    """Every rule's judge over the items its collector gathered."""
    out = []
    for rule in rules_for(config):
        for item in raw:
            if item["collector"] != rule.collector:
                continue
            verdict = rule.judge(item["data"])
            if verdict is None:
                continue
            status, message = verdict[:2]
            criteria = list(verdict[2]) if len(verdict) > 2 else _criteria(rule, item)
            out.append(Hit(
                engine=NAME, rule_id=rule.id, status=status, wcag=criteria,
                severity=rule.severity, message=message, xpath=item["xpath"],
                excerpt=item.get("snippet"), help_url=rule.help_url, level=rule.level,
                bbox=item.get("bbox"), extra={"technique": rule.technique}))
    return out


def _criteria(rule: OwnRule, item: dict[str, Any]) -> list[str]:
    """The rule's criteria for this item: an image that is all its link says fails the link's
    purpose too; a language is the page's (3.1.1) or a passage's (3.1.2)."""
    if rule.collector == "images" and item["data"].get("link_only"):
        return [*rule.wcag, "2.4.4"]
    if rule.collector == "language":
        return ["3.1.1" if item["data"].get("page") else "3.1.2"]
    return list(rule.wcag)


def rules_table(anchors: bool = False) -> list[str]:
    """One row per rule: id, criteria, technique and status (Markdown)."""
    lines = ["| rule | criteria | technique | status |", "| --- | --- | --- | --- |"]
    for rule in RULES:
        name = f"[`checker:{rule.id}`](#{rule.id})" if anchors else f"`checker:{rule.id}`"
        lines.append(f"| {name} | {', '.join(rule.wcag)} (level {rule.level}) |"
                     f" [{rule.technique}]({rule.help_url}) | {rule.status}"
                     + (" (or needs-review)" if rule.weaker else "") + " |")
    return lines


def rules_markdown() -> str:
    """docs/checker-rules.md: every rule from its metadata."""
    lines = ["# clinic-checker's own WCAG checks (`--engine checker`)", "",
             "Generated from the rules' metadata (checker/browser/engines/own.py) by `make docs`;"
             " do not edit by hand. Each rule tests the failure condition of the W3C technique it"
             " names, in every frame of the same render as the other engines. Only a decidable"
             " failure is a violation; what needs a person is needs-review.", "",
             *rules_table(anchors=True)]
    for rule in RULES:
        lines += ["", f"## {rule.id}", "",
                  f"- criteria: {', '.join(rule.wcag)} (level {rule.level}); severity"
                  f" {rule.severity}",
                  f"- technique: [{rule.technique}]({rule.help_url})",
                  f"- status: {rule.status}" + (f"; {rule.weaker}" if rule.weaker else ""),
                  *(["- W3C ACT rules on the same question: "
                     + ", ".join(f"[{a}]({ACT_RULES}{a}/)" for a in rule.act)] if rule.act
                    else []),
                  "", f"**What it checks.** {rule.checks}", "", f"**Why.** {rule.why}", "",
                  f"**Fix.** {rule.fix}"]
    return "\n".join(lines) + "\n"


def rule_text(rule: OwnRule) -> str:
    """One rule's whole entry for a terminal (`clinic-checker rules show checker:ID`)."""
    wrap = textwrap.TextWrapper(width=92, initial_indent="  ", subsequent_indent="  ",
                                break_on_hyphens=False)
    status = rule.status + (f"; {rule.weaker}" if rule.weaker else "")
    return "\n".join([
        f"{NAME}:{rule.id}",
        f"  engine: {NAME} (--engine {NAME})    criteria: {', '.join(rule.wcag)} (level"
        f" {rule.level})    severity: {rule.severity}",
        "", "Status:", wrap.fill(status), "", "What it checks:", wrap.fill(rule.checks),
        "", "Why it matters:", wrap.fill(rule.why), "", "How to fix:", wrap.fill(rule.fix),
        "", f"Technique: {rule.technique}, {rule.help_url}"])


def rule_list() -> str:
    """The rules, one line each, after the content rules of `clinic-checker rules`."""
    width = max(len(rule.id) for rule in RULES) + len(NAME) + 1
    lines = [f"WCAG checks of --engine {NAME} (docs/checker-rules.md):",
             f"{'RULE':<{width}}  {'CRITERIA':<12}  {'TECHNIQUE':<9}  STATUS"]
    lines += [f"{NAME + ':' + rule.id:<{width}}  {', '.join(rule.wcag):<12}  {rule.technique:<9}"
              f"  {rule.status}" for rule in RULES]
    lines.append(f"\n{len(RULES)} rules. `clinic-checker rules show {NAME}:ID` prints one in"
                 " full.")
    return "\n".join(lines)
