"""Enter/Focus burst (issue 19, point 8): windows nested three deep side by side, the pointer moved across
them (WarpPointer and XTEST motion in turn) and the input focus moved between them and PointerRoot as fast as
the server answers, for S seconds. Every window selects crossing, focus and KeymapState events, and the events
are read, as a conformance suite would. Prints how many crossings and focus changes it made, then 'ended'.

    python3 crossing_burst.py DISPLAY SECONDS"""
import sys
import time
from Xlib import display, X
from Xlib.ext import xtest

d = display.Display(':' + sys.argv[1])
seconds = float(sys.argv[2])
root = d.screen().root
depth = d.screen().root_depth
mask = (X.EnterWindowMask | X.LeaveWindowMask | X.FocusChangeMask | X.KeymapStateMask | X.PointerMotionMask)
windows = []
for i in range(6):
    top = root.create_window(10 + i * 110, 10, 100, 300, 0, depth, X.InputOutput, X.CopyFromParent, event_mask=mask)
    mid = top.create_window(10, 10, 80, 200, 0, depth, X.InputOutput, X.CopyFromParent, event_mask=mask)
    low = mid.create_window(10, 10, 60, 100, 0, depth, X.InputOutput, X.CopyFromParent, event_mask=mask)
    for w in (top, mid, low):
        w.map()
    windows += [top, mid, low]
root.change_attributes(event_mask=X.FocusChangeMask | X.EnterWindowMask | X.LeaveWindowMask)
d.sync()
spots = [(15 + i * 110, 15) for i in range(6)] + [(25 + i * 110, 25) for i in range(6)] + \
        [(40 + i * 110, 40) for i in range(6)] + [(700, 400)]
crossings = focus = events = 0
end = time.time() + seconds
n = 0
while time.time() < end:
    for _ in range(50):
        x, y = spots[n % len(spots)]
        if n % 2:
            root.warp_pointer(x, y)
        else:
            xtest.fake_input(d, X.MotionNotify, x=x, y=y)
        crossings += 1
        target = X.PointerRoot if n % 4 == 3 else windows[(n * 7) % len(windows)]
        d.set_input_focus(target, X.RevertToPointerRoot, X.CurrentTime)
        focus += 1
        n += 1
    d.sync()
    while d.pending_events():
        d.next_event()
        events += 1
print('%d crossings, %d focus changes, %d events read' % (crossings, focus, events))
print('ended')
