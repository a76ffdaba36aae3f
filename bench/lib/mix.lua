-- wrk script: each request takes the next path of the file named by the PATHS environment
-- variable (one path a line, e.g. written by querymix), so every run sends the same mix.
local paths = {}
for line in io.lines(os.getenv("PATHS")) do
  if line ~= "" then paths[#paths + 1] = line end
end
if #paths == 0 then error("no paths in " .. os.getenv("PATHS")) end

local counter = 0
function setup(thread)
  -- threads start at different offsets so they do not send the same request at once
  thread:set("offset", counter * 997)
  counter = counter + 1
end

local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[((i + offset) % #paths) + 1])
end
