/* clinic-checker report: filtering, sorting, and the reviewer's verdicts file. Inlined into
   each report file and allowed by its hash in the Content-Security-Policy. It reads only the
   report's own data-* attributes, text and form fields, and writes only textContent,
   attributes, the hidden property and a downloaded file (a Blob made here). */
(function () {
  'use strict';

  function lower(s) { return (s || '').toLowerCase(); }

  function hasWord(list, word) {
    return (' ' + (list || '') + ' ').indexOf(' ' + word + ' ') >= 0;
  }

  function value(form, name) {
    var el = form.elements.namedItem(name);
    return el ? el.value : '';
  }

  function setupFilter(form) {
    var scope = document.getElementById(form.getAttribute('data-scope'));
    var status = document.getElementById(form.getAttribute('data-status'));
    if (!scope) { return; }
    var items = Array.prototype.slice.call(scope.querySelectorAll('[data-item]'));
    var texts = items.map(function (el) { return lower(el.textContent); });
    /* Each select filters on the data-* attribute of its name: sev, src, rule, status. */
    var selects = Array.prototype.slice.call(form.querySelectorAll('select[name]'));
    function apply() {
      var words = lower(value(form, 'q')).split(/\s+/).filter(Boolean);
      var shown = 0;
      items.forEach(function (el, i) {
        var ok = selects.every(function (s) {
          return !s.value || hasWord(el.getAttribute('data-' + s.name), s.value);
        }) && words.every(function (w) { return texts[i].indexOf(w) >= 0; });
        el.hidden = !ok;
        if (ok) { shown += 1; }
      });
      if (status) {
        status.textContent = 'Showing ' + shown + ' of ' + items.length + '.';
      }
    }
    form.addEventListener('input', apply);
    form.addEventListener('change', apply);
    form.addEventListener('submit', function (e) { e.preventDefault(); apply(); });
    form.addEventListener('reset', function () { window.setTimeout(apply, 0); });
    form.hidden = false; /* the controls appear only where the script runs */
    apply();
  }

  function cellValue(row, col, numeric) {
    var cell = row.cells[col];
    var raw = cell ? (cell.getAttribute('data-sort') || cell.textContent) : '';
    return numeric ? (parseFloat(raw) || 0) : lower(raw.trim());
  }

  function setupSort(table) {
    var heads = Array.prototype.slice.call(table.querySelectorAll('th[data-sort-type]'));
    heads.forEach(function (th) {
      var button = th.querySelector('button');
      if (!button) { return; }
      button.hidden = false;
      button.addEventListener('click', function () {
        var col = th.cellIndex;
        var numeric = th.getAttribute('data-sort-type') === 'number';
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        heads.forEach(function (other) { other.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = cellValue(a, col, numeric), y = cellValue(b, col, numeric);
          var order = x < y ? -1 : (x > y ? 1 : 0);
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }

  /* review.html: each finding's verdict controls, collected into a verdicts file that
     `clinic-checker review import FILE` records (checker/gate/review_file.py names the
     keys). What a verdict requires comes from the page (data-requires), not from here. */
  function verdictOf(item, by, at) {
    var select = item.querySelector('select[name="verdict"]');
    if (!select || !select.value) { return null; }
    var field = function (name) {
      var el = item.querySelector('input[name="' + name + '"]');
      return el ? el.value.trim() : '';
    };
    var requires = (select.selectedOptions[0].getAttribute('data-requires') || '')
      .split(' ').filter(Boolean);
    var missing = requires.filter(function (name) { return !field(name); })[0];
    return {
      missing: missing ? item.querySelector('input[name="' + missing + '"]') : null,
      entry: {
        fingerprint: item.getAttribute('data-fingerprint'),
        subject_hash: item.getAttribute('data-subject'),
        verdict: select.value, reason: field('reason') || null,
        expires: field('expires') || null, by: by, at: at
      }
    };
  }

  function download(name, text) {
    var url = URL.createObjectURL(new Blob([text], {type: 'application/json'}));
    var link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    window.setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }

  function setupVerdicts(form) {
    var status = document.getElementById('verdicts-status');
    var items = Array.prototype.slice.call(document.querySelectorAll('[data-verdict-item]'));
    items.forEach(function (item) {
      var box = item.querySelector('fieldset.verdict');
      if (box) { box.hidden = false; }
    });
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var by = form.elements.namedItem('by');
      var at = new Date().toISOString();
      var entries = [], problem = null;
      items.forEach(function (item) {
        var found = verdictOf(item, by.value.trim(), at);
        if (!found) { return; }
        if (found.missing && !problem) {
          problem = found.missing;
          var label = found.missing.closest('label');
          status.textContent = 'Finding ' + found.entry.fingerprint + ': the verdict "' +
            found.entry.verdict + '" needs "' + (label ? label.firstChild.textContent.trim()
              : found.missing.name) + '".';
        }
        entries.push(found.entry);
      });
      if (!problem && !by.value.trim()) {
        problem = by;
        status.textContent = 'Give your name first: every verdict carries it.';
      }
      if (!problem && !entries.length) {
        status.textContent = 'No verdict given yet: choose one on a finding below.';
        return;
      }
      if (problem) { problem.setAttribute('aria-invalid', 'true'); problem.focus(); return; }
      var run = form.getAttribute('data-run');
      var name = 'verdicts-' + run + '.json';
      download(name, JSON.stringify({
        format: form.getAttribute('data-format'),
        version: parseInt(form.getAttribute('data-version'), 10),
        run: run, verdicts: entries
      }, null, 2));
      status.textContent = 'Downloaded ' + entries.length + ' verdict' +
        (entries.length === 1 ? '' : 's') + ' as ' + name +
        '. Record them with: clinic-checker review import ' + name;
    });
    form.hidden = false;
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('form[data-scope]'), setupFilter);
    Array.prototype.forEach.call(document.querySelectorAll('table[data-sortable]'), setupSort);
    Array.prototype.forEach.call(document.querySelectorAll('form.verdicts'), setupVerdicts);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
