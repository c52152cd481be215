-- wrk script for bench/exam-load.sh: plays one phase of the exam scenario.
--
-- ITEMS: a file with one request per line, "method|path|cookie|csrf-token|body" (the body may be empty).
-- MODE:
--   once    every item is sent once (a burst); items are split between threads by line number
--   repeat  items are sent round and round for the run's duration
--   save    like repeat, but each request saves a fresh value "t<thread>n<n>" of question <field>; every save sent
--           is appended to ACKS-<thread> as "attempt question value S", and when acknowledged (200 with
--           "saved":true) as "attempt question value A"
-- OK: the status that counts as success (200, 302, 303). OK_NOT: a Location fragment that is a failure
-- ("error" for sign-ins). A sign-in answered "busy" (error=busy) is retried later, as the busy page does.
-- RATE: total requests per second for MODE=save (0 = as fast as possible), on a fixed schedule per connection
-- (see delay()). Each thread has one connection, so one student's saves never overlap, as in a browser.

local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_usec; } bench_timeval;
  int gettimeofday(bench_timeval *tv, void *tz);
]]
local function now_us()
  local tv = ffi.new("bench_timeval")
  ffi.C.gettimeofday(tv, nil)
  return tonumber(tv.tv_sec) * 1e6 + tonumber(tv.tv_usec)
end

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

function init(args)
  items = {}
  local all = {}
  for line in io.lines(os.getenv("ITEMS")) do
    table.insert(all, line)
  end
  local n = tonumber(os.getenv("THREADS"))
  for i, line in ipairs(all) do
    if (i - 1) % n == id - 1 then
      local method, path, cookie, token, body = line:match("^([^|]*)|([^|]*)|([^|]*)|([^|]*)|(.*)$")
      table.insert(items, { method = method, path = path, cookie = cookie, token = token, body = body })
    end
  end
  mode = os.getenv("MODE")
  ok_status = tonumber(os.getenv("OK"))
  ok_not = os.getenv("OK_NOT") or ""
  rate = tonumber(os.getenv("RATE") or "0")
  position = 0
  pending = {}
  bad = 0
  busy = 0
  good = 0
  seq = 0
  inflight = nil
  if mode == "save" then
    acks = io.open(os.getenv("ACKS") .. "-" .. id, "a")
  end
end

local function next_item()
  if #pending > 0 then
    return table.remove(pending, 1)
  end
  position = position + 1
  if position > #items then
    if mode == "once" then
      return nil
    end
    position = 1
  end
  return items[position]
end

function request()
  -- wrk may call request() once per thread before connecting without sending the result: do not use up an
  -- item on it. If it is sent after all, its answer is recognised (inflight == "probe") and not counted.
  if not probed then
    probed = true
    inflight = "probe"
    return wrk.format("GET", "/q/health/live")
  end
  local item = next_item()
  if item == nil then
    -- A burst is over for this thread: say so (the script then ends wrk with SIGINT) and stop.
    local marker = io.open(os.getenv("DONE_DIR") .. "/" .. id, "w")
    marker:close()
    stopped = true
    wrk.thread:stop()
    return wrk.format("GET", "/q/health/live")
  end
  if first_sent == nil then
    first_sent = now_us()
  end
  inflight = item
  local headers = { ["Cookie"] = item.cookie }
  local body = item.body
  if item.token ~= "" then
    headers["X-CSRF-TOKEN"] = item.token
  end
  if mode == "save" then
    seq = seq + 1
    inflight = { item = item, value = "t" .. id .. "n" .. seq }
    body = item.body .. "=" .. inflight.value
    -- Sent ("S") before the answer, acknowledged ("A") after it: a save still in flight when the phase ends (or one
    -- that failed) may be stored without an acknowledgement, so the check accepts a value sent after the last one
    -- acknowledged, never an older one.
    local attempt, question = item.path:match("/attempts/(%d+)/questions/([^/]+)$")
    acks:write(attempt, " ", question, " ", inflight.value, " S\n")
    headers["Accept"] = "application/json"
  end
  if item.method == "POST" then
    headers["Content-Type"] = "application/x-www-form-urlencoded"
  end
  return wrk.format(item.method, item.path, headers, body)
end

-- Pacing of a rate-limited phase: each connection sends one request every THREADS / RATE seconds on a fixed
-- schedule (the n-th at start + n intervals), so the offered rate is RATE whatever the latency, as long as answers
-- come back within an interval; a connection whose answer is late sends the next at once (and the phase's rps
-- then falls below RATE, which shows).
function delay()
  if rate > 0 then
    local interval = 1e6 * tonumber(os.getenv("THREADS")) / rate
    local now = now_us()
    if next_due == nil then
      -- Connections start spread over one interval, not all at once.
      next_due = now + interval * (id - 1) / tonumber(os.getenv("THREADS"))
    else
      next_due = next_due + interval
    end
    if next_due < now then
      next_due = now
    end
    return (next_due - now) / 1000
  end
  return 0
end

function response(status, headers, body)
  if stopped or inflight == "probe" then
    inflight = nil
    return -- the probe, or the filler request wrk sends after stop(): not part of the scenario
  end
  last_done = now_us()
  local location = headers["Location"] or headers["location"] or ""
  if status == ok_status and (ok_not == "" or not location:find(ok_not, 1, true)) then
    good = good + 1
    if mode == "save" and body:find('"saved":true', 1, true) then
      local attempt, question = inflight.item.path:match("/attempts/(%d+)/questions/([^/]+)$")
      acks:write(attempt, " ", question, " ", inflight.value, " A\n")
      acks:flush()
    end
  elseif location:find("error=busy", 1, true) then
    busy = busy + 1
    table.insert(pending, inflight)
  else
    bad = bad + 1
    failures = (failures or "") .. " " .. status .. (location ~= "" and ("->" .. location) or "")
  end
end

function done(summary, latency, requests)
  local bad_total, busy_total, good_total = 0, 0, 0
  local first, last = nil, nil
  local failures = ""
  for _, thread in ipairs(threads) do
    local f, l = thread:get("first_sent"), thread:get("last_done")
    if f and (first == nil or f < first) then first = f end
    if l and (last == nil or l > last) then last = l end
    failures = failures .. (thread:get("failures") or "")
    bad_total = bad_total + (thread:get("bad") or 0)
    busy_total = busy_total + (thread:get("busy") or 0)
    good_total = good_total + (thread:get("good") or 0)
  end
  local e = summary.errors
  local socket = e.connect + e.read + e.write + e.timeout
  -- From the first request sent to the last answer: wrk's own duration includes waiting for SIGINT.
  local seconds = (first and last and last > first) and (last - first) / 1e6 or summary.duration / 1e6
  io.write(string.format("RESULT requests=%d ok=%d failed=%d busy_retried=%d socket_errors=%d seconds=%.2f rps=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
    good_total + bad_total + busy_total, good_total, bad_total, busy_total, socket, seconds,
    (good_total + bad_total + busy_total) / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000))
  if failures ~= "" then
    io.write("FAILURES", failures:sub(1, 300), "\n")
  end
end
