"""The Lua scripts that keep rate-limit state in Redis, each run atomically by the server.

Every process sharing a token runs the same scripts on the same keys, so a bucket's count can
never be read by two processes between a check and an update. Times are the Redis server's clock
in milliseconds (`TIME`), one clock for every machine. Keys of one token share the hash tag
`{<token digest>}`, so they live on one cluster slot.

Keys under `P` (the prefix, such as `hikari_like:{3f2a...}`):

- `P:routes`  hash  route key -> Discord's bucket name ("" for routes not limited per route)
- `P:limits`  hash  bucket name -> its limit (buckets of one name share it, whatever the channel)
- `P:b:<name>:<major>` / `P:u:<route>:<major>`  hash  a known / not-yet-known bucket:
  `limit`, `remaining`, `reset` (0: not known yet), `period`, `epoch`, `opened`
- `<bucket>:f`  sorted set  lease id -> lease expiry: the requests in flight
- `P:global`  sorted set  lease id -> when the permit comes back (lease expiry while in flight)

Lease ids are unique per `RedisStore` (its `instance_id` and one counter for every app opened on
it): apps sharing a token share these sets, and two requests under one id would count once.
- `P:global_block`  string  until when a global 429 holds everything

The command layer's counters (`RedisStore.hit`) live beside them, under the plain prefix:

- `<key_prefix>:cmd:<key>`  integer  uses of a cooldown key in its window (the key's TTL)
- `<key_prefix>:claim:<key>`  string  one worker's claim (`SET NX PX`, no script needed)

A slot is a lease: an entry with an expiry. A process that dies mid-request never releases it,
and it stops counting when the lease expires.
"""

from __future__ import annotations

__all__ = ["ACQUIRE", "COMMAND_HIT", "PENALISE", "RELEASE", "THROTTLE_GLOBAL"]

import typing

_COMMON: typing.Final = """
local function now_ms()
  local t = redis.call('TIME')
  return tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
end

local function load(key, limit_if_new)
  local h = redis.call('HMGET', key, 'limit', 'remaining', 'reset', 'period', 'epoch', 'opened')
  if not h[1] then
    return {limit = limit_if_new, remaining = limit_if_new, reset = 0, period = 0, epoch = 0, opened = 0}
  end
  return {limit = tonumber(h[1]), remaining = tonumber(h[2]), reset = tonumber(h[3]),
          period = tonumber(h[4]), epoch = tonumber(h[5]), opened = tonumber(h[6])}
end

local function save(key, b, now, keep_ms)
  redis.call('HSET', key, 'limit', b.limit, 'remaining', b.remaining, 'reset', tostring(b.reset),
             'period', tostring(b.period), 'epoch', b.epoch, 'opened', tostring(b.opened))
  local ttl = math.max(b.reset - now, 0) + keep_ms
  redis.call('PEXPIRE', key, math.ceil(ttl))
  redis.call('PEXPIRE', key .. ':f', math.ceil(ttl))
end

local function in_flight(key, now)
  redis.call('ZREMRANGEBYSCORE', key .. ':f', '-inf', now)
  return redis.call('ZCARD', key .. ':f')
end

-- A new window: requests still in flight may land in it, so they count against it.
local function roll_if_due(b, now, flying)
  if b.reset > 0 and now >= b.reset then
    b.epoch = b.epoch + 1
    b.opened = now
    b.remaining = math.max(0, b.limit - flying)
    b.reset = 0
  end
end

local function bucket_key(prefix, route, major)
  local name = redis.call('HGET', prefix .. ':routes', route)
  if not name then return prefix .. ':u:' .. route .. ':' .. major, nil, true end
  if name == '' then return nil, nil, false end
  return prefix .. ':b:' .. name .. ':' .. major, name, false
end
"""

