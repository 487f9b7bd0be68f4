# XFIXES events and state: selection notify (owner set, owner window destroyed, owner client closed), cursor
# notify, cursor images and names, hide and show, save-sets with their options, pointer barriers, and the
# requests each negotiated version allows; prints one line per step.
import sys, os, time, zlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from xfixes_lib import *
from Xlib import X
from Xlib.protocol import request


def events(x, wait=0.2):
    x.d.sync()
    time.sleep(wait)
    out = []
    while x.d.pending_events():
        e = x.d.next_event()
        out.append(e)
    return out


def raw_type(e):
    return e.type & 0x7f


a = XFixes()
b = XFixes()
aw = a.root.create_window(0, 0, 10, 10, 0, X.CopyFromParent)
aw2 = a.root.create_window(0, 0, 10, 10, 0, X.CopyFromParent)
sel = a.d.intern_atom('XF_SELECTION')
print('select all', a.call(SelectSelectionInput, window=aw.id, selection=sel, mask=7))
print('select owner only', a.call(SelectSelectionInput, window=aw2.id, selection=sel, mask=1))
print('select bad mask', a.call(SelectSelectionInput, window=aw.id, selection=sel, mask=8))
print('select bad window', a.call(SelectSelectionInput, window=0x1234, selection=sel, mask=1))
print('select never owned', a.call(SelectSelectionInput, window=aw.id, selection=a.d.intern_atom('XF_OTHER'), mask=7))
a.d.sync()


def notes(x, owners):
    out = []
    for e in events(x):
        if raw_type(e) != x.first_event:
            out.append('event %d' % raw_type(e))
            continue
        raw = e._binary
        import struct
        subtype = raw[1]
        window, owner, selection, ts, sts = struct.unpack('=IIIII', raw[4:24])
        win = {aw.id: 'aw', aw2.id: 'aw2'}.get(window, hex(window))
        out.append('%s %s owner=%s %s sts<=ts:%s' % (['SetOwner', 'WindowDestroy', 'ClientClose'][subtype], win,
                                                    owners.get(owner, hex(owner)), a.d.get_atom_name(selection),
                                                    sts <= ts))
    return out


bw = b.root.create_window(0, 0, 10, 10, 0, X.CopyFromParent)
bw2 = b.root.create_window(0, 0, 10, 10, 0, X.CopyFromParent)
b.d.sync()
owners = {bw.id: 'bw', bw2.id: 'bw2', 0: 'None'}
bw.set_selection_owner(sel, X.CurrentTime)
b.d.sync()
print('owner set:', notes(a, owners))
request.SetSelectionOwner(display=b.d.display, window=X.NONE, selection=sel, time=X.CurrentTime)
b.d.sync()
print('owner None:', notes(a, owners))
bw2.set_selection_owner(sel, X.CurrentTime)
bw2.destroy()
b.d.sync()
print('owner window destroyed:', notes(a, owners))
bw.set_selection_owner(sel, X.CurrentTime)
b.d.sync()
print('owner again:', notes(a, owners))
b.d.close()
a.d.sync()
time.sleep(0.3)
print('owner client closed:', notes(a, owners))
a.call(SelectSelectionInput, window=aw.id, selection=sel, mask=0)
c = XFixes()
cw = c.root.create_window(0, 0, 10, 10, 0, X.CopyFromParent)
cw.set_selection_owner(sel, X.CurrentTime)
c.d.sync()
print('after deselecting aw:', notes(a, {cw.id: 'cw'}))
aw2.destroy()
cw.set_selection_owner(sel, X.CurrentTime)
c.d.sync()
print('after destroying aw2:', notes(a, {cw.id: 'cw'}))

# Cursors: the root's default, a named glyph cursor, CursorNotify as the pointer moves between them.
img = a.reply(GetCursorImage)
print('default cursor %dx%d hot %d,%d crc %08x' % (img.width, img.height, img.xhot, img.yhot,
                                                   zlib.crc32(bytes(str(list(img.image)), 'ascii'))))
