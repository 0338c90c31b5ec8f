"""A small clinic staging site behind a login form, on 127.0.0.1: a real HTTP server.

POST /login with the right username and password sets a session cookie and redirects to
/account; every other page without a live session redirects to /login?next=PATH. /logout
ends the session. Pages look like WordPress (generator meta, body class page-id-N) and carry
a cure claim and an image without alt text, so an audit behind the login has findings.
"""

from __future__ import annotations

import http.server
import secrets
import threading
from urllib.parse import parse_qs, urlsplit

from tests.conftest import LocalServer

USERNAME = "staff"
PASSWORD = "S3cret-Pa55word-42"  # what the tests look for in every output

PAGES = {  # path -> (title, WordPress page id)
    "/": ("Home", 2),
    "/services": ("Services", 11),
    "/contact": ("Contact", 12),
    "/account": ("Your account", 13),
}
HIDDEN = "/unlinked"  # listed in the sitemap (behind the login), linked from no page
NAV = "".join(f'<a href="{path}">{title}</a> ' for path, (title, _) in PAGES.items())
LOGIN_FORM = """<!doctype html><html lang="en"><head><title>Log in</title></head><body><main>
<h1>Staff log in</h1>{message}<form method="post" action="/login">
<label for="username">Username</label> <input id="username" name="username">
<label for="password">Password</label> <input id="password" name="password" type="password">
<input type="hidden" name="next" value="{next}">
<button type="submit">Log in</button></form></main></body></html>"""


def page_html(title: str, page_id: int) -> str:
    return f"""<!doctype html><html lang="en"><head><title>{title}</title>
<meta name="generator" content="WordPress 6.6.2"></head>
<body class="page-template-default page page-id-{page_id}"><header><nav>{NAV}
<a href="/logout">Log out</a></nav></header><main><h1>{title}</h1>
<p>Our IV drip cures chronic fatigue.</p><img src="/pixel.gif"></main></body></html>"""


class LoginSite(LocalServer):
    """The server and what it saw: logins that worked and failed, pages served."""

    def __init__(self) -> None:
        self.sessions: set[str] = set()
        self.logins_ok = 0
        self.logins_failed = 0
        self.logouts = 0
        self.served: list[str] = []  # paths served with their content (logged in)
        # A session of the browser (not of the crawler's requests) ends after this many
        # pages, as a site that expires sessions would: None keeps them.
        self.browser_session_pages: int | None = None
        self.pages_per_sid: dict[str, int] = {}
        self.lock = threading.Lock()
        site = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                pass

            def do_GET(self) -> None:  # noqa: N802
                site.get(self)

            def do_POST(self) -> None:  # noqa: N802
                site.post(self)

        super().__init__(Handler)
        self.url = self.url.rstrip("/")  # the site's origin: tests append paths to it

    def logged_in(self, handler: http.server.BaseHTTPRequestHandler) -> bool:
        cookies = handler.headers.get("Cookie") or ""
        sids = [c.strip()[4:] for c in cookies.split(";") if c.strip().startswith("sid=")]
        browser = "Chrome" in (handler.headers.get("User-Agent") or "")
        with self.lock:
            live = [sid for sid in sids if sid in self.sessions]
            for sid in live:
                self.pages_per_sid[sid] = self.pages_per_sid.get(sid, 0) + 1
                limit = self.browser_session_pages
                if browser and limit is not None and self.pages_per_sid[sid] >= limit:
                    self.sessions.discard(sid)  # this page is its last
            return bool(live)

    def get(self, handler: http.server.BaseHTTPRequestHandler) -> None:
        path = urlsplit(handler.path).path
        if path == "/login":
            return send(handler, 200, LOGIN_FORM.format(message="", next="/account"))
        if path == "/logout":
            with self.lock:
                self.logouts += 1
                self.sessions.clear()
            return redirect(handler, "/login")
        if path == "/sitemap.xml" and self.logged_in(handler):  # behind the login too
            urls = "".join(f"<url><loc>{self.url}{p}</loc></url>" for p in (*PAGES, HIDDEN))
            return send(handler, 200, '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns='
                        f'"http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>',
                        "application/xml")
        if path == HIDDEN and self.logged_in(handler):
            return send(handler, 200, page_html("Linked from the sitemap only", 99))
        if path == "/pixel.gif":
            return send(handler, 200, "GIF89a", "image/gif")
        if path not in PAGES:
            return send(handler, 404, "<!doctype html><title>Not found</title>")
        if not self.logged_in(handler):
            return redirect(handler, f"/login?next={path}")
        with self.lock:
            self.served.append(path)
        return send(handler, 200, page_html(*PAGES[path]))

    def post(self, handler: http.server.BaseHTTPRequestHandler) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        form = parse_qs(handler.rfile.read(length).decode("utf-8"))
        if urlsplit(handler.path).path != "/login":
            return send(handler, 405, "")
        if form.get("username") == [USERNAME] and form.get("password") == [PASSWORD]:
            sid = secrets.token_hex(16)
            with self.lock:
                self.logins_ok += 1
                self.sessions.add(sid)
            return redirect(handler, "/account", cookie=f"sid={sid}; Path=/; HttpOnly")
        with self.lock:
            self.logins_failed += 1
        message = '<p role="alert">Wrong username or password.</p>'
        return send(handler, 200, LOGIN_FORM.format(message=message, next="/account"))


def send(handler: http.server.BaseHTTPRequestHandler, status: int, body: str,
         content_type: str = "text/html; charset=utf-8") -> None:
    data = body.encode("utf-8")
    handler.send_response(status)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(data)))
    handler.end_headers()
    handler.wfile.write(data)


def redirect(handler: http.server.BaseHTTPRequestHandler, location: str,
             cookie: str | None = None) -> None:
    handler.send_response(303 if handler.command == "POST" else 302)
    handler.send_header("Location", location)
    if cookie:
        handler.send_header("Set-Cookie", cookie)
    handler.send_header("Content-Length", "0")
    handler.end_headers()
