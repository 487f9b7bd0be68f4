"""KeymapNotify follows every EnterNotify and FocusIn on a window where a client selected KeymapState, and
carries the keys held down (as Xorg: even where nobody selected EnterWindow). Prints the events each client
gets; the test compares Xvfb's output with Sumac's."""
import time
from Xlib import display, X
from Xlib.ext import xtest
a = display.Display()
b = display.Display()
t = display.Display()
root = a.screen().root
depth = a.screen().root_depth
one = root.create_window(20, 20, 100, 100, 0, depth, X.InputOutput, X.CopyFromParent,
                         event_mask=X.EnterWindowMask | X.KeymapStateMask | X.FocusChangeMask)
two = root.create_window(200, 20, 100, 100, 0, depth, X.InputOutput, X.CopyFromParent,
                         event_mask=X.KeymapStateMask)
for w in (one, two):
    w.map()
a.sync()
b.create_resource_object('window', two.id).change_attributes(event_mask=X.KeymapStateMask | X.EnterWindowMask)
b.sync()
names = {one.id: 'one', two.id: 'two', root.id: 'root'}
xtest.fake_input(t, X.MotionNotify, x=5, y=5)
t.sync()
time.sleep(0.3)

def report(label):
    time.sleep(0.3)
    for who, d in (('a', a), ('b', b)):
        d.sync()
        while d.pending_events():
            e = d.next_event()
            if e.type == X.KeymapNotify:
                down = [8 + i * 8 + bit for i, byte in enumerate(e.data) for bit in range(8) if byte & (1 << bit)]
                print('%s: %s KeymapNotify keys %s' % (label, who, down))
            elif e.type in (X.EnterNotify, X.FocusIn, X.FocusOut):
                print('%s: %s %s on %s' % (label, who, {X.EnterNotify: 'Enter', X.FocusIn: 'FocusIn',
                                                         X.FocusOut: 'FocusOut'}[e.type], names.get(e.window.id, '?')))

xtest.fake_input(t, X.MotionNotify, x=50, y=50)
t.sync()
report('into one')
xtest.fake_input(t, X.KeyPress, 38)
xtest.fake_input(t, X.KeyPress, 50)
t.sync()
xtest.fake_input(t, X.MotionNotify, x=250, y=50)
t.sync()
report('into two holding a and shift')
xtest.fake_input(t, X.KeyRelease, 38)
xtest.fake_input(t, X.KeyRelease, 50)
t.sync()
a.set_input_focus(one, X.RevertToNone, X.CurrentTime)
a.sync()
report('focus one')
a.set_input_focus(X.PointerRoot, X.RevertToNone, X.CurrentTime)
a.sync()
report('focus PointerRoot')
