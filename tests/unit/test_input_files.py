"""Every file the user hands the checker (config, rule pack, baseline, waivers, verdicts, URL
list) is read as a regular file of bounded size: a multi-gigabyte file given by mistake, a
FIFO or a device is one ConfigError line (exit 2), at once, never an out-of-memory kill or a
run that waits for a writer that never comes."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from checker.configfile import parse_project
from checker.content.rules import read_pack
from checker.crawl.seeds import read_url_list
from checker.gate.baseline import load_baseline
from checker.gate.review_file import read_verdicts_file
from checker.gate.waivers import load_waivers
from checker.settings import ConfigError
from checker.settings.inputs import INPUT_MAX_BYTES

pytestmark = pytest.mark.timeout(20)

READERS: dict[str, tuple[str, Callable[[Path], object]]] = {
    "config": ("clinic-checker.toml", parse_project),
    "rule pack": ("pack.yaml", read_pack),
    "baseline": ("baseline.json", load_baseline),
    "waivers": ("waivers.yaml", load_waivers),
    "waivers (toml)": ("waivers.toml", load_waivers),
    "verdicts": ("verdicts.json", read_verdicts_file),
    "url list": ("urls.txt", read_url_list),
}


@pytest.mark.parametrize("kind", READERS)
def test_a_file_over_the_input_cap_is_one_line_without_being_read(tmp_path: Path,
                                                                   kind: str) -> None:
    name, read = READERS[kind]
    path = tmp_path / name
    with path.open("wb") as handle:  # sparse: 8 GB that take no disk and, read, all memory
        handle.truncate(8 * 1024**3)
    with pytest.raises(ConfigError) as raised:
        read(path)
    message = str(raised.value)
    assert "\n" not in message and str(path) in message and "MB" in message


@pytest.mark.parametrize("kind", READERS)
def test_a_fifo_is_one_line_without_waiting_for_a_writer(tmp_path: Path, kind: str) -> None:
    name, read = READERS[kind]
    path = tmp_path / name
    os.mkfifo(path)
    with pytest.raises(ConfigError, match="not a regular file"):
        read(path)


@pytest.mark.parametrize("kind", ["baseline", "waivers", "verdicts", "url list"])
def test_a_device_is_one_line(kind: str) -> None:
    _, read = READERS[kind]
    with pytest.raises(ConfigError, match="not a regular file"):
        read(Path("/dev/zero"))


def test_a_file_at_the_cap_is_read(tmp_path: Path) -> None:
    path = tmp_path / "urls.txt"
    line = b"http://127.0.0.1/\n"
    path.write_bytes(line + b"#" * (INPUT_MAX_BYTES - len(line) - 1) + b"\n")
    assert read_url_list(path) == ["http://127.0.0.1/"]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig", "utf-16-be", "utf-32"])
def test_a_url_list_saved_by_a_windows_editor_is_read(tmp_path: Path, encoding: str) -> None:
    """Each encoding an editor saves with a byte-order mark (UTF-16 big-endian with its BOM
    written by hand: Python's "utf-16-be" writes none), CRLF lines and a comment."""
    data = "# pages\r\nhttp://127.0.0.1/about\r\nhttp://127.0.0.1/orphan\r\n".encode(encoding)
    path = tmp_path / "urls.txt"
    path.write_bytes(b"\xfe\xff" + data if encoding == "utf-16-be" else data)
    assert read_url_list(path) == ["http://127.0.0.1/about", "http://127.0.0.1/orphan"]


def test_a_utf8_byte_order_mark_is_read_past(tmp_path: Path) -> None:
    # Windows editors (Notepad) save UTF-8 with a BOM; TOML and JSON parsers refuse it
    # ("Invalid statement (at line 1, column 1)"), as --urls files never did.
    config = tmp_path / "clinic-checker.toml"
    config.write_bytes(b"\xef\xbb\xbfmax_pages = 3\n")
    assert parse_project(config).defaults["max_pages"] == 3
    waivers = tmp_path / "waivers.toml"
    waivers.write_bytes(b"\xef\xbb\xbfwaivers = []\n")
    assert load_waivers(waivers) == []