root_serial = img.serial
font = a.d.open_font('cursor')
cur = font.create_glyph_cursor(font, 68, 69, (0xffff, 0, 0), (0, 0, 0xffff))
cur2 = font.create_glyph_cursor(font, 2, 3, (0, 0, 0), (0xffff, 0xffff, 0xffff))
print('name none:', a.reply(GetCursorName, cursor=cur.id).name)
print('set name', a.call(SetCursorName, cursor=cur.id, name='xf-arrow'))
n = a.reply(GetCursorName, cursor=cur.id)
print('name:', n.name, a.d.get_atom_name(n.atom))
print('name of bad cursor', a.try_reply(GetCursorName, cursor=0x4321))
print('set name of bad cursor', a.call(SetCursorName, cursor=0x4321, name='x'))
cw1 = a.root.create_window(100, 100, 50, 50, 0, X.CopyFromParent, cursor=cur)
cw2 = a.root.create_window(200, 100, 50, 50, 0, X.CopyFromParent, cursor=cur2)
cw1.map()
cw2.map()
a.root.warp_pointer(5, 5)
a.d.sync()
events(a)
print('select cursor', a.call(SelectCursorInput, window=aw.id, mask=1))
print('select cursor bad mask', a.call(SelectCursorInput, window=aw.id, mask=2))
print('select cursor bad window', a.call(SelectCursorInput, window=0x1234, mask=1))


def cursor_notes(x):
    import struct
    out = []
    for e in events(x):
        if raw_type(e) != x.first_event + 1:
            continue
        raw = e._binary
        window, serial, ts, name = struct.unpack('=IIII', raw[4:20])
        out.append('subtype %d %s name=%s' % (raw[1], 'aw' if window == aw.id else hex(window),
                                               a.d.get_atom_name(name) if name else 'None'))
    return out


a.root.warp_pointer(120, 120)
print('into cw1:', cursor_notes(a))
img = a.reply(GetCursorImage)
print('image at 120,120: pos %d,%d %dx%d hot %d,%d crc %08x newer serial %s' % (
    img.x, img.y, img.width, img.height, img.xhot, img.yhot, zlib.crc32(bytes(str(list(img.image)), 'ascii')),
    img.serial > root_serial))
a.root.warp_pointer(125, 125)
print('within cw1:', cursor_notes(a))
a.root.warp_pointer(220, 120)
print('into cw2:', cursor_notes(a))
a.root.warp_pointer(5, 5)
print('to the root:', cursor_notes(a))

print('show without hide', a.call(ShowCursor, window=aw.id))
print('hide bad window', a.call(HideCursor, window=0x1234))
print('hide, hide', a.call(HideCursor, window=aw.id), a.call(HideCursor, window=aw.id))
img = a.reply(GetCursorImage)
print('hidden: image %dx%d' % (img.width, img.height), cursor_notes(a))
print('show, show, show', a.call(ShowCursor, window=aw.id), a.call(ShowCursor, window=aw.id),
      a.call(ShowCursor, window=aw.id))

# ChangeCursor: cw2's cursor shows cur's image from now on (told at once: the pointer is in cw2).
a.root.warp_pointer(220, 120)
print('back into cw2:', cursor_notes(a))
print('change cursor', a.call(ChangeCursor, source=cur.id, destination=cur2.id))
img = a.reply(GetCursorImage)
print('cw2 after change: %dx%d hot %d,%d' % (img.width, img.height, img.xhot, img.yhot), cursor_notes(a))
print('change bad source', a.call(ChangeCursor, source=0x4321, destination=cur2.id))
print('change bad destination', a.call(ChangeCursor, source=cur.id, destination=0x4321))
cur3 = font.create_glyph_cursor(font, 90, 91, (0, 0, 0), (0xffff, 0xffff, 0xffff))
print('change by name', a.call(ChangeCursorByName, source=cur3.id, name='xf-arrow'),
      a.call(ChangeCursorByName, source=cur3.id, name='xf-no-such-name'))
a.root.warp_pointer(120, 120)
a.d.sync()
img = a.reply(GetCursorImage)
print('cw1 after change by name: %dx%d hot %d,%d' % (img.width, img.height, img.xhot, img.yhot))
print('change by name bad source', a.call(ChangeCursorByName, source=0x4321, name='xf-arrow'))
a.call(SelectCursorInput, window=aw.id, mask=0)
a.root.warp_pointer(5, 5)
print('deselected:', cursor_notes(a))

# Save-sets: a manager frames a client's windows and leaves.
app = XFixes()
wins = []
for i in range(4):
    w = app.root.create_window(10 + i, 10, 20, 20, 1, X.CopyFromParent)
    wins.append(w)