ACQUIRE: typing.Final = (
    _COMMON
    + """
-- ARGV: prefix, route key, major key, lease id, lease ms, global limit (0: exempt),
--       poll ms, keep ms
-- -> {0, bucket key or '', kind ('u', 'b' or '-'), epoch, granted ms} when granted,
--    {1, wait ms, is_global} when not (nothing taken).
local prefix, route, major, lease = ARGV[1], ARGV[2], ARGV[3], ARGV[4]
local lease_ms, global_limit = tonumber(ARGV[5]), tonumber(ARGV[6])
local poll, keep = tonumber(ARGV[7]), tonumber(ARGV[8])
local now = now_ms()
local gkey = prefix .. ':global'
if global_limit > 0 then
  local blocked = tonumber(redis.call('GET', prefix .. ':global_block') or '0')
  if blocked > now then return {1, tostring(blocked - now), 1} end
  redis.call('ZREMRANGEBYSCORE', gkey, '-inf', now)
  if redis.call('ZCARD', gkey) >= global_limit then
    local first = redis.call('ZRANGE', gkey, 0, 0, 'WITHSCORES')
    return {1, tostring(math.min(tonumber(first[2]) - now, poll)), 0}
  end
end
local key, name, unknown = bucket_key(prefix, route, major)
local kind, epoch = '-', 0
if key then
  local flying = in_flight(key, now)
  local limit_if_new = 1
  if name then limit_if_new = tonumber(redis.call('HGET', prefix .. ':limits', name) or '1') end
  local b = load(key, limit_if_new)
  if unknown then
    -- Not known yet: one request at a time, until its response names the bucket.
    if flying > 0 then return {1, tostring(poll), 0} end
    if b.reset > now then return {1, tostring(b.reset - now), 0} end
    kind = 'u'
  else
    -- A request sent before another channel's answer named the bucket may still be on its way
    -- under the "not known yet" key: it counts in this window too, so wait for its answer.
    if in_flight(prefix .. ':u:' .. route .. ':' .. major, now) > 0 then return {1, tostring(poll), 0} end
    roll_if_due(b, now, flying)
    if b.remaining <= 0 then
      if b.reset == 0 and flying == 0 then b.reset = now + b.period end
      save(key, b, now, keep)
      if b.reset == 0 then return {1, tostring(poll), 0} end
      return {1, tostring(math.max(b.reset - now, 0)), 0}
    end
    b.remaining = b.remaining - 1
    kind = 'b'
  end
  redis.call('ZADD', key .. ':f', now + lease_ms, lease)
  save(key, b, now, keep + lease_ms)
  epoch = b.epoch
end
if global_limit > 0 then
  redis.call('ZADD', gkey, now + lease_ms, lease)
  redis.call('PEXPIRE', gkey, lease_ms + keep)
end
return {0, key or '', kind, epoch, math.floor(now)}
"""
)

