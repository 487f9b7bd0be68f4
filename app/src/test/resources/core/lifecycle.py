"""The server's life cycle across clients, as Xorg's: when the last client leaves (its resources destroyed) the
server resets (atoms, root properties and background, font path, screen saver); a client leaving with
RetainPermanent or RetainTemporary does not reset it and its resources stay, in an id range no new client gets,
until KillClient (AllTemporary for RetainTemporary) or the next reset frees them; KillClient on a connected client
destroys its windows at once. Prints what each client sees; the test compares Xvfb's output with Sumac's."""
import time
from Xlib import display, X
from Xlib.protocol import request

def kill(d, rid):
    request.KillClient(display=d.display, resource=rid)

def connect():
    d = display.Display()
    return d, d.screen().root

def leave(d):
    d.sync()  # close() does not flush what is still buffered
    d.close()
    time.sleep(0.5)  # the server handles the departure before the next client connects

def root_pixel(d, root):
    root.clear_area(0, 0, 4, 4)
    img = root.get_image(1, 1, 1, 1, X.ZPixmap, 0xffffffff)
    return '%06x' % (int.from_bytes(img.data[:4], 'little') & 0xffffff)

def state(label, d, root):
    atom = d.intern_atom('SUMAC_LIFECYCLE', only_if_exists=True)
    prop = root.get_full_property(atom, X.AnyPropertyType) if atom else None
    saver = d.get_screen_saver()
    print('%s: atom %s, property %s, root %s, font path %s, saver %d, root children %d' % (
        label, 'yes' if atom else 'none', prop.value if prop else None, root_pixel(d, root),
        'changed' if d.get_font_path() != initial_path else 'initial', saver.timeout,
        len(root.query_tree().children)))

d, root = connect()
initial_path = d.get_font_path()
state('first client', d, root)
atom = d.intern_atom('SUMAC_LIFECYCLE')
root.change_property(atom, 31, 8, b'kept?')
root.change_attributes(background_pixel=0x00ff00)
d.set_font_path(list(reversed(initial_path)) + initial_path[:1] if len(initial_path) > 1 else initial_path * 2)
d.set_screen_saver(77, 60, X.DefaultBlanking, X.DefaultExposures)
root.create_window(0, 0, 10, 10, 0, 24, X.InputOutput, X.CopyFromParent)
d.sync()
state('after changes', d, root)
leave(d)

d, root = connect()
state('after the last client left', d, root)
# a client retaining its resources keeps the server from resetting, and its id range from new clients
atom = d.intern_atom('SUMAC_LIFECYCLE')
root.change_property(atom, 31, 8, b'kept')
w = root.create_window(0, 0, 10, 10, 0, 24, X.InputOutput, X.CopyFromParent)
kept_window, kept_base = w.id, d.display.info.resource_id_base
d.set_close_down_mode(X.RetainPermanent)
d.sync()
leave(d)

d, root = connect()
state('after a RetainPermanent client left', d, root)
print('new client in the retained range: %s' % (d.display.info.resource_id_base == kept_base))
kill(d, X.AllTemporary)
d.sync()
print('AllTemporary spares RetainPermanent: %s' % (kept_window in [c.id for c in root.query_tree().children]))
kill(d, kept_window)
d.sync()
print('KillClient frees it: %s' % (kept_window not in [c.id for c in root.query_tree().children]))
w = root.create_window(0, 0, 10, 10, 0, 24, X.InputOutput, X.CopyFromParent)
temp_window, temp_base = w.id, d.display.info.resource_id_base
d.set_close_down_mode(X.RetainTemporary)
d.sync()
leave(d)

d, root = connect()
state('after a RetainTemporary client left', d, root)
print('new client in the retained range: %s' % (d.display.info.resource_id_base == temp_base))
print('RetainTemporary window there: %s' % (temp_window in [c.id for c in root.query_tree().children]))
kill(d, X.AllTemporary)
d.sync()
print('AllTemporary frees it: %s' % (temp_window not in [c.id for c in root.query_tree().children]))

# KillClient on a connected client destroys its windows before the killer's next request
victim, vroot = connect()
vw = vroot.create_window(5, 5, 10, 10, 0, 24, X.InputOutput, X.CopyFromParent)
vw.map()
victim.sync()
root.change_attributes(event_mask=X.SubstructureNotifyMask)
d.sync()
kill(d, vw.id)
children = [c.id for c in root.query_tree().children]
seen = []
while d.pending_events():
    e = d.next_event()
    seen.append({X.DestroyNotify: 'Destroy', X.UnmapNotify: 'Unmap'}.get(e.type, e.type))
print('killed client window gone: %s, events %s' % (vw.id not in children, seen))
try:
    victim.get_input_focus()
    print('victim still served')
except Exception as e:
    print('victim cut off')
leave(d)
d, root = connect()
state('last', d, root)
