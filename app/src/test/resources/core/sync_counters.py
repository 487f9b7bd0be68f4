"""SYNC 3.1 as Xorg has it: counters (overflow is BadValue, system counters are BadAccess to change), alarms firing
with their AlarmNotify events and moving on by delta, Await blocking until another connection's SetCounter, fences,
the time counters, and the errors of bad ids and values. xfwm4 and GTK pace window resizes with a counter per window
(_NET_WM_SYNC_REQUEST); screen savers watch IDLETIME with alarms. Prints what it saw; the test compares Xvfb's
output with Sumac's."""
import os
import struct
import sys
import time
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import xraw

a = xraw.Conn()
b = xraw.Conn()
SYNC, EV, ERR = a.extension('SYNC')
NAMES = ['BadCounter', 'BadAlarm', 'BadFence']
ids = {}


def name(i):
    return ids.get(i, 'None' if i == 0 else '?')


def q64(v):
    return struct.pack('>q', v)[0:4][::-1] + struct.pack('>q', v)[4:8][::-1]


def i64(hi, lo):
    return (hi << 32) | lo


def req(c, minor, body=b''):
    return c.request(SYNC, minor, body)


def check(c, label, minor, body=b''):
    """Sends a request and a round trip; prints errors and events that came."""
    req(c, minor, body)
    errors, events = c.sync()
    out = [xraw.error_name(e, ERR, NAMES, (a, b)) for e in errors] + [event(e) for e in events]
    print('%s: %s' % (label, out or 'ok'))


def event(m):
    code = m[0] & 0x7f
    if code == EV:
        cid, whi, wlo, vhi, vlo, t, count, destroyed = struct.unpack('<IiIiIIHB', m[4:31])
        return 'CounterNotify %s wait=%d value=%d count=%d destroyed=%d' % (name(cid), i64(whi, wlo), i64(vhi, vlo),
                                                                           count, destroyed)
    if code == EV + 1:
        aid, vhi, vlo, ahi, alo, t, state = struct.unpack('<IiIiIIB', m[4:29])
        return 'AlarmNotify %s counter=%d alarm=%d state=%d' % (name(aid), i64(vhi, vlo), i64(ahi, alo), state)
    return 'event %d' % code


def query_counter(c, cid):
    r = c.reply(req(c, 5, struct.pack('<I', cid)))
    if r[0] == 0:
        return xraw.error_name(r, ERR, NAMES, (a, b))
    return i64(*struct.unpack('<iI', r[8:16]))


def query_alarm(c, aid):
    r = c.reply(req(c, 10, struct.pack('<I', aid)))
    if r[0] == 0:
        return xraw.error_name(r, ERR, NAMES, (a, b))
    cid, vt, whi, wlo, tt, dhi, dlo, events, state = struct.unpack('<IIiIIiIBB', r[8:38])
    return 'counter=%s value_type=%d value=%d test=%d delta=%d events=%d state=%d' % (
        name(cid), vt, i64(whi, wlo), tt, i64(dhi, dlo), events, state)


def counter(c, label, value):
    i = c.new_id()
    ids[i] = label
    req(c, 2, struct.pack('<I', i) + q64(value))
    return i


def alarm_values(mask_values):
    """CreateAlarm/ChangeAlarm value list: (bit, value) pairs in bit order; value and delta are 64-bit."""
    mask, body = 0, b''
    for bit, v in sorted(mask_values):
        mask |= bit
        body += q64(v) if bit in (4, 16) else struct.pack('<I', v & 0xffffffff)
    return mask, body


def create_alarm(c, label, *mask_values):
    i = c.new_id()
    ids[i] = label
    mask, body = alarm_values(mask_values)
    check(c, 'create alarm ' + label, 8, struct.pack('<II', i, mask) + body)
    return i


def change_alarm(c, label, aid, *mask_values):
    mask, body = alarm_values(mask_values)
    check(c, label, 9, struct.pack('<II', aid, mask) + body)


COUNTER, VALUE_TYPE, VALUE, TEST_TYPE, DELTA, EVENTS = 1, 2, 4, 8, 16, 32
POS_TRANS, NEG_TRANS, POS_CMP, NEG_CMP = 0, 1, 2, 3

