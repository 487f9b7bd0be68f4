"""Every visual the server lists works: a colormap with AllocNone and one with AllocAll on each (AllocAll only
on the dynamic classes: BadMatch on the static ones), StoreColors and QueryColors on them, AllocColor into them,
a window on the visual with each colormap and a GC drawing into it. Prints each step's result and errors; the
test compares Xvfb's output with Sumac's."""
import contextlib
import io
import sys
import time
from Xlib import display, X, error
from Xlib.protocol import request
d = display.Display()
s = d.screen()
root = s.root
errors = []
d.set_error_handler(lambda err, *rest: errors.append(err))
BASE, MASK = d.display.info.resource_id_base, d.display.info.resource_id_mask

NAMES = {2: 'BadValue', 3: 'BadWindow', 4: 'BadPixmap', 5: 'BadAtom', 8: 'BadMatch', 9: 'BadDrawable',
         10: 'BadAccess', 11: 'BadAlloc', 12: 'BadColor', 13: 'BadGC', 14: 'BadIDChoice', 15: 'BadName',
         16: 'BadLength'}

def bad(e):
    """An error's code and, where the protocol defines it, its bad value (ids relative to the client's id base,
    which differs between servers)."""
    if e.code in (8, 10, 11, 15, 16):
        return NAMES[e.code]
    v = int(getattr(e.resource_id, 'id', e.resource_id))
    return '%s(%s)' % (NAMES.get(e.code, e.code), 'id+%d' % (v & MASK) if v & ~MASK == BASE else '%#x' % v)

CLASS = {0: 'StaticGray', 1: 'GrayScale', 2: 'StaticColor', 3: 'PseudoColor', 4: 'TrueColor', 5: 'DirectColor'}

def report(label, value=''):
    d.sync()
    seen = [bad(e) for e in errors]
    del errors[:]
    print('%s: %s %s' % (label, value, ' '.join(seen)))
    return not seen

def call(label, f):
    try:
        value = f()
    except error.XError as e:
        value = bad(e)
    report(label, value)
    return value

def pixel(w, x, y):
    img = w.get_image(x, y, 1, 1, X.ZPixmap, 0xffffffff)
    return '%08x' % int.from_bytes(img.data[:4], 'little')

def exercise(depth, v):
    name = '%s depth %d' % (CLASS[v.visual_class], depth.depth)
    print('%s: entries %d bits %d masks %06x %06x %06x' % (name, v.colormap_entries, v.bits_per_rgb_value,
                                                           v.red_mask, v.green_mask, v.blue_mask))
    dynamic = v.visual_class & 1
    none = root.create_colormap(v.visual_id, X.AllocNone)
    report(name + ' AllocNone')
    alloc_all = root.create_colormap(v.visual_id, X.AllocAll)
    if not report(name + ' AllocAll'):
        alloc_all = None
    call(name + ' AllocNone query', lambda: [(c.red, c.green, c.blue) for c in
                                             none.query_colors([0, 0x010203, 0xffffff])])
    call(name + ' AllocNone query bad pixel', lambda: none.query_colors([0x1000000]))
    call(name + ' AllocNone alloc', lambda: (lambda r: (r.pixel, r.red, r.green, r.blue))(
        none.alloc_color(0x8080, 0x4040, 0xc0c0)))
    call(name + ' AllocNone alloc again', lambda: (lambda r: (r.pixel, r.red, r.green, r.blue))(
        none.alloc_color(0x8080, 0x4040, 0xc0c0)))
    call(name + ' AllocNone alloc another', lambda: (lambda r: (r.pixel, r.red, r.green, r.blue))(
        none.alloc_color(0x1111, 0x4040, 0xffff)))
    none.store_colors([(0x010203, 0x1234, 0x5678, 0x9abc, 7)])
    report(name + ' AllocNone store read-only')
    if dynamic:
        call(name + ' AllocNone cells', lambda: list(none.alloc_color_cells(False, 2, 0).pixels))
        for contiguous, colors, planes in ((False, 2, 1), (True, 1, 2), (False, 3, 2), (False, 0, 1), (False, 1, 9)):
            call(name + ' AllocNone cells %d colors %d planes' % (colors, planes), lambda: (lambda r: (
                ['%06x' % p for p in r.pixels], ['%06x' % m for m in r.masks]))(
                none.alloc_color_cells(contiguous, colors, planes)))
        call(name + ' AllocNone planes', lambda: (lambda r: (['%06x' % p for p in r.pixels], '%06x %06x %06x' % (
            r.red_mask, r.green_mask, r.blue_mask)))(none.alloc_color_planes(False, 2, 1, 2, 3)))
        call(name + ' AllocAll alloc', lambda: alloc_all.alloc_color(0, 0, 0).pixel)
        call(name + ' AllocAll planes', lambda: alloc_all.alloc_color_planes(False, 1, 1, 1, 1).pixels)
        alloc_all.store_colors([(0x030201, 0x1234, 0x5678, 0x9abc, 7), (0x102030, 0xffff, 0, 0x8000, 1),
                                (0x102030, 0, 0xffff, 0, 4)])
        report(name + ' AllocAll store')
        call(name + ' AllocAll query', lambda: [(c.red, c.green, c.blue) for c in
                                                alloc_all.query_colors([0x030201, 0x102030, 0x0a0b0c])])
        alloc_all.store_colors([(0x1030201, 0x1234, 0x5678, 0x9abc, 7)])
        report(name + ' AllocAll store bad pixel')
        alloc_all.store_named_color('red', 0x050505, 7)
        report(name + ' AllocAll store named')
        call(name + ' AllocAll query named', lambda: [(c.red, c.green, c.blue) for c in
                                                      alloc_all.query_colors([0x050505])])
        alloc_all.free_colors([0x050505], 0)
        report(name + ' AllocAll free')
    for cmap, kind in ((none, 'AllocNone'), (alloc_all, 'AllocAll')):
        if cmap is None:
            continue
        w = root.create_window(10, 10, 40, 30, 2, depth.depth, X.InputOutput, v.visual_id,
                               colormap=cmap, border_pixel=0x00ff00, background_pixel=0x123456)
        report(name + ' window with ' + kind)
        w.map()
        gc = w.create_gc(foreground=0xff00ff, background=0)
        w.fill_rectangle(gc, 5, 5, 10, 10)
        report(name + ' drawing with ' + kind)
        print('%s %s pixels: %s %s %s' % (name, kind, pixel(w, 1, 1), pixel(w, 6, 6), pixel(root, 10, 10)))
        w.destroy()
    mid = d.display.allocate_resource_id()
    request.CopyColormapAndFree(display=d.display, mid=mid, src_cmap=none.id)
    copy = d.create_resource_object('colormap', mid)
    report(name + ' copy and free')
    call(name + ' copy query', lambda: [(c.red, c.green, c.blue) for c in copy.query_colors([0])])
    for cmap in (none, alloc_all, copy):
        if cmap is not None:
            cmap.free()
    report(name + ' free')


# Every visual is exercised; Xvfb lists hundreds of alike visuals (GLX configurations, some 32-bit ones with an
# alpha channel in their pixels), Sumac a few: each kind's first visual (the same ids on both) is printed.
kinds = {}
for depth in s.allowed_depths:
    for v in depth.visuals:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exercise(depth, v)
        kinds.setdefault((depth.depth, v.visual_class), []).append(out.getvalue())
for kind, outs in sorted(kinds.items()):
    sys.stdout.write(outs[0])
