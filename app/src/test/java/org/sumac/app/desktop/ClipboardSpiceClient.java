package org.sumac.app.desktop;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A spice-gtk client (SpiceClientGLib via python3-gi) that connects only the main channel and drives the agent's
 * clipboard: it grabs selections with data from files, answers (or ignores) the agent's requests, and requests
 * what the agent grabbed into files. The Python side is written out from {@link #SCRIPT}.
 */
final class ClipboardSpiceClient implements AutoCloseable {
    /** VD_AGENT_CLIPBOARD_* types and selections. */
    static final int UTF8_TEXT = 1, IMAGE_PNG = 2, CLIPBOARD = 0, PRIMARY = 1;

    private final ScriptedSpiceClient client;

    private ClipboardSpiceClient(ScriptedSpiceClient client) {
        this.client = client;
    }

    /** Connects and waits until the agent told its capabilities (before that, spice-gtk drops grabs). */
    static ClipboardSpiceClient connect(int port) {
        return new ClipboardSpiceClient(
            ScriptedSpiceClient.start("clipboard-client", "spice_clipboard_client.py", SCRIPT, port));
    }

    /** Waits for a line starting with {@code prefix} (lines before it are kept in {@link #seen}). */
    String await(String prefix, Duration timeout) {
        return client.await(prefix, timeout);
    }

    /** Lines printed so far (GRAB, RELEASE, REQUEST, DATA ...). */
    List<String> seen() {
        return client.seen();
    }

    void send(String command) {
        client.send(command);
    }

    /** Grabs a selection offering {@code type}; the agent's requests for it are answered with the file's bytes. */
    void grab(int selection, int type, Path data) {
        send("grab " + selection + " " + type + " " + data);
        await("GRABBED", Duration.ofSeconds(10));
    }

    /** Grabs a selection and never answers the agent's requests for it. */
    void grabAndIgnore(int selection, int type) {
        send("grab " + selection + " " + type + " -");
        await("GRABBED", Duration.ofSeconds(10));
    }

    /** Grabs a selection {@code n} times in a row as fast as spice-gtk sends. */
    void flood(int selection, int type, Path data, int n) {
        send("flood " + selection + " " + type + " " + data + " " + n);
        await("FLOODED", Duration.ofSeconds(30));
    }

    /** Asks the agent for a selection's data of {@code type}; returns the "DATA sel type size" line, the bytes in file. */
    String request(int selection, int type, Path into, Duration timeout) {
        send("request " + selection + " " + type + " " + into);
        return await("DATA " + selection + " ", timeout);
    }

    String stderrText() {
        return client.stderrText();
    }

    @Override
    public void close() {
        client.close();
    }

    static final String SCRIPT = """
#!/usr/bin/python3
# A spice-gtk clipboard client (SpiceClientGLib through GObject introspection), main channel only, driven by stdin.
#
# Usage: spice_clipboard_client.py HOST PORT
# Prints READY once the agent announced its capabilities. Commands:
#   grab SEL TYPE PATH   grab selection SEL offering TYPE; requests are answered with PATH's bytes ("-": never)
#   flood SEL TYPE PATH N  grab N times in a row, answering with PATH's bytes; prints FLOODED
#   request SEL TYPE PATH  ask the agent for SEL's data of TYPE; writes it to PATH, prints "DATA SEL TYPE SIZE"
#   release SEL          release selection SEL
#   quit                 disconnect and exit 0
# Prints "GRAB SEL T1,T2" and "RELEASE SEL" for the agent's grabs and releases, "REQUEST SEL TYPE" for its requests.
import ctypes
import sys
import gi
gi.require_version('SpiceClientGLib', '2.0')
from gi.repository import SpiceClientGLib as S, GLib, GObject

host, port = sys.argv[1], sys.argv[2]
loop = GLib.MainLoop()
session = S.Session()
session.props.host = host
session.props.port = port
state = {'main': None, 'ready': False, 'serve': {}, 'into': {}, 'code': 1}


def out(line):
    print(line, flush=True)


def finish(code):
    state['code'] = code
    loop.quit()
    return False


def check_ready():
    m = state['main']
    if not state['ready'] and m is not None and m.props.agent_connected and m.agent_test_capability(5):
        state['ready'] = True
        out('READY')
        return False
    return not state['ready']


def on_event(channel, event):
    if event in (S.ChannelEvent.ERROR_CONNECT, S.ChannelEvent.ERROR_LINK, S.ChannelEvent.ERROR_IO,
                 S.ChannelEvent.ERROR_AUTH, S.ChannelEvent.ERROR_TLS):
        out('ERROR ' + event.value_nick)
        finish(4)


def on_grab(channel, selection, types, ntypes):
    if isinstance(types, int):
        t = list((ctypes.c_uint32 * ntypes).from_address(types)) if ntypes else []
    else:
        t = list(types or [])[:ntypes]
    out('GRAB %d %s' % (selection, ','.join(str(x) for x in t)))
    return True


def on_release(channel, selection):
    out('RELEASE %d' % selection)


def on_request(channel, selection, type_):
    out('REQUEST %d %d' % (selection, type_))
    path = state['serve'].get(selection)
    if path and path != '-':
        with open(path, 'rb') as f:
            data = f.read()
        channel.clipboard_selection_notify(selection, type_, data)
    return True


def on_data(channel, selection, type_, data, size):
    if not size:
        raw = b''
    elif isinstance(data, int):
        raw = ctypes.string_at(data, size)
    else:
        raw = bytes(data)[:size]
    path = state['into'].pop(selection, None)
    if path:
        with open(path, 'wb') as f:
            f.write(raw)
    out('DATA %d %d %d' % (selection, type_, size))


def on_stdin(source, condition):
    line = sys.stdin.readline()
    if not line:
        return finish(0)
    args = line.split()
    if not args:
        return True
    cmd = args[0]
    m = state['main']
    if cmd == 'grab':
        sel, typ, path = int(args[1]), int(args[2]), args[3]
        state['serve'][sel] = path
        m.clipboard_selection_grab(sel, [typ])
        out('GRABBED')
    elif cmd == 'flood':
        sel, typ, path, n = int(args[1]), int(args[2]), args[3], int(args[4])
        state['serve'][sel] = path
        for _ in range(n):
            m.clipboard_selection_grab(sel, [typ])
        out('FLOODED')
    elif cmd == 'request':
        sel, typ, path = int(args[1]), int(args[2]), args[3]
        state['into'][sel] = path
        m.clipboard_selection_request(sel, typ)
    elif cmd == 'release':
        m.clipboard_selection_release(int(args[1]))
        out('RELEASED')
    elif cmd == 'quit':
        finish(0)
        return False
    return True


def on_channel_new(sess, channel):
    if isinstance(channel, S.MainChannel):
        state['main'] = channel
        GObject.Object.connect(channel, 'channel-event', on_event)
        GObject.Object.connect(channel, 'main-clipboard-selection-grab', on_grab)
        GObject.Object.connect(channel, 'main-clipboard-selection-release', on_release)
        GObject.Object.connect(channel, 'main-clipboard-selection-request', on_request)
        GObject.Object.connect(channel, 'main-clipboard-selection', on_data)
        GLib.timeout_add(20, check_ready)


GObject.Object.connect(session, 'channel-new', on_channel_new)
GLib.io_add_watch(GLib.IOChannel.unix_new(0), GLib.PRIORITY_DEFAULT, GLib.IOCondition.IN | GLib.IOCondition.HUP,
                  on_stdin)
session.connect()
GLib.timeout_add(30000, lambda: state['ready'] or (out('TIMEOUT'), finish(6)))
loop.run()
session.disconnect()
sys.exit(state['code'])
""";
}
