"""Which part of a page its screenshot shows (checker.browser.render.shot_band): the band
that holds the findings' boxes, with some page around them, within the height cap."""

from __future__ import annotations

from checker.browser.render import SHOT_CONTEXT, SHOT_QUALITIES, shot_band, shot_qualities


def _box(y: float, height: float = 40) -> dict[str, float]:
    return {"x": 10, "y": y, "width": 100, "height": height}


def test_findings_in_a_footer_give_the_footer_band():
    top, height = shot_band([_box(10_300), _box(11_400)], 11_600, 7_680)
    assert top == 10_300 - SHOT_CONTEXT
    assert height == 11_600 - top  # to the page's end: less than SHOT_CONTEXT was left


def test_a_band_near_the_top_starts_at_the_top():
    assert shot_band([_box(400)], 20_000, 7_680) == (0.0, 400 + 40 + SHOT_CONTEXT)


def test_a_band_taller_than_the_cap_is_cut_from_its_first_box():
    top, height = shot_band([_box(2_000), _box(15_000)], 20_000, 7_680)
    assert (top, height) == (2_000 - SHOT_CONTEXT, 7_680)


def test_whole_page_boxes_and_no_boxes_show_the_page_from_its_top():
    assert shot_band([], 3_000, 7_680) == (0.0, 3_000)
    assert shot_band([_box(0, 30_000), {"y": None}], 30_000, 7_680) == (0.0, 7_680)
    page_level_and_footer = [_box(0, 30_000), _box(29_000)]
    assert shot_band(page_level_and_footer, 30_000, 7_680) == (29_000 - SHOT_CONTEXT,
                                                               40 + 2 * SHOT_CONTEXT)


def test_a_picture_likely_over_the_byte_cap_starts_at_the_second_quality():
    assert shot_qualities(1000 * 986) == SHOT_QUALITIES
    assert shot_qualities(1000 * 6000) == SHOT_QUALITIES[1:]
