-- wrk script for scripts/loadtest.py. COLD=1 appends a query string no request has used
-- before (`_=<nonce>-<thread>-<counter>`), so no cache can answer it; done() prints the figures
-- as one JSON line for the Python side.
local cold = os.getenv("COLD") == "1"
local nonce = os.getenv("NONCE") or "0"
local threads = {}
local counter = 0

function setup(thread)
  thread:set("thread_id", #threads + 1)
  table.insert(threads, thread)
end

function request()
  if not cold then
    return wrk.format(nil, wrk.path)
  end
  counter = counter + 1
  local separator = wrk.path:find("?", 1, true) and "&" or "?"
  local path = string.format("%s%s_=%s-%d-%d", wrk.path, separator, nonce, thread_id, counter)
  return wrk.format(nil, path)
end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    'LOADTEST {"requests": %d, "duration_us": %d, "p50_us": %d, "p99_us": %d, ' ..
    '"connect": %d, "read": %d, "write": %d, "status": %d, "timeout": %d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    errors.connect, errors.read, errors.write, errors.status, errors.timeout))
end
