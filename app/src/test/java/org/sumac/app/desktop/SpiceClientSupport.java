package org.sumac.app.desktop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.sumac.app.testing.TestOutput;
import org.sumac.app.testing.XwdImage;

/** SPICE clients for desktop tests: spicy-screenshot and a spice-gtk (GObject introspection) script. */
final class SpiceClientSupport {
    private SpiceClientSupport() { }

    /** Skips the test when an external program is not installed (never to hide a wrong result). */
    static void assumeInstalled(String... programs) {
        for (String p : programs) {
            Assumptions.assumeTrue(onPath(p), p + " is not installed");
        }
    }

    static boolean onPath(String program) {
        if (program.startsWith("/")) return Files.isExecutable(Path.of(program));
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) return true;
        }
        return false;
    }

    /** Skips the test when python3-gi or SpiceClientGLib's typelib is missing. */
    static void assumeSpiceGtkFromPython() {
        assumeInstalled("/usr/bin/python3");
        Result r = run(List.of("/usr/bin/python3", "-c",
            "import gi; gi.require_version('SpiceClientGLib', '2.0'); from gi.repository import SpiceClientGLib"),
            Duration.ofSeconds(30));
        Assumptions.assumeTrue(r.exitCode() == 0, "SpiceClientGLib not importable: " + r.stderr());
    }

    /** GTK 3 through python3-gi (gir1.2-gtk-3.0), for tests with a real GTK widget. */
    static void assumeGtkFromPython() {
        assumeInstalled("/usr/bin/python3");
        Result r = run(List.of("/usr/bin/python3", "-c",
            "import gi; gi.require_version('Gtk', '3.0'); from gi.repository import Gtk"), Duration.ofSeconds(30));
        Assumptions.assumeTrue(r.exitCode() == 0, "Gtk 3 not importable: " + r.stderr());
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Result(int exitCode, String stdout, String stderr) { }

    /** Runs a command to completion (killed after the timeout, exit code -1). */
    static Result run(List<String> command, Duration timeout) {
        Path dir = TestOutput.dir("spice-clients");
        String base = TestOutput.safeName(Path.of(command.getFirst()).getFileName().toString()) + "-" + System.nanoTime();
        Path out = dir.resolve(base + ".out"), err = dir.resolve(base + ".err");
        try {
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            boolean done = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!done) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor(5, TimeUnit.SECONDS);
            }
            return new Result(done ? p.exitValue() : -1, Files.readString(out, StandardCharsets.ISO_8859_1),
                Files.readString(err, StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What spice-gtk shows after connecting: spicy-screenshot's picture as an image record. */
    static XwdImage screenshot(int port, String password, String label) {
        Path file = TestOutput.dir("captures").resolve(TestOutput.safeName(label) + "-spice.ppm");
        List<String> command = new ArrayList<>(List.of("spicy-screenshot", "-h", "127.0.0.1", "-p",
            String.valueOf(port), "-o", file.toString()));
        if (password != null) command.addAll(List.of("-w", password));
        Result r = run(command, Duration.ofSeconds(30));
        if (r.exitCode() != 0 || !Files.exists(file)) {
            throw new AssertionError("spicy-screenshot failed (" + r.exitCode() + "): " + r.stdout() + r.stderr());
        }
        try {
            return readPpm(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A binary PPM (P6, maxval 255) as a depth-24 image. */
    static XwdImage readPpm(byte[] b) {
        int[] pos = {0};
        String magic = token(b, pos);
        if (!magic.equals("P6")) throw new IllegalArgumentException("not a P6 PPM: " + magic);
        int w = Integer.parseInt(token(b, pos)), h = Integer.parseInt(token(b, pos));
        if (Integer.parseInt(token(b, pos)) != 255) throw new IllegalArgumentException("maxval not 255");
        int at = pos[0] + 1;
        int[] px = new int[w * h];
        for (int i = 0; i < px.length; i++, at += 3) {
            px[i] = (b[at] & 0xFF) << 16 | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF);
        }
        return new XwdImage(w, h, 24, 32, px);
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
}
