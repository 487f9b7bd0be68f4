"""The pointer's part of focus changes when the pointer's window was just mapped under it: with the focus at
PointerRoot, a window mapped under the still pointer gets the focus (a toolkit's new dialog), then PointerRoot
again, None, and a window beside. Xorg's focus events walk down to the sprite's window, which a map under a
still pointer changes too. Prints every focus and crossing event; the test compares Xvfb's output with Sumac's."""
import time
from Xlib import display, X
from Xlib.ext import xtest
d = display.Display()
t = display.Display()
root = d.screen().root
depth = d.screen().root_depth
mask = X.FocusChangeMask | X.EnterWindowMask | X.LeaveWindowMask
root.change_attributes(event_mask=X.FocusChangeMask)
xtest.fake_input(t, X.MotionNotify, x=100, y=100)
t.sync()
time.sleep(0.2)
d.set_input_focus(X.PointerRoot, X.RevertToNone, X.CurrentTime)
d.sync()
top = root.create_window(50, 50, 200, 200, 0, depth, X.InputOutput, X.CopyFromParent, event_mask=mask)
inner = top.create_window(20, 20, 100, 100, 0, depth, X.InputOutput, X.CopyFromParent, event_mask=mask)
other = root.create_window(400, 50, 100, 100, 0, depth, X.InputOutput, X.CopyFromParent, event_mask=mask)
names = {top.id: 'top', inner.id: 'inner', other.id: 'other', root.id: 'root'}
DETAILS = ['Ancestor', 'Virtual', 'Inferior', 'Nonlinear', 'NonlinearVirtual', 'Pointer', 'PointerRoot', 'None']


def report(label):
    time.sleep(0.2)
    d.sync()
    out = []
    while d.pending_events():
        e = d.next_event()
        kind = {X.FocusIn: 'In', X.FocusOut: 'Out', X.EnterNotify: 'Enter', X.LeaveNotify: 'Leave'}.get(e.type)
        if kind:
            out.append('%s %s %s m%d' % (kind, names.get(e.window.id, '?'), DETAILS[e.detail], e.mode))
    print('%s: %s' % (label, ' '.join(out)))


report('start')
inner.map()
top.map()
other.map()
d.sync()
report('mapped under the pointer')
steps = [('top', top), ('PointerRoot', X.PointerRoot), ('inner', inner), ('None', X.NONE), ('other', other),
         ('PointerRoot', X.PointerRoot)]
for label, focus in steps:
    d.set_input_focus(focus, X.RevertToNone, X.CurrentTime)
    report('to ' + label)
inner.unmap()
report('inner unmapped under the pointer')
d.set_input_focus(top, X.RevertToNone, X.CurrentTime)
report('to top')
inner.map()
report('inner mapped again')
d.set_input_focus(X.PointerRoot, X.RevertToNone, X.CurrentTime)
report('to PointerRoot')
top.unmap()
report('top unmapped')
top.map()
d.set_input_focus(X.PointerRoot, X.RevertToNone, X.CurrentTime)
report('top mapped, to PointerRoot')
top.configure(x=250)
report('top moved from under the pointer')
d.set_input_focus(top, X.RevertToNone, X.CurrentTime)
report('to top')
top.configure(x=50)
report('top back under the pointer')
d.set_input_focus(X.PointerRoot, X.RevertToNone, X.CurrentTime)
report('to PointerRoot')
other.grab_pointer(False, X.ButtonPressMask, X.GrabModeAsync, X.GrabModeAsync, X.NONE, X.NONE, X.CurrentTime)
report('pointer grabbed by other')
d.set_input_focus(inner, X.RevertToNone, X.CurrentTime)
report('to inner, pointer grabbed')
d.set_input_focus(X.PointerRoot, X.RevertToNone, X.CurrentTime)
report('to PointerRoot, pointer grabbed')
d.ungrab_pointer(X.CurrentTime)
report('ungrabbed')
glass = top.create_window(0, 0, 200, 200, 0, 0, X.InputOnly, X.CopyFromParent, event_mask=mask)
names[glass.id] = 'glass'
glass.map()
report('InputOnly glass mapped over inner')
d.set_input_focus(top, X.RevertToNone, X.CurrentTime)
report('to top')
glass.destroy()
report('glass destroyed')
d.set_input_focus(X.PointerRoot, X.RevertToNone, X.CurrentTime)
report('to PointerRoot')
inner.destroy()
report('inner destroyed')
d.set_input_focus(other, X.RevertToNone, X.CurrentTime)
report('to other')
inner = top.create_window(20, 20, 100, 100, 0, depth, X.InputOutput, X.CopyFromParent, event_mask=mask)
names[inner.id] = 'inner'
inner.map()
top.change_attributes(event_mask=mask | X.ButtonPressMask)
report('inner again')
xtest.fake_input(t, X.ButtonPress, 1)
t.sync()
report('pressed in inner, top selects presses')
d.set_input_focus(top, X.RevertToNone, X.CurrentTime)
report('to top, implicit grab')
xtest.fake_input(t, X.ButtonRelease, 1)
t.sync()
report('released')
d.set_input_focus(X.PointerRoot, X.RevertToNone, X.CurrentTime)
report('to PointerRoot')
