package org.sumac.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sumac.app.testing.DisplayNumbers;

/** A display number another live server holds is refused before the warm-up's seconds (issue 18). */
class DisplayInUseTest {
    @Test
    void aDisplayInUseFailsWithOneLineBeforeTheWarmup() throws Exception {
        int n = DisplayNumbers.findFree();
        Path lock = DisplayNumbers.lockFile(n);
        long holder = ProcessHandle.current().pid(); // alive for as long as the test runs
        Files.writeString(lock, String.format("%10d\n", holder));
        try {
            Path jvmOptions = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("jvm.options");
            String cp = System.getProperty("surefire.test.class.path", "");
            if (cp.isBlank()) cp = System.getProperty("java.class.path");
            // With the warm-up on (the default), as a user starts it: the warm-up logs its start on stderr.
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "@" + jvmOptions, "-cp", cp, Sumac.class.getName(), ":" + n, "--port", "0",
                "--disable-ticketing", "-nolisten", "tcp")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "sumac did not exit");
            assertEquals(1, p.exitValue(), "exit status; stderr: " + err);
            List<String> lines = err.lines().filter(l -> !l.isBlank()).toList();
            assertEquals(List.of("sumac: display :" + n + " display is in use by process " + holder
                + " (lock file " + lock + ")"), lines, "stderr, one line and no warm-up");
        } finally {
            Files.deleteIfExists(lock);
        }
    }
}
