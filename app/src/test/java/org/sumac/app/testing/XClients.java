package org.sumac.app.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs X client programs against a test server with {@code DISPLAY} set, always under a timeout.
 *
 * <p>Mind server reset: Xvfb (like Xorg) resets when its last client disconnects, which repaints the
 * root and drops everything drawn. Keep a client connected (the drawing program itself, or
 * {@code xprop -root -spy} started with {@link #start}) while capturing.
 * Output goes to files under {@code target/x-tests/clients} (so a chatty client can never block on a
 * full pipe) and is read back into the {@link Result}.
 *
 * <pre>{@code
 * XClients.Result r = XClients.run(server, Duration.ofSeconds(10), "xdpyinfo");
 * r.assertSuccess();
 * try (XClients.Running xterm = XClients.start(server, "xterm", "-geometry", "80x24+0+0")) { ... }
 * }</pre>
 */
public final class XClients {
    private XClients() {
    }

    /** What a finished client did. {@code timedOut} means it was killed at the deadline. */
    public record Result(List<String> command, int exitCode, boolean timedOut, String stdout, String stderr) {
        /** True when the client exited with status 0 before its deadline. */
        public boolean succeeded() {
            return !timedOut && exitCode == 0;
        }

        /** Throws an {@link AssertionError} describing the run unless it {@link #succeeded()}. */
        public Result assertSuccess() {
            if (!succeeded()) {
                throw new AssertionError(this.toString());
            }
            return this;
        }

        @Override
        public String toString() {
            return String.join(" ", command) + (timedOut ? " timed out" : " exited " + exitCode)
                    + "\n--- stdout\n" + abbreviate(stdout) + "\n--- stderr\n" + abbreviate(stderr);
        }

        private static String abbreviate(String s) {
            return s.length() <= 4000 ? s : s.substring(0, 4000) + "... (" + s.length() + " chars)";
        }
    }

    /**
     * Runs {@code command} with {@code DISPLAY} = {@code server}'s display and waits for it, killing it
     * (and its children) after {@code timeout}.
     */
    public static Result run(XServerProcess server, Duration timeout, String... command) {
        return run(server.display(), timeout, List.of(command));
    }

    /** As {@link #run(XServerProcess, Duration, String...)} for an explicit display name like ":5". */
    public static Result run(String display, Duration timeout, List<String> command) {
        Path[] out = outputFiles(command);
        Process process = launch(display, command, out);
        boolean finished;
        try {
            finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finished = false;
        }
        if (!finished) {
            kill(process);
        }
        return new Result(command, finished ? process.exitValue() : -1, !finished, read(out[0]), read(out[1]));
    }

    /**
     * Starts a long-running client (xterm, a drawing program that waits) in the background. Closing the
     * returned handle kills it and its children.
     */
    public static Running start(XServerProcess server, String... command) {
        List<String> list = List.of(command);
        Path[] out = outputFiles(list);
        return new Running(list, launch(server.display(), list, out), out[0], out[1]);
    }

    /** A client running in the background; {@link #close()} kills it. */
    public static final class Running implements AutoCloseable {
        private final List<String> command;
        private final Process process;
        private final Path stdout;
        private final Path stderr;

        Running(List<String> command, Process process, Path stdout, Path stderr) {
            this.command = command;
            this.process = process;
            this.stdout = stdout;
            this.stderr = stderr;
        }

        /** The client's process. */
        public Process process() {
            return process;
        }

        /** Whether it still runs. */
        public boolean isAlive() {
            return process.isAlive();
        }

        /** Its output so far. */
        public String stdout() {
            return read(stdout);
        }

        /** Its error output so far. */
        public String stderr() {
            return read(stderr);
        }

        /**
         * Waits until the client's stdout contains {@code marker} (e.g. a drawing program printing "ready"
         * after XSync). Fails if the client exits first or the timeout passes.
         */
        public void awaitStdout(String marker, Duration timeout) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!stdout().contains(marker)) {
                if (!process.isAlive() && !stdout().contains(marker)) {
                    throw new AssertionError(this + " exited (" + process.exitValue() + ") before printing '"
                            + marker + "'\n--- stdout\n" + stdout() + "\n--- stderr\n" + stderr());
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError(this + " did not print '" + marker + "' within " + timeout
                            + "\n--- stdout\n" + stdout() + "\n--- stderr\n" + stderr());
                }
                XServerProcess.sleep(Duration.ofMillis(25));
            }
        }

        /** Waits up to {@code timeout} for it to exit by itself; kills it if it does not. */
        public Result awaitExit(Duration timeout) {
            boolean finished;
            try {
                finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                finished = false;
            }
            if (!finished) {
                kill(process);
            }
            return new Result(command, finished ? process.exitValue() : -1, !finished, stdout(), stderr());
        }

        @Override
        public void close() {
            kill(process);
        }

        @Override
        public String toString() {
            return String.join(" ", command) + " pid " + process.pid();
        }
    }

    private static Path[] outputFiles(List<String> command) {
        Path dir = TestOutput.dir("clients");
        String base = TestOutput.safeName(Path.of(command.getFirst()).getFileName().toString()) + "-"
                + System.nanoTime();
        return new Path[] {dir.resolve(base + ".out"), dir.resolve(base + ".err")};
    }

    private static Process launch(String display, List<String> command, Path[] out) {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(out[0].toFile())
                .redirectError(out[1].toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Map<String, String> env = builder.environment();
        env.put("DISPLAY", display);
        env.remove("XAUTHORITY"); // test servers run without auth unless a test sets up its own
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
    }

    private static void kill(Process process) {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.ISO_8859_1) : "";
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }
}
