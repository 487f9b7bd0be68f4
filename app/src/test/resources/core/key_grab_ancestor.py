"""A passive key grab on the root (a window manager's Alt+F4) activates while the focus is on a window below it:
the grab window may be the focus window or any ancestor of it. Prints who gets the key events; the test
compares Xvfb's output with Sumac's."""
import time
from Xlib import display, X
from Xlib.ext import xtest
wm = display.Display()
app = display.Display()
t = display.Display()
F4, ALT = 70, 64
wm.screen().root.grab_key(F4, X.Mod1Mask, False, X.GrabModeAsync, X.GrabModeAsync)
wm.screen().root.grab_key(F4, X.Mod1Mask | X.Mod2Mask, False, X.GrabModeAsync, X.GrabModeAsync)
wm.sync()
root = app.screen().root
win = root.create_window(50, 50, 200, 200, 0, app.screen().root_depth, X.InputOutput, X.CopyFromParent,
                         event_mask=X.KeyPressMask | X.KeyReleaseMask)
win.map()
app.sync()
time.sleep(0.2)

def report(label):
    time.sleep(0.3)
    for who, d in (('wm', wm), ('app', app)):
        d.sync()
        while d.pending_events():
            e = d.next_event()
            if e.type in (X.KeyPress, X.KeyRelease):
                print('%s: %s %s %d state %d' % (label, who, 'press' if e.type == X.KeyPress else 'release',
                                                 e.detail, e.state & 0xff))

for label, focus, pointer in (('focus on the window, pointer in it', win, (100, 100)),
                              ('focus on the window, pointer outside', win, (400, 400)),
                              ('focus PointerRoot, pointer in the window', X.PointerRoot, (100, 100))):
    app.set_input_focus(focus, X.RevertToPointerRoot, X.CurrentTime)
    app.sync()
    xtest.fake_input(t, X.MotionNotify, x=pointer[0], y=pointer[1])
    for key, press in ((ALT, True), (F4, True), (F4, False), (ALT, False), (F4, True), (F4, False)):
        xtest.fake_input(t, X.KeyPress if press else X.KeyRelease, key)
    t.sync()
    report(label)
