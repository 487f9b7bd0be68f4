package org.sumac.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code sumac service}'s command line: one-line errors, never a stack trace, and never as root. */
class ServiceCommandTest {
    private record Run(int code, String err) {}

    private static Run run(String... args) {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return new Run(Sumac.run(args), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(saved);
        }
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Run r = run("service", "--bogus");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("sumac service: unknown option --bogus\n"), r.err());
    }

    @Test
    void theServiceRefusesRootAndAMissingConfigIsOneLine() {
        Run r = run("service", "--config", "/nonexistent/service.conf");
        if ("root".equals(System.getProperty("user.name"))) {
            assertEquals(1, r.code());
            assertTrue(r.err().startsWith("sumac service: will not run as root"), r.err());
        } else {
            assertEquals(2, r.code());
            assertEquals(1, r.err().lines().count(), r.err());
        }
        assertTrue(!r.err().contains("\tat "), "a stack trace: " + r.err());
    }
}
