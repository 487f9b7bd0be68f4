package org.sumac.app.desktop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
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
 * A spice-gtk client written in Python (SpiceClientGLib via python3-gi) driven by a line protocol: commands on its
 * standard input, one result line each on its output ("ERROR", "TIMEOUT" or end of output fail the wait). The agent
 * tests' clients ({@link AgentSpiceClient}, {@link ClipboardSpiceClient}) speak their commands through it.
 */
final class ScriptedSpiceClient implements AutoCloseable {
    private final String name;
    private final Process process;
    private final Writer stdin;
    private final LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final Path stderr;

    private ScriptedSpiceClient(String name, Process process, Path stderr) {
        this.name = name;
        this.process = process;
        this.stderr = stderr;
        this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread.ofPlatform().daemon().name(name + "-out").start(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) lines.add(line);
            } catch (IOException e) {
                lines.add("EOF " + e);
            }
            lines.add("EOF");
        });
    }

    /** Writes {@code script} as {@code fileName}, runs it against 127.0.0.1:{@code port} and waits for its READY. */
    static ScriptedSpiceClient start(String name, String fileName, String script, int port) {
        try {
            Path dir = TestOutput.dir("spice-clients");
            Path file = dir.resolve(fileName);
            Files.writeString(file, script);
            Path err = dir.resolve(name + "-" + System.nanoTime() + ".err");
            Process p = new ProcessBuilder("/usr/bin/python3", file.toString(), "127.0.0.1", String.valueOf(port))
                .redirectError(err.toFile()).start();
            ScriptedSpiceClient client = new ScriptedSpiceClient(name, p, err);
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
                    throw new AssertionError(name + ": no " + prefix + " within " + timeout + "; lines " + seen
                        + "; stderr: " + stderrText());
                }
                seen.add(line);
                if (line.startsWith(prefix)) return line;
                if (line.startsWith("ERROR") || line.startsWith("TIMEOUT") || line.startsWith("EOF")) {
                    throw new AssertionError(name + ": " + line + " (waiting for " + prefix + "); stderr: "
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
        return List.copyOf(seen);
    }

    void send(String command) {
        try {
            stdin.write(command + "\n");
            stdin.flush();
        } catch (IOException e) {
            throw new AssertionError(name + " gone (" + e + "); stderr: " + stderrText());
        }
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