app.d.sync()
wm = XFixes()
frames = []
for i, (target, mp) in enumerate([(0, 0), (1, 0), (0, 1), (1, 1)]):
    f = wm.root.create_window(100 + 40 * i, 50, 30, 30, 0, X.CopyFromParent)
    f.map()
    wm.d.sync()
    mine = wm.d.create_resource_object('window', wins[i].id)
    mine.reparent(f, 2, 3)
    mine.map() if i != 3 else None
    wm.d.sync()
    print('save-set target %d map %d' % (target, mp), wm.call(ChangeSaveSet, mode=0, target=target, map=mp, window=wins[i].id))
    frames.append(f)
print('save-set root', wm.call(ChangeSaveSet, mode=0, target=1, map=1, window=wm.root.id))
core = []
wm.root.change_save_set(X.SetModeInsert, onerror=lambda e, r: core.append(wm.error_name(e)))
wm.d.sync()
print('core save-set root', core)
print('save-set own window', wm.call(ChangeSaveSet, mode=0, target=0, map=0, window=frames[0].id))
print('save-set bad mode', wm.call(ChangeSaveSet, mode=2, target=0, map=0, window=wins[0].id))
print('save-set bad target', wm.call(ChangeSaveSet, mode=0, target=2, map=0, window=wins[0].id))
print('save-set bad map', wm.call(ChangeSaveSet, mode=0, target=0, map=2, window=wins[0].id))
print('save-set bad window', wm.call(ChangeSaveSet, mode=0, target=0, map=0, window=0x1234))
wm.d.close()
app.d.sync()
time.sleep(0.3)
for i, w in enumerate(wins):
    t = w.query_tree()
    g = w.get_geometry()
    print('window %d: parent root %s, at %d,%d, map state %d' % (i, t.parent == app.root, g.x, g.y,
                                                                   w.get_attributes().map_state))

# Pointer barriers.
bar = a.new_id()
print('barrier vertical', a.call(CreatePointerBarrier, barrier=bar, window=aw.id, x1=50, y1=0, x2=50, y2=100,
                                 directions=0, devices=[]))
print('barrier id taken', a.call(CreatePointerBarrier, barrier=bar, window=aw.id, x1=50, y1=0, x2=50, y2=100,
                                 directions=0, devices=[]))
for name, (x1, y1, x2, y2) in (('diagonal', (0, 0, 10, 10)), ('point', (5, 5, 5, 5)),
                               ('horizontal above', (0, -1, 10, -1)), ('vertical left', (-3, 0, -3, 10))):
    print('barrier', name, a.call_name(CreatePointerBarrier, barrier=a.new_id(), window=aw.id, x1=x1, y1=y1, x2=x2,
                                  y2=y2, directions=0, devices=[]))
print('barrier bad window', a.call(CreatePointerBarrier, barrier=a.new_id(), window=0x1234, x1=0, y1=5, x2=10,
                                   y2=5, directions=0, devices=[]))
print('barrier bad window and diagonal', a.call_name(CreatePointerBarrier, barrier=a.new_id(), window=0x1234, x1=0,
                                                y1=5, x2=10, y2=6, directions=0, devices=[]))
o = XFixes()
print('delete other client\'s barrier', o.call(DeletePointerBarrier, barrier=bar))
print('delete a window', a.call(DeletePointerBarrier, barrier=aw.id))
print('delete', a.call(DeletePointerBarrier, barrier=bar), 'again', a.call(DeletePointerBarrier, barrier=bar))

# Versions: what each allows.
none = XFixes(version=None)
print('without QueryVersion: CreateRegion', none.call(CreateRegion, region=none.new_id(), rects=[]))
v1 = XFixes((1, 0))
print('version 1: GetCursorImage', 'ok' if not isinstance(v1.try_reply(GetCursorImage), str) else 'error',
      'CreateRegion', v1.call(CreateRegion, region=v1.new_id(), rects=[]))
v2 = XFixes((2, 0))
print('version 2: ChangeCursorByName', v2.call(ChangeCursorByName, source=0x4321, name='x'),
      'ExpandRegion', v2.call(ExpandRegion, source=0, destination=0, left=0, right=0, top=0, bottom=0))
v4 = XFixes((4, 0))
print('version 4: ShowCursor', v4.call(ShowCursor, window=0x1234),
      'CreatePointerBarrier', v4.call(CreatePointerBarrier, barrier=v4.new_id(), window=0x1234, x1=0, y1=5, x2=10,
                                      y2=5, directions=0, devices=[]))
print('version 0.9 asked', XFixes((0, 9)).version)
