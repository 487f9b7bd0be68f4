package org.sumac.x11.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Collects what the server logs at WARN while a fuzz run is under way. The server logs a WARN only when something
 * failed inside it (an internal error answered with BadImplementation, a client's reader dying, a failed
 * clean-up), so every such line is a finding. slf4j-simple looks up System.err on each line, so swapping it here
 * sees every thread's logging. Lines below WARN pass through to the original stream.
 */
final class LogWatch implements AutoCloseable {
    private final PrintStream original = System.err;
    private final StringBuilder warnings = new StringBuilder();
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    /** Inside a WARN record: its stack trace lines follow, and belong to it. */
    private boolean inWarning;

    LogWatch() {
        System.setErr(new PrintStream(new OutputStream() {
            @Override public void write(int b) {
                synchronized (LogWatch.this) {
                    if (b == '\n') endLine(); else line.write(b);
                }
            }
        }, true, StandardCharsets.UTF_8));
    }

    private void endLine() {
        String s = line.toString(StandardCharsets.UTF_8);
        line.reset();
        // A record starts with "[thread]"; the lines after it (stack traces, Netty's leak records) belong to it.
        if (s.startsWith("[")) inWarning = s.contains(" WARN ") || s.contains(" ERROR ");
        if (inWarning) {
            if (warnings.length() < 64 << 10) warnings.append(s).append('\n');
        } else {
            original.println(s);
        }
    }

    /** The WARN records logged since the last call (empty when none), and forgets them. */
    synchronized String take() {
        String s = warnings.toString();
        warnings.setLength(0);
        return s;
    }

    @Override public void close() {
        System.setErr(original);
    }
}
