"""Synchronous passive button grab on the root, then AllowEvents(ReplayPointer): the frozen press and the
release held behind it must reach the client that selected buttons on the window under the pointer.
Prints one line per observation; the test compares the output of Xvfb and Sumac."""
import sys, time
from Xlib import display, X
from Xlib.ext import xtest
a = display.Display(); b = display.Display(); t = display.Display()
root_b = b.screen().root
win = root_b.create_window(50, 50, 200, 200, 0, b.screen().root_depth, X.InputOutput, X.CopyFromParent,
                           event_mask=X.ButtonPressMask | X.ButtonReleaseMask)
win.map(); b.sync()
time.sleep(0.3)
root_a = a.screen().root
root_a.grab_button(1, X.AnyModifier, False, X.ButtonPressMask, X.GrabModeSync, X.GrabModeAsync, X.NONE, X.NONE)
a.sync()
xtest.fake_input(t, X.MotionNotify, x=100, y=100); t.sync()
xtest.fake_input(t, X.ButtonPress, 1); t.sync()
time.sleep(0.3)
ev = a.next_event(); print('A got', ev.type, 'on root' if ev.window.id == root_a.id else 'elsewhere')
xtest.fake_input(t, X.ButtonRelease, 1); t.sync()   # held while frozen
time.sleep(0.3)
print('B pending before replay', b.pending_events())
a.allow_events(X.ReplayPointer, X.CurrentTime); a.sync()
time.sleep(0.3)
n = b.pending_events(); print('B pending after replay', n)
for i in range(n):
    e = b.next_event(); print('B got', e.type, 'detail', e.detail)
