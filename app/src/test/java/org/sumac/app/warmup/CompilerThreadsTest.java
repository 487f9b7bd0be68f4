package org.sumac.app.warmup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CompilerThreadsTest {
    @Test
    void theCompilerThreadsCpuTimeIsReadFromProc() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "Linux only");
        // By the time a test runs, the JIT has compiled something: a parse that finds no compiler thread gives 0.
        assertTrue(CompilerThreads.cpuTicks() > 0, "compiler ticks: " + CompilerThreads.cpuTicks());
    }

    @Test
    void theOptimisingCompilerGoesToTheBackgroundPriorityAndC1KeepsItsOwn() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "Linux only");
        // In a JVM of its own: without privilege a thread's priority cannot be raised back, and this one's tests
        // should not run with a slowed C2.
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
            Probe.class.getName()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), out);
        assertEquals(0, p.exitValue(), out);
        // Whatever priority the test runs at (a CI job may run under nice): C2 ends in SCHED_IDLE, C1 stays where
        // it was. Each thread prints as "policy/nice".
        var m = java.util.regex.Pattern.compile("before: C1 (\\d+/-?\\d+), C2 (\\d+/-?\\d+)\\s+lowered (\\d+)\\s+"
            + "after: C1 (\\d+/-?\\d+), C2 (\\d+)/-?\\d+").matcher(out);
        assertTrue(m.find(), out);
        assertEquals("1", m.group(3), "C2 threads put in the background: " + out);
        assertEquals(m.group(1), m.group(4), "C1 keeps its policy and priority: " + out);
        assertEquals(Integer.toString(CompilerThreads.SCHED_IDLE), m.group(5), "C2's policy after: " + out);
    }

    /**
     * Prints the compiler threads' scheduling policy and nice value before and after, as "C1 P/N, C2 P/N" (the JVM's
     * ergonomics: one each).
     */
    static final class Probe {
        public static void main(String[] args) {
            System.out.println("before: " + nices());
            System.out.println("lowered " + CompilerThreads.runOptimisingCompilerInBackground());
            System.out.println("after: " + nices());
        }

        private static String nices() {
            StringBuilder s = new StringBuilder();
            for (String kind : new String[] {"C1", "C2"}) {
                for (CompilerThreads.Compiler c : CompilerThreads.list()) {
                    if (c.name().startsWith(kind)) s.append(s.isEmpty() ? "" : ", ").append(kind).append(' ')
                        .append(CompilerThreads.policyOf(c.tid())).append('/').append(CompilerThreads.niceOf(c.tid()));
                }
            }
            return s.toString();
        }
    }
}
