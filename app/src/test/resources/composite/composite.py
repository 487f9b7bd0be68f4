# Composite: manual and automatic redirection, NameWindowPixmap, the overlay window, border clips and the errors of
# bad arguments. Prints each step's outcome, the Expose events it caused and digests of the pixels GetImage reads
# from the screen, the redirected window and its named pixmap.
import sys, os, hashlib, struct
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'xfixes'))
from xfixes_lib import *
from Xlib import X, display
from Xlib.protocol import rq

CQueryVersion = reply_req(0, [rq.Card32('major'), rq.Card32('minor')],
                          [rq.Card32('major'), rq.Card32('minor'), rq.Pad(16)])
CRedirectWindow = req(1, rq.Window('window'), rq.Card8('update'), rq.Pad(3))
CRedirectSubwindows = req(2, rq.Window('window'), rq.Card8('update'), rq.Pad(3))
CUnredirectWindow = req(3, rq.Window('window'), rq.Card8('update'), rq.Pad(3))
CUnredirectSubwindows = req(4, rq.Window('window'), rq.Card8('update'), rq.Pad(3))
CCreateRegionFromBorderClip = req(5, rq.Card32('region'), rq.Window('window'))
CNameWindowPixmap = req(6, rq.Window('window'), rq.Card32('pixmap'))
CGetOverlayWindow = reply_req(7, [rq.Window('window')], [rq.Card32('overlay'), rq.Pad(20)])
CReleaseOverlayWindow = req(8, rq.Window('window'))
AUTOMATIC, MANUAL = 0, 1

x = XFixes()
d = x.d
ext = d.query_extension('Composite')
if ext is None:
    print('no Composite')
    sys.exit(0)
cmajor = ext.major_opcode
names = {}


def ccall(R, conn=None, **kw):
    conn = conn or d
    errors = []
    R(display=conn.display, onerror=lambda e, r: errors.append(e) or True, opcode=cmajor, **kw)
    conn.sync()
    if not errors:
        return 'ok'
    e = errors[0]
    # Xorg's Composite leaves the value of its BadValue and BadAccess at whatever an earlier lookup set
    return '%s(%s)' % (x.error_name(e), '' if e.code in (2, 10) else x.value(e))


def creply(R, conn=None, **kw):
    conn = conn or d
    r = R(display=conn.display, opcode=cmajor, **kw)
    r.reply()
    return r


