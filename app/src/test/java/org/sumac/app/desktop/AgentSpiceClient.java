package org.sumac.app.desktop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
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
import org.sumac.app.testing.XwdImage;

/**
 * A spice-gtk client (SpiceClientGLib via python3-gi, resources/agent/spice_agent_client.py) that uses the agent:
 * it sends monitor configs and copies files, and shows the primary surface.
 */
final class AgentSpiceClient implements AutoCloseable {
    private final Process process;
    private final Writer stdin;
    private final LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final Path stderr;

    private AgentSpiceClient(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
        this.stdin = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread.ofPlatform().daemon().name("agent-spice-client-out").start(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) lines.add(line);
            } catch (IOException e) {
                lines.add("EOF " + e);
            }
            lines.add("EOF");
        });
    }

    /** Connects and waits until the surface exists and the agent announced its capabilities. */
    static AgentSpiceClient connect(int port) {
        try {
            Path dir = TestOutput.dir("spice-clients");
            Path script = dir.resolve("spice_agent_client.py");
            try (InputStream in = AgentSpiceClient.class.getResourceAsStream("/agent/spice_agent_client.py")) {
                Files.write(script, in.readAllBytes());
            }
            Path err = dir.resolve("agent-client-" + System.nanoTime() + ".err");
            Process p = new ProcessBuilder("/usr/bin/python3", script.toString(), "127.0.0.1", String.valueOf(port))
                .redirectError(err.toFile()).start();
            AgentSpiceClient client = new AgentSpiceClient(p, err);
            client.await("READY", Duration.ofSeconds(40));
            return client;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for a line starting with {@code prefix}; fails on errors, end or timeout. */
    String await(String prefix, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                String line = left <= 0 ? null : lines.poll(left, TimeUnit.NANOSECONDS);
                if (line == null) {
                    throw new AssertionError("agent client: no " + prefix + " within " + timeout + "; lines " + seen
                        + "; stderr: " + stderrText());
                }
                seen.add(line);
                if (line.startsWith(prefix)) return line;
                if (line.startsWith("ERROR") || line.startsWith("TIMEOUT") || line.startsWith("EOF")) {
                    throw new AssertionError("agent client: " + line + " (waiting for " + prefix + "); stderr: "
                        + stderrText());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Lines the client printed so far. */
    List<String> seen() {
        return seen;
    }

    void send(String command) {
        try {
            stdin.write(command + "\n");
            stdin.flush();
        } catch (IOException e) {
            throw new AssertionError("agent client gone (" + e + "); stderr: " + stderrText());
        }
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
        try {
            return Files.exists(stderr) ? Files.readString(stderr, StandardCharsets.ISO_8859_1) : "";
        } catch (IOException e) {
            return "(unreadable)";
        }
    }

    /** Kills the client at once (no orderly disconnect). */
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
}
