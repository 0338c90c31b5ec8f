"""The judges of our own WCAG checks (checker/browser/engines/own.py) on the items their
collectors return (the shape own.js gives in Chromium: tests/browser/test_own_engine.py), and
the metadata every rule must carry."""

from __future__ import annotations

import pytest

from checker.browser.engines import own
from checker.settings import AuditConfig

CONFIG = AuditConfig()


def _verdict(rule_id: str, **data):
    return own.BY_ID[rule_id].judge(data)


@pytest.mark.parametrize("name", ["IMG_0042.jpg", "DSC01234", "clinic-front.PNG", "image",
                                  "Photo 2", "picture1", "https://clinic.example/a.png",
                                  "www.clinic.example", "spacer"])
def test_an_image_named_by_a_stand_in_is_a_violation(name):
    assert _verdict("image-alt-not-alternative", name=name)[0] == "violation"


@pytest.mark.parametrize("name", ["Dr. Lee examining a child's ear", "Clinic logo",
                                  "Image of our waiting room", "Photo of Dr. Lee",
                                  "X-ray of a broken wrist", "Step 2"])
def test_an_image_named_by_a_description_is_left_alone(name):
    assert _verdict("image-alt-not-alternative", name=name) is None


def test_an_alternative_that_calls_its_image_decoration_is_a_violation():
    verdict = _verdict("image-alt-says-decorative", name="decorative swirly line divider")
    assert verdict[0] == "violation"
    assert _verdict("image-alt-says-decorative", name="Dr. Lee at the front desk") is None
    # "spacer" alone is a placeholder, reported once, by the placeholder rule
    assert _verdict("image-alt-says-decorative", name="spacer") is None


def test_a_name_on_an_element_aria_forbids_to_name_is_a_violation():
    verdict = _verdict("aria-name-prohibited", role="div", attributes=["aria-label"])
    assert verdict[0] == "violation" and "aria-label" in verdict[1]


def test_page_titles():
    for title in ("Untitled document", "Untitled-1", "New Page 1", "index.html", "Document"):
        assert _verdict("page-title-not-descriptive", name=title)[0] == "violation", title
    for title in ("Flu shots | Lakeside Family Clinic", "Home", "Our doctors", "Contact us"):
        assert _verdict("page-title-not-descriptive", name=title) is None, title


def test_frame_titles():
    assert _verdict("frame-title-placeholder", name="iframe")[0] == "violation"
    assert _verdict("frame-title-placeholder", name="Map to our clinic") is None


def test_focus_is_a_violation_unless_the_comparison_could_not_decide():
    assert _verdict("focus-not-visible", unsure=False, outline="none")[0] == "violation"
    assert _verdict("focus-not-visible", unsure=True, outline="none")[0] == "needs-review"


def test_pointer_handlers():
    base = {"events": ["onclick"], "keyboard": False, "content": True, "reached": False,
            "role": ""}
    assert _verdict("pointer-only-handler", **base)[0] == "violation"
    assert _verdict("pointer-only-handler", **{**base, "keyboard": True})[0] == "needs-review"
    # a card around a link, or an empty layer (a modal's backdrop): not judged
    assert _verdict("pointer-only-handler", **{**base, "reached": True}) is None
    assert _verdict("pointer-only-handler", **{**base, "content": False}) is None


def test_generic_link_text_needs_review_only():
    assert _verdict("link-text-generic", name="Click here.")[0] == "needs-review"
    assert _verdict("link-text-generic", name="Read more")[0] == "needs-review"
    assert _verdict("link-text-generic", name="Read more about flu shots") is None


def test_audio_without_transcript_needs_review_only():
    audio = {"kind": "audio", "autoplay": False, "loop": False, "muted": False,
             "controls": True, "transcript": False, "pause_control": False, "seconds": 30.0}
    assert _verdict("audio-without-transcript", **audio)[0] == "needs-review"
    assert _verdict("audio-without-transcript", **{**audio, "transcript": True}) is None
    assert _verdict("audio-without-transcript", **{**audio, "kind": "video"}) is None


AUTOPLAY = {"kind": "audio", "autoplay": True, "loop": False, "muted": False,
            "controls": False, "transcript": False, "pause_control": False, "seconds": 30.0,
            "sound": True, "others": True}


