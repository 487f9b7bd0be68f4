"""CopyArea and CopyPlane into a window paint the destination areas whose source is obscured or outside the source
drawable with the destination window's background (a ParentRelative one from its parent, nothing for None), whether
or not the GC asks for GraphicsExpose, and report them as GraphicsExpose when it does; ClearArea corner cases.
Prints the events and a grid of the destination's pixels after each request; the test compares Xvfb's output
with Sumac's."""
from Xlib import display, X
d = display.Display()
s = d.screen()
root = s.root
depth = s.root_depth
MASK = X.ExposureMask

def make(parent, x, y, w, h, **kw):
    win = parent.create_window(x, y, w, h, 0, depth, X.InputOutput, X.CopyFromParent, event_mask=MASK, **kw)
    win.map()
    return win

def grid(w, width, height, step=8):
    img = w.get_image(0, 0, width, height, X.ZPixmap, 0xffffffff)
    rows = []
    for y in range(2, height, step):
        row = []
        for x in range(2, width, step):
            o = (y * width + x) * 4
            row.append('%06x' % (int.from_bytes(img.data[o:o + 4], 'little') & 0xffffff))
        rows.append(' '.join(row))
    return '\n  '.join(rows)

def events():
    d.sync()
    out = []
    while d.pending_events():
        e = d.next_event()
        if e.type == X.GraphicsExpose:
            out.append('GraphicsExpose %d,%d %dx%d count %d major %d' % (e.x, e.y, e.width, e.height, e.count,
                                                                         e.major_event))
        elif e.type == X.NoExpose:
            out.append('NoExpose major %d' % e.major_event)
        elif e.type == X.Expose:
            out.append('Expose %d,%d %dx%d count %d' % (e.x, e.y, e.width, e.height, e.count))
    return out

def step(label, dst, f, width=64, height=48):
    f()
    ev = events()
    print('%s: %s\n  %s' % (label, ev, grid(dst, width, height)))

# source: 64x48 yellow window, its right part covered by a sibling
src = make(root, 0, 0, 64, 48, background_pixel=0x0000ff)
gc = src.create_gc(foreground=0xffff00, background=0x000080, graphics_exposures=True)
src.fill_rectangle(gc, 0, 0, 64, 48)
cover = make(root, 40, 0, 40, 20, background_pixel=0xff0000)
parent = make(root, 100, 0, 300, 200, background_pixel=0x00ffff)
dst = make(parent, 10, 10, 64, 48, background_pixel=0x00ff00)
none = make(parent, 100, 10, 64, 48, background_pixmap=X.NONE)
rel = make(parent, 200, 10, 64, 48, background_pixmap=X.ParentRelative)
dgc = dst.create_gc(foreground=0xff00ff, background=0x000080, graphics_exposures=True)
nogc = dst.create_gc(foreground=0xff00ff, background=0x000080, graphics_exposures=False)
events()

def fill(w):
    w.fill_rectangle(dgc, 0, 0, 64, 48)
    events()

for target, name in ((dst, 'pixel background'), (none, 'background None'), (rel, 'ParentRelative')):
    fill(target)
    step('CopyArea obscured and outside to %s' % name, target, lambda: target.copy_area(dgc, src, 16, 8, 64, 48, 0, 0))
    fill(target)
    step('CopyArea without exposures to %s' % name, target,
         lambda: target.copy_area(nogc, src, -8, -8, 64, 48, 0, 0))
    fill(target)
    step('CopyPlane obscured and outside to %s' % name, target,
         lambda: target.copy_plane(dgc, src, 16, 8, 64, 48, 0, 0, 1))
pix = root.create_pixmap(32, 24, depth)
pix.fill_rectangle(gc, 0, 0, 32, 24)
fill(dst)
step('CopyArea from a smaller pixmap', dst, lambda: dst.copy_area(dgc, pix, -4, -4, 64, 48, 0, 0))
fill(dst)
step('CopyPlane from a smaller pixmap', dst, lambda: dst.copy_plane(dgc, pix, 8, 8, 64, 48, 0, 0, 1 << 23))
fill(dst)
step('CopyArea within the window, partly outside', dst, lambda: dst.copy_area(dgc, dst, 20, 20, 64, 48, 0, 0))
pix2 = root.create_pixmap(64, 48, depth)
pix2.fill_rectangle(dgc, 0, 0, 64, 48)
step('CopyArea from an obscured window to a pixmap', pix2, lambda: pix2.copy_area(dgc, src, 16, 8, 64, 48, 0, 0))
step('CopyPlane from an obscured window to a pixmap', pix2,
     lambda: pix2.copy_plane(dgc, src, 16, 8, 64, 48, 0, 0, 1))
for args in ((0, 0, 0, 0), (70, 0, 0, 0), (-10, -10, 20, 20), (10, 10, 0, 5), (50, 40, 0, 0), (-100, 0, 0, 0),
             (0, 47, 65535, 65535)):
    fill(dst)
    step('ClearArea %d,%d %dx%d' % args, dst, lambda: dst.clear_area(*args, exposures=True))
child = dst.create_window(30, 20, 10, 10, 0, depth, X.InputOutput, X.CopyFromParent, background_pixel=0x123456)
child.map()
events()
for target, name in ((dst, 'with a child'), (none, 'background None'), (rel, 'ParentRelative')):
    fill(target)
    step('ClearArea %s' % name, target, lambda: target.clear_area(4, 4, 50, 30, exposures=True))
bitmap = root.create_pixmap(16, 16, 1)
bgc = bitmap.create_gc(foreground=0, background=1)
bitmap.fill_rectangle(bgc, 0, 0, 16, 16)
bgc.change(foreground=1)
bitmap.fill_rectangle(bgc, 4, 4, 8, 8)
xgc = dst.create_gc(foreground=0xff00ff, background=0x00ffff, function=X.GXxor, graphics_exposures=True)
fill(dst)
step('CopyPlane of a bitmap with GXxor, partly outside', dst, lambda: dst.copy_plane(xgc, bitmap, -8, 0, 32, 32, 2, 2, 1))
fill(dst)
step('CopyPlane from a window with IncludeInferiors', dst, lambda: (
    xgc.change(subwindow_mode=X.IncludeInferiors, function=X.GXcopy),
    dst.copy_plane(xgc, parent, 0, 0, 64, 48, 0, 0, 1 << 8)))
