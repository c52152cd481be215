// The load client of bench/live-load.sh: PHONES simulated phones and the host of one live session, on Node's own
// http module (no packages). Each phone does what the phone page does: GET /live (CSRF cookie and token), join as a
// guest, open the session's event stream (reconnecting after `retry` like EventSource), and answer each question
// with a plain form POST a moment after it arrives, tapping again when the post fails (answers are idempotent).
// The host posts the buttons (start/next, close, results, leaderboard, finish) and, at question KILL_AT, runs
// `kill -9 KILL_PID` once KILL_SHARE of the phones have answered it.
//
// Measures: time from the host's "next question" post to the question's event reaching each phone, answer post
// round trips, errors. Writes every acknowledged answer (303) to ACKS as "nickname,question" for the shell to check
// against the database, and a summary to stdout.
import http from 'node:http';
import fs from 'node:fs';

const env = (name, fallback) => process.env[name] ?? fallback;
const LB = new URL(env('LB', 'http://127.0.0.1:18090'));
const PHONES = Number(env('PHONES', '500'));
const RAMP_MS = Number(env('RAMP_SECONDS', '30')) * 1000;
const SESSION = env('SESSION');
const PIN = env('PIN');
const QUESTIONS = Number(env('QUESTIONS', '4'));
let hostCookie = env('HOST_COOKIE');
const KILL_PID = Number(env('KILL_PID', '0'));
const KILL_AT = Number(env('KILL_AT', '0'));
const KILL_SHARE = Number(env('KILL_SHARE', '0.4'));
const ACKS = env('ACKS', '/dev/null');
const THINK_MS = Number(env('THINK_MS', '3000'));

