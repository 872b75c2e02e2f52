// Behaviour that used to sit in inline attributes, kept here so the Content-Security-Policy can
// forbid inline script and style: a <select data-autosubmit> submits its form when changed (after
// clearing the fields named in data-clears), an element with data-width="NN" is NN% wide, and the
// menu opens on a wide screen and folds behind its button on a phone.
(function () {
  function ready(fn) {
    if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', fn); } else { fn(); }
  }
  ready(function () {
    document.querySelectorAll('[data-autosubmit]').forEach(function (el) {
      el.addEventListener('change', function () {
        var form = el.form;
        if (!form) { return; }
        (el.dataset.clears || '').split(/\s+/).filter(Boolean).forEach(function (name) {
          if (form.elements[name]) { form.elements[name].value = ''; }
        });
        form.submit();
      });
    });
    // the menu: open beside the brand on a wide screen, behind its button on a phone
    var menu = document.getElementById('menu');
    if (menu && window.matchMedia) {
      var wide = window.matchMedia('(min-width: 900px)');
      var sync = function () { menu.open = wide.matches; };
      sync();
      if (wide.addEventListener) { wide.addEventListener('change', sync); }
    }
    document.querySelectorAll('#nav a[data-nav]').forEach(function (a) {
      var href = a.dataset.nav;
      if (location.pathname === href || location.pathname.indexOf(href + '/') === 0) {
        a.setAttribute('aria-current', 'page');
      }
    });
    document.querySelectorAll('[data-width]').forEach(function (el) {
      var percent = Math.max(0, Math.min(100, Number(el.dataset.width)));
      if (!isNaN(percent)) { el.style.width = percent + '%'; }
    });
  });
})();
// On a phone a table becomes cards (stocktake.css, "phone and contrast"): each cell of a table with
// one heading row is labelled with its column's heading, and the table is marked .phone-cards.
(function () {
  function label(table) {
    if (table.classList.contains('matrix') || !table.tHead || table.tHead.rows.length !== 1) { return; }
    var heads = Array.prototype.map.call(table.tHead.rows[0].cells, function (c) {
      return c.colSpan === 1 ? c.textContent.trim() : null;
    });
    if (heads.indexOf(null) >= 0) { return; }
    Array.prototype.forEach.call(table.tBodies, function (body) {
      Array.prototype.forEach.call(body.rows, function (row) {
        if (row.cells.length !== heads.length) { return; }
        Array.prototype.forEach.call(row.cells, function (cell, i) { cell.setAttribute('data-label', heads[i]); });
      });
    });
    table.classList.add('phone-cards');
  }
  function all() { document.querySelectorAll('main table').forEach(label); }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', all); } else { all(); }
  document.addEventListener('htmx:afterSwap', all);
})();
