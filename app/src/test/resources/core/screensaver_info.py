"""MIT-SCREEN-SAVER as Xorg has it for a display whose saver is off: QueryInfo's state, kind, event mask and idle
time (XTEST input resets it; browsers and power managers read it), SetAttributes held by one client at a time, and
the errors of bad input. Prints what it saw; the test compares Xvfb's output with Sumac's."""
import os
import struct
import sys
import time
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import xraw

a = xraw.Conn()
b = xraw.Conn()
SS, EV, _ = a.extension('MIT-SCREEN-SAVER')
XTEST = a.extension('XTEST')[0]


def err(m):
    return xraw.error_name(m, 0, [], (a, b))


def check(c, label, minor, body=b''):
    c.request(SS, minor, body)
    errors, events = c.sync()
    print('%s: %s' % (label, [err(e) for e in errors] + ['event %d' % (e[0] & 0x7f) for e in events] or 'ok'))


def info(c, label, drawable=None):
    m = c.reply(c.request(SS, 1, struct.pack('<I', a.root if drawable is None else drawable)))
    if m[0] == 0:
        print('%s: %s' % (label, err(m)))
        return None
    state = m[1]
    window, til, idle, mask, kind = struct.unpack('<IIIIB', m[8:25])
    print('%s: state %d kind %d mask %d' % (label, state, kind, mask))
    return til, idle


r = a.reply(a.request(SS, 0, struct.pack('<BBxx', 1, 0)))
print('version %d.%d' % struct.unpack('<HH', r[8:12]))
a.request(XTEST, 2, struct.pack('<BBxxIIxxxxxxxxhhxxxxxxxx', 6, 0, 0, a.root, 10, 10))
a.sync()
time.sleep(0.3)
til, idle = info(a, 'at start')
print('idle about 300 ms: %s; saver in about 600 s: %s' % (250 <= idle < 3000, 590000 < til <= 600000))
a.request(XTEST, 2, struct.pack('<BBxxIIxxxxxxxxhhxxxxxxxx', 6, 0, 0, a.root, 20, 20))
a.sync()
til, idle = info(a, 'after input')
print('idle reset: %s' % (idle < 250))
check(a, 'select notify and cycle', 2, struct.pack('<II', a.root, 3))
info(a, 'a after select')
info(b, 'b after select')
check(a, 'select 0xff', 2, struct.pack('<II', a.root, 0xff))
info(a, 'a after select 0xff')
a.request(107, 0, struct.pack('<hhBBxx', 0, 0, 2, 2))  # SetScreenSaver timeout 0
a.sync()
info(a, 'timeout 0')
a.request(107, 0, struct.pack('<hhBBxx', 120, 600, 0, 2))  # timeout 120, DontPreferBlanking
a.sync()
til, idle = info(a, 'timeout 120, no blanking')
print('saver in about 120 s: %s' % (110000 < til <= 120000))


def attributes(drawable, w=10, h=10, bw=0, cls=0, depth=0, visual=0, mask=0, values=b''):
    return struct.pack('<IhhHHHBBII', drawable, 0, 0, w, h, bw, cls, depth, visual, mask) + values




def events(label, c):
    errors, evs = c.sync()
    out = []
    for e in evs:
        if e[0] & 0x7f == EV:
            out.append('notify state %d kind %d forced %d' % (e[1], e[16], e[17]))
    print('%s: %s' % (label, out + [err(m) for m in errors]))


a.request(115, 1)  # ForceScreenSaver Activate
events('activate: a saw', a)
events('activate: b saw', b)
print('idle after activate: %s' % (info(a, 'activated')[1] < 3000))
a.request(115, 1)
events('activate again', a)
time.sleep(0.3)
a.request(115, 0)  # Reset
events('reset', a)
til, idle = info(a, 'after reset')
print('idle reset by ForceScreenSaver: %s' % (idle < 250))
a.request(115, 0)
events('reset while off', a)
a.request(115, 1)
a.sync()
a.request(XTEST, 2, struct.pack('<BBxxIIxxxxxxxxhhxxxxxxxx', 6, 0, 0, a.root, 30, 30))
events('input while on', a)
info(a, 'after input')
a.request(115, 2)
events('force screen saver 2', a)
check(a, 'set attributes', 3, attributes(a.root))
info(a, 'with attributes')
check(b, 'b sets attributes too', 3, attributes(a.root))
check(b, 'b unsets them', 4, struct.pack('<I', a.root))
info(a, 'still with attributes')
check(a, 'a unsets them', 4, struct.pack('<I', a.root))
info(a, 'without attributes')
check(a, 'attributes with a background pixel', 3, attributes(a.root, mask=2, values=struct.pack('<I', 0)))
check(a, 'attributes on a missing drawable', 3, attributes(0x7777))
check(a, 'attributes missing their value', 3, attributes(a.root, mask=2))
check(a, 'attributes width 0', 3, attributes(a.root, w=0))
check(a, 'attributes class 3', 3, attributes(a.root, cls=3))
check(a, 'attributes InputOnly with a border', 3, attributes(a.root, cls=2, bw=1))
check(a, 'attributes depth 8', 3, attributes(a.root, depth=8))
check(a, 'attributes visual 0x7777', 3, attributes(a.root, visual=0x7777))
check(a, 'unset attributes a missing drawable', 4, struct.pack('<I', 0x7777))
check(a, 'suspend', 5, struct.pack('<I', 1))
check(a, 'suspend again', 5, struct.pack('<I', 1))
check(a, 'resume', 5, struct.pack('<I', 0))
check(a, 'resume with 7', 5, struct.pack('<I', 7))
check(a, 'resume once more', 5, struct.pack('<I', 0))
check(a, 'suspend short', 5)
info(a, 'info on a missing drawable', 0x7777)
check(a, 'info long', 1, struct.pack('<II', a.root, 0))
check(a, 'select on a missing drawable', 2, struct.pack('<II', 0x7777, 1))
check(a, 'select short', 2, struct.pack('<I', a.root))
check(a, 'version short', 0)
check(a, 'minor 6', 6)
a.request(107, 0, struct.pack('<hhBBxx', -1, -1, 1, 2))
a.sync()
a.close()
b.close()
