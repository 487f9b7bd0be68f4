"""ShapeNotify is sent when a shape is modified; removing a shape that is not there modifies nothing and sends
nothing (as Xorg does). GTK resets its windows' input shapes to None over and over; each stray ShapeNotify made
xfwm4 recompute a frame's input shape from a stale frame size, which left the panel's launchers unclickable.
Prints the ShapeNotify events after each request; the test compares Xvfb's output with Sumac's."""
import time
from Xlib import display, X
from Xlib.ext import shape
d = display.Display()
root = d.screen().root
w = root.create_window(10, 10, 100, 50, 0, d.screen().root_depth, X.InputOutput, X.CopyFromParent)
w.shape_select_input(1)
d.sync()

def report(label):
    d.sync()
    time.sleep(0.1)
    seen = []
    while d.pending_events():
        e = d.next_event()
        if e.type == d.extension_event.ShapeNotify:
            seen.append('kind %d shaped %d %dx%d+%d+%d' % (e.shape_kind, e.shaped, e.extents_width, e.extents_height,
                                                          e.extents_x, e.extents_y))
    print('%s: %s' % (label, seen))

for kind, name in ((shape.SK.Input, 'input'), (shape.SK.Bounding, 'bounding'), (shape.SK.Clip, 'clip')):
    w.shape_mask(shape.SO.Set, kind, 0, 0, X.NONE)
    report('%s None without a shape' % name)
    w.shape_rectangles(shape.SO.Set, kind, X.Unsorted, 0, 0, [(0, 0, 40, 20)])
    report('%s set' % name)
    w.shape_mask(shape.SO.Set, kind, 0, 0, X.NONE)
    report('%s None with a shape' % name)
    w.shape_mask(shape.SO.Set, kind, 0, 0, X.NONE)
    report('%s None again' % name)
    w.shape_offset(kind, 5, 5)
    report('%s offset without a shape' % name)
# Shaping the root changes nothing (Xorg returns at once: no error, no event).
root.shape_select_input(1)
root.shape_rectangles(shape.SO.Set, shape.SK.Bounding, X.Unsorted, 0, 0, [(0, 0, 10, 10)])
report('root bounding set')
print('root bounding: %s' % [(r.x, r.y, r.width, r.height) for r in root.shape_get_rectangles(shape.SK.Bounding).rectangles])