RELEASE: typing.Final = (
    _COMMON
    + """
-- ARGV: prefix, route key, major key, bucket key ('' none), kind, lease id, ticket epoch,
--       global (1/0), global period ms, responded (1/0), sent (1/0), keep ms, granted ms (ACQUIRE's),
--       then, when the response had rate-limit headers: bucket name, limit, remaining, reset-after ms
local prefix, route, major, key, kind, lease = ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5], ARGV[6]
local ticket_epoch, keep, granted = tonumber(ARGV[7]), tonumber(ARGV[12]), tonumber(ARGV[13])
local responded, sent = ARGV[10] == '1', ARGV[11] == '1'
local now = now_ms()
if ARGV[8] == '1' then
  -- The permit comes back a full period after the request ended (see GlobalRateLimiter), even
  -- when the request outlived its lease: it reached Discord some time before its answer.
  local gkey, period = prefix .. ':global', tonumber(ARGV[9])
  redis.call('ZADD', gkey, now + period, lease)
  if redis.call('PTTL', gkey) < period + keep then redis.call('PEXPIRE', gkey, math.ceil(period + keep)) end
end
if key == '' then return 0 end
redis.call('ZREM', key .. ':f', lease)
local has_info = ARGV[14] ~= nil
local info_name, info_limit, info_remaining, info_reset
if has_info then
  info_name, info_limit = ARGV[14], tonumber(ARGV[15])
  info_remaining, info_reset = tonumber(ARGV[16]), tonumber(ARGV[17])
end

local function update(bkey, b, epoch_of_ticket)
  local flying = in_flight(bkey, now)
  b.limit = info_limit
  b.period = math.max(b.period, info_reset)
  -- Discord counted the request somewhere between its grant and now, so its window ends between
  -- `earliest` and `implied`. A response handled late (a busy or paused process) pushes `implied`
  -- out by the delay: fine for waiting longer, never proof that Discord opened a newer window.
  local implied = now + info_reset
  local earliest = granted + info_reset
  local tolerance = b.period / 2
  -- The request answered here left the in-flight set already, but may have landed in a window
  -- opened now: count it there too, and the refund below gives it back if it did not.
  roll_if_due(b, now, flying + 1)
  if epoch_of_ticket < b.epoch and implied <= b.opened + tolerance then
    b.remaining = math.min(b.limit, b.remaining + 1)  -- it landed in the old window after all
  elseif b.reset == 0 then
    b.reset = implied
    b.remaining = math.min(b.remaining, info_remaining)
  elseif earliest > b.reset + tolerance then
    -- Discord opened a window we did not foresee (even if it counted the request at once): trust
    -- its count, which no other response from that window can have lowered yet.
    b.epoch = b.epoch + 1
    b.opened = now
    b.reset = implied
    b.remaining = math.max(0, info_remaining - flying)
  else
    local discords_count = info_remaining
    if implied > b.reset + tolerance then
      -- Either a late response from this window or an early one from a newer window: in the
      -- second case the requests in flight land in that window too.
      discords_count = math.max(0, info_remaining - flying)
    end
    b.remaining = math.min(b.remaining, discords_count)
    b.reset = math.max(b.reset, implied)
  end
  redis.call('HSET', prefix .. ':limits', info_name, info_limit)
  save(bkey, b, now, keep)
end

if kind == 'u' then
  if not responded then return 0 end
  local penalty = tonumber(redis.call('HGET', key, 'reset') or '0')
  redis.call('DEL', key, key .. ':f')
  if not has_info then
    redis.call('HSET', prefix .. ':routes', route, '')
    return 0
  end
  redis.call('HSET', prefix .. ':routes', route, info_name)
  local real = prefix .. ':b:' .. info_name .. ':' .. major
  local b = load(real, info_limit)
  update(real, b, b.epoch)
  if penalty > now then
    b.remaining = 0
    b.reset = math.max(b.reset, penalty)
    save(real, b, now, keep)
  end
  return 0
end
local b = load(key, 1)
local flying = redis.call('ZCARD', key .. ':f')
if not sent or (not has_info and ticket_epoch < b.epoch) then
  b.remaining = math.min(b.limit, b.remaining + 1)
end
if has_info then
  update(key, b, ticket_epoch)
else
  save(key, b, now, keep)
end
return 0
"""
)

PENALISE: typing.Final = (
    _COMMON
    + """
-- ARGV: prefix, route key, major key, retry-after ms, keep ms
local now = now_ms()
local key, name, unknown = bucket_key(ARGV[1], ARGV[2], ARGV[3])
if not key then return 0 end
local b = load(key, 1)
b.remaining = 0
local until_ms = now + tonumber(ARGV[4])
if b.reset == 0 then b.reset = until_ms else b.reset = math.max(b.reset, until_ms) end
save(key, b, now, tonumber(ARGV[5]))
return 0
"""
)

THROTTLE_GLOBAL: typing.Final = """
-- ARGV: prefix, retry-after ms
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local key = ARGV[1] .. ':global_block'
local until_ms = now + tonumber(ARGV[2])
local current = tonumber(redis.call('GET', key) or '0')
if until_ms > current then
  redis.call('SET', key, tostring(until_ms), 'PX', math.ceil(tonumber(ARGV[2])) + 1)
end
return 0
"""

COMMAND_HIT: typing.Final = """
-- KEYS: the counter. ARGV: limit, period ms
-- -> 0 when this use is within the limit (counted), else the ms until the window ends (not counted).
local uses = redis.call('INCR', KEYS[1])
if uses == 1 then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 0
end
if uses <= tonumber(ARGV[1]) then return 0 end
redis.call('DECR', KEYS[1])
local left = redis.call('PTTL', KEYS[1])
if left < 0 then
  -- A counter without an expiry (written by something else) would refuse forever: give it one.
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  left = tonumber(ARGV[2])
end
return math.max(left, 1)
"""