const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 256 });
const now = () => performance.now();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** One request; resolves {status, headers, body} or rejects on a network error. */
function request(method, path, { cookie, form, agent = keepAlive, timeout = 15000 } = {}) {
  return new Promise((resolve, reject) => {
    const body = form ? new URLSearchParams(form).toString() : null;
    const req = http.request({ host: LB.hostname, port: LB.port, method, path, agent, timeout,
      headers: { ...(cookie ? { Cookie: cookie } : {}),
        ...(body ? { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': Buffer.byteLength(body) } : {}) } },
    (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { data += c; });
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: data }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

const cookiesOf = (res) => (res.headers['set-cookie'] || []).map((c) => c.split(';')[0]);
/** A Cookie header with the cookies a response set replacing those of the same name. */
function merged(header, set) {
  const jar = new Map(header.split('; ').filter(Boolean).map((c) => [c.split('=')[0], c]));
  for (const c of set) jar.set(c.split('=')[0], c);
  return [...jar.values()].join('; ');
}
const tokenOf = (html) => (html.match(/name="csrf-token" value="([^"]+)"/) || [])[1];

/** Failed requests by kind ("answer HTTP 503", "join ECONNRESET", …). */
const failures = {};
const failed = (what, e) => { const key = `${what} ${e}`; failures[key] = (failures[key] || 0) + 1; };
const stats = { joinErrors: 0, streamErrors: 0, reconnects: 0, answerErrors: 0, tooLate: 0, acks: 0, hostErrors: 0 };
const arrivals = new Map(); // question id -> array of ms after the host's post
const answerMs = [];
const posted = new Map(); // question id -> host post time
const acked = new Map(); // question id -> count
const ackLines = [];
let finished = false;

class Phone {
  constructor(i) {
    this.nickname = `p${String(i).padStart(4, '0')}`;
    this.seen = new Set();
    this.connected = false;
  }

  async join() {
    // A student whose join fails tries again, for up to about a minute.
    for (let tries = 0; tries < 30; tries++) {
      try {
        const page = await request('GET', '/live');
        this.cookies = cookiesOf(page);
        this.token = tokenOf(page.body);
        const joined = await request('POST', '/live/join', { cookie: this.cookies.join('; '),
          form: { 'csrf-token': this.token, pin: PIN, nickname: this.nickname } });
        if (joined.status === 303) {
          this.cookies.push(...cookiesOf(joined));
          this.cookie = this.cookies.join('; ');
          this.stream();
          return;
        }
        stats.joinErrors++;
        failed('join', `HTTP ${joined.status}`);
      } catch (e) {
        stats.joinErrors++;
        failed('join', e.code || e.message);
      }
      await sleep(1000 + Math.random() * 1000);
    }
  }

  /** The event stream, as EventSource keeps it: on a drop, reconnect after the server's retry. */
  stream() {
    if (finished) return;
    const req = http.request({ host: LB.hostname, port: LB.port, path: `/live/sessions/${SESSION}/events`, agent: false,
      headers: { Cookie: this.cookie, Accept: 'text/event-stream' } }, (res) => {
      if (res.statusCode !== 200) {
        stats.streamErrors++;
        failed('stream', `HTTP ${res.statusCode}`);
        res.resume();
        setTimeout(() => this.stream(), 2000);
        return;
      }
      this.connected = true;
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block.split('\n').filter((l) => l.startsWith('data:')).map((l) => l.slice(5)).join('\n');
          if (data) this.onStage(data);
        }
      });
      res.on('end', () => this.dropped());
      res.on('error', () => this.dropped());
    });
    req.on('error', () => this.dropped());
    req.end();
  }

  dropped() {
    if (!this.connected && finished) return;
    this.connected = false;
    if (finished) return;
    stats.reconnects++;
    setTimeout(() => this.stream(), 2000);
  }

  onStage(html) {
    if (html.includes('live-big')) {
      this.final = true;
      return;
    }
    const match = html.match(/name="question" value="([^"]+)"/);
    if (!match || this.seen.has(match[1])) return;
    const question = match[1];
    this.seen.add(question);
    if (posted.has(question)) {
      const list = arrivals.get(question) || [];
      list.push(now() - posted.get(question));
      arrivals.set(question, list);
    }
    const choice = 1 + Math.floor(Math.random() * 4);
    setTimeout(() => this.answer(question, choice), 300 + Math.random() * THINK_MS);
  }

  /** Posts the answer; a failed post is tapped again (the server takes an answer once). */
  async answer(question, choice) {
    for (let tries = 0; tries < 20 && !finished; tries++) {
      const start = now();
      try {
        const res = await request('POST', `/live/sessions/${SESSION}/answer`, { cookie: this.cookie,
          form: { 'csrf-token': this.token, question, [`q.${question}`]: String(choice) } });
        if (res.status === 303) {
          answerMs.push(now() - start);
          stats.acks++;
          acked.set(question, (acked.get(question) || 0) + 1);
          ackLines.push(`${this.nickname},${question}`);
          return;
        }
        if (res.status === 409) {
          stats.tooLate++;
          return;
        }
        stats.answerErrors++;
        failed('answer', `HTTP ${res.status}`);
      } catch (e) {
        stats.answerErrors++;
        failed('answer', e.code || e.message);
      }
      await sleep(500);
    }
  }
}

// --- the host ----------------------------------------------------------------------------------------------
async function hostPage() {
  for (let tries = 0; tries < 20; tries++) {
    try {
      const page = await request('GET', `/instructor/live/${SESSION}`, { cookie: hostCookie });
      hostCookie = merged(hostCookie, cookiesOf(page));
      if (page.status === 200 && /name="seq" value="\d+"/.test(page.body)) {
        return { seq: (page.body.match(/name="seq" value="(\d+)"/) || [])[1], token: tokenOf(page.body), body: page.body };
      }
      if (process.env.DEBUG) console.error(`host page: HTTP ${page.status} ${page.body.slice(0, 300)}`);
    } catch (e) { /* the instance behind the proxy may be gone: try again */ }
    stats.hostErrors++;
    await sleep(500);
  }
  throw new Error('host page unreachable');
}

async function act(action, beforePost) {
  let last = '';
  for (let tries = 0; tries < 10; tries++) {
    const page = await hostPage();
    if (beforePost && tries === 0) beforePost();
    try {
      const res = await request('POST', `/instructor/live/${SESSION}`, { cookie: hostCookie,
        form: { 'csrf-token': page.token, action, seq: page.seq } });
      if (res.status === 303) return;
      last = `HTTP ${res.status} ${res.body.slice(0, 200)}`;
    } catch (e) {
      last = String(e);
    }
    stats.hostErrors++;
    await sleep(300);
  }
  throw new Error(`host action ${action} failed: ${last}`);
}

function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
const fmt = (v) => (Number.isNaN(v) ? '-' : `${Math.round(v)}`);

async function main() {
  const phones = Array.from({ length: PHONES }, (_, i) => new Phone(i + 1));
  const began = now();
  await Promise.all(phones.map((phone, i) => sleep((RAMP_MS * i) / PHONES).then(() => phone.join())));
  for (let waited = 0; waited < 60000 && phones.some((p) => !p.connected); waited += 250) await sleep(250);
  const connected = phones.filter((p) => p.connected).length;
  console.log(`joined and streaming: ${connected} of ${PHONES} phones in ${Math.round(now() - began)} ms `
    + `(ramp ${RAMP_MS / 1000} s; join errors ${stats.joinErrors})`);
  let killedAt = null;
  for (let q = 1; q <= QUESTIONS; q++) {
    const question = `q${q}`;
    await act(q === 1 ? 'START' : 'NEXT', () => posted.set(question, now()));
    const opened = now();
    let killed = false;
    // Until every phone answered (the server then closes the question) or the time is nearly up.
    while (now() - opened < 25000) {
      const answered = acked.get(question) || 0;
      if (q === KILL_AT && !killed && KILL_PID && answered >= PHONES * KILL_SHARE) {
        process.kill(KILL_PID, 'SIGKILL');
        killed = true;
        killedAt = { question, answered };
        console.log(`kill -9 ${KILL_PID} at ${question} after ${answered} answers`);
      }
      if (answered >= connected) break;
      await sleep(100);
    }
    await sleep(300);
    const page = await hostPage();
    if (page.body.includes('value="CLOSE"')) await act('CLOSE');
    await act('REVEAL');
    await act('LEADERBOARD');
  }
  await act('NEXT'); // after the last question: finish
  await sleep(3000);
  finished = true;
  fs.writeFileSync(ACKS, ackLines.join('\n') + (ackLines.length ? '\n' : ''));

  console.log('question push (host post -> event at phone), ms:');
  const all = [];
  for (let q = 1; q <= QUESTIONS; q++) {
    const list = arrivals.get(`q${q}`) || [];
    if (!(killedAt && killedAt.question === `q${q}`)) all.push(...list);
    console.log(`  q${q}: ${list.length} phones, p50 ${fmt(percentile(list, 50))} p95 ${fmt(percentile(list, 95))} `
      + `p99 ${fmt(percentile(list, 99))} max ${fmt(list.length ? Math.max(...list) : NaN)}`
      + `${killedAt && killedAt.question === `q${q}` ? ' (instance killed during this question)' : ''}`
      + `; acknowledged answers ${acked.get(`q${q}`) || 0}`);
  }
  console.log(`  all questions: p50 ${fmt(percentile(all, 50))} p95 ${fmt(percentile(all, 95))} p99 ${fmt(percentile(all, 99))}`);
  console.log(`answer post round trip, ms: p50 ${fmt(percentile(answerMs, 50))} p95 ${fmt(percentile(answerMs, 95))} `
    + `p99 ${fmt(percentile(answerMs, 99))} max ${fmt(answerMs.length ? Math.max(...answerMs) : NaN)}`);
  console.log(`final board reached ${phones.filter((p) => p.final).length} phones`);
  console.log(`errors: ${JSON.stringify(stats)}`);
  console.log(`failed requests by kind (each retried, as a phone taps again): ${JSON.stringify(failures)}`);
  const expected = PHONES * QUESTIONS;
  console.log(`RESULT phones=${PHONES} connected=${connected} acks=${stats.acks} of ${expected} `
    + `push_p95_ms=${fmt(percentile(all, 95))} answer_p95_ms=${fmt(percentile(answerMs, 95))}`);
  process.exit(0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
