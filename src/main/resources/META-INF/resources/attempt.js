// Quizmark attempt page enhancements. The page works without this script (the form's buttons save and
// the server keeps the time); with it:
// - every change is put in a queue of unsaved answers, kept in localStorage too, and sent in the background;
//   an answer leaves the queue only once the server acknowledged exactly that answer, so nothing is dropped
//   silently: failed sends are retried with backoff (sooner when the browser comes back online), a reload or a
//   crashed tab restores the queue into the fields and resends it, and leaving with unsaved answers asks first;
// - each question says "saving / saved / not saved yet", and a summary says how many answers are unsaved;
// - the countdown warns at 5 and 1 minutes, flushes the queue just before the deadline, shows a banner when
//   time is up, and goes to the result once the server has submitted the attempt;
// - numeric answers and ordering positions are checked while typing; flags and the navigator update in place.
(function () {
  'use strict';
  var form = document.getElementById('attempt-form');
  if (!form) { return; }
  var attemptId = form.dataset.attempt;
  var csrfField = form.dataset.csrfField || 'csrf-token';
  var tokenInput = form.querySelector('input[name="' + csrfField + '"]');
  var token = tokenInput ? tokenInput.value : '';
  var d = form.dataset;
  var msg = {
    saved: d.msgSaved, saving: d.msgSaving, failed: d.msgFailed, notSaved: d.msgNotSaved, restored: d.msgRestored,
    unsaved: d.msgUnsaved, offline: d.msgOffline, timeUp: d.msgTimeUp, warning: d.msgWarning, cut: d.msgCut,
    number: d.msgNumber, samePosition: d.msgSamePosition
  };
  var STORE = 'quizmark-unsaved-' + attemptId;
  var MAX_BACKOFF = 30000;
  var closed = false;
  var submitting = false;

  // ---- The queue: question id -> the form body of its newest unsaved answer -------------------------------
  var queue = readStore();
  var inFlight = {};   // question id -> body being sent
  var failures = 0;    // consecutive failed sends, for the backoff
  var retryTimer = null;
  var lastProblem = null;

  function readStore() {
    try { return JSON.parse(window.localStorage.getItem(STORE)) || {}; } catch (e) { return {}; }
  }

  function writeStore() {
    try {
      if (Object.keys(queue).length === 0) { window.localStorage.removeItem(STORE); }
      else { window.localStorage.setItem(STORE, JSON.stringify(queue)); }
    } catch (e) { /* storage full or blocked: the queue still lives in this page */ }
  }

  function fieldsetOf(qid) { return document.getElementById('q-' + qid); }

  function show(qid, text, failed) {
    var el = document.getElementById('q-' + qid + '-state');
    if (!el) { return; }
    el.textContent = text;
    el.classList.toggle('failed', !!failed);
  }

  function summary() {
    var el = document.getElementById('save-summary');
    if (!el) { return; }
    var count = Object.keys(queue).length;
    if (count === 0) { el.textContent = ''; el.classList.remove('warn'); return; }
    var text = msg.unsaved.replace('999001', count);
    if (lastProblem === 'offline') { text += ' · ' + msg.offline; }
    el.textContent = text;
    el.classList.add('warn');
  }

  function updateProgress(answered, total) {
    var bar = document.getElementById('progress');
    var text = document.getElementById('progress-text');
    if (bar) { bar.value = answered; bar.max = total; }
    if (text && d.progressTemplate) {
      text.textContent = d.progressTemplate.replace('999001', answered).replace('999002', total);
    }
  }

  function body(fieldset) {
    var params = new URLSearchParams();
    fieldset.querySelectorAll('input, select, textarea').forEach(function (el) {
      if (!el.name || el.disabled || el.type === 'hidden') { return; }
      if ((el.type === 'radio' || el.type === 'checkbox') && !el.checked) { return; }
      params.append(el.name, el.value);
    });
    return params.toString();
  }

  function answered(bodyText) {
    var any = false;
    new URLSearchParams(bodyText).forEach(function (value) { if (value.trim() !== '') { any = true; } });
    return any;
  }

  function markNavigator(qid, isAnswered) {
    var nav = document.getElementById('nav-' + qid);
    if (nav) { nav.classList.toggle('answered', isAnswered); }
  }

  // A changed question joins the queue at once (so leaving warns), and is sent after a short pause.
  function enqueue(fieldset, delay) {
    if (closed) { return; }
    var qid = fieldset.dataset.question;
    queue[qid] = body(fieldset);
    writeStore();
    summary();
    markNavigator(qid, answered(queue[qid]));
    show(qid, msg.notSaved, false);
    schedule(delay);
  }

  function schedule(delay) {
    clearTimeout(retryTimer);
    retryTimer = setTimeout(flush, delay);
  }

  function backoff() {
    var base = Math.min(MAX_BACKOFF, 1000 * Math.pow(2, Math.min(failures, 5)));
    return base / 2 + Math.random() * base / 2;
  }

  // Sends every queued answer that is not already on its way; returns when all of those sends have ended.
  function flush() {
    clearTimeout(retryTimer);
    var sends = Object.keys(queue).filter(function (qid) { return !(qid in inFlight); }).map(send);
    return Promise.all(sends);
  }

  function send(qid) {
    var sent = queue[qid];
    inFlight[qid] = sent;
    show(qid, msg.saving, false);
    return fetch('/attempts/' + attemptId + '/questions/' + encodeURIComponent(qid), {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8',
        'Accept': 'application/json',
        'X-CSRF-TOKEN': token
      },
      body: sent
    }).then(function (response) {
      var isJson = (response.headers.get('Content-Type') || '').indexOf('application/json') === 0;
      if (!isJson) { throw new Error('not json: ' + response.status); }
      return response.json().then(function (data) { return { status: response.status, ok: response.ok, data: data }; });
    }).then(function (result) {
      delete inFlight[qid];
      if (result.ok) {
        failures = 0;
        lastProblem = null;
        if (queue[qid] === sent) { delete queue[qid]; writeStore(); }
        var time = new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
        if (qid in queue) { show(qid, msg.notSaved, false); schedule(200); }
        else { show(qid, result.data.cut ? msg.cut : msg.saved + ' · ' + time, !!result.data.cut); }
        updateProgress(result.data.answered, result.data.total);
      } else if (result.status >= 500 || result.status === 429) {
        // The server is there but cannot save now (database away: 503): keep it and try again.
        retryLater(qid, result.data.error);
      } else {
        // Refused for good (time up, submitted, question locked): say so; resending cannot help.
        if (queue[qid] === sent) { delete queue[qid]; writeStore(); }
        show(qid, result.data.error || msg.failed, true);
        if (result.status === 409) { stop(result.data.error); }
      }
      summary();
    }, function () {
      // No answer at all (server stopped, network gone) or not one from the save endpoint.
      delete inFlight[qid];
      lastProblem = 'offline';
      retryLater(qid, null);
      summary();
    });
  }

  function retryLater(qid, why) {
    failures++;
    show(qid, (why ? why + ' ' : '') + msg.notSaved, true);
    if (!closed || inGrace()) { schedule(backoff()); }
  }

  window.addEventListener('online', function () { failures = 0; flush(); });

  // Leaving with unsaved answers asks first; the form's own buttons post the page's answers, so they do not.
  form.addEventListener('submit', function () { submitting = true; });
  window.addEventListener('beforeunload', function (event) {
    if (submitting || closed || Object.keys(queue).length === 0) { return; }
    event.preventDefault();
    event.returnValue = '';
  });

  // ---- Restoring after a reload or a crashed tab ------------------------------------------------------------
  function restore(fieldset, bodyText) {
    var values = {};
    new URLSearchParams(bodyText).forEach(function (value, name) { (values[name] = values[name] || []).push(value); });
    fieldset.querySelectorAll('input, select, textarea').forEach(function (el) {
      if (!el.name || el.type === 'hidden') { return; }
      var given = values[el.name] || [];
      if (el.type === 'radio' || el.type === 'checkbox') { el.checked = given.indexOf(el.value) >= 0; }
      else { el.value = given.length ? given[0] : ''; }
    });
  }

  Object.keys(queue).forEach(function (qid) {
    var fieldset = fieldsetOf(qid);
    if (fieldset && !fieldset.disabled) {
      restore(fieldset, queue[qid]);
      markNavigator(qid, answered(queue[qid]));
      show(qid, msg.restored, false);
    }
  });
  summary();
  if (Object.keys(queue).length > 0) { flush(); }

  // ---- Typing checks -------------------------------------------------------------------------------------------
  // Numbers as the server reads them (AnswerNormalizer.number): NFKC digits, thousands commas, sign, decimals,
  // e-notation. A warning only: the answer is still saved as typed.
  var NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

  function warn(fieldset, text) {
    var el = document.getElementById(fieldset.id + '-warning');
    if (el && el.textContent !== text) { el.textContent = text; }
  }

  function checkInput(fieldset) {
    var type = fieldset.dataset.type;
    if (type === 'numeric') {
      var input = fieldset.querySelector('input[type=text]');
      var text = (input.value.normalize ? input.value.normalize('NFKC') : input.value).trim().replace(/,/g, '');
      var bad = text !== '' && !NUMBER.test(text);
      input.setAttribute('aria-invalid', bad ? 'true' : 'false');
      if (bad) { input.setAttribute('aria-describedby', fieldset.id + '-warning'); }
      warn(fieldset, bad ? msg.number : '');
    } else if (type === 'ordering') {
      var seen = {};
      var selects = fieldset.querySelectorAll('select');
      selects.forEach(function (s) { if (s.value) { seen[s.value] = (seen[s.value] || 0) + 1; } });
      var twice = false;
      selects.forEach(function (s) {
        var clash = s.value !== '' && seen[s.value] > 1;
        twice = twice || clash;
        s.setAttribute('aria-invalid', clash ? 'true' : 'false');
      });
      warn(fieldset, twice ? msg.samePosition : '');
    }
  }

  // ---- Wiring the questions ------------------------------------------------------------------------------------
  var autosave = d.autosave === 'true';
  var typing = {};
  form.querySelectorAll('fieldset.question').forEach(function (fieldset) {
    checkInput(fieldset);
    fieldset.addEventListener('input', function (event) {
      checkInput(fieldset);
      var t = event.target;
      if (!autosave || t.tagName !== 'INPUT' || (t.type !== 'text' && t.type !== 'number')) { return; }
      // Queued at once (and in localStorage), sent after a pause in typing.
      clearTimeout(typing[fieldset.id]);
      enqueue(fieldset, 800);
    });
    fieldset.addEventListener('change', function () {
      checkInput(fieldset);
      if (autosave) { enqueue(fieldset, 0); }
    });
  });

  // ---- Flags and the navigator ----------------------------------------------------------------------------------
  form.addEventListener('click', function (event) {
    var button = event.target.closest('button');
    if (!button || closed) { return; }
    if (button.name === 'flag') {
      event.preventDefault();
      toggleFlag(button);
    } else if (button.name === 'goto' && button.dataset.here === 'true') {
      // A question on this page: scroll to it, nothing to save or load.
      event.preventDefault();
      var target = fieldsetOf(button.dataset.question);
      if (target) {
        target.scrollIntoView();
        var first = target.querySelector('input:not([type=hidden]), select, textarea');
        if (first) { first.focus({ preventScroll: true }); }
      }
    }
  });

  function toggleFlag(button) {
    var qid = button.value;
    var flagged = button.getAttribute('aria-pressed') !== 'true';
    var params = new URLSearchParams();
    params.append('flagged', String(flagged));
    fetch('/attempts/' + attemptId + '/questions/' + encodeURIComponent(qid) + '/flag', {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8',
        'Accept': 'application/json',
        'X-CSRF-TOKEN': token
      },
      body: params.toString()
    }).then(function (response) {
      if (!response.ok) { throw new Error(String(response.status)); }
      button.setAttribute('aria-pressed', String(flagged));
      var nav = document.getElementById('nav-' + qid);
      if (nav) {
        nav.classList.toggle('flagged', flagged);
        nav.querySelector('.flag-mark').classList.toggle('off', !flagged);
      }
    }).catch(function () {
      show(qid, msg.failed, true);
    });
  }

  // ---- The end of the attempt -----------------------------------------------------------------------------------
  var graceMs = 0;
  var deadlineAt = null; // this page's clock time of the server's deadline

  function inGrace() {
    return deadlineAt !== null && Date.now() < deadlineAt + graceMs;
  }

  function lock() {
    closed = true;
    form.querySelectorAll('fieldset.question').forEach(function (f) { f.disabled = true; });
    form.querySelectorAll('button').forEach(function (b) { b.disabled = true; });
  }

  function banner(text, timeUp) {
    var alert = document.getElementById('timer-alert');
    if (!alert) { return; }
    alert.textContent = text;
    alert.classList.toggle('time-up', !!timeUp);
  }

  // The attempt is over (submitted elsewhere or out of time): no more edits; the result page follows.
  function stop(message) {
    if (closed) { return; }
    lock();
    banner(message || msg.timeUp, true);
    try { window.localStorage.removeItem(STORE); } catch (e) { /* nothing kept */ }
    queue = {};
    summary();
    setTimeout(function () { window.location.assign('/attempts/' + attemptId + '/review'); }, 2500);
  }

  // Time is up: lock the page, send what is still queued (the server takes it during the grace period), then
  // ask the server to submit, and go to the result once it has.
  function timeUp() {
    lock();
    banner(msg.timeUp, true);
    var finish = function () {
      var queued = Object.keys(queue).length;
      if (queued > 0 && inGrace() && Date.now() < deadlineAt + graceMs - 3000) {
        failures = 0;
        flush().then(function () { setTimeout(finish, Object.keys(queue).length ? 1000 : 0); });
        return;
      }
      askSubmitted(0);
    };
    flush().then(finish);
  }

  function askSubmitted(tries) {
    fetch('/attempts/' + attemptId + '/time-up', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Accept': 'application/json', 'X-CSRF-TOKEN': token,
        'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8' },
      body: ''
    }).then(function (response) {
      if (!response.ok) { throw new Error(String(response.status)); }
      return response.json();
    }).then(function (data) {
      if (data.submitted) {
        try { window.localStorage.removeItem(STORE); } catch (e) { /* nothing kept */ }
        queue = {};
        window.location.assign(data.review);
      } else {
        setTimeout(function () { askSubmitted(tries + 1); }, Math.max(500, Number(data.millisLeft) || 0));
      }
    }).catch(function () {
      setTimeout(function () { askSubmitted(tries + 1); }, Math.min(MAX_BACKOFF, 1000 * Math.pow(2, Math.min(tries, 5))));
    });
  }

  // Countdown from the server's remaining time (not the device clock, which may be wrong).
  var timer = document.getElementById('timer');
  if (timer) {
    var started = Date.now();
    var leftMs = Number(timer.dataset.leftMs);
    graceMs = Number(timer.dataset.graceMs) || 0;
    deadlineAt = started + leftMs;
    var label = document.getElementById('time-left');
    var warned = {};
    var flushedBeforeEnd = false;
    var template = label.textContent.replace(/\d+(:\d\d)+/, '{t}');
    var format = function (ms) {
      var s = Math.max(0, Math.ceil(ms / 1000));
      var h = Math.floor(s / 3600), m = Math.floor(s % 3600 / 60), sec = s % 60;
      var mm = h > 0 ? String(m).padStart(2, '0') : String(m);
      return (h > 0 ? h + ':' : '') + mm + ':' + String(sec).padStart(2, '0');
    };
    var tick = function () {
      var left = deadlineAt - Date.now();
      label.textContent = template.replace('{t}', format(left));
      [5, 1].forEach(function (minutes) {
        var mark = minutes * 60000;
        if (left <= mark && left > 0 && !warned[minutes] && (leftMs > mark || minutes === 1 && leftMs > 0)) {
          warned[minutes] = true;
          warned[5] = true;
          timer.classList.add('warning');
          banner(msg.warning.replace('999001', Math.max(1, Math.ceil(left / 60000))), false);
        }
      });
      // Just before the end, send whatever is queued now instead of waiting for its backoff.
      if (left <= 10000 && left > 0 && !flushedBeforeEnd) {
        flushedBeforeEnd = true;
        failures = 0;
        flush();
      }
      if (left <= 0) {
        clearInterval(interval);
        timeUp();
      }
    };
    var interval = setInterval(tick, 1000);
    tick();
  }
})();
