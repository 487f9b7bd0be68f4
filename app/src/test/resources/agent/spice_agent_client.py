#!/usr/bin/python3
# A spice-gtk client (SpiceClientGLib through GObject introspection) that talks to Sumac's built-in agent,
# driven by stdin lines.
#
# Usage: spice_agent_client.py HOST PORT
# Prints "READY" once main and display are open, the primary surface exists and the agent's capabilities
# arrived; "SURFACE w h" whenever a primary surface is made. Commands:
#   monitors X,Y,W,H [X,Y,W,H ...]  the client's monitors (positions kept: display alignment off); prints
#                                   "MONITORS SENT" once spice-gtk sent the MONITORS_CONFIG
#   shot PATH                       the primary surface as a binary PPM at PATH; prints "SHOT"
#   copy PATH                       file_copy_async; prints "COPY OK" or "COPY ERROR <domain> <code> <message>"
#   cancel PATH BYTES               as copy, cancelled (Gio.Cancellable) once BYTES were sent
#   hold PATH BYTES                 as copy, printing "SENT n" once BYTES were sent (the test may then kill it)
#   quit                            disconnect and exit 0
import ctypes
import os
import sys
import gi
gi.require_version('SpiceClientGLib', '2.0')
from gi.repository import SpiceClientGLib as S, GLib, GObject, Gio

host, port = sys.argv[1], sys.argv[2]
loop = GLib.MainLoop()
session = S.Session()
session.props.host = host
session.props.port = port
state = {'opened': set(), 'primary': None, 'main': None, 'ready': False, 'code': 1, 'monitors': 0}
CAP_MONITORS_CONFIG = 1


def out(line):
    print(line, flush=True)


def finish(code):
    state['code'] = code
    loop.quit()
    return False


def maybe_ready():
    main = state['main']
    if (not state['ready'] and {1, 2} <= state['opened'] and state['primary'] is not None and main is not None
            and main.props.agent_connected and main.agent_test_capability(CAP_MONITORS_CONFIG)):
        state['ready'] = True
        out('READY')


def on_event(channel, event):
    if event == S.ChannelEvent.OPENED:
        state['opened'].add(channel.props.channel_type)
        maybe_ready()
    elif event in (S.ChannelEvent.ERROR_CONNECT, S.ChannelEvent.ERROR_LINK, S.ChannelEvent.ERROR_IO,
                   S.ChannelEvent.ERROR_AUTH, S.ChannelEvent.ERROR_TLS):
        out('ERROR ' + event.value_nick + ' channel ' + str(channel.props.channel_type))
        finish(4)


def on_primary_create(channel, fmt, width, height, stride, shmid, data):
    state['primary'] = (width, height, stride, data)
    out('SURFACE %d %d' % (width, height))
    maybe_ready()


def on_primary_destroy(channel):
    state['primary'] = None


def on_agent_update(channel):
    maybe_ready()


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


def monitors(specs):
    main = state['main']
    for i, spec in enumerate(specs):
        x, y, w, h = (int(v) for v in spec.split(','))
        main.update_display_enabled(i, True, False)
        main.update_display(i, x, y, w, h, False)
    for i in range(len(specs), state['monitors']):
        main.update_display_enabled(i, False, False)
    state['monitors'] = len(specs)
    out('MONITORS SENT' if main.send_monitor_config() else 'MONITORS NOT SENT')


def copy(path, cancel_at=None, report_at=None):
    cancellable = Gio.Cancellable()
    state['watch'] = (cancellable, cancel_at, report_at, [])

    def done(channel, result, data=None):
        try:
            channel.file_copy_finish(result)
            out('COPY OK')
        except GLib.Error as e:
            out('COPY ERROR %s %d %s' % (e.domain, e.code, e.message.replace('\n', ' ')))

    # progress through the task's properties: a Python progress callback does not outlive this call
    state['main'].file_copy_async([Gio.File.new_for_path(path)], Gio.FileCopyFlags.NONE, cancellable, None, None,
                                  done, None)


def on_new_transfer(channel, task):
    GObject.Object.connect(task, 'notify::transferred-bytes', on_progress)


def on_progress(task, pspec):
    cancellable, cancel_at, report_at, reported = state['watch']
    current = task.props.transferred_bytes
    if cancel_at is not None and current >= cancel_at and not cancellable.is_cancelled():
        out('CANCELLING at %d' % current)
        cancellable.cancel()
    if report_at is not None and current >= report_at and not reported:
        reported.append(current)
        out('SENT %d' % current)


def on_stdin(source, condition):
    line = sys.stdin.readline()
    if not line:
        return finish(0)
    cmd, _, arg = line.strip().partition(' ')
    if cmd == 'monitors':
        monitors(arg.split())
    elif cmd == 'shot':
        shot(arg)
    elif cmd == 'copy':
        copy(arg)
    elif cmd == 'cancel':
        path, at = arg.rsplit(' ', 1)
        copy(path, int(at))
    elif cmd == 'hold':
        path, at = arg.rsplit(' ', 1)
        copy(path, None, int(at))
    elif cmd == 'quit':
        finish(0)
        return False
    return True


def on_channel_new(sess, channel):
    GObject.Object.connect(channel, 'channel-event', on_event)
    if isinstance(channel, S.DisplayChannel):
        GObject.Object.connect(channel, 'display-primary-create', on_primary_create)
        GObject.Object.connect(channel, 'display-primary-destroy', on_primary_destroy)
        channel.connect()
    if isinstance(channel, S.MainChannel):
        state['main'] = channel
        # the client's positions as given (USE_POS, no left-to-right alignment)
        channel.props.disable_display_position = False
        channel.props.disable_display_align = True
        GObject.Object.connect(channel, 'main-agent-update', on_agent_update)
        GObject.Object.connect(channel, 'new-file-transfer', on_new_transfer)


GObject.Object.connect(session, 'channel-new', on_channel_new)
GLib.io_add_watch(GLib.IOChannel.unix_new(0), GLib.PRIORITY_DEFAULT, GLib.IOCondition.IN | GLib.IOCondition.HUP,
                  on_stdin)
session.connect()
GLib.timeout_add(30000, lambda: state['ready'] or (out('TIMEOUT opened=%s' % sorted(state['opened'])), finish(6)))
loop.run()
session.disconnect()
sys.exit(state['code'])
