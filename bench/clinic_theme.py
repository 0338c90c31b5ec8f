"""A generated clinic site as WordPress clinic themes render them: 30-56 KB pages (long
articles, a mega-menu, sidebars, a four-column footer) with 20-40 requests each (theme and
plugin CSS and JS, web fonts, images), some shared across pages, some on "third-party" hosts.

Everything is made in memory, deterministically from a seed: `build_site()` returns the
files by path and the page paths. Third-party URLs name hosts under `.test` with the site's
port left as `{port}` (filled in when served); the benchmark maps those names to 127.0.0.1
(Chromium's --host-resolver-rules; the checker's guard through a patched resolver), so no
name is ever looked up in real DNS.

Barriers are seeded on purpose (missing alt texts, an unlabeled field, an empty link, low
contrast on some pages, an icon button without a name injected by a "chat widget" script),
so the findings compared between the checker and the bare loop are not an empty set.
"""

from __future__ import annotations

import random
import struct
import zlib
from dataclasses import dataclass, field
from pathlib import Path

THIRD_PARTY = {
    "fonts": "fonts.clinic-cdn.test",
    "fontfiles": "static.clinic-cdn.test",
    "js": "cdn.jslib.test",
    "chat": "widget.chatvendor.test",
    "maps": "maps.mapvendor.test",
}
FONT_FILES = [Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
              Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
              Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")]

SERVICES = ["Botox", "Ketamine Therapy", "TMS Therapy", "IV Therapy", "Medical Weight Loss",
            "Acne Treatment", "Laser Hair Removal", "Physiotherapy", "Nutrition Counselling",
            "Sleep Medicine", "Dermal Fillers", "Hormone Therapy", "Chemical Peels",
            "Microneedling", "Sports Medicine", "Allergy Testing"]
WORDS = ("patient clinic treatment provider consultation appointment therapy session care "
         "medical history symptoms results recovery plan dose skin health doctor nurse "
         "practitioner evidence study option procedure follow-up visit insurance cost "
         "risk benefit side effects swelling redness comfort schedule team experience "
         "licensed certified assessment program support goals lifestyle diet exercise "
         "sleep stress condition chronic acute pain relief monitoring safety local "
         "anaesthetic cream gentle minutes weeks months typically usually may might "
         "several most many some our your the a an and or with for to of in on at by "
         "from about before after during while when which that this these those").split()


@dataclass
class Site:
    files: dict[str, tuple[str, bytes]] = field(default_factory=dict)  # path -> (type, body)
    pages: list[str] = field(default_factory=list)  # page paths, home first

    def page_bytes(self) -> list[int]:
        return [len(self.files[p][1]) for p in self.pages]


def _sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def _paragraph(rng: random.Random) -> str:
    return " ".join(_sentence(rng, rng.randint(9, 18)) for _ in range(rng.randint(3, 6)))


def _png(width: int, height: int, seed: int) -> bytes:
    """A real greyscale PNG of quantized noise: it compresses about as well as a photo's
    JPEG (a flat fill would be a few bytes)."""
    rng = random.Random(seed)
    levels = bytes((i // 16) * 16 for i in range(256))
    raw = zlib.compress(b"".join(b"\0" + rng.randbytes(width).translate(levels)
                                 for _ in range(height)), 6)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw)
            + chunk(b"IEND", b""))


def _svg(label: str, colour: str) -> bytes:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24">'
            f'<title>{label}</title><circle cx="12" cy="12" r="10" fill="{colour}"/></svg>'
            ).encode()


def _css(rng: random.Random, name: str, rules: int) -> bytes:
    """A theme stylesheet: many selectors a real theme has; the ones the pages use set their
    look (fonts from the font host, the low-contrast class on some pages)."""
    out = [f"/* {name} */",
           "body{font-family:'Clinic Sans',Arial,sans-serif;color:#222;margin:0;"
           "line-height:1.6}",
           "h1,h2,h3{font-family:'Clinic Serif',Georgia,serif;color:#0b3d5c}",
           ".site-header{background:#0b3d5c;color:#fff}.site-header a{color:#fff}",
           ".mega-menu .sub-menu{display:none;position:absolute}"
           ".mega-menu li:hover>.sub-menu{display:block}",
           ".layout{display:grid;grid-template-columns:3fr 1fr;gap:2rem;padding:2rem}",
           ".site-footer{background:#102a3a;color:#eee}.site-footer a{color:#cde}",
           ".pale{color:#b5b5b5;background:#fff}",
           "img{max-width:100%;height:auto}"]
    for index in range(rules):
        out.append(f".wp-block-{rng.choice(WORDS)}-{index} .has-{rng.choice(WORDS)}"
                   f"{{margin:{index % 7}px {index % 5}px;padding:{index % 3}em;"
                   f"border:1px solid #{index * 2654435761 % 0xFFFFFF:06x}}}")
    return "\n".join(out).encode()