def digest(drawable, x0, y0, w, h):
    errors = []
    try:
        img = drawable.get_image(x0, y0, w, h, X.ZPixmap, 0xffffffff)
    except Exception as e:
        return 'GetImage %s' % type(e).__name__
    data = img.data
    if os.environ.get('COMPOSITE_DUMP'):  # for debugging: each image read, numbered
        global dumped
        dumped = globals().get('dumped', 0) + 1
        with open('%s/%03d-%dx%d.raw' % (os.environ['COMPOSITE_DUMP'], dumped, w, h), 'wb') as f:
            f.write(data)
    px = lambda px_, py_: struct.unpack_from('<I', data, (py_ * w + px_) * 4)[0]
    samples = ' '.join('%06x' % (px(sx, sy) & 0xffffffff) for sx, sy in ((0, 0), (w // 2, h // 2), (w - 1, h - 1), (w // 3, h // 4)))
    return '%s [%s]' % (hashlib.md5(data).hexdigest()[:12], samples)


def events():
    d.sync()
    out = []
    while d.pending_events():
        e = d.next_event()
        wid = getattr(e, 'window', None)
        wname = names.get(getattr(wid, 'id', wid), '?')
        if e.type == X.Expose:
            out.append('expose %s %d,%d+%dx%d' % (wname, e.x, e.y, e.width, e.height))
        elif e.type == X.MapNotify:
            out.append('map %s' % names.get(e.window.id, 'overlay' if e.window.id & 0x1fffff == e.window.id else '?'))
        elif e.type in (X.UnmapNotify, X.DestroyNotify, X.CreateNotify, X.ConfigureNotify):
            out.append('event %d' % e.type)
    return out


def step(name, result=None, screen=True, window=None):
    print(name, '' if result is None else result)
    for line in events():
        print('   ', line)
    if screen:
        print('    screen', digest(x.root, 0, 0, 320, 240))
    if window is not None:
        w, ww, hh, bw = window
        print('    window', digest(w, -bw, -bw, ww + 2 * bw, hh + 2 * bw))


r = creply(CQueryVersion, major=0, minor=4)
print('version', r.major, r.minor)
r = creply(CQueryVersion, major=9, minor=9)
print('asked 9.9', r.major, r.minor)

root = x.root
root.change_attributes(event_mask=X.ExposureMask | X.SubstructureNotifyMask)
base = root.create_window(10, 10, 260, 200, 0, X.CopyFromParent, background_pixel=0x336699,
                          event_mask=X.ExposureMask)
names[base.id] = 'base'
base.map()
gc = base.create_gc(foreground=0xffcc00)
for i in range(0, 260, 20):
    base.fill_rectangle(gc, i, 0, 8, 200)
top = base.create_window(50, 40, 100, 80, 3, X.CopyFromParent, background_pixel=0xcc3300, border_pixel=0x00ff00,
                         event_mask=X.ExposureMask)
names[top.id] = 'top'
inner = top.create_window(5, 5, 40, 30, 1, X.CopyFromParent, background_pixel=0x00ffcc, border_pixel=0x0000ff,
                          event_mask=X.ExposureMask)
names[inner.id] = 'inner'
inner.map()
top.map()
tgc = top.create_gc(foreground=0x112233, subwindow_mode=X.IncludeInferiors)
top.fill_rectangle(tgc, 60, 50, 30, 20)
TOP = (top, 100, 80, 3)
step('made', window=TOP)

# Manual redirection: the window keeps its pixels, the parent shows through, the manager paints it.
print('unredirect before any', ccall(CUnredirectWindow, window=top.id, update=MANUAL))
step('redirect manual', ccall(CRedirectWindow, window=top.id, update=MANUAL), window=TOP)
other = display.Display()
print('second manual', ccall(CRedirectWindow, conn=other, window=top.id, update=MANUAL))
print('second automatic', ccall(CRedirectWindow, conn=other, window=top.id, update=AUTOMATIC))
print('unredirect theirs', ccall(CUnredirectWindow, conn=other, window=top.id, update=AUTOMATIC))
top.fill_rectangle(tgc, 10, 40, 50, 10)
inner.fill_rectangle(inner.create_gc(foreground=0xff00ff), 2, 2, 10, 10)
step('drawn while redirected', window=TOP)
pix = x.new_id()
print('name pixmap', ccall(CNameWindowPixmap, window=top.id, pixmap=pix))
from Xlib.xobject.drawable import Pixmap
pm = Pixmap(d.display, pix)
print('    pixmap', digest(pm, 0, 0, 106, 86))
print('    pixmap geometry', pm.get_geometry().width, pm.get_geometry().height, pm.get_geometry().depth)
rgn = x.new_id()
# (the rectangles only: Xorg's empty region keeps extents that moved with it, Sumac's regions do not)
print('border clip', ccall(CCreateRegionFromBorderClip, region=rgn, window=top.id), x.fetch(rgn).split('[')[1])
# the compositing manager paints the pixmap where the window is
root.copy_area(root.create_gc(), pm, 0, 0, 106, 86, 57, 47)
step('painted by the manager')
top.configure(x=70, y=30)
step('moved', window=TOP)
print('    pixmap after move', digest(pm, 0, 0, 106, 86))
top.configure(width=120, height=70)
step('resized', window=TOP)
pix2 = x.new_id()
print('name again', ccall(CNameWindowPixmap, window=top.id, pixmap=pix2))
print('    pixmap 2', digest(Pixmap(d.display, pix2), 0, 0, 126, 76))
print('    old pixmap', digest(pm, 0, 0, 106, 86))
step('unredirect', ccall(CUnredirectWindow, window=top.id, update=MANUAL), window=(top, 120, 70, 3))
print('name unredirected', ccall(CNameWindowPixmap, window=top.id, pixmap=x.new_id()))
print('border clip unredirected', ccall(CCreateRegionFromBorderClip, region=rgn, window=top.id))
rgn2 = x.new_id()
print('border clip', ccall(CCreateRegionFromBorderClip, region=rgn2, window=top.id), x.fetch(rgn2))

# Automatic redirection: the server paints the window into its parent.
step('redirect automatic', ccall(CRedirectWindow, window=top.id, update=AUTOMATIC), window=(top, 120, 70, 3))
rgn3 = x.new_id()
print('border clip', ccall(CCreateRegionFromBorderClip, region=rgn3, window=top.id), x.fetch(rgn3))
top.fill_rectangle(tgc, 0, 0, 30, 30)
step('drawn automatic', window=(top, 120, 70, 3))
top.configure(x=40, y=60)
step('moved automatic', window=(top, 120, 70, 3))
# (GetImage of a window's obscured part is left out: Xvfb gives zeros there, Sumac what covers it)
cover = base.create_window(120, 100, 60, 50, 0, X.CopyFromParent, background_pixel=0x445566, event_mask=X.ExposureMask)
names[cover.id] = 'cover'
cover.map()
step('covered automatic')
cover.unmap()
step('uncovered automatic')
top.unmap()
step('unmapped automatic')
top.map()
step('mapped automatic', window=(top, 120, 70, 3))
print('manual over automatic', ccall(CRedirectWindow, conn=other, window=top.id, update=MANUAL))
step('after other client manual')
other.close()
import time
time.sleep(1)  # the server hears the connection close on its own time
step('other client gone', window=(top, 120, 70, 3))
step('unredirect automatic', ccall(CUnredirectWindow, window=top.id, update=AUTOMATIC), window=(top, 120, 70, 3))

# DAMAGE on redirected windows: drawing into a window's own pixels is its damage (and its redirected inferiors'),
# not its parent's; what automatic redirection paints into the parent is the parent's.
DQueryVersion = reply_req(0, [rq.Card32('major'), rq.Card32('minor')], [rq.Card32('major'), rq.Card32('minor'), rq.Pad(16)])
DCreate = req(1, rq.Card32('damage'), rq.Card32('drawable'), rq.Card8('level'), rq.Pad(3))
dext = d.query_extension('DAMAGE')
DQueryVersion(display=d.display, opcode=dext.major_opcode, major=1, minor=1).reply()
damages = {}
for what, drawable in (('top', top), ('base', base), ('inner', inner)):
    dm = x.new_id()
    damages[dm] = what
    DCreate(display=d.display, opcode=dext.major_opcode, damage=dm, drawable=drawable.id, level=0)


def damage_step(name, transition=False):
    d.sync()
    print(name)
    while d.pending_events():
        e = d.next_event()
        # (what a redirection starting or ending damages is left out: Sumac's order differs from Xorg's there)
        if e.type == dext.first_event and not transition:
            a, g = e.area, e.drawable_geometry
            print('    damage %s %d,%d+%dx%d in %d,%d+%dx%d' % (damages.get(e.damage, '?'), a.x, a.y, a.width, a.height,
                                                             g.x, g.y, g.width, g.height))
        elif e.type == X.Expose:
            print('    expose %s' % names.get(e.window.id, '?'))


damage_step('damage objects made')
for update in (MANUAL, AUTOMATIC):
    damage_step('redirect %d %s' % (update, ccall(CRedirectWindow, window=top.id, update=update)), True)
    top.fill_rectangle(tgc, 5, 5, 10, 10)
    damage_step('  drawn in top')
    inner.fill_rectangle(inner.create_gc(foreground=0x00ff00), 20, 20, 5, 5)
    damage_step('  drawn in inner')
    base.fill_rectangle(gc, 0, 0, 5, 5)
    damage_step('  drawn in base')
    top.configure(x=45, y=65)
    damage_step('  moved')
    top.configure(x=40, y=60)
    damage_step('  moved back')
    damage_step('unredirect %s' % ccall(CUnredirectWindow, window=top.id, update=update), True)
print('    screen', digest(x.root, 0, 0, 320, 240))

# Subwindows redirected manually with the overlay window, as a compositing manager does.
step('redirect subwindows', ccall(CRedirectSubwindows, window=base.id, update=MANUAL))
print('again', ccall(CRedirectSubwindows, window=base.id, update=MANUAL))
late = base.create_window(5, 150, 30, 30, 0, X.CopyFromParent, background_pixel=0x998877, event_mask=X.ExposureMask)
names[late.id] = 'late'
late.map()
step('late child mapped')
print('name late', ccall(CNameWindowPixmap, window=late.id, pixmap=x.new_id()))
ov = creply(CGetOverlayWindow, window=root.id).overlay
names[ov] = 'overlay'
step('overlay is the server\'s %s' % (ov >> 21 == 0))
ov2 = creply(CGetOverlayWindow, window=top.id).overlay
print('overlay again same', ov2 == ov)
from Xlib.xobject.drawable import Window as XWindow
ovw = XWindow(d.display, ov)
g = ovw.get_geometry()
print('overlay geometry', g.x, g.y, g.width, g.height, g.border_width, g.depth)
print('overlay attributes', ovw.get_attributes().override_redirect, ovw.get_attributes().map_state)
print('root children, top first', [names.get(c.id, 'other') for c in reversed(root.query_tree().children)])
ogc = ovw.create_gc(foreground=0x00aa00)
ovw.fill_rectangle(ogc, 0, 0, 320, 240)
pix3 = x.new_id()
print('name top', ccall(CNameWindowPixmap, window=top.id, pixmap=pix3))
ovw.copy_area(ovw.create_gc(), Pixmap(d.display, pix3), 0, 0, 126, 76, 47, 67)
step('overlay painted')
print('redirect overlay', ccall(CRedirectWindow, window=ov, update=MANUAL))
print('release', ccall(CReleaseOverlayWindow, window=root.id))
print('release again', ccall(CReleaseOverlayWindow, window=root.id))
step('overlay released')
step('unredirect subwindows', ccall(CUnredirectSubwindows, window=base.id, update=MANUAL))
print('unredirect subwindows again', ccall(CUnredirectSubwindows, window=base.id, update=MANUAL))
print('top unredirected too', ccall(CUnredirectWindow, window=top.id, update=MANUAL))

# An ARGB window: redirected automatically by the server, its pixels copied into the parent as they are.
argb = [v for dp in d.screen().allowed_depths if dp.depth == 32 for v in dp.visuals]
if argb:
    vis = argb[0].visual_id
    cmap = root.create_colormap(vis, X.AllocNone)
    aw = base.create_window(150, 20, 60, 40, 0, 32, X.InputOutput, vis, background_pixel=0x80ff0000, border_pixel=0,
                            colormap=cmap, event_mask=X.ExposureMask)
    names[aw.id] = 'argb'
    aw.map()
    # its own colormap is not the installed one (xwininfo says "not installed"), the base window's is
    print('argb colormap installed', aw.get_attributes().map_is_installed, 'base', base.get_attributes().map_is_installed)
    step('argb window', window=(aw, 60, 40, 0))
    print('argb unredirect by client', ccall(CUnredirectWindow, window=aw.id, update=AUTOMATIC))
    agc = aw.create_gc(foreground=0x40004080)
    aw.fill_rectangle(agc, 10, 10, 20, 20)
    step('argb drawn', window=(aw, 60, 40, 0))
    rgn4 = x.new_id()
    print('argb border clip', ccall(CCreateRegionFromBorderClip, region=rgn4, window=aw.id), x.fetch(rgn4))

# XFIXES on RENDER pictures, which compositing managers clip with: SetPictureClipRegion, CreateRegionFromPicture.
rext = d.query_extension('RENDER')
if rext is not None:
    PictFormInfo = rq.Struct(rq.Card32('id'), rq.Card8('type'), rq.Card8('depth'), rq.Pad(2), rq.Card16('red_shift'),
                             rq.Card16('red_mask'), rq.Card16('green_shift'), rq.Card16('green_mask'),
                             rq.Card16('blue_shift'), rq.Card16('blue_mask'), rq.Card16('alpha_shift'),
                             rq.Card16('alpha_mask'), rq.Card32('colormap'))
    RQueryPictFormats = reply_req(1, [], [rq.LengthOf('formats', 4), rq.Card32('screens'), rq.Card32('depths'),
                                          rq.Card32('visuals'), rq.Card32('subpixels'), rq.Pad(4),
                                          rq.List('formats', PictFormInfo)])
    RCreatePicture = req(4, rq.Card32('picture'), rq.Card32('drawable'), rq.Card32('format'), rq.Card32('mask'))
    RFillRectangles = req(26, rq.Card8('op'), rq.Pad(3), rq.Card32('dst'), rq.Card16('red'), rq.Card16('green'),
                          rq.Card16('blue'), rq.Card16('alpha'), rq.List('rects', structs.Rectangle))
    from Xlib.protocol import structs
    formats = RQueryPictFormats(display=d.display, opcode=rext.major_opcode)
    formats.reply()
    x8r8g8b8 = [f.id for f in formats.formats if f.depth == 24 and f.red_mask == 0xff and f.red_shift == 16][0]
    pic = x.new_id()
    RCreatePicture(display=d.display, opcode=rext.major_opcode, picture=pic, drawable=base.id, format=x8r8g8b8, mask=0)
    SetPictureClipRegion = req(22, rq.Card32('picture'), rq.Card32('region'), rq.Int16('x'), rq.Int16('y'))
    CreateRegionFromPicture = req(9, rq.Card32('region'), rq.Card32('picture'))
    clip = x.region([(0, 0, 30, 20), (40, 10, 20, 30)])
    print('set picture clip', x.call(SetPictureClipRegion, picture=pic, region=clip, x=5, y=7))
    fr = x.new_id()
    print('region from picture', x.call(CreateRegionFromPicture, region=fr, picture=pic), x.fetch(fr))
    RFillRectangles(display=d.display, opcode=rext.major_opcode, op=1, dst=pic, red=0xffff, green=0, blue=0x8000,
                    alpha=0xffff, rects=[dict(x=0, y=0, width=100, height=100)])
    step('clipped fill')
    print('set no clip', x.call(SetPictureClipRegion, picture=pic, region=0, x=0, y=0))
    fr2 = x.new_id()
    print('region from unclipped picture', x.call(CreateRegionFromPicture, region=fr2, picture=pic), x.fetch(fr2))
    print('set clip bad picture', x.call(SetPictureClipRegion, picture=0x4321, region=clip, x=0, y=0).split('(')[0])
    print('set clip bad region', x.call(SetPictureClipRegion, picture=pic, region=0x4321, x=0, y=0))
    # A picture on a window draws where the window's pixels are now, as they move to a pixmap of their own and back
    # (Sumac keeps pixman's image of a picture between requests and must notice).
    RCreateSolidFill = req(33, rq.Card32('picture'), rq.Card16('red'), rq.Card16('green'), rq.Card16('blue'),
                           rq.Card16('alpha'))
    RComposite = req(8, rq.Card8('op'), rq.Pad(3), rq.Card32('src'), rq.Card32('mask'), rq.Card32('dst'),
                     rq.Int16('src_x'), rq.Int16('src_y'), rq.Int16('mask_x'), rq.Int16('mask_y'),
                     rq.Int16('dst_x'), rq.Int16('dst_y'), rq.Card16('width'), rq.Card16('height'))
    moved = base.create_window(180, 120, 60, 50, 0, X.CopyFromParent, background_pixel=0x224466)
    moved.map()
    mpic = x.new_id()
    RCreatePicture(display=d.display, opcode=rext.major_opcode, picture=mpic, drawable=moved.id, format=x8r8g8b8, mask=0)
    fills = []
    for red, green, blue in ((0xffff, 0, 0), (0, 0xffff, 0), (0, 0, 0xffff)):
        fills.append(x.new_id())
        RCreateSolidFill(display=d.display, opcode=rext.major_opcode, picture=fills[-1], red=red, green=green,
                         blue=blue, alpha=0xffff)

    def paint(n):
        RComposite(display=d.display, opcode=rext.major_opcode, op=1, src=fills[n], mask=0, dst=mpic, src_x=0,
                   src_y=0, mask_x=0, mask_y=0, dst_x=8 * n, dst_y=8 * n, width=20, height=20)

    MOVED = (moved, 60, 50, 0)
    paint(0)
    step('picture painted', window=MOVED)
    step('picture window redirected', ccall(CRedirectWindow, window=moved.id, update=MANUAL), window=MOVED)
    paint(1)
    step('picture painted redirected', window=MOVED)
    step('picture window unredirected', ccall(CUnredirectWindow, window=moved.id, update=MANUAL), window=MOVED)
    paint(2)
    step('picture painted back', window=MOVED)
    moved.destroy()

# Bad arguments.
print('redirect root', ccall(CRedirectWindow, window=root.id, update=AUTOMATIC))
print('redirect subwindows of root twice manual', ccall(CRedirectSubwindows, window=root.id, update=MANUAL),
      ccall(CRedirectSubwindows, window=root.id, update=MANUAL))
print('unredirect root subwindows', ccall(CUnredirectSubwindows, window=root.id, update=MANUAL))
print('redirect no window', ccall(CRedirectWindow, window=0x4321, update=AUTOMATIC))
print('unredirect no window', ccall(CUnredirectWindow, window=0x4321, update=AUTOMATIC))
print('unredirect never', ccall(CUnredirectWindow, window=cover.id, update=AUTOMATIC))
print('unredirect subwindows never', ccall(CUnredirectSubwindows, window=cover.id, update=AUTOMATIC))
print('border clip no window', ccall(CCreateRegionFromBorderClip, region=x.new_id(), window=0x4321))
print('border clip bad id', ccall(CCreateRegionFromBorderClip, region=0x4321, window=top.id))
print('name no window', ccall(CNameWindowPixmap, window=0x4321, pixmap=x.new_id()))
top.unmap()
print('redirect unmapped', ccall(CRedirectWindow, window=top.id, update=MANUAL))
print('name unmapped', ccall(CNameWindowPixmap, window=top.id, pixmap=x.new_id()))
top.map()
print('name bad id', ccall(CNameWindowPixmap, window=top.id, pixmap=0x4321))
try:
    creply(CGetOverlayWindow, window=0x4321)
    print('overlay no window ok')
except Exception as e:
    print('overlay no window', type(e).__name__)
print('release no window', ccall(CReleaseOverlayWindow, window=0x4321))
print('release not held', ccall(CReleaseOverlayWindow, window=root.id))
step('end')
