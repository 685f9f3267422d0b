-- The Lua port's test script (Debian's lua5.4 source has no test suite).
-- Usage: lua test.lua DIR   (DIR: a writable directory, a --dir mount under
-- wasix-run). Prints one line per test and "N passed, M failed"; exits 1 if
-- any failed. Runs the same under a native lua5.4.
local dir = assert(arg[1], "usage: test.lua DIR")
local passed, failed = 0, 0

local function test(name, fn)
  local ok, err = pcall(fn)
  if ok then
    passed = passed + 1
    print("ok   " .. name)
  else
    failed = failed + 1
    print("FAIL " .. name .. ": " .. tostring(err))
  end
end

local function eq(got, want, what)
  if got ~= want then
    error(string.format("%s: got %q, want %q", what or "value", tostring(got), tostring(want)), 2)
  end
end

-- Errors unwind through luaD_throw, i.e. longjmp in C (the SDK's
-- exception-based setjmp).
test("pcall/error with values and levels", function()
  local ok, e = pcall(error, {code = 7})
  eq(ok, false); eq(e.code, 7, "error table")
  local function f() error("boom", 2) end
  local function g() f() end
  ok, e = pcall(g)
  eq(ok, false)
  assert(e:find("boom$"), e)
  ok, e = pcall(function() local t = nil; return t.x end)
  assert(not ok and e:find("attempt to index a nil value"), e)
  ok, e = pcall(error)
  eq(ok, false); eq(e, nil, "error()")
end)

test("nested pcall and xpcall with a traceback handler", function()
  local depth = 0
  local function nest(n)
    if n == 0 then error("bottom") end
    local ok, e = pcall(nest, n - 1)
    depth = depth + 1
    error(e, 0)
  end
  local ok, e = pcall(nest, 50)
  eq(ok, false); eq(depth, 50, "depth")
  assert(e:find("bottom"), e)
  local ok2, tb = xpcall(function() error("x") end, debug.traceback)
  eq(ok2, false)
  assert(tb:find("stack traceback"), tb)
end)

test("many longjmps", function()
  local n = 0
  for i = 1, 20000 do
    if not pcall(error, i) then n = n + 1 end
  end
  eq(n, 20000, "caught")
end)

