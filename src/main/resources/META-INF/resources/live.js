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
  setInterval(tick, 250);
  document.addEventListener('DOMContentLoaded', tick);
})();
