"""A popup (override-redirect, under the pointer, grabbing pointer and keyboard as GTK's menus and combo boxes do)
that unmaps itself under PointerRoot focus, as with no window manager: the grabs end with the unmap, the focus
events name the popup (the pointer's window until the pointer's window is updated), then the pointer leaves the
popup and enters the window below with the focus flag, which GTK reads to draw its window focused. Prints what
the window below (T) and the popup (P) get at each step."""
import time
from Xlib import display, X
MODES = {0: 'Normal', 1: 'Grab', 2: 'Ungrab', 3: 'WhileGrabbed'}
D = ['Ancestor', 'Virtual', 'Inferior', 'Nonlinear', 'NonlinearVirtual', 'Pointer', 'PointerRoot', 'None']
d = display.Display()
root = d.screen().root
mask = X.FocusChangeMask | X.EnterWindowMask | X.LeaveWindowMask
t = root.create_window(10, 10, 300, 300, 0, X.CopyFromParent, event_mask=mask)
t.map(); d.sync(); time.sleep(0.2)
d.set_input_focus(X.PointerRoot, X.RevertToPointerRoot, X.CurrentTime)
root.warp_pointer(50, 50); d.sync(); time.sleep(0.2)
names = {}
def drain(label):
    d.sync(); time.sleep(0.3)
    out = []
    while d.pending_events():
        e = d.next_event()
        w = 'T' if e.window.id == t.id else 'P' if e.window.id == p.id else hex(e.window.id)
        n = {X.FocusIn:'FocusIn',X.FocusOut:'FocusOut',X.EnterNotify:'Enter',X.LeaveNotify:'Leave'}.get(e.type, str(e.type))
        extra = (' focus=%d' % e.flags) if e.type in (X.EnterNotify, X.LeaveNotify) else ''
        out.append('%s %s %s %s%s' % (n, w, MODES[e.mode], D[e.detail], extra))
    print(label, out)
p = root.create_window(40, 40, 100, 100, 0, X.CopyFromParent, override_redirect=True, event_mask=mask)
drain('start')
p.map(); drain('popup mapped')
p.grab_pointer(True, X.ButtonPressMask, X.GrabModeAsync, X.GrabModeAsync, X.NONE, X.NONE, X.CurrentTime)
p.grab_keyboard(True, X.GrabModeAsync, X.GrabModeAsync, X.CurrentTime)
drain('grabbed')
p.unmap(); drain('unmapped')
d.ungrab_pointer(X.CurrentTime); d.ungrab_keyboard(X.CurrentTime); drain('ungrabbed')
