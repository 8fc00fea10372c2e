-- wrk script of src/bench/run-load.sh: the same script drives the service and its ceiling (nginx
-- serving the bytes the service returned), so both see the same requests. Set by the environment:
--   BENCH_MODE   get (GET {BENCH_PREFIX}{id} for each id of BENCH_IDS in turn, Accept: BENCH_ACCEPT),
--                post (POST {BENCH_PATH} with the bodies of BENCH_BODIES in turn, Content-Type: BENCH_TYPE),
--                issue (POST /api/v1/credentials: the record of BENCH_RECORD with a fresh recordId each time)
--   BENCH_OUT    where done() writes the figures (requests, errors, latency histogram in µs)
-- wrk runs one Lua state per thread; done() runs in the main one.

local mode = os.getenv("BENCH_MODE") or "get"
local items = {}
local next_item = 1
local record, run_id, sequence = nil, os.getenv("BENCH_RUN_ID") or "run", 0
thread_no = 0 -- global: setup() sets it in each thread's state

local function lines(file)
  local out = {}
  for line in io.lines(file) do
    if line ~= "" then out[#out + 1] = line end
  end
  return out
end

local function read_all(file)
  local f = assert(io.open(file, "r"))
  local text = f:read("*a")
  f:close()
  return text
end

-- wrk gives each thread its own copy of this script; setup() numbers them so record ids never clash
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("thread_no", counter)
end

function init(args)
  if mode == "get" then
    local prefix, accept = os.getenv("BENCH_PREFIX"), os.getenv("BENCH_ACCEPT")
    for _, id in ipairs(lines(os.getenv("BENCH_IDS"))) do
      items[#items + 1] = wrk.format("GET", prefix .. id, { ["Accept"] = accept })
    end
  elseif mode == "post" then
    local headers = { ["Content-Type"] = os.getenv("BENCH_TYPE"), ["Accept"] = "application/json" }
    for _, body in ipairs(lines(os.getenv("BENCH_BODIES"))) do
      items[#items + 1] = wrk.format("POST", os.getenv("BENCH_PATH"), headers, body)
    end
  else
    -- the record with its recordId cut out, so each request only splices in a new one
    record = read_all(os.getenv("BENCH_RECORD")):gsub('"recordId"%s*:%s*"[^"]*"%s*,', "")
    record = record:gsub("^%s*{", "", 1)
  end
  -- each thread starts at another place in the rotation
  next_item = (thread_no * 7919) % math.max(#items, 1) + 1
end

local function fresh_record()
  sequence = sequence + 1
  return string.format('{"recordId":"LOAD-%s-%d-%d",', run_id, thread_no, sequence) .. record
end

function request()
  if mode == "get" or mode == "post" then
    local r = items[next_item]
    next_item = next_item % #items + 1
    return r
  end
  local headers = {
    ["Authorization"] = "Bearer " .. os.getenv("BENCH_API_KEY"),
    ["Content-Type"] = "application/json",
    ["Accept"] = "application/json",
  }
  return wrk.format("POST", "/api/v1/credentials", headers, fresh_record())
end

function done(summary, latency, requests)
  local e = summary.errors
  local out = assert(io.open(os.getenv("BENCH_OUT"), "w"))
  out:write(string.format("requests %d\nseconds %.6f\nerrors %d\nbytes %d\n", summary.requests,
      summary.duration / 1e6, e.connect + e.read + e.write + e.status + e.timeout, summary.bytes))
  -- the histogram (µs -> count) as wrk keeps it, so rounds can be merged into exact percentiles
  out:write("latency_us")
  for i = 1, #latency do
    local value, count = latency(i)
    out:write(string.format(" %d:%d", value, count))
  end
  out:write("\n")
  out:close()
end
