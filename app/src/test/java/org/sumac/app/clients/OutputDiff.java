package org.sumac.app.clients;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.sumac.app.testing.TestOutput;

/**
 * Compares two tool outputs line by line. On a difference both texts are kept under
 * {@code target/x-tests/tool-diffs} and the assertion message carries the head of a unified diff, so a
 * failure says which lines differ instead of dumping two pages.
 */
final class OutputDiff {
    private static final int MAX_DIFF_LINES = 60;

    private OutputDiff() {
    }

    static void assertSameLines(String label, String expected, String actual) {
        if (expected.equals(actual)) {
            return;
        }
        Path dir = TestOutput.dir("tool-diffs");
        String base = TestOutput.safeName(label);
        Path expectedFile = dir.resolve(base + "-Xvfb.txt");
        Path actualFile = dir.resolve(base + "-Sumac.txt");
        try {
            Files.writeString(expectedFile, expected, StandardCharsets.ISO_8859_1);
            Files.writeString(actualFile, actual, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError(label + " differs from Xvfb (" + expectedFile + " vs " + actualFile + "):\n"
                + unifiedDiff(expectedFile, actualFile));
    }

    private static String unifiedDiff(Path expected, Path actual) {
        try {
            Process diff = new ProcessBuilder("diff", "-u", expected.toString(), actual.toString())
                    .redirectErrorStream(true).start();
            String text = new String(diff.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            diff.waitFor(10, TimeUnit.SECONDS);
            List<String> lines = text.lines().toList();
            return lines.size() <= MAX_DIFF_LINES ? text
                    : String.join("\n", lines.subList(0, MAX_DIFF_LINES)) + "\n... (" + lines.size() + " diff lines)";
        } catch (IOException e) {
            return "(diff unavailable: " + e + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "(interrupted)";
        }
    }
}
