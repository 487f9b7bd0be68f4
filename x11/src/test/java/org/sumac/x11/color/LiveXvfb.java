package org.sumac.x11.color;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A reference Xvfb started for one test class, plus a way to ask it questions with python3-xlib.
 * Shared by the font, keymap and color tests. Xvfb picks a free display itself (-displayfd).
 */
public final class LiveXvfb implements AutoCloseable {

    private final Process xvfb;
    private final int display;

    private LiveXvfb(Process xvfb, int display) {
        this.xvfb = xvfb;
        this.display = display;
    }

    /** Starts {@code Xvfb -displayfd 1 -nolisten tcp [extraArgs]} and waits until it announces its display. */
    public static LiveXvfb start(String... extraArgs) throws IOException {
        List<String> command = new ArrayList<>(List.of("Xvfb", "-displayfd", "1", "-nolisten", "tcp"));
        command.addAll(List.of(extraArgs));
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII));
            String line = out.readLine();
            if (line == null) {
                throw new IOException("Xvfb exited before announcing a display");
            }
            return new LiveXvfb(process, Integer.parseInt(line.strip()));
        } catch (IOException | RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    public String displayName() {
        return ":" + display;
    }

    /** Runs a python3-xlib script (argv[1] is the display) and returns its stdout lines. */
    public List<String> python(String script, List<String> args) throws IOException, InterruptedException {
        Path file = Files.createTempFile("sumac-xref", ".py");
        try {
            Files.writeString(file, script);
            List<String> command = new ArrayList<>(List.of("/usr/bin/python3", file.toString(), displayName()));
            command.addAll(args);
            Path stdout = Files.createTempFile("sumac-xref", ".out");
            Path stderr = Files.createTempFile("sumac-xref", ".err");
            try {
                Process python = new ProcessBuilder(command)
                        .redirectOutput(stdout.toFile())
                        .redirectError(stderr.toFile())
                        .start();
                if (!python.waitFor(120, TimeUnit.SECONDS)) {
                    python.destroyForcibly();
                    throw new IOException("python reference script timed out");
                }
                if (python.exitValue() != 0) {
                    throw new IOException("python reference script failed: " + Files.readString(stderr));
                }
                return Files.readAllLines(stdout, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(stdout);
                Files.deleteIfExists(stderr);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Override
    public void close() {
        xvfb.destroy();
        try {
            if (!xvfb.waitFor(5, TimeUnit.SECONDS)) {
                xvfb.destroyForcibly();
            }
        } catch (InterruptedException e) {
            xvfb.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
