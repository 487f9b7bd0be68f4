"""ConfigureWindow as the protocol says: TopIf, BottomIf and Opposite restack only when the occlusion condition
holds (with a sibling: that sibling; without: any mapped sibling), and to the top or bottom of the whole stack;
no ConfigureNotify when nothing changes; on a resize subwindows move by their win-gravity (Static keeps their
place on the screen) with GravityNotify, after the UnmapNotify of those with Unmap gravity. Prints the events and
the stacking after each request; the test compares Xvfb's output with Sumac's."""
from Xlib import display, X
d = display.Display()
s = d.screen()
root = s.root
names = {}
MASK = X.StructureNotifyMask | X.SubstructureNotifyMask

def make(name, parent, x, y, w, h, bw=0, **kw):
    win = parent.create_window(x, y, w, h, bw, s.root_depth, X.InputOutput, X.CopyFromParent,
                               background_pixel=0x808080, event_mask=MASK, **kw)
    names[win.id] = name
    return win

def n(w):
    i = w if isinstance(w, int) else w.id
    return names.get(i, 'root' if i == root.id else 'none' if i == 0 else '?')

def events():
    d.sync()
    out = []
    while d.pending_events():
        e = d.next_event()
        if e.type == X.ConfigureNotify:
            out.append('Configure %s/%s above %s %d,%d %dx%d bw %d' % (n(e.event), n(e.window), n(e.above_sibling),
                                                                       e.x, e.y, e.width, e.height, e.border_width))
        elif e.type == X.GravityNotify:
            out.append('Gravity %s/%s %d,%d' % (n(e.event), n(e.window), e.x, e.y))
        elif e.type == X.UnmapNotify:
            out.append('Unmap %s/%s %d' % (n(e.event), n(e.window), e.from_configure))
    return out

def stack(parent):
    return ' '.join(n(c) for c in parent.query_tree().children)

def step(label, parent, f):
    f()
    print('%s: %s | %s' % (label, events(), stack(parent)))

top = make('top', root, 0, 0, 400, 300)
# a overlaps c only; b overlaps nothing; order bottom to top: a b c
a = make('a', top, 10, 10, 50, 50)
b = make('b', top, 200, 10, 50, 50)
c = make('c', top, 40, 40, 50, 50)
for w in (top, a, b, c):
    w.map()
events()
step('nothing changes', top, lambda: a.configure(x=10, y=10, width=50, height=50, border_width=0))
step('empty configure', top, lambda: a.configure())
step('Above when on top', top, lambda: c.configure(stack_mode=X.Above))
step('Below sibling already below', top, lambda: a.configure(sibling=b, stack_mode=X.Below))
step('TopIf b (does not occlude a)', top, lambda: a.configure(sibling=b, stack_mode=X.TopIf))
step('TopIf c (occludes a)', top, lambda: a.configure(sibling=c, stack_mode=X.TopIf))
step('BottomIf b (a does not occlude it)', top, lambda: a.configure(sibling=b, stack_mode=X.BottomIf))
step('BottomIf c (a occludes it)', top, lambda: a.configure(sibling=c, stack_mode=X.BottomIf))
step('Opposite c (a occludes c)', top, lambda: a.configure(sibling=c, stack_mode=X.Opposite))
step('Opposite c (c occludes a)', top, lambda: a.configure(sibling=c, stack_mode=X.Opposite))
step('TopIf none moved away', top, lambda: a.configure(x=300, stack_mode=X.TopIf))
step('BottomIf none moved onto b', top, lambda: c.configure(x=210, y=30, stack_mode=X.BottomIf))
step('Opposite none', top, lambda: b.configure(stack_mode=X.Opposite))
step('Opposite none again', top, lambda: b.configure(stack_mode=X.Opposite))
b.unmap()
events()
step('TopIf unmapped sibling', top, lambda: c.configure(sibling=b, stack_mode=X.TopIf))
step('TopIf while unmapped', top, lambda: b.configure(sibling=c, stack_mode=X.TopIf))
step('Above while unmapped', top, lambda: b.configure(sibling=c, stack_mode=X.Above))

# win-gravity: one child per gravity, from Unmap (0) to Static (10)
g = make('g', root, 50, 50, 200, 100, bw=3)
for grav in range(11):
    make('g%d' % grav, g, 10 * grav, 5, 10, 10, bw=1, win_gravity=grav)
g.map()
g.map_sub_windows()
events()
step('resize', g, lambda: g.configure(width=260, height=151))
step('move and resize', g, lambda: g.configure(x=40, y=45, width=250, height=150))
step('move only', g, lambda: g.configure(x=60, y=60))
step('border only', g, lambda: g.configure(border_width=5))
step('size unchanged', g, lambda: g.configure(width=250, height=150))
for c in g.query_tree().children:
    geo = c.get_geometry()
    print('%s at %d,%d' % (n(c), geo.x, geo.y))
