"""--notify: a webhook receiver on 127.0.0.1 gets one JSON post per changed run and none for an
unchanged one; Slack and Teams shapes; a failed notification is a warning, never a lost run."""

from __future__ import annotations

import http.server
import json
import threading
from collections.abc import Iterator

import pytest

from tests.ci.conftest import PUBLIC, TOTAL
from tests.conftest import free_port
from tests.scheduled.conftest import AS_OF, cli
from tests.scheduled.sitegen import write_page


class Receiver(http.server.ThreadingHTTPServer):
    """A webhook endpoint that keeps what it was sent and answers `status`."""

    def __init__(self, status: int = 200) -> None:
        self.posts: list[dict] = []
        self.status = status
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's name
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.posts.append({"path": self.path, "type": self.headers["Content-Type"],
                                       "json": json.loads(body)})
                self.send_response(receiver.status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        super().__init__(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server_address[1]}/hooks/T0K3N"


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    server = Receiver()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def audit(repo, *args: str, env: dict[str, str] | None = None):
    return cli("audit", PUBLIC, "--no-browser", "--as-of", AS_OF, "-q", "--fail-on",
               "serious", "--out", "out", *args, cwd=repo, env=env)


def test_one_post_per_changed_run_and_none_for_an_unchanged_one(repo, receiver):
    first = audit(repo, "--notify", "env:HOOK", env={"HOOK": receiver.url})
    assert first.returncode == 1 and first.stderr == ""
    assert len(receiver.posts) == 1  # a site's first run is news
    summary = receiver.posts[0]["json"]
    assert receiver.posts[0]["type"] == "application/json"
    assert summary["site"] == PUBLIC and summary["passed"] is False
    assert summary["verdict"].startswith("Failed: ")
    assert summary["counts"]["failing"] >= 2 and summary["report"].endswith("index.html")

    audit(repo, "--notify", receiver.url)  # nothing changed
    assert len(receiver.posts) == 1
    audit(repo, "--notify", receiver.url, "--notify-always")
    assert len(receiver.posts) == 2

    write_page(repo / PUBLIC, 4, TOTAL, ("cure",), revision=2)  # a new claim
    audit(repo, "--notify", receiver.url)
    assert len(receiver.posts) == 3
    news = receiver.posts[2]["json"]
    assert news["changed"] is True and news["counts"]["new"] >= 1
    assert {f["url"].rsplit("/", 1)[1] for f in news["new_findings"]} == {"note-004.html"}
    assert news["previous_run"] == receiver.posts[1]["json"]["run"]


def test_slack_and_teams_shapes(repo, receiver):
    audit(repo, "--notify", receiver.url, "--notify-format", "slack")
    audit(repo, "--notify", receiver.url, "--notify-format", "teams", "--notify-always")
    slack, teams = (p["json"] for p in receiver.posts)
    assert slack["text"].startswith(f"❌ clinic-checker {PUBLIC}: Failed")
    assert slack["blocks"][0]["text"]["type"] == "mrkdwn"
    (attachment,) = teams["attachments"]
    assert attachment["contentType"] == "application/vnd.microsoft.card.adaptive"
    assert attachment["content"]["type"] == "AdaptiveCard"
    assert attachment["content"]["body"][0]["text"].startswith(f"❌ clinic-checker {PUBLIC}")


def test_a_failed_notification_is_a_warning_not_a_lost_run(repo, receiver):
    receiver.status = 500
    proc = audit(repo, "--notify", receiver.url, "--notify", "env:UNSET_HOOK_VAR")
    assert proc.returncode == 1  # the gate's exit code, as without --notify
    warnings = proc.stderr.strip().splitlines()
    assert len(warnings) == 2 and all(w.startswith("clinic-checker: warning:") for w in warnings)
    assert "answered 500" in warnings[0] and "T0K3N" not in proc.stderr
    assert "UNSET_HOOK_VAR" in warnings[1]
    assert (repo / "out" / "index.html").is_file()


def test_the_webhook_url_is_not_stored_with_the_run(repo, receiver):
    audit(repo, "--notify", receiver.url)
    history = json.loads(cli("history", "--json", cwd=repo).stdout)
    assert "T0K3N" not in json.dumps(history)
    assert "T0K3N" not in (repo / "out" / "results.json").read_text()


def test_mail_over_smtp_for_changed_runs_only(repo):
    from aiosmtpd.controller import Controller
    from aiosmtpd.handlers import Message

    class Inbox(Message):
        def __init__(self) -> None:
            super().__init__()
            self.messages: list = []

        def handle_message(self, message) -> None:
            self.messages.append(message)

    inbox = Inbox()
    port = str(free_port())
    controller = Controller(inbox, hostname="127.0.0.1", port=int(port))
    controller.start()
    try:
        args = ("--notify-email", "web@clinic.test", "--smtp", "host=127.0.0.1",
                "--smtp", f"port={port}", "--smtp", "from=audit@clinic.test")
        assert audit(repo, *args).returncode == 1
        audit(repo, *args)  # unchanged: no mail
    finally:
        controller.stop()
    (message,) = inbox.messages
    assert message["To"] == "web@clinic.test" and message["From"] == "audit@clinic.test"
    assert f"clinic-checker {PUBLIC}: Failed" in message["Subject"]
    assert "failing the gate" in message.get_payload(decode=True).decode()
