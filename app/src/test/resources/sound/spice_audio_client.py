#!/usr/bin/python3
"""A spice-gtk (SpiceClientGLib) client that records what its playback channel delivers and can send a file on its
record channel.

usage: spice_audio_client.py HOST PORT OUT.raw [RECORD.raw]

Writes every 'playback-data' payload to OUT.raw (S16LE as spice-gtk hands it over, Opus already decoded) and, per
payload, a line "T BYTES" to OUT.raw.times (T: CLOCK_MONOTONIC seconds at delivery, the same clock as the test's).
Prints PLAYBACK-OPEN, RECORD-OPEN, PLAYBACK-START fmt ch freq, PLAYBACK-STOP, RECORD-START fmt ch freq,
RECORD-SENT bytes, RECORD-STOP. When the server asks for the microphone (record-start) RECORD.raw is sent in 10 ms
frames at real-time pace, with a line "T OFFSET" per frame in RECORD.raw.sent. Exits when stdin closes.
"""
import ctypes
import sys
import time

import gi
gi.require_version('SpiceClientGLib', '2.0')
from gi.repository import GLib, GObject, SpiceClientGLib  # noqa: E402

on = GObject.Object.connect

host, port, out_path = sys.argv[1], sys.argv[2], sys.argv[3]
record_path = sys.argv[4] if len(sys.argv) > 4 else None
out = open(out_path, 'wb')
times = open(out_path + '.times', 'w')
loop = GLib.MainLoop()
session = SpiceClientGLib.Session()
session.set_property('uri', 'spice://%s:%s' % (host, port))
keep = []
record_state = {'timer': None, 'data': b'', 'pos': 0}


def say(*words):
    print(' '.join(str(w) for w in words), flush=True)


def on_playback_data(channel, data, size):
    stamp = time.clock_gettime(time.CLOCK_MONOTONIC)
    out.write(ctypes.string_at(data, size))
    out.flush()
    times.write('%.6f %d\n' % (stamp, size))
    times.flush()


def send_record_frame(channel):
    st = record_state
    chunk = st['data'][st['pos']:st['pos'] + 1920]
    if not chunk:
        say('RECORD-SENT', st['pos'])
        st['timer'] = None
        st['sent'].flush()
        return False
    buf = ctypes.create_string_buffer(chunk, len(chunk))
    st['sent'].write('%.6f %d\n' % (time.clock_gettime(time.CLOCK_MONOTONIC), st['pos']))
    channel.send_data(ctypes.addressof(buf), len(chunk), 0)
    st['pos'] += len(chunk)
    return True


def on_record_start(channel, fmt, channels, freq):
    say('RECORD-START', fmt, channels, freq)
    if record_path and record_state['timer'] is None:
        record_state['data'] = open(record_path, 'rb').read()
        record_state['pos'] = 0
        record_state['sent'] = open(record_path + '.sent', 'w')
        record_state['timer'] = GLib.timeout_add(10, send_record_frame, channel)


def on_record_stop(channel):
    say('RECORD-STOP')
    if record_state['timer'] is not None:
        GLib.source_remove(record_state['timer'])
        record_state['timer'] = None


def on_event(channel, event, kind):
    if event == SpiceClientGLib.ChannelEvent.OPENED:
        say(kind + '-OPEN')
    elif event in (SpiceClientGLib.ChannelEvent.ERROR_CONNECT, SpiceClientGLib.ChannelEvent.ERROR_LINK,
                   SpiceClientGLib.ChannelEvent.ERROR_IO, SpiceClientGLib.ChannelEvent.ERROR_AUTH):
        say('ERROR', kind, event)


def on_channel(session, channel):
    keep.append(channel)
    if isinstance(channel, SpiceClientGLib.PlaybackChannel):
        on(channel, 'playback-start', lambda c, f, ch, fr: say('PLAYBACK-START', f, ch, fr))
        on(channel, 'playback-data', on_playback_data)
        on(channel, 'playback-stop', lambda c: say('PLAYBACK-STOP'))
        on(channel, 'channel-event', on_event, 'PLAYBACK')
        channel.connect()
    elif isinstance(channel, SpiceClientGLib.RecordChannel):
        on(channel, 'record-start', on_record_start)
        on(channel, 'record-stop', on_record_stop)
        on(channel, 'channel-event', on_event, 'RECORD')
        channel.connect()


def on_stdin(source, condition):
    if not sys.stdin.readline():
        loop.quit()
        return False
    return True


on(session, 'channel-new', on_channel)
GLib.io_add_watch(sys.stdin.fileno(), GLib.IO_IN | GLib.IO_HUP, on_stdin)
session.connect()
loop.run()
out.close()
times.close()
