#!/usr/bin/python3
"""Reads spice-gtk's primary surface pixels while a test changes the server's screen.

Usage: spice_gi_pixels.py HOST PORT [PREFERRED_COMPRESSION]
Prints "READY" once the display is marked. Then, for each stdin line "DUMP <file>", writes the primary
surface (width*height xRGB, 4 bytes little-endian per pixel, rows top to bottom) to <file> and prints
"DUMPED <width> <height>". The pixels are read through ctypes because the introspected SpiceDisplayPrimary
struct has a wrong layout in this typelib.
"""
import ctypes
import sys
import gi
gi.require_version('SpiceClientGLib', '2.0')
from gi.repository import SpiceClientGLib as S, GLib, GObject


class Primary(ctypes.Structure):
    _fields_ = [('format', ctypes.c_int), ('width', ctypes.c_int), ('height', ctypes.c_int),
                ('stride', ctypes.c_int), ('shmid', ctypes.c_int), ('data', ctypes.c_void_p),
                ('marked', ctypes.c_int)]


lib = ctypes.CDLL('libspice-client-glib-2.0.so.8')
lib.spice_display_channel_get_primary.argtypes = [ctypes.c_void_p, ctypes.c_uint32, ctypes.POINTER(Primary)]
lib.spice_display_channel_get_primary.restype = ctypes.c_int
ctypes.pythonapi.PyCapsule_GetPointer.restype = ctypes.c_void_p
ctypes.pythonapi.PyCapsule_GetPointer.argtypes = [ctypes.py_object, ctypes.c_char_p]

loop = GLib.MainLoop()
session = S.Session()
session.props.host = sys.argv[1]
session.props.port = sys.argv[2]
if len(sys.argv) > 3:
    session.props.preferred_compression = int(sys.argv[3])
state = {'display': None, 'ready': False}


def out(line):
    print(line, flush=True)


def on_mark(channel, mark):
    if mark and not state['ready']:
        state['ready'] = True
        state['display'] = channel
        out('READY')


def dump(path):
    channel = state['display']
    pointer = ctypes.pythonapi.PyCapsule_GetPointer(channel.__gpointer__, None)
    p = Primary()
    if not lib.spice_display_channel_get_primary(pointer, 0, ctypes.byref(p)):
        out('DUMPED 0 0')
        return
    rows = []
    for y in range(p.height):
        rows.append(ctypes.string_at(p.data + y * p.stride, p.width * 4))
    with open(path, 'wb') as f:
        f.write(b''.join(rows))
    out('DUMPED %d %d' % (p.width, p.height))


def on_stdin(source, condition):
    line = sys.stdin.readline()
    if not line:
        loop.quit()
        return False
    parts = line.split()
    if parts and parts[0] == 'DUMP':
        dump(parts[1])
    return True


def on_event(channel, event):
    if event in (S.ChannelEvent.ERROR_CONNECT, S.ChannelEvent.ERROR_LINK, S.ChannelEvent.ERROR_IO,
                 S.ChannelEvent.ERROR_AUTH):
        out('ERROR ' + event.value_nick)
        loop.quit()


def on_channel_new(sess, channel):
    GObject.Object.connect(channel, 'channel-event', on_event)
    if isinstance(channel, S.DisplayChannel):
        GObject.Object.connect(channel, 'display-mark', on_mark)
    if channel.props.channel_type in (2,):
        channel.connect()


GObject.Object.connect(session, 'channel-new', on_channel_new)
session.connect()
GLib.io_add_watch(sys.stdin, GLib.IO_IN | GLib.IO_HUP, on_stdin)
GLib.timeout_add(120000, loop.quit)
loop.run()
session.disconnect()