def _js(rng: random.Random, name: str, functions: int, body: str = "") -> bytes:
    """A script of many small functions (parsed, mostly not run, like a library) and a
    little code that runs on load."""
    out = [f"/* {name} */", "(function(){'use strict';"]
    for index in range(functions):
        a, b = rng.choice(WORDS), rng.choice(WORDS)
        out.append(f"function {a}_{b}_{index}(x,y){{var r=[];for(var i=0;i<(x||3);i++)"
                   f"{{r.push(String(y||'{a}')+i)}}return r.join('{b}')}}")
    out.append(body)
    out.append("})();")
    return "\n".join(out).encode()


MENU_JS = """document.querySelectorAll('.mega-menu > li').forEach(function (li) {
  li.addEventListener('mouseenter', function () { li.classList.add('open'); });
  li.addEventListener('mouseleave', function () { li.classList.remove('open'); });
});"""
# The chat widget adds an icon button without a name after load (a real, common barrier).
CHAT_JS = """window.addEventListener('DOMContentLoaded', function () {
  var b = document.createElement('button');
  b.className = 'chat-launcher';
  b.innerHTML = '<svg width="20" height="20"><circle cx="10" cy="10" r="8"/></svg>';
  document.body.appendChild(b);
});"""


def _font_css(port_placeholder: str) -> bytes:
    host = f"http://{THIRD_PARTY['fontfiles']}:{port_placeholder}"
    faces = [("Clinic Sans", 400, "fonts/sans.ttf"), ("Clinic Sans", 700, "fonts/sans-bold.ttf"),
             ("Clinic Serif", 400, "fonts/serif.ttf")]
    return "\n".join(
        f"@font-face{{font-family:'{family}';font-weight:{weight};font-display:swap;"
        f"src:url({host}/{path}) format('truetype')}}" for family, weight, path in faces
    ).encode()


def _slug(text: str) -> str:
    return text.lower().replace(" ", "-")


def build_site(pages: int = 50, seed: int = 17) -> Site:
    """`pages` interlinked pages (home, then service and blog pages) and their assets."""
    rng = random.Random(seed)
    site = Site()
    port = "{port}"
    ext = {key: f"http://{host}:{port}" for key, host in THIRD_PARTY.items()}
    shared_css = ["/wp-content/themes/clinica/style.css",
                  "/wp-includes/css/dist/block-library/style.min.css",
                  "/wp-content/plugins/clinic-forms/css/forms.css"]
    for index, path in enumerate(shared_css):
        site.files[path] = ("text/css", _css(rng, path, [900, 500, 120][index]))
    site.files["/css2"] = ("text/css", _font_css(port))
    for path, font in zip(("/fonts/sans.ttf", "/fonts/sans-bold.ttf", "/fonts/serif.ttf"),
                          FONT_FILES, strict=True):
        site.files[path] = ("font/ttf", font.read_bytes())
    shared_js = {"/wp-content/themes/clinica/js/theme.js": _js(rng, "theme", 300, MENU_JS),
                 "/wp-content/plugins/clinic-forms/js/forms.js": _js(rng, "forms", 120),
                 "/wp-includes/js/wp-embed.min.js": _js(rng, "embed", 20),
                 "/jquery/3.7.1/jquery.min.js": _js(rng, "jquery", 700),
                 "/chat/loader.js": _js(rng, "chat", 150, CHAT_JS),
                 "/maps/embed.js": _js(rng, "maps", 80)}
    for path, body in shared_js.items():
        site.files[path] = ("application/javascript", body)
    site.files["/wp-content/uploads/logo.png"] = ("image/png", _png(200, 60, 1))
    for name in ("facebook", "instagram", "linkedin", "youtube", "x"):
        site.files[f"/wp-content/themes/clinica/icons/{name}.svg"] = (
            "image/svg+xml", _svg(name, "#0b3d5c"))
    staff = [f"/wp-content/uploads/staff-{i}.png" for i in range(6)]
    for i, path in enumerate(staff):
        site.files[path] = ("image/png", _png(160, 160, 100 + i))
    badges = [f"/wp-content/uploads/badge-{i}.png" for i in range(3)]
    for i, path in enumerate(badges):
        site.files[path] = ("image/png", _png(120, 60, 200 + i))

    names = ["index"] + [f"services/{_slug(SERVICES[i % len(SERVICES)])}-{i}"
                         if i % 3 else f"blog/{_slug(SERVICES[i % len(SERVICES)])}-guide-{i}"
                         for i in range(1, pages)]
    site.pages = [f"/{name}.html" if name != "index" else "/" for name in names]
    menu = _mega_menu(rng, site.pages)
    for index, path in enumerate(site.pages):
        page_rng = random.Random(seed * 1000 + index)
        images = []
        for k in range(page_rng.randint(3, 7)):
            image = f"/wp-content/uploads/2026/{index}-{k}.png"
            site.files[image] = ("image/png", _png(320, 200, seed * 7919 + index * 31 + k))
            images.append(image)
        html = _page(page_rng, index, path, site.pages, menu, images, staff, badges, ext)
        site.files[path] = ("text/html; charset=utf-8", html.encode())
    return site


