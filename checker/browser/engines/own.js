// clinic-checker's own checks (engine `checker`): what each rule reads in a document. The
// verdicts are made in Python (checker/browser/engines/own.py), where each rule's metadata and
// its judge live; a collector only gathers the facts its rule judges, on rendered content, in
// the document it runs in (frames.py runs it in every frame). The one exception is the focus
// check, which must compare styles in the page: it returns only the elements whose look did not
// change when they took focus, with what it saw.
var __ccOwn = (function () {
  var FOCUSABLE = 'a[href], area[href], button, input:not([type=hidden]), select, textarea,' +
      ' summary, iframe, [contenteditable=""], [contenteditable=true], audio[controls],' +
      ' video[controls], [tabindex]';
  var POINTER_EVENTS = ['onclick', 'onmousedown', 'onmouseup', 'ondblclick', 'onmouseover',
                        'onmouseenter'];
  var KEY_EVENTS = ['onkeydown', 'onkeyup', 'onkeypress', 'onfocus', 'onfocusin'];
  // what a focus indicator can change, on the element, around it and in its pseudo-elements:
  // only what is drawn (an outline of style none has a width all the same, and it changes)
  var PLAIN = ['box-shadow', 'background-color', 'background-image', 'color', 'font-weight',
               'opacity', 'transform', 'filter', 'visibility', 'display'];
  var BULLET = /^\s*[\u2022\u00b7\u25aa\u25ab\u25cf\u25cb\u25e6\u2023\u2043\u2219\u25a0\u25a1]\s*\S/;

  function shown(el) {
    if (!el.isConnected || !el.getClientRects().length) return false;
    return getComputedStyle(el).visibility === 'visible';
  }
  function hiddenFromAT(el) { return !!el.closest('[aria-hidden="true"], [inert]'); }
  function focusable(el) {
    return el.matches(FOCUSABLE) && !el.matches(':disabled') &&
        !(el.hasAttribute('tabindex') && el.tabIndex < 0);
  }
  function text(el) { return (el.textContent || '').replace(/\s+/g, ' ').trim(); }
  function labelledBy(el) {
    var ids = (el.getAttribute('aria-labelledby') || '').trim().split(/\s+/);
    return ids.map(function (id) {
      var target = id && document.getElementById(id);
      return target ? text(target) : '';
    }).join(' ').trim();
  }
  // The accessible name an image gets from its own attributes, in the order of HTML-AAM.
  function imageName(el) {
    return labelledBy(el) || (el.getAttribute('aria-label') || '').trim() ||
        (el.getAttribute('alt') || '').trim() || (el.getAttribute('title') || '').trim();
  }
  function snippet(el) { return el.outerHTML ? el.outerHTML.slice(0, 300) : null; }
  // The event types the page's scripts listen to on the element (read through DevTools,
  // frames.py; inline handlers among them) and its inline on... attributes.
  function listenedTypes(el) { return el.__ccListen || []; }
  function handles(el, types) {
    var listened = listenedTypes(el);
    return types.some(function (t) {
      return el.hasAttribute('on' + t) || listened.indexOf(t) >= 0;
    });
  }

  var collect = {};

  // Images with a text alternative, and whether that alternative is all their link says.
  collect.images = function () {
    var out = [];
    document.querySelectorAll('img, input[type=image], area[href], [role=img], svg').forEach(
      function (el) {
        if (hiddenFromAT(el) || (el.nodeName !== 'AREA' && !shown(el))) return;
        var name = imageName(el);
        if (!name) return;
        var link = el.closest('a[href]');
        var alone = !!link && !text(link) && !(link.getAttribute('aria-label') || '').trim() &&
            link.querySelectorAll('img, [role=img], svg').length === 1;
        out.push({el: el, name: name.slice(0, 200), link_only: alone});
      });
    return out;
  };

  // The page's title (top document only: a frame's document is not a page).
  collect.title = function (ctx) {
    if (!ctx.top || !document.title.trim()) return [];
    return [{el: document.querySelector('title') || document.documentElement,
             name: document.title.trim().slice(0, 200)}];
  };

  // Elements whose role forbids a name or a role description (ARIA 1.2: generic, paragraph,
  // emphasis, ...) but that carry one: the implicit role of their tag, or an explicit one.
  var NO_NAME_ROLES = /^(caption|code|deletion|emphasis|generic|insertion|paragraph|strong|subscript|superscript)$/;
  var NO_NAME_TAGS = /^(DIV|SPAN|P|B|I|U|S|SMALL|EM|STRONG|CODE|DEL|INS|SUB|SUP|DATA|BDI|BDO)$/;
  var NAMING = ['aria-label', 'aria-labelledby', 'aria-braillelabel'];
  var DESCRIBING_ROLE = ['aria-roledescription', 'aria-brailleroledescription'];
  collect.prohibited = function () {
    var out = [], selector = NAMING.concat(DESCRIBING_ROLE).map(function (a) {
      return '[' + a + ']';
    }).join(', ');
    document.querySelectorAll(selector).forEach(function (el) {
      var role = (el.getAttribute('role') || '').trim().toLowerCase().split(/\s+/)[0];
      if (role ? !NO_NAME_ROLES.test(role) : !NO_NAME_TAGS.test(el.nodeName)) return;
      if (focusable(el) || hiddenFromAT(el) || !shown(el)) return;
      var attributes = NAMING.filter(function (a) { return el.hasAttribute(a); });
      if (role === 'generic' || (!role && el.nodeName.match(/^(DIV|SPAN|B|I|U|S|SMALL|DATA|BDI|BDO)$/))) {
        attributes = attributes.concat(DESCRIBING_ROLE.filter(function (a) {
          return el.hasAttribute(a);
        }));
      }
      if (attributes.length) {
        out.push({el: el, role: role || el.nodeName.toLowerCase(), attributes: attributes});
      }
    });
    return out;
  };

  // Frames and their titles.
  collect.frames = function () {
    var out = [];
    document.querySelectorAll('iframe, frame').forEach(function (el) {
      if (hiddenFromAT(el) || !shown(el)) return;
      var name = (el.getAttribute('aria-label') || '').trim() || labelledBy(el) ||
          (el.getAttribute('title') || '').trim();
      if (name) out.push({el: el, name: name.slice(0, 200)});
    });
    return out;
  };

  // Elements put before the page's order in the tab sequence.
  collect.tabindex = function () {
    var out = [];
    document.querySelectorAll('[tabindex]').forEach(function (el) {
      if (el.tabIndex > 0 && !el.matches(':disabled') && shown(el)) {
        out.push({el: el, tabindex: el.tabIndex});
      }
    });
    return out;
  };

  // Links with a short name: the name, where it goes, and the text around it.
  collect.links = function (ctx) {
    var out = [];
    document.querySelectorAll('a[href], area[href]').forEach(function (el) {
      if (out.length >= ctx.limit || hiddenFromAT(el) || !shown(el)) return;
      var name = labelledBy(el) || (el.getAttribute('aria-label') || '').trim() || text(el);
      if (!name || name.length > 60) return;
      var block = el.closest('p, li, td, th, dd, figcaption, blockquote') || el.parentElement;
      out.push({el: el, name: name, href: el.href,
                context: block && block !== document.body ? text(block).length : name.length});
    });
    return out;
  };

  // Pointer handlers on elements a keyboard cannot reach: inline (onclick="...") or added by
  // the page's scripts (read through DevTools before the runner: window.__ccListened, each
  // element's types in __ccListen; own.py LISTENERS).
  collect.handlers = function (ctx) {
    var out = [], seen = new Set();
    var selector = POINTER_EVENTS.map(function (e) { return '[' + e + ']'; }).join(', ');
    var found = Array.from(document.querySelectorAll(selector)).concat(ctx.listened);
    found.forEach(function (el) {
      if (seen.has(el)) return;
      seen.add(el);
      if (el === document.body || el === document.documentElement || !el.isConnected) return;
      if (!shown(el) || hiddenFromAT(el) || focusable(el) || el.closest('label')) return;
      var listened = listenedTypes(el);
      var events = POINTER_EVENTS.filter(function (e) {
        return el.hasAttribute(e) || listened.indexOf(e.slice(2)) >= 0;
      });
      if (!events.length) return;  // only keyboard or focus listeners
      var reached = el.querySelector(FOCUSABLE) || (el.parentElement &&
          el.parentElement.closest(FOCUSABLE));
      out.push({el: el, events: events,
                keyboard: KEY_EVENTS.some(function (e) {
                  return el.hasAttribute(e) || listened.indexOf(e.slice(2)) >= 0;
                }),
                content: !!(text(el) || el.querySelector('img, svg, [role=img]')),
                reached: !!reached, role: (el.getAttribute('role') || '').trim()});
    });
    return out;
  };

  // Runs of paragraphs, or lines of one block, that start with a bullet character, outside
  // any list: a list drawn with text.
  collect.lists = function () {
    var out = [];
    document.querySelectorAll('p, div, td, dd').forEach(function (el) {
      if (el.closest('ul, ol, dl, [role=list], [role=listbox], [role=menu]') || !shown(el)) {
        return;
      }
      if (el.nodeName === 'DIV' && el.querySelector('p, div, li, table')) return;
      var lines = (el.innerText || '').split('\n').filter(function (l) { return l.trim(); });
      var bulleted = lines.filter(function (l) { return BULLET.test(l); }).length;
      var previous = el.previousElementSibling;
      var startsRun = BULLET.test(lines[0] || '') && el.nextElementSibling &&
          BULLET.test(el.nextElementSibling.innerText || '') &&
          !(previous && BULLET.test(previous.innerText || ''));
      if (bulleted >= 2 || startsRun) out.push({el: el, lines: Math.max(bulleted, 2)});
    });
    return out;
  };

  // Text in each language the page declares: the text nodes whose nearest lang attribute is
  // that element's (the page's own: the html element), shown text and image alternatives.
  collect.language = function (ctx) {
    var scopes = new Map();
    function add(scope, value) {
      var entry = scopes.get(scope);
      if (!entry) {
        scopes.set(scope, entry = {el: scope, lang: scope.getAttribute('lang'), text: '',
                                   page: scope === document.documentElement});
      }
      if (entry.text.length < ctx.limit) entry.text += ' ' + value;
    }
    var walker = document.createTreeWalker(document.body || document.documentElement,
                                           NodeFilter.SHOW_TEXT);
    var shownCache = new Map();
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      var value = node.nodeValue.trim(), parent = node.parentElement;
      if (!value || !parent || /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(parent.nodeName)) {
        continue;
      }
      if (!shownCache.has(parent)) shownCache.set(parent, shown(parent));
      if (!shownCache.get(parent)) continue;
      var scope = parent.closest('[lang]');
      if (scope && scope.getAttribute('lang').trim()) add(scope, value);
    }
    document.querySelectorAll('img[alt]').forEach(function (img) {
      var scope = img.closest('[lang]'), alt = img.getAttribute('alt').trim();
      if (alt && scope && scope.getAttribute('lang').trim() && shown(img)) add(scope, alt);
    });
    return Array.from(scopes.values()).map(function (entry) {
      entry.text = entry.text.replace(/\s+/g, ' ').trim().slice(0, ctx.limit);
      return entry;
    });
  };

  // Audio and video: how they play and for how long (the media fragment's span when the
  // source names one: "#t=8,10"), whether they sound, whether the page shows other content
  // beside them, offers a transcript or a control that names pausing, stopping or muting.
  collect.media = function () {
    var out = [], transcript = offersTranscript(), pause = offersPause();
    var others = !!(document.body && document.body.innerText.trim());
    document.querySelectorAll('audio, video').forEach(function (el) {
      if (!shown(el) && !(el.nodeName === 'AUDIO' && (el.controls || el.autoplay))) return;
      out.push({el: el, kind: el.nodeName.toLowerCase(), autoplay: el.autoplay, loop: el.loop,
                muted: el.muted || el.hasAttribute('muted'), controls: el.controls,
                transcript: transcript, pause_control: pause, seconds: playSeconds(el),
                sound: sounds(el), others: others});
    });
    return out;
  };
  // Whether the media has sound: an audio element has; a video has when the browser decoded
  // audio from it (a silent track decodes next to nothing), has not when it has enough data
  // and decoded none; else null (not known yet).
  function sounds(el) {
    if (el.muted || el.hasAttribute('muted')) return false;
    if (el.nodeName === 'AUDIO') return true;
    var decoded = el.webkitAudioDecodedByteCount;
    if (typeof decoded !== 'number') return null;
    if (decoded > 1000) return true;
    return el.readyState >= 3 ? false : null;
  }
  function playSeconds(el) {
    var fragment = /#t=([\d.]*)(?:,([\d.]+))?/.exec(el.currentSrc || el.src || '');
    var duration = isFinite(el.duration) ? el.duration : null;
    if (fragment && fragment[2]) return parseFloat(fragment[2]) - (parseFloat(fragment[1]) || 0);
    if (fragment && duration !== null) return duration - (parseFloat(fragment[1]) || 0);
    return duration;
  }
  function offersPause() {
    var controls = document.querySelectorAll('button, [role=button], input[type=button],' +
                                              ' a[href], [role=switch], [role=checkbox]');
    return Array.from(controls).some(function (el) {
      var name = (el.getAttribute('aria-label') || '') + ' ' + text(el) + ' ' +
          (el.value || '') + ' ' + (el.getAttribute('title') || '');
      return !hiddenFromAT(el) && shown(el) && /pause|stop|mute|sound|volume/i.test(name);
    });
  }

  // Run with the viewport at half the audit's width (200% zoom; own.py NARROW): text that a
  // box with overflow hidden or clip cuts (a text node partly inside the box, partly out:
  // not content moved wholly out of sight, as a carousel's other slides), when no scrolling
  // box nearer holds it; at most 10. `signalled`: the box shows its text is cut (an
  // ellipsis that is not cutting lines off, a line clamp) or a link sits in or right after it
  // (a teaser's "read more").
  collect.clipping = function (ctx) {
    var out = [];
    if (!document.body) return out;
    var all = Array.from(document.body.querySelectorAll('*')).slice(0, ctx.limit);
    var boxes = all.filter(function (el) {
      var style = getComputedStyle(el);
      var x = style.overflowX, y = style.overflowY;
      return (x === 'hidden' || x === 'clip' || y === 'hidden' || y === 'clip') &&
          (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1);
    });
    boxes.forEach(function (box) {
      if (out.length >= 10 || !shown(box) || hiddenFromAT(box)) return;
      var rect = box.getBoundingClientRect();
      if (rect.width <= 2 || rect.height <= 2) return;  // a visually hidden text's box
      var cut = cutText(box, rect);
      if (cut) {
        var style = getComputedStyle(box), next = box.nextElementSibling;
        // an ellipsis shows a cut at the line's end, not lines cut off below or above
        out.push({el: box, signalled: (style.textOverflow === 'ellipsis' && !cut.lines) ||
                  (style.webkitLineClamp || 'none') !== 'none' ||
                  !!box.querySelector('a[href]') ||
                  !!(next && (next.matches('a[href]') || next.querySelector('a[href]')))});
      }
    });
    return out;
  };
  function cutText(box, rect) {
    var walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      var parent = node.parentElement;
      if (!node.nodeValue.trim() || !parent || !shown(parent)) continue;
      if (nearestOverflow(parent, box) !== box) continue;  // a box nearer scrolls or clips
      var range = document.createRange();
      range.selectNodeContents(node);
      var r = range.getBoundingClientRect();
      var inside = r.right > rect.left && r.left < rect.right && r.bottom > rect.top &&
          r.top < rect.bottom;
      var beyond = r.right > rect.right + 1 || r.bottom > rect.bottom + 1 ||
          r.left < rect.left - 1 || r.top < rect.top - 1;
      if (inside && beyond) {
        // cut across its lines: a good part of a line's height is out of the box
        var deep = Math.max(2, parseFloat(getComputedStyle(parent).fontSize) / 4);
        return {lines: r.bottom > rect.bottom + deep || r.top < rect.top - deep};
      }
    }
    return null;
  }
  function nearestOverflow(el, stop) {
    for (var node = el; node && node !== stop; node = node.parentElement) {
      var style = getComputedStyle(node);
      if (style.overflowX !== 'visible' || style.overflowY !== 'visible') return node;
    }
    return stop;
  }

  // Run with the viewport narrowed to 320 CSS px (own.py REFLOW_WIDTH; frames.py's narrow
  // run): when the page is wider than the viewport, the elements that stick out past its right
  // edge, outside any scrolling or clipping box, whose parent does not (where the overflow
  // starts: a fixed-width box, at most 5), and
  // whether each is content WCAG lets need two dimensions (an image, a table, a map, a
  // diagram, code, a video: 1.4.10's exception) or sits in such content.
  var TWO_DIMENSIONAL = 'img, picture, input[type=image], table, pre, code, canvas, svg,' +
      ' video, iframe, object, embed, map, math, [role=grid], [role=table], [role=treegrid],' +
      ' [role=img], [role=application]';
  collect.reflow = function (ctx) {
    var root = document.scrollingElement || document.documentElement;
    var width = document.documentElement.clientWidth;
    if (!document.body || root.scrollWidth <= width + 1) return [];
    var out = [];
    var all = Array.from(document.body.querySelectorAll('*')).slice(0, ctx.limit);
    var wide = all.filter(function (el) {
      var box = el.getBoundingClientRect();
      return box.right > width + 1 && box.width > 0 && box.height > 0 && !clipped(el) &&
          getComputedStyle(el).position !== 'fixed';
    });
    var sticking = new Set(wide);
    wide.forEach(function (el) {
      if (out.length >= 5 || sticking.has(el.parentElement)) {
        return;  // its parent sticks out already: the parent is the cause reported
      }
      out.push({el: el, right: Math.round(el.getBoundingClientRect().right), viewport: width,
                page: root.scrollWidth, two_dimensional: !!el.closest(TWO_DIMENSIONAL)});
    });
    return out;
  };
  function clipped(el) {
    for (var node = el.parentElement; node && node !== document.body; node = node.parentElement) {
      if (getComputedStyle(node).overflowX !== 'visible') return true;
    }
    return false;
  }

  // A transcript is offered: a link or button that names one, or a line that starts with it
  // ("Transcript", "Read the transcript"); a sentence that merely mentions the word is not one.
  function offersTranscript() {
    var controls = Array.from(document.querySelectorAll('a[href], button, summary'));
    if (controls.some(function (el) { return /transcript/i.test(text(el)); })) return true;
    return /(^|\n)\s*((read|view|show|see|full|audio|video)( the)? )?transcript\b/i.test(
        document.body ? document.body.innerText : '');
  }

  // F78: each element in the tab order takes focus in turn; one whose look, its parent's,
  // its siblings' and its pseudo-elements' did not change at all has no visible focus. The
  // page's own focus handlers run (an indicator drawn by a script counts). The element that
  // had focus gets it back. `unsure`: a transition or animation started (its end value is not
  // known yet), the element had focus already, or the browser did not match :focus-visible,
  // so the comparison cannot decide. Elements alike (same tag, id, classes, inline style,
  // type, role, tabindex, and parent's tag, id and classes: a menu's links) are styled alike by
  // the page's CSS but for rare position-based rules, so one of them is focused for all, and
  // only when it shows no change is each of them focused.
  collect.focus = function (ctx) {
    var out = [], active = document.activeElement, x = window.scrollX, y = window.scrollY;
    var budget = {left: ctx.limit}, groups = new Map();
    document.querySelectorAll(FOCUSABLE).forEach(function (el) {
      if (!focusable(el) || el.nodeName === 'IFRAME' || el.closest('[inert]') || !shown(el)) {
        return;
      }
      var key = alike(el);
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(el);
    });
    groups.forEach(function (members) {
      for (var i = 0; i < members.length && budget.left > 0; i++) {
        var verdict = tryFocus(members[i], budget);
        if (!verdict) continue;  // could not take focus: try the next one
        if (verdict.changed) return;  // visible: so are the others
        out.push(verdict);
        members.slice(i + 1).forEach(function (el) {
          var each = budget.left > 0 && tryFocus(el, budget);
          if (each && !each.changed) out.push(each);
        });
        return;
      }
    });
    if (active && active !== document.body && active.focus) active.focus({preventScroll: true});
    else if (document.activeElement && document.activeElement.blur) document.activeElement.blur();
    window.scrollTo(x, y);
    return out.map(function (v) {
      return {el: v.el, unsure: v.unsure, outline: v.outline};
    });
  };
  function alike(el) {
    var parent = el.parentElement;
    return [el.nodeName, el.id, el.getAttribute('class'), el.getAttribute('style'),
            el.getAttribute('type'), el.getAttribute('role'), el.getAttribute('tabindex'),
            parent ? parent.nodeName + '#' + parent.id + '.' + parent.getAttribute('class') : '']
        .join('|');
  }
  // Focus one element and compare; null when it did not take focus.
  function tryFocus(el, budget) {
    // focus the page's own handlers moved here (a focus trap) is taken away first, so that
    // the look before is the unfocused one
    if (el.contains(document.activeElement)) document.activeElement.blur();
    var wasFocused = el.contains(document.activeElement);
    var around = [el, el.parentElement, el.previousElementSibling, el.nextElementSibling]
        .filter(Boolean);
    var before = look(el, around);
    // as a keyboard would: :focus-visible matches whatever the last interaction was
    el.focus({preventScroll: true, focusVisible: true});
    if (document.activeElement !== el) return null;
    budget.left--;
    var after = look(el, around);
    var unsure = wasFocused || !el.matches(':focus-visible') || around.some(function (node) {
      return node.getAnimations && node.getAnimations().length;
    });
    var verdict = {el: el, changed: before !== after, unsure: unsure,
                   outline: getComputedStyle(el).outlineStyle};
    el.blur();
    return verdict;
  }
  function drawn(style) {
    var parts = PLAIN.map(function (p) { return style.getPropertyValue(p); });
    var outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    parts.push(outline ? [style.outlineStyle, style.outlineWidth, style.outlineColor,
                          style.outlineOffset].join(' ') : 'none');
    ['top', 'right', 'bottom', 'left'].forEach(function (side) {
      var kind = style.getPropertyValue('border-' + side + '-style');
      var width = style.getPropertyValue('border-' + side + '-width');
      parts.push(kind === 'none' || kind === 'hidden' || !parseFloat(width) ? 'none'
          : [kind, width, style.getPropertyValue('border-' + side + '-color')].join(' '));
    });
    var line = style.textDecorationLine;
    parts.push(line === 'none' ? 'none' : [line, style.textDecorationColor,
                                           style.textDecorationStyle].join(' '));
    return parts.join('|');
  }
  function look(el, around) {
    var parts = around.map(function (node) { return drawn(getComputedStyle(node)); });
    ['::before', '::after'].forEach(function (pseudo) {
      var style = getComputedStyle(el, pseudo);
      parts.push(style.content === 'none' ? 'none' : style.content + drawn(style));
    });
    Array.from(el.children).slice(0, 4).forEach(function (child) {
      parts.push(drawn(getComputedStyle(child)));
    });
    return parts.join('\n');
  }

  // The page's meta viewport (top document only: a frame's does not set the zoom): the last
  // one with content, as the browser applies it; own.py parses it as Chromium does.
  collect.viewport = function (ctx) {
    if (!ctx.top) return [];
    var metas = Array.from(document.querySelectorAll('meta[name]')).filter(function (m) {
      return m.getAttribute('name').trim().toLowerCase() === 'viewport' &&
          m.hasAttribute('content');
    });
    if (!metas.length) return [];
    var last = metas[metas.length - 1];
    return [{el: last, content: last.getAttribute('content').slice(0, 500)}];
  };

  // Header cells (th, columnheader, rowheader) of data tables that no cell is assigned to:
  // HTML's algorithm for assigning header cells (the table model's slots, each cell's scans
  // up and left, a headers attribute's ids), the ARIA roles of an ARIA table's rows and
  // cells. A header without text, a table made presentational and a table the algorithm
  // is not sure of here (a scope of row or column groups, rowspan=0, ARIA indexes or spans)
  // and a table without data cells are left alone.
  var TABLE_ROLES = /^(table|grid|treegrid)$/;
  function roleOf(el) {
    return (el.getAttribute('role') || '').trim().toLowerCase().split(/\s+/)[0];
  }
  collect.headers = function (ctx) {
    var out = [];
    document.querySelectorAll('table, [role=table], [role=grid], [role=treegrid]').forEach(
      function (table) {
        if (out.length >= 20 || hiddenFromAT(table) || !shown(table)) return;
        var role = roleOf(table);
        if (role && !TABLE_ROLES.test(role)) return;  // presentational, or another role
        var cells = table.nodeName === 'TABLE' ? htmlSlots(table) : ariaSlots(table);
        if (!cells) return;
        unassignedHeaders(cells).forEach(function (cell) {
          if (out.length < 20 && !hiddenFromAT(cell.el) && shown(cell.el)) {
            out.push({el: cell.el, name: text(cell.el).slice(0, 100), cells: cells.length});
          }
        });
      });
    return out;
  };
  // Each cell: its element, slot (x, y), size, whether it is a header, and its header kind:
  // 'column', 'row' or 'auto' (HTML's scope states); null when the table is not judged.
  function htmlSlots(table) {
    var cells = [], taken = {}, rows = Array.from(table.rows);
    for (var y = 0; y < rows.length; y++) {
      var x = 0;
      var rowCells = Array.from(rows[y].cells);
      for (var i = 0; i < rowCells.length; i++) {
        var el = rowCells[i];
        if (el.rowSpan === 0) return null;
        while (taken[x + ',' + y]) x++;
        var role = roleOf(el), header, kind;
        if (role === 'columnheader' || role === 'rowheader') {
          header = true;
          kind = role === 'columnheader' ? 'column' : 'row';
        } else {
          header = el.nodeName === 'TH' && !/^(cell|gridcell|none|presentation)$/.test(role);
          var scope = (el.getAttribute('scope') || '').trim().toLowerCase();
          if (header && /^(rowgroup|colgroup)$/.test(scope)) return null;
          kind = scope === 'col' ? 'column' : scope === 'row' ? 'row' : 'auto';
        }
        var cell = {el: el, x: x, y: y, w: Math.max(el.colSpan, 1),
                    h: Math.min(el.rowSpan, rows.length - y), header: header, kind: kind};
        for (var dx = 0; dx < cell.w; dx++) {
          for (var dy = 0; dy < cell.h; dy++) taken[(x + dx) + ',' + (y + dy)] = cell;
        }
        cells.push(cell);
        x += cell.w;
      }
    }
    cells.slots = taken;
    return cells;
  }
  function ariaSlots(table) {
    if (table.querySelector('[aria-colindex], [aria-rowindex], [aria-colspan], [aria-rowspan]') ||
        table.hasAttribute('aria-owns')) {
      return null;
    }
    var cells = [], taken = {}, y = 0;
    table.querySelectorAll('[role=row]').forEach(function (row) {
      if (row.parentElement.closest('table, [role=table], [role=grid], [role=treegrid]') !==
          table) {
        return;  // a nested table's row
      }
      var x = 0;
      row.querySelectorAll('[role=cell], [role=gridcell], [role=columnheader], [role=rowheader]')
        .forEach(function (el) {
          if (el.parentElement.closest('[role=row]') !== row) return;
          var role = roleOf(el), header = /header$/.test(role);
          var cell = {el: el, x: x, y: y, w: 1, h: 1, header: header,
                      kind: role === 'columnheader' ? 'column' : 'row'};
          taken[x + ',' + y] = cell;
          cells.push(cell);
          x++;
        });
      y++;
    });
    cells.slots = taken;
    return cells;
  }
  // HTML: an auto header is a column header when no data cell shares its rows, else a row
  // header when no data cell shares its columns.
  function headerKind(cell, cells) {
    if (cell.kind !== 'auto') return cell.kind;
    function data(inRows) {
      return cells.some(function (other) {
        if (other.header) return false;
        return inRows ? other.y < cell.y + cell.h && other.y + other.h > cell.y
                      : other.x < cell.x + cell.w && other.x + other.w > cell.x;
      });
    }
    if (!data(true)) return 'column';
    return data(false) ? null : 'row';
  }
  function unassignedHeaders(cells) {
    var headers = cells.filter(function (c) { return c.header; });
    // a table of headers only has no data yet (a script may fill it): nothing to relate
    if (!headers.length || headers.length === cells.length) return [];
    headers.forEach(function (c) { c.resolved = headerKind(c, cells); });
    var assigned = new Set(), byId = {};
    headers.forEach(function (c) { if (c.el.id) byId[c.el.id] = c; });
    cells.forEach(function (cell) {
      var ids = (cell.el.getAttribute('headers') || '').trim();
      if (ids) {
        ids.split(/\s+/).forEach(function (id) {
          if (byId[id] && byId[id] !== cell) assigned.add(byId[id]);
        });
        return;
      }
      for (var dy = 0; dy < cell.h; dy++) scan(cells, cell, cell.x, cell.y + dy, -1, 0, assigned);
      for (var dx = 0; dx < cell.w; dx++) scan(cells, cell, cell.x + dx, cell.y, 0, -1, assigned);
    });
    return headers.filter(function (c) {
      return !assigned.has(c) && (text(c.el) || (c.el.getAttribute('aria-label') || '').trim());
    });
  }
  // HTML's "scan and assign header cells" from the principal cell's slot (x, y) in the
  // direction (dx, dy): left over its rows, up over its columns.
  function scan(cells, principal, x, y, dx, dy, assigned) {
    var opaque = [], inBlock = principal.header, block = principal.header ? [principal] : [];
    for (x += dx, y += dy; x >= 0 && y >= 0; x += dx, y += dy) {
      var current = cells.slots[x + ',' + y];
      if (!current || current === principal) continue;
      if (current.header) {
        inBlock = true;
        block.push(current);
        var blocked = false;
        if (dx === 0) {
          blocked = opaque.some(function (o) { return o.x === current.x && o.w === current.w; }) ||
              current.resolved !== 'column';
        } else {
          blocked = opaque.some(function (o) { return o.y === current.y && o.h === current.h; }) ||
              current.resolved !== 'row';
        }
        if (!blocked) assigned.add(current);
      } else if (inBlock) {
        inBlock = false;
        opaque = opaque.concat(block);
        block = [];
      }
    }
  }

  // Keyboard traps (ACT 80af7b, 2.1.2). The elements in the tab order whose handlers may keep
  // or send focus back when it leaves (blur, focusout, keydown: inline, or added by the
  // page's scripts). From each, focus moves as Tab and Shift+Tab would: a keydown of Tab is
  // dispatched to it (the page's key handlers run and may keep the key), then focus goes to
  // the next or previous element in the tab order, or out of the document past either end
  // (the browser's own controls: a script's focus() does not take it back from there). The
  // page's handlers run; where focus lands after their timers decides the step: out of the
  // document, or on an element with none of these handlers, is away; back on an element
  // passed on the way is a cycle. An element from which neither way gets away is trapped.
  // A walk starts only where focus stays (another trap may hold it: nothing is told then).
  // What a person may still use is read for the judge: a line of the page that advises a key
  // (and whether that key, pressed in the trap, lets focus out), and whether an element of
  // the trap can be activated (a link, a click handler) or listens to keys at all.
  var TRAP_WAIT = 30, TRAP_STEPS = 40, TRAP_STARTS = 10;
  var MOVERS = ['blur', 'focusout', 'keydown'];
  var TEXT_FIELD = 'textarea, input:not([type]), input[type=text], input[type=email],' +
      ' input[type=tel], input[type=number], input[type=password], input[type=search],' +
      ' input[type=url], input[type=date], input[type=time]';
  var ADVICE = /\b(press|use|hit|type|tap)\b.{0,40}?\b(keys?|ctrl|control|alt|option|shift|cmd|command|esc|escape|f\d{1,2})\b/i;
  var COMBO = /\b((?:(?:ctrl|control|alt|option|shift|meta|cmd|command)\s*[-+]\s*)+)([a-z0-9]|f\d{1,2}|esc(?:ape)?|enter)\b|\b(esc(?:ape)?|f\d{1,2})\b/ig;
  function wait(ms) { return new Promise(function (resolve) { setTimeout(resolve, ms); }); }
  function tabOrder() {
    var all = Array.from(document.querySelectorAll(FOCUSABLE)).filter(function (el) {
      return focusable(el) && !el.closest('[inert]') && !hiddenFromAT(el) && shown(el);
    });
    var positive = all.filter(function (el) { return el.tabIndex > 0; });
    positive.sort(function (a, b) { return a.tabIndex - b.tabIndex; });  // stable: DOM order
    return positive.concat(all.filter(function (el) { return el.tabIndex === 0; }));
  }
  function keyEvent(type, key, mods) {
    var upper = key.length === 1 ? key.toUpperCase() : key;
    var code = key === 'Tab' ? 9 : key === 'Escape' ? 27 : key === 'Enter' ? 13 :
        /^F\d+$/.test(upper) ? 111 + parseInt(upper.slice(1), 10) : upper.charCodeAt(0);
    return new KeyboardEvent(type, {
      key: key, code: key.length === 1 ? (/\d/.test(key) ? 'Digit' : 'Key') + upper : key,
      keyCode: code, which: code, bubbles: true, cancelable: true, composed: true,
      ctrlKey: !!mods.ctrl, altKey: !!mods.alt, shiftKey: !!mods.shift, metaKey: !!mods.meta});
  }
  function press(el, key, mods) {  // true when a handler kept the key (preventDefault)
    var kept = !el.dispatchEvent(keyEvent('keydown', key, mods));
    el.dispatchEvent(keyEvent('keyup', key, mods));
    return kept;
  }
  function advisedKeys(line) {
    var keys = [], m;
    COMBO.lastIndex = 0;
    while ((m = COMBO.exec(line))) {
      var mods = {}, name = (m[2] || m[3]).toLowerCase();
      (m[1] || '').toLowerCase().split(/[-+\s]+/).forEach(function (mod) {
        if (/^(ctrl|control)$/.test(mod)) mods.ctrl = true;
        else if (/^(alt|option)$/.test(mod)) mods.alt = true;
        else if (mod === 'shift') mods.shift = true;
        else if (/^(meta|cmd|command)$/.test(mod)) mods.meta = true;
      });
      var key = /^esc/.test(name) ? 'Escape' : name === 'enter' ? 'Enter' :
          /^f\d/.test(name) ? name.toUpperCase() : name;
      keys.push({key: key, mods: mods, said: m[0]});
    }
    return keys;
  }
  collect.traps = function (ctx) {
    var order = tabOrder();
    var movers = new Set(order.filter(function (el) { return handles(el, MOVERS); }));
    if (!movers.size) return [];
    var active = document.activeElement, sx = window.scrollX, sy = window.scrollY;
    var budget = {left: TRAP_STEPS}, known = new Map();  // element -> {1: result, -1: result}
    function neighbour(el, dir) {
      var i = order.indexOf(el);
      return i < 0 ? null : order[i + dir] || null;
    }
    function landed() {
      var now = document.activeElement;
      return now && now !== document.body && now !== document.documentElement ? now : null;
    }
    // One way out from `start`: {away: true | false (a cycle) | null (not known), passed}.
    function walk(start, dir) {
      var passed = [start], last = {kept: false, cur: start};
      // a loop: `kept` when the page kept the key and focus never left (Tab swallowed), not
      // when focus left and was brought back
      function loop() {
        return {away: false, passed: passed,
                kept: last.kept && document.activeElement === last.cur};
      }
      function step(cur) {
        if (budget.left-- <= 0) return Promise.resolve({away: null, passed: passed});
        cur.focus({preventScroll: true});
        if (document.activeElement !== cur) return Promise.resolve({away: null, passed: passed});
        var kept = press(cur, 'Tab', {shift: dir < 0});
        last = {kept: kept, cur: cur};
        if (!kept && document.activeElement === cur) {
          var target = neighbour(cur, dir);
          if (!target) {
            cur.blur();
            return Promise.resolve({away: true, passed: passed});  // out of the document
          }
          target.focus({preventScroll: true});
        }
        return wait(0).then(function () { return settle(landed(), false); });
      }
      function settle(now, waited) {
        if (!now) return {away: true, passed: passed};  // focus dropped to the document
        if (passed.indexOf(now) >= 0) {
          if (!waited && now !== passed[passed.length - 1]) return loop();
          if (!waited) {  // still on the element the key was pressed on: let timers run
            return wait(TRAP_WAIT).then(function () { return settle(landed(), true); });
          }
          return loop();
        }
        if (movers.has(now)) {
          passed.push(now);
          return step(now);
        }
        if (waited) return {away: true, passed: passed};
        // on an element without such handlers: away, unless a timer brings focus back
        return wait(TRAP_WAIT).then(function () {
          var later = landed();
          return later === now ? {away: true, passed: passed} : settle(later, true);
        });
      }
      // start only where focus stays: a trap elsewhere takes it back when it leaves there
      // (its blur handler), and then no way out from `start` can be told
      start.focus({preventScroll: true});
      return wait(TRAP_WAIT).then(function () {
        return document.activeElement === start ? step(start)
                                                : {away: null, passed: passed};
      });
    }
    function wayOut(el, dir) {
      var memo = known.get(el) || {};
      known.set(el, memo);
      if (memo[dir]) return Promise.resolve(memo[dir]);
      return walk(el, dir).then(function (result) {
        if (result.away !== null) {  // what holds from here holds from each passed element
          result.passed.forEach(function (p) {
            var m = known.get(p) || {};
            if (!m[dir]) m[dir] = result;
            known.set(p, m);
          });
        }
        memo[dir] = result;
        return result;
      });
    }
    var trapped = [];
    var starts = Array.from(movers).slice(0, TRAP_STARTS);
    function judge(i) {
      if (i >= starts.length) return Promise.resolve();
      var el = starts[i];
      return wayOut(el, 1).then(function (forward) {
        if (forward.away !== false) return null;
        return wayOut(el, -1).then(function (back) {
          if (back.away === false) {
            trapped.push({el: el, members: forward.passed.concat(back.passed),
                          returned: !(forward.kept && back.kept)});
          }
        });
      }).then(function () { return judge(i + 1); });
    }
    var lines = (document.body ? document.body.innerText : '').split('\n');
    var advice = lines.filter(function (l) { return ADVICE.test(l); }).slice(0, 3);
    var keys = [].concat.apply([], advice.map(advisedKeys));
    var out = [];
    // the focus check and the page's earlier handlers may have left timers: let them run
    return wait(TRAP_WAIT).then(function () { return judge(0); }).then(function () {
      function report(j) {
        if (j >= trapped.length || out.length >= 5) return Promise.resolve();
        var trap = trapped[j], members = new Set(trap.members);
        var item = {el: trap.el, members: members.size, advice: advice.join(' | ').slice(0, 200),
                    advised: keys.map(function (k) { return k.said; }),
                    activatable: Array.from(members).some(function (m) {
                      return m.matches('a[href], area[href], summary') ||
                          (m.form && /^(submit|image)$/.test(m.type)) ||
                          handles(m, ['click', 'mousedown', 'mouseup']);
                    }),
                    key_handlers: Array.from(members).some(function (m) {
                      for (var n = m; n; n = n.parentElement) {
                        if (handles(n, ['keydown', 'keyup', 'keypress'])) return true;
                      }
                      return false;
                    }),
                    // focus leaves a text field and comes back: a value typed in may let
                    // it go (a field validated on blur)
                    field: trap.returned && Array.from(members).some(function (m) {
                      return m.matches(TEXT_FIELD);
                    }),
                    advised_works: null};
        // the advised keys, then Escape (a standard way out, which needs no advice)
        var tries = keys.concat([{key: 'Escape', mods: {}, said: 'Escape'}]);
        function tryKey(k) {
          if (k >= tries.length) return Promise.resolve(false);
          trap.el.focus({preventScroll: true});
          press(trap.el, tries[k].key, tries[k].mods);
          return wait(TRAP_WAIT).then(function () {
            var now = landed();
            if (!now || !members.has(now)) return true;
            // the key may have turned the trap off without moving focus: try Tab once more
            return walk(trap.el, 1).then(function (again) {
              return again.away === true || tryKey(k + 1);
            });
          });
        }
        return tryKey(0).then(function (works) {
          if (keys.length) item.advised_works = works;
          if (!works) out.push(item);
          return report(j + 1);
        });
      }
      return report(0);
    }).then(function () {
      if (active && active !== document.body && active.focus) active.focus({preventScroll: true});
      else if (document.activeElement && document.activeElement.blur) document.activeElement.blur();
      window.scrollTo(sx, sy);
      return out;
    });
  };

  // Text over a CSS background image or gradient, or over a picture (own.py: F83), in the top
  // document's pixel run (frames.py): each element with text of its own whose background, up
  // to the first opaque background colour, has an image or gradient (nothing translucent,
  // filtered or blended on the way), or which an img, video or canvas lies under, is marked and its text made transparent by a style sheet that
  // backdrop_unmark takes away; `clip` is the box of its text in the page, which frames.py
  // photographs. At most BACKDROP_MAX; none of it in frames.
  var BACKDROP_MAX = 5, BACKDROP_ATTR = 'data-cc-backdrop', BACKDROP_STYLE = 'cc-backdrop-style';
  function opaque(colour) {
    var m = /rgba?\(([^)]*)\)/.exec(colour || '');
    if (!m) return false;
    var parts = m[1].split(',');
    return parts.length < 4 || parseFloat(parts[3]) >= 1;
  }
  collect.backdrop = function (ctx) {
    if (!ctx.top || !document.body) return [];
    var out = [], verdicts = new Map();
    function behind(el) {  // an image behind el's text: true, false, or null (cannot judge)
      if (!el || el.nodeType !== 1) return false;
      if (verdicts.has(el)) return verdicts.get(el);
      var style = getComputedStyle(el), verdict;
      if (parseFloat(style.opacity) < 1 || style.filter !== 'none' ||
          style.mixBlendMode !== 'normal' || style.backdropFilter && style.backdropFilter !== 'none') {
        verdict = null;
      } else if (style.backgroundImage !== 'none') {
        verdict = loaded(style.backgroundImage);
      } else if (opaque(style.backgroundColor)) {
        verdict = false;
      } else {
        verdict = behind(el.parentElement);
      }
      verdicts.set(el, verdict);
      return verdict;
    }
    // Pictures (an img, video or canvas of some size, loaded) whose box meets the text's may
    // lie under it: the stack of elements at the text's centre tells (nothing opaque between).
    var found = null;
    function pictures() {
      if (found === null) {
        found = Array.from(document.querySelectorAll('img, video, canvas')).filter(function (p) {
          var r = p.getBoundingClientRect();
          return r.width * r.height >= 2500 && shown(p) && (p.nodeName === 'CANVAS' ||
              (p.nodeName === 'IMG' ? p.complete && p.naturalWidth > 0 : p.readyState >= 2));
        });
      }
      return found;
    }
    function pictureUnder(el, box) {
      if (!pictures().some(function (p) {
        var r = p.getBoundingClientRect();
        return r.left < box.left + box.width && r.right > box.left &&
            r.top < box.top + box.height && r.bottom > box.top;
      })) {
        return false;
      }
      var x = box.left + box.width / 2, y = box.top + box.height / 2, below = false;
      if (x < 0 || y < 0 || x >= window.innerWidth || y >= window.innerHeight) return false;
      var stack = document.elementsFromPoint(x, y);
      for (var i = 0; i < stack.length; i++) {
        var node = stack[i];
        if (!below) {
          below = node === el || el.contains(node);
          continue;
        }
        if (/^(IMG|VIDEO|CANVAS)$/.test(node.nodeName)) return pictures().indexOf(node) >= 0;
        var st = getComputedStyle(node);
        if (opaque(st.backgroundColor) || st.backgroundImage !== 'none') return false;
      }
      return false;
    }
    var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT), done = new Set();
    for (var node = walker.nextNode(); node && out.length < BACKDROP_MAX; node = walker.nextNode()) {
      var el = node.parentElement;
      if (!el || done.has(el) || !node.nodeValue.trim()) continue;
      done.add(el);
      if (/^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|OPTION|TEXTAREA)$/.test(el.nodeName)) continue;
      var route = behind(el);  // a CSS background image or gradient: true
      if (route === null || (route === false && !pictures().length)) continue;
      if (!shown(el) || hiddenFromAT(el)) continue;
      if (el.closest(':disabled, [aria-disabled="true"]')) continue;
      var style = getComputedStyle(el);
      if (style.textShadow !== 'none' || parseFloat(style.webkitTextStrokeWidth) > 0) continue;
      // text painted with its background (background-clip: text) has no colour of its own
      if (style.webkitTextFillColor !== style.color || /text/.test(style.backgroundClip +
          ' ' + (style.webkitBackgroundClip || ''))) {
        continue;
      }
      var box = ownTextBox(el);
      if (!box || box.width < 4 || box.height < 4) continue;
      if (route === false && !pictureUnder(el, box)) continue;
      el.setAttribute(BACKDROP_ATTR, '');
      out.push({el: el, color: style.color, size: parseFloat(style.fontSize),
                weight: parseInt(style.fontWeight, 10) || 400,
                device_pixel_ratio: window.devicePixelRatio || 1,
                clip: {x: Math.floor(box.left + window.scrollX),
                       y: Math.floor(box.top + window.scrollY),
                       width: Math.ceil(box.width), height: Math.ceil(box.height)}});
    }
    if (out.length) {
      var sheet = document.createElement('style');
      sheet.id = BACKDROP_STYLE;
      sheet.textContent = '[' + BACKDROP_ATTR + '] { color: transparent !important;' +
          ' -webkit-text-fill-color: transparent !important; text-shadow: none !important;' +
          ' text-decoration-color: transparent !important; caret-color: transparent !important; }';
      (document.head || document.documentElement).appendChild(sheet);
    }
    return out;
  };
  // Every image a background names is loaded (a gradient needs none): one still loading or
  // broken would be photographed as what shows while it is missing.
  function loaded(images) {
    var urls = images.match(/url\((['"]?)(.*?)\1\)/g) || [];
    return urls.every(function (u) {
      var url = /url\((['"]?)(.*?)\1\)/.exec(u)[2];
      if (/^data:/.test(url)) return true;
      var entries = performance.getEntriesByName(url), last = entries[entries.length - 1];
      if (last && last.responseEnd > 0 &&
          !(last.responseStatus >= 300 || (last.responseStatus > 0 && last.responseStatus < 200))) {
        return true;
      }
      var img = new Image();
      img.src = url;
      return img.complete && img.naturalWidth > 0;
    }) ? true : null;
  }
  collect.backdrop_unmark = function () {
    var sheet = document.getElementById(BACKDROP_STYLE);
    if (sheet) sheet.remove();
    document.querySelectorAll('[' + BACKDROP_ATTR + ']').forEach(function (el) {
      el.removeAttribute(BACKDROP_ATTR);
    });
    return [];
  };
  // The box of an element's own text nodes (not its children's), in the viewport.
  function ownTextBox(el) {
    var left = Infinity, top = Infinity, right = -Infinity, bottom = -Infinity;
    Array.from(el.childNodes).forEach(function (child) {
      if (child.nodeType !== 3 || !child.nodeValue.trim()) return;
      var range = document.createRange();
      range.selectNodeContents(child);
      Array.from(range.getClientRects()).forEach(function (r) {
        if (!r.width || !r.height) return;
        left = Math.min(left, r.left); top = Math.min(top, r.top);
        right = Math.max(right, r.right); bottom = Math.max(bottom, r.bottom);
      });
    });
    if (left === Infinity) return null;
    return {left: left, top: top, width: right - left, height: bottom - top};
  }

  // The runner: each asked-for collector in turn (an error is that collector's alone), each
  // item with its element's path, box and a snippet; each collector's time (ms) in `extra`.
  // A collector may answer with a promise (the keyboard-trap check waits for the page's
  // timers); the next one starts when it is settled.
  return function (argument, h) {
    var top = window.parent === window, hits = [], failed = {}, ms = {};
    // the elements DevTools found listeners on (frames.py marks them before the runner)
    var listened = window.__ccListened || [];
    window.__ccListened = null;  // read once
    function add(name, items) {
      items.forEach(function (item) {
        var el = item.el;
        delete item.el;
        hits.push({collector: name, data: item, xpath: h.xpath(el), bbox: h.box(el),
                   snippet: snippet(el)});
      });
    }
    function next(i) {
      if (i >= argument.collectors.length) return Promise.resolve();
      var name = argument.collectors[i], started = performance.now();
      function done() { ms[name] = Math.round((performance.now() - started) * 10) / 10; }
      return new Promise(function (resolve) {
        resolve(collect[name]({top: top, limit: argument.limits[name] || 300,
                               listened: listened}));
      }).then(function (items) { done(); add(name, items); }, function (e) {
        done();
        failed[name] = String(e && e.message || e).slice(0, 200);
      }).then(function () { return next(i + 1); });
    }
    return next(0).then(function () {
      var extra = {ms: ms};
      if (Object.keys(failed).length) extra.collectors_failed = failed;
      return {hits: hits, extra: extra};
    });
  };
})();
