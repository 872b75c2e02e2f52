// Behaviour that used to sit in inline attributes, kept here so the Content-Security-Policy can
// forbid inline script and style: a <select data-autosubmit> submits its form when changed (after
// clearing the fields named in data-clears), and an element with data-width="NN" is NN% wide.
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
    document.querySelectorAll('[data-width]').forEach(function (el) {
      var percent = Math.max(0, Math.min(100, Number(el.dataset.width)));
      if (!isNaN(percent)) { el.style.width = percent + '%'; }
    });
  });
})();
