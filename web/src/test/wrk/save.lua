-- wrk script: saves (PUT /api/resumes/{id} with If-Match) at a fixed total rate. Each wrk thread
-- has one connection and its own resume: it reads the resume once (GET) for its ETag, then saves
-- again and again, each save based on the ETag the previous save answered, so every save is a
-- real, accepted new version (a 412 would be counted and the ETag read again).
--
-- Usage: wrk -tN -cN -d30s --latency -s save.lua URL -- RATE ID:TOKEN ... (N pairs, one per thread)
-- RATE is saves per second over all threads. The body is read from RESUME (default: the
-- example resume of an experienced professional, 5.2 KB). save-run.sh creates the resumes and
-- runs this.
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_usec; } cyr_timeval;
  int gettimeofday(cyr_timeval *tv, void *tz);
]]
local tv = ffi.new("cyr_timeval")
local function now_ms()
  ffi.C.gettimeofday(tv, nil)
  return tonumber(tv.tv_sec) * 1000 + tonumber(tv.tv_usec) / 1000
end

local path = os.getenv("RESUME") or "web/src/main/resources/examples/experienced-professional.json"
local file = assert(io.open(path, "rb"))
local body = file:read("*a")
file:close()

local threads = {}
local count = 0

function setup(thread)
  count = count + 1
  thread:set("index", count)
  table.insert(threads, thread)
end

function init(args)
  local rate = tonumber(args[1])
  local pair = assert(args[1 + index], "give one ID:TOKEN per thread")
  id, token = pair:match("^([^:]+):(.+)$")
  -- each thread sends its share of the total rate
  interval = (#args - 1) * 1000 / rate
  version = nil
  next_at = nil
  saves, stale, other, gets = 0, 0, 0, 0
end

function delay()
  local now = now_ms()
  if next_at == nil then
    next_at = now
  end
  local wait = next_at - now
  next_at = next_at + interval
  if wait < 0 then
    return 0
  end
  return wait
end

function request()
  local headers = { ["Authorization"] = "Bearer " .. token }
  if version == nil then
    return wrk.format("GET", "/api/resumes/" .. id, headers)
  end
  headers["If-Match"] = version
  headers["Content-Type"] = "application/json"
  return wrk.format("PUT", "/api/resumes/" .. id, headers, body)
end

function response(status, headers, response_body)
  local etag = headers["ETag"] or headers["etag"]
  if status == 200 and version == nil then
    gets = gets + 1
    version = etag
  elseif status == 200 then
    saves = saves + 1
    version = etag
  elseif status == 412 then
    stale = stale + 1
    version = nil
  else
    other = other + 1
  end
end

function done(summary, latency, requests)
  local s, st, o, g = 0, 0, 0, 0
  for _, thread in ipairs(threads) do
    s = s + thread:get("saves")
    st = st + thread:get("stale")
    o = o + thread:get("other")
    g = g + thread:get("gets")
  end
  io.write(string.format("saves accepted %d, stale (412) %d, other answers %d, reads %d;"
    .. " socket errors connect %d read %d write %d timeout %d\n", s, st, o, g,
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
  io.write(string.format("rate %.1f saves/s over %.1f s\n", s / (summary.duration / 1e6),
    summary.duration / 1e6))
  for _, p in ipairs({ 50, 90, 99, 99.9 }) do
    io.write(string.format("p%s %.2f ms\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("max %.2f ms\n", latency.max / 1000))
end
