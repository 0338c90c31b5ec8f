/* clinic-checker report: filtering and sorting. Inlined into each report file and allowed by
   its hash in the Content-Security-Policy. It reads only the report's own data-* attributes
   and text, and writes only textContent, attributes and the hidden property. */
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

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('form[data-scope]'), setupFilter);
    Array.prototype.forEach.call(document.querySelectorAll('table[data-sortable]'), setupSort);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
