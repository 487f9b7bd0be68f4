# DAMAGE: objects at every report level on windows (drawing into the window, into a child, copies, images,
# exposures, moves) and on pixmaps, Subtract and Add with XFIXES regions, and the errors of bad arguments.
# Prints the DamageNotify events of each step (without their timestamps) and each request's outcome.
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'xfixes'))
from xfixes_lib import *
from Xlib import X
from Xlib.protocol import rq

DQueryVersion = reply_req(0, [rq.Card32('major'), rq.Card32('minor')],
                          [rq.Card32('major'), rq.Card32('minor'), rq.Pad(16)])
DCreate = req(1, rq.Card32('damage'), rq.Card32('drawable'), rq.Card8('level'), rq.Pad(3))
DDestroy = req(2, rq.Card32('damage'))
DSubtract = req(3, rq.Card32('damage'), rq.Card32('repair'), rq.Card32('parts'))
DAdd = req(4, rq.Card32('drawable'), rq.Card32('region'))
LEVELS = ('raw', 'delta', 'bbox', 'nonempty')

x = XFixes()
d = x.d
ext = d.query_extension('DAMAGE')
major, first_event, first_error = ext.major_opcode, ext.first_event, ext.first_error
names = {}


def dcall(R, **kw):
    errors = []
    R(display=d.display, onerror=lambda e, r: errors.append(e) or True, opcode=major, **kw)
    d.sync()
    if not errors:
        return 'ok'
    e = errors[0]
    if e.code == first_error:
        return 'BadDamage(%s)' % x.value(e)
    return '%s(%s)' % (x.error_name(e), x.value(e))


def events():
    d.sync()
    out = []
    while d.pending_events():
        e = d.next_event()
        if e.type != first_event:
            continue
        a, g = e.area, e.drawable_geometry
        more = '+' if e.level & 0x80 else ''
        out.append('%s %s %s%s %d,%d+%dx%d in %d,%d+%dx%d' % (names.get(e.damage, hex(e.damage)), names.get(getattr(e.drawable, 'id', e.drawable), '?'),
                                                          LEVELS[e.level & 0x7f], more, a.x, a.y, a.width, a.height,
                                                          g.x, g.y, g.width, g.height))
    return out


def step(name, result=None):
    ev = events()
    print(name, '' if result is None else result)
    for line in ev:
        print('   ', line)


# Versions: nothing but QueryVersion before it.
dm = x.new_id()
print('create before QueryVersion', dcall(DCreate, damage=dm, drawable=x.root.id, level=0))
r = DQueryVersion(display=d.display, opcode=major, major=0, minor=9)
r.reply()
print('asked 0.9', r.major, r.minor)
print('create at version 0', dcall(DCreate, damage=dm, drawable=x.root.id, level=0))
r = DQueryVersion(display=d.display, opcode=major, major=9, minor=0)
r.reply()
print('asked 9.0', r.major, r.minor)
r = DQueryVersion(display=d.display, opcode=major, major=1, minor=1)
r.reply()
print('asked 1.1', r.major, r.minor)

w = x.root.create_window(20, 30, 100, 80, 2, X.CopyFromParent, background_pixel=0x112233, border_pixel=0x445566)
names[w.id] = 'w'
child = w.create_window(10, 10, 30, 20, 1, X.CopyFromParent, background_pixel=0x778899)
names[child.id] = 'child'
child.map()
gc = w.create_gc(foreground=0xff0000)
step('unmapped window made')
dmg = {}
unmapped = x.new_id()
names[unmapped] = 'unmapped'
print('create bbox on the unmapped window', dcall(DCreate, damage=unmapped, drawable=w.id, level=2))
step('created on the unmapped window')
print('destroy it', dcall(DDestroy, damage=unmapped))
w.map()
step('mapped')
for i, lv in enumerate(LEVELS):
    dmg[lv] = x.new_id()
    names[dmg[lv]] = lv
    print('create', lv, dcall(DCreate, damage=dmg[lv], drawable=w.id, level=i))
step('created on the mapped window')
w.fill_rectangle(gc, 50, 40, 10, 10)
step('fill in w')
w.fill_rectangle(gc, 50, 40, 10, 10)
step('same fill again')
child.fill_rectangle(gc, 2, 2, 5, 5)
step('fill in the child')
w.fill_rectangle(gc, -5, -5, 20, 8)
step('fill past the corner')
w.copy_area(gc, w, 50, 35, 20, 20, 70, 50)
step('copy area inside w')
w.put_image(gc, 60, 5, 4, 3, X.ZPixmap, 24, 0, b'\x10\x20\x30\x00' * 12)
step('put image')
w.clear_area(0, 60, 100, 20)
step('clear area')
for lv in ('delta', 'bbox', 'nonempty'):
    rep = x.region([(0, 0, 100, 50)])
    parts = x.region([])
    print('subtract', lv, dcall(DSubtract, damage=dmg[lv], repair=rep, parts=parts), 'parts', x.fetch(parts))
    step('  after subtract ' + lv)
