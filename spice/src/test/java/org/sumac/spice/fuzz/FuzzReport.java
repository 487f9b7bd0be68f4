package org.sumac.spice.fuzz;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Counts a fuzz target's executions and prints one summary line when a fuzzing run ends. */
final class FuzzReport {
    private final String target;
    private final long startNanos = System.nanoTime();
    private long executions;

    FuzzReport(String target) { this.target = target; }

    void executed() { executions++; }

    /** Jazzer fuzzes (rather than replays the saved inputs) when JAZZER_FUZZ is set. */
    static boolean fuzzing() {
        return System.getenv("JAZZER_FUZZ") != null || System.getProperty("JAZZER_FUZZ") != null;
    }

    /**
     * Prints "fuzz TARGET: N executions in S s" to the process's own stderr, which Maven shows on its console
     * (the test's System.err goes to the surefire report file instead).
     */
    void print() {
        if (!fuzzing() || executions < 2) return; // the replay of the empty input before fuzzing starts
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        @SuppressWarnings("resource") // the process's stderr stays open
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        err.printf("fuzz %s: %d executions in %.0f s (%.0f/s)%n", target, executions, seconds, executions / seconds);
    }
}