def _mega_menu(rng: random.Random, pages: list[str]) -> str:
    items = []
    for top in ("Treatments", "Conditions", "Aesthetics", "Wellness", "Our Clinic", "Resources"):
        links = "".join(f'<li class="menu-item"><a href="{rng.choice(pages)}">'
                        f'{rng.choice(SERVICES)}</a></li>' for _ in range(rng.randint(8, 14)))
        items.append(f'<li class="menu-item menu-item-has-children"><a href="#">{top}</a>'
                     f'<ul class="sub-menu"><li class="mega-column"><ul>{links}</ul></li>'
                     f'</ul></li>')
    return f'<nav class="main-navigation" aria-label="Main"><ul class="mega-menu">' \
           f'{"".join(items)}</ul></nav>'


def _page(rng: random.Random, index: int, path: str, pages: list[str], menu: str,
          images: list[str], staff: list[str], badges: list[str], ext: dict[str, str]) -> str:
    title = path.strip("/").split("/")[-1].replace(".html", "").replace("-", " ").title() \
        or "Home"
    sections = []
    for k in range(rng.randint(10, 19)):
        body = "".join(f"<p>{_paragraph(rng)}</p>" for _ in range(rng.randint(2, 4)))
        if k % 4 == 1:
            body += "<ul>" + "".join(f"<li>{_sentence(rng, 8)}</li>" for _ in range(5)) + "</ul>"
        if k < len(images):
            alt = "" if (index + k) % 4 == 0 else f' alt="{title} photo {k}"'
            body += (f'<figure class="wp-block-image"><img src="{images[k]}" width="320" '
                     f'height="200" loading="eager"{alt}></figure>')
        sections.append(f'<section class="wp-block-group"><h2>{_sentence(rng, 4)[:-1]}</h2>'
                        f"{body}</section>")
    faq = "".join(f"<details><summary>{_sentence(rng, 7)[:-1]}?</summary><p>"
                  f"{_paragraph(rng)}</p></details>" for _ in range(rng.randint(3, 6)))
    team = "".join(f'<figure><img src="{s}" width="160" height="160" alt="Dr. {rng.choice(WORDS)}'
                   f'"><figcaption>{_sentence(rng, 3)}</figcaption></figure>'
                   for s in rng.sample(staff, 3))
    pale = ' class="pale"' if index % 5 == 2 else ""
    form = ("<form class='clinic-form'><label>Name <input name='name'></label>"
            + ("<input name='email' placeholder='Email'>" if index % 4 == 1
               else "<label>Email <input name='email' type='email'></label>")
            + "<button>Request a call</button></form>")
    related = "".join(f'<li><a href="{pages[(index + k) % len(pages)]}">{_sentence(rng, 5)}</a>'
                      f"</li>" for k in range(1, 9))
    recent = "".join(f'<li><a href="{rng.choice(pages)}">{_sentence(rng, 6)}</a></li>'
                     for _ in range(8))
    categories = "".join(f'<li><a href="{rng.choice(pages)}">{s}</a></li>'
                         for s in rng.sample(SERVICES, 12))
    social = "".join(f'<a href="https://www.{n}.example/clinic"><img src="/wp-content/themes/'
                     f'clinica/icons/{n}.svg" width="24" height="24" alt="{n.title()}"></a>'
                     for n in ("facebook", "instagram", "linkedin", "youtube", "x"))
    empty_link = '<a href="/" class="logo-link"><img src="/wp-content/uploads/logo.png" ' \
                 'width="200" height="60"' + ('' if index % 6 == 3 else ' alt="Clinica"') + '></a>'
    hours = "".join(f"<tr><th scope='row'>{d}</th><td>8:00-18:00</td></tr>"
                    for d in ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat"))
    map_embed = (f'<script src="{ext["maps"]}/maps/embed.js" defer></script>'
                 if index % 3 == 0 else "")
    schema = ('<script type="application/ld+json">{"@context":"https://schema.org",'
              '"@type":"MedicalClinic","name":"Clinica","address":{"@type":"PostalAddress",'
              '"streetAddress":"1 Example Street","addressLocality":"Springfield"},'
              '"openingHours":"Mo-Fr 08:00-18:00","telephone":"+1-555-0100"}</script>')
    return f"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | Clinica Medical &amp; Aesthetics</title>
<meta name="description" content="{_sentence(rng, 20)}">
<link rel="stylesheet" href="/wp-content/themes/clinica/style.css">
<link rel="stylesheet" href="/wp-includes/css/dist/block-library/style.min.css">
<link rel="stylesheet" href="/wp-content/plugins/clinic-forms/css/forms.css">
<link rel="stylesheet" href="{ext['fonts']}/css2?family=Clinic+Sans">
<style>.page-id-{index} .hero{{background:#eef6f9;padding:2rem}}</style>
{schema}
<script src="{ext['js']}/jquery/3.7.1/jquery.min.js"></script>
</head>
<body class="page-template-default page page-id-{index}">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="top-bar"><span>Call us: +1 555 0100</span> <span>1 Example Street,
Springfield</span> {social}</div>
<header class="site-header">{empty_link}{menu}</header>
<div class="layout"><main id="content">
<nav class="breadcrumbs" aria-label="Breadcrumb"><a href="/">Home</a> / {title}</nav>
<article class="hero"><h1>{title}</h1><p{pale}>{_paragraph(rng)}</p>
{''.join(sections)}
<h2>Frequently asked questions</h2>{faq}
<h2>Meet the team</h2><div class="team">{team}</div>
<h2>Request an appointment</h2>{form}
<h2>Related</h2><ul>{related}</ul>
</article></main>
<aside class="sidebar"><form role="search"><label>Search <input type="search" name="s">
</label></form>
<h2>Recent posts</h2><ul>{recent}</ul>
<h2>Categories</h2><ul>{categories}</ul>
<div class="cta"><h2>Book a consultation</h2><p>{_sentence(rng, 14)}</p>
<a href="/" class="button">Book now</a></div></aside></div>
<footer class="site-footer"><div class="footer-columns">
<div><h2>About Clinica</h2><p>{_paragraph(rng)}</p></div>
<div><h2>Services</h2><ul>{categories}</ul></div>
<div><h2>Opening hours</h2><table>{hours}</table></div>
<div><h2>Accreditations</h2>{''.join(f'<img src="{b}" width="120" height="60" alt="Badge">'
                                       for b in badges)}</div>
</div><p>&copy; 2026 Clinica. {social}</p></footer>
<script src="/wp-content/themes/clinica/js/theme.js"></script>
<script src="/wp-content/plugins/clinic-forms/js/forms.js"></script>
<script src="/wp-includes/js/wp-embed.min.js"></script>
<script src="{ext['chat']}/chat/loader.js" async></script>
{map_embed}
</body></html>
"""
