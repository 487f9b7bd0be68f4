package org.sumac.app.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where tests of module {@code app} put their artefacts (server logs, captures, diff images, compiled
 * helper programs): {@code <module>/target/x-tests/<sub>}. Surefire sets {@code basedir} to the module
 * directory; outside Maven the working directory is used.
 */
public final class TestOutput {
    private TestOutput() {
    }

    /** The module's {@code target} directory. */
    public static Path targetDir() {
        return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("target");
    }

    /** Creates (if needed) and returns {@code target/x-tests/<sub>}. */
    public static Path dir(String sub) {
        Path dir = targetDir().resolve("x-tests").resolve(sub);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
        return dir;
    }

    /** Turns a free-form label into something safe to use as a file name. */
    public static String safeName(String label) {
        return label.replaceAll("[^A-Za-z0-9._-]+", "_");
    }
}
