"""FocusIn/FocusOut details, the pointer's among them: with the pointer in G (top > C > G), the input focus
moves between PointerRoot, None, the root and windows above, below and beside the pointer. Windows on the
pointer's side get detail Pointer (5) events as the X protocol lays out (GTK keeps its "has pointer focus"
state from them). Prints every focus event; the test compares Xvfb's output with Sumac's."""
import time
from Xlib import display, X
from Xlib.ext import xtest
d = display.Display()
t = display.Display()
root = d.screen().root
depth = d.screen().root_depth
mask = X.FocusChangeMask
top = root.create_window(50, 50, 300, 300, 0, depth, X.InputOutput, X.CopyFromParent, event_mask=mask)
c = top.create_window(20, 20, 200, 200, 0, depth, X.InputOutput, X.CopyFromParent, event_mask=mask)
g = c.create_window(20, 20, 100, 100, 0, depth, X.InputOutput, X.CopyFromParent, event_mask=mask)
other = root.create_window(400, 50, 100, 100, 0, depth, X.InputOutput, X.CopyFromParent, event_mask=mask)
root.change_attributes(event_mask=mask)
names = {top.id: 'top', c.id: 'C', g.id: 'G', other.id: 'other', root.id: 'root'}
for w in (top, c, g, other):
    w.map()
d.sync()
xtest.fake_input(t, X.MotionNotify, x=120, y=120)
t.sync()
time.sleep(0.3)
d.sync()
while d.pending_events():
    d.next_event()
steps = [('top', top), ('None', X.NONE), ('PointerRoot', X.PointerRoot), ('C', c), ('top', top), ('G', g),
         ('other', other), ('PointerRoot', X.PointerRoot), ('G', g), ('root', root), ('None', X.NONE),
         ('root', root), ('PointerRoot', X.PointerRoot), ('None', X.NONE), ('other', other), ('C', c)]
for label, focus in steps:
    d.set_input_focus(focus, X.RevertToNone, X.CurrentTime)
    d.sync()
    time.sleep(0.05)
    d.sync()
    out = []
    while d.pending_events():
        e = d.next_event()
        if e.type in (X.FocusIn, X.FocusOut):
            out.append('%s %s/%d' % ('In' if e.type == X.FocusIn else 'Out', names.get(e.window.id, '?'), e.detail))
    print('to %s: %s' % (label, ' '.join(out)))
# Keyboard grabs move the focus too (modes Grab 1 and Ungrab 2), from PointerRoot and from a window.
for label, focus in (('PointerRoot', X.PointerRoot), ('C', c)):
    d.set_input_focus(focus, X.RevertToNone, X.CurrentTime)
    d.sync()
    while d.pending_events():
        d.next_event()
    for action in ('grab other', 'ungrab'):
        if action == 'ungrab':
            d.ungrab_keyboard(X.CurrentTime)
        else:
            other.grab_keyboard(False, X.GrabModeAsync, X.GrabModeAsync, X.CurrentTime)
        d.sync()
        time.sleep(0.05)
        d.sync()
        out = []
        while d.pending_events():
            e = d.next_event()
            if e.type in (X.FocusIn, X.FocusOut):
                out.append('%s %s/%d/%d' % ('In' if e.type == X.FocusIn else 'Out', names.get(e.window.id, '?'), e.detail,
                                            e.mode))
        print('focus %s, %s: %s' % (label, action, ' '.join(out)))
