package org.sumac.spice;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Helpers for tests that run real SPICE clients: free ports, processes with timeouts, PPM files. */
public final class SpiceTestSupport {
    private SpiceTestSupport() {}

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    public record Result(int exitCode, String stdout, String stderr) {}

    /** Runs a command to completion or kills it after the timeout (exit code -1 then). */
    public static Result run(List<String> command, Duration timeout, Path workDir) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command);
        if (workDir != null) pb.directory(workDir.toFile());
        Path out = Files.createTempFile("spice-test", ".out");
        Path err = Files.createTempFile("spice-test", ".err");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        try {
            boolean done = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            int code = done ? p.exitValue() : -1;
            return new Result(code, Files.readString(out), Files.readString(err));
        } finally {
            p.destroyForcibly();
            p.waitFor(5, TimeUnit.SECONDS);
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** A process whose stdout lines can be awaited one by one. Closing kills it. */
    public static final class LineProcess implements AutoCloseable {
        private final Process process;
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final StringBuilder stderr = new StringBuilder();
        private final List<String> seen = new ArrayList<>();

        public LineProcess(List<String> command) throws IOException {
            process = new ProcessBuilder(command).start();
            pump(process.getInputStream(), true);
            pump(process.getErrorStream(), false);
        }

        private void pump(InputStream in, boolean toQueue) {
            Thread t = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        if (toQueue) {
                            lines.add(line);
                        } else {
                            synchronized (stderr) {
                                stderr.append(line).append('\n');
                            }
                        }
                    }
                } catch (IOException ignored) {
                    // process ended
                }
            }, "test-process-pump");
            t.setDaemon(true);
            t.start();
        }

        /** Waits for the next stdout line starting with {@code prefix}; fails on timeout. */
        public String await(String prefix, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                long left = deadline - System.nanoTime();
                String line = left <= 0 ? null : lines.poll(left, TimeUnit.NANOSECONDS);
                if (line == null) {
                    throw new AssertionError("no line starting with '" + prefix + "' within " + timeout
                            + "; stdout so far: " + seen + "; stderr: " + stderr());
                }
                seen.add(line);
                if (line.startsWith(prefix)) return line;
            }
        }

        /** Writes one line to the process's stdin. */
        public void send(String line) throws IOException {
            var in = process.getOutputStream();
            in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
        }

        public String stderr() {
            synchronized (stderr) {
                return stderr.toString();
            }
        }

        public int waitFor(Duration timeout) throws InterruptedException {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
        }

        @Override
        public void close() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
        }
    }

    /** A decoded binary PPM (P6, maxval 255) as xRGB ints. */
    public record Ppm(int width, int height, int[] pixels) {}

    public static Ppm readPpm(Path file) throws IOException {
        byte[] b = Files.readAllBytes(file);
        int[] pos = {0};
        String magic = token(b, pos);
        if (!magic.equals("P6")) throw new IOException("not a P6 PPM: " + magic);
        int w = Integer.parseInt(token(b, pos));
        int h = Integer.parseInt(token(b, pos));
        int max = Integer.parseInt(token(b, pos));
        if (max != 255) throw new IOException("maxval " + max);
        int at = pos[0] + 1; // one whitespace byte after maxval
        int[] px = new int[w * h];
        for (int i = 0; i < px.length; i++, at += 3) {
            px[i] = (b[at] & 0xFF) << 16 | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF);
        }
        return new Ppm(w, h, px);
    }

    private static String token(byte[] b, int[] pos) {
        while (Character.isWhitespace(b[pos[0]]) || b[pos[0]] == '#') {
            if (b[pos[0]] == '#') {
                while (b[pos[0]] != '\n') pos[0]++;
            }
            pos[0]++;
        }
        int start = pos[0];
        while (!Character.isWhitespace(b[pos[0]])) pos[0]++;
        return new String(b, start, pos[0] - start, StandardCharsets.US_ASCII);
    }

    /** Copies a test resource next to the tests so an external interpreter can run it. */
    public static Path resourceFile(String name) throws IOException {
        try (InputStream in = SpiceTestSupport.class.getResourceAsStream(name)) {
            if (in == null) throw new IOException("missing resource " + name);
            Path f = Files.createTempFile("spice-test", "-" + name);
            Files.write(f, in.readAllBytes());
            f.toFile().deleteOnExit();
            return f;
        }
    }

    /** Describes the first pixel difference, or null if equal. */
    public static String firstDifference(int[] expected, int[] actual, int width) {
        if (expected.length != actual.length) return "length " + expected.length + " vs " + actual.length;
        int diffs = 0;
        String first = null;
        for (int i = 0; i < expected.length; i++) {
            if ((expected[i] & 0xFFFFFF) != (actual[i] & 0xFFFFFF)) {
                if (first == null) {
                    first = String.format("at (%d,%d) expected %06x got %06x", i % width, i / width,
                            expected[i] & 0xFFFFFF, actual[i] & 0xFFFFFF);
                }
                diffs++;
            }
        }
        return first == null ? null : diffs + " pixels differ, first " + first;
    }
}
