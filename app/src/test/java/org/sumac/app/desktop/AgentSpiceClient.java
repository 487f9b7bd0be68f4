package org.sumac.app.desktop;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.sumac.app.testing.TestOutput;
import org.sumac.app.testing.XwdImage;

/**
 * A spice-gtk client (SpiceClientGLib via python3-gi, resources/agent/spice_agent_client.py) that uses the agent:
 * it sends monitor configs and copies files, and shows the primary surface.
 */
final class AgentSpiceClient implements AutoCloseable {
    private final ScriptedSpiceClient client;

    private AgentSpiceClient(ScriptedSpiceClient client) {
        this.client = client;
    }

    /** Connects and waits until the surface exists and the agent announced its capabilities. */
    static AgentSpiceClient connect(int port) {
        try (InputStream in = AgentSpiceClient.class.getResourceAsStream("/agent/spice_agent_client.py")) {
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new AgentSpiceClient(
                ScriptedSpiceClient.start("agent-client", "spice_agent_client.py", script, port));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for a line starting with {@code prefix}; fails on errors, end or timeout. */
    String await(String prefix, Duration timeout) {
        return client.await(prefix, timeout);
    }

    /** Lines the client printed so far. */
    List<String> seen() {
        return client.seen();
    }

    void send(String command) {
        client.send(command);
    }

    /** Sends the client's monitors, each {x, y, width, height}. */
    void monitors(int[]... monitors) {
        StringBuilder b = new StringBuilder("monitors");
        for (int[] m : monitors) b.append(' ').append(m[0]).append(',').append(m[1]).append(',').append(m[2])
            .append(',').append(m[3]);
        send(b.toString());
        await("MONITORS SENT", Duration.ofSeconds(10));
    }

    /** What the client shows now. */
    XwdImage shot(String label) {
        Path file = TestOutput.dir("captures").resolve(TestOutput.safeName(label) + "-" + System.nanoTime() + ".ppm");
        send("shot " + file);
        await("SHOT", Duration.ofSeconds(20));
        try {
            return SpiceClientSupport.readPpm(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a file to the desktop; the client's "COPY ..." line. */
    String copy(Path file, Duration timeout) {
        send("copy " + file);
        return await("COPY", timeout);
    }

    /** Copies a file and cancels once {@code bytes} were sent; the client's "COPY ..." line. */
    String copyCancelled(Path file, long bytes, Duration timeout) {
        send("cancel " + file + " " + bytes);
        return await("COPY", timeout);
    }

    /** Starts copying a file and returns once {@code bytes} were sent, the copy still going. */
    void copyUntil(Path file, long bytes, Duration timeout) {
        send("hold " + file + " " + bytes);
        await("SENT", timeout);
    }

    String stderrText() {
        return client.stderrText();
    }

    /** Kills the client at once (no orderly disconnect). */
    void kill() {
        client.kill();
    }

    @Override
    public void close() {
        client.close();
    }
}
