package org.sumac.app.oracle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.sumac.app.testing.TestOutput;
import org.sumac.app.testing.XClients;
import org.sumac.app.testing.XServerProcess;
import org.sumac.app.testing.XwdImage;

/**
 * The pixel-oracle drawing programs: C sources with Xlib under {@code src/test/resources/oracle}, compiled
 * by gcc (with libX11 and libXext) into {@code target/x-tests/oracle-bin} on first use (needs gcc, libx11-dev and libxext-dev, listed in
 * .ci/packages). {@link #draw} runs one on a server and captures the screen while it is still connected.
 */
final class OraclePrograms {
    /** Screen size every oracle run uses, on both servers. */
    static final int WIDTH = 640;
    static final int HEIGHT = 480;
    /** Every drawing program (src/test/resources/oracle/<area>.c), one per area. */
    static final java.util.List<String> ALL_AREAS = java.util.List.of("thin_lines", "wide_lines", "dashes",
            "wide_dashes", "arcs", "arcs_xor", "dashed_arcs", "polygons", "gc_functions", "fill_styles", "clipping", "wide_line_modes", "images",
            "copy_and_windows", "text", "exposures", "arcs_patterns", "shapes");
    private static final Duration COMPILE_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration DRAW_TIMEOUT = Duration.ofSeconds(30);

    private OraclePrograms() {
    }

    /** What a program produced on one server: the screen and its stdout (errors seen, GetImage checksums). */
    record Drawing(XwdImage screen, String output) {
    }

    /** Compiles {@code <name>.c} (with oracle.h) unless an up-to-date binary exists; returns the binary. */
    static Path compile(String name) {
        return compile(name, java.util.List.of());
    }

    /** Compiles {@code <name>.c} as {@link #compile(String)} does, linked with these libraries too (-lXrender). */
    static Path compile(String name, java.util.List<String> libraries) {
        Path dir = TestOutput.dir("oracle-bin");
        Path source = extract(name + ".c", dir);
        extract("oracle.h", dir);
        Path binary = dir.resolve(name);
        try {
            if (Files.exists(binary) && Files.getLastModifiedTime(binary).compareTo(
                    Files.getLastModifiedTime(source)) > 0) {
                return binary;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        java.util.List<String> command = new java.util.ArrayList<>(
                java.util.List.of("gcc", "-O1", "-Wall", "-o", binary.toString(), source.toString()));
        command.addAll(libraries);
        command.addAll(java.util.List.of("-lXext", "-lX11", "-lm"));
        XClients.Result result = XClients.run(":0", COMPILE_TIMEOUT, command);
        if (!result.succeeded()) {
            throw new AssertionError("cannot compile oracle program " + name + ": " + result);
        }
        return binary;
    }

    private static Path extract(String resource, Path dir) {
        Path target = dir.resolve(resource);
        try (InputStream in = OraclePrograms.class.getResourceAsStream("/oracle/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource oracle/" + resource);
            }
            byte[] bytes = in.readAllBytes();
            if (!Files.exists(target) || !java.util.Arrays.equals(Files.readAllBytes(target), bytes)) {
                Files.write(target, bytes); // rewriting bumps the time stamp, forcing a recompile
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /**
     * Runs the compiled program {@code name} on {@code server}, waits for its "ready", captures the root
     * window with xwd and stops the program.
     */
    static Drawing draw(String name, XServerProcess server) {
        return draw(name, server, java.util.List.of());
    }

    /** {@link #draw(String, XServerProcess)} of a program linked with more libraries. */
    static Drawing draw(String name, XServerProcess server, java.util.List<String> libraries) {
        Path binary = compile(name, libraries);
        try (XClients.Running program = XClients.start(server, binary.toString())) {
            try {
                program.awaitStdout("ready", DRAW_TIMEOUT);
            } catch (AssertionError e) {
                // Says whether the server or the program is to blame (a program that cannot open its display).
                throw new AssertionError(e.getMessage() + "\n--- " + server.kind() + " " + server.display()
                    + (server.isAlive() ? " (running)" : " (exited)") + ", its log:\n" + server.logTail(), e);
            }
            server.assertAlive();
            XwdImage screen = XwdImage.captureRoot(server, name);
            return new Drawing(screen, program.stdout());
        }
    }
}
