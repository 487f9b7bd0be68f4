package org.sumac.app.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.sumac.app.testing.TestOutput;

/**
 * A stock spice-gtk client (SpiceClientGLib through python3-gi) that logs in with a user name and password, as
 * remote-viewer does: SASL (cyrus-sasl's PLAIN) over TLS on the service's port, trusting its ca-cert.pem. It prints
 * READY once every channel is open, FRAME with the milliseconds from connect() to the first frame (the display
 * channel's mark), ERROR with the channel event when something fails, and CLOSED when the server ends it.
 */
final class LoginClient implements AutoCloseable {
    private final Process process;
    private final Writer stdin;
    private final Path stderr;
    private final LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
    final List<String> seen = new CopyOnWriteArrayList<>();

    private LoginClient(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
        this.stdin = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread.ofPlatform().daemon().name("login-client-out").start(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    seen.add(line);
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("EOF " + e);
            }
            lines.add("EOF");
        });
    }

    /** Starts a client; {@code plain} logs in without TLS (spice-gtk then asks for it: NEED_SECURED). */
    static LoginClient start(int port, Path caFile, String user, String password, boolean plain) {
        try {
            Path dir = TestOutput.dir("service-clients");
            Path script = dir.resolve("spice_login_client.py");
            Files.writeString(script, SCRIPT);
            Path err = dir.resolve("client-" + user + "-" + System.nanoTime() + ".err");
            Process p = new ProcessBuilder("/usr/bin/python3", script.toString(), "127.0.0.1", String.valueOf(port),
                    caFile.toString(), user, password, plain ? "plain" : "tls").redirectError(err.toFile()).start();
            return new LoginClient(p, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The first line printed so far, or until the timeout, that starts with any of {@code prefixes}; null if none.
     */
    String await(Duration timeout, String... prefixes) {
        for (String line : seen) {
            for (String p : prefixes) if (line.startsWith(p)) return line;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                String line = left <= 0 ? null : lines.poll(left, TimeUnit.NANOSECONDS);
                if (line == null) return null;
                for (String p : prefixes) if (line.startsWith(p)) return line;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    void send(String command) {
        try {
            stdin.write(command + "\n");
            stdin.flush();
        } catch (IOException e) {
            // the client is gone; await() tells
        }
    }

    boolean exited(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    String stderrText() {
        try {
            return Files.exists(stderr) ? Files.readString(stderr) : "";
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Override
    public void close() {
        send("quit");
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static final String SCRIPT = """
#!/usr/bin/python3
# Usage: spice_login_client.py HOST PORT CA_FILE USER PASSWORD tls|plain; stdin: "shot PATH", "quit".
import ctypes
import os
import sys
import time
import gi
gi.require_version('SpiceClientGLib', '2.0')
from gi.repository import SpiceClientGLib as S, GLib, GObject

host, port, ca, user, password, mode = sys.argv[1:7]
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
""";
}
