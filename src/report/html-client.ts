// The HTML report's only script: sorts and filters the server-rendered table rows using the embedded JSON data.
// Kept as plain ES2017 text so it runs in any browser; its sha256 goes into the page's Content-Security-Policy.

/** The inline script; reads `#keylint-data` and wires the sort buttons and filter controls. */
export const CLIENT_SCRIPT = String.raw`(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('keylint-data').textContent);
  var rows = data.rows;
  var tbody = document.getElementById('findings-body');
  var trs = Array.prototype.slice.call(tbody.querySelectorAll('tr[data-i]'));
  var form = document.getElementById('filters');
  var count = document.getElementById('shown-count');
  var state = { key: 'severity', dir: 1 };
  form.hidden = false;

  function value(row, key) {
    var v = row[key];
    return v === null || v === undefined ? '' : v;
  }
  function compare(a, b) {
    var x = value(rows[a], state.key), y = value(rows[b], state.key);
    var c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), undefined, { numeric: true });
    return c * state.dir || a - b;
  }
  function matches(row) {
    var fields = form.querySelectorAll('select[data-field]');
    for (var i = 0; i < fields.length; i++) {
      if (fields[i].value && String(value(row, fields[i].getAttribute('data-field'))) !== fields[i].value) return false;
    }
    var q = document.getElementById('filter-text').value.trim().toLowerCase();
    return !q || row.text.indexOf(q) !== -1;
  }
  function apply() {
    var order = trs.map(function (_, i) { return i; }).sort(compare);
    var shown = 0;
    order.forEach(function (i) {
      var visible = matches(rows[i]);
      trs[i].hidden = !visible;
      if (visible) shown++;
      tbody.appendChild(trs[i]);
    });
    count.textContent = shown + ' of ' + rows.length;
    var buttons = document.querySelectorAll('th button[data-sort]');
    for (var j = 0; j < buttons.length; j++) {
      var th = buttons[j].parentNode;
      if (buttons[j].getAttribute('data-sort') === state.key) th.setAttribute('aria-sort', state.dir > 0 ? 'ascending' : 'descending');
      else th.setAttribute('aria-sort', 'none');
    }
  }
  document.querySelector('thead').addEventListener('click', function (event) {
    var button = event.target.closest('button[data-sort]');
    if (!button) return;
    var key = button.getAttribute('data-sort');
    state.dir = state.key === key ? -state.dir : 1;
    state.key = key;
    apply();
  });
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  form.addEventListener('reset', function () { setTimeout(apply, 0); });
  apply();
})();`;
