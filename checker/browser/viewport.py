"""The browser's viewport: `target-size`, `color-contrast` (what is on screen), reflow and
media queries depend on it, so it is a setting (`--viewport WxH` or a preset) and every run
records the one it used.

The viewport is set exactly (DevTools Emulation.setDeviceMetricsOverride on each tab), not
left to the window size, whose browser chrome eats into the height differently per Chromium
version. `mobile` also emulates a phone's device scale, touch and mobile user agent, so sites
that serve phones another layout show it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DEFAULT_VIEWPORT = "1280x1024"
MIN_SIDE, MAX_SIDE = 200, 10000  # CSS pixels
# A recent Android phone's Chrome; the version only has to look current to a site.
MOBILE_USER_AGENT = ("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like"
                     " Gecko) Chrome/156.0.0.0 Mobile Safari/537.36")
_SIZE = re.compile(r"^\s*(\d{1,5})\s*[xX×]\s*(\d{1,5})\s*$")


@dataclass(frozen=True)
class Viewport:
    width: int
    height: int
    scale: float = 1.0  # device pixels per CSS pixel
    mobile: bool = False

    def describe(self) -> str:
        size = f"{self.width}x{self.height}"
        return f"mobile {size} at {self.scale:g}x, touch" if self.mobile else size

    def metrics(self) -> dict[str, object]:
        """Parameters of Emulation.setDeviceMetricsOverride."""
        return {"width": self.width, "height": self.height,
                "deviceScaleFactor": self.scale, "mobile": self.mobile}


PRESETS = {
    "desktop": Viewport(1280, 1024),
    "mobile": Viewport(390, 844, 3.0, mobile=True),  # an iPhone 13-15 sized phone
}


def parse_viewport(text: str) -> Viewport:
    """`1280x1024`, or a preset name (desktop, mobile). Raises ValueError saying why not."""
    preset = PRESETS.get(text.strip().lower())
    if preset is not None:
        return preset
    match = _SIZE.match(text)
    if match is None:
        names = ", ".join(PRESETS)
        raise ValueError(f"{text[:40]!r} is not WIDTHxHEIGHT (e.g. 1280x1024) or one of: {names}")
    width, height = int(match.group(1)), int(match.group(2))
    if not (MIN_SIDE <= width <= MAX_SIDE and MIN_SIDE <= height <= MAX_SIDE):
        raise ValueError(f"{width}x{height}: each side must be {MIN_SIDE} to {MAX_SIDE} pixels")
    return Viewport(width, height)


def viewport_problem(text: str) -> str | None:
    """The settings table's check: None when `text` is a viewport, else why not."""
    try:
        parse_viewport(text)
    except ValueError as exc:
        return str(exc)
    return None