def test_autoplaying_sound_that_cannot_be_paused_fails_1_4_2():
    verdict = _verdict("media-autoplay-cannot-pause", **AUTOPLAY)
    assert verdict[0] == "violation" and verdict[2] == ["1.4.2"]
    # three seconds or less, controls, or not playing by itself: no failure
    assert _verdict("media-autoplay-cannot-pause", **{**AUTOPLAY, "seconds": 2.0}) is None
    assert _verdict("media-autoplay-cannot-pause", **{**AUTOPLAY, "controls": True}) is None
    assert _verdict("media-autoplay-cannot-pause", **{**AUTOPLAY, "autoplay": False}) is None
    # a length not known yet, or a pause control somewhere on the page: a person checks
    for unsure in ({"seconds": None}, {"pause_control": True}):
        assert _verdict("media-autoplay-cannot-pause", **{**AUTOPLAY, **unsure})[0] == \
            "needs-review"


def test_a_muted_looping_video_fails_2_2_2_only():
    video = {**AUTOPLAY, "kind": "video", "muted": True, "sound": False, "loop": True,
             "seconds": None}
    verdict = _verdict("media-autoplay-cannot-pause", **video)
    assert verdict[0] == "violation" and verdict[2] == ["2.2.2"]
    # a muted clip of four seconds neither sounds nor moves for long; a video alone on its
    # page is not beside other content
    assert _verdict("media-autoplay-cannot-pause",
                    **{**video, "loop": False, "seconds": 4.0}) is None
    assert _verdict("media-autoplay-cannot-pause", **{**video, "others": False}) is None


def test_a_video_whose_sound_is_not_known_asks_about_1_4_2():
    video = {**AUTOPLAY, "kind": "video", "sound": None, "others": False}
    verdict = _verdict("media-autoplay-cannot-pause", **video)
    assert verdict[0] == "needs-review" and verdict[2] == ["1.4.2"]
    # with other content beside it, its motion is a known failure of 2.2.2
    verdict = _verdict("media-autoplay-cannot-pause", **{**video, "others": True})
    assert verdict[0] == "violation" and verdict[2] == ["2.2.2"]
    assert _verdict("media-autoplay-cannot-pause", **{**video, "sound": False}) is None


SPANISH = ("Nuestra clínica abre de lunes a viernes, de nueve de la mañana a cinco de la tarde."
           " Llame para pedir una cita con uno de nuestros médicos de familia.")


def test_language_that_does_not_match_the_text():
    """CLD2 reads the text; enough words make a violation, a few only ask for review."""
    assert _verdict("lang-does-not-match-text", lang="en", text=SPANISH, page=True)[0] == \
        "violation"
    assert _verdict("lang-does-not-match-text", lang="es-MX", text=SPANISH, page=True) is None
    short = _verdict("lang-does-not-match-text", lang="fr", text="Book your flu shot today",
                     page=False)
    assert short is None or short[0] == "needs-review"
    # too little to read, or a tag that is no language: not judged
    assert _verdict("lang-does-not-match-text", lang="en", text="Hola amigos", page=True) is None
    assert _verdict("lang-does-not-match-text", lang="i-lux", text=SPANISH, page=True) is None


def test_language_criteria_and_image_links_in_hits():
    raw = [{"collector": "language", "xpath": "/html[1]", "data": {
        "lang": "en", "text": SPANISH, "page": True}},
           {"collector": "language", "xpath": "/html[1]/body[1]/p[1]", "data": {
               "lang": "en", "text": SPANISH, "page": False}},
           {"collector": "images", "xpath": "/html[1]/body[1]/a[1]/img[1]", "data": {
               "name": "photo.jpg", "link_only": True}}]
    assert [h.wcag for h in own.hits(raw, CONFIG)] == [["1.1.1", "2.4.4"], ["3.1.1"], ["3.1.2"]]


def test_level_a_audits_leave_out_level_aa_rules():
    raw = [{"collector": "focus", "xpath": "/html[1]/body[1]/a[1]",
            "data": {"unsure": False, "outline": "none"}}]
    assert [h.rule_id for h in own.hits(raw, CONFIG)] == ["focus-not-visible"]
    assert own.hits(raw, AuditConfig(level="A")) == []
    assert "focus" not in own.spec(AuditConfig(level="A")).argument["collectors"]
    assert own.spec(AuditConfig(level="A")).pixels is None  # 1.4.3 is level AA


