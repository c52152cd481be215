// Quizmark attempt page enhancements. The page works without this script (the form's buttons save and
// the server keeps the time); with it, each question is saved in the background when it changes, the
// save state is announced, and the remaining time counts down.
(function () {
  'use strict';
  var form = document.getElementById('attempt-form');
  if (!form) { return; }
  var attemptId = form.dataset.attempt;
  var csrfField = form.dataset.csrfField || 'csrf-token';
  var tokenInput = form.querySelector('input[name="' + csrfField + '"]');
  var token = tokenInput ? tokenInput.value : '';
  var msg = {
    saved: form.dataset.msgSaved, saving: form.dataset.msgSaving, failed: form.dataset.msgFailed,
    timeUp: form.dataset.msgTimeUp, warning: form.dataset.msgWarning, cut: form.dataset.msgCut
  };
  var closed = false;

  function stateOf(fieldset) { return document.getElementById(fieldset.id + '-state'); }

  function show(fieldset, text, failed) {
    var el = stateOf(fieldset);
    if (!el) { return; }
    el.textContent = text;
    el.classList.toggle('failed', !!failed);
  }

  function updateProgress(answered, total) {
    var bar = document.getElementById('progress');
    var text = document.getElementById('progress-text');
    if (bar) { bar.value = answered; bar.max = total; }
    if (text && form.dataset.progressTemplate) {
      text.textContent = form.dataset.progressTemplate.replace('999001', answered).replace('999002', total);
    }
  }

  function body(fieldset) {
    var params = new URLSearchParams();
    fieldset.querySelectorAll('input, select, textarea').forEach(function (el) {
      if (!el.name || el.disabled || el.type === 'hidden') { return; }
      if ((el.type === 'radio' || el.type === 'checkbox') && !el.checked) { return; }
      params.append(el.name, el.value);
    });
    return params;
  }

  // One save in flight per question; a change during it is sent right after, so the last answer wins.
  var inFlight = {};
  var dirty = {};

  function save(fieldset) {
    var qid = fieldset.dataset.question;
    if (closed) { return Promise.resolve(); }
    if (inFlight[qid]) { dirty[qid] = true; return inFlight[qid]; }
    dirty[qid] = false;
    show(fieldset, msg.saving, false);
    var request = fetch('/attempts/' + attemptId + '/questions/' + encodeURIComponent(qid), {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8',
        'Accept': 'application/json',
        'X-CSRF-TOKEN': token
      },
      body: body(fieldset).toString()
    }).then(function (response) {
      var isJson = (response.headers.get('Content-Type') || '').indexOf('application/json') === 0;
      if (!isJson) { throw new Error('not json'); }
      return response.json().then(function (data) {
        if (response.ok) {
          var time = new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
          show(fieldset, data.cut ? msg.cut : msg.saved + ' · ' + time, !!data.cut);
          updateProgress(data.answered, data.total);
        } else {
          show(fieldset, data.error || msg.failed, true);
          if (response.status === 409) { stop(data.error); }
        }
      });
    }).catch(function () {
      show(fieldset, msg.failed, true);
    }).then(function () {
      delete inFlight[qid];
      if (dirty[qid]) { return save(fieldset); }
    });
    inFlight[qid] = request;
    return request;
  }

  // The attempt is over (submitted elsewhere or out of time): no more edits; the result page follows.
  function stop(message) {
    if (closed) { return; }
    closed = true;
    form.querySelectorAll('fieldset.question').forEach(function (f) { f.disabled = true; });
    var alert = document.getElementById('timer-alert');
    if (alert && message) { alert.textContent = message; }
    setTimeout(function () { window.location.reload(); }, 2500);
  }

  if (form.dataset.autosave === 'true') {
    var timers = {};
    form.querySelectorAll('fieldset.question').forEach(function (fieldset) {
      fieldset.addEventListener('change', function () { save(fieldset); });
      fieldset.addEventListener('input', function (event) {
        if (event.target.tagName !== 'INPUT' || (event.target.type !== 'text' && event.target.type !== 'number')) { return; }
        clearTimeout(timers[fieldset.id]);
        timers[fieldset.id] = setTimeout(function () { save(fieldset); }, 800);
      });
    });
  }

  // Countdown from the server's remaining time (not the device clock, which may be wrong).
  var timer = document.getElementById('timer');
  if (timer) {
    var started = Date.now();
    var leftMs = Number(timer.dataset.leftMs);
    var graceMs = Number(timer.dataset.graceMs) || 0;
    var label = document.getElementById('time-left');
    var announced = {};
    var template = label.textContent.replace(/\d+(:\d\d)+/, '{t}');
    var format = function (ms) {
      var s = Math.max(0, Math.floor(ms / 1000));
      var h = Math.floor(s / 3600), m = Math.floor(s % 3600 / 60), sec = s % 60;
      var mm = h > 0 ? String(m).padStart(2, '0') : String(m);
      return (h > 0 ? h + ':' : '') + mm + ':' + String(sec).padStart(2, '0');
    };
    var tick = function () {
      var left = leftMs - (Date.now() - started);
      label.textContent = template.replace('{t}', format(left));
      var alert = document.getElementById('timer-alert');
      [300000, 60000].forEach(function (mark) {
        if (left <= mark && left > 0 && leftMs > mark && !announced[mark]) {
          announced[mark] = true;
          timer.classList.add('warning');
          if (alert) { alert.textContent = msg.warning + ' ' + label.textContent; }
        }
      });
      if (left <= 0) {
        clearInterval(interval);
        if (alert) { alert.textContent = msg.timeUp; }
        // Send what is pending, then lock the page; after the grace period the server has submitted it.
        var pending = Object.keys(inFlight).map(function (k) { return inFlight[k]; });
        Promise.all(pending).then(function () {
          closed = true;
          form.querySelectorAll('fieldset.question').forEach(function (f) { f.disabled = true; });
          setTimeout(function () { window.location.reload(); }, graceMs + 1000);
        });
      }
    };
    var interval = setInterval(tick, 1000);
  }
})();
