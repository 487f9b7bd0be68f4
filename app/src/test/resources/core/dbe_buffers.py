"""DOUBLE-BUFFER as Xvfb has it: versions and visual info, back buffers drawn on as drawables, SwapBuffers with each
swap action (undefined, background, untouched, copied) on a window with a child, several names for one buffer,
resizes by bit gravity, buffers going with their window, and the errors of bad arguments. Prints what it saw, pixels
as hashes of GetImage; the test compares Xvfb's output with Sumac's."""
import hashlib
import os
import struct
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import xraw

a = xraw.Conn()
DBE, _, DBE_ERR = a.extension('DOUBLE-BUFFER')
ids = {}


def new(label):
    i = a.new_id()
    ids[i] = label
    return i


def error(m):
    if m[1] == DBE_ERR:
        v = struct.unpack('<I', m[4:8])[0]
        return 'BadBuffer %s minor %d' % (ids.get(v, hex(v)), struct.unpack('<H', m[8:10])[0])
    if m[1] == 2:  # BadValue: Xorg leaves DBE's values as an earlier request set them
        return 'BadValue minor %d' % struct.unpack('<H', m[8:10])[0]
    return xraw.error_name(m, 0, [], (a,))


def check(label, minor, body=b'', major=None):
    a.request(DBE if major is None else major, minor, body)
    errors, events = a.sync()
    print('%s: %s' % (label, [error(e) for e in errors] + ['event %d' % e[0] for e in events] or 'ok'))


def image(drawable, w, h):
    r = a.reply(a.request(73, 2, struct.pack('<IhhHHI', drawable, 0, 0, w, h, 0xffffffff)))
    return hashlib.sha1(r[32:]).hexdigest()[:12] if r[0] == 1 else error(r)


def fill(drawable, color, x, y, w, h):
    a.request(56, 0, struct.pack('<III', gc, 4, color))
    a.request(70, 0, struct.pack('<IIhhHH', drawable, gc, x, y, w, h))


def window(label, parent, x, y, w, h, bg, gravity=None, cls=1):
    wid = new(label)
    mask, values = 0, b''
    if cls == 1:
        mask, values = 2, struct.pack('<I', bg)
    if gravity is not None:
        mask |= 0x10
        values += struct.pack('<I', gravity)
    a.request(1, 0 if cls == 2 else 24, struct.pack('<IIhhHHHHII', wid, parent, x, y, w, h, 0, cls, 0, mask) + values)
    a.request(8, 0, struct.pack('<I', wid))
    return wid


def swap(*pairs):
    body = struct.pack('<I', len(pairs))
    for w, action in pairs:
        body += struct.pack('<IB3x', w, action)
    return body


def visual_info(*drawables):
    r = a.reply(a.request(DBE, 6, struct.pack('<I', len(drawables)) + b''.join(struct.pack('<I', d) for d in drawables)))
    if r[0] != 1:
        return error(r)
    n, pos, out = struct.unpack('<I', r[8:12])[0], 32, []
    for _ in range(n):
        count = struct.unpack('<I', r[pos:pos + 4])[0]
        pos += 4
        # the core visuals: Xvfb adds hundreds for GLX (ids from 0x100), which Sumac does not have
        out.append([struct.unpack('<IBB2x', r[pos + 8 * i:pos + 8 * i + 8]) for i in range(count)
                    if struct.unpack('<I', r[pos + 8 * i:pos + 8 * i + 4])[0] < 0x100])
        pos += 8 * count
    return out


r = a.reply(a.request(DBE, 0, struct.pack('<BB2x', 9, 9)))
print('QueryVersion 9.9 ->', r[8], r[9])
print('visual info of the screens', visual_info())
w = window('w', a.root, 10, 10, 80, 60, 0x334455)
child = window('child', w, 50, 5, 20, 20, 0x00ff00)
gc = new('gc')
a.request(55, 0, struct.pack('<III', gc, w, 0))
print('visual info of the root and w', visual_info(a.root, w))
print('visual info of nothing', visual_info(0x7700077))
back = new('back')
check('allocate back', 1, struct.pack('<IIB3x', w, back, 0))
back2 = new('back2')
check('allocate a second name', 1, struct.pack('<IIB3x', w, back2, 3))
for label, i in (('back', back), ('w', w), ('nothing', 0x7700077)):
    r = a.reply(a.request(DBE, 7, struct.pack('<I', i)))
    print('attributes of', label, ids.get(struct.unpack('<I', r[8:12])[0], 'None'))
