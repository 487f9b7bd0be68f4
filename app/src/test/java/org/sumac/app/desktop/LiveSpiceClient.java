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
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.sumac.app.testing.TestOutput;
import org.sumac.app.testing.XwdImage;

/**
 * A spice-gtk client (SpiceClientGLib via python3-gi) that stays connected: the test reads what it shows (its
 * primary surface, updated by every frame the server sends) and sends keys and pointer events through its
 * inputs channel. The Python side is written out from {@link #SCRIPT}.
 */
public final class LiveSpiceClient implements AutoCloseable {
    private final Process process;
    private final Writer stdin;
    private final LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> allLines = new ArrayList<>();
    private final Path stderr;
    private volatile String lastCursor;
    /** The inputs channel's key-modifiers after the server's last lock message, or -1 before the first. */
    private volatile int lastModifiers = -1;
    /** How many lock messages (INIT included) the server sent. */
    private volatile int modifiersMessages;

    private LiveSpiceClient(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
        this.stdin = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread.ofPlatform().daemon().name("live-spice-client-out").start(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) lines.add(line);
            } catch (IOException e) {
                lines.add("EOF " + e);
            }
        });
    }

    /** Connects and waits until all four channels are open and the primary surface exists. */
    public static LiveSpiceClient connect(int port, String password) {
        try {
            Path dir = TestOutput.dir("spice-clients");
            Path script = dir.resolve("spice_desktop_client.py");
            Files.writeString(script, SCRIPT);
            Path err = dir.resolve("live-client-" + System.nanoTime() + ".err");
            List<String> command = new ArrayList<>(List.of("/usr/bin/python3", script.toString(), "127.0.0.1",
                String.valueOf(port)));
            if (password != null) command.add(password);
            Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
            LiveSpiceClient client = new LiveSpiceClient(p, err);
            client.await("READY", Duration.ofSeconds(40));
            return client;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for a line starting with {@code prefix}; fails on other protocol lines or timeout. */
    String await(String prefix, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                String line = left <= 0 ? null : lines.poll(left, TimeUnit.NANOSECONDS);
                if (line == null) {
                    throw new AssertionError("spice-gtk client: no " + prefix + " within " + timeout + "; lines "
                        + allLines + "; stderr: " + stderrText());
                }
                record(line);
                if (line.startsWith(prefix)) return line;
                if (line.startsWith("ERROR") || line.startsWith("TIMEOUT") || line.startsWith("EOF")
                        || line.startsWith("KEYS TIMEOUT")) {
                    throw new AssertionError("spice-gtk client: " + line + "; stderr: " + stderrText());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits for exactly this line, which may also have arrived while waiting for something else. */
    void awaitSeen(String line, Duration timeout) {
        if (allLines.contains(line)) return;
        while (!await(line, timeout).equals(line)) {
            // a longer line with the same start: keep waiting
        }
    }

    private void send(String command) {
        try {
            stdin.write(command + "\n");
            stdin.flush();
        } catch (IOException e) {
            throw new AssertionError("spice-gtk client gone (" + e + "); stderr: " + stderrText());
        }
    }

    /** What the client shows now. */
    public XwdImage shot(String label) {
        Path file = TestOutput.dir("captures").resolve(TestOutput.safeName(label) + "-" + System.nanoTime()
            + "-live.ppm");
        send("shot " + file);
        await("SHOT", Duration.ofSeconds(20));
        try {
            return SpiceClientSupport.readPpm(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends input events (see the script's comment for the syntax) and waits until all went out. */
    public void input(String events, Duration timeout) {
        send("keys " + events);
        await("KEYS DONE", timeout);
    }

    /** Asks for a mouse mode (1 server, 2 client) and waits until the server confirmed it. */
    void mouseMode(int mode) {
        send("mode " + mode);
        await("MOUSE_MODE " + mode, Duration.ofSeconds(10));
    }

    /** Waits until the client's cursor is something other than {@code current}. */
    /** The last cursor the client reported ("width height hotX hotY opaquePixels"), or null before the first. */
    String cursor() {
        return lastCursor;
    }

    void awaitCursorChange(String current, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (current.equals(lastCursor) || lastCursor == null) {
            if (System.nanoTime() > deadline) throw new AssertionError("client cursor stayed " + lastCursor);
            poll();
        }
    }

    private void poll() {
        try {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line != null) record(line);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Keeps a line the client printed and follows the state it reports. */
    private void record(String line) {
        allLines.add(line);
        if (line.startsWith("CURSOR ")) lastCursor = line.substring(7);
        if (line.startsWith("MODIFIERS ")) {
            lastModifiers = Integer.parseInt(line.substring(10).trim());
            modifiersMessages++;
        }
    }

    /** Makes spice-gtk send its lock keys (SPICE_INPUTS_*_LOCK: scroll 1, num 2, caps 4) to the server. */
    void setKeyLocks(int locks) {
        send("locks " + locks);
        await("LOCKS SENT", Duration.ofSeconds(10));
    }

    /** The inputs channel's key-modifiers property as spice-gtk has it now. */
    int keyModifiers() {
        send("modifiers");
        String line = await("KEY_MODIFIERS ", Duration.ofSeconds(10));
        return Integer.parseInt(line.substring(14).trim());
    }

    /** Lock messages (MSG_INPUTS_INIT and KEY_MODIFIERS) received so far. */
    int modifiersMessages() {
        return modifiersMessages;
    }

    /** Waits until the server's last lock message said {@code expected} (SPICE_INPUTS_*_LOCK bits). */
    void awaitModifiers(int expected, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (lastModifiers != expected) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("client key-modifiers " + lastModifiers + ", expected " + expected + "; lines "
                    + allLines);
            }
            poll();
        }
    }

    /** Reads what the client printed for {@code duration} (to see that nothing more arrives). */
    void drain(Duration duration) {
        long deadline = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < deadline) poll();
    }

    /** Waits until the latest cursor the client got is "width height hotX hotY opaquePixels". */
    void awaitCursor(String expected, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!expected.equals(lastCursor)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("client cursor " + lastCursor + ", expected " + expected + "; lines " + allLines);
            }
            try {
                String line = lines.poll(100, TimeUnit.MILLISECONDS);
                if (line != null) record(line);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    String stderrText() {
        try {
            return Files.exists(stderr) ? Files.readString(stderr, StandardCharsets.ISO_8859_1) : "";
        } catch (IOException e) {
            return "(unreadable)";
        }
    }

    /** Kills the client process at once (no orderly disconnect). */
    void kill() {
        process.destroyForcibly();
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
# A live spice-gtk client (SpiceClientGLib through GObject introspection) driven by stdin lines.
#
# Usage: spice_desktop_client.py HOST PORT [PASSWORD]
# Prints READY once main, display, inputs and cursor are open and the primary surface exists. Commands:
#   shot PATH    write the client's current primary surface to PATH as a binary PPM; prints "SHOT"
#   keys EVENTS  send input events (space separated), 15 ms apart; prints "KEYS DONE". Events:
#                d:HEX key press, u:HEX key release (spice-gtk scancodes: 0x100|code for E0 keys),
#                p:X:Y absolute pointer position, b:N:MASK button press, r:N:MASK button release,
#                w:PATH wait until the file exists (up to 20 s), s:MS sleep
#   mode N       ask for mouse mode N (1 server, 2 client); the answer shows as "MOUSE_MODE N"
#   locks N      send lock keys N (scroll 1, num 2, caps 4) to the server; prints "LOCKS SENT"
#   modifiers    print the inputs channel's key-modifiers property as "KEY_MODIFIERS N"
#   quit         disconnect and exit 0
# Whenever the server sets a cursor it prints "CURSOR width height hotX hotY opaquePixels"; when it moves the
# pointer (server mouse mode) "MOVE x y"; when it sends its lock keys (inputs INIT or KEY_MODIFIERS) "MODIFIERS N".
import ctypes
import os
import sys
import gi
gi.require_version('SpiceClientGLib', '2.0')
from gi.repository import SpiceClientGLib as S, GLib, GObject

host, port = sys.argv[1], sys.argv[2]
password = sys.argv[3] if len(sys.argv) > 3 else None
loop = GLib.MainLoop()
session = S.Session()
session.props.host = host
session.props.port = port
if password:
    session.props.password = password
state = {'opened': set(), 'primary': None, 'inputs': None, 'ready': False, 'code': 1}


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
    elif event in (S.ChannelEvent.ERROR_CONNECT, S.ChannelEvent.ERROR_LINK, S.ChannelEvent.ERROR_IO,
                   S.ChannelEvent.ERROR_AUTH, S.ChannelEvent.ERROR_TLS):
        out('ERROR ' + event.value_nick + ' channel ' + str(channel.props.channel_type))
        finish(4)


def on_primary_create(channel, fmt, width, height, stride, shmid, data):
    state['primary'] = (width, height, stride, data)
    maybe_ready()


def on_cursor_set(channel, width, height, hot_x, hot_y, rgba):
    opaque = 0
    if rgba:
        data = ctypes.string_at(rgba, width * height * 4)
        opaque = sum(1 for k in range(3, len(data), 4) if data[k] != 0)
    out('CURSOR %d %d %d %d %d' % (width, height, hot_x, hot_y, opaque))


def on_cursor_move(channel, x, y):
    out('MOVE %d %d' % (x, y))


def on_inputs_modifiers(channel):
    out('MODIFIERS %d' % channel.props.key_modifiers)


def on_mouse_update(channel):
    out('MOUSE_MODE %d' % channel.props.mouse_mode)


def on_primary_destroy(channel):
    state['primary'] = None


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


def run_events(events, index, waited=0):
    i = state['inputs']
    while index < len(events):
        kind, _, arg = events[index].partition(':')
        if kind == 'w':
            if not os.path.exists(arg):
                if waited > 2000:
                    out('KEYS TIMEOUT waiting for ' + arg)
                    return False
                GLib.timeout_add(10, run_events, events, index, waited + 1)
                return False
        elif kind == 's':
            GLib.timeout_add(int(arg), run_events, events, index + 1)
            return False
        elif kind == 'd':
            i.key_press(int(arg, 16))
        elif kind == 'u':
            i.key_release(int(arg, 16))
        elif kind == 'p':
            x, y = arg.split(':')
            i.position(int(x), int(y), 0, 0)
        elif kind == 'm':
            dx, dy = arg.split(':')
            i.motion(int(dx), int(dy), 0)
        elif kind == 'b':
            n, mask = arg.split(':')
            i.button_press(int(n), int(mask))
        elif kind == 'r':
            n, mask = arg.split(':')
            i.button_release(int(n), int(mask))
        index += 1
        GLib.timeout_add(15, run_events, events, index)
        return False
    out('KEYS DONE')
    return False


def on_stdin(source, condition):
    line = sys.stdin.readline()
    if not line:
        return finish(0)
    cmd, _, arg = line.strip().partition(' ')
    if cmd == 'shot':
        shot(arg)
    elif cmd == 'keys':
        GLib.idle_add(run_events, arg.split(), 0)
    elif cmd == 'mode':
        state['main'].request_mouse_mode(int(arg))
    elif cmd == 'locks':
        state['inputs'].set_key_locks(int(arg))
        out('LOCKS SENT')
    elif cmd == 'modifiers':
        out('KEY_MODIFIERS %d' % state['inputs'].props.key_modifiers)
    elif cmd == 'quit':
        finish(0)
        return False
    return True


def on_channel_new(sess, channel):
    GObject.Object.connect(channel, 'channel-event', on_event)
    if isinstance(channel, S.DisplayChannel):
        GObject.Object.connect(channel, 'display-primary-create', on_primary_create)
        GObject.Object.connect(channel, 'display-primary-destroy', on_primary_destroy)
    if isinstance(channel, S.CursorChannel):
        GObject.Object.connect(channel, 'cursor-set', on_cursor_set)
        GObject.Object.connect(channel, 'cursor-move', on_cursor_move)
    if isinstance(channel, S.MainChannel):
        state['main'] = channel
        GObject.Object.connect(channel, 'main-mouse-update', on_mouse_update)
    if isinstance(channel, S.InputsChannel):
        state['inputs'] = channel
        GObject.Object.connect(channel, 'inputs-modifiers', on_inputs_modifiers)
    if channel.props.channel_type != 1:
        channel.connect()


GObject.Object.connect(session, 'channel-new', on_channel_new)
GLib.io_add_watch(GLib.IOChannel.unix_new(0), GLib.PRIORITY_DEFAULT, GLib.IOCondition.IN | GLib.IOCondition.HUP,
                  on_stdin)
session.connect()
GLib.timeout_add(30000, lambda: state['ready'] or (out('TIMEOUT opened=%s' % sorted(state['opened'])), finish(6)))
loop.run()
session.disconnect()
sys.exit(state['code'])
""";
}
