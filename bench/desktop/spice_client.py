#!/usr/bin/python3
# A headless spice-gtk client (SpiceClientGLib through GObject introspection) for bin/bench-desktop.
#
# Usage: spice_client.py HOST PORT [--stay]
# Prints "READY" once the main, display, inputs and cursor channels are open and the primary surface exists.
# It decodes everything the server sends into its primary surface, as a viewer does, without drawing it on
# a screen. Commands on stdin, one a line (with --stay stdin is not read: the client runs until killed):
#   watch X Y RRGGBB  report when pixel (X, Y) of the primary surface becomes this color: prints "WATCHING",
#                     then "SEEN T" with T = time.monotonic() of the display-invalidate that showed it
#   key HEX           send a key press of this scancode on the inputs channel, then its release 20 ms later;
#                     prints "KEYSENT T" with T = time.monotonic() just before the press went to spice-gtk,
#                     at the release: a line printed at the press would wake the reader of this pipe while
#                     the press is on its way, on a machine with few CPUs a wake-up inside the measurement
#   quit              disconnect and exit 0
#   flood             from now on, send input as fast as spice-gtk takes it: key presses and releases of 'a' (a
#                     Return every 100), mouse positions over the top-left 400x300; prints "FLOODING"
#   calm              stop flooding; prints "CALM N" with N = input events sent
#   count             start counting display updates afresh; prints "COUNTING"
#   frames            prints "FRAMES F I": F = frames shown since `count` (the 1/60 s ticks of the monotonic
#                     clock in which at least one display-invalidate came, as a 60 Hz screen would show
#                     them), I = display-invalidate signals
# With --flood the client floods from READY on (with --stay: until killed; bin/bench-isolation).
# With SPICE_USER, SPICE_PASSWORD and SPICE_CA_FILE in the environment it logs in as sumac service users do
# (SASL PLAIN over TLS, PORT being the TLS port) instead of connecting without a ticket.
# Errors print "ERROR ..." and exit non-zero. time.monotonic() is CLOCK_MONOTONIC: the same clock in every
# process on the machine, so the benchmark compares these stamps with its own.
import ctypes
import os
import sys
import time

import gi
gi.require_version('SpiceClientGLib', '2.0')
from gi.repository import SpiceClientGLib as S, GLib, GObject  # noqa: E402

host, port = sys.argv[1], sys.argv[2]
stay = '--stay' in sys.argv[3:]
flood_at_ready = '--flood' in sys.argv[3:]
loop = GLib.MainLoop()
session = S.Session()
session.props.host = host
if os.environ.get('SPICE_USER'):
    session.props.tls_port = port
    session.props.ca_file = os.environ['SPICE_CA_FILE']
    session.props.username = os.environ['SPICE_USER']
    session.props.password = os.environ.get('SPICE_PASSWORD', '')
else:
    session.props.port = port
state = {'opened': set(), 'primary': None, 'inputs': None, 'ready': False, 'code': 1, 'watch': None,
         'flood': None, 'sent': 0, 'ticks': set(), 'invalidates': 0, 'queued': []}


def out(line):
    print(line, flush=True)


def finish(code):
    state['code'] = code
    loop.quit()
    return False


def maybe_ready():
    if not state['ready'] and {1, 2, 3, 4} <= state['opened'] and state['primary'] is not None:
        state['ready'] = True
        out('READY')
        if flood_at_ready:
            start_flood()
        for line in state['queued']:
            run_command(line)
        state['queued'].clear()


def flood_step():
    """One burst of input: 20 key strokes and 20 mouse positions, then back to the main loop for the rest."""
    inputs = state['inputs']
    if inputs is None or state['flood'] is None:
        return False
    for _ in range(20):
        n = state['sent']
        code = 0x1c if n % 100 == 99 else 0x1e  # Return, else 'a'
        inputs.key_press(code)
        inputs.key_release(code)
        inputs.position(n * 7 % 400, n * 3 % 300, 0, 0)
        inputs.motion(1 if n % 2 else -1, 0, 0)
        state['sent'] = n + 1
    return True


def start_flood():
    if state['flood'] is None:
        state['flood'] = GLib.idle_add(flood_step)