# Version and system counters
r = a.reply(req(a, 0, struct.pack('<BBxx', 3, 0)))
print('initialize 3.0: %d.%d' % (r[8], r[9]))
r = a.reply(req(a, 1))
n, at, system = struct.unpack('<I', r[8:12])[0], 32, {}
for _ in range(n):
    cid, hi, lo, nl = struct.unpack('<IiIH', r[at:at + 14])
    system[r[at + 14:at + 14 + nl].decode()] = (cid, i64(hi, lo))
    at += (14 + nl + 3) & ~3
for s in ('SERVERTIME', 'IDLETIME'):
    print('%s resolution %d' % (s, system[s][1]))
    ids[system[s][0]] = s
servertime, idletime = system['SERVERTIME'][0], system['IDLETIME'][0]

# Counters
c1 = counter(a, 'c1', 5)
a.sync()
print('query c1: %s' % query_counter(a, c1))
check(a, 'set c1 -7', 3, struct.pack('<I', c1) + q64(-7))
check(a, 'change c1 +10', 4, struct.pack('<I', c1) + q64(10))
print('query c1 from b: %s' % query_counter(b, c1))
check(a, 'set c1 max', 3, struct.pack('<I', c1) + q64(2 ** 63 - 1))
check(a, 'change c1 +1 (overflow)', 4, struct.pack('<I', c1) + q64(1))
check(a, 'change c1 -2^63', 4, struct.pack('<I', c1) + q64(-2 ** 63))
print('query c1: %s' % query_counter(a, c1))
check(a, 'change c1 by min twice (overflow)', 4, struct.pack('<I', c1) + q64(-2 ** 63))
check(a, 'set SERVERTIME', 3, struct.pack('<I', servertime) + q64(0))
check(a, 'change IDLETIME', 4, struct.pack('<I', idletime) + q64(1))
check(a, 'destroy SERVERTIME', 6, struct.pack('<I', servertime))
check(a, 'create counter with a taken id', 2, struct.pack('<I', c1) + q64(0))
check(b, 'b destroys c1', 6, struct.pack('<I', c1))
print('query c1 destroyed: %s' % query_counter(a, c1))
pixmap = a.new_id()
a.request(53, 1, struct.pack('<IIHH', pixmap, a.root, 1, 1))
check(a, 'set on a pixmap id', 3, struct.pack('<I', pixmap) + q64(0))

# Alarms
c2 = counter(a, 'c2', 0)
al = create_alarm(a, 'al', (COUNTER, c2), (VALUE, 10), (TEST_TYPE, POS_CMP), (DELTA, 5))
print('query al: %s' % query_alarm(a, al))
check(a, 'set c2 12', 3, struct.pack('<I', c2) + q64(12))
print('query al: %s' % query_alarm(a, al))
check(a, 'set c2 40', 3, struct.pack('<I', c2) + q64(40))
print('query al: %s' % query_alarm(a, al))
check(a, 'set c2 41 (below the test value)', 3, struct.pack('<I', c2) + q64(41))
change_alarm(b, 'b selects events on al', al, (EVENTS, 1))
change_alarm(a, 'a turns its events off', al, (EVENTS, 0))
check(a, 'set c2 100', 3, struct.pack('<I', c2) + q64(100))
print('b saw: %s' % [event(e) for e in b.sync()[1]])
change_alarm(a, 'a turns its events on', al, (EVENTS, 1))
change_alarm(b, 'b deselects', al, (EVENTS, 0))
change_alarm(a, 'relative value 3 (fires at once: delta 5)', al, (VALUE_TYPE, 1), (VALUE, -3))
print('query al: %s' % query_alarm(a, al))
change_alarm(a, 'negative delta with positive test', al, (DELTA, -1))
change_alarm(a, 'test type 4', al, (TEST_TYPE, 4))
change_alarm(a, 'value type 2', al, (VALUE_TYPE, 2))
change_alarm(a, 'events 2', al, (EVENTS, 2))
change_alarm(a, 'bad counter', al, (COUNTER, 0x7777))
change_alarm(a, 'mask bit 0x40', al, (0x40, 0))
check(a, 'change alarm with a short value list', 9, struct.pack('<III', al, VALUE | DELTA, 0))
check(a, 'change a missing alarm with a bad length', 9, struct.pack('<III', 0x7777, VALUE, 0))
print('query al: %s' % query_alarm(a, al))
tr = create_alarm(a, 'tr', (COUNTER, c2), (VALUE, 200), (TEST_TYPE, POS_TRANS), (DELTA, 0))
check(a, 'set c2 300 (transition)', 3, struct.pack('<I', c2) + q64(300))
check(a, 'set c2 250 (no transition)', 3, struct.pack('<I', c2) + q64(250))
check(a, 'set c2 100', 3, struct.pack('<I', c2) + q64(100))
check(a, 'set c2 200 (transition)', 3, struct.pack('<I', c2) + q64(200))
once = create_alarm(a, 'once', (COUNTER, c2), (VALUE, 150), (TEST_TYPE, NEG_CMP), (DELTA, 0))
print('query once: %s' % query_alarm(a, once))
none = create_alarm(a, 'none', (VALUE, 1))
print('query none: %s' % query_alarm(a, none))
change_alarm(a, 'change none (fires without a counter)', none, (DELTA, 2))
check(a, 'destroy tr', 11, struct.pack('<I', tr))
print('query tr: %s' % query_alarm(a, tr))
check(a, 'destroy c2 under al', 6, struct.pack('<I', c2))
print('query al: %s' % query_alarm(a, al))
check(a, 'create alarm with a taken id', 8, struct.pack('<II', al, 0))
check(a, 'create alarm with a bad counter', 8, struct.pack('<III', a.new_id(), COUNTER, 0x7777))
check(a, 'create alarm with a relative value and no counter', 8, struct.pack('<III', a.new_id(), VALUE_TYPE, 1))

