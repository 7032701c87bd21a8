-- wrk script: POST /api/render with a one-page JSON Resume, and count non-200 answers.
-- Usage: wrk -t2 -c8 -d30s --latency -s render.lua http://127.0.0.1:8190
-- The body file is read from RESUME (default: the one-page test fixture).
local path = os.getenv("RESUME") or "web/src/test/resources/resumes/one-page.json"
local file = assert(io.open(path, "rb"))
local body = file:read("*a")
file:close()

wrk.method = "POST"
wrk.path = "/api/render?format=pdf"
wrk.body = body
wrk.headers["Content-Type"] = "application/json"

local statuses = {}

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  io.write(string.format("requests %d, errors (socket) connect %d read %d write %d timeout %d, non-2xx %d\n",
    summary.requests, summary.errors.connect, summary.errors.read, summary.errors.write,
    summary.errors.timeout, summary.errors.status))
  for _, p in ipairs({50, 90, 99, 99.9}) do
    io.write(string.format("p%s %.1f ms\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("throughput %.1f responses/s\n", summary.requests / (summary.duration / 1e6)))
end