def test_zoom_and_reflow_run_apart_at_their_widths_and_the_viewport_comes_back():
    spec = own.spec(AuditConfig(viewport="1024x700"))
    restore = {"width": 1024, "height": 700, "deviceScaleFactor": 1.0, "mobile": False}
    assert spec.narrow.steps == (
        ({**restore, "width": 512, "height": 350},
         {"collectors": ["clipping"], "limits": own.LIMITS}),
        ({**restore, "width": 320}, {"collectors": ["reflow"], "limits": own.LIMITS}))
    assert spec.narrow.restore == restore
    assert not {"reflow", "clipping"} & set(spec.argument["collectors"])
    assert own.spec(AuditConfig(level="A")).narrow is None  # 1.4.4 and 1.4.10 are level AA
    assert own.spec(AuditConfig(viewport="mobile")).narrow is None  # a phone's width already


def test_text_clipped_at_200_percent():
    assert _verdict("text-clipped-when-zoomed", signalled=False)[0] == "violation"
    assert _verdict("text-clipped-when-zoomed", signalled=True)[0] == "needs-review"


def test_reflow():
    wide = {"right": 608, "viewport": 320, "page": 608, "two_dimensional": False}
    assert _verdict("content-does-not-reflow", **wide)[0] == "violation"
    assert _verdict("content-does-not-reflow", **{**wide, "two_dimensional": True})[0] == \
        "needs-review"


@pytest.mark.parametrize(("content", "verdict"), [
    ("user-scalable=no", "violation"), ("user-scalable=0.5", "violation"),
    ("user-scalable=invalid", "violation"), ("maximum-scale=1.0", "violation"),
    ("maximum-scale=yes", "violation"), ("maximum-scale=invalid", "violation"),
    ("width=device-width; maximum-scale = 1.5", "violation"),
    ("user-scalable=yes, initial-scale=0.8, maximum-scale=1.5", "violation"),
    ("user-scalable=yes", None), ("user-scalable=5", None), ("maximum-scale=2.0", None),
    ("maximum-scale=-1", None), ("maximum-scale=device-width", None),
    ("width=device-width, initial-scale=1", None), ("", None),
    # the old iOS snippet, and a boolean word that Chromium reads as no (axe-core as nothing)
    ("width=device-width; initial-scale=1.0; maximum-scale=1.0; user-scalable=0;", "violation"),
    ("width=device-width, initial-scale=1, user-scalable=false", "violation"),
    ("width=device-width; initial-scale=1", None),
    ("initial-scale=1 maximum-scale=1", "violation")])
def test_a_viewport_that_stops_zoom_as_chromium_reads_it(content, verdict):
    found = _verdict("viewport-prevents-zoom", content=content)
    assert (found and found[0]) == verdict


def test_viewport_pairs_split_as_chromium_splits_them():
    assert own.viewport_pairs("width = device-width,initial-scale=1; user-scalable=no") == [
        ("width", "device-width"), ("initial-scale", "1"), ("user-scalable", "no")]
    assert own.viewport_pairs("maximum-scale, user-scalable=no") == [
        ("maximum-scale", ""), ("user-scalable", "no")]


def test_a_header_that_heads_nothing():
    found = _verdict("table-header-heads-nothing", name="Evening hours", cells=3)
    assert found[0] == "violation" and "Evening hours" in found[1]


TRAP = {"members": 2, "advice": "", "advised": [], "activatable": False,
        "key_handlers": False, "advised_works": None}


def test_a_keyboard_trap_is_a_violation_unless_a_person_may_still_get_out():
    assert _verdict("keyboard-trap", **TRAP)[0] == "violation"
    # the advised key was pressed in the trap and did not help, and nothing listens to keys
    advised = {**TRAP, "advice": "Press Ctrl+M to leave", "advised": ["Ctrl+M"],
               "advised_works": False}
    assert _verdict("keyboard-trap", **advised)[0] == "violation"
    # key handlers that a real key press may reach when a dispatched one did not
    assert _verdict("keyboard-trap", **{**advised, "key_handlers": True})[0] == "needs-review"
    # advice that names no key we could press
    assert _verdict("keyboard-trap", **{**TRAP, "advice": "Use the arrow keys to leave"})[0] \
        == "needs-review"
    # a link or button in the loop may lead out
    assert _verdict("keyboard-trap", **{**TRAP, "activatable": True})[0] == "needs-review"
    # a text field that takes focus back (validated on blur): a value typed in may let it go
    assert _verdict("keyboard-trap", **{**TRAP, "field": True})[0] == "needs-review"