# Await
c3 = counter(a, 'c3', 0)
a.sync()
t0 = time.time()
check(a, 'await c3 >= 0 (holds)', 7, struct.pack('<IIiII', c3, 0, 0, 0, POS_CMP) + q64(0))
seq = req(a, 7, struct.pack('<IIiII', c3, 0, 0, 5, POS_CMP) + q64(0)
          + struct.pack('<IIiII', c3, 0, 0, 2, NEG_TRANS) + q64(0))
a.request(43, 0)
print('a blocked: %s' % (a.read_now(0.5) is None))
check(b, 'b sets c3 3', 3, struct.pack('<I', c3) + q64(3))
print('a still blocked: %s' % (a.read_now(0.3) is None))
check(b, 'b sets c3 7', 3, struct.pack('<I', c3) + q64(7))
errors, events = a.sync()
print('a woke with: %s' % ([event(e) for e in events] + [xraw.error_name(e, ERR, NAMES, (a, b)) for e in errors]))
seq = req(a, 7, struct.pack('<IIiII', c3, 0, 0, 100, POS_CMP) + q64(0))
print('a blocked: %s' % (a.read_now(0.3) is None))
check(b, 'b destroys c3', 6, struct.pack('<I', c3))
errors, events = a.sync()
print('a woke with: %s' % ([event(e) for e in events] + [xraw.error_name(e, ERR, NAMES, (a, b)) for e in errors]))
check(a, 'await nothing', 7)
check(a, 'await None', 7, struct.pack('<IIiII', 0, 0, 0, 0, POS_CMP) + q64(0))
check(a, 'await a missing counter', 7, struct.pack('<IIiII', 0x7777, 0, 0, 0, POS_CMP) + q64(0))
c4 = counter(a, 'c4', 1)
check(a, 'await with test type 9', 7, struct.pack('<IIiII', c4, 0, 0, 0, 9) + q64(0))
check(a, 'await with value type 5', 7, struct.pack('<IIiII', c4, 5, 0, 0, POS_CMP) + q64(0))
check(a, 'await relative overflow', 7, struct.pack('<IIiII', c4, 1, 0x7fffffff, 0xffffffff, POS_CMP) + q64(0))
check(a, 'await with a partial condition', 7, struct.pack('<IIiII', c4, 0, 0, 0, POS_CMP))
check(a, 'await relative -1 (holds)', 7, struct.pack('<IIiII', c4, 1, -1, 0xffffffff, POS_CMP) + q64(0))

