"""VisibilityNotify beside Xvfb (issue 19, point 3): windows overlapping, covering, raised, lowered, moved off the
screen and out of their parent, unmapped and mapped again, with an InputOnly window that obscures nothing and a
shaped one. Prints each step's VisibilityNotify events (with MapNotify, for their order); the test compares
Xvfb's output with Sumac's (ConfigureNotify left out: whether one comes for a restack that changes nothing is
another point of the issue)."""
import time
from Xlib import display, X
from Xlib.ext import shape
d = display.Display()
root = d.screen().root
depth = d.screen().root_depth
mask = X.VisibilityChangeMask | X.StructureNotifyMask
STATES = ['Unobscured', 'Partially', 'Fully']


def win(parent, x, y, w, h, bw=0, cls=X.InputOutput, override=False):
    if cls == X.InputOnly:
        return parent.create_window(x, y, w, h, 0, 0, X.InputOnly, X.CopyFromParent, event_mask=mask,
                                    override_redirect=override)
    return parent.create_window(x, y, w, h, bw, depth, X.InputOutput, X.CopyFromParent, event_mask=mask,
                                override_redirect=override)


a = win(root, 50, 50, 100, 100)
b = win(root, 100, 100, 100, 100, bw=2)
c = win(root, 20, 20, 300, 300)
child = win(a, 60, 60, 80, 20)
glass = win(root, 0, 0, 400, 400, cls=X.InputOnly)
names = {a.id: 'a', b.id: 'b', c.id: 'c', child.id: 'child', glass.id: 'glass'}


def report(label):
    d.sync()
    time.sleep(0.1)
    d.sync()
    out = []
    while d.pending_events():
        e = d.next_event()
        if e.type == X.VisibilityNotify:
            out.append('%s %s' % (names.get(e.window.id, '?'), STATES[e.state]))
        elif e.type == X.MapNotify and e.event.id == e.window.id:
            out.append('map %s' % names.get(e.window.id, '?'))
    print('%s: %s' % (label, ', '.join(out)))


child.map()
report('child mapped, parent not')
a.map()
report('a mapped')
b.map()
report('b mapped over a')
glass.map()
report('InputOnly glass mapped over both')
c.map()
report('c mapped over all')
a.raise_window()
report('a raised')
c.unmap()
report('c unmapped')
b.configure(x=55, y=55, width=200, height=200)
report('b moved over a')
b.configure(stack_mode=X.Below)
report('b lowered')
a.configure(x=-20)
report('a partly off the screen')
a.configure(x=600)
report('a further off')
a.configure(x=50)
report('a back')
child.configure(x=10)
report('child inside a')
a.unmap()
report('a unmapped')
a.map()
report('a mapped again')
root.circulate(X.RaiseLowest)
report('root RaiseLowest')
b.configure(stack_mode=X.Above)
report('b raised over a')
# A shaped window: a bounding shape of two bands with a gap where a small window sits
s = win(root, 400, 50, 100, 100)
names[s.id] = 's'
s.shape_rectangles(shape.SO.Set, shape.SK.Bounding, X.Unsorted, 0, 0, [(0, 0, 100, 40), (0, 60, 100, 40)])
s.map()
report('shaped s mapped')
small = win(root, 420, 45, 20, 20)
names[small.id] = 'small'
small.map()
report('small over the gap of s')
small.configure(y=70)
report('small over a band of s')
small.configure(x=400, y=50, width=100, height=100)
report('small over all of s')
b.destroy()
report('b destroyed')
