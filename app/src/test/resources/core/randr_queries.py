# RANDR as clients see it: the queries on a fresh screen, then a resize through a smaller mode and back (the
# ConfigureNotify the root's selectors get, RRScreenChangeNotify and the RRNotify events, in order), modes,
# output properties and monitors, and the errors of bad input. Ids and times are printed as what they mean, so
# that the output is the same on Xvfb and on Sumac; Sumac's larger maximum size is printed as "at least current".
import Xlib.display
from Xlib import X, error
from Xlib.ext import randr

d = Xlib.display.Display()
ev = Xlib.display.Display()
root = d.screen().root
eroot = ev.screen().root
ext = d.query_extension('RANDR')
errors = []
d.set_error_handler(lambda e, req: errors.append(e))


def err_name(e):
    code = e.code
    if code >= ext.first_error:
        return ['BadOutput', 'BadCrtc', 'BadMode', 'BadProvider'][code - ext.first_error]
    core = {1: 'BadRequest', 2: 'BadValue', 3: 'BadWindow', 5: 'BadAtom', 8: 'BadMatch', 10: 'BadAccess',
            11: 'BadAlloc', 15: 'BadName', 16: 'BadLength', 17: 'BadImplementation'}
    return core.get(code, 'code%d' % code)  # by code: python-xlib files RANDR's errors under core codes


def report(label, e):
    # only BadValue's value is a number both servers agree on (ids differ, and Xorg leaves stale values elsewhere)
    name = err_name(e)
    v = e.resource_id
    v = 'max+1' if v == rng.max_width + 1 else 'the name' if v == d.intern_atom('left') else v
    print(label, '->', name, 'value %s' % v if name == 'BadValue' else '')


def checked(label, fn):
    """Runs a request and prints the error it gives, if any."""
    del errors[:]
    try:
        r = fn()
        d.sync()
    except error.XError as e:
        report(label, e)
        return None
    if errors:
        report(label, errors[0])
        return None
    print(label, '-> ok')
    return r


v = d.xrandr_query_version()
print('version', v.major_version, v.minor_version)
info = root.xrandr_get_screen_info()
print('screen info: rotations', info.set_of_rotations, 'rotation', info.rotation, 'size id', info.size_id,
      'rate', info.rate, 'sizes', [(s.width_in_pixels, s.height_in_pixels, s.width_in_millimeters,
                                    s.height_in_millimeters) for s in info.sizes], 'rate entries', info.n_rate_ents)
print('timestamps equal', info.timestamp == info.config_timestamp)
rng = root.xrandr_get_screen_size_range()
print('range: min', rng.min_width, rng.min_height, 'max at least current',
      rng.max_width >= d.screen().width_in_pixels and rng.max_height >= d.screen().height_in_pixels)
res = root.xrandr_get_screen_resources()
cur = root.xrandr_get_screen_resources_current()
crtc, output = res.crtcs[0], res.outputs[0]
names = {}


def mode_name(m):
    return names.get(m, 'None' if m == 0 else 'unknown')


def show_resources(r):
    pos = 0
    out = []
    for m in r.modes:
        name = r.mode_names[pos:pos + m.name_length]
        pos += m.name_length
        names[m.id] = name
        out.append((name, m.width, m.height, m.dot_clock, m.h_sync_start, m.h_sync_end, m.h_total, m.h_skew,
                    m.v_sync_start, m.v_sync_end, m.v_total, m.flags))
    return out


print('resources: crtcs', len(res.crtcs), 'outputs', len(res.outputs), 'modes', show_resources(res))
print('current same as resources', cur.crtcs == res.crtcs and cur.outputs == res.outputs and
      [m.id for m in cur.modes] == [m.id for m in res.modes])


def show_output():
    o = d.xrandr_get_output_info(output, res.config_timestamp)
    print('output', o.name, 'status', o.status, 'connection', o.connection, 'crtc is the crtc', o.crtc == crtc,
          'mm', o.mm_width, o.mm_height, 'subpixel', o.subpixel_order, 'preferred', o.num_preferred,
          'crtcs', len(o.crtcs), 'modes', [mode_name(m) for m in o.modes], 'clones', o.clones)


def show_crtc():
    c = d.xrandr_get_crtc_info(crtc, res.config_timestamp)
    print('crtc', c.x, c.y, c.width, c.height, 'mode', mode_name(c.mode), 'rotation', c.rotation,
          'rotations', c.possible_rotations, 'outputs', len(c.outputs), 'possible', len(c.possible_outputs))