print('back at first', image(back, 80, 60), 'w', image(w, 80, 60))
fill(back, 0xff0000, 5, 5, 30, 20)
fill(back2, 0x0000ff, 40, 10, 30, 40)
print('drawn on the names', image(back, 80, 60), image(back2, 80, 60), 'w', image(w, 80, 60))
check('swap undefined', 3, swap((w, 0)))
print('  w', image(w, 80, 60), 'back', image(back, 80, 60))
fill(back, 0xffff00, 0, 30, 80, 10)
check('swap background', 3, swap((w, 1)))
print('  w', image(w, 80, 60), 'back', image(back, 80, 60))
fill(back, 0xff00ff, 10, 10, 10, 40)
check('swap untouched', 3, swap((w, 2)))
print('  w', image(w, 80, 60), 'back', image(back, 80, 60), 'back2', image(back2, 80, 60))
check('swap copied', 3, swap((w, 3)))
print('  w', image(w, 80, 60), 'back', image(back, 80, 60))
w2 = window('w2', a.root, 100, 10, 40, 40, 0x808080)
back3 = new('back3')
check('allocate on w2', 1, struct.pack('<IIB3x', w2, back3, 1))
fill(back3, 0x123456, 0, 0, 20, 20)
a.request(62, 0, struct.pack('<IIIhhhhHH', back, back3, gc, 0, 0, 20, 20, 20, 20))  # CopyArea between buffers
check('swap two windows', 3, swap((w2, 2), (w, 0)))
print('  w2', image(w2, 40, 40), 'w', image(w, 80, 60))
check('begin idiom with a word', 4, b'\0\0\0\0')
check('end idiom', 5)

# resizes: Forget gravity clears to the background, NorthWest keeps what was there
a.request(12, 0, struct.pack('<IH2xII', w, 0xc, 100, 70))
print('resized with forget gravity', image(back, 100, 70))
fill(back, 0x00ffff, 0, 0, 10, 10)
a.request(2, 0, struct.pack('<III', w, 0x10, 1))  # bit gravity NorthWest
a.request(12, 0, struct.pack('<IH2xII', w, 0xc, 90, 90))
print('resized with northwest gravity', image(back, 90, 90))
a.request(2, 0, struct.pack('<III', w, 0x10, 9))  # SouthEast
a.request(12, 0, struct.pack('<IH2xII', w, 0xc, 60, 50))
print('shrunk with southeast gravity', image(back, 60, 50))
check('swap after the resizes', 3, swap((w, 0)))
print('  w', image(w, 60, 50))

# errors
io = window('inputonly', a.root, 0, 0, 10, 10, 0, cls=2)
check('allocate on a missing window', 1, struct.pack('<IIB3x', 0x7700077, new('x1'), 0))
check('allocate on an InputOnly window', 1, struct.pack('<IIB3x', io, new('x2'), 0))
check('allocate with action 4', 1, struct.pack('<IIB3x', w, new('x3'), 4))
check('allocate a name in use', 1, struct.pack('<IIB3x', w, gc, 0))
check('allocate short', 1, struct.pack('<II', w, new('x4')))
check('swap a window without buffers', 3, swap((child, 0)))
check('swap a window twice', 3, swap((w, 0), (w, 1)))
check('swap a missing window', 3, swap((0x7700077, 0)))
check('swap action 7', 3, swap((w, 7)))
check('swap of nothing', 3, swap())
check('swap short of an action', 3, swap((w, 0))[:8])
check('swap of 2^28 actions', 3, struct.pack('<I', 1 << 28))
check('visual info short of a drawable', 6, struct.pack('<I', 2) + struct.pack('<I', w))
check('deallocate a missing name', 2, struct.pack('<I', 0x7700077))
check('deallocate a window', 2, struct.pack('<I', w))
check('deallocate back2', 2, struct.pack('<I', back2))
check('draw on the freed name', 70, struct.pack('<IIhhHH', back2, gc, 0, 0, 5, 5), major=70)
check('deallocate long', 2, struct.pack('<II', back, 0))
check('minor 8', 8)
a.request(4, 0, struct.pack('<I', w))
check('draw on back once w is destroyed', 70, struct.pack('<IIhhHH', back, gc, 0, 0, 5, 5), major=70)
r = a.reply(a.request(DBE, 7, struct.pack('<I', back)))
print('attributes of back once w is destroyed', ids.get(struct.unpack('<I', r[8:12])[0], 'None'))
check('deallocate it', 2, struct.pack('<I', back))
