"""Events of issue 19, point 3, beside Xvfb: ColormapNotify (a window's colormap attribute changes, its colormap
is installed, uninstalled or freed), CirculateRequest to the client that selected SubstructureRedirect, and a
passive button grab on the oldest ancestor winning over one further down. Prints every event each client gets;
the test compares Xvfb's output with Sumac's."""
import time
from Xlib import display, X
from Xlib.ext import xtest
a = display.Display()
wm = display.Display()
t = display.Display()
root = a.screen().root
depth = a.screen().root_depth
visual = a.screen().root_visual
default_cmap = a.screen().default_colormap.id
w = root.create_window(10, 10, 100, 100, 0, depth, X.InputOutput, X.CopyFromParent,
                       event_mask=X.ColormapChangeMask)
child = w.create_window(5, 5, 20, 20, 0, depth, X.InputOutput, X.CopyFromParent, event_mask=X.ColormapChangeMask)
root.change_attributes(event_mask=X.ColormapChangeMask)
a.sync()
names = {w.id: 'w', child.id: 'child', root.id: 'root', default_cmap: 'default', 0: 'None'}


def report(label, d=a):
    time.sleep(0.2)
    d.sync()
    out = []
    while d.pending_events():
        e = d.next_event()
        if e.type == X.ColormapNotify:
            cm = e.colormap.id if e.colormap else 0
            out.append('%s cmap=%s new=%d state=%d' % (names.get(e.window.id, '?'), names.get(cm, '?'), e.new, e.state))
        elif e.type == X.CirculateRequest:
            out.append('CirculateRequest parent=%s window=%s place=%d' % (names.get(e.event.id, '?'),
                                                                          names.get(e.window.id, '?'), e.place))
        elif e.type == X.CirculateNotify:
            out.append('CirculateNotify event=%s window=%s place=%d' % (names.get(e.event.id, '?'),
                                                                        names.get(e.window.id, '?'), e.place))
        elif e.type in (X.ButtonPress, X.ButtonRelease):
            out.append('%s %d on %s' % ('press' if e.type == X.ButtonPress else 'release', e.detail,
                                        names.get(e.window.id, '?')))
        else:
            out.append('event %d' % e.type)
    print('%s: %s' % (label, out))


c1 = root.create_colormap(visual, X.AllocNone)
c2 = root.create_colormap(visual, X.AllocNone)
names[c1.id] = 'c1'
names[c2.id] = 'c2'
a.sync()
report('created')
w.change_attributes(colormap=c1)
report('w to c1')
w.change_attributes(colormap=c1)
report('w to c1 again')
child.change_attributes(colormap=c1)
report('child to c1')
c1.install_colormap()
report('install c1')
print('installed: %s' % [names.get(c.id, '?') for c in root.list_installed_colormaps()])
c2.install_colormap()
report('install c2')
c2.uninstall_colormap()
report('uninstall c2')
c1.install_colormap()
report('install c1 again')
c1.free()
report('free c1 (installed)')
w.change_attributes(colormap=c2)
report('w to c2')
print('installed: %s' % [names.get(c.id, '?') for c in root.list_installed_colormaps()])

# CirculateWindow under SubstructureRedirect: the request goes to the redirecting client, nothing moves.
p = root.create_window(200, 10, 200, 200, 0, depth, X.InputOutput, X.CopyFromParent,
                       event_mask=X.SubstructureNotifyMask)
low = p.create_window(10, 10, 100, 100, 0, depth, X.InputOutput, X.CopyFromParent)
high = p.create_window(50, 50, 100, 100, 0, depth, X.InputOutput, X.CopyFromParent)
ovr = p.create_window(60, 60, 100, 100, 0, depth, X.InputOutput, X.CopyFromParent, override_redirect=True)
names.update({p.id: 'p', low.id: 'low', high.id: 'high', ovr.id: 'ovr'})
p.map()
for x in (low, high, ovr):
    x.map()
a.sync()
report('mapped')
wm.create_resource_object('window', p.id).change_attributes(event_mask=X.SubstructureRedirectMask)
wm.sync()
p.circulate(X.RaiseLowest)
report('RaiseLowest under redirect: a')
report('RaiseLowest under redirect: wm', wm)
p.circulate(X.LowerHighest)
report('LowerHighest under redirect: a')
report('LowerHighest under redirect: wm', wm)
print('stack: %s' % [names.get(c.id, '?') for c in p.query_tree().children])
wm.create_resource_object('window', p.id).change_attributes(event_mask=0)
wm.sync()
p.circulate(X.RaiseLowest)
report('RaiseLowest without redirect')
print('stack: %s' % [names.get(c.id, '?') for c in p.query_tree().children])

# Passive button grabs on the root (wm) and on a window below (a): the root's, the oldest ancestor's, wins.
g = root.create_window(450, 10, 100, 100, 0, depth, X.InputOutput, X.CopyFromParent)
names[g.id] = 'g'
g.map()
a.sync()
g.grab_button(1, X.AnyModifier, False, X.ButtonPressMask | X.ButtonReleaseMask, X.GrabModeAsync, X.GrabModeAsync,
              X.NONE, X.NONE)
a.sync()
wm.screen().root.grab_button(1, X.AnyModifier, False, X.ButtonPressMask | X.ButtonReleaseMask, X.GrabModeAsync,
                             X.GrabModeAsync, X.NONE, X.NONE)
wm.sync()
xtest.fake_input(t, X.MotionNotify, x=500, y=50)
xtest.fake_input(t, X.ButtonPress, 1)
xtest.fake_input(t, X.ButtonRelease, 1)
t.sync()
report('click in g: a')
report('click in g: wm', wm)