def show_monitors(active):
    m = root.xrandr_get_monitors(is_active=active)
    print('monitors active=%s:' % active, m.outputs, [(d.get_atom_name(x.name), x.primary, x.automatic, x.x, x.y,
        x.width_in_pixels, x.height_in_pixels, x.width_in_millimeters, x.height_in_millimeters,
        ['output' if o == output else o for o in x.crtcs]) for x in m.monitors])


show_output()
show_crtc()
for a in d.xrandr_list_output_properties(output).atoms:
    q = d.xrandr_query_output_property(output, a)
    g = d.xrandr_get_output_property(output, a, 0, 0, 100)
    print('property', d.get_atom_name(a), 'pending', q.pending, 'range', q.range, 'immutable', q.immutable,
          'valid', q.valid_values, 'type', d.get_atom_name(g.property_type), 'value', list(g.value))
print('gamma size', d.xrandr_get_crtc_gamma_size(crtc).size)
p = d.xrandr_get_panning(crtc)
print('panning', p.status, p.left, p.top, p.width, p.height)
print('primary is', root.xrandr_get_output_primary().output)
show_monitors(False)
show_monitors(True)


def show_xinerama(label):
    from Xlib.ext import xinerama
    v = d.xinerama_query_version()
    print(label, 'xinerama', v.major_version, v.minor_version, 'active', d.xinerama_is_active(),
          'state', root.xinerama_get_state().state, 'count', root.xinerama_get_screen_count().screen_count,
          'size', (lambda s: (s.width, s.height, s.screen))(root.xinerama_get_screen_size(0)),
          'screens', [(s.x, s.y, s.width, s.height) for s in d.xinerama_query_screens().screens])


show_xinerama('start')

# the watcher: StructureNotify and every RANDR event on the root
eroot.change_attributes(event_mask=X.StructureNotifyMask)
eroot.xrandr_select_input(randr.RRScreenChangeNotifyMask | randr.RRCrtcChangeNotifyMask |
                          randr.RROutputChangeNotifyMask | randr.RROutputPropertyNotifyMask)
ev.sync()


def events(label):
    d.sync()
    ev.sync()
    import time
    time.sleep(0.3)
    out = []
    while ev.pending_events():
        e = ev.next_event()
        if e.type == X.ConfigureNotify:
            out.append('ConfigureNotify root %dx%d+%d+%d' % (e.width, e.height, e.x, e.y))
        elif e.type == ext.first_event:
            out.append('ScreenChangeNotify %dx%d %dx%dmm size id %d rotation %d window is root %s' % (
                e.width_in_pixels, e.height_in_pixels, e.width_in_millimeters, e.height_in_millimeters, e.size_id,
                e.rotation, getattr(e.window, 'id', e.window) == eroot.id))
        elif e.type == ext.first_event + 1:
            if e.sub_code == 0:
                out.append('CrtcChange %s %dx%d+%d+%d' % (mode_name(e.mode), e.width, e.height, e.x, e.y))
            elif e.sub_code == 1:
                out.append('OutputChange crtc %s mode %s connection %d' % (e.crtc == crtc, mode_name(e.mode),
                                                                            e.connection))
            else:
                out.append('OutputProperty %s state %d' % (ev.get_atom_name(e.atom), e.state))
        else:
            out.append('event %d' % e.type)
    print(label, out)


W, H = d.screen().width_in_pixels, d.screen().height_in_pixels
small = dict(id=0, width=W // 2, height=H // 2, dot_clock=12000000, h_sync_start=W // 2 + 8, h_sync_end=W // 2 + 40,
             h_total=W // 2 + 64, h_skew=0, v_sync_start=H // 2 + 1, v_sync_end=H // 2 + 4, v_total=H // 2 + 10,
             name_length=len('half'), flags=5)
