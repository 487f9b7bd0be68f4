package org.sumac.app.desktop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.sumac.app.testing.TestOutput;

/**
 * A spice-gtk client (SpiceClientGLib via python3-gi) that connects only the main channel and drives the agent's
 * clipboard: it grabs selections with data from files, answers (or ignores) the agent's requests, and requests
 * what the agent grabbed into files. The Python side is written out from {@link #SCRIPT}.
 */
final class ClipboardSpiceClient implements AutoCloseable {
    /** VD_AGENT_CLIPBOARD_* types and selections. */
    static final int UTF8_TEXT = 1, IMAGE_PNG = 2, CLIPBOARD = 0, PRIMARY = 1;

    private final Process process;
    private final Writer stdin;
    private final LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = Collections.synchronizedList(new ArrayList<>());
    private final Path stderr;

    private ClipboardSpiceClient(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
        this.stdin = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread.ofPlatform().daemon().name("clipboard-spice-client-out").start(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) lines.add(line);
            } catch (IOException e) {
                lines.add("EOF " + e);
            }
            lines.add("EOF");
        });
    }

    /** Connects and waits until the agent told its capabilities (before that, spice-gtk drops grabs). */
    static ClipboardSpiceClient connect(int port) {
        try {
            Path dir = TestOutput.dir("spice-clients");
            Path script = dir.resolve("spice_clipboard_client.py");
            Files.writeString(script, SCRIPT);
            Path err = dir.resolve("clipboard-client-" + System.nanoTime() + ".err");
            Process p = new ProcessBuilder("/usr/bin/python3", script.toString(), "127.0.0.1", String.valueOf(port))
                .redirectError(err.toFile()).start();
            ClipboardSpiceClient client = new ClipboardSpiceClient(p, err);
            client.await("READY", Duration.ofSeconds(40));
            return client;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for a line starting with {@code prefix} (lines before it are kept in {@link #seen}). */
    String await(String prefix, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                String line = left <= 0 ? null : lines.poll(left, TimeUnit.NANOSECONDS);
                if (line == null) {
                    throw new AssertionError("spice-gtk client: no " + prefix + " within " + timeout + "; lines " + seen
                        + "; stderr: " + stderrText());
                }
                seen.add(line);
                if (line.startsWith(prefix)) return line;
                if (line.startsWith("ERROR") || line.startsWith("TIMEOUT") || line.startsWith("EOF")) {
                    throw new AssertionError("spice-gtk client: " + line + "; stderr: " + stderrText());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Lines printed so far (GRAB, RELEASE, REQUEST, DATA ...). */
    List<String> seen() {
        synchronized (seen) {
            return List.copyOf(seen);
        }
    }

    void send(String command) {
        try {
            stdin.write(command + "\n");
            stdin.flush();
        } catch (IOException e) {
            throw new AssertionError("spice-gtk client gone (" + e + "); stderr: " + stderrText());
        }
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
        try {
            return Files.exists(stderr) ? Files.readString(stderr, StandardCharsets.ISO_8859_1) : "";
        } catch (IOException e) {
            return "(unreadable)";
        }
    }

    @Override
    public void close() {
        try {
            send("quit");
            if (!process.waitFor(5, TimeUnit.SECONDS)) process.destroyForcibly();
        } catch (AssertionError | InterruptedException e) {
            process.destroyForcibly();
        }
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
