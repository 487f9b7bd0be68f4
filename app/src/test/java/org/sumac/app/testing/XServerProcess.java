package org.sumac.app.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An X server running as a child process for one test: Xvfb ({@link XvfbProcess}) or Sumac
 * ({@link SumacProcess}). It owns display {@code :N} (socket {@code /tmp/.X11-unix/XN}); its stdout and
 * stderr go to {@link #logFile()}. {@link #close()} stops it (SIGTERM, then SIGKILL after a grace period)
 * and never hangs. Use it in try-with-resources.
 */
public abstract class XServerProcess implements AutoCloseable {
    private static final Duration POLL = Duration.ofMillis(50);
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);

    private final String kind;
    private final int displayNumber;
    private final int width;
    private final int height;
    private final Process process;
    private final Path logFile;
    private boolean closed;

    XServerProcess(String kind, int displayNumber, int width, int height, Process process, Path logFile) {
        this.kind = kind;
        this.displayNumber = displayNumber;
        this.width = width;
        this.height = height;
        this.process = process;
        this.logFile = logFile;
    }

    /** Factory used by {@link #launch}: builds the command line for display {@code n}. */
    @FunctionalInterface
    interface CommandLine {
        List<String> forDisplay(int n);
    }

    /** Factory used by {@link #launch}: wraps a started, ready process. */
    @FunctionalInterface
    interface Wrapper<T extends XServerProcess> {
        T wrap(int n, Process process, Path logFile);
    }

    /**
     * Starts a server on a free display and waits until its socket accepts a connection. Retries with
     * another display number when the chosen one was taken by someone else in the meantime.
     */
    static <T extends XServerProcess> T launch(String kind, CommandLine commandLine, Duration readyTimeout,
            Wrapper<T> wrapper) {
        IllegalStateException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            int n = DisplayNumbers.findFree();
            Path log = TestOutput.dir("logs").resolve(kind + "-" + n + "-" + System.nanoTime() + ".log");
            List<String> command = commandLine.forDisplay(n);
            Process process;
            try {
                process = new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start " + command, e);
            }
            try {
                waitReady(kind, n, process, log, readyTimeout);
                return wrapper.wrap(n, process, log);
            } catch (IllegalStateException e) {
                stop(process);
                last = e;
                if (DisplayNumbers.isFree(n) || process.isAlive()) {
                    throw e; // not a lost race for the display number: a real failure
                }
            }
        }
        throw last;
    }

    private static void waitReady(String kind, int n, Process process, Path log, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Path socket = DisplayNumbers.socketPath(n);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(kind + " :" + n + " exited with " + process.exitValue()
                        + " before it was ready; log " + log + ":\n" + tail(log));
            }
            // Ready when the socket answers and the lock file names this process: a server that lost the display
            // number to another started at the same moment exits, but the socket that answers is the winner's.
            if (Files.exists(socket) && canConnect(socket) && lockOwner(n) == process.pid()) {
                return;
            }
            sleep(POLL);
        }
        throw new IllegalStateException(kind + " :" + n + " not ready after " + timeout + "; log " + log + ":\n"
                + tail(log));
    }

    private static long lockOwner(int n) {
        try {
            return Long.parseLong(Files.readString(DisplayNumbers.lockFile(n)).strip());
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    private static boolean canConnect(Path socket) {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** {@code Xvfb} or {@code Sumac}. */
    public String kind() {
        return kind;
    }

    /** N of display {@code :N}. */
    public int displayNumber() {
        return displayNumber;
    }

    /** The display name for {@code DISPLAY}, e.g. {@code ":237"}. */
    public String display() {
        return ":" + displayNumber;
    }

    /** Screen width in pixels. */
    public int width() {
        return width;
    }

    /** Screen height in pixels. */
    public int height() {
        return height;
    }

    /** The server's Unix socket, {@code /tmp/.X11-unix/XN}. */
    public Path socketPath() {
        return DisplayNumbers.socketPath(displayNumber);
    }

    /** Process id of the server. */
    public long pid() {
        return process.pid();
    }

    /** Whether the server process is still running. */
    public boolean isAlive() {
        return process.isAlive();
    }

    /** File receiving the server's stdout and stderr. */
    public Path logFile() {
        return logFile;
    }

    /** The last lines of the server's log, for failure messages. */
    public String logTail() {
        return tail(logFile);
    }

    /** Resident set size of the server process in kB ({@code VmRSS} of {@code /proc/PID/status}). */
    public long residentMemoryKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read /proc status of " + kind + " pid " + pid(), e);
        }
        throw new IllegalStateException("no VmRSS in /proc/" + pid() + "/status");
    }

    /** Number of open file descriptors of the server ({@code /proc/PID/fd}): sockets leak as descriptors. */
    public int openFileDescriptors() {
        try (var entries = Files.list(Path.of("/proc", Long.toString(pid()), "fd"))) {
            return (int) entries.count();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list /proc/" + pid() + "/fd", e);
        }
    }

    /**
     * Throws an {@link AssertionError} carrying the log tail if the server is no longer running, e.g. it
     * crashed on a client's request.
     */
    public void assertAlive() {
        if (!process.isAlive()) {
            throw new AssertionError(kind + " " + display() + " died (exit " + process.exitValue() + "); log "
                    + logFile + ":\n" + tail(logFile));
        }
    }

    /**
     * Stops the server; idempotent and bounded in time. Throws an {@link AssertionError} (after stopping
     * everything) if the server had already died before this call: a server must survive its test.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        boolean diedEarly = !process.isAlive();
        stop(process);
        if (diedEarly) {
            throw new AssertionError(kind + " " + display() + " died during the test (exit " + process.exitValue()
                    + "); log " + logFile + ":\n" + tail(logFile));
        }
    }

    private static void stop(Process process) {
        List<ProcessHandle> children = new ArrayList<>(process.descendants().toList());
        process.destroy();
        try {
            if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        children.forEach(ProcessHandle::destroyForcibly);
    }

    static String tail(Path log) {
        try {
            if (!Files.exists(log)) {
                return "(no log)";
            }
            List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public String toString() {
        return kind + " " + display() + " " + width + "x" + height + " pid " + pid();
    }
}
