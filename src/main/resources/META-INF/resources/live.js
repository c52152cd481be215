// Live pages: counts down every [data-left-ms] element from when it arrived (the server owns the clock and sends
// the time left with each page or event; this only animates it). htmx and its SSE extension do the rest.
(function () {
  'use strict';
  function tick() {
    var now = Date.now();
    var clocks = document.querySelectorAll('[data-left-ms]');
    for (var i = 0; i < clocks.length; i++) {
      var el = clocks[i];
      if (!el.liveEnd) {
        el.liveEnd = now + (parseInt(el.getAttribute('data-left-ms'), 10) || 0);
      }
      var left = Math.max(0, Math.ceil((el.liveEnd - now) / 1000));
      if (el.textContent !== String(left)) {
        el.textContent = String(left);
      }
      el.classList.toggle('warning', left <= 5);
    }
  }
  // Forms that came by the event stream carry no CSRF token (they were rendered outside any request): give
  // them this page's, right after the swap and before anyone can press a button.
  function fillTokens() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    if (!meta) {
      return;
    }
    var fields = document.querySelectorAll('input[name="csrf-token"]');
    for (var i = 0; i < fields.length; i++) {
      if (!fields[i].value) {
        fields[i].value = meta.getAttribute('content');
      }
    }
  }
  document.addEventListener('htmx:afterSwap', function () {
    fillTokens();
    tick();
  });
  setInterval(tick, 250);
  document.addEventListener('DOMContentLoaded', tick);
})();
