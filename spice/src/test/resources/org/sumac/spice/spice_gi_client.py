#!/usr/bin/python3
"""Drives spice-gtk (SpiceClientGLib via GObject introspection) against a test server.

Usage: spice_gi_client.py HOST PORT MODE [PASSWORD]
  MODE auth : link the main channel only; print "RESULT OPENED" or "RESULT AUTH_ERROR" / "RESULT <event>".
  MODE input: open main, display, inputs, cursor; print "READY <cursor w> <h> <hot x> <hot y>" once all are
              open, the display is marked and a cursor shape arrived; wait until the server set the lock
              modifiers to NUM (2) and print "LOCKS 2"; send a fixed sequence of input events; print "SENT".
Signals are connected through GObject.Object.connect because SpiceSession/SpiceChannel override connect().
"""
import sys
import gi
gi.require_version('SpiceClientGLib', '2.0')
from gi.repository import SpiceClientGLib as S, GLib, GObject

host, port, mode = sys.argv[1], sys.argv[2], sys.argv[3]
password = sys.argv[4] if len(sys.argv) > 4 else None

loop = GLib.MainLoop()
session = S.Session()
session.props.host = host
session.props.port = port
if password is not None:
    session.props.password = password
exit_code = [1]
opened = set()
state = {'mark': False, 'cursor': None, 'inputs': None, 'main': None, 'ready': False}


def out(line):
    print(line, flush=True)


def finish(code):
    exit_code[0] = code
    loop.quit()
    return False


def on_event(channel, event):
    t = channel.props.channel_type
    if event == S.ChannelEvent.OPENED:
        opened.add(t)
        if mode == 'auth' and t == 1:
            out('RESULT OPENED')
            finish(0)
        maybe_ready()
    elif event == S.ChannelEvent.ERROR_AUTH:
        out('RESULT AUTH_ERROR')
        finish(3)
    elif event in (S.ChannelEvent.ERROR_CONNECT, S.ChannelEvent.ERROR_LINK, S.ChannelEvent.ERROR_IO,
                   S.ChannelEvent.ERROR_TLS):
        out('RESULT ' + event.value_nick.upper().replace('-', '_') + ' channel ' + str(t))
        finish(4)
    elif event == S.ChannelEvent.CLOSED and mode == 'input' and not state.get('done'):
        out('CLOSED channel ' + str(t))


def on_cursor_set(channel, width, height, hot_x, hot_y, rgba):
    # The deprecated signal carries plain ints; the "cursor" property's boxed struct reads shifted
    # fields through this typelib.
    if state['ready']:
        out('CURSOR %d %d %d %d' % (width, height, hot_x, hot_y))
    state['cursor'] = (width, height, hot_x, hot_y)
    maybe_ready()


def on_cursor_hide(channel):
    out('CURSOR HIDDEN')


def on_mark(channel, mark):
    if mark:
        state['mark'] = True
        maybe_ready()


def maybe_ready():
    if mode != 'input' or state['ready']:
        return
    if {1, 2, 3, 4} <= opened and state['mark'] and state['cursor'] is not None:
        state['ready'] = True
        out('READY %d %d %d %d' % state['cursor'])
        GLib.timeout_add(50, wait_locks, 0)


def wait_locks(tries):
    inputs = state['inputs']
    if inputs.props.key_modifiers == 2:
        out('LOCKS 2')
        GLib.timeout_add(100, run_steps, 0)
        return False
    if tries > 100:
        out('LOCKS TIMEOUT ' + str(inputs.props.key_modifiers))
        finish(5)
        return False
    GLib.timeout_add(50, wait_locks, tries + 1)
    return False


def steps():
    i = state['inputs']
    m = state['main']
    s = []
    for code in (0x1E, 0x02):                       # 'a', '1'
        s.append(lambda c=code: i.key_press(c))
        s.append(lambda c=code: i.key_release(c))
    s.append(lambda: i.key_press(0x2A))              # Left Shift + '1' = '!'
    s.append(lambda: i.key_press(0x02))
    s.append(lambda: i.key_release(0x02))
    s.append(lambda: i.key_release(0x2A))
    for code in (0x148, 0x11D, 0x11C):               # Up, Right Ctrl, keypad Enter (0xE0-prefixed)
        s.append(lambda c=code: i.key_press(c))
        s.append(lambda c=code: i.key_release(c))
    s.append(lambda: i.key_press_and_release(0x2C))  # 'z' in one KEY_SCANCODE message
    s.append(lambda: i.set_key_locks(4))             # Caps Lock on
    for k in range(10):                              # absolute positions (client mouse mode)
        s.append(lambda k=k: i.position(100 + k, 50 + 2 * k, 0, 0))
    s.append(lambda: i.button_press(1, 1))
    s.append(lambda: i.button_release(1, 0))
    s.append(lambda: i.button_press(3, 4))
    s.append(lambda: i.button_release(3, 0))
    s.append(lambda: i.button_press(4, 8))           # wheel up
    s.append(lambda: i.button_release(4, 0))
    s.append(lambda: m.request_mouse_mode(1))        # switch to server mouse mode
    for k in range(10):                              # relative motion
        s.append(lambda k=k: i.motion(3, -2, 0))
    return s


def run_steps(index):
    todo = state.setdefault('steps', steps())
    if index < len(todo):
        todo[index]()
        GLib.timeout_add(60, run_steps, index + 1)
    else:
        out('SENT')
        state['done'] = True
        GLib.timeout_add(1000, finish, 0)
    return False


def on_channel_new(sess, channel):
    GObject.Object.connect(channel, 'channel-event', on_event)
    if isinstance(channel, S.MainChannel):
        state['main'] = channel
    if isinstance(channel, S.DisplayChannel):
        GObject.Object.connect(channel, 'display-mark', on_mark)
    if isinstance(channel, S.CursorChannel):
        GObject.Object.connect(channel, 'cursor-set', on_cursor_set)
        GObject.Object.connect(channel, 'cursor-hide', on_cursor_hide)
    if isinstance(channel, S.InputsChannel):
        state['inputs'] = channel
    if channel.props.channel_type != 1:
        channel.connect()


GObject.Object.connect(session, 'channel-new', on_channel_new)
session.connect()
GLib.timeout_add(20000, lambda: (out('TIMEOUT opened=%s mark=%s' % (sorted(opened), state['mark'])), finish(6)))
loop.run()
session.disconnect()
sys.exit(exit_code[0])
