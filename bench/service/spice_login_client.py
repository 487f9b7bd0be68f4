#!/usr/bin/python3
# Usage: spice_login_client.py HOST PORT CA_FILE USER PASSWORD tls|plain [once]; stdin: "shot PATH", "quit".
# Prints READY (every channel open), FRAME MS (connect() to the first frame's mark), ERROR EVENT, CLOSED.
# With "once" it quits by itself after the first frame (bin/bench-service).
import ctypes
import os
import sys
import time
import gi
gi.require_version('SpiceClientGLib', '2.0')
from gi.repository import SpiceClientGLib as S, GLib, GObject

host, port, ca, user, password, mode = sys.argv[1:7]
once = sys.argv[7:8] == ['once']
loop = GLib.MainLoop()
session = S.Session()
session.props.host = host
if mode == 'plain':
    session.props.port = port
else:
    session.props.tls_port = port
    session.props.ca_file = ca
session.props.username = user
session.props.password = password
state = {'opened': set(), 'primary': None, 'ready': False, 'framed': False, 'code': 1, 't0': 0}


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


def on_event(channel, event):
    if event == S.ChannelEvent.OPENED:
        state['opened'].add(channel.props.channel_type)
        maybe_ready()
    elif event == S.ChannelEvent.CLOSED:
        out('CLOSED channel %d' % channel.props.channel_type)
        finish(3)
    elif event != S.ChannelEvent.NONE:
        out('ERROR ' + event.value_nick + ' channel ' + str(channel.props.channel_type))
        finish(4)


def on_primary_create(channel, fmt, width, height, stride, shmid, data):
    state['primary'] = (width, height, stride, data)
    maybe_ready()


def on_mark(channel, mark):
    if mark and not state['framed']:
        state['framed'] = True
        out('FRAME %.1f' % ((time.monotonic() - state['t0']) * 1000))
        if once:
            GLib.timeout_add(200, finish, 0)


def shot(path):
    width, height, stride, data = state['primary']
    raw = ctypes.string_at(data, stride * height)
    rows = []
    for y in range(height):
        row = bytearray(width * 3)
        line = raw[y * stride:y * stride + width * 4]
        row[0::3] = line[2::4]
        row[1::3] = line[1::4]
        row[2::3] = line[0::4]
        rows.append(bytes(row))
    with open(path + '.tmp', 'wb') as f:
        f.write(b'P6 %d %d 255 ' % (width, height))
        f.write(b''.join(rows))
    os.rename(path + '.tmp', path)
    out('SHOT')


def on_stdin(source, condition):
    line = sys.stdin.readline()
    if not line:
        return finish(0)
    cmd, _, arg = line.strip().partition(' ')
    if cmd == 'shot':
        shot(arg)
    elif cmd == 'quit':
        finish(0)
        return False
    return True


def on_channel_new(sess, channel):
    GObject.Object.connect(channel, 'channel-event', on_event)
    if isinstance(channel, S.DisplayChannel):
        GObject.Object.connect(channel, 'display-primary-create', on_primary_create)
        GObject.Object.connect(channel, 'display-mark', on_mark)
    if channel.props.channel_type != 1:
        channel.connect()


GObject.Object.connect(session, 'channel-new', on_channel_new)
GLib.io_add_watch(GLib.IOChannel.unix_new(0), GLib.PRIORITY_DEFAULT, GLib.IOCondition.IN | GLib.IOCondition.HUP,
                  on_stdin)
state['t0'] = time.monotonic()
session.connect()
GLib.timeout_add(60000, lambda: state['ready'] or (out('TIMEOUT opened=%s' % sorted(state['opened'])), finish(6)))
loop.run()
session.disconnect()
sys.exit(state['code'])