test("errors in metamethods and __close", function()
  local mt = {__add = function() error("no add") end,
              __index = function(t, k) return k .. "!" end}
  local t = setmetatable({}, mt)
  eq(t.hi, "hi!", "__index")
  local ok, e = pcall(function() return t + 1 end)
  assert(not ok and e:find("no add"), e)
  local closed = {}
  local function mk(name) return setmetatable({}, {__close = function() closed[#closed + 1] = name end}) end
  ok = pcall(function()
    local a <close> = mk("a")
    local b <close> = mk("b")
    error("unwind")
  end)
  eq(ok, false); eq(table.concat(closed, ","), "b,a", "close order")
end)

test("stack overflow is an error, not a crash", function()
  local function rec(n) return rec(n + 1) + 1 end
  local ok, e = pcall(rec, 1)
  eq(ok, false)
  assert(tostring(e):find("stack overflow"), e)
  local ok2, e2 = pcall(string.rep, "x", -1)
  eq(ok2, true); eq(e2, "", "rep -1")
end)

test("coroutines: generators, status, wrap, close", function()
  local gen = coroutine.wrap(function() for i = 1, 3 do coroutine.yield(i) end return "done" end)
  eq(gen(), 1); eq(gen(), 2); eq(gen(), 3); eq(gen(), "done")
  local co = coroutine.create(function(a, b)
    local c = coroutine.yield(a + b)
    local d, e = coroutine.yield(c * 2)
    return d + e
  end)
  local ok, v = coroutine.resume(co, 1, 2); eq(v, 3)
  ok, v = coroutine.resume(co, 10); eq(v, 20)
  eq(coroutine.status(co), "suspended")
  ok, v = coroutine.resume(co, 4, 5); eq(v, 9)
  eq(coroutine.status(co), "dead")
  ok, v = coroutine.resume(co)
  eq(ok, false); eq(v, "cannot resume dead coroutine")
  local co2 = coroutine.create(function() coroutine.yield() end)
  coroutine.resume(co2)
  eq(coroutine.close(co2), true, "close")
  eq(coroutine.status(co2), "dead")
end)

test("coroutines: errors, yield across pcall, many coroutines", function()
  local co = coroutine.create(function() error({tag = "inner"}) end)
  local ok, e = coroutine.resume(co)
  eq(ok, false); eq(e.tag, "inner")
  co = coroutine.wrap(function()
    local ok2, e2 = pcall(function()
      coroutine.yield("from inside pcall")
      error("after yield")
    end)
    coroutine.yield(ok2, e2)
  end)
  eq(co(), "from inside pcall")
  local ok3, e3 = co()
  eq(ok3, false)
  assert(e3:find("after yield"), e3)
  local cos = {}
  for i = 1, 2000 do
    cos[i] = coroutine.create(function(x) while true do x = coroutine.yield(x + 1) end end)
  end
  local sum = 0
  for i = 1, 2000 do local _, v = coroutine.resume(cos[i], i); sum = sum + v end
  eq(sum, 2000 * 2001 / 2 + 2000, "sum")
end)

test("string library", function()
  eq(string.format("%5.2f|%d|%x|%q|%s|%g", 3.14159, 42, 255, "a\nb", nil, 1e20),
     " 3.14|42|ff|\"a\\\nb\"|nil|1e+20", "format")
  eq(string.format("%.14g", 0.1), "0.1")
  eq(string.format("%a", 1.0), "0x1p+0")
  eq(("hello world"):gsub("o", "0"), "hell0 w0rld")
  eq(select(2, ("hello world"):gsub("o", "0")), 2, "gsub count")
  eq(("key=val; k2=v2"):gsub("(%w+)=(%w+)", "%2=%1"), "val=key; v2=k2")
  eq(("abc"):rep(3, "-"), "abc-abc-abc")
  eq(("a.b"):find(".", 1, true), 2, "plain find")
  eq(("  trim  "):match("^%s*(.-)%s*$"), "trim")
  local words = {}
  for w in ("one two  three"):gmatch("%a+") do words[#words + 1] = w end
  eq(table.concat(words, ","), "one,two,three")
  local packed = string.pack("<i4 d z", -2, 0.5, "str")
  local a, b, c = string.unpack("<i4 d z", packed)
  eq(a, -2); eq(b, 0.5); eq(c, "str")
  eq(#packed, 4 + 8 + 4, "pack size")
  eq(utf8.char(72, 228, 8364, 128512), "H\u{E4}\u{20AC}\u{1F600}")
  eq(utf8.len("H\u{E4}\u{20AC}"), 3)
  eq(("xyz"):byte(-1), 122); eq(string.char(65, 66), "AB")
  eq(tostring(1e100), "1e+100"); eq(tostring(-0.0), "-0.0"); eq(tostring(2^53), "9.007199254741e+15")
  eq(tonumber("0x10"), 16); eq(tonumber("  12  "), 12); eq(tonumber("1e2"), 100.0)
  eq(tonumber("z", 36), 35); eq(math.type(tonumber("3")), "integer")
end)

test("table library and integers", function()
  local t = {}
  for i = 1, 10000 do t[i] = (i * 7919) % 10007 end
  table.sort(t)
  for i = 2, #t do assert(t[i - 1] <= t[i]) end
  table.sort(t, function(x, y) return x > y end)
  eq(t[1], 10006, "max first")
  local u = {1, 2, 3}
  table.insert(u, 1, 0); table.insert(u, 4)
  eq(table.concat(u, " "), "0 1 2 3 4")
  eq(table.remove(u, 1), 0); eq(table.remove(u), 4)
  eq(select("#", table.unpack({1, nil, 3}, 1, 3)), 3)
  eq(table.concat(table.move({1, 2, 3}, 1, 3, 2, {9}), ","), "9,1,2,3")
  eq(math.maxinteger + 1, math.mininteger, "wrap")
  eq(7 // 2, 3); eq(-7 // 2, -4); eq(7 % -3, -2); eq(2^10, 1024.0)
  eq(1 << 62, 4611686018427387904); eq(0xFF >> 4, 15)
  eq(math.tointeger(3.0), 3); eq(math.floor(-3.5), -4)
  eq(string.format("%.3f", math.pi), "3.142")
  local weak = setmetatable({}, {__mode = "k"})
  weak[{}] = true
  collectgarbage(); collectgarbage()
  eq(next(weak), nil, "weak key collected")
end)

test("io on the mounted directory", function()
  local path = dir .. "/lua-io.txt"
  local f = assert(io.open(path, "w"))
  for i = 1, 1000 do f:write("line ", i, "\n") end
  assert(f:close())
  local n, last = 0, nil
  for l in io.lines(path) do n = n + 1; last = l end
  eq(n, 1000, "lines"); eq(last, "line 1000")
  f = assert(io.open(path, "a")); f:write("tail\n"); f:close()
  f = assert(io.open(path, "rb"))
  local size = f:seek("end")
  eq(size, 8893 + 5, "size")
  f:seek("set", 5)
  eq(f:read("n"), 1, "read number")
  eq(f:read("l"), "", "rest of line")
  eq(f:read(4), "line")
  local all = f:read("a"); f:close()
  assert(all:sub(-5) == "tail\n")
  local renamed = dir .. "/lua-io-renamed.txt"
  assert(os.rename(path, renamed))
  eq(io.open(path), nil, "old name gone")
  assert(os.remove(renamed))
  local g, msg = io.open(dir .. "/no/such/file")
  eq(g, nil); assert(msg:find("No such file or directory"), msg)
  local h = assert(io.open(dir .. "/bin.dat", "wb"))
  local bytes = {}
  for i = 0, 255 do bytes[#bytes + 1] = string.char(i) end
  h:write(table.concat(bytes)); h:close()
  h = assert(io.open(dir .. "/bin.dat", "rb"))
  eq(h:read("a"), table.concat(bytes), "binary bytes"); h:close()
  assert(os.remove(dir .. "/bin.dat"))
end)

test("os library", function()
  eq(os.date("!%Y-%m-%d %H:%M:%S", 0), "1970-01-01 00:00:00")
  eq(os.time({year = 2000, month = 1, day = 1, hour = 12}) - os.time({year = 2000, month = 1, day = 1, hour = 0}), 43200)
  local d = os.date("!*t", 86400 * 365)
  eq(d.year, 1971); eq(d.yday, 1)
  assert(os.time() > 1600000000, "clock")
  assert(type(os.clock()) == "number")
  eq(os.getenv("LUA_PORT_TEST"), "yes", "env")
  eq(os.getenv("NO_SUCH_VARIABLE_HERE"), nil)
  local diff = os.difftime(os.time(), os.time() - 10)
  eq(diff, 10.0)
end)

-- os.execute and io.popen run /bin/sh -c (fork/exec under the SDK): the
-- wasix-run invocation mounts a directory with a small sh and echo at /bin.
test("os.execute and io.popen through /bin/sh", function()
  eq(os.execute(), true, "a shell exists")
  local ok, how, code = os.execute("echo from-execute")
  eq(ok, true); eq(how, "exit"); eq(code, 0)
  ok, how, code = os.execute("exit 3")
  eq(ok, nil); eq(how, "exit"); eq(code, 3)
  local p = assert(io.popen("echo from popen"))
  eq(p:read("a"), "from popen\n", "popen output")
  ok, how, code = p:close()
  eq(ok, true); eq(how, "exit"); eq(code, 0)
end)

print(string.format("%d passed, %d failed", passed, failed))
os.exit(failed == 0 and 0 or 1)
