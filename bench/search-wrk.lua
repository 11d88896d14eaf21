-- search-wrk.lua — wrk script for bench/search-bench.sh: POST /v1/search
-- with the benchmark's queries in turn.  Environment: CAVIAR_TOKEN,
-- CAVIAR_QUERIES (one query a line), CAVIAR_COLLECTION (default "bench").
local token = os.getenv("CAVIAR_TOKEN")
local collection = os.getenv("CAVIAR_COLLECTION") or "bench"
local queries = {}
for line in io.lines(os.getenv("CAVIAR_QUERIES")) do
  if #line > 0 then queries[#queries + 1] = line end
end
local i = math.random(#queries)

request = function()
  i = i % #queries + 1
  local q = queries[i]:gsub('\\', '\\\\'):gsub('"', '\\"')
  local body = string.format('{"collection":"%s","query":"%s","k":10}', collection, q)
  return wrk.format("POST", "/v1/search", {
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json",
  }, body)
end