print('subtract raw', dcall(DSubtract, damage=dmg['raw'], repair=0, parts=0))
parts = x.region([])
print('subtract delta all', dcall(DSubtract, damage=dmg['delta'], repair=0, parts=parts), 'parts', x.fetch(parts))
print('subtract bbox all', dcall(DSubtract, damage=dmg['bbox'], repair=0, parts=0))
print('subtract nonempty all', dcall(DSubtract, damage=dmg['nonempty'], repair=0, parts=0))
step('subtracted')
w.fill_rectangle(gc, 1, 1, 3, 3)
step('fill after subtract')
add = x.region([(90, 70, 30, 30), (-10, 0, 5, 5)])
print('add to w', dcall(DAdd, drawable=w.id, region=add))
step('  events')
print('add to child', dcall(DAdd, drawable=child.id, region=add))
step('  events')
# Window-tree changes: the child moved, a window mapped over w and gone, a fresh window mapped.
child.configure(x=40, y=30)
step('child moved')
other = x.root.create_window(60, 60, 50, 50, 0, X.CopyFromParent, background_pixel=0x00ff00)
other.map()
step('another window mapped over w')
other.destroy()
step('and destroyed (w exposed)')
w.configure(x=25)
step('w moved')
w2 = x.root.create_window(300, 200, 60, 40, 3, X.CopyFromParent, background_pixel=0x336699, border_pixel=0x996633)
names[w2.id] = 'w2'
c2 = w2.create_window(5, 6, 20, 10, 2, X.CopyFromParent, background_pixel=0x123123)
c2.map()
for i, lv in enumerate(('raw', 'delta')):
    dm2 = x.new_id()
    names[dm2] = 'w2' + lv
    print('create on w2', lv, dcall(DCreate, damage=dm2, drawable=w2.id, level=i))
w2.map()
step('w2 mapped')
w2.clear_area(0, 0, 0, 0)
step('w2 cleared')
c2.change_attributes(border_pixel=0x00ffff)
step('c2 border changed (no repaint yet)')

# Pixmaps.
pm = w.create_pixmap(40, 30, x.d.screen().root_depth)
names[pm.id] = 'pm'
pgc = pm.create_gc(foreground=0x123456)
pd = {}
for i, lv in enumerate(LEVELS):
    pd[lv] = x.new_id()
    names[pd[lv]] = 'p' + lv
    print('create on pixmap', lv, dcall(DCreate, damage=pd[lv], drawable=pm.id, level=i))
step('created on the pixmap')
pm.fill_rectangle(pgc, 5, 5, 10, 10)
step('fill in pm')
pm.fill_rectangle(pgc, -5, 20, 100, 100)
step('fill past its edge')
pm.copy_area(pgc, w, 0, 0, 10, 10, 30, 0)
step('copy from w')
pm.put_image(pgc, 0, 0, 2, 2, X.ZPixmap, 24, 0, b'\x01\x02\x03\x00' * 4)
step('put image')
add2 = x.region([(35, 25, 20, 20)])
print('add to pm', dcall(DAdd, drawable=pm.id, region=add2))
step('  events')
w.copy_area(gc, pm, 0, 0, 10, 10, 0, 0)
step('copy pm into w')

# Errors.
print('destroy', dcall(DDestroy, damage=dmg['raw']), 'again', dcall(DDestroy, damage=dmg['raw']))
print('create id taken', dcall(DCreate, damage=dmg['delta'], drawable=w.id, level=0))
print('create bad drawable', dcall(DCreate, damage=x.new_id(), drawable=0x1234, level=0))
print('create bad level', dcall(DCreate, damage=x.new_id(), drawable=w.id, level=4))
print('create bad drawable and level', dcall(DCreate, damage=x.new_id(), drawable=0x1234, level=9))
print('create on a GC', dcall(DCreate, damage=x.new_id(), drawable=gc.id, level=0))
print('subtract bad damage', dcall(DSubtract, damage=0x4321, repair=0, parts=0))
print('subtract bad repair', dcall(DSubtract, damage=dmg['delta'], repair=0x4321, parts=0))
print('subtract bad parts', dcall(DSubtract, damage=dmg['delta'], repair=0, parts=0x4321))
print('add bad region', dcall(DAdd, drawable=w.id, region=0x4321))
print('add bad drawable', dcall(DAdd, drawable=0x4321, region=add))
print('add bad both', dcall(DAdd, drawable=0x4321, region=0x4322))
child.destroy()
w.destroy()
step('w destroyed')
print('destroy after its window', dcall(DDestroy, damage=dmg['delta']))
pm.free()
print('destroy after its pixmap', dcall(DDestroy, damage=pd['raw']))
