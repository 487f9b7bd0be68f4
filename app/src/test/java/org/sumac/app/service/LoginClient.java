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
            Path script = SCRIPT;
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

    /** The client, shared with bin/bench-service. */
    static final Path SCRIPT = Path.of("../bench/service/spice_login_client.py").toAbsolutePath().normalize();

}
