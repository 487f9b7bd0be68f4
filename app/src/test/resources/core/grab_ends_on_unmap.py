"""A keyboard grab that ends because its window is unmapped (a popup menu closing) gives the focus window
FocusIn(Ungrab), as an UngrabKeyboard does: GTK otherwise takes its editor for unfocused and hides the text
cursor after every menu. One client holds the focus; another grabs the keyboard on an override-redirect window,
then ends the grab by UngrabKeyboard or by unmapping it. Prints the focus events the first client gets."""
import time
from Xlib import display, X

MODES = {0: 'Normal', 1: 'Grab', 2: 'Ungrab', 3: 'WhileGrabbed'}
DETAILS = ['Ancestor', 'Virtual', 'Inferior', 'Nonlinear', 'NonlinearVirtual', 'Pointer', 'PointerRoot', 'None']
watch = display.Display()
grabber = display.Display()
editor = watch.screen().root.create_window(10, 10, 100, 100, 0, X.CopyFromParent, event_mask=X.FocusChangeMask)
editor.map()
watch.sync()
time.sleep(0.3)
editor.set_input_focus(X.RevertToParent, X.CurrentTime)
watch.sync()
time.sleep(0.2)
while watch.pending_events():
    watch.next_event()

for how in ('ungrab', 'unmap'):
    menu = grabber.screen().root.create_window(200, 10, 50, 50, 0, X.CopyFromParent, override_redirect=True)
    menu.map()
    grabber.sync()
    time.sleep(0.2)
    status = menu.grab_keyboard(True, X.GrabModeAsync, X.GrabModeAsync, X.CurrentTime)
    grabber.sync()
    time.sleep(0.2)
    if how == 'ungrab':
        grabber.ungrab_keyboard(X.CurrentTime)
    else:
        menu.unmap()
    grabber.sync()
    time.sleep(0.3)
    seen = []
    while watch.pending_events():
        e = watch.next_event()
        if e.type in (X.FocusIn, X.FocusOut):
            seen.append(('FocusIn' if e.type == X.FocusIn else 'FocusOut') + ' ' + MODES[e.mode] + ' ' + DETAILS[e.detail])
    print(how, 'grab status', status, seen)
    menu.destroy()
    grabber.sync()