def test_every_rule_carries_its_metadata():
    spec = own.spec(CONFIG)
    collectors = {*spec.argument["collectors"],
                  *(name for _, step in spec.narrow.steps for name in step["collectors"]),
                  *spec.pixels.mark["collectors"]}
    source = own.SOURCE.read_text("utf-8")
    for rule in own.RULES:
        assert rule.status in ("violation", "needs-review")
        assert rule.technique in rule.help_url
        assert rule.help_url.startswith("https://www.w3.org/WAI/")
        assert rule.checks and rule.why and rule.fix and rule.wcag
        assert rule.collector in collectors and f"collect.{rule.collector} =" in source
        assert f"## {rule.id}" in own.rules_markdown()


def test_our_engine_runs_after_the_others_whatever_the_order_asked():
    from checker.browser.engines import htmlcs, ibm, optional_engines

    config = AuditConfig(engines=["checker", "ibm", "axe", "htmlcs"])
    assert optional_engines(config) == [ibm, htmlcs, own]


def test_the_rules_command_lists_and_shows_our_checks_from_their_metadata():
    from click.testing import CliRunner

    from checker.cli.main import cli

    listed = CliRunner().invoke(cli, ["rules"])
    assert listed.exit_code == 0
    assert all(f"checker:{rule.id}" in listed.output for rule in own.RULES)
    shown = CliRunner().invoke(cli, ["rules", "show", "checker:focus-not-visible"])
    assert shown.exit_code == 0
    rule = own.BY_ID["focus-not-visible"]
    assert rule.help_url in shown.output and "F78" in shown.output
    assert " ".join(rule.fix.split()[:6]) in " ".join(shown.output.split())
    missing = CliRunner().invoke(cli, ["rules", "show", "checker:nothing"])
    assert missing.exit_code == 2 and "no check" in missing.output


def _png(rows: list[list[tuple[int, int, int]]], filters: list[int]) -> bytes:
    """An 8-bit RGB PNG with the given filter type on each row (Sub, Up, Average, Paeth
    encoded here as PNG encoders do)."""
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(
            ">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    raw, previous = b"", bytes(len(rows[0]) * 3)
    for row, kind in zip(rows, filters, strict=True):
        line = bytes(c for pixel in row for c in pixel)
        out = bytearray()
        for i, value in enumerate(line):
            left = line[i - 3] if i >= 3 else 0
            up, corner = previous[i], previous[i - 3] if i >= 3 else 0
            if kind == 0:
                predicted = 0
            elif kind == 1:
                predicted = left
            elif kind == 2:
                predicted = up
            elif kind == 3:
                predicted = (left + up) // 2
            else:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                predicted = left if pa <= pb and pa <= pc else up if pb <= pc else corner
            out.append((value - predicted) & 255)
        raw += bytes([kind]) + bytes(out)
        previous = line
    header = struct.pack(">IIBBBBB", len(rows[0]), len(rows), 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def test_png_pixels_read_every_filter_as_chromium_writes_them():
    rows = [[(10 * y + x, 200 - x, 30 * y % 256) for x in range(4)] for y in range(5)]
    assert own.png_pixels(_png(rows, [0, 1, 2, 3, 4])) == [p for row in rows for p in row]
    with pytest.raises(ValueError):
        own.png_pixels(b"GIF89a")


def test_text_over_an_image_fails_only_where_nearly_all_its_background_is_too_close():
    grey_text = {"color": "rgb(170, 170, 170)", "size": 16.0, "weight": 400}
    white_to_blue = [(255 - i, 255 - i, 255) for i in range(0, 100, 5)]
    assert _verdict("text-over-image-low-contrast", **grey_text, pixels=white_to_blue)[0] == \
        "violation"
    dark_text = {**grey_text, "color": "rgb(51, 51, 51)"}
    assert _verdict("text-over-image-low-contrast", **dark_text, pixels=white_to_blue) is None
    # translucent text is blended over each pixel first; large text needs 3:1 only
    half_black = {**grey_text, "color": "rgba(0, 0, 0, 0.5)"}
    black = [(0, 0, 0)] * 10
    assert _verdict("text-over-image-low-contrast", **half_black, pixels=black)[0] == "violation"
    mid = [(170, 170, 170)] * 10  # 9:1 against black, 2.3:1 against white
    large = {"color": "rgb(0, 0, 0)", "size": 24.0, "weight": 400}
    assert _verdict("text-over-image-low-contrast", **large, pixels=mid) is None
    assert _verdict("text-over-image-low-contrast", **{**large, "color": "rgb(255, 255, 255)"},
                    pixels=mid)[0] == "violation"
