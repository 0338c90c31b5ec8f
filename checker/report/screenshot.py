"""The page screenshot with its failing elements outlined: geometry for an inline SVG.

Finding.bbox is the element's box in CSS pixels; Page.extra may give the device scale of the
screenshot (screenshot pixels per CSS pixel) and its origin (the CSS y of its top edge).
Image size is read from the file itself, so the outline lines up whatever viewport the audit
used.
"""

from __future__ import annotations

import struct
from pathlib import Path
from typing import Any

from checker.model import Finding, Page

_SCALE_KEYS = ("screenshot_scale", "scale", "device_pixel_ratio")


def image_size(path: Path) -> tuple[int, int] | None:
    """(width, height) of a JPEG or PNG, from its header; None if unreadable."""
    try:
        with path.open("rb") as f:
            head = f.read(64 * 1024)
    except OSError:
        return None
    if head.startswith(b"\x89PNG") and len(head) >= 24:
        return struct.unpack(">II", head[16:24])
    if head.startswith(b"\xff\xd8"):
        return _jpeg_size(head)
    return None


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    i = 2
    while i + 9 < len(data):
        if data[i] != 0xFF:
            i += 1
            continue
        marker = data[i + 1]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7 or marker == 0xFF:
            i += 1 if marker == 0xFF else 2
            continue
        length = struct.unpack(">H", data[i + 2:i + 4])[0]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", data[i + 5:i + 9])
            return width, height
        i += 2 + length
    return None


def page_scale(page: Page) -> float:
    for key in _SCALE_KEYS:
        value = page.extra.get(key)
        if isinstance(value, int | float) and value > 0:
            return float(value)
    return 1.0


def page_origin(page: Page) -> float:
    """The CSS y of the screenshot's top edge: a screenshot may show the band of the page
    that holds its findings (checker.browser.render.shot_band), not the page from its top."""
    origin = page.extra.get("screenshot_origin")
    if isinstance(origin, list) and len(origin) == 2 and isinstance(origin[1], int | float):
        return float(origin[1])
    return 0.0


def screenshot_view(out: Path, page: Page, findings: list[Finding], prefix: str = ""
                    ) -> dict[str, Any] | None:
    """{'href', 'width', 'height', 'boxes'} or None when the page has no readable screenshot.
    Boxes are numbered like the findings they belong to; boxes off the image are left out."""
    if not page.screenshot:
        return None
    path = (out / page.screenshot).resolve()
    if not path.is_relative_to(out.resolve()):  # a stored path must not leave the report
        return None
    size = image_size(path)
    if size is None:
        return None
    width, height = size
    scale, top = page_scale(page), page_origin(page)
    boxes = []
    for n, finding in enumerate(findings, 1):
        box = _box(finding.bbox, scale, top, width, height)
        if box:
            boxes.append(box | {"n": n, "label": finding.message[:120]})
    return {"href": prefix + page.screenshot, "width": width, "height": height,
            "boxes": boxes}


def _box(bbox: dict[str, float] | None, scale: float, top: float, width: int, height: int
         ) -> dict[str, float] | None:
    if not bbox:
        return None
    try:
        x, y = float(bbox["x"]) * scale, (float(bbox["y"]) - top) * scale
        w, h = float(bbox["width"]) * scale, float(bbox["height"]) * scale
    except (KeyError, TypeError, ValueError):
        return None
    if w <= 0 or h <= 0 or x >= width or y >= height or x + w <= 0 or y + h <= 0:
        return None
    x, y = max(0.0, x), max(0.0, y)
    w, h = min(w, width - x), min(h, height - y)
    label_y = y - 28 if y >= 28 else y  # the number sits above the box when there is room
    return {"x": round(x, 1), "y": round(y, 1), "w": round(w, 1), "h": round(h, 1),
            "ly": round(label_y, 1)}
