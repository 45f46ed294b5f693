// Bootstrap Italia's fonts are declared in fonts.css: its loadFonts() writes an inline <style>,
// which the Content-Security-Policy refuses.

// Every htmx request repeats the page's CSRF token in a header (forms carry it as a field too).
document.addEventListener('htmx:configRequest', function (e) {
  var meta = document.querySelector('meta[name="csrf-token"]');
  if (meta) { e.detail.headers['X-CSRF-Token'] = meta.getAttribute('content'); }
});

// Editing: the live sum of a weight group (the server decides; this only helps while typing),
// and a confirmation before deleting a node.
(function () {
  function italianNumber(text) {
    var t = text.trim().replace(/%$/, '').trim();
    if (!/^\d{1,3}(,\d{1,2})?$/.test(t)) { return NaN; }
    return Number(t.replace(',', '.'));
  }
  function showSum(form) {
    var total = 0;
    var valid = true;
    form.querySelectorAll('.weight-input').forEach(function (input) {
      var n = italianNumber(input.value);
      if (isNaN(n)) { valid = false; } else { total += n; }
    });
    var out = form.querySelector('#weights-sum');
    if (out) {
      out.textContent = valid ? total.toFixed(2).replace('.', ',') + '%' : '?';
    }
  }
  document.addEventListener('input', function (e) {
    var form = e.target.closest && e.target.closest('form[data-weights]');
    if (form) { showSum(form); }
  });
  document.addEventListener('submit', function (e) {
    var message = e.target.getAttribute && e.target.getAttribute('data-confirm');
    if (message && !window.confirm(message)) { e.preventDefault(); }
  });
})();
