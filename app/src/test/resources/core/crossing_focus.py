"""The focus flag of EnterNotify/LeaveNotify: Xorg sets it when the focus is PointerRoot, or is the event
window or one of its ancestors; never when the focus is None. The pointer crosses from the root into a
child of a top-level window under each focus setting; prints each crossing event the windows selected.
The test compares Xvfb's output with Sumac's."""
import time
from Xlib import display, X
from Xlib.ext import xtest
d = display.Display()
t = display.Display()
root = d.screen().root
depth = d.screen().root_depth
mask = X.EnterWindowMask | X.LeaveWindowMask
top = root.create_window(50, 50, 200, 200, 0, depth, X.InputOutput, X.CopyFromParent, event_mask=mask)
child = top.create_window(20, 20, 100, 100, 0, depth, X.InputOutput, X.CopyFromParent, event_mask=mask)
other = root.create_window(300, 50, 50, 50, 0, depth, X.InputOutput, X.CopyFromParent)
root.change_attributes(event_mask=mask)
names = {top.id: 'top', child.id: 'child', other.id: 'other', root.id: 'root'}
for w in (top, child, other):
    w.map()
xtest.fake_input(t, X.MotionNotify, x=5, y=5)
t.sync()
d.sync()
time.sleep(0.3)
while d.pending_events():
    d.next_event()
for label, focus in (('PointerRoot', X.PointerRoot), ('None', X.NONE), ('top', top), ('child', child),
                     ('other', other), ('root', root)):
    d.set_input_focus(focus, X.RevertToNone, X.CurrentTime)
    d.sync()
    for (x, y) in ((100, 100), (5, 5)):
        xtest.fake_input(t, X.MotionNotify, x=x, y=y)
        t.sync()
        time.sleep(0.2)
        d.sync()
        while d.pending_events():
            e = d.next_event()
            if e.type not in (X.EnterNotify, X.LeaveNotify):
                continue
            print('focus %s: %s %s detail %d flags %d' % (label, 'Enter' if e.type == X.EnterNotify else 'Leave',
                                                         names.get(e.window.id, '?'), e.detail, e.flags))