def on_event(channel, event):
    if event == S.ChannelEvent.OPENED:
        state['opened'].add(channel.props.channel_type)
        maybe_ready()
    elif event in (S.ChannelEvent.ERROR_CONNECT, S.ChannelEvent.ERROR_LINK, S.ChannelEvent.ERROR_IO,
                   S.ChannelEvent.ERROR_AUTH, S.ChannelEvent.ERROR_TLS):
        out('ERROR ' + event.value_nick + ' channel ' + str(channel.props.channel_type))
        finish(4)
    elif event == S.ChannelEvent.CLOSED and channel.props.channel_type == 1:
        out('ERROR main channel closed')
        finish(5)


def on_primary_create(channel, fmt, width, height, stride, shmid, data):
    state['primary'] = (width, height, stride, data)
    maybe_ready()


def on_primary_destroy(channel):
    state['primary'] = None


def pixel(x, y):
    """The primary surface's pixel as 0xRRGGBB (the surface is 32-bit B, G, R, X in memory)."""
    width, height, stride, data = state['primary']
    b, g, r = ctypes.string_at(data + y * stride + x * 4, 3)
    return (r << 16) | (g << 8) | b


def on_invalidate(channel, x, y, w, h):
    state['invalidates'] += 1
    state['ticks'].add(int(time.monotonic() * 60))
    watch = state['watch']
    if watch is None or state['primary'] is None:
        return
    wx, wy, color = watch
    if x <= wx < x + w and y <= wy < y + h and pixel(wx, wy) == color:
        now = time.monotonic()
        state['watch'] = None
        out('SEEN %.6f' % now)


def release(code, pressed):
    state['inputs'].key_release(code)
    out('KEYSENT %.6f' % pressed)
    return False


def on_stdin(source, condition):
    line = sys.stdin.readline()
    if not line:
        return finish(0)
    if not state['ready']:
        # a command typed before the channels are open waits for them instead of failing
        state['queued'].append(line)
        return True
    return run_command(line)


def run_command(line):
    cmd, _, arg = line.strip().partition(' ')
    try:
        if cmd == 'watch':
            x, y, color = arg.split()
            state['watch'] = (int(x), int(y), int(color, 16))
            out('WATCHING')
        elif cmd == 'key':
            code = int(arg, 16)
            pressed = time.monotonic()
            state['inputs'].key_press(code)
            GLib.timeout_add(20, release, code, pressed)
        elif cmd == 'flood':
            start_flood()
            out('FLOODING')
        elif cmd == 'calm':
            if state['flood'] is not None:
                GLib.source_remove(state['flood'])
                state['flood'] = None
            out('CALM %d' % state['sent'])
        elif cmd == 'count':
            state['ticks'] = set()
            state['invalidates'] = 0
            out('COUNTING')
        elif cmd == 'frames':
            out('FRAMES %d %d' % (len(state['ticks']), state['invalidates']))
        elif cmd == 'quit':
            finish(0)
            return False
        else:
            out('ERROR unknown command ' + cmd)
    except (ValueError, AttributeError, TypeError) as e:
        out('ERROR bad command %r: %s' % (line.strip(), e))
    return True


def on_channel_new(sess, channel):
    GObject.Object.connect(channel, 'channel-event', on_event)
    if isinstance(channel, S.DisplayChannel):
        GObject.Object.connect(channel, 'display-primary-create', on_primary_create)
        GObject.Object.connect(channel, 'display-primary-destroy', on_primary_destroy)
        GObject.Object.connect(channel, 'display-invalidate', on_invalidate)
    if isinstance(channel, S.InputsChannel):
        state['inputs'] = channel
    if channel.props.channel_type != 1:
        channel.connect()


GObject.Object.connect(session, 'channel-new', on_channel_new)
if not stay:
    GLib.io_add_watch(GLib.IOChannel.unix_new(0), GLib.PRIORITY_DEFAULT,
                      GLib.IOCondition.IN | GLib.IOCondition.HUP, on_stdin)
session.connect()
GLib.timeout_add(40000, lambda: state['ready'] or (out('ERROR timeout, opened %s' % sorted(state['opened'])),
                                                   finish(6)))
loop.run()
session.disconnect()
sys.exit(state['code'])