m = root.xrandr_create_mode(small, 'half').mode
res = root.xrandr_get_screen_resources()
print('after CreateMode', show_resources(res))
show_output()
checked('AddOutputMode', lambda: d.xrandr_add_output_mode(output, m))
checked('AddOutputMode again', lambda: d.xrandr_add_output_mode(output, m))
events('events of AddOutputMode')
show_output()
full = d.xrandr_get_crtc_info(crtc, res.config_timestamp).mode
r = checked('SetCrtcConfig half', lambda: d.xrandr_set_crtc_config(crtc, res.config_timestamp, 0, 0, m, 1, [output]))
print('status', r.status if r else None)
events('events of SetCrtcConfig')
checked('SetScreenSize half', lambda: root.xrandr_set_screen_size(W // 2, H // 2, 100, 80))
d.sync()
events('events of SetScreenSize')
g = root.get_geometry()
print('root geometry', g.width, g.height)
show_xinerama('half')
fresh = Xlib.display.Display()
print('new connection screen', fresh.screen().width_in_pixels, fresh.screen().height_in_pixels,
      fresh.screen().width_in_mms, fresh.screen().height_in_mms)
fresh.close()
info = root.xrandr_get_screen_info()
print('screen info: size id', info.size_id, 'rate', info.rate, 'sizes',
      [(s.width_in_pixels, s.height_in_pixels) for s in info.sizes], 'rate entries', info.n_rate_ents)
show_crtc()
show_monitors(False)
checked('DeleteOutputMode in use', lambda: d.xrandr_delete_output_mode(output, m))
checked('DestroyMode in use', lambda: d.xrandr_destroy_mode(m))
checked('SetScreenSize smaller than the crtc', lambda: root.xrandr_set_screen_size(W // 4, H // 4, 50, 40))
checked('SetScreenSize back', lambda: root.xrandr_set_screen_size(W, H, 200, 160))
events('events of SetScreenSize back')
r = checked('SetCrtcConfig full', lambda: d.xrandr_set_crtc_config(crtc, res.config_timestamp, 0, 0, full, 1, [output]))
events('events of SetCrtcConfig full')
checked('DeleteOutputMode', lambda: d.xrandr_delete_output_mode(output, m))
checked('DeleteOutputMode again', lambda: d.xrandr_delete_output_mode(output, m))
checked('DestroyMode built-in', lambda: d.xrandr_destroy_mode(full))
checked('DestroyMode', lambda: d.xrandr_destroy_mode(m))
checked('DestroyMode again', lambda: d.xrandr_destroy_mode(m))
events('events of the mode deletions')

# properties
a = d.intern_atom('SUMAC_TEST')
checked('ChangeOutputProperty', lambda: d.xrandr_change_output_property(output, a, d.intern_atom('CARDINAL'), X.PropModeReplace, (32, [7, 8, 9])))
g = d.xrandr_get_output_property(output, a, 0, 1, 1)
print('get part', g._data.get('format'), d.get_atom_name(g.property_type), g.bytes_after, list(g.value))
print('list', [d.get_atom_name(x) for x in d.xrandr_list_output_properties(output).atoms])
checked('DeleteOutputProperty', lambda: d.xrandr_delete_output_property(output, a))
checked('DeleteOutputProperty again', lambda: d.xrandr_delete_output_property(output, a))
events('events of the properties')

# monitors (python-xlib cannot encode SetMonitor: the xrandr tool test sets one)
checked('DeleteMonitor of none', lambda: root.xrandr_delete_monitor(d.intern_atom('left')))
events('events of the monitors')

# bad input
checked('SetScreenSize 0', lambda: root.xrandr_set_screen_size(0, H, 100, 100))
checked('SetScreenSize beyond max', lambda: root.xrandr_set_screen_size(rng.max_width + 1, H, 100, 100))
checked('SetScreenSize mm 0', lambda: root.xrandr_set_screen_size(W, H, 0, 100))
checked('GetOutputInfo bad output', lambda: d.xrandr_get_output_info(crtc + 1000, 0))
checked('GetCrtcInfo bad crtc', lambda: d.xrandr_get_crtc_info(output + 1000, 0))
checked('SetCrtcConfig bad mode', lambda: d.xrandr_set_crtc_config(crtc, 0, 0, 0, 0x7777, 1, [output]))
checked('SetCrtcConfig mode without outputs', lambda: d.xrandr_set_crtc_config(crtc, 0, 0, 0, full, 1, []))
checked('SetCrtcConfig off with outputs', lambda: d.xrandr_set_crtc_config(crtc, 0, 0, 0, 0, 1, [output]))
checked('SetCrtcConfig bad rotation', lambda: d.xrandr_set_crtc_config(crtc, 0, 0, 0, full, 3, [output]))
checked('SetCrtcConfig outside the screen', lambda: d.xrandr_set_crtc_config(crtc, 0, 5, 0, full, 1, [output]))
checked('AddOutputMode bad mode', lambda: d.xrandr_add_output_mode(output, 0x7777))
checked('SelectInput bad mask', lambda: root.xrandr_select_input(0x100))
checked('GetCrtcGammaSize bad crtc', lambda: d.xrandr_get_crtc_gamma_size(0x7777))
show_crtc()
events('events of bad input')
