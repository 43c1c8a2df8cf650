-- A day's mix of KyCuong requests for wrk (bench/wrk/run.sh). Data from prepare.py: WRK_DATA=<file.lua>.
-- WRK_MIX chooses the mix:
--   pages  the work page, the task list, a task's page and the leader's dashboard, as a browser signed in by cookie;
--   api    the same reads through the API (bearer token) and the writes: a leader assigns a task to a sub-unit (create),
--          whose head then hands it to a specialist (hand-off) or completes it (complete);
--   mixed  both, weighted as a working day is: reads most, one write in five requests;
--   only:<kind>  one kind alone (workPage, listPage, taskPage, dashboard, workApi, listApi, taskApi, create), to see
--          what each request costs by itself (docs/performance.md "The load mix, kind by kind").
-- wrk's response callback does not say which request it answers, so writes act only on tasks the thread itself
-- created (the 201 carries the task's id and lead unit); a thread that has none yet creates one instead.
local data = dofile(os.getenv("WRK_DATA"))
local mix = os.getenv("WRK_MIX") or "mixed"

local weights = {
  pages = { workPage = 25, listPage = 25, taskPage = 30, dashboard = 20 },
  api = { workApi = 25, listApi = 20, taskApi = 25, create = 12, handoff = 9, complete = 9 },
  mixed = { workPage = 10, listPage = 8, taskPage = 12, dashboard = 8, workApi = 12, listApi = 10, taskApi = 20,
            create = 8, handoff = 6, complete = 6 },
}
local only = mix:match("^only:(%a+)$")
if only then
  if weights.mixed[only] == nil then error("WRK_MIX=only:<kind> needs one of the mixed mix's kinds") end
  weights[mix] = { [only] = 1 }
end
local chosen = weights[mix] or error("WRK_MIX must be pages, api, mixed or only:<kind>")
local kinds, total = {}, 0
for kind, w in pairs(chosen) do total = total + w; kinds[#kinds + 1] = { kind = kind, upto = total } end

local threads = {}
function setup(thread)
  thread:set("id", #threads + 1)
  threads[#threads + 1] = thread
end

local created = {}      -- tasks this thread created and has not acted on yet: { id, unit }
status2, status3, status4, status5, createdCount = 0, 0, 0, 0, 0

function init(args)
  math.randomseed(os.time() * 1000 + id)
end

local function pick(list) return list[math.random(#list)] end
local function bearer(token) return { ["Authorization"] = "Bearer " .. token, ["Accept"] = "application/json" } end
local function json(token) return { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" } end
local function page(cookie) return { ["Cookie"] = cookie, ["Accept"] = "text/html" } end
local serial = 0

local function build(kind)
  local s = pick(data.specialists)
  if kind == "workPage" then return wrk.format("GET", "/", page(s.cookie)) end
  if kind == "listPage" then return wrk.format("GET", "/Tasks", page(s.cookie)) end
  if kind == "taskPage" and #s.tasks > 0 then return wrk.format("GET", "/Tasks/Details/" .. pick(s.tasks), page(s.cookie)) end
  if kind == "dashboard" then return wrk.format("GET", "/Tasks/Dashboard", page(pick(data.leaders).cookie)) end
  if kind == "workApi" then return wrk.format("GET", "/api/v1/me/work", bearer(s.token)) end
  if kind == "listApi" then return wrk.format("GET", "/api/v1/tasks?mine=true&page=1&pageSize=20", bearer(s.token)) end
  if kind == "taskApi" and #s.tasks > 0 then return wrk.format("GET", "/api/v1/tasks/" .. pick(s.tasks), bearer(s.token)) end
  if (kind == "handoff" or kind == "complete") and #created > 0 then
    local t = table.remove(created, 1)
    local sub = data.subunits[t.unit]
    if kind == "handoff" then
      return wrk.format("POST", "/api/v1/tasks/" .. t.id .. "/handoffs", json(sub.token),
        '{"toUserId":"' .. sub.to .. '","note":"Giao chuyên viên xử lý (đo tải)"}')
    end
    return wrk.format("POST", "/api/v1/tasks/" .. t.id .. "/complete", json(sub.token),
      '{"result":"Đã hoàn thành, có báo cáo kết quả (đo tải)."}')
  end
  if kind == "create" or kind == "handoff" or kind == "complete" then
    local l = pick(data.leaders)
    serial = serial + 1
    return wrk.format("POST", "/api/v1/tasks", json(l.token),
      '{"title":"Nhiệm vụ đo tải ' .. id .. '-' .. serial .. '","leadUnitId":"' .. pick(l.units) ..
      '","coordinatingUnitIds":[],"workingDays":' .. (3 + serial % 20) .. '}'), "create"
  end
  return build("workApi")
end

function request()
  local r = math.random(total)
  for _, k in ipairs(kinds) do
    if r <= k.upto then
      local req, actual = build(k.kind)
      actual = actual or k.kind
      _G["sent_" .. actual] = (_G["sent_" .. actual] or 0) + 1   -- per kind, read back by done()
      return req
    end
  end
end

function response(status, headers, body)
  if status < 300 then status2 = status2 + 1 elseif status < 400 then status3 = status3 + 1
  elseif status < 500 then status4 = status4 + 1 else status5 = status5 + 1 end
  if status == 201 then
    local task = body:match('"id":"([%x%-]+)"')
    local unit = body:match('"leadUnitId":"([%x%-]+)"')
    if task and unit and data.subunits[unit] then
      createdCount = createdCount + 1
      created[#created + 1] = { id = task, unit = unit }
    end
  end
end

function done(summary, latency, requests)
  local s2, s3, s4, s5, sent = 0, 0, 0, 0, {}
  for _, t in ipairs(threads) do
    s2 = s2 + t:get("status2"); s3 = s3 + t:get("status3"); s4 = s4 + t:get("status4"); s5 = s5 + t:get("status5")
    for kind in pairs(weights.mixed) do sent[kind] = (sent[kind] or 0) + (t:get("sent_" .. kind) or 0) end
  end
  local parts = {}
  for kind, n in pairs(sent) do if n > 0 then parts[#parts + 1] = string.format('"%s":%d', kind, n) end end
  local e = summary.errors
  io.write(string.format(
    '{"mix":"%s","requests":%d,"seconds":%.1f,"rps":%.1f,"p50":%.1f,"p90":%.1f,"p95":%.1f,"p99":%.1f,"max":%.1f,' ..
    '"s2xx":%d,"s3xx":%d,"s4xx":%d,"s5xx":%d,"connect":%d,"read":%d,"write":%d,"timeout":%d,"sent":{%s}}\n',
    mix, summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, s2, s3, s4, s5, e.connect, e.read, e.write, e.timeout, table.concat(parts, ",")))
end