# The time counters
r = query_counter(a, servertime)
print('SERVERTIME is a number: %s' % isinstance(r, int))
st = create_alarm(a, 'st', (COUNTER, servertime), (VALUE_TYPE, 1), (VALUE, 300), (TEST_TYPE, POS_CMP), (DELTA, 0))
m = a.read_now(3)
print('SERVERTIME alarm after about 300 ms: %s' % (event(m).split(' counter')[0] if m else None))
XTEST = a.extension('XTEST')[0]
a.request(XTEST, 2, struct.pack('<BBxxIIxxxxxxxxhhxxxxxxxx', 6, 0, 0, a.root, 10, 10))  # motion resets idle time
a.sync()
time.sleep(0.3)
print('IDLETIME after 300 ms: %s' % (200 <= query_counter(a, idletime) < 3000))
it = create_alarm(a, 'it', (COUNTER, idletime), (VALUE, 50), (TEST_TYPE, NEG_TRANS), (DELTA, 0))
a.request(XTEST, 2, struct.pack('<BBxxIIxxxxxxxxhhxxxxxxxx', 6, 0, 0, a.root, 20, 20))
m = a.read_now(3)
print('IDLETIME alarm on input: %s' % (event(m).split(' counter')[0] if m else None))

# Priorities
check(a, 'set priority of a None', 12, struct.pack('<Ii', 0, 7))
r = b.reply(req(b, 13, struct.pack('<I', al)))
print("b gets a's priority through al: %d" % struct.unpack('<i', r[8:12])[0])
r = b.reply(req(b, 13, struct.pack('<I', 0x7777)))
print('priority of a missing id: %s' % xraw.error_name(r, ERR, NAMES, (a, b)))
check(b, 'set priority of a missing id', 12, struct.pack('<Ii', b.id_base | 0x55, 1))

# Fences
f = a.new_id()
ids[f] = 'f'
check(a, 'create fence', 14, struct.pack('<IIBxxx', a.root, f, 0))
r = a.reply(req(a, 18, struct.pack('<I', f)))
print('query fence: %d' % r[8])
check(a, 'reset untriggered', 16, struct.pack('<I', f))
req(a, 19, struct.pack('<I', f))
a.request(43, 0)
print('a blocked on f: %s' % (a.read_now(0.5) is None))
check(b, 'b triggers f', 15, struct.pack('<I', f))
errors, events = a.sync()
print('a woke with: %s' % ([event(e) for e in events] + [xraw.error_name(e, ERR, NAMES, (a, b)) for e in errors]))
r = a.reply(req(a, 18, struct.pack('<I', f)))
print('query fence: %d' % r[8])
check(a, 'await triggered fence', 19, struct.pack('<I', f))
check(a, 'reset', 16, struct.pack('<I', f))
req(a, 19, struct.pack('<I', f))
a.request(43, 0)
print('a blocked on f: %s' % (a.read_now(0.5) is None))
check(b, 'b destroys f', 17, struct.pack('<I', f))
errors, events = a.sync()
print('a woke with: %s' % ([event(e) for e in events] + [xraw.error_name(e, ERR, NAMES, (a, b)) for e in errors]))
check(a, 'query destroyed fence', 18, struct.pack('<I', f))
check(a, 'fence on a missing drawable', 14, struct.pack('<IIBxxx', 0x7777, a.new_id(), 1))
check(a, 'fence with a taken id', 14, struct.pack('<IIBxxx', a.root, al, 1))
check(a, 'await no fence', 19)
check(a, 'await fence None', 19, struct.pack('<I', 0))
check(a, 'trigger a counter as a fence', 15, struct.pack('<I', c4))

# A client killed while it waits goes at once, and its counter with it
c = xraw.Conn()
c5 = counter(c, 'c5', 0)
c.sync()
c.request(SYNC, 7, struct.pack('<IIiII', c5, 0, 0, 1, POS_CMP) + q64(0))
c.request(43, 0)
print('c blocked: %s' % (c.read_now(0.3) is None))
b.request(113, 0, struct.pack('<I', c5))  # KillClient
b.sync()
c.s.settimeout(2)
try:
    while c.s.recv(4096):  # what the server sent before it closed, if anything
        pass
    closed = True
except ConnectionResetError:
    closed = True
except OSError:  # a timeout: still open
    closed = False
print('c closed: %s' % closed)
print('c5 gone: %s' % query_counter(b, c5).split()[0])
a.close()
b.close()
