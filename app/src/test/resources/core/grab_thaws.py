"""An active grab in Asynchronous mode by the client that froze the device thaws it, as the protocol says:
a window manager's Alt+Tab is a synchronous passive key grab that it turns into GrabKeyboard(Async), then waits
for Alt's release to end the cycle. The same for the pointer with a synchronous button grab. Prints what the
grabbing client gets; the test compares Xvfb's output with Sumac's."""
import time
from Xlib import display, X
from Xlib.ext import xtest
wm = display.Display()
t = display.Display()
root = wm.screen().root
TAB, ALT = 23, 64
root.grab_key(TAB, X.Mod1Mask, True, X.GrabModeAsync, X.GrabModeSync)
root.grab_button(1, X.AnyModifier, True, X.ButtonPressMask | X.ButtonReleaseMask, X.GrabModeSync,
                 X.GrabModeAsync, X.NONE, X.NONE)
wm.sync()

def report(label):
    time.sleep(0.3)
    wm.sync()
    seen = []
    while wm.pending_events():
        e = wm.next_event()
        if e.type in (X.KeyPress, X.KeyRelease, X.ButtonPress, X.ButtonRelease):
            seen.append('%s %d' % ({X.KeyPress: 'key press', X.KeyRelease: 'key release', X.ButtonPress: 'button press',
                                    X.ButtonRelease: 'button release'}[e.type], e.detail))
    print('%s: %s' % (label, seen))

xtest.fake_input(t, X.KeyPress, ALT)
xtest.fake_input(t, X.KeyPress, TAB)
t.sync()
report('Alt+Tab pressed (keyboard frozen)')
xtest.fake_input(t, X.KeyRelease, TAB)
xtest.fake_input(t, X.KeyRelease, ALT)
t.sync()
report('released while frozen')
status = root.grab_keyboard(True, X.GrabModeAsync, X.GrabModeAsync, X.CurrentTime)
report('GrabKeyboard async (status %d)' % status)
wm.ungrab_keyboard(X.CurrentTime)
wm.sync()
xtest.fake_input(t, X.MotionNotify, x=10, y=10)
xtest.fake_input(t, X.ButtonPress, 1)
t.sync()
report('button pressed (pointer frozen)')
xtest.fake_input(t, X.ButtonRelease, 1)
t.sync()
report('released while frozen')
status = root.grab_pointer(True, X.ButtonPressMask | X.ButtonReleaseMask, X.GrabModeAsync, X.GrabModeAsync, X.NONE,
                           X.NONE, X.CurrentTime)
report('GrabPointer async (status %d)' % status)
wm.ungrab_pointer(X.CurrentTime)
wm.sync()
